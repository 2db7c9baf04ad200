"""One document's bytes to the text the extractor reads: text, HTML, JSON-wrapped HTML, markdown, PDF, DOCX.

Every format ends as one ``str`` handed to ``Extractor.extract``, and every record's span indexes that
string, so each converter keeps what a reader of the page sees and nothing else: scripts, styles and
navigation go, paragraphs become lines, and a data table becomes one row per line between pipes
(``| 乳制品 | 万吨 | 27.6 | -9.8 |``) whatever format it came in (HTML ``<table>``, DOCX table, markdown), its merged
cells spread out so every row has a cell per column: the shape ``cnreport.table_grid`` reads as a grid.

Bytes are decoded by us, never by a parser: ``encodings.sniff_encoding`` tells GBK from Big5 where "try UTF-8, then
GB18030" would silently garble Big5, and lxml given bytes honours a ``gb2312`` declaration literally and
mangles characters outside it (DEPENDENCIES.md §2).

Optional libraries are imported only when a document of their format arrives, so a folder of text files
needs none of them; a missing one fails that document with the extra to install, never the run.
"""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .encodings import decode_sniffed, looks_binary
from .limits import Limits
from .zipcheck import check_zip_bomb

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = [
    "DOCUMENT_SUFFIXES",
    "Converted",
    "Converter",
    "convert",
    "detect_format",
    "docx_to_text",
    "html_to_text",
    "json_to_text",
    "markdown_to_text",
    "pdf_to_text",
]

# A plug-in converter: the document's bytes to its text (e.g. an OCR step for scanned PDFs).
# It must be a module-level function so it can be pickled to worker processes.
Converter = Callable[[bytes], str]

DOCUMENT_SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".htm": "html",
    ".html": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".json": "json",
    ".md": "markdown",
    ".markdown": "markdown",
    ".pdf": "pdf",
    ".docx": "docx",
}

# Over this share of unreadable characters the text layer is probably garbage (fonts without a
# ToUnicode map give "(cid:123)", private-use code points or U+FFFD): worth a warning, not a failure.
GARBLED_SHARE = 0.01
# Bounds the work one PDF can cause; a 2,000-page statistical yearbook still fits.
MAX_PDF_PAGES = 5000


@dataclass(frozen=True, slots=True)
class Converted:
    """The text of one document plus what a user needs to trust it (format, encoding, warnings)."""

    text: str
    format: str
    encoding: str | None = None
    warnings: tuple[str, ...] = ()


def detect_format(name: str, head: bytes) -> str:
    """The format of a document from its magic bytes first, then its file name, then its content.

    Magic wins because collected reports are often misnamed (a PDF saved as ``.txt``); a name we do not
    know falls back to a look at the content, and plain text is the last resort.
    """
    if head.startswith(b"%PDF-"):
        return "pdf"
    suffix = PurePosixPath(name.lower()).suffix
    if head.startswith(b"PK\x03\x04") and suffix in ("", ".docx"):
        return "docx"
    sample = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if DOCUMENT_SUFFIXES.get(suffix) == "text" and sample.startswith((b"<!doctype html", b"<html")):
        return "html"  # a page saved as .txt is still a page
    if suffix in DOCUMENT_SUFFIXES:
        return DOCUMENT_SUFFIXES[suffix]
    if sample.startswith((b"<!doctype html", b"<html", b"<meta", b"<head", b"<body", b"<div", b"<p>", b"<table")):
        return "html"
    if sample.startswith(b"---\n") or sample.startswith(b"---\r\n"):
        return "markdown"
    return "text"


