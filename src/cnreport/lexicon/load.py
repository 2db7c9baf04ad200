"""Read the TOML lexicons shipped in the wheel; vocabulary lives there, never in code.

Each file is validated against its model (`models.LEXICON_MODELS`) the first time it is read,
so a bad lexicon fails at start-up with the file and the entry named, never mid-extraction.
The engine still receives the parsed TOML as plain dicts: the models guard the data, they do
not change how it is read.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from pydantic import ValidationError

from ..errors import LexiconError
from .models import LEXICON_MODELS, Lexicon


@cache
def read_lexicon(name: str) -> dict[str, Any]:
    """Parse and validate ``lexicons/<name>.toml``; cached because lexicons are immutable data
    read at start-up, so each file is validated once per process."""
    try:
        raw = resources.files("cnreport").joinpath("lexicons", f"{name}.toml").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(f"lexicon {name}.toml is missing from the package") from exc
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"lexicon {name}.toml: {exc}") from exc
    validate_lexicon(name, data)
    return data


def validate_lexicon(name: str, data: Mapping[str, Any]) -> Lexicon:
    """``data`` as the typed model of ``<name>.toml``, or LexiconError naming the file and entry.

    References into other lexicons are checked against the shipped files (read, and so
    validated, through `read_lexicon`).
    """
    model = LEXICON_MODELS.get(name)
    if model is None:
        raise LexiconError(f"lexicon {name}.toml: no model declares this file")
    try:
        lexicon = model.model_validate(data)
        lexicon.check_references(read_lexicon)
    except ValidationError as exc:
        problems = "; ".join(_describe(error, data) for error in exc.errors())
        raise LexiconError(f"lexicon {name}.toml: {problems}") from exc
    except ValueError as exc:
        raise LexiconError(f"lexicon {name}.toml: {exc}") from exc
    return lexicon


def _describe(error: Any, data: Mapping[str, Any]) -> str:
    """One pydantic error as ``where: what``, an entry of a [[table]] named by its id when it has
    one (subject[12] (beijing).aliases), since an index alone is hard to find in a long file."""
    where: list[str] = []
    node: Any = data
    for part in error["loc"]:
        if isinstance(part, int) and isinstance(node, list):
            node = node[part] if part < len(node) else None
            entry_id = node.get("id") if isinstance(node, dict) else None
            where[-1] += f"[{part}]" + (f" ({entry_id})" if entry_id else "")
        else:
            node = node.get(part) if isinstance(node, dict) else None
            where.append(str(part))
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{'.'.join(where) or 'document'}: {message}"
