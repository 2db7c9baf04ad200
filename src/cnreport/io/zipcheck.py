"""Zip bombs told by a zip's central directory alone: overlapping entries, declared sizes and ratios.

Used for a DOCX before python-docx inflates it and, entry by entry, by ``batch.sources`` for zip
archives. Python 3.11.7 lacks the overlap check of CVE-2024-0450 (cpython#109858), hence ours.
"""

from __future__ import annotations

import zipfile

from ..errors import InputError
from .limits import Limits, MiB, mib

__all__ = ["check_zip_bomb", "zip_overlaps"]


def zip_overlaps(infos: list[zipfile.ZipInfo]) -> set[int]:
    """Indexes of entries whose data starts inside an earlier entry (the overlap bomb of CVE-2024-0450).

    The end of an entry is under-estimated (local extra fields are not counted), so only real overlaps
    are reported.
    """
    bad: set[int] = set()
    end = -1
    for index in sorted(range(len(infos)), key=lambda i: infos[i].header_offset):
        info = infos[index]
        if info.header_offset < end:
            bad.add(index)
            continue
        try:
            name_len = len(info.filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437"))
        except UnicodeEncodeError:
            name_len = 0
        end = info.header_offset + 30 + name_len + info.compress_size
    return bad


def check_zip_bomb(zf: zipfile.ZipFile, limits: Limits) -> None:
    """Reject a whole zip (e.g. a DOCX) that is a bomb by its directory: overlaps, too large, too dense."""
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise InputError(f"zip has {len(infos)} entries, over the {limits.max_members} limit")
    if zip_overlaps(infos):
        raise InputError("zip entries overlap (zip bomb?)")
    total = sum(i.file_size for i in infos)
    if total > limits.max_document_bytes:
        raise InputError(f"zip declares {total / MiB:.0f} MiB, over the {mib(limits.max_document_bytes)} limit")
    for info in infos:
        if info.file_size > max(limits.ratio_floor, limits.max_ratio * info.compress_size):
            raise InputError(f"{info.filename}: compression ratio too high (zip bomb?)")
