"""Tests for the shipped lexicons as cnreport loads them (cnreport.lexicon.read_lexicon)."""

from __future__ import annotations

import copy
import tomllib
import typing
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any

import pydantic
import pytest

import cnreport.lexicon
from cnreport.errors import CnreportError, LexiconError
from cnreport.lexicon import read_lexicon, validate_lexicon
from cnreport.lexicon.models import LEXICON_MODELS

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


# ---------------------------------------------------------------------------------------------
# typed lexicon models (cnreport.lexicon.models): each file is validated when it is first read


def _filler(annotation: Any, path: str) -> Any:
    """The least value a field of this type takes: a word list of one surface named after its
    path (so no two lists share a surface by accident), an empty map, the first allowed kind."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return _minimal(annotation, path)
    if origin is typing.Annotated:
        return _filler(args[0], path)
    if origin is typing.Literal:
        return args[0]
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return [_filler(args[0], f"{path}.0")]
    if origin is tuple:
        return [_filler(arg, f"{path}.{k}") for k, arg in enumerate(args)]
    if origin is dict:
        return {}
    return {str: path, int: 1, bool: False}[annotation]


def _minimal(model: type[pydantic.BaseModel], path: str = "") -> dict[str, Any]:
    """A document with only the keys ``model`` requires, each at its least value."""
    return {
        name: _filler(field.annotation, f"{path}.{name}".lstrip("."))
        for name, field in model.model_fields.items()
        if field.is_required()
    }


def _set(doc: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """``doc`` (copied) with the value at a dotted path (list items by index) replaced."""
    doc = copy.deepcopy(doc)
    *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
    node: Any = doc
    for part in parents:
        node = node[part]
    node[last] = value
    return doc


_MONTHS = {m: k for k, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
_MACAU = {
    "id": "macau",
    "currency": "澳门元",
    "subject": "澳门特别行政区",
    "markers": ["澳门"],
    "traditional_only": False,
}

# What a minimal document needs beyond least values: the parts its cross-checks tie together.
# fmt: off
_NEEDS: dict[str, dict[str, Any]] = {
    "comparisons": {"gap.down": ["gap.surfaces.0"], "contribution.down": ["contribution.surfaces.0"]},
    "dating": {"rfc822.months": _MONTHS},
    "grammar": {"words.cut_verbs": ["压减"], "words.predicate": ["压减"], "words.described_subjects": ["两市"],
                "words.count_verbs_kept": ["words.count_verbs.0"]},
    "home": {"place": [_MACAU]},
    "metrics": {},
    "numerals": {"scale.0.factor": "10"},
    "periods": {"years.relative": {"今年": 0}, "years.deictic": ["今年"], "fiscal_years.start": {"甲公司": 2},
                "fiscal_years.named_by_start_year": ["甲公司"]},
    "subjects": {},
    "tables": {},
    "units": {},
}
# fmt: on


def minimal_document(name: str) -> dict[str, Any]:
    doc = _minimal(LEXICON_MODELS[name])
    for path, value in _NEEDS[name].items():
        doc = _set(doc, path, value)
    return doc


def test_every_lexicon_has_a_model() -> None:
    assert sorted(LEXICON_MODELS) == sorted(NAMES) == sorted(_NEEDS)


@pytest.mark.parametrize("name", NAMES)
def test_shipped_lexicon_validates(name: str) -> None:
    data = tomllib.loads((REPO_LEXICONS / f"{name}.toml").read_text(encoding="utf-8"))
    assert isinstance(validate_lexicon(name, data), LEXICON_MODELS[name])


@pytest.mark.parametrize("name", NAMES)
def test_minimal_document_validates(name: str) -> None:
    assert isinstance(validate_lexicon(name, minimal_document(name)), LEXICON_MODELS[name])


@pytest.mark.parametrize("name", NAMES)
def test_unknown_top_level_key_is_refused(name: str) -> None:
    with pytest.raises(LexiconError, match=rf"{name}\.toml: unread_key: Extra inputs"):
        validate_lexicon(name, {**minimal_document(name), "unread_key": ["词"]})


_ENTRY_A = {"id": "a_place", "name": "甲市", "aliases": ["甲地"], "kind": "city"}
_ENTRY_B = {"id": "b_place", "name": "乙市", "aliases": ["乙地"], "kind": "city"}
_METRIC_A = {"id": "a_output", "name": "甲产量", "aliases": ["甲产"]}
_METRIC_B = {"id": "b_output", "name": "乙产量", "aliases": ["乙产"]}
_UNIT_A = {"id": "a_unit", "surfaces": ["甲位"], "unit": "甲位"}
_UNIT_B = {"id": "b_unit", "surfaces": ["乙位"], "unit": "乙位"}
_TAIWAN = {**_MACAU, "id": "taiwan", "subject": "台湾省", "currency": "新台币", "markers": ["台湾"]}

# (file, dotted path in its minimal document, value put there, what the error must say)
# fmt: off
_BAD: list[Any] = [
    # keys no model declares, inside a section or an entry
    pytest.param("grammar", "words.unread_words", ["词"],
                 r"words\.unread_words: Extra inputs", id="grammar-unknown-class"),
    pytest.param("periods", "years.unread", 1,
                 r"years\.unread: Extra inputs", id="periods-unknown-key"),
    pytest.param("tables", "rows.unread", ["词"],
                 r"rows\.unread: Extra inputs", id="tables-unknown-key"),
    pytest.param("subjects", "subject.0.population", 1,
                 r"subject\[0\] \(subject\.0\.id\)\.population: Extra inputs", id="subjects-unknown-entry-key"),
    pytest.param("units", "unit.0.kind_hint", "rate",
                 r"unit\[0\] \(unit\.0\.id\)\.kind_hint: Extra inputs", id="units-unknown-entry-key"),
    pytest.param("home", "place.0.flag", "x",
                 r"place\[0\] \(macau\)\.flag: Extra inputs", id="home-unknown-entry-key"),
    # a surface listed twice in one word list
    pytest.param("grammar", "words.filler", ["实现", "实现"],
                 r"words: filler: listed twice: 实现", id="grammar-repeat"),
    pytest.param("comparisons", "direction.up", ["增长", "增长"],
                 r"direction: up: listed twice: 增长", id="comparisons-repeat"),
    pytest.param("dating", "labels.published", ["发布时间", "发布时间"],
                 r"labels: published: listed twice", id="dating-repeat"),
    pytest.param("periods", "months.suffix", ["月", "月"],
                 r"months: suffix: listed twice: 月", id="periods-repeat"),
    pytest.param("tables", "headers.label", ["指标", "指标"],
                 r"headers: label: listed twice: 指标", id="tables-repeat"),
    pytest.param("numerals", "lookalikes.words", ["一些", "一些"],
                 r"lookalikes: words: listed twice", id="numerals-repeat"),
    pytest.param("units", "per_time.surfaces", ["月", "月"],
                 r"per_time: surfaces: listed twice: 月", id="units-repeat"),
    pytest.param("subjects", "subject", [{**_ENTRY_A, "aliases": ["甲地", "甲地"]}],
                 r"subject\[0\] \(a_place\): aliases: listed twice", id="subjects-repeat-alias"),
    pytest.param("metrics", "metric", [{**_METRIC_A, "aliases": ["甲产", "甲产"]}],
                 r"aliases: listed twice: 甲产", id="metrics-repeat-alias"),
    pytest.param("home", "place", [{**_MACAU, "markers": ["澳门", "澳门"]}],
                 r"markers: listed twice: 澳门", id="home-repeat"),
    pytest.param("grammar", "words.pair_heads", {"产销": ["产量", "产量"]},
                 r"pair_heads\.产销: listed twice", id="grammar-repeat-in-map"),
    # a surface two entries claim where each names one thing
    pytest.param("subjects", "subject", [_ENTRY_A, {**_ENTRY_B, "aliases": ["甲地"]}],
                 r"surface '甲地' claimed by 'a_place' and 'b_place'", id="subjects-shared-alias"),
    pytest.param("subjects", "subject", [_ENTRY_A, {**_ENTRY_B, "aliases": ["甲市"]}],
                 r"surface '甲市' claimed by 'a_place' and 'b_place'", id="subjects-alias-is-a-name"),
    pytest.param("subjects", "subject", [{**_ENTRY_A, "aliases": ["甲市"]}],
                 r"surface '甲市' claimed by 'a_place' and 'a_place'", id="subjects-name-as-own-alias"),
    pytest.param("subjects", "subject", [_ENTRY_A, {**_ENTRY_B, "id": "a_place"}],
                 r"\[\[subject\]\] id listed twice: a_place", id="subjects-id-twice"),
    pytest.param("metrics", "metric", [_METRIC_A, {**_METRIC_B, "aliases": ["甲产"]}],
                 r"surface '甲产' claimed by 'a_output' and 'b_output'", id="metrics-shared-alias"),
    pytest.param("units", "unit", [_UNIT_A, {**_UNIT_B, "surfaces": ["乙位", "甲位"]}],
                 r"surface '甲位' claimed by 'a_unit' and 'b_unit'", id="units-shared-surface"),
    pytest.param("units", "unit", [_UNIT_A, {**_UNIT_B, "id": "a_unit"}],
                 r"\[\[unit\]\] id listed twice", id="units-id-twice"),
    pytest.param("numerals", "scale.0.surfaces", ["digit.0.surfaces.0"],
                 r"numeral 'digit\.0\.surfaces\.0' claimed by 'digit 1'", id="numerals-digit-and-scale"),
    pytest.param("home", "place", [_MACAU, {**_TAIWAN, "markers": ["台湾", "澳门"]}],
                 r"marker '澳门' claimed by 'macau' and 'taiwan'", id="home-shared-marker"),
    pytest.param("comparisons", "direction.down", ["direction.up.0"],
                 r"surface 'direction\.up\.0' claimed by 'up' and 'down'", id="comparisons-up-and-down"),
    pytest.param("comparisons", "base.prev", ["base.yoy.0"],
                 r"claimed by 'yoy' and 'prev'", id="comparisons-two-bases"),
    pytest.param("comparisons", "qualifier.over_before", ["qualifier.approx_before.0"],
                 r"claimed by 'approx' and 'over'", id="comparisons-two-qualifiers"),
    # dangling references, within a file and into another
    pytest.param("home", "place.0.subject", "火星",
                 r"place macau: subject not in subjects\.toml: unknown '火星'", id="home-unknown-subject"),
    pytest.param("home", "place.0.currency", "火星币",
                 r"place macau: currency not a units\.toml unit", id="home-unknown-currency"),
    pytest.param("grammar", "words.noted_currencies", {"火星币": "火星币"},
                 r"noted_currencies: not a units\.toml unit", id="grammar-noted-currency"),
    pytest.param("grammar", "words.instrument_markets", {"火星指数": "火星"},
                 r"instrument_markets: not a subjects\.toml subject", id="grammar-instrument-market"),
    pytest.param("grammar", "words.board_regions", {"火股": "香港"},
                 r"board_regions: not a subjects\.toml name", id="grammar-board-key"),
    pytest.param("grammar", "words.board_regions", {"港股": "火星"},
                 r"board_regions: not a subjects\.toml subject", id="grammar-board-region"),
    pytest.param("grammar", "words.pointing_scopes", {"该市": "火星"},
                 r"pointing_scopes: not a subjects\.toml name", id="grammar-pointing-scope"),
    pytest.param("grammar", "words.described_subjects", ["火星两市"],
                 r"described_subjects: not a subjects\.toml subject", id="grammar-described-subject"),
    pytest.param("grammar", "words.cut_verbs", ["words.predicate.0"],
                 r"cut_verbs not in predicate", id="grammar-cut-verb"),
    pytest.param("grammar", "words.predicate", ["压减", "同比"],
                 None, id="grammar-cut-verb-ok"),
    pytest.param("grammar", "words.count_verbs_kept", ["新增"],
                 r"count_verbs_kept not in count_verbs", id="grammar-kept-count-verb"),
    pytest.param("grammar", "words.rate_aliases", {"增幅": "增速"},
                 r"rate_aliases names a rate head not in rate_heads", id="grammar-rate-alias"),
    pytest.param("comparisons", "gap.down", ["低于"],
                 r"gap: down words not in surfaces: unknown '低于'", id="comparisons-gap-down"),
    pytest.param("comparisons", "contribution.down", ["拖累"],
                 r"contribution: down words not in surfaces", id="comparisons-contribution-down"),
    pytest.param("periods", "years.deictic", ["明年"],
                 r"years: deictic words not in relative: unknown '明年'", id="periods-deictic"),
    pytest.param("periods", "fiscal_years.named_by_start_year", ["乙公司"],
                 r"named_by_start_year: company not in", id="periods-fiscal-company"),
    # values of the wrong kind
    pytest.param("units", "unit", [{**_UNIT_A, "factor": "三成"}],
                 r"unit\[0\] \(a_unit\)\.factor: factor '三成' is not a positive", id="units-bad-factor"),
    pytest.param("units", "unit", [{**_UNIT_A, "factor": 10}],
                 r"unit\[0\] \(a_unit\)\.factor: Input should be a valid string", id="units-float-factor"),
    pytest.param("subjects", "subject", [{**_ENTRY_A, "kind": "planet"}],
                 r"subject\[0\] \(a_place\)\.kind: Input should be", id="subjects-bad-kind"),
    pytest.param("grammar", "words.filler", [],
                 r"words\.filler: Tuple should have at least 1 item", id="grammar-empty-class"),
    pytest.param("numerals", "scale.0.kind", "huge",
                 r"scale\[0\] \(scale\.0\.id\)\.kind: Input should be", id="numerals-bad-kind"),
]
# fmt: on


@pytest.mark.parametrize(("name", "path", "value", "message"), _BAD)
def test_bad_document_is_refused(name: str, path: str, value: Any, message: str | None) -> None:
    doc = _set(minimal_document(name), path, value)
    if message is None:  # a control: the change alone is fine
        validate_lexicon(name, doc)
        return
    with pytest.raises(LexiconError, match=rf"lexicon {name}\.toml: .*{message}"):
        validate_lexicon(name, doc)


def test_a_file_without_a_model_is_refused() -> None:
    with pytest.raises(LexiconError, match=r"unmodelled\.toml: no model declares this file"):
        validate_lexicon("unmodelled", {})


def test_read_lexicon_validates_what_it_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check runs where the engine reads, not only in tests: a bad shipped file fails at load."""
    shipped = (REPO_LEXICONS / "tables.toml").read_text(encoding="utf-8")
    assert 'label = ["指标", ' in shipped
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "tables.toml").write_text(
        shipped.replace('label = ["指标", ', 'label = ["指标", "指标", ', 1), encoding="utf-8"
    )
    monkeypatch.setattr(cnreport.lexicon.resources, "files", lambda _package: tmp_path)
    with pytest.raises(LexiconError, match=r"tables\.toml: .*label: listed twice: 指标"):
        read_lexicon.__wrapped__("tables")  # past the cache, which holds the shipped file
