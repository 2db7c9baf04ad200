"""Typed models of the TOML lexicons: what each file may say, checked once when it is read.

Every model forbids keys it does not declare, so a word class no code reads cannot sit in the
data; word lists refuse a surface listed twice; tables whose surfaces name one thing each
(subjects, metrics, units, digits) refuse a surface two entries claim. References into other
lexicons (a home place's subject, a noted currency's unit) are checked by ``check_references``
with a reader passed in, so this module imports no loader and stays at the bottom of the
import graph (errors <- lexicon <- everything else).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Reader = Callable[[str], Mapping[str, Any]]
"""Reads another lexicon by name (``read_lexicon``), for checks that cross files."""

Surface = Annotated[str, Field(min_length=1)]
Words = Annotated[tuple[Surface, ...], Field(min_length=1)]
"""A word class: at least one surface, none empty, none twice (checked by `_Strict`)."""
Aliases = tuple[Surface, ...]
"""Other surfaces of an entry: may be none."""


def repeats(words: Iterable[str]) -> list[str]:
    """The surfaces of ``words`` that an earlier one already listed, in order."""
    seen: set[str] = set()
    twice = []
    for word in words:
        if word in seen:
            twice.append(word)
        seen.add(word)
    return twice


def _word_lists(value: object) -> Iterable[tuple[str, tuple[str, ...]]]:
    """(key, words) for a field value that is a word list or a map of word lists (pair_heads)."""
    if isinstance(value, tuple) and all(isinstance(w, str) for w in value):
        yield "", value
    elif isinstance(value, dict):
        for key, words in value.items():
            if isinstance(words, tuple) and all(isinstance(w, str) for w in words):
                yield f".{key}", words


def claims(entries: Iterable[tuple[str, Iterable[str]]], what: str = "surface") -> None:
    """Raise if a surface is claimed by two entries (or twice by one): entries are (id, surfaces).

    Lookups keep the first claim (``setdefault``), so a second claim is silently dead data.
    """
    owner: dict[str, str] = {}
    for entry_id, surfaces in entries:
        for surface in surfaces:
            if surface in owner:
                raise ValueError(f"{what} {surface!r} claimed by {owner[surface]!r} and {entry_id!r}")
            owner[surface] = entry_id


def unique_ids(entries: Iterable[str], table: str) -> None:
    """Raise if two entries of ``table`` share an id: ids name entries in errors and records."""
    twice = repeats(entries)
    if twice:
        raise ValueError(f"[[{table}]] id listed twice: {', '.join(twice)}")


def within(part: Iterable[str], whole: Iterable[str], what: str) -> None:
    """Raise if a surface of ``part`` is missing from ``whole``: a dangling reference."""
    known = set(whole)
    missing = [w for w in part if w not in known]
    if missing:
        raise ValueError(f"{what}: unknown {', '.join(map(repr, missing))}")


def _positive_decimal(text: str) -> str:
    """Exact numbers are strings read as Decimal (STYLE: never floats); a factor is above zero."""
    try:
        ok = Decimal(text) > 0
    except InvalidOperation:
        ok = False
    if not ok:
        raise ValueError(f"factor {text!r} is not a positive decimal string")
    return text


class _Strict(BaseModel):
    """Frozen, no undeclared key, and no surface twice in any one word list of the model."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="after")
    def _no_repeats(self) -> _Strict:
        """Every list at fault is named at once, so one run shows all the data to fix."""
        faults = [
            f"{name}{key}: listed twice: {', '.join(twice)}"
            for name in type(self).model_fields
            for key, words in _word_lists(getattr(self, name))
            if (twice := repeats(words))
        ]
        if faults:
            raise ValueError("; ".join(faults))
        return self


class Lexicon(_Strict):
    """One lexicon file. ``check_references`` checks what the file names in other files."""

    def check_references(self, read: Reader) -> None:
        """Raise ValueError for a name another lexicon lacks; most files reference none."""


def _subject_names(read: Reader) -> set[str]:
    return {entry["name"] for entry in read("subjects")["subject"]}


def _subject_surfaces(read: Reader) -> set[str]:
    return {s for entry in read("subjects")["subject"] for s in [entry["name"], *entry.get("aliases", [])]}


def _unit_names(read: Reader) -> set[str]:
    return {entry["unit"] for entry in read("units")["unit"]}


