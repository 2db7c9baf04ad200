"""Former home of the format converters, kept so existing imports work: they live in ``cnreport.io.formats``."""

from __future__ import annotations

from ..io.formats import (
    DOCUMENT_SUFFIXES,
    Converted,
    Converter,
    convert,
    detect_format,
    docx_to_text,
    html_to_text,
    json_to_text,
    markdown_to_text,
    pdf_to_text,
)

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
