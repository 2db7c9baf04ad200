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
from functools import cache
from typing import TYPE_CHECKING

from .errors import LexiconError
from .lexicon import read_lexicon
from .script import ScriptMap, is_hong_kong, is_traditional, to_simplified
from .vocab import subjects, words

if TYPE_CHECKING:
    from .extract import Draft

_HONG_KONG_DOLLAR = "港元"
_MIN_MARKERS = 2


@dataclass(frozen=True, slots=True)
class HomePlace:
    """A place whose texts write a bare 元 for its own currency (lexicons/home.toml)."""

    id: str
    currency: str
    subject: str
    markers: tuple[str, ...]
    traditional_only: bool


@cache
def home_places() -> tuple[HomePlace, ...]:
    """The places of lexicons/home.toml, checked once: a subject the subject lexicon lacks is an error."""
    known = {name for name, _kind in subjects().values()}
    places = []
    for entry in read_lexicon("home")["place"]:
        place = HomePlace(
            entry["id"], entry["currency"], entry["subject"], tuple(entry["markers"]), bool(entry["traditional_only"])
        )
        if place.subject not in known:
            raise LexiconError(f"lexicon home.toml: place {place.id}: unknown subject {place.subject}")
        places.append(place)
    return tuple(places)


def home_currency(simplified: str, traditional: bool, hong_kong: bool) -> tuple[str, str] | None:
    """(currency, subject) a bare 元 stands for in this document, or None for the mainland's 元.

    Hong Kong is judged by `is_hong_kong`; another place counts when the text names it at least
    twice and more often than Hong Kong (a Macau reply quotes 金管局 too; a Taiwan news item 港股).
    """
    if hong_kong:
        return _HONG_KONG_DOLLAR, _HONG_KONG
    hk = simplified.count("香港") + simplified.count("本港")
    # a mainland text naming the place in passing (澳门与珠江水利委员会签署…) is still the mainland's
    national = 0 if traditional else sum(simplified.count(m) for m in words("national_words"))
    best: tuple[int, HomePlace] | None = None
    for place in home_places():
        if place.traditional_only and not traditional and place.currency not in simplified:
            continue
        count = sum(simplified.count(m) for m in place.markers)
        if count >= _MIN_MARKERS and count > hk and count > national and (best is None or count > best[0]):
            best = (count, place)
    return (best[1].currency, best[1].subject) if best else None


@dataclass(frozen=True, slots=True)
class Script:
    """How a document is written, and how to give results back in its own characters."""

    matching_text: str
    traditional: bool
    hong_kong: bool
    script_map: ScriptMap | None
    home: tuple[str, str] | None = None  # (currency of a bare 元, whose figures use it)

    def restore(self, piece: str | None) -> str | None:
        """A string built from the matching text, in the document's script."""
        if piece is None or self.script_map is None:
            return piece
        return self.script_map.restore(piece)

    def subject_name(self, name: str | None) -> str | None:
        """A subject built from the matching text as the document's records write it (台湾 -> 台灣)."""
        return _in_traditional(self.restore(name)) if self.traditional else name


def prepare(text: str) -> Script:
    """The text to match on, plus what is needed to restore results (no copy for Simplified text)."""
    if not is_traditional(text):
        hong_kong = is_hong_kong(text)
        return Script(text, False, hong_kong, None, home_currency(text, False, hong_kong))
    simplified = to_simplified(text)
    hong_kong = is_hong_kong(simplified)
    script_map = ScriptMap.from_texts(text, simplified)
    return Script(simplified, True, hong_kong, script_map, home_currency(simplified, True, hong_kong))


def restore_drafts(
    drafts: Iterable[Draft], script: Script, offset: int = 0, *, keep_simplified: bool = False
) -> Iterator[Draft]:
    """Drafts with names in the document's script and Hong Kong currency made explicit.

    ``offset`` is where the drafts' piece of text starts in the whole document.
    """
    for d in drafts:
        said_rmb = "人民币" in script.matching_text[offset + d.start : offset + d.end + 3]
        home = script.home
        local = home is not None and not said_rmb and not _elsewhere(d.subject, home[1])
        unit = _local_unit(d.unit, home[0]) if home is not None and local else d.unit
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
            metric=_metric_in_traditional(script.restore(d.metric) or d.metric, script),
            subject=script.subject_name(d.subject),
            base=base,
            unit=unit,
        )


_PLACE_KINDS = frozenset({"country", "province", "city", "district"})
_HONG_KONG = "香港特别行政区"


def _metric_in_traditional(name: str, script: Script) -> str:
    """本地生产总值 -> 本地生產總值 when the document never wrote the name (经济 read as GDP): a
    Traditional source's metric is written in its own script, by the lexicon's Traditional alias;
    a name the document wrote (恒指) stays as written."""
    if script.script_map is not None and script.script_map.written(name):
        return name
    return _traditional_metric_names().get(to_simplified(name), name)  # also a half-restored 本地生产總值


@cache
def _traditional_metric_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for entry in read_lexicon("metrics").get("metric", []):
        for alias in [entry["name"], *entry.get("aliases", [])]:
            simple = to_simplified(alias)
            if simple != alias:
                names.setdefault(simple, alias)
    return names


def _in_traditional(name: str | None) -> str | None:
    """台湾 -> 台灣 when the document never wrote the name (我國 for Taiwan): a Traditional source's
    subject is written in its own script, by the place's Traditional alias."""
    if not name or not is_simplified_only(name):
        return name
    entry = subjects().get(name)
    if entry is None:
        return name
    for surface, (canonical, _kind) in subjects().items():
        if canonical == entry[0] and surface != name and to_simplified(surface) == name:
            return surface
    return name


def is_simplified_only(name: str) -> bool:
    """Whether ``name`` has a character that Traditional script writes otherwise (台湾: 湾)."""
    return any(ch in _traditional_forms() for ch in name)


@cache
def _traditional_forms() -> dict[str, str]:
    """Simplified character -> its Traditional form, as the subject lexicon's aliases write them."""
    table: dict[str, str] = {}
    for surface in subjects():
        simple = to_simplified(surface)
        for a, b in zip(surface, simple, strict=False):
            if a != b:
                table.setdefault(b, a)
    return table


def _elsewhere(subject: str | None, home: str) -> bool:
    """内地社会消费品零售总额83,731亿元 in a Hong Kong paper: a place other than home counts in its own 元."""
    entry = subjects().get(subject or "")
    return entry is not None and entry[1] in _PLACE_KINDS and entry[0] != home


def _local_unit(unit: str, currency: str) -> str:
    """元 -> 港元, 元/公斤 -> 澳门元/公斤: in a Hong Kong, Macau or Taiwan text a bare 元 is the local currency."""
    head, sep, rest = unit.partition("/")
    return (currency if head == "元" else head) + sep + rest