# ---------------------------------------------------------------------------------------------
# dating.toml


class DatingLabels(_Strict):
    published: Words


class DatingRfc822(_Strict):
    months: dict[str, int] = Field(min_length=12, max_length=12)


class DatingDatelines(_Strict):
    openers: Words
    closers: Words
    outlet_ends: Words


class DatingBases(_Strict):
    before: Words
    after: Words


class DatingGenres(_Strict):
    reviewing_titles: Words


class DatingLexicon(Lexicon):
    """``lexicons/dating.toml``: release-date labels, datelines and genre cues."""

    labels: DatingLabels
    rfc822: DatingRfc822
    datelines: DatingDatelines
    bases: DatingBases
    genres: DatingGenres


# ---------------------------------------------------------------------------------------------
# grammar.toml


class GrammarWords(_Strict):
    """The word classes the engine reads by name (``words("filler")``); see grammar.toml."""

    filler: Words
    previous_value: Words
    same_period_last_year: Words
    count_verbs: Words
    noted_currencies: dict[str, str]
    tally_verbs: Words
    sum_words: Words
    tally_adverbs: Words
    actor_heads: Words
    group_nouns: Words
    list_count_words: Words
    cleft_selectors: Words
    cleft_continuations: Words
    entity_groups: Words
    group_measures: dict[str, str]
    place_groups: Words
    firm_classes: Words
    landmark_after: Words
    cause_openers: Words
    group_quantifiers: Words
    priced_heads: Words
    said_yoy: Words
    disbursing_verbs: Words
    estimate_words: Words
    home_government: Words
    national_words: Words
    reference_lines: Words
    physical_heads: Words
    money_words: Words
    caption_markers: Words
    count_nouns: dict[str, str]
    deed_measures: dict[str, str]
    count_verbs_kept: Words
    predicate: Words
    part_sorts: Words
    span_flow_verbs: Words
    cut_verbs: Words
    rate_heads: Words
    rate_aliases: dict[str, str]
    suffix_metrics: Words
    indicator_heads: Words
    state_predicates: Words
    generic_nouns: Words
    entity_heads: Words
    saying_words: Words
    relative_periods: Words
    provision_verbs: Words
    programme_kinds: Words
    stock_context: Words
    price_heads: Words
    ranked_groups: Words
    zone_suffixes: Words
    event_heads: Words
    ranked_among_partners: Words
    ranked_by_size: dict[str, str]
    payroll_words: Words
    diffusion_indexes: Words
    pointing_words: Words
    described_subjects: Words
    partner_part_openers: Words
    member_share_leads: Words
    tax_names: Words
    tax_parameters: Words
    partner_split_flows: Words
    pointing_scopes: dict[str, str]
    scale_words: Words
    attribute_heads: Words
    list_heads: Words
    population_parts: Words
    pair_heads: dict[str, Words]
    instrument_markets: dict[str, str]
    board_regions: dict[str, str]
    name_suffixes: Words
    grade_marks: Words
    adjusting_verbs: Words
    list_separators: Words
    item_joiners: Words
    quote_words: Words
    price_components: Words
    price_indices: tuple[tuple[Surface, Surface], ...] = Field(min_length=1)
    flow_heads: Words
    stock_heads: Words
    balance_heads: Words
    holding_words: Words
    counted_entities: Words
    deed_verbs: Words
    not_metrics: Words
    not_metric_joiners: Words
    ordinal_name_heads: Words
    time_span_heads: Words
    time_span_units: Words
    cause_effects: Words
    cause_drivers: Words
    grade_levels: Words
    building_verbs: Words
    graded_things: Words
    project_verbs: Words
    project_objects: Words
    multiple_copulas: Words
    price_prepositions: Words
    versus_period_words: Words
    partner_prepositions: Words
    naming_copulas: Words
    company_figures: Words
    expectation_comparisons: Words
    premium_words: Words
    gap_verbs: Words
    pulling_verbs: Words
    pulled_moves: Words
    among_moves: Words
    viewed_wholes: Words
    viewing_words: Words
    single_periods: Words
    last_month_words: Words
    through_words: Words
    versus_directions: Words
    quote_verbs: Words
    fiscal_year_words: Words
    restated_as_words: Words
    respective_verbs: Words
    news_openings: Words
    as_at_words: Words
    driving_verbs: Words
    driven_moves: Words
    object_verbs: Words
    quote_currencies: Words
    fx_bases: Words
    among_words: Words
    clause_openers: Words
    approx_verbs: Words
    part_verbs: Words
    aggregate_wholes: Words
    named_rates: Words
    valuation_heads: Words
    valuation_verbs: Words
    money_nouns: Words
    money_deeds: Words
    job_verbs: Words
    job_nouns: Words
    revenue_moves: Words
    frame_places: Words
    frame_tails: Words
    elided_moves: Words
    level_rises: Words
    rise_amount_verbs: Words
    comparator_words: Words
    as_what_verbs: Words
    period_lead_words: Words
    year_prefixes: Words
    place_group_names: Words
    year_words_named: Words
    target_spans: Words
    session_time_words: Words
    ratio_names: Words
    break_even_lines: Words
    ratio_verbs: Words
    restating_words: Words
    range_closers: Words
    interest_names: Words
    measured_profits: Words
    part_openers: Words
    growing_measures: Words
    receiving_verbs: Words
    trading_funds: Words
    net_trades: Words
    fund_flows: Words
    policy_moves: Words
    deal_value_nouns: Words
    deal_verbs: Words
    valued_nouns: Words
    ranking_verbs: Words
    grouping_nouns: Words
    people_deeds: Words
    rate_group_heads: Words
    threshold_ops: Words
    covering_verbs: Words
    continuing_words: Words
    open_end_words: Words
    point_move_verbs: Words
    moved_to_verbs: Words
    fall_rate_words: Words
    rate_moves: Words
    fall_amount_verbs: Words
    not_org_openers: Words
    month_parts: Words
    publishing_verbs: Words
    publishing_days: Words
    publishing_manners: Words
    partner_groups: Words
    each_words: Words
    budget_speech_names: Words
    rate_word_ends: Words
    header_notes: Words
    half_year_reports: Words
    annual_reports: Words
    first_quarter_reports: Words
    third_quarter_reports: Words
    together_words: Words
    compared_with_words: Words
    record_marks: Words
    modal_tails: Words
    referring_conjunctions: Words
    referring_pronouns: Words
    lead_fillers: Words
    looked_back_years: Words
    report_pointers: Words
    report_documents: Words
    report_sayings: Words
    release_nouns: Words
    compared_prefixes: Words
    session_times: Words
    session_events: Words
    session_openings: Words
    closing_sessions: Words
    holidays: Words
    holiday_spans: Words
    rate_qualifiers: Words
    growth_words: Words
    fall_words: Words
    scoped_rate_nouns: Words
    scoped_rate_verbs: Words
    results_publishing_verbs: Words
    results_reports: Words
    announcing_verbs: Words
    announced_reports: Words
    share_excluders: Words
    share_excluder_endings: Words
    appositive_heads: Words
    sequence_words: Words
    instrument_attributes: Words
    benchmark_words: Words
    fiscal_measures: Words
    versus_markers: Words
    zero_growth_words: Words
    expected_rate_words: Words
    months_covered_flows: Words
    covering_months_verbs: Words
    weekly_review_marks: Words
    reviewed_week_words: Words
    points_moving_heads: Words
    carrying_words: Words
    object_move_verbs: Words
    whole_group_words: Words
    equal_comparisons: Words
    duty_verbs: Words
    duty_nouns: Words
    group_count_verbs: Words
    contract_commodities: Words
    numbered_names: Words
    bond_marks: Words
    demonstratives: Words
    role_openers: Words
    single_quarter_marks: Words
    cause_links: Words
    news_feed_marks: Words
    daily_news_marks: Words
    market_close_words: Words
    stated_base_words: Words
    bare_move_words: Words
    comparing_words: Words
    reaching_verbs: Words
    estimate_end_openers: Words
    estimate_end_words: Words
    domestic_cues: Words
    results_spans: Words
    results_words: Words
    report_days: Words
    reporting_verbs: Words
    pronoun_heads: Words
    partner_reporters: Words
    trade_flows: Words
    share_openers: Words
    share_heads: Words
    share_level_verbs: Words
    base_list_moves: Words

    @model_validator(mode="after")
    def _subsets(self) -> GrammarWords:
        """Classes declared as a part of another (cut_verbs are "of the predicate words")."""
        within(self.cut_verbs, self.predicate, "cut_verbs not in predicate")
        within(self.count_verbs_kept, self.count_verbs, "count_verbs_kept not in count_verbs")
        within(self.rate_aliases.values(), self.rate_heads, "rate_aliases names a rate head not in rate_heads")
        return self


