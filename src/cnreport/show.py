"""Review what was extracted: a self-contained HTML page and a highlighted terminal view.

Analysts trust an extractor only when they can check each record against its source, and
misses matter as much as hits. So the page shows the document text with every record's span
highlighted (coloured by kind, details on hover or click), a sortable table whose rows jump to
their spans, and every numeral the engine saw but did not turn into a record.

The document text is untrusted. Everything taken from it is HTML-escaped on the server side;
the record data travels as JSON inside ``<script type="application/json">`` with ``<``, ``>``
and ``&`` written as ``\\u003c`` etc., so no text can close the script element, and the page's
script only ever reads it with ``JSON.parse`` and shows it with ``textContent``. The text and
the table are rendered here as one HTML string: the browser parses it once, and the script
merely indexes it, so a page with thousands of records opens without building the DOM by hand.

The page is written with a small template of our own rather than displaCy: displaCy's ``ent``
style duplicates text on overlapping spans and its ``span`` style has no table, no hover
details and no way to mark the numbers that produced no record.
"""

from __future__ import annotations

import bisect
import html
import itertools
import json
import sys
import unicodedata
import webbrowser
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex
import typer

from .errors import CnreportError
from .lexicon import read_lexicon
from .numbers import NumberMatch, find_numbers
from .output import terminal_safe, write_atomic
from .periods import find_periods
from .records import Kind, Record

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

# ---------------------------------------------------------------------------------------------
# colours: one per kind, (light background, strong accent for underlines and record numbers)

KIND_COLOURS: dict[str, tuple[str, str]] = {
    Kind.LEVEL.value: ("#cfe3ff", "#2563eb"),
    Kind.GROWTH_RATE.value: ("#c8f0cf", "#16a34a"),
    Kind.CHANGE.value: ("#c4ede9", "#0d9488"),
    Kind.SHARE.value: ("#e5d6ff", "#7c3aed"),
    Kind.GAP.value: ("#ffdcbf", "#ea580c"),
    Kind.CONTRIBUTION.value: ("#ffd1e4", "#db2777"),
    Kind.RANK.value: ("#fcefa0", "#a16207"),
}
OTHER_COLOURS = ("#e5e7eb", "#4b5563")
"""For a kind added to ``Kind`` before a colour is chosen for it: shown grey, never dropped."""

TERMINAL_STYLES: dict[str, str] = {
    Kind.LEVEL.value: "black on bright_cyan",
    Kind.GROWTH_RATE.value: "black on bright_green",
    Kind.CHANGE.value: "black on cyan",
    Kind.SHARE.value: "black on bright_magenta",
    Kind.GAP.value: "black on yellow",
    Kind.CONTRIBUTION.value: "black on magenta",
    Kind.RANK.value: "black on bright_yellow",
}
"""For 16-colour terminals, where the page's pastels would all fade to white; black text stays readable."""
OTHER_TERMINAL_STYLE = "black on white"

KIND_LABELS: dict[str, str] = {
    Kind.LEVEL.value: "level 总量",
    Kind.GROWTH_RATE.value: "growth rate 增速",
    Kind.CHANGE.value: "change 增减量",
    Kind.SHARE.value: "share 占比",
    Kind.GAP.value: "gap 差距",
    Kind.CONTRIBUTION.value: "contribution 贡献",
    Kind.RANK.value: "rank 位次",
}

DETAIL_FIELDS = (
    "metric",
    "value",
    "value_max",
    "unit",
    "kind",
    "period",
    "base",
    "subject",
    "qualifier",
    "modality",
    "span",
    "text",
    "pattern",
    "doc",
)
"""Every field of a record, in the order the details box and the tooltip list them."""

# Control and format characters (ANSI escapes, bidi overrides, NUL) would hide or reorder text
# on the page; they are shown as a small U+XXXX badge instead. \t \n \r are layout, kept as is.
_CONTROL = regex.compile(r"[\p{Cc}\p{Cf}\p{Cs}--[\t\n\r]]", flags=regex.V1)
_SCRIPT_UNSAFE = regex.compile(r"[<>&\u2028\u2029\p{Cs}]")


def _kind_class(kind: str) -> str:
    """CSS class of a kind; only known kinds reach class names, anything else is 'other'."""
    return f"k-{kind}" if kind in KIND_COLOURS else "k-other"


def _outer_class(kind: str) -> str:
    return f"o-{kind}" if kind in KIND_COLOURS else "o-other"


# ---------------------------------------------------------------------------------------------
# what to mark: unmatched numbers and the flat segmentation of overlapping spans


def find_unmatched(text: str, records: Sequence[Record]) -> list[NumberMatch]:
    """Numerals in ``text`` that no record's span covers whole: the engine's visible misses.

    A numeral only partly inside a span (a span ending inside 2025) counts as unmatched too,
    since no record accounts for all of it. A date or an ordinal is never a miss
    (``NOT_A_MISS_RULES``): it is no figure the engine should have read.
    """
    spans = sorted((s, e) for s, e in (r.span for r in records) if s < e)
    starts = [s for s, _ in spans]
    reach: list[int] = []  # reach[k] = furthest end among the first k+1 spans
    for _, e in spans:
        reach.append(max(e, reach[-1]) if reach else e)
    dates = DateSpans(text)
    out = []
    for n in find_numbers(text):
        k = bisect.bisect_right(starts, n.start) - 1
        if (k < 0 or reach[k] < n.end) and not_a_miss(text, n, dates) is None:
            out.append(n)
    return out


# ---------------------------------------------------------------------------------------------
# numerals that are no figure: dates and ordinals, never marked as misses


def _lexicon_words(name: str, *path: str) -> tuple[str, ...]:
    data: Any = read_lexicon(name)
    for key in path:
        data = data[key]
    return tuple(sorted(data, key=len, reverse=True))


