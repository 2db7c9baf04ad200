"""The dating lexicon (``lexicons/dating.toml``) as a validated, typed model.

The model lives with the other lexicon models (`cnreport.lexicon.models`) and is checked when
the file is first read: an unknown key, an empty word list or a surface listed twice raises
`LexiconError` naming the file, so a word no code reads cannot sit in the data unnoticed.
"""

from __future__ import annotations

from functools import cache

from ..lexicon import read_lexicon
from ..lexicon.models import DatingLexicon

__all__ = ["DatingLexicon", "dating"]


@cache
def dating() -> DatingLexicon:
    """The dating lexicon, validated; LexiconError names the file and the entry at fault."""
    return DatingLexicon.model_validate(read_lexicon("dating"))