class GrammarLexicon(Lexicon):
    """``lexicons/grammar.toml``: the word classes of report prose."""

    words: GrammarWords

    def check_references(self, read: Reader) -> None:
        """Currencies are units.toml units; markets, boards and scopes are subjects.toml subjects;
        a budget cut verb is also a falling direction word in comparisons.toml."""
        w = self.words
        within(w.noted_currencies.values(), _unit_names(read), "noted_currencies: not a units.toml unit")
        within(w.cut_verbs, read("comparisons")["direction"]["down"], "cut_verbs: not in comparisons.toml down")
        names, surfaces = _subject_names(read), _subject_surfaces(read)
        within(w.instrument_markets.values(), surfaces, "instrument_markets: not a subjects.toml subject")
        within(w.board_regions, names, "board_regions: not a subjects.toml name")
        within(w.board_regions.values(), surfaces, "board_regions: not a subjects.toml subject")
        within(w.pointing_scopes.values(), names, "pointing_scopes: not a subjects.toml name")
        within(w.described_subjects, surfaces, "described_subjects: not a subjects.toml subject")


# ---------------------------------------------------------------------------------------------
# comparisons.toml


class Direction(_Strict):
    up: Words
    down: Words
    signed: Words
    negative_subjects: Words


class ComparisonBases(_Strict):
    """Canonical base -> surfaces; the keys are the record's base values, so they are fixed."""

    yoy: Words
    prev: Words


