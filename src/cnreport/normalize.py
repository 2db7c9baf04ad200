"""Clean report text for extraction and remember where every kept character came from.

Reports arrive as PDF column text (lines wrapped at a fixed width, blank lines and page labels
inside sentences, letter-spaced words) or as web text (one paragraph or table cell per line,
tab and U+3000 indentation). The grammar downstream wants one sentence per run of text, ASCII
digits and no stray spaces, but every span it reports must index the *original* string.

So `normalize` never rewrites text freely. It only

1. folds characters strictly one to one (full-width digits and letters, a few symbols, exotic
   spaces, line-break variants), so positions never shift, and
2. drops characters: whitespace inside a sentence, the line breaks (and page furniture) inside
   a wrapped sentence, zero-width marks, the CR of a CRLF.

`Normalized.offsets` records for each kept character its index in the original, which makes the
mapping back exact (`Normalized.span_to_original`). Everything runs in linear time and in memory
proportional to the text, not to its lines: the text is scanned by compiled regexes, lines are
judged in pieces of a few thousand with a sliding window (`line_pieces`), and the result is
assembled from kept runs, whose positions are stored as runs (`OffsetMap`) rather than one
integer object per character.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, chain
from typing import NamedTuple, overload

__all__ = ["Normalized", "OffsetMap", "normalize"]


class OffsetMap(Sequence[int]):
    """For each character of a normalized text, its index in the original; one more at the end.

    Normalization keeps long runs of consecutive characters and drops a break or a space between
    them, so the map is stored as runs: where each run starts in the text and in the original
    (two compact arrays). A tuple with one int per character costs 36 bytes a character; this
    costs 16 bytes a run. It reads like that tuple (index, slice, iterate, ``len``) and compares
    equal to it.
    """

    __slots__ = ("_end", "_length", "_original_starts", "_text_starts")

    def __init__(self, text_starts: array[int], original_starts: array[int], length: int, end: int) -> None:
        self._text_starts = text_starts
        self._original_starts = original_starts
        self._length = length  # characters in the normalized text
        self._end = end  # the final entry: the length of the original

    def __len__(self) -> int:
        return self._length + 1

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[int, ...]: ...

    def __getitem__(self, index: int | slice) -> int | tuple[int, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index < 0:
            index += self._length + 1
        if not 0 <= index <= self._length:
            raise IndexError("offset index out of range")
        if index == self._length:
            return self._end
        run = bisect_right(self._text_starts, index) - 1
        return self._original_starts[run] + index - self._text_starts[run]

    def __iter__(self) -> Iterator[int]:
        starts = self._text_starts
        for run, text_start in enumerate(starts):
            text_end = starts[run + 1] if run + 1 < len(starts) else self._length
            origin = self._original_starts[run]
            yield from range(origin, origin + text_end - text_start)
        yield self._end

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OffsetMap):
            return (self._length, self._end, self._text_starts, self._original_starts) == (
                other._length,
                other._end,
                other._text_starts,
                other._original_starts,
            )
        if isinstance(other, tuple | list):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"OffsetMap({len(self._text_starts)} runs, {self._length} characters)"


@dataclass(frozen=True, slots=True)
class Normalized:
    """Cleaned text plus, per character, its index in the original.

    `offsets` has one entry more than `text`: the last one is `len(original)`, so a span that
    ends at the end of `text` still maps to a valid end in `original`.
    """

    original: str
    text: str
    offsets: OffsetMap

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `text` to [o_start, o_end) of `original`.

        `original[o_start:o_end]` runs from the first kept character to the last one inclusive,
        so removed characters inside the span (a line break, a space) are covered but nothing
        outside it is. An empty span maps to an empty span at the position of `text[start]`.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside text of length {len(self.text)}")
        if start == end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


# --------------------------------------------------------------------------------------------
# Rule 1: one-to-one character folding
# --------------------------------------------------------------------------------------------

# No-break, ideographic and typographic spaces (U+2000..U+200A); zero-width ones are dropped.
_SPACE_CODES = (0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)
_LINE_BREAK_CHARS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"

# Only characters whose ASCII form the grammar needs. NFKC is not used on purpose: it changes
# lengths (㎡ -> m2, ½ -> three characters) and would break the offset map. CJK punctuation
# (，。、；：（）！？“”—) stays as it is: the grammar downstream is written against it.
_FOLD_TABLE: dict[int, str] = {
    **{0xFF10 + i: chr(0x30 + i) for i in range(10)},  # full-width digits
    **{0xFF21 + i: chr(0x41 + i) for i in range(26)},  # full-width capitals
    **{0xFF41 + i: chr(0x61 + i) for i in range(26)},  # full-width small letters
    ord("％"): "%",
    0xFF0B: "+",
    0xFF1C: "<",
    0xFF1E: ">",
    ord("．"): ".",
    **{code: " " for code in _SPACE_CODES},  # U+3000, NBSP and friends read as a plain space
    **{ord(c): "\n" for c in _LINE_BREAK_CHARS},  # one line-break character downstream
}

# `，` is only a thousands separator between digits with exactly three digits after it
# (1，234 and 1，234，567, but not 3.7，2.6 or 2010，2011); elsewhere it is a clause comma.
_THOUSANDS_COMMA = re.compile(r"(?<=[0-9])，(?=[0-9]{3}(?![0-9]))")
# `－` is a minus only when it signs a number; as a dash it stays full width.
_MINUS = re.compile(r"－(?=[0-9])")


_FOLDS = {chr(code): char for code, char in _FOLD_TABLE.items()}
# Scanning for the few foldable characters is several times faster than `str.translate`.
_FOLDABLE = re.compile("[" + "".join(re.escape(char) for char in _FOLDS) + "]")


def fold_char(char: str) -> str:
    """Fold one character without context (the digit-dependent `，` and `－` stay as they are)."""
    return _FOLDS.get(char, char)


def fold_text(text: str) -> str:
    """Fold every character of `text` one to one; the result has exactly the same length.

    Context-free folds run first so that the thousands-comma and minus rules see ASCII digits
    (full-width 1，234 -> `1,234`). A year written digit by digit in Chinese numerals
    (二○二四年, as Hong Kong releases and government documents date) becomes Arabic, one
    character for one, so periods read it like 2024年.
    """
    folded = _FOLDABLE.sub(lambda match: _FOLDS[match.group()], text)
    folded = _CHINESE_YEAR.sub(lambda match: match.group().translate(_CHINESE_DIGITS), folded)
    folded = _THOUSANDS_COMMA.sub(",", folded)
    return _MINUS.sub("-", folded)


_CHINESE_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
_CHINESE_YEAR = re.compile(r"(?<![〇○零一二三四五六七八九十百千万亿兩两])[〇○零一二三四五六七八九]{4}(?=年)")


# --------------------------------------------------------------------------------------------
# Rule 2: whitespace inside a sentence
# --------------------------------------------------------------------------------------------

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# CJK punctuation and kana, full-width forms, and the curly quotes, dash, ellipsis and middle
# dot that Chinese text shares with Western typography. U+3000 itself is excluded (a space).
_CJK_PUNCT = "\u3001-\u303f\u3040-\u30ff\uff01-\uff60\uffe0-\uffee\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
_CJK = f"[{_HAN}{_CJK_PUNCT}]"

# After folding, every horizontal space is " " or "\t". A run is dropped when Chinese text sits on
# one side and Chinese text, an ASCII word or number (or a percent sign) on the other: PDF
# extraction letter-spaces justified lines (`筑 牢 产 业`) and pads numbers (`增长 22.8%`,
# `2024 年`), and Chinese never needs those spaces. Between two ASCII tokens (`S&P 500`,
# `06:22`) the space separates words or numbers and is kept, except before `%` (`5.1 %`).
_INLINE_SPACE = re.compile(
    rf"(?<={_CJK})[ \t]+(?={_CJK}|[0-9A-Za-z])"
    rf"|(?<=[0-9A-Za-z%])[ \t]+(?={_CJK})"
    r"|(?<=[0-9])[ \t]+(?=%)"
)
# Invisible characters that only get in the way of matching (BOM, zero-width space, soft hyphen).
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")
_CR_BEFORE_LF = re.compile("\r(?=\n)")


def find_headline_gaps(original: str) -> list[tuple[int, int]]:
    """The spaces that separate the statements of a headline (`沪指收涨 创业板指涨3%`).

    A headline writes two statements side by side with a space where prose puts a comma; read
    as one, the second statement's figure would take the first one's words as its metric. Only
    the opening lines of a text are headlines: short, no sentence end, Chinese on both sides.

    >>> find_headline_gaps("A股收涨 沪指重回3300点\\n正文，另有 空格。")
    [(4, 5)]
    >>> find_headline_gaps("正文第一句。沪指 涨了。")
    []
    >>> find_headline_gaps("筑 牢 产 业 基 础")  # letter-spaced type, no statements
    []
    >>> find_headline_gaps("正文。\\nNO.2 外储3万亿美元 环比减少37亿美元\\n正文。")
    [(16, 17)]
    """
    gaps: list[tuple[int, int]] = []
    pos = 0
    for _ in range(_HEADLINE_LINES):
        end = original.find("\n", pos)
        end = len(original) if end < 0 else end
        line = original[pos:end]
        if line.strip() and (len(line.strip()) > _HEADLINE_CHARS or _SENTENCE_END.search(line)):
            break  # the body has begun
        found = [] if is_table_row(line) else [(pos + m.start(), pos + m.end()) for m in _HEADLINE_GAP.finditer(line)]
        if len(found) <= _HEADLINE_STATEMENTS - 1:  # more gaps than that: letter-spaced type (筑 牢 产 业)
            gaps.extend(found)
        if end >= len(original):
            break
        pos = end + 1
    for m in _ITEM_HEADLINE.finditer(original):  # NO.2 我国8月外储32321亿美元 环比减少37.7亿美元: a digest's item
        line = m.group()
        if len(line.strip()) <= _HEADLINE_CHARS + 8 and not _SENTENCE_END.search(line):
            found = [(m.start() + g.start(), m.start() + g.end()) for g in _HEADLINE_GAP.finditer(line)]
            gaps.extend(found if len(found) <= _HEADLINE_STATEMENTS - 1 else [])
    return sorted(set(gaps))


def find_run_in_headings(original: str) -> list[tuple[int, int]]:
    """The indent that ends a numbered heading run into its paragraph (`2.车险增长迅速　　前三季度…`).

    A PDF's text layer may set a section heading and its paragraph on one line, the paragraph's
    indent (two or more full-width spaces) all that parts them; read as one sentence, the heading's
    words become the first figure's metric. The heading opens a line or follows a sentence's end,
    starts with an item number and holds no sentence end of its own.

    >>> find_run_in_headings("正文。 1.渠道发力，业务增长\u3000\u3000前三季度保费100亿元。")
    [(15, 17)]
    >>> find_run_in_headings("二、工業生產穩定\u3000\u3000全年增加值增長5%。")
    [(8, 10)]
    >>> find_run_in_headings("1.全年增长5%。\u3000\u3000下一段。")  # a sentence, then an indent: no heading
    []
    """
    return [m.span("gap") for m in _RUN_IN_HEADING.finditer(original)]


_RUN_IN_HEADING = re.compile(
    r"(?m)(?:^|(?<=[。！？!?；;]))[ \t\u3000]*"
    r"(?:\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）])"
    r"[^\n。！？；!?;]{2,40}?(?P<gap>\u3000{2,}| {2,})(?=\S)"
)


def _with_clause_marks(folded: str, gaps: list[tuple[int, int]], mark: str = "：") -> str:
    """``folded`` with a clause mark (``：``, or ``。`` after a heading) at the start of each gap (same length)."""
    chars = list(folded)
    for start, _end in gaps:
        chars[start] = mark
    return "".join(chars)


_HEADLINE_LINES = 3
# a numbered item's headline in a digest (NO.2 …), wherever it stands
_ITEM_HEADLINE = re.compile(r"(?m)^[ \t\u3000]*(?:NO|No)\.?[ \t]*\d{1,2}[^\n]*$")
_HEADLINE_STATEMENTS = 3  # a headline sets at most this many statements side by side
_HEADLINE_CHARS = 48
_SENTENCE_END = re.compile("[。！？!?；;，,]")
# a run of spaces between two statements: Chinese (or a figure's unit) before, Chinese after
_HEADLINE_GAP = re.compile(
    # a figure after a space is the phrase's own; a date's parts (2013年 2月 27日) are no statements
    rf"(?<=[{_HAN}0-9A-Za-z][{_HAN}%])(?<![年月日])(?: {{1,2}}|\u3000{{1,2}})"
    rf"(?=[{_HAN}A-Za-z][{_HAN}A-Za-z0-9]|[0-9]{{1,4}}[月年日季])"
)


def find_inline_spaces(original: str, folded: str) -> Iterator[tuple[int, int]]:
    """Yield [start, end) runs of whitespace inside a line that carry no meaning.

    A run that contains an ideographic space (U+3000) is kept: inside a line it is deliberate
    typography, the clause separator of headlines (`恒指低收307點　3月升近1%`), not an
    extraction artefact, and dropping it would glue two statements into one.
    """
    line_end, row = -1, False  # the line of the last cell gap seen, and whether it is a table row
    for match in _INLINE_SPACE.finditer(folded):
        start, end = match.span()
        run = original[start:end]
        if "\u3000" in run:
            continue
        if _CELL_GAP.fullmatch(run):
            if start > line_end:  # runs come in order: each line is judged once
                line_start = original.rfind("\n", 0, start) + 1
                line_end = original.find("\n", start)
                line_end = len(original) if line_end < 0 else line_end
                row = is_table_row(original[line_start:line_end])
            if row:
                continue
        yield start, end


# A tab, or a wide run of spaces, between cells of a table row copied as text (`地区生产总值\t亿元\t9256.3`):
# kept, so the row stays a row.
_CELL_GAP = re.compile(r"[ \t]*\t[ \t]*| {3,}")
_CELL_SPLIT = re.compile(r"[ \t]*\t[ \t]*| {3,}|\u3000{2,}")
_NUMERIC_CELL = re.compile(r"[-+−]?[0-9][0-9,]*(?:\.[0-9]+)?%?")


_HAN_CHAR = re.compile(f"[{_HAN}]")
_NUMBER_LINE = re.compile(r"[-+−]?[0-9][0-9,]*(?:\.[0-9]+)?%?")


def splits_number(line: str, following: str) -> bool:
    """投资12⏎34.5亿元: a break between the digits of one number, inside a sentence.

    Lines that are numbers alone are cells of a flattened table (27.6⏎9.7), never halves.
    """
    return (
        line[-1].isdigit()
        and (following[0].isdigit() or following[0] == ".")
        and _HAN_CHAR.search(line) is not None
        and not _NUMBER_LINE.fullmatch(line)
        and not _NUMBER_LINE.fullmatch(following)
    )


def is_table_row(line: str) -> bool:
    """A line of three or more cells split by tabs (a header row too), or by wide gaps with a number."""
    cells = [c for c in _CELL_SPLIT.split(line) if c]
    if len(cells) < 3:
        return False
    return "\t" in line or any(_NUMERIC_CELL.fullmatch(c) for c in cells) or all(len(c) <= 12 for c in cells)


# --------------------------------------------------------------------------------------------
# Rules 3-5: lines, wrapped sentences, headings and page furniture
# --------------------------------------------------------------------------------------------

_LINE_BREAK = re.compile("\r\n|[" + _LINE_BREAK_CHARS + "]")
_STRIP = " \t\u200b\u2060\ufeff\u00ad"

# A sentence ends with one of these; `：` ends a lead-in line (`主要指标如下：`) the same way.
_TERMINATORS = frozenset("。！？；：…!?;:")
# Characters that may close a sentence after its terminator (`。”`, `。）`, `。**`).
_CLOSERS = "”’」』）)】》〉\"'*_"
_OPENER_OF = dict(zip("”’」』）)】》〉", "“‘「『（(【《〈", strict=True))
# A line ending with one of these cannot be the end of a sentence, however short it is.
_OPEN_ENDINGS = frozenset("，、,（(“‘「『《〈【[")
# Chinese typesetting never starts a line with these, so such a line continues the one before.
_CLOSED_STARTS = frozenset("，。、；：！？）」』】》〉”’%,;:!?)")
# Strong terminators: a block of lines containing none of them is a title, a heading or a table.
_STRONG_TERMINATORS = re.compile("[。！？；!?;]")

_HEADING = re.compile(
    r"""
    \#{1,6}(?:\s|$)              # markdown heading: ### 宏观
    | [-*_=]{3,}$                # markdown rule or setext underline: ---
    | 【[^】]*】$                 # bracketed label on its own: 【新闻背景】
    | 第[0-9一二三四五六七八九十百零\u3007]+[章节篇部分]   # chapter heading: 第二章
    | (?:——                      # a dash-led subtitle: ——工业生产总体平稳
      | [一二三四五六七八九十]+、  # a numbered heading: 一、固定资产投资
      | [（(][一二三四五六七八九十]+[）)]
      | [0-9]{1,2}(?:、|\.(?![0-9]))
      ) [^，。；！？,;!?]*$        # ... that is a title, not a sentence
    """,
    re.VERBOSE,
)
_PAGE_NUMBER = re.compile(
    r"""
    [-—\u2013~·•\s]*
    (?:第\s*)? [0-9]{1,4} \s* 页?            # 12, 第12页
    (?:\s*[/\uff0f]\s*[0-9]{1,4} | \s*共\s*[0-9]{1,4}\s*页)?   # 3/10, 第3页 共10页
    [-—\u2013~·•\s]*
    | (?i:page) \s* [0-9]{1,4} (?:\s*(?:/|of)\s*[0-9]{1,4})?
    """,
    re.VERBOSE,
)
# A page label such as `特4`, `A12`, `第4版` opening or closing a short running-header line.
_PAGE_LABEL = re.compile(rf"(?:[A-Z]|[{_HAN}]{{1,2}})?[0-9]{{1,3}}版?|第[0-9]{{1,3}}版")

# A running header is a name, not a sentence: a line with sentence punctuation is never one.
_SENTENCE_PUNCT = re.compile("[，。、；：！？“”,;:!?]")

MAX_FURNITURE_WIDTH = 30  # page labels and running headers are short lines
MIN_REPEATS = 3  # an unterminated short line seen this often is a running header or footer
WINDOW = 10  # lines on each side that define the local line width
WIDTH_TOLERANCE = 0.15  # a line within this share of the local width counts as full
MIN_AGREEMENT = 0.3  # share of nearby lines as wide as a line for it to count as wrapped
MIN_AGREEING_LINES = 3  # ... and their number: two lines of similar width prove no column
LINE_RATIO = 0.8  # a line at least this share of the local width was wrapped by the layout
BLANK_RATIO = 0.85  # stricter when a blank line, usually a paragraph break, follows
INDENT = 2.0  # first lines of paragraphs lose their two-character indent in extraction
MIN_WRAP_WIDTH = 8.0  # below this the "lines" are table cells or list items, never wrapped prose
MAX_WRAP_WIDTH = 80.0  # above this a line is a web paragraph, not a line wrapped by a layout
BLANK_SHARE = 0.5  # when most gaps nearby are blank, blank lines tell nothing about paragraphs
MAX_OVERRUN = 1.5  # a line followed by one this much wider was not cut at a column width


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank line: its content span (leading and trailing spaces excluded) and text.

    `blank_before` says whether a blank line separates it from the previous non-blank line.
    """

    start: int
    end: int
    text: str
    blank_before: bool


