"""Tables as one model, whatever shape a conversion left them in: a grid of labelled cells.

Readers turn text into `Grid`s: one cell per line (HTML ``<td>``s written out by a converter,
rows separated by blank lines or not) and one row per line written as a Python/JSON list (PDF
table extractors) or between ``|`` pipes (markdown). `grid_facts` then names every measuring
cell by its row label and its column header path, and reads its unit, period, role and base from
the header, the row, the title and a ``单位：`` note. Tab- and gap-separated rows are still read
by `tables.find_rows`; cells a grid claims are not read there again.

Vocabulary (label headers, growth and share words, title noise) is in ``lexicons/tables.toml``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, lru_cache
from itertools import pairwise

import regex

from . import periods
from .lexicon import read_lexicon
from .metrics import known_metric_suffix
from .numbers import parse_number
from .tables import TableUnit, parse_unit_cell
from .vocab import subjects


@dataclass(frozen=True, slots=True)
class GridCell:
    """One cell as written, with its offset in the text."""

    start: int
    text: str


@dataclass(slots=True)
class GridRow:
    """A row: its label (markers kept), an optional unit cell and value cells aligned to columns."""

    label: str
    label_start: int
    cells: list[GridCell | None]
    unit_text: str | None = None
    parent: str | None = None  # the row it breaks down (其中：X, rows under 按…分：)


@dataclass(slots=True)
class Grid:
    """One table: title, ``单位：`` note, a header path per value column, and rows."""

    title: str
    unit_text: str | None
    columns: list[tuple[str, ...]]
    rows: list[GridRow] = field(default_factory=list)
    subject_rows: bool = False  # rows labelled by places: the label is the cell's subject, not its metric


@dataclass(frozen=True, slots=True)
class TableFact:
    """One measuring cell read as a record's fields (kind is the role: level/growth/change/share)."""

    metric: str
    value: Decimal
    unit: str
    role: str
    period: str | None
    base: str | None
    start: int
    end: int
    subject: str | None = None  # a row labelled by a place


# ------------------------------------------------------------------ vocabulary


@cache
def _lex() -> dict[str, dict[str, list[str]]]:
    return read_lexicon("tables")


def _words(section: str, key: str) -> list[str]:
    return _lex()[section][key]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _pattern(section: str, key: str) -> regex.Pattern[str]:
    return regex.compile(f"(?:{_alternation(_words(section, key))})")


def _norm_header(text: str) -> str:
    return regex.sub(r"\s+", "", text)


def is_label_header(text: str) -> bool:
    """指标 / 项目名称 / 单位: a header that names the label or unit column, no value column."""
    return _norm_header(text) in _words("headers", "label")


# ------------------------------------------------------------------ cells

_VALUE = regex.compile(
    r"^(?P<n>[-+−]?\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<pct>[%％])?\s*(?:[（(][-+−]?\d+(?:\.\d+)?[%％]?[)）])?$"
)
_EMPTY = regex.compile(r"^(?:—+|-+|－+|–+|…+|/|\.{2,}|x|X|\u00d7|\*)$")
_PROSE_END = regex.compile(r"[。；！？]$")
_TITLE = regex.compile(r"^[表附][\s\d]|^表$")
_UNIT_NOTE = regex.compile(r"^[（(]?\s*(?:计量)?单位\s*[:：]\s*(?P<u>[^\s)）]{1,10})\s*[)）]?$")
_MAX_LABEL = 40


def cell_value(text: str) -> Decimal | None:
    """The number a cell states: 1,234.5 / 4.9（4.0） (the first figure) / 12.3% ; None otherwise."""
    m = _VALUE.match(text.strip().replace("−", "-"))
    if m is None:
        return None
    try:
        return parse_number(m.group("n").replace(",", ""))
    except ValueError:
        return None


def is_value(text: str) -> bool:
    return cell_value(text) is not None


def is_empty(text: str) -> bool:
    return bool(_EMPTY.match(text.strip()))


def is_prose(text: str) -> bool:
    """A line of running text ends any table: a sentence end, or longer than a label."""
    s = text.strip()
    return bool(_PROSE_END.search(s)) or len(s) > _MAX_LABEL or "，" in s


# ------------------------------------------------------------------ one cell per line


@dataclass(slots=True)
class _Block:
    """A table being read one cell per line."""

    title: str
    unit_text: str | None
    headers: list[str]
    rows: list[GridRow] = field(default_factory=list)
    unit_column: bool = False  # a 单位 header: the line after each label is its unit
    group: str | None = None  # a 按…分： line: the rows after it break down `parent`
    parent: str | None = None


def read_cell_lines(text: str) -> list[Grid]:
    """Tables written one cell per line: a header run, then label lines each followed by values.

    A row written on one line (a pipe or list row) is another reader's and ends the table, as prose does.
    """
    grids: list[Grid] = []
    pending: list[tuple[int, str]] = []
    title, unit_text = "", None
    block: _Block | None = None
    for start, raw in _lines(text):
        s = raw.strip()
        note = _UNIT_NOTE.match(s)
        if note and block is None:
            unit_text = note.group("u")
            if pending:  # the lines above a 单位： note are the table's title, not its header
                title, pending = "".join(t for _, t in pending), []
            continue
        if is_value(s) or (is_empty(s) and (block is not None or pending)):
            if block is None:
                block = _open_block(pending, title, unit_text)
                if block is None:
                    pending = []
                    continue
                pending = pending[len(block.headers) :]  # the first row's label (and unit)
            _add_value(block, pending, start + raw.index(s), s)
            pending = []
            continue
        if is_prose(s) or (_TITLE.match(s) and block is not None) or split_row(s, 0) is not None:
            if block is not None:
                grids.extend(_close_block(block))
                block = None
            pending, unit_text = [], None
            title = s if _TITLE.match(s) and not is_prose(s) else ""
            continue
        if _TITLE.match(s):
            title, pending, unit_text = s, [], None
            continue
        pending.append((start + raw.index(s), s))
    if block is not None:
        grids.extend(_close_block(block))
    return grids


