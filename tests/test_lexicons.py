"""Tests for the shipped lexicons as cnreport loads them (cnreport.lexicon.read_lexicon)."""

from __future__ import annotations

import tomllib
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import cnreport.lexicon
from cnreport.errors import CnreportError, LexiconError
from cnreport.lexicon import read_lexicon

NAMES = ["units", "comparisons", "grammar", "metrics", "subjects", "periods", "numerals", "dating", "home", "tables"]
REPO_LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"

# ---------------------------------------------------------------------------------------------
# every lexicon parses and is shipped


@pytest.mark.parametrize("name", NAMES)
def test_lexicon_parses(name: str) -> None:
    data = read_lexicon(name)
    assert isinstance(data, dict)
    assert data, f"{name}.toml is empty"


def test_every_repository_lexicon_is_listed() -> None:
    """A new lexicons/*.toml file gets a test here too."""
    assert sorted(p.stem for p in REPO_LEXICONS.glob("*.toml")) == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_package_ships_lexicon(name: str) -> None:
    assert resources.files("cnreport").joinpath("lexicons", f"{name}.toml").is_file()


def test_package_ships_units() -> None:
    assert resources.files("cnreport").joinpath("lexicons", "units.toml").is_file()


# ---------------------------------------------------------------------------------------------
# errors


def test_missing_lexicon_raises() -> None:
    with pytest.raises(LexiconError, match="nope"):
        read_lexicon("nope")


def test_lexicon_error_is_a_cnreport_error() -> None:
    assert issubclass(LexiconError, CnreportError)


def test_malformed_lexicon_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "broken_for_test.toml").write_text("[unit\nid = ", encoding="utf-8")
    monkeypatch.setattr(cnreport.lexicon.resources, "files", lambda _package: tmp_path)
    with pytest.raises(LexiconError, match="broken_for_test") as excinfo:
        read_lexicon("broken_for_test")
    assert isinstance(excinfo.value.__cause__, tomllib.TOMLDecodeError)


# ---------------------------------------------------------------------------------------------
# units.toml


@pytest.fixture(scope="module")
def units() -> list[dict[str, Any]]:
    return read_lexicon("units")["unit"]


def test_unit_surfaces_claimed_once(units: list[dict[str, Any]]) -> None:
    claims: dict[str, list[str]] = defaultdict(list)
    for entry in units:
        for surface in entry["surfaces"]:
            claims[surface].append(entry["id"])
    assert {s: ids for s, ids in claims.items() if len(ids) > 1} == {}


def test_unit_ids_unique(units: list[dict[str, Any]]) -> None:
    ids = [entry["id"] for entry in units]
    assert sorted(i for i in set(ids) if ids.count(i) > 1) == []


def test_unit_entries_have_known_keys(units: list[dict[str, Any]]) -> None:
    allowed = {"id", "surfaces", "unit", "factor", "measure"}
    required = {"id", "surfaces", "unit"}
    problems = {}
    for entry in units:
        missing, unknown = required - set(entry), set(entry) - allowed
        if missing or unknown:
            problems[entry.get("id", "?")] = {"missing": sorted(missing), "unknown": sorted(unknown)}
    assert problems == {}


def test_unit_factors_are_decimal_strings(units: list[dict[str, Any]]) -> None:
    bad = []
    for entry in units:
        factor = entry.get("factor", "1")
        try:
            ok = isinstance(factor, str) and Decimal(factor) > 0
        except InvalidOperation:
            ok = False
        if not ok:
            bad.append(entry["id"])
    assert bad == []


def test_unit_surfaces_non_empty(units: list[dict[str, Any]]) -> None:
    assert [e["id"] for e in units if not e["surfaces"] or not all(e["surfaces"])] == []


# ---------------------------------------------------------------------------------------------
# comparisons.toml


@pytest.fixture(scope="module")
def comparisons() -> dict[str, Any]:
    return read_lexicon("comparisons")


def test_direction_words_are_up_or_down(comparisons: dict[str, Any]) -> None:
    d = comparisons["direction"]
    assert set(d["up"]) & set(d["down"]) == set()


def test_base_words_have_one_base(comparisons: dict[str, Any]) -> None:
    claims: dict[str, set[str]] = defaultdict(set)
    for canon, words in comparisons["base"].items():
        for w in words:
            claims[w].add(canon)
    assert {w: c for w, c in claims.items() if len(c) > 1} == {}


@pytest.mark.parametrize("section", ["gap", "contribution"])
def test_down_words_are_surfaces(comparisons: dict[str, Any], section: str) -> None:
    assert set(comparisons[section]["down"]) - set(comparisons[section]["surfaces"]) == set()


def test_dating_lexicon_rejects_unknown_keys_and_repeats() -> None:
    import pydantic

    from cnreport.context.vocabulary import DatingLexicon, dating

    good = dating().model_dump()
    with pytest.raises(pydantic.ValidationError):
        DatingLexicon.model_validate({**good, "unread_key": 1})
    twice = {**good, "labels": {"published": ["发布时间", "发布时间"]}}
    with pytest.raises(pydantic.ValidationError, match="listed twice"):
        DatingLexicon.model_validate(twice)


def test_home_places_name_known_subjects() -> None:
    from cnreport.traditional import home_places

    assert {p.currency for p in home_places()} >= {"澳门元", "新台币"}


def _source_text() -> str:
    root = Path(__file__).resolve().parents[1] / "src" / "cnreport"
    return "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py"))


def test_every_grammar_word_class_is_read_by_the_engine() -> None:
    """A word class no rule reads is vocabulary that changes nothing when edited (issue 11): each
    key of grammar.toml's [words] is named, as a string, somewhere in the engine."""
    grammar = tomllib.loads((Path(__file__).resolve().parents[1] / "lexicons" / "grammar.toml").read_text("utf-8"))
    source = _source_text()
    unread = [key for key in grammar["words"] if f'"{key}"' not in source]
    assert unread == []


def test_contribution_down_words_turn_the_sign() -> None:
    import cnreport

    for verb in ("拖累", "拉低", "拉下", "拖低"):
        records = cnreport.extract(f"2023年，净出口{verb}GDP增长0.5个百分点。", year=2023)
        assert [float(r.value) for r in records] == [-0.5], verb