@cache
def _calendar() -> regex.Pattern[str]:
    """Dates and clock times the period grammar does not read as periods (it reads 2025年6月30日).

    2025/6/30 and 2025.6.30, a bare day (25日, 8號; the day suffixes of the period lexicon), a year
    in Chinese numerals (二〇二五年), 10时30分 and 9:30.
    """
    days = "|".join(map(regex.escape, _lexicon_words("periods", "days", "suffix")))
    return regex.compile(
        r"(?<![\d.])\d{4}(?P<sep>[-/.])\d{1,2}(?:(?P=sep)\d{1,2})?(?![\d.])"
        r"|(?<![\d.])(?:[12]?\d|3[01])(?:" + days + r")"
        r"|[〇零一二三四五六七八九]{4}年"
        r"|(?<![\d.])(?:[01]?\d|2[0-3])(?:[时時点點](?:[0-5]?\d分)?|[:：][0-5]\d(?![\d.]))"
    )


@cache
def _ordinal_prefix() -> regex.Pattern[str]:
    """An ordinal word right before the numeral (第3名, 星期6): the numerals lexicon's words."""
    words = "|".join(map(regex.escape, _lexicon_words("numerals", "context", "ordinal_before")))
    return regex.compile(r"(?:" + words + r")$")


# (full-width brackets as \uFF3B/\uFF3D escapes: ruff reads them as look-alikes of [ and ])
_ENUMERATOR = regex.compile(r"(?:^|[\n（(\uFF3B\[])[ \t\u3000]*$")
_ENUMERATOR_AFTER = regex.compile(r"[ \t\u3000]*(?:[、）)\]\uFF3D]|[.．](?!\d))")


class DateSpans:
    """Where ``text`` holds dates: period phrases (the engine's own grammar) and calendar shapes."""

    def __init__(self, text: str) -> None:
        spans = [(p.start, p.end) for p in find_periods(text, None)]
        self.periods = _Spans(spans)
        self.calendar = _Spans([m.span() for m in _calendar().finditer(text)])


class _Spans:
    """Sorted, possibly overlapping spans asked "does one cover [start, end)?"."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = list(itertools.accumulate((e for _, e in spans), max))

    def cover(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start) - 1
        return k >= 0 and self.reach[k] >= end


def _in_period(text: str, n: NumberMatch, dates: DateSpans) -> bool:
    return dates.periods.cover(n.start, n.end)


def _in_calendar_date(text: str, n: NumberMatch, dates: DateSpans) -> bool:
    return dates.calendar.cover(n.start, n.end)


def _after_ordinal_word(text: str, n: NumberMatch, dates: DateSpans) -> bool:
    return _ordinal_prefix().search(text, max(0, n.start - 4), n.start) is not None


def _list_enumerator(text: str, n: NumberMatch, dates: DateSpans) -> bool:
    """1、 (2) 3. opening a line or in brackets: an item's number, not a figure."""
    if not _ENUMERATOR.search(text, max(0, n.start - 8), n.start):
        return False
    return _ENUMERATOR_AFTER.match(text, n.end) is not None


@dataclass(frozen=True, slots=True)
class NotAMissRule:
    """One reason a numeral without a record is no miss; ``examples`` are (text, numeral) it clears."""

    id: str
    applies: Callable[[str, NumberMatch, DateSpans], bool]
    examples: tuple[tuple[str, str], ...]


# fmt: off
NOT_A_MISS_RULES: tuple[NotAMissRule, ...] = (
    NotAMissRule("date.period", _in_period, (("2025年上半年，出口", "2025"), ("1-5月，投资", "5"))),
    NotAMissRule("date.calendar", _in_calendar_date, (("本月25日发布", "25"),
                                                      ("上午10时30分", "30"), ("二〇二五年", "二〇二五"))),
    NotAMissRule("ordinal.prefix", _after_ordinal_word, (("排名第3位", "3"), ("第1批项目", "1"))),
    NotAMissRule("ordinal.enumerator", _list_enumerator, (("（2）投资", "2"), ("概况\n1、工业", "1"),
                                                          ("3. 消费", "3"))),
)
# fmt: on
"""Ordered: the first rule that applies names why a numeral is no miss."""


def not_a_miss(text: str, number: NumberMatch, dates: DateSpans | None = None) -> str | None:
    """The id of the rule that makes ``number`` a date or an ordinal rather than a missed figure."""
    dates = dates or DateSpans(text)
    return next((rule.id for rule in NOT_A_MISS_RULES if rule.applies(text, number, dates)), None)


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of text covered by the same records (and at most one unmatched number).

    Overlapping spans cannot nest as HTML elements when they cross, so the text is cut at every
    span edge and each piece lists all records covering it: the text appears exactly once.
    """

    start: int
    end: int
    records: tuple[int, ...]
    number: int | None = None


def segment(text: str, records: Sequence[Record], unmatched: Sequence[NumberMatch] = ()) -> list[Segment]:
    """Cut ``text`` at every span edge; records with empty or out-of-range spans are clipped or skipped."""
    size = len(text)
    opens: dict[int, list[int]] = {}
    closes: dict[int, list[int]] = {}
    bounds = {0, size}
    for i, r in enumerate(records):
        s, e = max(0, r.span[0]), min(size, r.span[1])
        if s < e:
            opens.setdefault(s, []).append(i)
            closes.setdefault(e, []).append(i)
            bounds.update((s, e))
    number_at: dict[int, tuple[int, int]] = {}
    for k, n in enumerate(unmatched):
        if 0 <= n.start < n.end <= size:
            number_at[n.start] = (k, n.end)
            bounds.update((n.start, n.end))
    ordered = sorted(bounds)
    active: set[int] = set()
    number: int | None = None
    number_end = -1
    out = []
    for a, b in itertools.pairwise(ordered):
        active.difference_update(closes.get(a, ()))
        active.update(opens.get(a, ()))
        if a == number_end:
            number = None
        if a in number_at:
            number, number_end = number_at[a]
        out.append(Segment(a, b, tuple(sorted(active)), number))
    return out


def _innermost(seg: Segment, records: Sequence[Record]) -> tuple[int, int | None]:
    """The shortest covering record gives the colour; the longest other one the underline."""

    def length(i: int) -> int:
        return records[i].span[1] - records[i].span[0]

    inner = min(seg.records, key=lambda i: (length(i), i))
    rest = [i for i in seg.records if i != inner]
    outer = max(rest, key=lambda i: (length(i), -i)) if rest else None
    return inner, outer


# ---------------------------------------------------------------------------------------------
# HTML


def _esc(text: str) -> str:
    """Escaped text with control/format characters as visible badges (never raw into the page)."""
    out = []
    pos = 0
    for m in _CONTROL.finditer(text):
        out.append(html.escape(text[pos : m.start()]))
        out.append(f'<span class="ctl" data-c="U+{ord(m.group()):04X}"></span>')
        pos = m.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _cell(text: str) -> str:
    """A table cell's text: escaped, line breaks as ⏎ so a row stays one line."""
    return _esc(text.replace("\r\n", "\n").replace("\n", "⏎"))


