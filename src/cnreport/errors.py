"""Error types: one root so callers can catch everything cnreport raises on purpose."""

from __future__ import annotations


class CnreportError(Exception):
    """Base class for errors cnreport raises deliberately (never for odd document text)."""


class LexiconError(CnreportError):
    """A lexicon file is malformed; raised at load time so bad data never reaches extraction."""


class PatternError(CnreportError):
    """A grammar pattern does not compile or does not match its own examples."""


class InputError(CnreportError):
    """A user-supplied file cannot be read as text (missing, directory, binary, empty)."""
