"""Byte budgets that bound the work any one input can cause (zip bombs, huge files, deep nesting)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["GiB", "Limits", "MiB", "mib"]

MiB = 1 << 20
GiB = 1 << 30


@dataclass(frozen=True, slots=True)
class Limits:
    """Byte budgets that bound the work any one input can cause (zip bombs, huge files)."""

    max_document_bytes: int = 256 * MiB  # one document (or one nested archive) in memory
    max_archive_bytes: int = 16 * GiB  # everything inflated from one top-level archive
    max_ratio: float = 200.0  # inflated / compressed size of one zip member
    ratio_floor: int = MiB  # members inflating to less than this are never called bombs
    max_members: int = 1_000_000
    max_depth: int = 2  # archives inside archives, below the outermost


def mib(n: int) -> str:
    """``n`` bytes as the MiB figure of an error message (``256 MiB``)."""
    return f"{n / MiB:g} MiB"
