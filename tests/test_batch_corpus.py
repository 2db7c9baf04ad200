"""Builders of real inputs for the batch tests (archives made on the fly), and checks that they are what they claim.

A GBK-named zip must really lack the UTF-8 flag, a bomb must really be one: otherwise the tests that
use them prove nothing. Other batch test modules import the builders from here.
"""

from __future__ import annotations

import io
import os
import sqlite3
import struct
import tarfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

MiB = 1 << 20

# Fact-bearing sentences; every document gets its own numbers so no two documents are equal.
_SIMPLIFIED = (
    "{y}年上半年，全市规模以上工业增加值同比增长{a}%，高于全国{b}个百分点。",
    "全年完成固定资产投资额{c}亿元，同比增长{a}%。其中，工业投资{d}亿元，同比下降{b}%。",
    "社会消费品零售总额{c}亿元，同比增长{b}%。",
    "城镇居民人均可支配收入{e}元，同比增长{a}%。",
)
_TRADITIONAL = (
    "{y}年上半年，全市規模以上工業增加值同比增長{a}%，高於全國{b}個百分點。",
    "社會消費品零售總額{c}億元，同比增長{b}%。",
)


def report(i: int, *, traditional: bool = False, paragraphs: int = 4) -> str:
    """A small report whose figures depend on ``i`` (distinct documents, distinct hashes)."""
    templates = _TRADITIONAL if traditional else _SIMPLIFIED
    values = {
        "y": 2010 + i % 15,
        "a": f"{1 + i % 9}.{i % 10}",
        "b": f"{i % 5}.{(i * 7) % 10}",
        "c": f"{100 + i}.{i % 10}",
        "d": f"{50 + i % 40}.{(i * 3) % 10}",
        "e": 30000 + 17 * i,
    }
    lines = [templates[(i + k) % len(templates)].format(**values) for k in range(paragraphs)]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------------
# Archives
# ------------------------------------------------------------------------------------------------


