"""Traditional Chinese documents: match in Simplified, report in the document's own script.

The grammar and lexicons are written once, in Simplified. A Traditional document (Hong Kong,
Macau, Taiwan) is converted character by character for matching — the table is 1:1, so every
offset stays exact — and what the engine builds from that text (metric names, subjects, bases)
is written back in the characters the document itself used. A Hong Kong source also settles the
currency: there a bare 元/亿元 is the Hong Kong dollar (SPEC §2).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .script import ScriptMap, is_hong_kong, is_traditional, to_simplified
from .vocab import subjects

if TYPE_CHECKING:
    from .extract import Draft

_CURRENCY_OF_HONG_KONG = {"元": "港元"}


@dataclass(frozen=True, slots=True)
class Script:
    """How a document is written, and how to give results back in its own characters."""

    matching_text: str
    traditional: bool
    hong_kong: bool
    script_map: ScriptMap | None

    def restore(self, piece: str | None) -> str | None:
        """A string built from the matching text, in the document's script."""
        if piece is None or self.script_map is None:
            return piece
        return self.script_map.restore(piece)


def prepare(text: str) -> Script:
    """The text to match on, plus what is needed to restore results (no copy for Simplified text)."""
    if not is_traditional(text):
        return Script(text, False, is_hong_kong(text), None)
    simplified = to_simplified(text)
    return Script(simplified, True, is_hong_kong(simplified), ScriptMap.from_texts(text, simplified))


def restore_drafts(
    drafts: Iterable[Draft], script: Script, offset: int = 0, *, keep_simplified: bool = False
) -> Iterator[Draft]:
    """Drafts with names in the document's script and Hong Kong currency made explicit.

    ``offset`` is where the drafts' piece of text starts in the whole document.
    """
    for d in drafts:
        said_rmb = "人民币" in script.matching_text[offset + d.start : offset + d.end + 3]
        hkd = script.hong_kong and not said_rmb and not _elsewhere(d.subject)
        unit = _hong_kong_unit(d.unit) if hkd else d.unit
        if (not script.traditional or keep_simplified) and unit == d.unit:
            yield d
            continue
        if keep_simplified:
            yield replace(d, unit=unit)
            continue
        base = d.base
        if base and ":" in base and script.traditional:
            kind, _, value = base.partition(":")
            if kind in ("entity", "metric"):
                base = f"{kind}:{script.restore(value)}"
        yield replace(
            d,
            metric=script.restore(d.metric) or d.metric,
            subject=script.restore(d.subject),
            base=base,
            unit=unit,
        )


_PLACE_KINDS = frozenset({"country", "province", "city", "district"})
_HONG_KONG = "香港特别行政区"


def _elsewhere(subject: str | None) -> bool:
    """内地社会消费品零售总额83,731亿元 in a Hong Kong paper: a place other than Hong Kong counts in its own 元."""
    entry = subjects().get(subject or "")
    return entry is not None and entry[1] in _PLACE_KINDS and entry[0] != _HONG_KONG


def _hong_kong_unit(unit: str) -> str:
    """元 -> 港元, 元/公斤 -> 港元/公斤: in a Hong Kong text a bare 元 is the Hong Kong dollar."""
    head, sep, rest = unit.partition("/")
    return _CURRENCY_OF_HONG_KONG.get(head, head) + sep + rest