def format_value(value: Decimal | None) -> str:
    """Plain digits with thousands separators: 1.2万亿 reads 1,200,000,000,000, never 1.2E+12."""
    if value is None:
        return ""
    text = f"{value:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def script_json(data: Any) -> str:
    """JSON safe inside a <script> element: no ``<``, ``>`` or ``&`` survives, so no ``</script>``.

    U+2028/U+2029 are escaped too, so the text also stays valid if ever pasted into JS source,
    and so are lone surrogates, which could not be written as UTF-8.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return _SCRIPT_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


BLOCK_CHARS = 2000
"""About how much text one ``<div class="blk">`` holds. Blocks are cut only at line breaks in
unmarked text and are skipped by the browser's layout while off screen (content-visibility),
which keeps a long document with thousands of highlights quick to open."""


def _plain_html(text: str, filled: int) -> tuple[str, int]:
    """Unmarked text, cut into blocks at line breaks once a block holds ``BLOCK_CHARS``."""
    out = []
    for line in text.splitlines(keepends=True):
        out.append(_esc(line))
        filled += len(line)
        if filled >= BLOCK_CHARS and line.endswith(("\n", "\r")):
            out.append('</div><div class="blk">')
            filled = 0
    return "".join(out), filled


def render_text_html(text: str, records: Sequence[Record], unmatched: Sequence[NumberMatch]) -> str:
    """The document as markup: plain text escaped, covered pieces as ``<span class="s …">``.

    ``data-r`` lists the covering records (0-based), ``data-n`` the 1-based numbers of the
    records starting here (drawn by CSS, so they never become part of the text), ``data-u``
    the unmatched number.
    """
    starts: dict[int, list[int]] = {}
    for i, r in enumerate(records):
        starts.setdefault(max(0, r.span[0]), []).append(i)
    parts = ['<div class="blk">']
    filled = 0
    for seg in segment(text, records, unmatched):
        if not seg.records and seg.number is None:
            piece, filled = _plain_html(text[seg.start : seg.end], filled)
            parts.append(piece)
            continue
        filled += seg.end - seg.start
        classes = ["s"]
        attrs = []
        if seg.records:
            inner, outer = _innermost(seg, records)
            classes.append(_kind_class(str(records[inner].kind)))
            if outer is not None:
                classes.append(_outer_class(str(records[outer].kind)))
            if any(records[i].modality for i in seg.records):
                classes.append("mod")
            attrs.append(f'data-r="{" ".join(map(str, seg.records))}"')
            here = [i for i in starts.get(seg.start, ()) if i in seg.records]
            if here:
                attrs.append(f'data-n="{",".join(str(i + 1) for i in here)}"')
        if seg.number is not None:
            classes.append("unz" if unmatched[seg.number].chinese else "un")
            attrs.append(f'data-u="{seg.number}"')
        piece = _esc(text[seg.start : seg.end])
        parts.append(f'<span class="{" ".join(classes)}" {" ".join(attrs)}>{piece}</span>')
    parts.append("</div>")
    return "".join(parts)


COLUMNS = (
    # (key, header, type, tooltip): key names a field of the embedded record data, type picks the sort
    ("i", "#", "num", "order of extraction"),
    ("text", "text", "str", "原文 the text at the span"),
    ("metric", "metric", "str", "指标"),
    ("value", "value", "num", "数值 (a range shows both ends)"),
    ("unit", "unit", "str", "单位"),
    ("kind", "kind", "str", "类型"),
    ("period", "period", "str", "时期"),
    ("base", "base", "str", "比较基准"),
    ("subject", "subject", "str", "主体"),
    ("qualifier", "qual.", "str", "qualifier: approx / over / under"),
    ("modality", "mod.", "str", "modality: target / forecast"),
    ("start", "at", "num", "character offset of the span in the document"),
)

# Column sizing. Each row is its own grid (so off-screen rows skip layout), so columns cannot size
# themselves to their content across rows: the widths are measured here, from the cells' text, in
# em at the table's font (a Chinese character 1em, anything else at most about 0.62em).
_WRAPPED = {"text": (7.0, 2), "metric": (9.0, 3)}
"""Columns that wrap: (largest minimum in em, share of the width left over)."""
_FIT_CAP_EM = 16.0
"""A longer cell (a subject of many characters) wraps rather than widening the table further."""
_BREAKABLE = ("period", "base")
_BREAK_AFTER = regex.compile(r"(?<=[/:])")
_UNBREAKABLE = regex.compile(r"\p{Han}|[^\p{Han}\s/:]+[/:]?")
_CELL_PAD_EM = 0.9
_SORT_MARK_EM = 1.4
_SWATCH_EM = 1.6


def _em(text: str) -> float:
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.62 for c in text)


def _value_text(r: Record) -> str:
    value = format_value(r.value)
    if r.value_max is not None:
        value += f" – {format_value(r.value_max)}"
    return value


def _cell_texts(i: int, r: Record) -> tuple[str, ...]:
    """One row's cells in ``COLUMNS`` order, as shown."""
    return (
        str(i + 1),
        r.text,
        r.metric,
        _value_text(r),
        r.unit,
        str(r.kind),
        r.period or "",
        r.base or "",
        r.subject or "",
        str(r.qualifier or ""),
        str(r.modality or ""),
        str(r.span[0]),
    )