class SurfacesWithDown(_Strict):
    """A comparison whose ``down`` words (低于, 拖累) are those of its surfaces that turn the sign."""

    surfaces: Words
    down: Words

    @model_validator(mode="after")
    def _down_in_surfaces(self) -> SurfacesWithDown:
        within(self.down, self.surfaces, "down words not in surfaces")
        return self


class Gap(SurfacesWithDown):
    expectations: Words


class Surfaces(_Strict):
    surfaces: Words


class Modality(_Strict):
    target: Words
    forecast: Words
    programme_nouns: Words


class Qualifier(_Strict):
    approx_before: Words
    approx_after: Words
    over_before: Words
    over_after: Words
    under_before: Words
    under_after: Words
    not_before: Words

    @model_validator(mode="after")
    def _one_qualifier(self) -> Qualifier:
        """A word qualifies one way: the engine maps each surface to approx, over or under."""
        before = {"approx": self.approx_before, "over": self.over_before, "under": self.under_before}
        after = {"approx": self.approx_after, "over": self.over_after, "under": self.under_after}
        claims(before.items(), "qualifier word")
        claims(after.items(), "qualifier word")
        return self


class ComparisonsLexicon(Lexicon):
    """``lexicons/comparisons.toml``: direction, base, gap, contribution, share, rank words."""

    direction: Direction
    base: ComparisonBases
    gap: Gap
    contribution: SurfacesWithDown
    share: Surfaces
    rank: Surfaces
    modality: Modality
    qualifier: Qualifier

    @model_validator(mode="after")
    def _one_meaning(self) -> ComparisonsLexicon:
        """A direction word is up or down, a base word names one base: never both."""
        claims([("up", self.direction.up), ("down", self.direction.down)])
        claims([("yoy", self.base.yoy), ("prev", self.base.prev)])
        return self


# ---------------------------------------------------------------------------------------------
# units.toml


class Unit(_Strict):
    id: Surface
    surfaces: Words
    unit: Surface
    factor: str | None = None
    measure: bool = False

    _factor = field_validator("factor")(lambda v: v if v is None else _positive_decimal(v))


class UnitsLexicon(Lexicon):
    """``lexicons/units.toml``: a surface after a number names exactly one unit."""

    unit: tuple[Unit, ...] = Field(min_length=1)
    per_time: Surfaces
    per_thing: Surfaces

    @model_validator(mode="after")
    def _one_unit(self) -> UnitsLexicon:
        unique_ids((u.id for u in self.unit), "unit")
        claims((u.id, u.surfaces) for u in self.unit)
        return self


