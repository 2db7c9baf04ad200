"""Bytes to text: BOM, UTF-16, strict UTF-8, then a detector limited to Chinese encodings.

"Try UTF-8, then GB18030" silently turns Big5 into garbage, so non-UTF-8 bytes go to
charset-normalizer restricted to gb18030/big5 (see DEPENDENCIES.md §1).
"""

from __future__ import annotations

import codecs
import functools

from ..errors import InputError

__all__ = ["decode_bytes", "decode_sniffed", "looks_binary", "sniff_encoding"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "cp950", "big5hkscs": "big5hkscs", "cp936": "gb18030"}


# Bytes of a document each candidate encoding is judged on: enough for a verdict, cheap on 50 MB files.
_SAMPLE = 64 * 1024
# Control bytes that never appear in text (NUL included); tab, newlines and form feed do.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v")
# Read in this order when two readings are as plausible: cp950 (Big5 with Microsoft's additions)
# before big5hkscs, which reads the same bytes for every common character and adds Hong Kong's.
_CANDIDATES = ("utf-16-le", "utf-16-be", "gb18030", "cp950", "big5hkscs")
# A reading is taken when at least this share of its characters is ordinary text (see _plausibility).
_PLAUSIBLE = 0.85


def sniff_encoding(data: bytes) -> str:
    """The encoding of ``data``; raises InputError when it is not text.

    Decided by what each candidate makes of the bytes, not by counting NULs: a UTF-8 report with one
    stray NUL is still UTF-8, and pure Chinese in UTF-16 has no NUL at all (统 is 0x7EDF). Big5 read
    as GB18030 decodes without error into rare characters, GB18030 read as Big5 likewise, so the
    legacy encodings are judged the same way; a statistical detector guessed wrong on short texts
    and on GB18030 with private-use characters, and is only the last resort.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if _plausible_utf8(data):
        return "utf-8"
    best = _best_reading(data, _CANDIDATES)
    if best is not None:
        return best
    if b"\x00" in data:
        raise InputError("binary file (NUL bytes, not UTF-16 text)")
    return _detect_legacy(data)


def _few_controls(data: bytes) -> bool:
    """No more than a stray few control bytes at the start (UTF-16 of ASCII is half NULs)."""
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls <= max(8, len(sample) // 100)


def _plausible_utf8(data: bytes) -> bool:
    """Valid UTF-8 (of any length, a strong sign by itself) without the NULs of UTF-16."""
    if not _few_controls(data):
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _best_reading(data: bytes, candidates: tuple[str, ...]) -> str | None:
    """The candidate whose reading of the sample looks most like text, if any looks like text at all.

    Ties go to the earlier candidate. The winner must decode the whole of ``data``; if it does not,
    the next best is tried.
    """
    scored = []
    for rank, name in enumerate(candidates):
        text = _sample_text(data, name)
        if text:
            scored.append((-_plausibility(text), rank, name))
    for score, _, name in sorted(scored):
        if -score < _PLAUSIBLE:
            break
        if len(data) <= _SAMPLE or _decodes(data, name):
            return name
    return None


def _sample_text(data: bytes, name: str) -> str | None:
    """The start of ``data`` read as ``name`` (a character cut by the sample's end is left out)."""
    try:
        return codecs.getincrementaldecoder(name)().decode(data[:_SAMPLE], final=len(data) <= _SAMPLE)
    except UnicodeDecodeError:
        return None


def _decodes(data: bytes, name: str) -> bool:
    try:
        data.decode(name)
    except UnicodeDecodeError:
        return False
    return True


def _plausibility(text: str) -> float:
    """The share of ``text`` that is ordinary report text: ASCII, common hanzi, CJK punctuation.

    A wrong reading of Chinese bytes lands in Hangul, Yi, private use, surrogates, control
    characters or rare hanzi; the right one is almost all common characters.
    """
    good = _common_chars()
    return sum(ch in good for ch in text) / len(text)


@functools.cache
def _common_chars() -> frozenset[str]:
    """ASCII text, the hanzi of GB2312 (both levels) and Big5's frequent set, and CJK punctuation."""
    chars = {chr(c) for c in range(32, 127)} | set("\t\n\r\f\v")
    gb = bytes(b for lead in range(0xB0, 0xF8) for trail in range(0xA1, 0xFF) for b in (lead, trail))
    chars |= set(gb.decode("gb2312", errors="ignore"))
    big5 = bytes(
        b for lead in range(0xA4, 0xC7) for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)) for b in (lead, trail)
    )
    chars |= set(big5.decode("big5", errors="ignore"))
    chars |= {chr(c) for c in range(0x3000, 0x3040)} | {chr(c) for c in range(0xFF01, 0xFF5F)}
    chars |= set(
        "\u00a0\u00b7\u00d7\u00b0\u00b1\u2014\u2015\u2018\u2019\u201c\u201d\u2026\u2030\u2103\u25cb\u25cf\u2460\u2461\u2462"
    )
    return frozenset(chars)


def _detect_legacy(data: bytes) -> str:
    """GB18030 or Big5 by charset-normalizer, limited to those (try UTF-8 then GB18030 garbles Big5)."""
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
    if not any(data.startswith(bom) for bom, _ in _BOMS) and _few_controls(data):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return decode_sniffed(data)[0]


def decode_sniffed(data: bytes) -> tuple[str, str]:
    """``decode_bytes`` that also says which encoding it used (the detector runs once)."""
    encoding = sniff_encoding(data)
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {encoding} text") from exc


def looks_binary(text: str) -> bool:
    """Control characters in bulk mean an image or an executable was given a text name."""
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > max(8, len(sample) // 50)