def column_widths(records: Sequence[Record]) -> list[tuple[float, float]]:
    """Each column's (narrowest, widest) width in em, padding included.

    The widest is the longest cell (header included; at most ``_FIT_CAP_EM``), which a column gets
    when the window has room; the narrowest is its longest piece that cannot break: a Latin word,
    ``2023-04/`` of a base (periods and bases break after ``/`` and ``:``), one Chinese character.
    Values never break or get cut (2,518,300… hid the figure): their narrowest is the longest value
    whole, with a margin for wide digits (a range may break between its two ends). A wrapping
    column (text, metric) reports its minimum both ways; it takes a share of what is left.
    """
    header = [_em(label) + _SORT_MARK_EM for _, label, _, _ in COLUMNS]
    widest, narrowest = list(header), list(header)
    keys = [c[0] for c in COLUMNS]
    for i, r in enumerate(records):
        for k, cell in enumerate(_cell_texts(i, r)):
            cell = cell.replace("\r\n", "\n").replace("\n", "⏎")
            if keys[k] == "value":
                pieces = _value_ends(r)
            elif keys[k] in _BREAKABLE:
                pieces = _BREAK_AFTER.split(cell)
            else:
                pieces = _UNBREAKABLE.findall(cell)
            widest[k] = max(widest[k], _em(cell))
            narrowest[k] = max(narrowest[k], *(_em(p) for p in pieces), 0.0)
    widths = []
    for key, low, high in zip(keys, narrowest, widest, strict=True):
        if key in _WRAPPED:
            low = high = min(high, _WRAPPED[key][0])
        elif key == "value":
            low = high = low * 1.1
        else:
            extra = _SWATCH_EM if key == "kind" else 0.0
            low, high = low + extra, max(low + extra, min(high + extra, _FIT_CAP_EM))
        widths.append((round(low + _CELL_PAD_EM, 1), round(high + _CELL_PAD_EM, 1)))
    return widths


def _grid_template(records: Sequence[Record]) -> str:
    """Fixed columns between their narrowest and widest (the grid widens them first when there is
    room), then the wrapping ones share the rest."""
    parts = []
    for (key, _, _, _), (low, high) in zip(COLUMNS, column_widths(records), strict=True):
        parts.append(f"minmax({low}em,{_WRAPPED[key][1]}fr)" if key in _WRAPPED else f"minmax({low}em,{high}em)")
    return " ".join(parts)


def _value_ends(r: Record) -> list[str]:
    if r.value_max is None:
        return [format_value(r.value)]
    return [format_value(r.value), f"– {format_value(r.value_max)}"]


def _value_html(r: Record) -> str:
    """A value whole; a range as two unbreakable ends, so a narrow column breaks only between them."""
    ends = _value_ends(r)
    if len(ends) == 1:
        return _cell(ends[0])
    return " ".join(f'<span class="nw">{_cell(end)}</span>' for end in ends)


def _breakable_html(text: str) -> str:
    """period:2023-04/2024-03 with break opportunities after ``:`` and ``/`` (split before escaping)."""
    return "<wbr>".join(_cell(piece) for piece in _BREAK_AFTER.split(text))


def render_rows_html(records: Sequence[Record]) -> str:
    """Table rows in document order of extraction; the page's script only reorders or hides them."""
    rows = []
    for i, r in enumerate(records):
        texts = _cell_texts(i, r)
        kind = texts[5]
        cells = (
            f'<td class="n">{texts[0]}</td>',
            f'<td class="t">{_cell(texts[1])}</td>',
            f'<td class="m">{_cell(texts[2])}</td>',
            f'<td class="n v">{_value_html(r)}</td>',
            *(f"<td>{_cell(t)}</td>" for t in texts[4:5]),
            f'<td><i class="sw {_kind_class(kind)}"></i>{_cell(kind)}</td>',
            *(f"<td>{_breakable_html(t)}</td>" for t in texts[6:8]),
            *(f"<td>{_cell(t)}</td>" for t in texts[8:11]),
            f'<td class="n">{texts[11]}</td>',
        )
        rows.append(f'<tr data-i="{i}" tabindex="0" role="row">{"".join(cells)}</tr>')
    return "\n".join(rows)


FACETS = ("metric", "kind", "period", "subject")
"""The fields the page filters on with a list of their values (the free-text box searches all)."""


def facets(records: Sequence[Record]) -> dict[str, list[str]]:
    """Each facet's distinct values, sorted; "" stands for records without one."""
    out: dict[str, list[str]] = {}
    for name in FACETS:
        out[name] = sorted({str(getattr(r, name) or "") for r in records})
    return out