def _lines(text: str) -> Iterator[tuple[int, str]]:
    for m in regex.finditer(r"[^\n]+", text):
        if m.group().strip():
            yield m.start(), m.group()


def _open_block(pending: list[tuple[int, str]], title: str, unit_text: str | None) -> _Block | None:
    """The first value of a table: the line before it is the first label, those before are headers."""
    labels = [t for _, t in pending]
    if not labels:
        return None
    unit_column = any(_norm_header(h) in _words("headers", "unit") for h in labels[:-2])
    end = len(labels) - 1
    if unit_column or parse_unit_cell(labels[-1]) is not None:
        end -= 1  # 房地产开发投资 ⏎ 亿元 ⏎ 20.63
    headers = labels[: max(end, 0)]
    if not any(not is_label_header(h) for h in headers):
        return None
    return _Block(title, unit_text, headers, unit_column=unit_column)


def _add_value(block: _Block, pending: list[tuple[int, str]], start: int, text: str) -> None:
    """A value line: it opens a row when label lines came before it, else continues the row."""
    cell = None if is_empty(text) else GridCell(start, text)
    if pending:
        if block.rows and [t for _, t in pending[-len(block.headers) - 1 : -1]] == block.headers:
            pending = pending[-1:]  # the header repeated after a page break
        unit = None
        if len(pending) >= 2 and (block.unit_column or parse_unit_cell(pending[-1][1]) is not None):
            unit = pending.pop()[1]
        for _, group in pending[:-1]:
            _set_group(block, group)
        label_start, label = pending[-1]
        if not block.rows and len(pending) == 1 and block.headers and pending[0][1] in block.headers:
            return
        block.rows.append(GridRow(label, label_start, [cell], unit, _parent_of(block, label)))
        return
    if block.rows:
        block.rows[-1].cells.append(cell)


def _set_group(block: _Block, line: str) -> None:
    """按收入来源分： or 分行业: the rows after it break down the last top-level row."""
    block.group = line
    if block.rows and block.parent is None:
        block.parent = block.rows[-1].label


_ENUMERATED = regex.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．])")


def _parent_of(block: _Block, label: str) -> str | None:
    """The row a new row breaks down: 其中：X the last plain row; after 按…分： the last numbered row."""
    if _ENUMERATED.match(label):
        block.parent, block.group = label, None
        return None
    if _pattern("rows", "sub_row").match(label.strip()):
        plain = [r for r in block.rows if not _pattern("rows", "sub_row").match(r.label.strip())]
        return plain[-1].label if plain else None
    if block.group is not None:
        return block.parent
    return None


def _close_block(block: _Block) -> list[Grid]:
    """The grid of a finished table; rows wider than a header explains give none."""
    if len(block.rows) < 2:
        return []
    widths = Counter(len(r.cells) for r in block.rows)
    n = widths.most_common(1)[0][0]
    columns = resolve_columns(block.headers, n)
    if columns is None:
        return []
    rows = [r for r in block.rows if len(r.cells) <= len(columns)]
    for r in rows:
        r.cells = r.cells + [None] * (len(columns) - len(r.cells))  # a short row: its last cells are blank
    return [Grid(block.title, block.unit_text, columns, rows)]


