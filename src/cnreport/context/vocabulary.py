"""The dating lexicon (``lexicons/dating.toml``) as a validated, typed model.

Validated once at load: an unknown key, an empty word list or a surface listed twice raises
`LexiconError` naming the file, so a word no code reads cannot sit in the data unnoticed.
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import LexiconError
from ..lexicon import read_lexicon


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _unique(words: tuple[str, ...]) -> tuple[str, ...]:
    seen: set[str] = set()
    twice = [w for w in words if w in seen or seen.add(w)]  # type: ignore[func-returns-value]
    if twice:
        raise ValueError(f"listed twice: {', '.join(twice)}")
    return words


class Labels(_Strict):
    published: tuple[str, ...] = Field(min_length=1)

    _check = field_validator("published")(_unique)


class Rfc822(_Strict):
    months: dict[str, int] = Field(min_length=12, max_length=12)


class Datelines(_Strict):
    openers: tuple[str, ...] = Field(min_length=1)
    closers: tuple[str, ...] = Field(min_length=1)
    outlet_ends: tuple[str, ...] = Field(min_length=1)

    _check = field_validator("openers", "closers", "outlet_ends")(_unique)


class Bases(_Strict):
    before: tuple[str, ...] = Field(min_length=1)
    after: tuple[str, ...] = Field(min_length=1)

    _check = field_validator("before", "after")(_unique)


class Genres(_Strict):
    reviewing_titles: tuple[str, ...] = Field(min_length=1)

    _check = field_validator("reviewing_titles")(_unique)


class DatingLexicon(_Strict):
    labels: Labels
    rfc822: Rfc822
    datelines: Datelines
    bases: Bases
    genres: Genres


@cache
def dating() -> DatingLexicon:
    """The dating lexicon, validated; LexiconError names the file and the entry at fault."""
    try:
        return DatingLexicon.model_validate(read_lexicon("dating"))
    except ValidationError as exc:
        raise LexiconError(f"lexicon dating.toml: {exc}") from exc