def legacy_zip(members: list[tuple[str, bytes]], name_encoding: str = "gbk") -> bytes:
    """A zip as Chinese Windows tools write it: names in ``name_encoding`` and the UTF-8 flag unset.

    zipfile always flags non-ASCII names as UTF-8, so ASCII placeholders of the same byte length are
    written and then patched, in the local headers and the central directory alike.
    """
    buf = io.BytesIO()
    placeholders: list[tuple[bytes, bytes]] = []
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for index, (name, data) in enumerate(members):
            raw = name.encode(name_encoding)
            stub = f"~{index:04d}~".encode().ljust(len(raw), b"~")
            assert len(stub) == len(raw), "names must be at least 6 bytes long"
            placeholders.append((stub, raw))
            zf.writestr(zipfile.ZipInfo(stub.decode(), date_time=(2024, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    blob = buf.getvalue()
    for stub, raw in placeholders:
        assert blob.count(stub) == 2
        blob = blob.replace(stub, raw)
    return blob


def zip_of(members: list[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members:
            zf.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data, compression)
    return buf.getvalue()


def corrupt_member_zip(good: list[tuple[str, bytes]], bad_name: str, bad_data: bytes) -> bytes:
    """A zip whose ``bad_name`` member has damaged compressed data (CRC or inflate error on read)."""
    blob = bytearray(zip_of([*good, (bad_name, bad_data)]))
    info = zipfile.ZipFile(io.BytesIO(bytes(blob))).getinfo(bad_name)
    start = info.header_offset + 30 + len(bad_name.encode()) + len(info.extra)
    for k in range(start + 2, start + info.compress_size - 2, 3):
        blob[k] ^= 0x5A
    return bytes(blob)


def ratio_bomb(inflated: int = 20 * MiB) -> bytes:
    """One member of zeros: ~20 KiB on disk, 20 MiB inflated (ratio ~1000)."""
    return zip_of([("bomb.txt", b"\0" * inflated), ("fine.txt", report(900).encode())])


def lying_bomb(inflated: int = 8 * MiB) -> bytes:
    """A member whose headers declare 1 KiB while its data inflates to ``inflated`` bytes."""
    blob = bytearray(zip_of([("liar.txt", b"7" * inflated)]))
    zf = zipfile.ZipFile(io.BytesIO(bytes(blob)))
    info = zf.getinfo("liar.txt")
    struct.pack_into("<I", blob, info.header_offset + 22, 1024)  # local header: uncompressed size
    cd = blob.rfind(b"PK\x01\x02")
    struct.pack_into("<I", blob, cd + 24, 1024)  # central directory: uncompressed size
    return bytes(blob)


def overlap_bomb(copies: int = 50) -> bytes:
    """Many central-directory entries pointing at one member's data (the CVE-2024-0450 shape)."""
    payload = report(901).encode() * 200
    blob = zip_of([("a.txt", payload)])
    cd = blob.rfind(b"PK\x01\x02")
    eocd = blob.rfind(b"PK\x05\x06")
    entry = blob[cd:eocd]
    entries = [entry]
    for _ in range(copies - 1):
        entries.append(entry)  # same name, same offset: what an overlap bomb's directory holds
    directory = b"".join(entries)
    end = bytearray(blob[eocd:])
    struct.pack_into("<HHII", end, 8, len(entries), len(entries), len(directory), cd)
    return blob[:cd] + directory + bytes(end)


def tar_gz(members: list[tuple[str, bytes]], *, gbk_names: bool = False, links: bool = True) -> bytes:
    """A .tar.gz (GNU format, names in GBK when asked) plus a symlink, a hard link and a device entry."""
    buf = io.BytesIO()
    kwargs: dict[str, Any] = {"format": tarfile.GNU_FORMAT}
    if gbk_names:
        kwargs["encoding"] = "gbk"
    with tarfile.open(fileobj=buf, mode="w:gz", **kwargs) as tf:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 1_700_000_000
            tf.addfile(info, io.BytesIO(data))
        if links and members:
            target = members[0][0]
            for kind, link_name in ((tarfile.SYMTYPE, "link-to-first.txt"), (tarfile.LNKTYPE, "hard-first.txt")):
                info = tarfile.TarInfo(link_name)
                info.type = kind
                info.linkname = target
                tf.addfile(info)
            device = tarfile.TarInfo("dev-null.txt")
            device.type = tarfile.CHRTYPE
            device.devmajor, device.devminor = 1, 3
            tf.addfile(device)
            outside = tarfile.TarInfo("escape.txt")
            outside.type = tarfile.SYMTYPE
            outside.linkname = "../../etc/passwd"
            tf.addfile(outside)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------------
# Documents in other formats
# ------------------------------------------------------------------------------------------------


def make_pdf(lines: list[str]) -> bytes:
    """A real PDF (reportlab) with the non-embedded CID font STSong-Light, as government PDFs use."""
    reportlab = pytest.importorskip("reportlab", reason="building a PDF needs reportlab (pip install reportlab)")
    del reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("STSong-Light", 11)
    y = 800
    for line in lines:
        c.drawString(40, y, line)
        y -= 18
        if y < 60:
            c.showPage()
            c.setFont("STSong-Light", 11)
            y = 800
    c.save()
    return buf.getvalue()


def make_docx(paragraphs: list[str], table: list[list[str]]) -> bytes:
    """A real DOCX (python-docx): a paragraph, a table, then more paragraphs (order matters)."""
    pytest.importorskip("docx", reason="building a DOCX needs python-docx (extra 'docx')")
    import docx

    document = docx.Document()
    document.add_paragraph(paragraphs[0])
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    for r, row in enumerate(table):
        for c, cell in enumerate(row):
            grid.cell(r, c).text = cell
    for p in paragraphs[1:]:
        document.add_paragraph(p)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


GBK_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>统计公报——首页</title><style>p {{ color: red }}</style><script>var x = "增长99.9%";</script></head>
<body><div class="nav"><a href="/">首页</a><a href="/x">工业增长88.8%</a></div>
<h1>{year}年统计公报</h1>
<p>{year}年全市规模以上工业增加值同比增长<span>6.2</span>%——高于全国<b>0.6</b>个百分点。</p>
<table><tr><td>指标名称</td><td>单位</td><td>产量</td><td>比上年增长%</td></tr>
<tr><td>乳制品</td><td>万吨</td><td>27.6</td><td>-9.8</td></tr>
<tr><td>水泥</td><td>万吨</td><td>426.3</td><td>-5.3</td></tr></table>
<div id="footer">版权所有 ICP备12345678号 访问量增长77.7%</div></body></html>
"""


# ------------------------------------------------------------------------------------------------
# A mixed corpus, and what a batch run must make of it
# ------------------------------------------------------------------------------------------------


@dataclass
class Corpus:
    root: Path
    good: dict[str, str] = field(default_factory=dict)  # document name -> the text its records come from
    bad: dict[str, str] = field(default_factory=dict)  # document name -> part of the expected error
    needs: set[str] = field(default_factory=set)  # converters the good texts were computed with


def _name(path: Path, member: str = "") -> str:
    return f"{os.path.abspath(path)}::{member}" if member else os.path.abspath(path)


def build_corpus(root: Path) -> Corpus:
    """Folders, archives and formats as collected by analysts, with the text each good document must give.

    Texts of HTML/PDF/DOCX documents are computed with the converters under test; their content is
    checked separately (``test_batch_formats``), so here the point is the plumbing: every good document
    gets exactly the records ``Extractor.extract`` gives for its text.
    """
    from cnreport.io.formats import docx_to_text, html_to_text, pdf_to_text

    corpus = Corpus(root)
    texts = root / "texts" / "nested" / "deeper"
    texts.mkdir(parents=True)
    encodings = {"utf8.txt": "utf-8", "bom.txt": "utf-8-sig", "utf16.txt": "utf-16", "gbk.txt": "gbk"}
    for i, (fname, enc) in enumerate(encodings.items()):
        text = report(i)
        (texts / fname).write_bytes(text.encode(enc))
        corpus.good[_name(texts / fname)] = text
    big5 = report(10, traditional=True)
    (root / "texts" / "big5.txt").write_bytes(big5.encode("big5"))
    corpus.good[_name(root / "texts" / "big5.txt")] = big5

    if _importable("lxml"):
        web = root / "web"
        web.mkdir()
        page = GBK_HTML.format(year=2012)
        (web / "公报.html").write_bytes(page.encode("gbk"))
        corpus.good[_name(web / "公报.html")] = html_to_text(page)

    if _importable("pypdfium2") and _importable("reportlab"):
        pdf = make_pdf(
            ["2023年全市规模以上工业增加值同比增长7.1%。", "全年完成固定资产投资额1375.5亿元，同比增长31%。"]
        )
        (root / "report.pdf").write_bytes(pdf)
        corpus.good[_name(root / "report.pdf")] = pdf_to_text(pdf).text
    if _importable("docx"):
        doc = make_docx(
            ["2022年全市社会消费品零售总额803.1亿元，同比增长15.6%。", "城镇居民人均可支配收入41000元，同比增长6.1%。"],
            [["产品", "单位", "产量", "比上年增长%"], ["乳制品", "万吨", "27.6", "-9.8"]],
        )
        (root / "report.docx").write_bytes(doc)
        corpus.good[_name(root / "report.docx")] = docx_to_text(doc)

    archives = root / "archives"
    archives.mkdir()
    gbk_members = [(f"{2020 + i}年/统计公报{i}.txt", report(20 + i).encode("gbk")) for i in range(3)]
    gbk_members.append(("2023年/说明文件.md", ("---\ntitle: 说明\n---\n" + report(30)).encode("utf-8")))
    (archives / "legacy.zip").write_bytes(legacy_zip(gbk_members))
    for name, data in gbk_members[:3]:
        corpus.good[_name(archives / "legacy.zip", name)] = data.decode("gbk")
    corpus.good[_name(archives / "legacy.zip", "2023年/说明文件.md")] = "说明\n" + report(30)

    tar_members = [(f"报告/{i:02d}/季度{i}.txt", report(40 + i).encode("utf-8")) for i in range(3)]
    (archives / "2024.tar.gz").write_bytes(tar_gz(tar_members, gbk_names=True))
    for name, data in tar_members:
        corpus.good[_name(archives / "2024.tar.gz", name)] = data.decode("utf-8")

    inner = zip_of([("inner/a.txt", report(50).encode())])
    (archives / "nested.zip").write_bytes(zip_of([("sub.zip", inner), ("top.txt", report(51).encode())]))
    corpus.good[_name(archives / "nested.zip", "sub.zip::inner/a.txt")] = report(50)
    corpus.good[_name(archives / "nested.zip", "top.txt")] = report(51)

    (archives / "damaged.zip").write_bytes(
        corrupt_member_zip([("ok.txt", report(60).encode())], "broken.txt", report(61).encode() * 20)
    )
    corpus.good[_name(archives / "damaged.zip", "ok.txt")] = report(60)
    corpus.bad[_name(archives / "damaged.zip", "broken.txt")] = "corrupt archive member"

    (archives / "bomb.zip").write_bytes(ratio_bomb())
    corpus.bad[_name(archives / "bomb.zip", "bomb.txt")] = "zip bomb"
    corpus.good[_name(archives / "bomb.zip", "fine.txt")] = report(900)

    (archives / "not-a-zip.zip").write_bytes(b"this is not an archive at all " * 10)
    corpus.bad[_name(archives / "not-a-zip.zip")] = "not a readable zip archive"

    junk = root / "junk"
    junk.mkdir()
    (junk / "binary.txt").write_bytes(bytes(range(256)) * 8)
    corpus.bad[_name(junk / "binary.txt")] = "binary"
    (junk / "empty.txt").write_bytes(b"")
    corpus.bad[_name(junk / "empty.txt")] = "empty"
    (junk / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)  # not a report format: ignored
    return corpus


def _importable(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def sql(path: Path, statement: str) -> list[tuple[Any, ...]]:
    """Rows of one query on a store, the connection closed again."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(statement).fetchall()
    finally:
        conn.close()


def dump_store(path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """A store's content without ids, times and run numbers: what two equivalent runs must share."""
    conn = sqlite3.connect(path)
    try:
        docs = conn.execute(
            "SELECT d.name, d.sha256, d.size, d.format, d.encoding, d.status, d.error, d.n_records,"
            " o.name, d.options FROM documents d LEFT JOIN documents o ON o.id = d.duplicate_of ORDER BY d.name"
        ).fetchall()
        records = conn.execute(
            "SELECT d.name, r.idx, r.metric, r.value, r.value_max, r.unit, r.kind, r.modality, r.period, r.base,"
            " r.subject, r.qualifier, r.span_start, r.span_end, r.text, r.pattern"
            " FROM records r JOIN documents d ON d.id = r.document_id ORDER BY d.name, r.idx"
        ).fetchall()
    finally:
        conn.close()
    return docs, records


def store_records(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Per document, its records as ``output.record_dict`` gives them (so they compare with ``extract``)."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    out: dict[str, list[dict[str, Any]]] = {}
    try:
        rows = conn.execute(
            "SELECT d.name AS doc, r.* FROM records r JOIN documents d ON d.id = r.document_id ORDER BY d.name, r.idx"
        ).fetchall()
    finally:
        conn.close()
    for row in rows:
        rec = {
            k: row[k]
            for k in (
                "metric",
                "value",
                "value_max",
                "unit",
                "kind",
                "modality",
                "period",
                "base",
                "subject",
                "qualifier",
                "doc",
                "text",
            )
        }
        rec["span"] = [row["span_start"], row["span_end"]]
        out.setdefault(row["doc"], []).append(rec)
    return out


def expected_records(extractor: Any, text: str, name: str, **options: Any) -> list[dict[str, Any]]:
    from cnreport.output import record_dict

    rows = []
    for r in extractor.extract(text, doc=name, **options):
        d = record_dict(r)
        d["span"] = list(d["span"])
        rows.append(d)
    return rows


# ------------------------------------------------------------------------------------------------
# The builders do what they say
# ------------------------------------------------------------------------------------------------


def test_legacy_zip_has_gbk_names_without_the_utf8_flag() -> None:
    blob = legacy_zip([("2023年统计公报.txt", b"x")])
    info = zipfile.ZipFile(io.BytesIO(blob)).infolist()[0]
    assert not info.flag_bits & 0x800
    assert info.filename != "2023年统计公报.txt"  # what zipfile shows without repair (cp437 mojibake)
    assert info.filename.encode("cp437") == "2023年统计公报.txt".encode("gbk")


def test_bombs_are_bombs() -> None:
    info = zipfile.ZipFile(io.BytesIO(ratio_bomb())).getinfo("bomb.txt")
    assert info.file_size / info.compress_size > 500
    liar = zipfile.ZipFile(io.BytesIO(lying_bomb())).getinfo("liar.txt")
    assert liar.file_size == 1024 and liar.compress_size > 1024 / 200
    infos = zipfile.ZipFile(io.BytesIO(overlap_bomb(copies=5))).infolist()
    assert len(infos) == 5 and len({i.header_offset for i in infos}) == 1


def test_tar_has_gbk_names_and_links() -> None:
    blob = tar_gz([("报告/一.txt", b"x")], gbk_names=True)
    with tarfile.open(fileobj=io.BytesIO(blob), mode="r:gz") as tf:
        names = tf.getnames()
        kinds = {m.name: m.type for m in tf.getmembers()}
    assert "报告/一.txt" not in names  # read as UTF-8 the GBK name is surrogate-escaped garbage
    assert kinds["link-to-first.txt"] == tarfile.SYMTYPE and kinds["dev-null.txt"] == tarfile.CHRTYPE


def test_reports_differ() -> None:
    assert len({report(i) for i in range(200)}) == 200
