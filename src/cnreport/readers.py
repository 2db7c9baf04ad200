"""Bytes to text: BOM, UTF-16, strict UTF-8, then a detector limited to Chinese encodings.

"Try UTF-8, then GB18030" silently turns Big5 into garbage, so non-UTF-8 bytes go to
charset-normalizer restricted to gb18030/big5 (see DEPENDENCIES.md §1).
"""

from __future__ import annotations

import codecs
import logging
from pathlib import Path

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_log = logging.getLogger("cnreport")
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "cp950", "big5hkscs": "big5hkscs", "cp936": "gb18030"}


def sniff_encoding(data: bytes) -> str:
    """The encoding of ``data``; raises InputError when it is not text."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if b"\x00" in data:
        even = data[0::2].count(0)
        odd = data[1::2].count(0)
        name = "utf-16-be" if even > odd else "utf-16-le"
        try:
            data.decode(name)
        except UnicodeDecodeError as exc:
            raise InputError("binary file (NUL bytes, not UTF-16 text)") from exc
        return name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "cp950", "big5hkscs"]).best()
    if best is None:
        raise InputError("not decodable as UTF-8, UTF-16, GB18030 or Big5 text")
    name = best.encoding.lower().replace("-", "").replace("_", "")
    return _SUPERSETS.get(name, best.encoding)


def decode_bytes(data: bytes) -> str:
    """Text of ``data``, decoded with the sniffed encoding.

    Plain UTF-8 (no BOM, no NUL) is decoded once rather than once to sniff and once to read:
    for a 50 MB report that is 1 s and a 100 MB string less.
    """
    if b"\x00" not in data and not any(data.startswith(bom) for bom, _ in _BOMS):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    name = sniff_encoding(data)
    try:
        return data.decode(name)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {name} text") from exc


def read_text_file(path: str | Path) -> str:
    """The text of a report file, or an InputError that names the problem.

    A page, PDF, DOCX, JSON or Markdown file is converted as ``cnreport batch`` converts it
    (``batch.formats``): its records' spans index that text, as the batch store's do. Reading
    the markup as text would put tags into the metrics.
    """
    p = Path(path)
    if not p.exists():
        raise InputError("no such file")
    if p.is_dir():
        raise InputError("is a directory, not a file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    if not data or data.isspace():  # not data.strip(): no copy of a 50 MB file
        raise InputError("empty file")
    from .batch.formats import convert, detect_format

    if detect_format(p.name, data[:4096]) != "text":
        converted = convert(data, p.name)
        for warning in converted.warnings:  # text lost or garbled: the user must hear of it
            _log.warning("%s: %s", p, warning)
        return converted.text
    text = decode_bytes(data)
    if _looks_binary(text):
        raise InputError("binary file, not text")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > max(8, len(sample) // 50)