def convert(data: bytes, name: str, converters: Mapping[str, Converter] | None = None) -> Converted:
    """The text of one document, or an InputError that says why it has none.

    ``converters`` maps a format to a replacement function (an OCR step, another PDF library).
    """
    fmt = detect_format(name, data[:4096])
    if converters and fmt in converters:
        text = converters[fmt](data)
        return _checked(Converted(text, fmt))
    if fmt == "pdf":
        return _checked(pdf_to_text(data))
    if fmt == "docx":
        return _checked(Converted(docx_to_text(data), "docx"))
    if not data or data.isspace():  # not data.strip(): no copy of a 200 MB file
        raise InputError("empty file")
    if fmt == "html":
        text, encoding = decode_html(data)
        page, warnings = html_text(text)
        return _checked(Converted(page, "html", encoding, warnings))
    text, encoding = decode_sniffed(data)
    if fmt == "json":
        return _checked(Converted(json_to_text(text), "json", encoding))
    if fmt == "markdown":
        return _checked(Converted(markdown_to_text(text), "markdown", encoding))
    if looks_binary(text):
        raise InputError("binary file, not text")
    return _checked(Converted(text, "text", encoding))


def _checked(conv: Converted) -> Converted:
    """Fail documents without text, flag documents whose text is mostly unreadable glyph codes."""
    if not conv.text or conv.text.isspace():  # no copy of the whole text
        if conv.format == "pdf":
            raise InputError("PDF has no text layer (a scanned image? OCR is not supported)")
        raise InputError(f"no text found in this {conv.format} document")
    bad = conv.text.count("(cid:") * 6 + sum(
        1 for ch in conv.text if ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff" or "\U000f0000" <= ch
    )
    if bad > GARBLED_SHARE * len(conv.text):
        share = f"{100 * bad / len(conv.text):.1f}%"
        note = f"{share} of the text is unreadable glyph codes (a font without a Unicode map?)"
        return Converted(conv.text, conv.format, conv.encoding, (*conv.warnings, note))
    return conv