def split_lines(original: str, folded: str) -> list[Line]:
    """Split into non-blank lines; `\\r\\n`, `\\r`, `\\n` and the Unicode separators all break lines.

    Breaks are found in `original` (where `\\r\\n` is still one break); content comes from `folded`.
    """
    return list(iter_lines(original, folded))


def iter_lines(original: str, folded: str) -> Iterator[Line]:
    """The lines of `split_lines`, one at a time (a 50 MB text has a million of them)."""
    seen_content = False
    blank_before = False
    line_start = 0
    for end in chain((m.start() for m in _LINE_BREAK.finditer(original)), (len(original),)):
        raw = folded[line_start:end]
        content = raw.strip(_STRIP)
        if content:
            start = line_start + len(raw) - len(raw.lstrip(_STRIP))
            yield Line(start, start + len(content), content, blank_before)
            blank_before = False
            seen_content = True
        elif seen_content:
            blank_before = True
        line_start = end + (2 if original.startswith("\r\n", end) else 1)


def ends_with_terminator(line: str) -> bool:
    """Whether a line ends with a terminator, maybe followed by closers (`。”`, `。）`, `。**`).

    An ASCII full stop counts unless it follows a digit (`增长15.` wrapped before `7%`).
    """
    body = line.rstrip(_CLOSERS)
    if not body:
        return True
    last = body[-1]
    return last in _TERMINATORS or (last == "." and not (len(body) > 1 and body[-2].isdigit()))


