"""Readers and format converters: a document's bytes to the one ``str`` the extractor reads.

Shared by ``extract_file`` / ``cnreport extract`` / ``cnreport show`` (``files.read_text_file``) and
by ``cnreport batch`` (``formats.convert``), so a document gives the same text either way. It
depends on nothing in cnreport but ``errors``: the engine and batch import it, never the reverse.

Modules: ``encodings`` (bytes to text, the encoding sniffed), ``formats`` (HTML, JSON, markdown,
PDF and DOCX to text), ``files`` (a file on disk, read under a size cap), ``limits`` and
``zipcheck`` (byte budgets, zip bombs).
"""

from __future__ import annotations

from .encodings import decode_bytes, sniff_encoding
from .files import MAX_FILE_BYTES, read_text_file
from .formats import DOCUMENT_SUFFIXES, Converted, Converter, convert, detect_format

__all__ = [
    "DOCUMENT_SUFFIXES",
    "MAX_FILE_BYTES",
    "Converted",
    "Converter",
    "convert",
    "decode_bytes",
    "detect_format",
    "read_text_file",
    "sniff_encoding",
]