# ------------------------------------------------------------------------------------------------
# HTML
# ------------------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)
_CHARSET_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "gb18030": "gb18030",
    "big5": "cp950",
    "big5-hkscs": "big5hkscs",
    "utf-8": "utf-8",
    "utf8": "utf-8",
}


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode a page ourselves: BOM/UTF-16/UTF-8 first, then the page's own charset, then the detector.

    A declared ``gb2312`` is read as gb18030 (its superset): pages declare the old name but use GBK
    characters (——, 镕), which the literal codec would turn into replacement characters.
    """
    text, encoding = decode_sniffed(data)
    if encoding in ("utf-8", "utf-8-sig") or encoding.startswith(("utf-16", "utf-32")):
        return text, encoding
    declared = _META_CHARSET.search(data[:8192])
    if declared:
        name = _CHARSET_SUPERSETS.get(declared.group(1).decode("ascii").lower())
        if name:
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                pass  # the declaration is wrong: trust the detector's reading instead
    return text, encoding


# Elements whose content is never report text.
_DROP_TAGS = frozenset(
    "script style noscript template head title meta link nav aside form select option button iframe "
    "svg canvas video audio object embed map area input textarea".split()
)
# Page furniture by class or id: site navigation, breadcrumbs, menus, page headers and footers.
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:nav|menu|breadcrumb|crumb|sidebar|side-bar|footer|foot|header|topbar|toolbar|copyright|share)",
    re.IGNORECASE,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    "address article blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure "
    "footer h1 h2 h3 h4 h5 h6 header hr html legend li main menu ol p pre section summary table tbody tfoot "
    "thead tr td th ul br".split()
)
_SERVER_TAGS = re.compile(r"<%.*?%>", re.DOTALL)  # JSP/ASP residue left in saved pages
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_WS = re.compile(r"[ \t\r\n\f\v]+")


def html_to_text(page: str) -> str:
    """The main text of a page: one block per line, one table row per line, furniture dropped.

    Word-exported HTML wraps every number in its own ``<span>`` (``增长<span>8.5%</span>``), so inline
    elements join without a break while block elements and table cells start new lines.
    """
    return html_text(page)[0]


def html_text(page: str) -> tuple[str, tuple[str, ...]]:
    """``html_to_text`` plus warnings about text the parser could not keep (see ``_parse_html``)."""
    try:
        from lxml import etree
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise InputError("reading HTML needs lxml (a cnreport dependency): pip install lxml") from exc

    page = _SERVER_TAGS.sub("", _XML_DECL.sub("", page))
    if not page.strip():
        return "", ()
    root, warnings = _parse_html(page)
    return _page_text(root, etree), warnings


def _parse_html(page: str) -> tuple[HtmlElement, tuple[str, ...]]:
    """Parse with ``huge_tree``: libxml2 otherwise stops at depth 256 and silently drops the rest.

    Broken templates that never close a ``<div>`` reach that depth in long pages. Even huge_tree stops
    at 2048 levels; the parser only logs it, so its log is read and the loss reported.
    """
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        root = lxml.html.document_fromstring(page, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"unreadable HTML: {exc}") from exc
    limits = [e for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in e.message]
    if not limits:
        return root, ()
    return root, (
        f"page nested too deeply for the HTML parser; text below that depth was dropped ({limits[0].message})",
    )


def _page_text(root: HtmlElement, etree: Any) -> str:
    """The text of a parsed page (see ``html_to_text``)."""
    body = root.find("body")
    if body is None:
        body = root
    _drop_furniture(body, etree)
    parts = _main_parts(body)
    chunks: list[str] = []
    for part in parts:
        chunks.append("\n")
        _walk(part, chunks, etree)
    return _tidy_lines("".join(chunks))


def _text_len(el: HtmlElement) -> int:
    return len(_WS.sub("", el.text_content()))


def _drop_furniture(body: HtmlElement, etree: Any) -> None:
    """Remove navigation, hidden and non-text elements, keeping their tail text (it belongs to the parent).

    Descendants of a removed element are not judged again, so nested navigation costs one pass.
    """
    total = max(_text_len(body), 1)
    doomed: list[HtmlElement] = []
    gone: set[HtmlElement] = set()
    for el in body.iter():
        parent = el.getparent()
        if parent is not None and parent in gone:
            gone.add(el)
            continue
        if _is_junk(el, total):
            doomed.append(el)
            gone.add(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _is_junk(el: HtmlElement, total: int) -> bool:
    if not isinstance(el.tag, str):  # comments, processing instructions
        return True
    tag = el.tag.lower()
    if tag in _DROP_TAGS:
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true" or _HIDDEN_STYLE.search(el.get("style", "")):
        return True
    # a wrapper holding most of the page is not furniture, whatever its class says
    return _is_furniture(el, tag) and _text_len(el) < 0.4 * total


def _is_furniture(el: HtmlElement, tag: str) -> bool:
    """Page headers/footers outside the article, or elements classed as navigation, without a title in them."""
    if tag in ("header", "footer"):
        return not any(a.tag in ("article", "main") for a in el.iterancestors())
    if not _FURNITURE.search(f"{el.get('class', '')} {el.get('id', '')}"):
        return False
    return next(el.iter("h1"), None) is None


def _main_parts(body: HtmlElement) -> list[HtmlElement]:
    """``<main>``/``<article>`` when the page marks its main text and it holds a fair share of it."""
    marked = [
        el for el in body.iter("main", "article") if not any(a.tag in ("main", "article") for a in el.iterancestors())
    ]
    marked += [el for el in body.iter() if isinstance(el.tag, str) and el.get("role") == "main"]
    if marked:
        share = sum(_text_len(el) for el in marked) / max(_text_len(body), 1)
        if share >= 0.25:
            return marked
    return [body]


def _walk(root: HtmlElement, out: list[str], etree: Any) -> None:
    """Serialise text in document order; blocks and cells open and close lines."""
    pre_depth = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                out.append("\n")
            if tag == "table" and not pre_depth:
                lines = _html_table_lines(el)
                if lines is not None:
                    out.append("\n".join(lines) + "\n")
                    walker.skip_subtree()  # its end event still comes: the table's tail is kept
                    continue
            if tag == "pre":
                pre_depth += 1
            if el.text and tag:
                out.append(el.text if pre_depth else _WS.sub(" ", el.text))
        else:
            if tag == "pre":
                pre_depth -= 1
            if tag in _BLOCK_TAGS:
                out.append("\n")
            if el.tail and el is not root:
                out.append(el.tail if pre_depth else _WS.sub(" ", el.tail))


def _tidy_lines(text: str) -> str:
    """Strip each line, drop empty ones: one paragraph or one cell per line."""
    lines = (line.strip(" \t") for line in text.split("\n"))
    return "\n".join(line for line in lines if line.strip()) + "\n"


# ------------------------------------------------------------------------------------------------
# Tables: one row per line, whatever the format
# ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Slot:
    """One grid position of a table: the text of the cell covering it and how it covers it.

    ``own`` is the cell's first position; ``right`` a column a colspan/gridSpan covers; ``down`` a row a
    rowspan/vMerge covers.
    """

    text: str
    cover: str = "own"


# Bound the grid a hostile page can ask for with colspan="100000" and rowspan="0" in every row.
_MAX_SPAN = 200
_MAX_SLOTS = 200_000
_CELL_NUMBER = re.compile(r"^[-+−]?\d[\d,]*(?:\.\d+)?\s*[%％]?$")
_CELL_PROSE = re.compile(r"[。！？；]\s*$")
_MAX_CELL = 80
_CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])")


def pipe_row(cells: list[str]) -> str:
    """A table row as one line between pipes (``| 指标 | 单位 | 产量 |``), an empty cell as ``| |``."""
    return "|" + "|".join(f" {c} " if c else " " for c in cells) + "|"


def _cell_text(text: str) -> str:
    """A cell's text on one line: whitespace collapsed, gone between Chinese characters (指  标, 比上年⏎增长),
    and a pipe inside it made full-width so it cannot split the row."""
    return _CJK_GAP.sub("", _WS.sub(" ", text)).strip().replace("|", "\uff5c")


def _spread(rows: list[list[tuple[str, int, int]]]) -> list[list[_Slot]]:
    """Rows of (text, colspan, rowspan) cells as a grid: each cell in every position it covers, as HTML
    lays a table out (a cell goes to the first position a rowspan above has not taken)."""
    grid: dict[tuple[int, int], _Slot] = {}
    for r, row in enumerate(rows):
        c = 0
        for text, colspan, rowspan in row:
            while (r, c) in grid:
                c += 1
            across = min(max(colspan, 1), _MAX_SPAN)
            down = len(rows) - r if rowspan <= 0 else min(rowspan, len(rows) - r)
            if len(grid) + across * down > _MAX_SLOTS:
                return []  # no table a report prints: read its cells as lines
            for i in range(down):
                for j in range(across):
                    cover = "own" if i == j == 0 else ("down" if i else "right")
                    grid.setdefault((r + i, c + j), _Slot(text, cover))
            c += across
    width = max((c + 1 for _, c in grid), default=0)
    return [[grid.get((r, c), _Slot("")) for c in range(width)] for r in range(len(rows))]


def _table_lines(slots: list[list[_Slot]], caption: str = "") -> list[str] | None:
    """A data table as lines: its caption and title rows, one pipe row per row, its note rows.

    Header rows (those above the first row with a number) repeat a colspan's text in every column it
    covers, so each column's header path is complete (``1-11月`` over both 营业收入 and 利润总额); a
    rowspan's text stands in its first row only, as do merged cells of the data rows (one value, one
    record; a merged row label is filled down by the grid reader). A row of one text (a title, a
    ``单位：亿元`` note, a footnote) above or below the rows is a line of its own. None for a table
    that lays out a page rather than holding figures: no number, one column, or a paragraph in a cell.
    """
    texts = [[s.text if s.cover == "own" else "" for s in row] for row in slots]
    if len(slots) < 2 or len(slots[0]) < 2:
        return None
    if any(_single(row) is None and any(len(t) > _MAX_CELL or _CELL_PROSE.search(t) for t in row) for row in texts):
        return None
    data = [k for k, row in enumerate(texts) if any(_CELL_NUMBER.match(t) for t in row)]
    if not data:
        return None
    top = 0
    while top < data[0] and _single(texts[top]) is not None:
        top += 1
    bottom = len(texts)
    while bottom > data[-1] + 1 and _single(texts[bottom - 1]) is not None:
        bottom -= 1
    lines = [caption] if caption else []
    lines += [t for row in texts[:top] if (t := _single(row))]
    for k in range(top, bottom):
        if not any(texts[k]):
            continue
        shown = ("own", "right") if k < data[0] else ("own",)
        lines.append(pipe_row([s.text if s.cover in shown else "" for s in slots[k]]))
    lines += [t for row in texts[bottom:] if (t := _single(row))]
    return lines


def _single(row: list[str]) -> str | None:
    """The one text of a row that holds no other (a title or note row), else None."""
    filled = [t for t in row if t]
    return filled[0] if len(filled) <= 1 and not (filled and _CELL_NUMBER.match(filled[0])) else None


def _html_table_lines(table: HtmlElement) -> list[str] | None:
    """An HTML ``<table>`` as lines (see ``_table_lines``); None for a layout table or one holding tables."""
    if next(table.iterdescendants("table"), None) is not None:
        return None
    rows: list[list[tuple[str, int, int]]] = []
    for tr in table.iter("tr"):
        cells = [el for el in tr if isinstance(el.tag, str) and el.tag.lower() in ("td", "th")]
        rows.append([(_cell_text(_element_text(el)), _span(el, "colspan"), _span(el, "rowspan")) for el in cells])
    caption = next(table.iter("caption"), None)
    return _table_lines(_spread(rows), _cell_text(_element_text(caption)) if caption is not None else "")


def _element_text(el: HtmlElement) -> str:
    """All text of an element, block children (a ``<p>`` or ``<br>`` inside a cell) parted by a space."""
    parts: list[str] = []
    for node in el.iter():
        if node is not el and isinstance(node.tag, str) and node.tag.lower() in _BLOCK_TAGS:
            parts.append(" ")
        if node.text and isinstance(node.tag, str):
            parts.append(node.text)
        if node is not el and node.tail:
            parts.append(node.tail)
    return "".join(parts)


def _span(el: HtmlElement, name: str) -> int:
    """colspan/rowspan as a number: 1 when absent or unreadable (``colspan="2;"`` reads 2)."""
    m = re.match(r"\s*(\d+)", el.get(name, "") or "")
    return min(int(m.group(1)), _MAX_SPAN) if m else 1


# ------------------------------------------------------------------------------------------------
# JSON (a CMS export: the article's HTML inside a JSON string)
# ------------------------------------------------------------------------------------------------

_TEXT_KEYS = ("title", "subtitle", "headline", "summary", "abstract", "content", "body", "text", "article", "html")
_HAS_TAG = re.compile(r"<[A-Za-z/!][^>]*>")
_HAN = re.compile(r"[\u3400-\u9fff]")


def json_to_text(doc: str) -> str:
    """The article text of a JSON record whose fields hold HTML (``"content": "<p>…<\\/p>"``).

    Exports are often cut out of a larger file, so the first JSON value is read and anything after it
    ignored. Known text fields (title, content, …) are used when present; otherwise every string with
    Chinese text. HTML strings go through ``html_to_text``.
    """
    start = min((i for i in (doc.find("{"), doc.find("[")) if i >= 0), default=-1)
    if start < 0:
        raise InputError("no JSON object or array found")
    try:
        value, _ = json.JSONDecoder().raw_decode(doc, start)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc}") from exc
    pairs = list(_strings(value, ""))
    chosen = [(k, s) for k, s in pairs if k.lower() in _TEXT_KEYS]
    if not chosen:
        chosen = [(k, s) for k, s in pairs if _HAN.search(s)]
    texts: list[str] = []
    for _, s in chosen:
        texts.append(html_to_text(s) if _HAS_TAG.search(s) else s.strip() + "\n")
    # A title repeated as the article's first line adds nothing.
    if len(texts) > 1 and texts[1].lstrip().startswith(texts[0].strip()):
        texts = texts[1:]
    return "\n".join(t for t in texts if t.strip())


def _strings(value: Any, key: str) -> Iterator[tuple[str, str]]:
    """(key, string) pairs in document order, depth first, without recursion limits on deep data."""
    stack: list[tuple[str, Any]] = [(key, value)]
    while stack:
        k, v = stack.pop()
        if isinstance(v, str):
            yield k, v
        elif isinstance(v, dict):
            stack.extend(reversed(list(v.items())))
        elif isinstance(v, list):
            stack.extend((k, item) for item in reversed(v))


# ------------------------------------------------------------------------------------------------
# Markdown (blog exports with YAML front matter)
# ------------------------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FM_TITLE = re.compile(r"^title\s*:\s*(.+?)\s*$", re.MULTILINE)
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LINK_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S+.*$", re.MULTILINE)
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>", re.IGNORECASE)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_PIPE_LINE = re.compile(r"^[ \t]*\|.*$", re.MULTILINE)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def markdown_to_text(doc: str) -> str:
    """Markdown as a reader sees it: front matter reduced to its title, images and markup dropped.

    Emphasis (``**``) and headings stay: they cost the extractor nothing and keep offsets readable.
    Pipe tables stay one row per line, written the way every converter writes a table (``pipe_row``).
    """
    title = ""
    fm = _FRONT_MATTER.match(doc)
    if fm:
        found = _FM_TITLE.search(fm.group(1))
        if found:
            title = found.group(1).strip().strip("\"'")
        doc = doc[fm.end() :]
    doc = _HTML_COMMENT.sub("", doc)
    doc = _MD_IMAGE.sub("", doc)
    doc = _MD_LINK.sub(r"\1", doc)
    doc = _MD_LINK_DEF.sub("", doc)
    doc = _AUTOLINK.sub("", doc)
    doc = _PIPE_LINE.sub(lambda m: _BR.sub(" ", m.group()), doc)  # a <br> inside a table cell keeps its row
    doc = _BR.sub("\n", doc)
    doc = _TAG.sub("", doc)
    doc = html.unescape(doc)
    lines: list[str] = [title] if title else []
    source = doc.splitlines()
    in_table = False
    for k, line in enumerate(source):
        stripped = line.strip()
        if _TABLE_RULE.match(stripped) and "-" in stripped:
            continue
        ruled = k + 1 < len(source) and bool(_TABLE_RULE.match(source[k + 1].strip())) and "|" in source[k + 1]
        in_table = "|" in stripped and (in_table or ruled or (stripped.startswith("|") and stripped.endswith("|")))
        if in_table and len(stripped) > 1:
            lines.append(pipe_row(_markdown_cells(stripped)))
        else:
            lines.append(line.rstrip())
    return _collapse_blank_lines("\n".join(lines))


_MD_ESCAPED_PIPE = re.compile(r"\\\|")
_MD_EMPHASIS = re.compile(r"\*\*|__|`")


def _markdown_cells(row: str) -> list[str]:
    """| **合计** | 1.2 | or 合计 | 1.2 (outer pipes are optional): the cells, emphasis and escapes gone."""
    row = _MD_ESCAPED_PIPE.sub("\uff5c", row)
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|"):
        row = row[:-1]
    return [_MD_EMPHASIS.sub("", cell).strip() for cell in row.split("|")]


def _collapse_blank_lines(text: str) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        if line.strip() or (out and out[-1].strip()):
            out.append(line if line.strip() else "")
    return "\n".join(out).strip("\n") + "\n"


# ------------------------------------------------------------------------------------------------
# PDF (text layer) and DOCX
# ------------------------------------------------------------------------------------------------


def pdf_to_text(data: bytes) -> Converted:
    """The text layer of a PDF, page after page, with pdfium's CRLF turned into LF.

    Wrapped lines are left as they are: ``normalize`` joins them and maps offsets back, so spans stay
    exact in this text. A native crash inside pdfium kills only the worker process (the runner then
    marks this document failed).
    """
    try:
        # pypdfium2 ships no type information (no py.typed marker, no stubs package)
        import pypdfium2 as pdfium  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise InputError("reading PDF needs pypdfium2: pip install 'cnreport[pdf]'") from exc
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(f"unreadable PDF: {exc}") from exc
    try:
        n_pages = len(pdf)
        if n_pages > MAX_PDF_PAGES:
            raise InputError(f"PDF has {n_pages} pages, over the {MAX_PDF_PAGES}-page limit")
        pages: list[str] = []
        for i in range(n_pages):
            page = pdf[i]
            try:
                textpage = page.get_textpage()
                try:
                    pages.append(textpage.get_text_bounded())
                finally:
                    textpage.close()
            except pdfium.PdfiumError as exc:
                raise InputError(f"unreadable PDF page {i + 1}: {exc}") from exc
            finally:
                page.close()
    finally:
        pdf.close()
    text = "\n".join(p.replace("\r\n", "\n").replace("\r", "\n").strip("\n") for p in pages)
    return Converted(text + "\n" if text else "", "pdf")


def docx_to_text(data: bytes) -> str:
    """Paragraphs and tables of a DOCX in document order (``iter_inner_content``); one table row per line.

    ``Document.paragraphs`` would silently leave out every table, which is where bulletins keep their
    product output figures. A data table is written as pipe rows like an HTML one (``_docx_table_lines``);
    a table laying out the page (tables in its cells, paragraphs of prose) gives its cells' paragraphs
    one per line, merged cells once. The zip is checked for bombs before python-docx inflates it.
    """
    try:
        import docx
        from docx.table import Table
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise InputError("reading DOCX needs python-docx: pip install 'cnreport[docx]'") from exc
    from docx.exceptions import PythonDocxError
    from docx.opc.exceptions import OpcError
    from lxml.etree import XMLSyntaxError

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            check_zip_bomb(zf, Limits())
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, OpcError, PythonDocxError, XMLSyntaxError) as exc:
        raise InputError(f"not a readable DOCX file: {exc}") from exc

    lines: list[str] = []

    def add_block(container: Any) -> None:
        for block in container.iter_inner_content():
            if isinstance(block, Table):
                rendered = _docx_table_lines(block)
                if rendered is not None:
                    lines.extend(rendered)
                    continue
                for row in block.rows:
                    seen: set[int] = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:  # a merged cell repeats across the row
                            continue
                        seen.add(id(cell._tc))
                        add_block(cell)
            else:
                lines.append(block.text)

    add_block(document)
    return _tidy_lines("\n".join(lines))


def _docx_table_lines(table: Any) -> list[str] | None:
    """A DOCX table as lines (see ``_table_lines``): gridSpan is a colspan, vMerge a rowspan, and
    gridBefore/gridAfter leave empty positions; None for a table holding tables."""
    from docx.table import _Cell

    tbl = table._tbl
    if tbl.xpath(".//w:tc//w:tbl"):
        return None
    slots: list[list[_Slot]] = []
    for tr in tbl.tr_lst:
        row = [_Slot("")] * tr.grid_before
        for tc in tr.tc_lst:
            span = min(max(tc.grid_span, 1), _MAX_SPAN)
            c = len(row)
            if tc.vMerge == "continue":
                above = slots[-1][c] if slots and c < len(slots[-1]) else _Slot("")
                row += [_Slot(above.text, "down")] * span
                continue
            text = _cell_text(" ".join(p.text for p in _Cell(tc, table).paragraphs))
            row += [_Slot(text), *[_Slot(text, "right")] * (span - 1)]
        slots.append(row + [_Slot("")] * tr.grid_after)
    width = max((len(r) for r in slots), default=0)
    return _table_lines([r + [_Slot("")] * (width - len(r)) for r in slots])