def is_self_contained(line: str) -> bool:
    """Whether a line is one bracketed or quoted unit (`（注：…数据）`, `“企业出题、政府立题”`)."""
    closer = line[-1]
    return closer in _OPENER_OF and line[0] == _OPENER_OF[closer]


def is_terminated(line: str) -> bool:
    """Whether a line ends a sentence, or stands alone as a note or slogan in brackets or quotes."""
    return ends_with_terminator(line) or is_self_contained(line)


def starts_closed(line: str) -> bool:
    """Whether a line starts with punctuation that only ever follows text (`，`, `。`, `”`, `%`)."""
    return line[0] in _CLOSED_STARTS


def ends_open(line: str) -> bool:
    """Whether a line stops where no sentence can stop (`，`, `、`, an opening bracket or quote)."""
    return line[-1] in _OPEN_ENDINGS


def is_heading(line: str) -> bool:
    """Whether a line is marked up as a heading or rule, which never joins a neighbour."""
    return _HEADING.match(line) is not None


def is_page_furniture(line: str) -> bool:
    """Whether a line is a page number (`- 12 -`, `第3页`) or a labelled running header.

    A running header like ` 特4 奋勇争先 当好龙头` is a few space-separated chunks, the first or
    last of which is a page label.
    """
    if _PAGE_NUMBER.fullmatch(line):
        return True
    chunks = line.split()
    return (
        2 <= len(chunks) <= 5
        and _SENTENCE_PUNCT.search(line) is None
        and display_width(line) <= MAX_FURNITURE_WIDTH
        and any(_PAGE_LABEL.fullmatch(chunk) for chunk in (chunks[0], chunks[-1]))
    )