def resolve_columns(headers: list[str], n: int) -> list[tuple[str, ...]] | None:
    """Header cells written one per line, as paths for ``n`` value columns.

    Label headers go; a header written twice side by side (行业 | 增长 | 行业 | 增长) is one;
    more header cells than columns are levels of a multi-row header, resolved bottom-up
    (1-11月 over 营业收入 / 营业成本 over 绝对额 / 同比增长 ...), each level's cells spanning
    equal groups of the level below.
    """
    headers = _one_period(headers)
    values = [h for h in headers if not is_label_header(h)]
    if not values or n == 0:
        return None
    if len(values) <= n:
        return [()] * (n - len(values)) + [(h,) for h in values]
    levels: list[list[str]] = [values[-n:]]
    rest = values[:-n]
    while rest:
        below = len(levels[0])
        size = next((m for m in range(min(len(rest), below - 1), 0, -1) if below % m == 0), 0)
        if size == 0:
            return None
        levels.insert(0, rest[-size:])
        rest = rest[:-size]
    return [tuple(level[k * len(level) // n] for level in levels) for k in range(n)]


def _one_period(headers: list[str]) -> list[str]:
    """行业 | 比上年增长（%） | 行业 | 比上年增长（%）: a table printed twice side by side, one header."""
    for p in range(1, len(headers) // 2 + 1):
        if len(headers) % p == 0 and headers == headers[:p] * (len(headers) // p) and p < len(headers):
            return headers[:p]
    return headers


# ------------------------------------------------------------------ one row per line (lists, pipes)

_LIST_ROW = regex.compile(r"^\s*\[\s*(?:'[^']*'|\"[^\"]*\")(?:\s*,\s*(?:'[^']*'|\"[^\"]*\"))*\s*\]\s*$")
_LIST_ITEM = regex.compile(r"\[\s*(?:'[^']*'|\"[^\"]*\")(?:\s*,\s*(?:'[^']*'|\"[^\"]*\"))*\s*\]")
_QUOTED = regex.compile(r"'(?P<a>[^']*)'|\"(?P<b>[^\"]*)\"")
_PIPE_ROW = regex.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = regex.compile(r"^\s*\|?[\s:|-]+\|?\s*$")


def split_row(line: str, start: int) -> list[GridCell] | None:
    """The cells of a list row ['', '金额'] or a pipe row | a | b |, with offsets; None for other lines."""
    if _LIST_ROW.match(line):
        cells = []
        for m in _QUOTED.finditer(line):
            key = "a" if m.group("a") is not None else "b"
            cells.append(GridCell(start + m.start(key), m.group(key).strip()))
        return cells
    if _PIPE_ROW.match(line) and not _PIPE_RULE.match(line):
        inner_start = line.index("|") + 1
        inner = line[inner_start : line.rindex("|")]
        cells, pos = [], 0
        for piece in inner.split("|"):
            lead = len(piece) - len(piece.lstrip())
            cells.append(GridCell(start + inner_start + pos + lead, piece.strip()))
            pos += len(piece) + 1
        return cells
    return None


def read_row_lines(text: str) -> list[Grid]:
    """Tables written one row per line as lists or pipes: header rows, then labelled rows."""
    grids: list[Grid] = []
    run: list[list[GridCell]] = []
    before: list[str] = []
    context: list[str] = []
    for start, raw in _row_lines(text):
        cells = split_row(raw, start)
        if cells is not None:
            if not run:
                context = before[-4:]
            run.append(cells)
            continue
        if _PIPE_RULE.match(raw) and run:
            continue
        if run:
            grids.extend(_row_grid(run, context))
            run = []
        before.append(raw.strip())
    if run:
        grids.extend(_row_grid(run, context))
    return grids


def _row_lines(text: str) -> Iterator[tuple[int, str]]:
    """Lines, with list rows run together on one line (['a', '1']['b', '2']) apart again.

    A converter that rejoins wrapped lines also runs the next paragraph onto the last row
    (``['合计', '--', '9.5%']主要客户情况说明``): the text after the rows is a line of its own.
    Pipe rows run together (``| a | 1 || b | 2 |``) come apart the same way.
    """
    for start, raw in _lines(text):
        pieces = _pipe_pieces(raw)
        if pieces:
            yield from ((start + at, piece) for at, piece in pieces)
            continue
        items = _leading_items(raw)
        if not items:
            yield start, raw
            continue
        for m in items:
            yield start + m.start(), m.group()
        tail = raw[items[-1].end() :]
        if tail.strip():
            yield start + items[-1].end(), tail


_PIPE_JOINT = regex.compile(r"\|(?=\|)")


def _pipe_pieces(line: str) -> list[tuple[int, str]] | None:
    """A line holding pipe rows a line-joining step ran together, as (offset, line) pieces.

    ``| #单位存款 | 775.0 || 个人存款 | 1169.0 |``: rows meet at ``||`` (a converter writes an empty
    cell as ``| |``), with a caption run onto the first or a paragraph onto the last. Split only
    when every piece is a row of the same width, at least two cells (three for a lone row): a
    markdown row with one ``||`` empty cell keeps its cells. None when the line is no such run.
    """
    first, last = line.find("|"), line.rfind("|")
    if first < 0 or first == last:
        return None
    joints = [m.start() + 1 for m in _PIPE_JOINT.finditer(line, first, last)]
    head, tail = line[:first], line[last + 1 :]
    if not joints and not head.strip() and not tail.strip():
        return None  # a plain pipe row
    rows = [(a, line[a:b]) for a, b in pairwise([first, *joints, last + 1])]
    widths = {len(split_row(row, 0) or []) for _, row in rows}
    if len(widths) != 1 or min(widths) < (2 if joints else 3):
        return None
    head_piece = [(0, head)] if head.strip() else []
    tail_piece = [(last + 1, tail)] if tail.strip() else []
    return [*head_piece, *rows, *tail_piece]


def _leading_items(line: str) -> list[regex.Match[str]]:
    """The list rows a line opens with, one after another with nothing but spaces between."""
    items: list[regex.Match[str]] = []
    pos = len(line) - len(line.lstrip())
    for m in _LIST_ITEM.finditer(line):
        if line[pos : m.start()].strip():
            break
        items.append(m)
        pos = m.end()
    return items


def _row_grid(run: list[list[GridCell]], context: list[str]) -> list[Grid]:
    """Header rows (no number) over data rows; label columns are those whose data cells hold words."""
    width = max(len(r) for r in run)
    rows = [r + [GridCell(r[-1].start, "")] * (width - len(r)) for r in run]
    data_at = next((k for k, r in enumerate(rows) if any(is_value(c.text) for c in r)), None)
    if data_at is None:
        return []
    header_rows = merge_wrapped_headers([[c.text for c in r] for r in rows[:data_at]])
    body = rows[data_at:]
    data = [r for r in body if any(is_value(c.text) for c in r)]  # 分行业: a group line
    n_label = max(min(_label_width(r) for r in data), _header_label_width(header_rows), _word_columns(data))
    unit_col = _header_column(header_rows, n_label, "unit")
    if unit_col is None:
        unit_col = _unit_column(data, n_label)
    ordinal_col = _header_column(header_rows, n_label, "ordinal")
    label_texts = fill_merged_labels([[c.text for c in r[:n_label]] for r in data], {unit_col, ordinal_col})
    paths = [_column_path(header_rows, k) for k in range(n_label, width)]
    title, unit_text = _context_title(context)
    grid = Grid(title, unit_text, paths)
    parents = _Block(title, unit_text, [])  # 其中：/# sub-rows and 按…分： breakdowns, as one cell per line
    labelled = iter(label_texts)
    for r in body:
        if not any(is_value(c.text) for c in r):
            group = [c.text for c in r if c.text]
            if len(group) == 1 and _GROUP_END.search(group[0]):
                _set_group(parents, group[0])
            continue
        texts = next(labelled)
        label_at = [k for k, t in enumerate(texts) if _names_row(t, k, unit_col, ordinal_col)]
        if not label_at:
            continue
        label = "".join(texts[k] for k in label_at)
        start = next((r[k].start for k in label_at if r[k].text), r[0].start)
        unit = r[unit_col].text if unit_col is not None else None
        values = [None if (not c.text or is_empty(c.text)) else c for c in r[n_label:]]
        row = GridRow(label, start, values, unit or None, _parent_of(parents, label))
        parents.rows.append(row)
        grid.rows.append(row)
    return [grid] if grid.rows else []


_GROUP_END = regex.compile(r"[：:]\s*$")


def _names_row(text: str, k: int, unit_col: int | None, ordinal_col: int | None) -> bool:
    """A label cell that is part of the row's name: not its unit, a row number or an empty mark (--)."""
    if not text or is_empty(text) or k == unit_col:
        return False
    return k != ordinal_col or not is_value(text)  # 序号 column: 1, 2 go, 合计 stays


def merge_wrapped_headers(header_rows: list[list[str]]) -> list[list[str]]:
    """A header row filled only under filled cells of the row above is their wrapped tail.

    ``['金额', '占营业成本比']`` over ``['', '重']`` is one header ``占营业成本比重``; a row that fills
    a cell the row above leaves empty is a level of its own (``2019年`` over ``金额 | 比重``).
    """
    merged: list[list[str]] = []
    for row in header_rows:
        above = merged[-1] if merged else None
        filled = [k for k, t in enumerate(row) if t]
        if above is not None and filled and all(k < len(above) and above[k] for k in filled):
            merged[-1] = [a + (row[k] if k < len(row) else "") for k, a in enumerate(above)]
        else:
            merged.append(list(row))
    return merged


def _header_label_width(header_rows: list[list[str]]) -> int:
    """序号 | 客户名称 | 销售额: the leading label headers name label columns, whatever their cells hold."""
    width = 0
    for row in header_rows:
        k = 0
        while k < len(row) and (not row[k] or is_label_header(row[k])):
            k += 1
        width = max(width, k if any(row[:k]) else 0)
    return width


def _header_column(header_rows: list[list[str]], n_label: int, key: str) -> int | None:
    """The label column headed by a word of ``key`` (单位: the row's unit; 序号: a row number)."""
    return next(
        (k for k in range(n_label) for h in header_rows if k < len(h) and _norm_header(h[k]) in _words("headers", key)),
        None,
    )


def _unit_column(data: list[list[GridCell]], n_label: int) -> int | None:
    """A label column after the first whose every filled cell is a unit (万吨, 亿千瓦时): the rows'
    units, where no 单位 header says so (指标 merged across the label and unit columns)."""
    for k in range(1, n_label):
        cells = [r[k].text for r in data if r[k].text and not is_empty(r[k].text)]
        if cells and all(parse_unit_cell(t) is not None for t in cells):
            return k
    return None


def fill_merged_labels(labels: list[list[str]], skip: set[int | None]) -> list[list[str]]:
    """Label cells a vertically merged cell left empty take its text.

    A merged cell's text is written in its first row (``['电缆', '销量']``, ``['', '产量']``: fill down)
    or, when the first row is empty, in its middle (``['', '销量']``, ``['电缆', '产量']``,
    ``['', '库存']``: each empty cell takes the nearest text, above on a tie). The last label column
    (not counting a unit or number column) names the row itself and is never filled; a row without
    a name there is a label merged across the columns (``['合计', '']``) and stays as it is.
    """
    out = [list(r) for r in labels]
    named = [k for k in range(len(labels[0]) if labels else 0) if k not in skip]
    for k in named[:-1]:
        column = [r[k] for r in labels]
        filled = [i for i, t in enumerate(column) if t]
        if not filled or len(filled) == len(column) or not all(r[named[-1]] or r[k] for r in labels):
            continue
        centred = not column[0]
        for i, t in enumerate(column):
            if t:
                continue
            above = [j for j in filled if j < i]
            below = [j for j in filled if j > i]
            if centred and below and (not above or below[0] - i < i - above[-1]):
                out[i][k] = column[below[0]]
            elif above:
                out[i][k] = column[above[-1]]
    return out


def _word_columns(data: list[list[GridCell]]) -> int:
    """Leading columns that hold words and no figure in any row: label columns, even where a merged
    label (合计 across 类别 | 项目 | 单位) leaves a row's later label cells blank."""
    k = 0
    while (
        k < len(data[0])
        and not any(is_value(r[k].text) for r in data)
        and any(r[k].text and not is_empty(r[k].text) for r in data)
    ):
        k += 1
    return k


def _label_width(row: list[GridCell]) -> int:
    k = 0
    while k < len(row) and not is_value(row[k].text) and not is_empty(row[k].text):
        if k > 0 and not row[k].text and any(is_value(c.text) for c in row[k + 1 :]) and k >= 1:
            break
        k += 1
    return max(k, 1)


def _column_path(header_rows: list[list[str]], k: int) -> tuple[str, ...]:
    """A column's header path; an empty upper cell belongs to the span of the cell on its left.

    A span is as wide as the distance between its cell and the next filled one; the last span of
    a row is as wide as the one before it (2019年 | _ | 2018年 | _ | 同比增减: 2018年 spans two).
    """
    path: list[str] = []
    for row in header_rows:
        filled = [j for j, t in enumerate(row) if t]
        if not filled:
            continue
        owner = _span_owner(filled, k)
        if owner is not None and row[owner]:
            path.append(row[owner])
    return tuple(path)


def _span_owner(filled: list[int], k: int) -> int | None:
    if k in filled:
        return k
    left = [j for j in filled if j < k]
    if not left:
        return None
    j = left[-1]
    nxt = next((f for f in filled if f > j), None)
    width = (nxt - j) if nxt is not None else (j - left[-2] if len(left) >= 2 else 1)
    return j if k < j + width else None


def _context_title(lines: list[str]) -> tuple[str, str | None]:
    """The short line before a table that names it, and its 单位： note."""
    unit_text = None
    title = ""
    for s in reversed(lines):
        note = _UNIT_NOTE.match(s)
        if note and unit_text is None:
            unit_text = note.group("u")
            continue
        if s and not is_prose(s) and not is_value(s):
            title = s
            break
    return title, unit_text


# ------------------------------------------------------------------ naming cells

_BRACKETS = regex.compile(r"[（(](?P<inner>[^（）()]*)[)）]")
_LABEL_NOISE = regex.compile(
    r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．](?!\d))\s*"
)
_FOOTNOTE = regex.compile(r"[（(]注\s*\d*[)）]|注\s*\d+$|[①-⑳]|[*\uff0a]+$")
_YEAR_PREFIX = regex.compile(r"^[表附]\s*\d{1,2}?(?=(?:19|20)\d\d年)|^[表附]\s*[\d.\-]+")
_PERCENT = regex.compile(r"[%％]")


@dataclass(frozen=True, slots=True)
class _Column:
    """What a column's header path says."""

    role: str  # level / growth / change / share / index
    measure: str
    plain: bool  # 金额, 绝对数: the header names a role, the measure is the table's
    unit: TableUnit | None
    period: str | None
    prev: bool = False
    since_year_start: bool = False
    difference: bool = False  # 增减 / ±: a difference, in points when the measure is a rate


def read_column(path: tuple[str, ...], year: int | None) -> _Column:
    """1-11月 / 营业收入 / 同比增长（%） -> growth of 营业收入 over Jan-Nov, in %."""
    text = _norm_header("".join(path))
    unit: TableUnit | None = None
    for m in _BRACKETS.finditer(text):
        unit = parse_unit_cell(m.group("inner")) or unit
    text = _BRACKETS.sub("", text)
    if _PERCENT.search(text):
        unit = parse_unit_cell("%")
        text = _PERCENT.sub("", text)
    role = _role(text)
    period = None
    dated = _pattern("headers", "comparison").sub("", text)
    for pm in periods.find_periods(dated, year):
        period = pm.period
        text = text.replace(pm.surface, "", 1)
        break
    measure = text
    for key in ("index", "change", "growth_prev", "growth", "plain"):
        measure = _pattern("headers", key).sub("", measure)
    if role == "share":
        measure = text  # 占营业收入比重 is the measure itself
    measure = regex.sub("^[比较上年同期末=\uff1d±]+|[比较上年同期末=\uff1d±]+$", "", measure)
    if len(measure) < 2:
        measure = ""  # 额 left of 比年初增加额: no measure
    return _Column(
        role,
        measure,
        not measure and bool(_pattern("headers", "plain").search(text)),
        unit,
        period,
        bool(_pattern("headers", "growth_prev").search(text)),
        bool(_pattern("headers", "since_year_start").search(text)),
        bool(_pattern("headers", "difference").search(text)),
    )


def _role(text: str) -> str:
    for role, key in (("index", "index"), ("change", "change"), ("share", "share")):
        if _pattern("headers", key).search(text):
            return role
    if _pattern("headers", "growth_prev").search(text) or _pattern("headers", "growth").search(text):
        return "growth"
    return "level"


def read_label(label: str) -> tuple[str, TableUnit | None]:
    """（一）城镇居民人均收入（注1） -> 城镇居民人均收入; 产成品存货周转天数（天） -> its unit apart."""
    name = _FOOTNOTE.sub("", _LABEL_NOISE.sub("", label.strip()))
    sub = _pattern("rows", "sub_row").match(name)
    if sub:
        name = name[sub.end() :].strip()
    unit = None
    m = _BRACKETS.search(name)
    if m and m.end() == len(name) and parse_unit_cell(m.group("inner")):
        unit, name = parse_unit_cell(m.group("inner")), name[: m.start()]
    return name.strip(' “”"：:\u3000'), unit


@dataclass(frozen=True, slots=True)
class TitleMeaning:
    """What a table's title says of its cells."""

    measure: str  # 分行业固定资产投资增长速度 -> 固定资产投资
    broken_down: bool  # the title breaks its measure down by row (分行业, 分地区)
    index: bool  # a table of indices (指数, PMI): cells are index levels
    price: bool  # of price indices: 食品 -> 食品价格指数


def title_measure(title: str, subject: str | None) -> TitleMeaning:
    """The measure a title gives the cells its rows and columns do not name.

    A title listing indicators (主要指标, 主要数据) names no one measure; an index table's rows or
    columns are index names, completed with 指数.
    """
    t = _BRACKETS.sub("", _YEAR_PREFIX.sub("", title.strip()))
    for pm in reversed(periods.find_periods(t, None)):
        t = t[: pm.start] + t[pm.end :]
    t = t.strip()
    index = bool(_pattern("titles", "index").search(t))
    price = index and bool(_pattern("titles", "price").search(t))
    if subject:
        t = t.replace(subject, "")
    listing = bool(_pattern("titles", "indicators").search(t))
    t = _pattern("titles", "noise").sub("", t)
    parts = _pattern("titles", "breakdown").split(t)
    if index or (len(parts) == 1 and listing):
        return TitleMeaning("", False, index, price)
    return TitleMeaning(parts[-1].strip(), len(parts) > 1, index, price)


def grid_facts(grid: Grid, year: int | None, subject: str | None) -> Iterator[TableFact]:
    """Every measuring cell of a grid, named by row and column."""
    note_unit = parse_unit_cell(grid.unit_text) if grid.unit_text else None
    title = title_measure(grid.title, subject)
    title_period = _title_period(grid.title, year)
    columns = _measures_carried([read_column(path, year) for path in grid.columns])
    dated = {c.period for c in columns if c.period}
    # 1-6月 | 同比增长: with one dated column, the growth beside it is of the same months
    table_period = dated.pop() if len(dated) == 1 else title_period
    for row in grid.rows:
        name, label_unit = read_label(row.label)
        row_period = _label_period(name, year)
        if row.parent:
            name = compose(read_label(row.parent)[0], name, bool(_pattern("rows", "sub_row").match(row.label.strip())))
        row_unit = parse_unit_cell(row.unit_text) if row.unit_text else None
        subject = name if grid.subject_rows else None
        name = "" if grid.subject_rows else name
        share_label = bool(_pattern("headers", "share").search(name))
        metrics = [
            _metric("" if row_period else name, c.measure or (title.measure if _title_applies(title, c) else ""), title)
            for c in columns
        ]
        for k, (column, cell) in enumerate(zip(columns, row.cells, strict=False)):
            if cell is None:
                continue
            period = row_period or column.period or table_period
            share = share_change_of(columns, row.cells, k)
            if share is not None:
                yield _points_fact(cell, metrics[share], columns[share].period or period, column)
                continue
            if share_label and column.role == "level" and _PERCENT.search(cell.text):
                column = replace(column, role="share")  # 前五名客户销售额占销售总额比例 | 65.05%
            fact = _cell_fact(cell, column, metrics[k], label_unit or row_unit, note_unit, title.index, period, year)
            if fact is not None:
                yield replace(fact, subject=subject) if subject else fact


def _measures_carried(columns: list[_Column]) -> list[_Column]:
    """产量 | 比上年增长%: a growth or change column that names no measure is of the amount left of it.

    A table's 增长 column measures what the column before it counts (乳制品 | 万吨 | 27.6 | -9.8 gives
    乳制品产量 and its growth), unless its header is a plain role over the title's measure.
    """
    out = list(columns)
    for k, column in enumerate(columns):
        if column.role not in ("growth", "change") or column.measure or column.plain:
            continue
        left = next((c for c in reversed(columns[:k]) if c.role == "level" and c.measure), None)
        if left is not None:
            out[k] = replace(column, measure=left.measure)
    return out


def share_change_of(columns: list[_Column], cells: list[GridCell | None], k: int) -> int | None:
    """The share column whose change the k-th cell states, if its 同比增减 is one in points.

    金额 | 比重 | 金额 | 比重 | 同比增减: the last column is read as the change of the share when
    it equals this year's share less last year's (to rounding); otherwise it stays the
    growth of the amount, as most such tables mean.
    """
    column = columns[k]
    if column.role != "growth" or column.measure or not column.difference:
        return None
    shares = [j for j, c in enumerate(columns) if c.role == "share" and j < len(cells) and cells[j] is not None]
    if len(shares) != 2:
        return None
    now, before = sorted(shares, key=lambda j: columns[j].period or "", reverse=True)
    values = [cell_value(cells[j].text) for j in (now, before, k)]  # type: ignore[union-attr]
    if any(v is None for v in values):
        return None
    a, b, change = values
    return now if abs(a - b - change) <= Decimal("0.011") else None  # type: ignore[operator]


def _points_fact(cell: GridCell, metric: str, period: str | None, column: _Column) -> TableFact:
    """A change of a rate or share in percentage points, against the column's base."""
    value = cell_value(cell.text)
    assert value is not None
    base = "prev" if column.prev else "yoy"
    return TableFact(metric, value, "pp", "change", period, base, cell.start, cell.start + len(cell.text))


def is_rate(measure: str) -> bool:
    """毛利率, 占营业收入比重: a measure that is itself a percentage, so its 增减 is in points."""
    return bool(measure) and bool(regex.search(f"(?:{_alternation(_words('headers', 'rate'))})$", measure))


def _title_applies(title: TitleMeaning, column: _Column) -> bool:
    """The title names the cells' measure: broken down by row, or under a 金额 column and a known indicator."""
    return title.broken_down or (column.plain and known_metric_suffix(title.measure) is not None)


def compose(parent: str, child: str, part: bool = False) -> str:
    """A sub-row's full name from the row it breaks down.

    A part marked 其中/# that ends in a word of its parent takes the parent's words after it
    (存款余额 ⊃ 单位存款 -> 单位存款余额); other sub-rows keep the parent's words before them
    (城镇居民人均消费支出 -> 城镇居民人均消费支出食品烟酒), so the scope is not lost.
    """
    if not parent or child.startswith(parent):
        return child
    if part:
        for size in (3, 2):
            at = parent.rfind(child[-size:]) if len(child) > size else -1
            if at >= 0:
                return child + parent[at + size :]
    return parent + child


def _title_period(title: str, year: int | None) -> str | None:
    found = periods.find_periods(_YEAR_PREFIX.sub("", title), year)
    return found[0].period if found else None


def _label_period(name: str, year: int | None) -> str | None:
    try:
        return periods.parse_period(name, year)
    except ValueError:
        return None


def _cell_fact(
    cell: GridCell,
    column: _Column,
    metric: str,
    row_unit: TableUnit | None,
    note_unit: TableUnit | None,
    index: bool,
    period: str | None,
    year: int | None,
) -> TableFact | None:
    """One cell's record fields: the column's role decides kind, unit and base."""
    value = cell_value(cell.text)
    if value is None or not metric:
        return None
    span = (cell.start, cell.start + len(cell.text))
    if column.role == "growth" and column.difference and is_rate(column.measure):
        return _points_fact(cell, metric, period, column)  # 毛利率比上年增减: points, not a growth
    if column.role == "growth":
        return TableFact(metric, value, "%", "growth", period, "prev" if column.prev else "yoy", *span)
    if column.role == "share":
        return TableFact(metric, value, "%", "share", period, None, *span)
    if column.role == "index" or (index and not _PERCENT.search(cell.text)):
        index_unit = "%" if note_unit is not None and note_unit.unit == "%" else ""
        return TableFact(metric, value, index_unit, "level", period, None, *span)
    unit = row_unit or column.unit or note_unit
    if _PERCENT.search(cell.text):
        unit = parse_unit_cell("%")
    if unit is None:
        return None
    if column.role == "change":
        base = f"period:{year - 1}-12-31" if year and column.since_year_start else "yoy"
        return TableFact(metric, value * unit.factor, unit.unit, "change", period, base, *span)
    return TableFact(metric, value * unit.factor, unit.unit, "level", period, None, *span)


def _metric(name: str, measure: str, title: TitleMeaning) -> str:
    """Row name + column (or title) measure; index tables complete an index's name with 指数."""
    metric = name
    if measure and measure not in metric:
        metric = metric + measure
    if title.index and metric and not metric.endswith("指数") and not regex.fullmatch(r"[A-Z]{2,5}", metric):
        metric += "价格指数" if title.price and "价格" not in metric else "指数"
    return metric


# ------------------------------------------------------------------ rows run together in a line

_RUN_NUMBER = regex.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_RUN_BREAK = regex.compile(r"[。！？；]")
_LIST_MARK = regex.compile(r"[、，,；;和及与]")
_RUN_MIN_ROWS = 4
_RUN_MAX_GAP = 80
_LONGEST_PLACE = 8


@dataclass(frozen=True, slots=True)
class _RunCell:
    """A place, the figure right after it and the figure's unit, as found in a run-together line."""

    place: str
    place_start: int
    number: GridCell
    unit: str
    end: int


def read_run_together(text: str) -> list[Grid]:
    """Run-together tables of ``text`` (see `_read_run_together`), read once per text.

    Both the prose hand-off (`table_row_spans`) and the grid reader ask for them; the grids are
    only read by both, never changed.
    """
    return list(_run_together_cached(text))


@lru_cache(maxsize=2)
def _run_together_cached(text: str) -> tuple[Grid, ...]:
    return tuple(_read_run_together(text))


def _read_run_together(text: str) -> list[Grid]:
    """Tables whose cells a conversion ran together without separators, one line for all rows.

    深圳2.00元／运次鹰潭市无桂林1.00元／运次不调整北京2.00元／运次…: the pattern that repeats
    (a place, a figure right after it, the same unit every time) makes the cells plain; what stands
    between two such rows (不调整, a remark) is another column and is left to the prose reader.
    At least four rows in one run, none parted by a sentence end, and a title next to them that
    names the measure (the caption after the rows or the line before them); else no table.
    """
    grids: list[Grid] = []
    for start, raw in _lines(text):
        if len(_RUN_NUMBER.findall(raw)) < _RUN_MIN_ROWS:
            continue  # fewer figures than a run-together table has rows
        line, at = _squeeze(raw)
        for run in _runs(_run_cells(line)):
            grid = _run_grid(run, line)
            if grid is not None:
                grids.append(_placed_grid(grid, [start + k for k in at]))
    return grids


# private-use and zero-width characters a page used as separators: shown as nothing, part of no name
INVISIBLE = regex.compile(r"[\p{Co}\u200b-\u200d\u2060\ufeff]")


def _squeeze(line: str) -> tuple[str, list[int]]:
    """The line without invisible marks (private-use or zero-width characters a page used as
    separators, shown as nothing), and where each remaining character stands in the line.

    Most lines hold no such mark: one search settles that, instead of a match per character.
    """
    if INVISIBLE.search(line) is None:
        return line, [*range(len(line) + 1)]
    keep = [k for k, ch in enumerate(line) if not INVISIBLE.match(ch)]
    return "".join(line[k] for k in keep), [*keep, len(line)]


def _placed_grid(grid: Grid, at: list[int]) -> Grid:
    """A grid read on a squeezed line, its offsets moved back onto the text."""
    for row in grid.rows:
        row.label_start = at[row.label_start]
        row.cells = [GridCell(at[c.start], c.text) if c else None for c in row.cells]
    return grid


def _run_cells(line: str) -> list[_RunCell]:
    """Every figure of a line that follows a place name directly and carries a unit."""
    found: list[tuple[str, int, regex.Match[str], str]] = []
    for m in _RUN_NUMBER.finditer(line):
        place = _place_before(line, m.start())
        unit = _numerator_after(line, m.end()) if place else None
        if place and unit:
            found.append((place, m.start() - len(place), m, unit))
    dens = _common_denominators(line, [m.end() + len(u) for _, _, m, u in found])
    cells = []
    for (place, at, m, unit), den in zip(found, dens, strict=True):
        end = m.end() + len(unit)
        if den:
            unit, end = f"{unit}/{den[0]}", den[1]
        cells.append(_RunCell(place, at, GridCell(m.start(), m.group()), unit, end))
    return cells


def _place_before(line: str, at: int) -> str | None:
    """The longest place name that ends right where a figure begins (桂林1.00, 鹰潭市无桂林1.00)."""
    table = subjects()
    for size in range(min(_LONGEST_PLACE, at), 1, -1):
        if line[at - size : at] in table:
            return line[at - size : at]
    return None


_UNIT_BREAK = regex.compile(r"[\s/／]")


def _numerator_after(line: str, at: int) -> str | None:
    """The unit right after a figure, as written (元, 万吨), the longest one known."""
    for size in (3, 2, 1):
        piece = line[at : at + size]
        if len(piece) == size and not _UNIT_BREAK.search(piece) and parse_unit_cell(piece) is not None:
            return piece
    return None


def _common_denominators(line: str, ends: list[int]) -> list[tuple[str, int] | None]:
    """元／运次: the per-what after each unit (运次, not 运次不 or 运次鹰).

    Cells run together leave no mark where the unit ends: a known per-word wins (小时 of
    元/小时不变), else the reading most rows share, else the shortest.
    """
    options: list[list[tuple[str, int]]] = []
    for at in ends:
        m = regex.match(r"\s*[/／]\s*(\p{Han}{1,3})", line[at:])
        if m is None:
            options.append([])
            continue
        head = at + m.start(1)
        options.append([(m.group(1)[:n], head + n) for n in range(1, len(m.group(1)) + 1)])
    counts = Counter(word for opts in options for word, _ in opts)
    known = set(_words("units", "per"))
    return [max(opts, key=lambda o: (o[0] in known, counts[o[0]], -len(o[0]))) if opts else None for opts in options]


def _runs(cells: list[_RunCell]) -> Iterator[list[_RunCell]]:
    """Consecutive cells of one unit, none parted from the next by a sentence end or a long gap."""
    run: list[_RunCell] = []
    for cell in cells:
        if run and (cell.unit != run[-1].unit or cell.place_start - run[-1].end > _RUN_MAX_GAP):
            yield run
            run = []
        run.append(cell)
    if run:
        yield run


def _run_grid(run: list[_RunCell], line: str) -> Grid | None:
    """The grid of one run, titled by its caption; None for too few rows or no title."""
    gaps = [line[a.end : b.place_start] for a, b in pairwise(run)]
    if len(run) < _RUN_MIN_ROWS or any(_RUN_BREAK.search(g) for g in gaps):
        return None
    if sum(bool(_LIST_MARK.fullmatch(g.strip())) for g in gaps) * 2 >= len(gaps):
        return None  # 北京1家、上海2家、广州3家: an enumeration in a sentence, not cells
    title = _run_caption(line[run[-1].end :], gaps) or _run_heading(line[: run[0].place_start])
    if not title or not title_measure(title, None).measure:
        return None
    rows = [GridRow(c.place, c.place_start, [c.number], c.unit) for c in run]
    return Grid(title, None, [()], rows, subject_rows=True)


def _run_caption(after: str, gaps: list[str]) -> str | None:
    """The caption right after the last row: past the last row's other cells, a title word ends it.

    (…不调整)部分城市燃油附加费调整情况（截至7月17日）: the text after the last figure starts with
    the column the rows repeat (the most common start of a gap), then the caption with its note.
    """
    for filler in sorted({g for g in gaps if g}, key=len, reverse=True):
        if after.startswith(filler) and sum(g.startswith(filler) for g in gaps) >= 2:
            after = after[len(filler) :]
            break
    m = _caption_pattern().match(after)
    return m.group() if m else None


def _run_heading(before: str) -> str | None:
    """The title before the first row, when it ends in a title word (各地收费情况)."""
    m = _caption_pattern().match(before.strip())
    return m.group() if m else None


@cache
def _caption_pattern() -> regex.Pattern[str]:
    ends = _alternation(_words("titles", "caption_end"))
    return regex.compile(f"\\p{{Han}}{{2,40}}?(?:{ends})(?:[（(][^（）()\\n]{{1,20}}[)）])?")


def table_row_spans(text: str) -> list[tuple[int, int]]:
    """Where table rows stand (lists, pipes, cells run together): text that is a table, never prose."""
    spans = []
    for start, raw in _row_lines(text):
        if split_row(raw, start) is not None or (_PIPE_RULE.match(raw) and "|" in raw):
            spans.append((start, start + len(raw)))
    for grid in read_run_together(text):
        spans.extend(_run_spans(text, grid))
    return spans


def _run_spans(text: str, grid: Grid) -> Iterator[tuple[int, int]]:
    """A run-together table's text: its rows, the cells between them (鹰潭市无, 不调整, remarks with
    figures of their own, which `run_remarks` hands to the prose reader one by one) and its head
    back to the sentence before it."""
    first = grid.rows[0].label_start
    line_start = text.rfind("\n", 0, first) + 1
    head = max((text.rfind(mark, line_start, first) + 1 for mark in "。！？；"), default=line_start)
    yield max(head, line_start), first
    for row, after in zip(grid.rows, [*grid.rows[1:], None], strict=True):
        yield row.label_start, (after.label_start if after is not None else _row_end(text, row))


@dataclass(frozen=True, slots=True)
class Remark:
    """A cell between two run-together rows that holds figures of its own: what changed for the
    row's place (…桂林1.00元／运次 8月1日起下调到0.5元／运次 贵阳…). It is prose about that row,
    to be read as if it began with the row's place and the table's measure, in the table's period."""

    start: int
    end: int
    place: str
    measure: str
    period: str | None


def run_remarks(text: str, year: int | None) -> list[Remark]:
    """The remark cells of the run-together tables of ``text``, in order."""
    remarks = []
    for grid in read_run_together(text):
        measure = title_measure(grid.title, None).measure
        period = next((f.period for f in grid_facts(grid, year, None)), None)
        for row, after in pairwise(grid.rows):
            end = _row_end(text, row)
            if measure and regex.search(r"\d", text[end : after.label_start]):
                remarks.append(Remark(end, after.label_start, row.label, measure, period))
    return remarks


def _row_end(text: str, row: GridRow) -> int:
    """Where a run-together row ends: after its figure and its unit as written (元／ 运次)."""
    last = next(c for c in reversed(row.cells) if c is not None)
    end = last.start + len(last.text)
    unit = regex.sub(r"\s", "", row.unit_text or "")
    k = 0
    while end < len(text) and k < len(unit):
        ch = text[end]
        if ch == unit[k] or (unit[k] == "/" and ch == "／"):
            k += 1
        elif not (ch.isspace() or INVISIBLE.match(ch)):
            break
        end += 1
    return end


def prose_view(text: str) -> str:
    """The text with its table rows blanked, offsets kept: what the sentence reader should read.

    A list row's cells (``'60.00%'``) read as prose are figures with no metric, and a grid reads
    them with their row and column; blanking (not deleting) keeps every offset and line break.
    """
    spans = table_row_spans(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for k in range(start, end):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)


def read_grids(text: str) -> list[Grid]:
    """Every table of a text that a grid reader recognises."""
    return [*read_cell_lines(text), *read_row_lines(text), *read_run_together(text)]
