"""Guards on the engine's code itself: mistakes no behaviour test would name directly."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).parent.parent / "src" / "cnreport").rglob("*.py"))


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_no_module_defines_a_name_twice(path: Path) -> None:
    """A second ``_YEAR_WORD = …`` silently replaces the first for every rule that used it."""
    twice = [n for n, c in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))).items() if c > 1]
    assert not twice, f"{path.name} defines {twice} more than once"