# ---------------------------------------------------------------------------------------------
# subjects.toml and metrics.toml


SubjectKind = Literal["country", "province", "city", "district", "scope", "organisation", "index_region"]


class Subject(_Strict):
    id: Surface
    name: Surface
    aliases: Aliases = ()
    kind: SubjectKind


class SubjectsLexicon(Lexicon):
    """``lexicons/subjects.toml``: "a surface belongs to exactly one subject"."""

    subject: tuple[Subject, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_subject(self) -> SubjectsLexicon:
        unique_ids((s.id for s in self.subject), "subject")
        claims((s.id, [s.name, *s.aliases]) for s in self.subject)
        return self


class Metric(_Strict):
    id: Surface
    name: Surface
    aliases: Aliases = ()


class MetricsLexicon(Lexicon):
    """``lexicons/metrics.toml``: "a surface (name or alias) belongs to exactly one metric"."""

    metric: tuple[Metric, ...] = Field(min_length=1)
    # 规上 -> 规模以上: short forms written out wherever a metric holds them (SPEC §2)
    abbreviations: dict[str, Surface] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _one_metric(self) -> MetricsLexicon:
        unique_ids((m.id for m in self.metric), "metric")
        claims((m.id, [m.name, *m.aliases]) for m in self.metric)
        return self


# ---------------------------------------------------------------------------------------------
# numerals.toml


class Digit(_Strict):
    value: int = Field(ge=0, le=9)
    surfaces: Words
    financial: Aliases = ()
    positional: bool = True
    zero: bool = False


class Scale(_Strict):
    id: Surface
    surfaces: Words
    financial: Aliases = ()
    factor: str
    kind: Literal["section", "big"]
    after_arabic: bool = False
    not_before: Aliases = ()

    _factor = field_validator("factor")(_positive_decimal)


class NumeralPoint(_Strict):
    chinese: Words


class NumeralSign(_Strict):
    negative: Words
    positive: Words
    not_after: Words
    after_words: Words


class AsciiUnits(_Strict):
    after_number: Words


class NumeralContext(_Strict):
    ordinal_before: Words
    vague_before: Words
    period_after: Words
    month_after: Words
    range_links: Words


class Lone(_Strict):
    followers: Words
    preceders: Words


class Lookalikes(_Strict):
    words: Words


class NumeralsLexicon(Lexicon):
    """``lexicons/numerals.toml``: each numeral character has one value (digit or scale)."""

    digit: tuple[Digit, ...] = Field(min_length=1)
    scale: tuple[Scale, ...] = Field(min_length=1)
    point: NumeralPoint
    sign: NumeralSign
    ascii_units: AsciiUnits
    context: NumeralContext
    lone: Lone
    lookalikes: Lookalikes

    @model_validator(mode="after")
    def _one_value(self) -> NumeralsLexicon:
        unique_ids((s.id for s in self.scale), "scale")
        digits = ((f"digit {d.value}", [*d.surfaces, *d.financial]) for d in self.digit)
        scales = ((f"scale {s.id}", [*s.surfaces, *s.financial]) for s in self.scale)
        claims([*digits, *scales], "numeral")
        return self


# ---------------------------------------------------------------------------------------------
# periods.toml


class PeriodNumerals(_Strict):
    digits: dict[str, int]
    ten: Surface
    zero: Words
    tens: dict[str, int]
    count_two: Words
    measure: Words


class EraDigits(_Strict):
    """A bare year written from a base (民国 113 + 1911); ``digits`` is the regex of its digits."""

    base: int
    digits: Surface


class YearsBack(_Strict):
    before: Words
    after: Words
    ahead: Words
    not_before: Words


class Years(_Strict):
    fiscal_suffix: Surface
    relative: dict[str, int]
    deictic: Words
    relative_not_after: Words
    comparison_tails: Words
    eras: dict[str, int]
    bare_era: EraDigits
    bare_era_after: Words
    bare_era_connectives: Words
    bare_era_not_before: Words
    short_year: EraDigits
    short_year_not_before: Words
    back: YearsBack
    fiscal_words: Words
    range_marks: Words

    @model_validator(mode="after")
    def _deictic_are_relative(self) -> Years:
        within(self.deictic, self.relative, "deictic words not in relative")
        return self


class YearWords(_Strict):
    whole: Words
    end: Words
    start: Words
    start_not_before: Words
    not_after: Words


class Quarters(_Strict):
    ordinal_prefix: Surface
    word: Words
    bare_word: Surface
    first: Words
    not_after: Words


class Months(_Strict):
    suffix: Words
    named: dict[str, Annotated[int, Field(ge=1, le=12)]]
    cn_not_after: Words
    cn_not_before: Words
    cn_words_after: Words


class Days(_Strict):
    suffix: Words


class Cumulative(_Strict):
    prefix: Words
    not_after: Words


class PlanWords(_Strict):
    length: int = Field(ge=1)
    suffix: Words
    first_years: Words
    year_counts: dict[str, int]
    open_quote: Words
    close_quote: Words


class ReferenceYear(_Strict):
    note_markers: Words
    note_not_after: Words
    date_labels: Words
    header_lines: int = Field(ge=1)


Month = Annotated[int, Field(ge=1, le=12)]


class FiscalYears(_Strict):
    default_start: Month
    named_by_start_year: Words
    start: dict[str, Month]

    @model_validator(mode="after")
    def _named_companies_listed(self) -> FiscalYears:
        within(self.named_by_start_year, self.start, "named_by_start_year: company not in fiscal_years.start")
        return self


Half = Annotated[int, Field(ge=1, le=2)]


class PeriodsLexicon(Lexicon):
    """``lexicons/periods.toml``: period words and what they mean (SPEC §3)."""

    numerals: PeriodNumerals
    years: Years
    year_words: YearWords
    halves: dict[str, Half]
    halves_at_end: dict[str, Half]
    quarters: Quarters
    months: Months
    days: Days
    cumulative: Cumulative
    plans: dict[str, int]
    plan_words: PlanWords
    reference_year: ReferenceYear
    fiscal_years: FiscalYears


# ---------------------------------------------------------------------------------------------
# tables.toml


class TableHeaders(_Strict):
    label: Words
    unit: Words
    ordinal: Words
    plain: Words
    growth: Words
    difference: Words
    rate: Words
    growth_prev: Words
    change: Words
    since_year_start: Words
    comparison: Words
    share: Words
    index: Words


class TableRows(_Strict):
    sub_row: Words
    breakdown: Words
    total: Words


class TableTitles(_Strict):
    noise: Words
    breakdown: Words
    caption_end: Words
    index: Words
    price: Words
    indicators: Words


class TableUnits(_Strict):
    per: Words


class TablesLexicon(Lexicon):
    """``lexicons/tables.toml``: the words of table headers, row labels and titles."""

    headers: TableHeaders
    rows: TableRows
    titles: TableTitles
    units: TableUnits


# ---------------------------------------------------------------------------------------------
# home.toml


class Place(_Strict):
    id: Surface
    currency: Surface
    subject: Surface
    markers: Words
    traditional_only: bool


class HomeLexicon(Lexicon):
    """``lexicons/home.toml``: places whose bare 元 is their own currency."""

    place: tuple[Place, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_place(self) -> HomeLexicon:
        """A marker names one place: a shared one would count towards both."""
        unique_ids((p.id for p in self.place), "place")
        claims(((p.id, p.markers) for p in self.place), "marker")
        return self

    def check_references(self, read: Reader) -> None:
        """The subject is a subjects.toml name, the currency a units.toml unit."""
        names, units = _subject_names(read), _unit_names(read)
        for place in self.place:
            within([place.subject], names, f"place {place.id}: subject not in subjects.toml")
            within([place.currency], units, f"place {place.id}: currency not a units.toml unit")


LEXICON_MODELS: Mapping[str, type[Lexicon]] = {
    "comparisons": ComparisonsLexicon,
    "dating": DatingLexicon,
    "grammar": GrammarLexicon,
    "home": HomeLexicon,
    "metrics": MetricsLexicon,
    "numerals": NumeralsLexicon,
    "periods": PeriodsLexicon,
    "subjects": SubjectsLexicon,
    "tables": TablesLexicon,
    "units": UnitsLexicon,
}
"""Lexicon name -> its model: a file with no model here cannot be read."""
