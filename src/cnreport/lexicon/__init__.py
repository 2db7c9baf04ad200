"""The lexicons: TOML files of vocabulary, each validated by a typed model when first read.

`read_lexicon` is the one way engine code reads them (as plain dicts); `validate_lexicon` checks
a document against its file's model, for tests and tools that build documents themselves.
"""

from __future__ import annotations

from importlib import resources

from .load import read_lexicon, validate_lexicon

__all__ = ["read_lexicon", "resources", "validate_lexicon"]
