"""Flattened tables: rows that PDF/HTML extraction wrote one cell per line.

Statistical bulletins end sections with tables (产品 / 单位 / 产量 / 比上年增长%); once flattened
they read ``乳制品\\n万吨\\n27.6\\n-9.8``. A row is a label line, an optional unit line and one or
more number lines; a header (``12月末``, ``比年初增加额``) or a ``单位：亿元`` note says what the
numbers mean. Rows are found on the normalized text, so spans map back like any other record.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

import regex

from .numbers import parse_number
from .units import UnitMatch, match_unit

_LINE = regex.compile(r"[^\n]+")
_NUMBER_CELL = regex.compile(r"^[-+−]?\d+(?:,\d{3})*(?:\.\d+)?$")
# 其中：新能源汽车, #单位存款: a sub-row's marker is not part of its label
_LABEL = regex.compile(r"^[#＃*]?\s*(?:其中[：:]?)?(?P<label>[\p{Han}A-Za-z（）()、“”\"]{2,20})$")
_TABLE_UNIT = regex.compile(r"单位[:：]\s*(?P<u>[\p{Han}%/／]{1,8})")
_SCALED_UNIT = regex.compile(r"^(?P<scale>万亿|千亿|百亿|亿|千万|百万|十万|万|千|百)?(?P<u>.+)$")
_SCALES = {
    "万亿": Decimal("1e12"),
    "千亿": Decimal("1e11"),
    "百亿": Decimal("1e10"),
    "亿": Decimal("1e8"),
    "千万": Decimal("1e7"),
    "百万": Decimal("1e6"),
    "十万": Decimal("1e5"),
    "万": Decimal("1e4"),
    "千": Decimal("1e3"),
    "百": Decimal("1e2"),
}
# Header words that give a column its meaning.
_GROWTH_HEADER = regex.compile(r"增长|增减|增幅|增速|同比")
_CHANGE_HEADER = regex.compile(r"增加额|增减额|比年初增加|新增额")
# Headers of the label and unit columns, not of a value column.
_LABEL_HEADER = regex.compile(r"^(?:指\s*标|名称|项目|单位|产品|品种|类别|地区|行业)|名称$|^产品名称$")
_HEADER_LINE = regex.compile(r"^[\p{Han}%（）()\d月末年底\-—–~～至]{2,16}$")


@dataclass(frozen=True, slots=True)
class Cell:
    start: int
    end: int
    value: Decimal
    header: str | None = None  # the column's header, for rows written one per line


@dataclass(frozen=True, slots=True)
class TableUnit:
    unit: str
    factor: Decimal


@dataclass(slots=True)
class Row:
    label: str
    label_start: int
    unit: TableUnit | None
    cells: list[Cell] = field(default_factory=list)
    headers: tuple[str, ...] = ()


_PER_UNIT = regex.compile(r"^(?P<num>[^/／]+?)\s*[/／]\s*(?P<den>\p{Han}{1,3})$")


def parse_unit_cell(text: str) -> TableUnit | None:
    """万吨 -> (吨, 1e4); 亿元 -> (元, 1e8); % -> (%, 1); 元／运次 -> (元/运次, 1): a rate per a counted thing."""
    known = _scaled_unit(text)
    if known is not None:
        return known
    per = _PER_UNIT.match(text.strip())
    if per is None:
        return None
    numerator = _scaled_unit(per.group("num"))
    return TableUnit(f"{numerator.unit}/{per.group('den')}", numerator.factor) if numerator else None


def _scaled_unit(text: str) -> TableUnit | None:
    m = _SCALED_UNIT.match(text.strip())
    if not m:
        return None
    unit: UnitMatch | None = match_unit(m.group("u"), 0)
    if unit is None or unit.end != len(m.group("u")):
        return None
    factor = _SCALES.get(m.group("scale") or "", Decimal(1)) * unit.factor
    return TableUnit(unit.unit, factor)


_CELL_SPLIT = regex.compile(r"[ \t]*\t[ \t]*| {3,}|\u3000{2,}")
_EMPTY_CELL = regex.compile(r"^(?:—+|-+|－+|…+|/|\.{2,}|x|X)$")
_UNIT_IN_BRACKETS = regex.compile(r"[（(](?P<u>[^（）()]{1,8})[）)]$")


def split_cells(line: str, start: int) -> list[tuple[int, str]]:
    """The cells of a row written on one line (tabs or wide gaps between them), with offsets."""
    cells: list[tuple[int, str]] = []
    pos = 0
    for gap in [*_CELL_SPLIT.finditer(line), None]:
        end = gap.start() if gap else len(line)
        piece = line[pos:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            cells.append((start + pos + lead, piece.strip()))
        pos = gap.end() if gap else len(line)
    return cells


def _line_row(cells: list[tuple[int, str]], columns: list[str], table_unit: TableUnit | None) -> Row | None:
    """地区生产总值 | 亿元 | 9256.3 | 5.8: a label, an optional unit and numbers under named columns.

    Numbers (and empty cells, —) are matched to the value columns from the right, so a row that
    puts its unit in the label (工业增加值（亿元）) still lines up with a header that has 单位.
    """
    label_start, label_text = cells[0]
    label = _LABEL.match(label_text)
    if label is None:
        return None
    unit = table_unit
    name = label.group("label")
    in_brackets = _UNIT_IN_BRACKETS.search(name)
    if in_brackets and parse_unit_cell(in_brackets.group("u")):
        unit, name = parse_unit_cell(in_brackets.group("u")), name[: in_brackets.start()]  # 地区生产总值（亿元）
    positions: list[tuple[int, str] | None] = []
    for cell_start, text in cells[1:]:
        if _NUMBER_CELL.match(text):
            positions.append((cell_start, text))
        elif _EMPTY_CELL.match(text):
            positions.append(None)
        elif parse_unit_cell(text) is not None and not positions:
            unit = parse_unit_cell(text)
        else:
            return None  # a line of words, not a row of figures
    value_columns = [h for h in columns[1:] if not _LABEL_HEADER.search(h)]
    shift = len(value_columns) - len(positions)
    row_cells: list[Cell] = []
    for k, position in enumerate(positions):
        if position is None:
            continue
        cell_start, text = position
        try:
            value = parse_number(text.replace("−", "-"))
        except ValueError:
            continue
        header = value_columns[shift + k] if shift >= 0 else None
        row_cells.append(Cell(cell_start, cell_start + len(text), value, header))
    if not row_cells:
        return None
    return Row(name, label_start, unit, row_cells, tuple(value_columns))


def find_rows(text: str) -> list[Row]:
    """Table rows: one cell per line, or one row per line with tabs or wide gaps between cells."""
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text) if m.group().strip()]
    rows: list[Row] = []
    table_unit: TableUnit | None = None
    headers: list[str] = []
    columns: list[str] = []
    i = 0
    while i < len(lines):
        start, raw = lines[i]
        stripped = raw.strip()
        cells = split_cells(raw, start)
        if len(cells) >= 3:
            row = _line_row(cells, columns, table_unit)
            if row is not None:
                rows.append(row)
            elif not any(_NUMBER_CELL.match(t) for _, t in cells):
                columns = [t for _, t in cells]  # 指标名称 | 单位 | 1-6月 | 同比增长(%)
            i += 1
            continue
        note = _TABLE_UNIT.search(stripped)
        if note:
            table_unit = parse_unit_cell(note.group("u"))
            headers = []
            i += 1
            continue
        label = _LABEL.match(stripped)
        if label is None:
            if not _NUMBER_CELL.match(stripped) and len(stripped) > 30:
                table_unit, headers, columns = None, [], []  # prose ends a table
            elif _HEADER_LINE.match(stripped):
                headers = [*headers, stripped][-4:]
            i += 1
            continue
        j = i + 1
        unit = None
        if j < len(lines):
            unit = parse_unit_cell(lines[j][1])
            if unit is not None:
                j += 1
        positions: list[Cell | None] = []
        while j < len(lines):
            surface = lines[j][1].strip().replace("−", "-")
            if _EMPTY_CELL.match(surface) and positions is not None:
                positions.append(None)  # 规模以上工业增加值⏎亿元⏎—⏎6.2: no amount published, its growth is
            elif _NUMBER_CELL.match(surface):
                cell_start = lines[j][0] + lines[j][1].index(lines[j][1].strip())
                try:
                    positions.append(Cell(cell_start, cell_start + len(surface), parse_number(surface)))
                except ValueError:
                    break
            else:
                break
            j += 1
        row_cells = _placed(positions, headers)
        if row_cells:
            label_start = start + raw.index(label.group("label"))
            rows.append(Row(label.group("label"), label_start, unit or table_unit, row_cells, tuple(headers)))
            i = j
            continue
        if _HEADER_LINE.match(stripped) and not rows_follow_prose(stripped):
            headers.append(stripped)
            headers = headers[-4:]
        i += 1
    return rows


def _placed(positions: list[Cell | None], headers: list[str]) -> list[Cell]:
    """The numbers of a flattened row; with an empty cell among them, each named by its column.

    Without empty cells the numbers keep their order and ``column_role`` reads them. With one, a
    number's meaning depends on where it stands: under the value headers when there are as many,
    else by the bulletin convention (the amount, then its growth).
    """
    cells = [c for c in positions if c is not None]
    if len(cells) == len(positions):
        return cells
    value_headers = [h for h in headers if not _LABEL_HEADER.search(h)]
    if len(value_headers) >= len(positions):
        names = value_headers[len(value_headers) - len(positions) :]
    else:
        names = ["" if k == 0 else "增长" for k in range(len(positions))]
    return [replace(c, header=names[k]) for k, c in enumerate(positions) if c is not None]


def rows_follow_prose(line: str) -> bool:
    """A line ending a sentence is prose, never a column header."""
    return line.endswith(("。", "；", "！", "？"))


def column_role(headers: tuple[str, ...], index: int, n_cells: int) -> str:
    """What the index-th number of a row is: ``level``, ``growth`` (%, yoy) or ``change``.

    Headers name the value columns after the label column; without them the bulletin
    convention holds: the amount first, then its growth on the previous year in %.
    """
    value_headers = [h for h in headers if not _LABEL_HEADER.search(h)]
    if len(value_headers) >= n_cells:
        header = value_headers[index]
        if _CHANGE_HEADER.search(header):
            return "change"
        if _GROWTH_HEADER.search(header):
            return "growth"
        return "level"
    return "level" if index == 0 else "growth"


def header_role(header: str) -> str:
    """What a column holds, from its own header: 同比增长(%) -> growth, 比年初增加 -> change."""
    if _CHANGE_HEADER.search(header):
        return "change"
    if _GROWTH_HEADER.search(header):
        return "growth"
    return "level"


def level_header(headers: tuple[str, ...], n_cells: int) -> str | None:
    """The header of the level column (产量, 12月末), if the table had one."""
    value_headers = [h for h in headers if not _LABEL_HEADER.search(h)]
    if len(value_headers) >= n_cells:
        return value_headers[0]
    return None