def find_repeated_lines(lines: Iterable[Line]) -> frozenset[str]:
    """Short unterminated lines seen at least `MIN_REPEATS` times: running headers and footers.

    Terminated lines are never counted, so a repeated short sentence (`同比增长。`) is kept as text.
    """
    counts = Counter(
        line.text for line in lines if display_width(line.text) <= MAX_FURNITURE_WIDTH and not is_terminated(line.text)
    )
    return frozenset(text for text, count in counts.items() if count >= MIN_REPEATS)


def display_width(line: str) -> float:
    """Width of a line in full-width character cells, ignoring spaces.

    ASCII letters and digits are half width in print, so a wrapped line full of numbers is not
    mistaken for an overlong one; spaces are ignored because letter-spaced lines (`筑 牢 产 业`)
    occupy the same width as solid ones.
    """
    spaces = line.count(" ") + line.count("\t")
    ascii_visible = len(line.encode("ascii", "ignore")) - spaces
    return len(line) - spaces - ascii_visible / 2


class LocalWidth(NamedTuple):
    """The line width around one line, and how well that line's own width is attested nearby."""

    typical: float  # median width of the neighbourhood
    agreeing: int  # lines of the neighbourhood as wide as this one (within WIDTH_TOLERANCE)
    indented_agreeing: int  # the same for this line widened by its lost indent
    size: int  # lines in the neighbourhood, this one included