def _option_text(value: str) -> str:
    """An option's label: an <option> holds text only, so control characters are written as \\uXXXX."""
    if not value:
        return "(none)"
    return html.escape(_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", value.replace("\n", "⏎")))


def _filters_html(records: Sequence[Record]) -> str:
    """The filter bar: free text, then one list per facet (option values index ``data.facets``)."""
    counts = {name: Counter(str(getattr(r, name) or "") for r in records) for name in FACETS}
    parts = [
        '<input type="search" id="q" placeholder="search 搜索…" aria-label="search the records" autocomplete="off">'
    ]
    for name, values in facets(records).items():
        options = [f'<option value="">{name}: all</option>']
        options += [f'<option value="{k}">{_option_text(v)} ({counts[name][v]})</option>' for k, v in enumerate(values)]
        parts.append(f'<select id="f-{name}" aria-label="{name}">{"".join(options)}</select>')
    parts.append('<button type="button" id="f-clear">clear</button>')
    parts.append(f'<span id="shown" aria-live="polite">{len(records)} records</span>')
    return "".join(parts)


def _header_html() -> str:
    return "".join(
        f'<th data-key="{key}" data-type="{kind}" aria-sort="none" role="columnheader" title="{html.escape(tip)}">'
        f"{html.escape(label)}</th>"
        for key, label, kind, tip in COLUMNS
    )


def _legend_html(records: Sequence[Record], unmatched: Sequence[NumberMatch]) -> str:
    counts = Counter(str(r.kind) for r in records)
    items = []
    for kind in KIND_COLOURS:
        items.append(
            f'<span class="lg"><i class="sw {_kind_class(kind)}"></i>{html.escape(KIND_LABELS[kind])}'
            f" <b>{counts.get(kind, 0)}</b></span>"
        )
    other = sum(n for k, n in counts.items() if k not in KIND_COLOURS)
    if other:
        items.append(f'<span class="lg"><i class="sw k-other"></i>other <b>{other}</b></span>')
    arabic = sum(1 for n in unmatched if not n.chinese)
    items.append(f'<span class="lg"><i class="sw un"></i>number, no record 未提取的数字 <b>{arabic}</b></span>')
    chinese = len(unmatched) - arabic
    items.append(f'<span class="lg"><i class="sw unz"></i>Chinese numeral, no record 中文数字 <b>{chinese}</b></span>')
    items.append('<span class="lg"><i class="sw ov"></i>overlap: underline = outer record</span>')
    items.append('<span class="lg"><i class="sw mod"></i>target / forecast</span>')
    return "".join(items)


def _css(records: Sequence[Record]) -> str:
    # never narrower than its columns: a narrow window scrolls the table sideways instead of cutting cells
    rules = [
        f"#records{{min-width:{round(sum(low for low, _ in column_widths(records)), 1)}em}}",
        f"#records tr{{grid-template-columns:{_grid_template(records)}}}",
    ]
    for kind, (light, strong) in [*KIND_COLOURS.items(), ("other", OTHER_COLOURS)]:
        rules.append(f".k-{kind}{{background:{light}}}")
        rules.append(f".o-{kind}{{box-shadow:inset 0 -3px 0 {strong}}}")
        rules.append(f".k-{kind}[data-n]::before{{color:{strong}}}")
    return _CSS + "\n".join(rules)


def page_data(records: Sequence[Record], unmatched: Sequence[NumberMatch], doc: str) -> dict[str, Any]:
    """What the page's script needs: every record field, and the unmatched numbers."""
    return {
        "doc": doc,
        "fields": DETAIL_FIELDS,
        "facets": facets(records),
        "records": [r.to_json_dict() for r in records],
        "numbers": [
            {"start": n.start, "end": n.end, "surface": n.surface, "value": str(n.value), "chinese": n.chinese}
            for n in unmatched
        ],
    }


def build_page(
    text: str,
    records: Sequence[Record],
    *,
    unmatched: Sequence[NumberMatch] | None = None,
    title: str = "document",
    version: str = "",
) -> str:
    """The whole review page as one self-contained HTML string (no external resources at all)."""
    if unmatched is None:
        unmatched = find_unmatched(text, records)
    arabic = sum(1 for n in unmatched if not n.chinese)
    summary = (
        f"{len(records)} records · {arabic} numbers without a record"
        f" · {len(unmatched) - arabic} Chinese numerals without one · {len(text):,} characters"
    )
    fill = {
        "TITLE": html.escape(title),
        "SUMMARY": html.escape(summary),
        "VERSION": html.escape(version),
        "CSS": _css(records),
        "FILTERS": _filters_html(records),
        "LEGEND": _legend_html(records, unmatched),
        "TEXT": render_text_html(text, records, unmatched),
        "HEAD": _header_html(),
        "ROWS": render_rows_html(records),
        "EMPTY": "" if records else '<p class="none">No records were extracted from this document.</p>',
        "DATA": script_json(page_data(records, unmatched, title)),
        "JS": _JS,
    }
    # One pass, so text that happens to contain "@@TEXT@@" is never substituted again.
    return regex.sub(r"@@([A-Z]+)@@", lambda m: fill[m.group(1)], _PAGE)


_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
script-src 'unsafe-inline'; img-src data:">
<title>@@TITLE@@ · cnreport</title>
<style>@@CSS@@</style>
</head>
<body>
<header>
<h1><span class="app">cnreport</span> @@TITLE@@</h1>
<p class="sum">@@SUMMARY@@</p>
<div class="legend">@@LEGEND@@</div>
</header>
<main>
<section class="pane" id="text-pane" aria-label="document text">
<div id="doc">@@TEXT@@</div>
</section>
<section id="side" aria-label="records">
<div id="filters" role="search">@@FILTERS@@</div>
<div id="details" hidden></div>
<div class="pane" id="table-pane">
@@EMPTY@@
<table id="records" role="table">
<thead role="rowgroup"><tr role="row">@@HEAD@@</tr></thead>
<tbody role="rowgroup">
@@ROWS@@
</tbody>
</table>
<p class="foot">cnreport @@VERSION@@ · hover a highlight for details, click to pin; click a column to sort, a row to \
find it in the text; the search box and lists above keep matching records (the others fade in the text).</p>
</div>
</section>
</main>
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="cnr-data">@@DATA@@</script>
<script>@@JS@@</script>
</body>
</html>
"""

_CSS = """
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.5 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",
 system-ui,sans-serif;color:#1f2937;background:#f8fafc;display:flex;flex-direction:column}
header{padding:8px 16px;background:#fff;border-bottom:1px solid #e5e7eb}
h1{font-size:17px;margin:0;font-weight:600;overflow-wrap:anywhere}
h1 .app{color:#6b7280;font-weight:400;margin-right:6px}
.sum{margin:2px 0 6px;color:#4b5563}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12.5px}
.lg b{font-weight:600;color:#374151}
.sw{display:inline-block;width:14px;height:14px;border-radius:3px;vertical-align:-2px;margin-right:4px;
 border:1px solid rgba(0,0,0,.15);font-style:normal}
.sw.un{border:1.5px dashed #dc2626;background:#fff1f1}
.sw.unz{border:none;border-bottom:2px dotted #9ca3af;border-radius:0;background:none}
.sw.ov{background:#fff;box-shadow:inset 0 -3px 0 #6b7280}
.sw.mod{background:#fff;border:1.5px dashed #111}
main{flex:1;display:grid;grid-template-columns:minmax(0,9fr) minmax(0,11fr);min-height:0}
.pane{overflow:auto;min-height:0}
#text-pane{background:#fff;border-right:1px solid #e5e7eb}
#doc .blk{content-visibility:auto;contain-intrinsic-size:auto 1400px}
#doc{white-space:pre-wrap;overflow-wrap:anywhere;font-size:15.5px;line-height:2.15;padding:12px 22px 40vh;
 max-width:60em}
.s{border-radius:3px;padding:1px 0;cursor:pointer}
.s[data-n]::before{content:attr(data-n);font-size:9.5px;vertical-align:super;line-height:0;margin:0 1px;
 font-weight:600}
.s.un{outline:1.5px dashed #dc2626;outline-offset:-1px}
.s.un:not([data-r]){background:#fff1f1}
.s.unz{border-bottom:2px dotted #9ca3af}
.s.mod{font-style:italic;text-decoration:underline dashed #111 1px}
.s.sel{outline:2px solid #111;outline-offset:0}
.s.hov{filter:brightness(.92)}
.s.flash{animation:flash 1.4s ease-out 1}
@keyframes flash{0%,40%{background:#facc15;outline:3px solid #b45309}100%{}}
.ctl::before{content:attr(data-c);font-size:10px;color:#b91c1c;border:1px solid #fca5a5;border-radius:3px;
 padding:0 2px;margin:0 1px;font-family:monospace}
#table-pane{padding:0 0 30vh}
/* Rows are grids, not table rows: an off-screen row then skips layout (content-visibility),
   so 5,000 rows open and re-sort quickly; the roles keep the table semantics. */
#records{display:block;font-size:12.5px;background:#fff}
#records thead{display:block;position:sticky;top:0;z-index:1}
#records tbody{display:block}
#records tr{display:grid}
#records tr[hidden]{display:none}
#records tbody tr{content-visibility:auto;contain-intrinsic-size:auto 25px;border-bottom:1px solid #eef2f7}
#records th,#records td{display:block;min-width:0;padding:3px 5px}
#records th{background:#f1f5f9;text-align:left;border-bottom:1px solid #cbd5e1;cursor:pointer;white-space:nowrap;
 user-select:none}
th[aria-sort=ascending]::after{content:" ▲";color:#2563eb}
th[aria-sort=descending]::after{content:" ▼";color:#2563eb}
td{white-space:normal;overflow-wrap:anywhere}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;overflow-wrap:normal}
td.v{white-space:normal}
.nw{white-space:nowrap}
tbody tr{cursor:pointer}
tbody tr:hover{background:#f1f5ff}
tbody tr.sel{background:#fef9c3}
tbody tr:focus{outline:2px solid #2563eb;outline-offset:-2px}
#side{display:flex;flex-direction:column;min-height:0}
#filters{flex:none;display:flex;flex-wrap:wrap;gap:4px 6px;align-items:center;padding:6px 10px;background:#fff;
 border-bottom:1px solid #e5e7eb;font-size:12.5px}
#filters input{flex:1 1 12em;min-width:8em;font:inherit;padding:2px 6px}
#filters select{font:inherit;max-width:16em}
#filters button{font:inherit}
#shown{color:#4b5563;white-space:nowrap}
.s.dim{background:transparent!important;box-shadow:none!important;text-decoration:none}
.s.dim[data-n]::before{visibility:hidden}
#table-pane{flex:1}
#details{flex:none;background:#fffbeb;border-bottom:1px solid #fcd34d;padding:8px 12px;max-height:42%;overflow:auto}
#details .x{float:right;border:none;background:none;font-size:16px;cursor:pointer;color:#6b7280}
.card{margin:0 0 6px}
.card h3{font-size:13px;margin:0 0 2px}
.card dl{display:grid;grid-template-columns:max-content 1fr;gap:0 10px;margin:0;font-size:12.5px}
.card dt{color:#6b7280}.card dd{margin:0;overflow-wrap:anywhere}
#details .card dl{grid-template-columns:max-content minmax(0,1fr) max-content minmax(0,1fr)}
#tip{position:fixed;z-index:10;max-width:380px;background:#111827;color:#f9fafb;border-radius:6px;padding:6px 9px;
 font-size:12.5px;pointer-events:none;box-shadow:0 4px 14px rgba(0,0,0,.25)}
#tip .card dt{color:#9ca3af}
.none{padding:12px;color:#6b7280}
.foot{color:#6b7280;font-size:12px;padding:6px 10px}
@media (max-width:900px){main{display:block}.pane{overflow:visible}#doc{padding-bottom:20px}
 #details{position:sticky;top:0;z-index:2}}
"""

_JS = r"""
(function () {
  "use strict";
  var t0 = performance.now();
  var data = JSON.parse(document.getElementById("cnr-data").textContent);
  var recs = data.records, nums = data.numbers;
  var doc = document.getElementById("doc");
  var tbody = document.querySelector("#records tbody");
  var tip = document.getElementById("tip");
  var details = document.getElementById("details");
  var FIELDS = data.fields;
  // control and format characters (bidi overrides, NUL ...) are shown as <U+XXXX>, never obeyed
  var CTL = /[\p{Cc}\p{Cf}]/gu;

  // index the server-rendered markup once: record -> its pieces of text, record -> its row
  var segsOf = new Array(recs.length);
  var segs = doc.querySelectorAll(".s[data-r]");
  for (var k = 0; k < segs.length; k++) {
    var ids = segs[k].getAttribute("data-r").split(" ");
    for (var j = 0; j < ids.length; j++) {
      var i = +ids[j];
      (segsOf[i] || (segsOf[i] = [])).push(segs[k]);
    }
  }
  var rowOf = new Array(recs.length);
  var rows = tbody.rows;
  for (k = 0; k < rows.length; k++) rowOf[+rows[k].getAttribute("data-i")] = rows[k];

  function show(v) {
    if (v === null || v === undefined || v === "") return "—";
    if (Array.isArray(v)) return v.join(" – ");
    return String(v).replace(/\r?\n/g, "⏎").replace(CTL, function (c) {
      if (c === "\t") return c;
      return "<U+" + c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0") + ">";
    });
  }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function recordCard(i) {
    var r = recs[i], card = el("div", undefined, "card"), dl = el("dl");
    card.appendChild(el("h3", "#" + (i + 1) + " " + show(r.metric)));
    for (var f = 0; f < FIELDS.length; f++) {
      dl.appendChild(el("dt", FIELDS[f]));
      dl.appendChild(el("dd", show(r[FIELDS[f]])));
    }
    card.appendChild(dl);
    return card;
  }
  function numberCard(u) {
    var n = nums[u], card = el("div", undefined, "card"), dl = el("dl");
    card.appendChild(el("h3", n.chinese ? "Chinese numeral without a record" : "Number without a record"));
    dl.appendChild(el("dt", "surface")); dl.appendChild(el("dd", show(n.surface)));
    dl.appendChild(el("dt", "value")); dl.appendChild(el("dd", show(n.value)));
    dl.appendChild(el("dt", "span")); dl.appendChild(el("dd", n.start + " – " + n.end));
    card.appendChild(dl);
    return card;
  }
  function cardsFor(seg) {
    var frag = document.createDocumentFragment();
    var r = seg.getAttribute("data-r"), u = seg.getAttribute("data-u");
    if (r) r.split(" ").forEach(function (i) { frag.appendChild(recordCard(+i)); });
    if (u !== null) frag.appendChild(numberCard(+u));
    return frag;
  }

  // hover: a tooltip with every field of the records under the pointer
  var hovered = null;
  function place(ev) {
    var x = ev.clientX + 14, y = ev.clientY + 16, w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > window.innerWidth - 8) x = Math.max(8, ev.clientX - w - 14);
    if (y + h > window.innerHeight - 8) y = Math.max(8, ev.clientY - h - 16);
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  doc.addEventListener("mouseover", function (ev) {
    var seg = ev.target.closest ? ev.target.closest(".s") : null;
    if (seg === hovered) return;
    if (hovered) hovered.classList.remove("hov");
    hovered = seg;
    if (!seg) { tip.hidden = true; return; }
    seg.classList.add("hov");
    tip.textContent = "";
    tip.appendChild(cardsFor(seg));
    tip.hidden = false;
    place(ev);
  });
  doc.addEventListener("mousemove", function (ev) { if (!tip.hidden) place(ev); });
  doc.addEventListener("mouseleave", function () {
    tip.hidden = true;
    if (hovered) hovered.classList.remove("hov");
    hovered = null;
  });

  // selection: pin details, outline the record's text, mark its row
  var selected = [];
  var selRow = null;
  function pin(frag) {
    details.textContent = "";
    var x = el("button", "\u00d7", "x");
    x.title = "close";
    x.addEventListener("click", function () { details.hidden = true; clear(); });
    details.appendChild(x);
    details.appendChild(frag);
    details.hidden = false;
  }
  function clear() {
    selected.forEach(function (s) { s.classList.remove("sel"); });
    selected = [];
    if (selRow) selRow.classList.remove("sel");
    selRow = null;
  }
  function flash(list) {
    list.forEach(function (s) { s.classList.remove("flash"); });
    void doc.offsetWidth;  // restart the animation when the same record is chosen twice
    list.forEach(function (s) { s.classList.add("flash"); });
  }
  function select(i, fromText) {
    clear();
    var list = segsOf[i] || [];
    list.forEach(function (s) { s.classList.add("sel"); });
    selected = list;
    selRow = rowOf[i] || null;
    if (selRow) selRow.classList.add("sel");
    if (fromText) {
      if (selRow) selRow.scrollIntoView({block: "center"});
    } else if (list.length) {
      list[0].scrollIntoView({block: "center"});
      flash(list);
    }
  }
  doc.addEventListener("click", function (ev) {
    var seg = ev.target.closest ? ev.target.closest(".s") : null;
    if (!seg) return;
    pin(cardsFor(seg));
    var r = seg.getAttribute("data-r");
    if (r) {
      var ids = r.split(" ").map(Number);
      // the innermost record (shortest span) is the one whose colour is shown
      ids.sort(function (a, b) {
        return (recs[a].span[1] - recs[a].span[0]) - (recs[b].span[1] - recs[b].span[0]) || a - b;
      });
      select(ids[0], true);
    } else {
      clear();
    }
  });
  function rowEvent(ev) {
    var tr = ev.target.closest ? ev.target.closest("tr[data-i]") : null;
    if (!tr) return;
    var i = +tr.getAttribute("data-i");
    var frag = document.createDocumentFragment();
    frag.appendChild(recordCard(i));
    pin(frag);
    select(i, false);
    tr.scrollIntoView({block: "nearest"});  // the details box may have pushed the row away
  }
  tbody.addEventListener("click", rowEvent);
  tbody.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); rowEvent(ev); }
  });

  // sorting: keys come from the record data, never from the rendered cells
  var collator = new Intl.Collator("zh");
  function keyOf(name, i) {
    var r = recs[i];
    if (name === "i") return i;
    if (name === "start") return r.span[0];
    return r[name];
  }
  var headers = document.querySelectorAll("#records th[data-key]");
  function sortBy(th) {
    var name = th.getAttribute("data-key"), numeric = th.getAttribute("data-type") === "num";
    var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    for (var h = 0; h < headers.length; h++) headers[h].setAttribute("aria-sort", "none");
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
    var order = [], keys = new Array(recs.length);
    for (var i = 0; i < rowOf.length; i++) if (rowOf[i]) { order.push(i); keys[i] = keyOf(name, i); }
    order.sort(function (a, b) {
      var x = keys[a], y = keys[b];
      var xn = x === null || x === undefined || x === "", yn = y === null || y === undefined || y === "";
      if (xn || yn) return xn === yn ? a - b : (xn ? 1 : -1);  // blanks last either way
      var c = numeric ? x - y : collator.compare(String(x), String(y));
      return c ? c * dir : a - b;
    });
    var frag = document.createDocumentFragment();
    for (i = 0; i < order.length; i++) frag.appendChild(rowOf[order[i]]);
    tbody.appendChild(frag);
  }
  for (var h = 0; h < headers.length; h++) {
    headers[h].addEventListener("click", function (ev) { sortBy(ev.currentTarget); });
  }

  // filtering: rows that do not match are hidden, their highlights fade; all in the page, no request
  var FACETS = data.facets, facetNames = Object.keys(FACETS);
  var query = document.getElementById("q"), shownOut = document.getElementById("shown");
  var lists = {};
  facetNames.forEach(function (name) { lists[name] = document.getElementById("f-" + name); });
  var hay = null;  // per record: every field as shown, lower case, built on the first search
  function haystack(i) {
    var r = recs[i], parts = [];
    for (var f = 0; f < FIELDS.length; f++) parts.push(show(r[FIELDS[f]]));
    parts.push(rowOf[i] ? rowOf[i].cells[3].textContent : "");  // the value as the table writes it
    return parts.join("\u0001").toLowerCase();
  }
  var matches = new Array(recs.length);
  function applyFilter() {
    var want = {}, tokens = query.value.toLowerCase().split(/\s+/).filter(Boolean), count = 0;
    facetNames.forEach(function (name) {
      var v = lists[name].value;
      if (v !== "") want[name] = FACETS[name][+v];
    });
    if (tokens.length && !hay) {
      hay = new Array(recs.length);
      for (var h = 0; h < recs.length; h++) hay[h] = haystack(h);
    }
    for (var i = 0; i < recs.length; i++) {
      var ok = true, r = recs[i];
      for (var name in want) {
        var v = r[name] === null || r[name] === undefined ? "" : String(r[name]);
        if (v !== want[name]) { ok = false; break; }
      }
      for (var t = 0; ok && t < tokens.length; t++) ok = hay[i].indexOf(tokens[t]) >= 0;
      matches[i] = ok;
      if (ok) count++;
      if (rowOf[i]) rowOf[i].hidden = !ok;
    }
    for (var k = 0; k < segs.length; k++) {
      var ids = segs[k].getAttribute("data-r").split(" "), any = false;
      for (var j = 0; j < ids.length && !any; j++) any = matches[+ids[j]];
      segs[k].classList.toggle("dim", !any);
    }
    shownOut.textContent = count === recs.length ? recs.length + " records" : count + " of " + recs.length + " records";
  }
  query.addEventListener("input", applyFilter);
  facetNames.forEach(function (name) { lists[name].addEventListener("change", applyFilter); });
  document.getElementById("f-clear").addEventListener("click", function () {
    query.value = "";
    facetNames.forEach(function (name) { lists[name].value = ""; });
    applyFilter();
  });

  window.cnreport = {
    select: select, sortBy: sortBy, filter: applyFilter, records: recs.length, readyMs: performance.now() - t0
  };
  document.documentElement.setAttribute("data-ready", "1");
})();
"""


# ---------------------------------------------------------------------------------------------
# terminal


def _terminal_piece(text: str) -> str:
    """Keep line breaks (a whole document is shown), escape every other control character."""
    return "\n".join(terminal_safe(line) for line in text.replace("\r\n", "\n").split("\n"))


def kind_style(kind: str, *, basic: bool = False) -> str:
    """The page's colour where the terminal has 256 colours or more, a named ANSI colour otherwise."""
    if basic:
        return TERMINAL_STYLES.get(kind, OTHER_TERMINAL_STYLE)
    return f"black on {KIND_COLOURS.get(kind, OTHER_COLOURS)[0]}"


def render_terminal(
    text: str, records: Sequence[Record], unmatched: Sequence[NumberMatch] = (), *, basic: bool = False
) -> Text:
    """The document as rich ``Text``: record spans on their kind's colour, unmatched numbers red.

    Built piece by piece from escaped plain strings, never from markup, so nothing in the
    document can style or drive the terminal.
    """
    from rich.text import Text

    out = Text()
    for seg in segment(text, records, unmatched):
        piece = _terminal_piece(text[seg.start : seg.end])
        styles = []
        if seg.records:
            inner, outer = _innermost(seg, records)
            styles.append(kind_style(str(records[inner].kind), basic=basic))
            if outer is not None:
                styles.append("underline")
        if seg.number is not None:
            styles.append("dim underline" if unmatched[seg.number].chinese else "bold red underline")
        out.append(piece, style=" ".join(styles) or None)
    return out


def terminal_legend(records: Sequence[Record], unmatched: Sequence[NumberMatch], *, basic: bool = False) -> Text:
    """One line: each kind's colour and count, then the unmatched numbers."""
    from rich.text import Text

    counts = Counter(str(r.kind) for r in records)
    legend = Text()
    for kind in KIND_COLOURS:
        if counts.get(kind):
            legend.append(f" {kind} {counts[kind]} ", style=kind_style(kind, basic=basic))
            legend.append(" ")
    arabic = sum(1 for n in unmatched if not n.chinese)
    legend.append(f"{arabic} numbers without a record", style="bold red underline")
    legend.append(f"  {len(unmatched) - arabic} Chinese numerals without one", style="dim underline")
    legend.append("  underline on a highlight = overlapping records")
    return legend


def print_terminal(
    text: str, records: Sequence[Record], unmatched: Sequence[NumberMatch], *, console: Console | None = None
) -> None:
    """Print the highlighted text, the legend, and the records table (the output module's)."""
    from rich.console import Console
    from rich.rule import Rule
    from rich.text import Text

    from .output import render_table

    console = console or Console(highlight=False, emoji=False, markup=False)
    basic = console.color_system not in ("256", "truecolor")
    console.print(render_terminal(text, records, unmatched, basic=basic), soft_wrap=False)
    console.print(Rule())
    console.print(terminal_legend(records, unmatched, basic=basic))
    if records:
        table = Text(render_table(list(records), width=console.width), no_wrap=True)
        console.print(table, end="", soft_wrap=True)


# ---------------------------------------------------------------------------------------------
# command


def _fail(message: str) -> typer.Exit:
    sys.stderr.write(f"cnreport: {terminal_safe(message)}\n")
    return typer.Exit(1)


def default_page_path(source: Path) -> Path:
    """``report.txt`` → ``./report.cnreport.html``: in the working directory, never over the source."""
    return Path(f"{source.stem}.cnreport.html")


def run_show(
    file: Path, out: Path | None, open_page: bool, year: int | None, subject: str | None, terminal: bool
) -> None:
    """What ``cnreport show`` does (the command itself lives in ``show_cli`` so ``--help`` stays light)."""
    from . import __version__, default_extractor
    from .io.files import read_text_file

    try:
        text = read_text_file(file)
        records = default_extractor().extract(text, year=year, subject=subject, doc=str(file))
    except CnreportError as exc:
        raise _fail(f"{file}: {exc}") from None
    unmatched = find_unmatched(text, records)
    if terminal:
        print_terminal(text, records, unmatched)
        if out is None and not open_page:
            return
    target = out or default_page_path(file)
    if target.resolve() == file.resolve():
        raise _fail(f"{target}: would overwrite the input; choose another -o")
    page = build_page(text, records, unmatched=unmatched, title=str(file), version=__version__)
    try:
        write_atomic(target, page)
    except OSError as exc:
        raise _fail(f"{target}: cannot write: {exc.strerror or exc}") from None
    arabic = sum(1 for n in unmatched if not n.chinese)
    sys.stderr.write(
        terminal_safe(f"wrote {target} ({len(records)} records, {arabic} numbers without a record)") + "\n"
    )
    if open_page:
        webbrowser.open(target.resolve().as_uri())


__all__ = [
    "Segment",
    "build_page",
    "find_unmatched",
    "print_terminal",
    "render_terminal",
    "script_json",
    "segment",
]
