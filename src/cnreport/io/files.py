"""Report files to text: read under a size cap, converted by format, decoded by sniffed encoding.

``cnreport extract``, ``cnreport show`` and ``extract_file`` read files here; ``cnreport batch``
converts the same way (``formats.convert``), so a document gives the same text, and its records
the same spans, whichever way it is read.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..errors import InputError
from .encodings import decode_bytes, looks_binary
from .formats import convert, detect_format

__all__ = ["MAX_FILE_BYTES", "read_text_file"]

_log = logging.getLogger("cnreport")

# The largest file read (as ``cnreport batch --max-size``): /dev/zero or a runaway log would
# otherwise be read until memory runs out.
MAX_FILE_BYTES = 256 << 20


def read_text_file(path: str | Path, *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The text of a report file, or an InputError that names the problem.

    A page, PDF, DOCX, JSON or Markdown file is converted as ``cnreport batch`` converts it
    (``formats.convert``): its records' spans index that text, as the batch store's do. Reading
    the markup as text would put tags into the metrics.
    """
    p = Path(path)
    if not p.exists():
        raise InputError("no such file")
    if p.is_dir():
        raise InputError("is a directory, not a file")
    data = _read_capped(p, max_bytes)
    if not data or data.isspace():  # not data.strip(): no copy of a 50 MB file
        raise InputError("empty file")
    if detect_format(p.name, data[:4096]) != "text":
        converted = convert(data, p.name)
        for warning in converted.warnings:  # text lost or garbled: the user must hear of it
            _log.warning("%s: %s", p, warning)
        return converted.text
    text = decode_bytes(data)
    if looks_binary(text):
        raise InputError("binary file, not text")
    return text


def _read_capped(p: Path, max_bytes: int) -> bytes:
    """At most ``max_bytes`` of the file, else an InputError; read in chunks, so endless inputs stop."""
    limit = f"over the {max_bytes / (1 << 20):g} MiB limit"
    try:
        with p.open("rb") as fh:
            if p.is_file() and p.stat().st_size > max_bytes:
                raise InputError(f"file is {limit}")
            chunks, size = [], 0
            while chunk := fh.read(min(1 << 20, max_bytes + 1 - size)):
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(f"input is {limit} (an endless device or a growing file?)")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    return b"".join(chunks)
