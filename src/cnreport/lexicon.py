"""Read the TOML lexicons shipped in the wheel; vocabulary lives there, never in code."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from .errors import LexiconError


@cache
def read_lexicon(name: str) -> dict[str, Any]:
    """Parse ``lexicons/<name>.toml``; cached because lexicons are immutable data read at start-up."""
    try:
        raw = resources.files("cnreport").joinpath("lexicons", f"{name}.toml").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(f"lexicon {name}.toml is missing from the package") from exc
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"lexicon {name}.toml: {exc}") from exc
