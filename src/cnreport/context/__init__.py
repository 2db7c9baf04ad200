"""What a document says about itself before its first figure: reference date, and the evidence."""

from .dates import DateEvidence, find_published
from .reference import Decision, Reference, find_reference

__all__ = ["DateEvidence", "Decision", "Reference", "find_published", "find_reference"]
