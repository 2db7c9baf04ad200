"""Former home of the file readers, kept so existing imports work: they live in ``cnreport.io``."""

from __future__ import annotations

from .io.encodings import decode_bytes, sniff_encoding
from .io.files import MAX_FILE_BYTES, read_text_file

__all__ = ["MAX_FILE_BYTES", "decode_bytes", "read_text_file", "sniff_encoding"]