def _count_near(window: Sequence[float], width: float) -> int:
    low = bisect_left(window, width * (1 - WIDTH_TOLERANCE))
    high = bisect_right(window, width * (1 + WIDTH_TOLERANCE))
    return high - low


def rolling_line_width(widths: Sequence[float], radius: int) -> list[LocalWidth]:
    """Measure each line against its neighbourhood (itself and `radius` lines on each side).

    Inside wrapped prose most lines are full, so the median is the column width and it follows
    a change of column within a few lines. A wrapped line's width must also be shared by other
    lines nearby: that is what a fixed wrap width looks like, while the short lines of web text
    (menus, dates, table cells) only happen to have a median. A sorted sliding window keeps
    this linear.
    """
    window: list[float] = []
    result: list[LocalWidth] = []
    size = len(widths)
    for i in range(size + radius):
        if i < size:
            insort(window, widths[i])
        if i > 2 * radius:
            del window[bisect_left(window, widths[i - 2 * radius - 1])]
        if i >= radius:
            width = widths[i - radius]
            result.append(
                LocalWidth(
                    typical=window[(len(window) - 1) // 2],
                    agreeing=_count_near(window, width),
                    indented_agreeing=_count_near(window, width + INDENT),
                    size=len(window),
                )
            )
    return result


def rolling_share(flags: Sequence[bool], radius: int) -> list[float]:
    """Share of true flags in each flag's neighbourhood (itself and `radius` on each side)."""
    sums = [0, *accumulate(int(flag) for flag in flags)]
    size = len(flags)
    shares: list[float] = []
    for i in range(size):
        low, high = max(0, i - radius), min(size, i + radius + 1)
        shares.append((sums[high] - sums[low]) / (high - low))
    return shares


def is_wrapped(width: float, local: LocalWidth, *, paragraph_start: bool, blank_gap: bool) -> bool:
    """Whether a line is as wide as the local column, i.e. the layout broke it, not the author.

    The width must be attested by enough nearby lines (see `rolling_line_width`), so a text of
    two lines is never unwrapped on width alone. The first line of a paragraph lost its
    indent, so it counts `INDENT` cells wider. A blank line after it usually means a paragraph
    break, so the width must then be closer to full.
    """
    if paragraph_start:
        # The indent may or may not have been lost; either reading that fits the column will do.
        width, agreeing = width + INDENT, max(local.agreeing, local.indented_agreeing)
    else:
        agreeing = local.agreeing
    attested = agreeing >= MIN_AGREEING_LINES and agreeing >= MIN_AGREEMENT * local.size
    if not attested or local.typical < MIN_WRAP_WIDTH or width > MAX_WRAP_WIDTH:
        return False
    return width >= (BLANK_RATIO if blank_gap else LINE_RATIO) * local.typical


def find_heading_blocks(lines: Sequence[Line], widths: Sequence[float], typical: Sequence[float]) -> list[bool]:
    """Mark lines of blocks that are titles, heading pairs or table cells rather than prose.

    A block is a run of lines with no blank line between them. A block of two or more lines with
    no sentence terminator at all, whose last line is clearly short, cannot be wrapped prose:
    prose either ends with a terminator or, when it runs on past a blank line, ends at full width
    (`多个新兴产业、未来产业保持两位数增长` / `新领域千帆竞发，新动能破浪前行`).
    """
    marks = [False] * len(lines)
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and not lines[end].blank_before:
            continue
        last = end - 1
        if (
            end - start >= 2
            and not any(_STRONG_TERMINATORS.search(line.text) for line in lines[start:end])
            and not any(ends_with_terminator(line.text) for line in lines[start:end])
            and not ends_open(lines[last].text)
            and widths[last] < BLANK_RATIO * typical[last]
        ):
            marks[start:end] = [True] * (end - start)
        start = end
    return marks


def should_join(
    line: str,
    following: str,
    *,
    wrapped: bool,
    in_heading_block: bool,
) -> bool:
    """Whether the break between `line` and `following` sits inside a sentence.

    Headings never join. A line that starts with closing punctuation always continues the one
    before (even `。` + `”`). Otherwise terminated lines and heading blocks keep their break, a
    line that stops where no sentence can stop joins, and so does a line the layout wrapped.
    """
    if is_heading(line) or is_heading(following) or is_table_row(line) or is_table_row(following):
        return False  # a table row is a line of its own, and so is a heading
    if splits_number(line, following):
        return True
    if starts_closed(following):
        return True
    if in_heading_block or is_terminated(line):
        return False
    return ends_open(line) or wrapped


def decide_joins(lines: Sequence[Line]) -> list[bool]:
    """For each pair of consecutive lines, whether the break between them is to be removed."""
    if len(lines) < 2:
        return []
    widths = [display_width(line.text) for line in lines]
    local = rolling_line_width(widths, WINDOW)
    blank_flags = [line.blank_before for line in lines[1:]]
    blank_share = rolling_share(blank_flags, WINDOW)
    heading_block = find_heading_blocks(lines, widths, [width.typical for width in local])
    joins: list[bool] = []
    paragraph_start = True
    for i in range(len(lines) - 1):
        blank_gap = blank_flags[i] and blank_share[i] <= BLANK_SHARE
        wrapped = is_wrapped(widths[i], local[i], paragraph_start=paragraph_start, blank_gap=blank_gap)
        # 一、广义货币增长6.3%，… over a web paragraph: short headings of one width agree on a
        # "column" that the much wider line after them shows is none
        wrapped = wrapped and widths[i + 1] <= MAX_OVERRUN * widths[i]
        join = should_join(
            lines[i].text,
            lines[i + 1].text,
            wrapped=wrapped,
            in_heading_block=heading_block[i],
        )
        joins.append(join)
        paragraph_start = not join
    return joins


def _is_ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def find_separator(folded: str, start: int, end: int) -> int | None:
    """Position of the one gap character to keep when joining two Latin words across a break.

    `Wind\\nAI` must not become `WindAI`; digits on both sides are one wrapped number and need
    no separator. A space is preferred; otherwise the line break itself is kept.
    """
    before, after = folded[start - 1], folded[end]
    if not (_is_ascii_alnum(before) and _is_ascii_alnum(after)) or (before.isdigit() and after.isdigit()):
        return None
    gap = folded[start:end]
    space = gap.find(" ")
    # The last break, because the first may be the CR of a CRLF, which is dropped anyway.
    return start + (space if space >= 0 else gap.rfind("\n"))


def find_furniture(lines: Sequence[Line], repeated: frozenset[str] | None = None) -> list[bool]:
    """Mark page furniture: page numbers, labelled running headers and repeated short lines.

    ``repeated`` is the document's set of repeated lines when ``lines`` is only part of it.
    """
    if repeated is None:
        repeated = find_repeated_lines(lines)
    return [line.text in repeated or is_page_furniture(line.text) for line in lines]


def drop_furniture(lines: Sequence[Line], furniture: Sequence[bool]) -> list[Line]:
    """The lines that carry text; a blank line next to dropped furniture still counts as one."""
    content: list[Line] = []
    blank = False
    for line, is_furniture in zip(lines, furniture, strict=True):
        blank = blank or line.blank_before
        if not is_furniture:
            content.append(replace(line, blank_before=blank) if blank != line.blank_before else line)
            blank = False
    return content


def find_line_joins(lines: Sequence[Line], furniture: Sequence[bool], folded: str) -> Iterator[tuple[int, int]]:
    """Yield [start, end) ranges that join wrapped lines: the break, blank lines, indentation and
    any page furniture between the two halves of a sentence.

    Furniture takes no part in the decision; it disappears only together with a break that is
    removed, otherwise it stays as its own line.
    """
    content = drop_furniture(lines, furniture)
    for line, following, join in zip(content, content[1:], decide_joins(content), strict=False):
        if not join:
            continue
        separator = find_separator(folded, line.end, following.start)
        if separator is None:
            yield line.end, following.start
        else:
            yield line.end, separator
            yield separator + 1, following.start


# --------------------------------------------------------------------------------------------
# Pieces: a long document is judged a few thousand lines at a time
# --------------------------------------------------------------------------------------------

PIECE_LINES = 2000  # content lines judged together, so a 50 MB text is never held as Line objects
CONTEXT_LINES = WINDOW + 6  # content lines of context on each side of a piece: more than any window


def is_piece_break(line: str, following: str) -> bool:
    """Whether nothing that judges lines reads across the break between two content lines.

    `line` ends with a sentence terminator and the break is not joined whatever the layout says
    (`should_join` is false even for a wrapped line outside a heading block). So the chain of
    paragraph starts restarts there, and a block of lines spanning the break holds a terminated
    line on both sides of it, which no heading block does.
    """
    return ends_with_terminator(line) and not should_join(line, following, wrapped=True, in_heading_block=False)


def line_pieces(
    lines: Iterable[Line], repeated: frozenset[str], size: int = PIECE_LINES
) -> Iterator[tuple[list[Line], int, int]]:
    """Pieces ``(lines, first, end)`` of a document's lines, judged one at a time; ``lines[first:end]`` is the core.

    Cores are consecutive and hold every line once; a new core starts at a piece break
    (`is_piece_break`) once the current one has ``size`` content lines. Around its core a piece
    holds `CONTEXT_LINES` content lines on each side (fewer at the ends of the document). Judged
    with that context, a core's lines get exactly the decisions the whole document gives them:
    the sliding windows reach `WINDOW` content lines, furniture depends only on the line and on
    ``repeated`` (the whole document's repeated lines), and the join chain and heading blocks
    restart at the break. A document without breaks is one piece.
    """
    buf: list[Line] = []
    content: list[bool] = []  # parallel to buf: the line is not furniture
    first, cut, core_lines, after = 0, -1, 0, 0
    previous: Line | None = None
    for line in lines:
        is_content = not (line.text in repeated or is_page_furniture(line.text))
        buf.append(line)
        content.append(is_content)
        if not is_content:
            continue
        if cut >= 0:
            after += 1
        elif core_lines >= size and previous is not None and is_piece_break(previous.text, line.text):
            cut, after = len(buf) - 1, 1
        else:
            core_lines += 1
        previous = line
        if cut >= 0 and after > CONTEXT_LINES:
            yield buf, first, cut
            start, seen = cut, 0
            while start > 0 and seen < CONTEXT_LINES:
                start -= 1
                seen += content[start]
            buf, content = buf[start:], content[start:]
            first, cut, core_lines, after = cut - start, -1, after, 0
    yield buf, first, len(buf)


def find_piece_drops(
    lines: Sequence[Line], first: int, end: int, repeated: frozenset[str], folded: str
) -> tuple[list[Line], list[tuple[int, int]]]:
    """(furniture lines, ranges to drop) of a piece's core, judged with the piece's context."""
    furniture = find_furniture(lines, repeated)
    low = lines[first].start
    high = lines[end].start if end < len(lines) else len(folded)
    kept = [line for line, is_furniture in zip(lines[first:end], furniture[first:end], strict=True) if is_furniture]
    joins = [(start, stop) for start, stop in find_line_joins(lines, furniture, folded) if low <= start < high]
    return kept, joins


# --------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------

_KEPT_RUN = re.compile(b"\x01+")
_JOIN_BATCH = 4096  # kept runs joined at a time, so no list of a million slices is built


def normalize(original: str) -> Normalized:
    """Fold, unwrap and despace `original`, keeping an exact map back to it.

    Drops are collected as ranges into a keep-mask; the kept runs are then copied and their
    positions recorded as runs of the offset map, so time and memory are linear in the input.
    Lines are judged piece by piece (`line_pieces`) with the document's repeated lines found first.
    """
    folded = fold_text(original)
    keep = bytearray(b"\x01") * len(original)
    gaps = find_headline_gaps(original)
    if gaps:
        folded = _with_clause_marks(folded, gaps)
    headings = find_run_in_headings(original)
    if headings:
        folded = _with_clause_marks(folded, headings, "。")
        gaps = sorted(gaps + headings)
    for start, end in find_inline_spaces(original, folded):
        keep[start:end] = bytes(end - start)
    for start, end in gaps:
        keep[start + 1 : end] = bytes(end - start - 1)  # one mark stands for the gap
    repeated = find_repeated_lines(iter_lines(original, folded))
    for lines, first, end in line_pieces(iter_lines(original, folded), repeated, PIECE_LINES):
        if first >= end:
            continue
        furniture, joins = find_piece_drops(lines, first, end, repeated, folded)
        # Furniture that stays keeps its spaces: `特4 奋勇争先` reads as a label, not as a number 4.
        for line in furniture:
            keep[line.start : line.end] = b"\x01" * (line.end - line.start)
        # A core's joins lie between its own lines, so no later piece's furniture can overlap them.
        for start, stop in joins:
            keep[start:stop] = bytes(stop - start)
    for match in chain(_INVISIBLE.finditer(original), _CR_BEFORE_LF.finditer(original)):
        keep[match.start() : match.end()] = bytes(match.end() - match.start())
    return _assemble(original, folded, keep)


def _assemble(original: str, folded: str, keep: bytearray) -> Normalized:
    """The kept characters of `folded` and the offset map of their runs."""
    code = "i" if len(original) < 2**31 else "q"
    text_starts, original_starts = array(code), array(code)
    batches: list[str] = []
    parts: list[str] = []
    length = 0
    for match in _KEPT_RUN.finditer(keep):
        start, end = match.span()
        text_starts.append(length)
        original_starts.append(start)
        length += end - start
        parts.append(folded[start:end])
        if len(parts) >= _JOIN_BATCH:
            batches.append("".join(parts))
            parts.clear()
    batches.append("".join(parts))
    offsets = OffsetMap(text_starts, original_starts, length, len(original))
    return Normalized(original=original, text="".join(batches), offsets=offsets)
