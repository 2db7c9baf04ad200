"""Why a record came out so: the document decisions and each record's construction, for a doubting user.

A record is only as good as what the engine decided about the whole document before its first
sentence (the reference year, the year and day of writing, the default period, the subject, what
a bare 元 means) and the construction that read the figure. ``cnreport explain`` prints both,
``cnreport extract --explain`` adds them to JSON output, and `explain` returns them to a program.

The reference-year and publication decisions are the engine's own (`DocContext.decisions`). The
subject, default-period, currency and writing-year decisions are derived here from the same inputs
the engine used (the prepared text, the context it built, the script step's verdict), so that the
engine need not change to be explained; each names the step that decided and the text it rests on.
Everything shown comes from an untrusted document: the text renderer escapes control characters.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import regex

from .context import Decision, find_published
from .context.issuer import filing_header
from .documents import national_bodies
from .output import record_dict, terminal_safe
from .records import Record
from .traditional import home_places
from .vocab import subjects

if TYPE_CHECKING:
    from .normalize import Normalized
    from .pipeline import Extractor, PreparedDocument

__all__ = [
    "Decision",
    "ExplainedRecord",
    "Explanation",
    "decisions_json",
    "document_decisions",
    "explain_prepared",
    "explain_text",
    "explained_record_dict",
    "render_text",
    "rules_of",
]

# How much of the source line is shown either side of a record's text.
CONTEXT_CHARS = 20
# Lines of a document's head searched for the line a decision rests on (a title, a dateline).
_HEAD_LINES = 12
_EVIDENCE_CHARS = 80
_HEAD_CHARS = 20_000  # the engine looks for subjects in the first 20,000 characters too
_RENMINBI = "no home place of another currency: a bare 元 is renminbi"
_HONG_KONG = "a Hong Kong source (script.is_hong_kong): a bare 元 in its own figures"
_VALUE_CELLS = 12  # values wider than this are not padded to


@dataclass(frozen=True, slots=True)
class ExplainedRecord:
    """A record with its trail: the construction that read it and where it sits in its source line."""

    record: Record
    line: int  # 1-based line of the original text where the record's text starts
    before: str  # up to CONTEXT_CHARS of the line before the record's text
    after: str  # up to CONTEXT_CHARS of the line after it

    @property
    def construction(self) -> str | None:
        """The id of the construction (pattern) that decided the record's kind."""
        return self.record.pattern

    def to_json_dict(self) -> dict[str, Any]:
        """The record as ``extract`` writes it, plus ``rules`` and the ``source`` line around it."""
        data = explained_record_dict(self.record)
        data["source"] = {"line": self.line, "before": self.before, "after": self.after}
        return data


@dataclass(frozen=True, slots=True)
class Explanation:
    """One document explained: what was decided about it (and why), then its records with their trail."""

    doc: str | None
    decisions: tuple[Decision, ...]
    records: tuple[ExplainedRecord, ...]

    def decided(self, field: str) -> Decision | None:
        """The decision of ``field`` (year, written, published, default_period, subject, currency…)."""
        return next((d for d in self.decisions if d.field == field), None)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "decisions": decisions_json(self.decisions),
            "records": [r.to_json_dict() for r in self.records],
        }


def rules_of(record: Record) -> dict[str, str | None]:
    """The rule ids behind a record: today its construction; per-field rules join it as the engine keeps them."""
    return {"construction": record.pattern}


def explained_record_dict(record: Record) -> dict[str, Any]:
    """A record as ``extract`` writes it, plus its ``rules`` (``extract --explain``)."""
    data = record_dict(record)
    data["rules"] = rules_of(record)
    return data


def decisions_json(decisions: Iterable[Decision]) -> list[dict[str, str]]:
    return [{"field": d.field, "rule": d.rule, "value": d.value, "evidence": d.evidence} for d in decisions]


def explain_text(
    extractor: Extractor,
    text: str,
    *,
    year: int | None = None,
    subject: str | None = None,
    doc: str | None = None,
    script: Literal["original", "simplified"] = "original",
) -> Explanation:
    """The explanation of one document's text (read exactly as `Extractor.extract` reads it)."""
    prepared = extractor.prepare_document(text, year=year, subject=subject)
    decisions = document_decisions(prepared, script=script)  # before reading: the context changes as it goes
    return explain_prepared(extractor, prepared, decisions, doc=doc, script=script)


def explain_prepared(
    extractor: Extractor,
    prepared: PreparedDocument,
    decisions: tuple[Decision, ...],
    *,
    doc: str | None = None,
    script: Literal["original", "simplified"] = "original",
) -> Explanation:
    records = extractor.iter_prepared(prepared, doc=doc, script=script)
    return Explanation(doc, decisions, tuple(with_source(records, prepared.norm.original)))


def with_source(records: Iterable[Record], original: str) -> Iterator[ExplainedRecord]:
    """Each record with its line number and the line's text either side of it (spans index ``original``)."""
    starts = [0, *(m.end() for m in regex.finditer(r"\n", original))]
    for record in records:
        start, end = record.span
        line = bisect_right(starts, start)
        line_start = starts[line - 1]
        line_end = original.find("\n", end)
        line_end = len(original) if line_end < 0 else line_end
        before = original[max(line_start, start - CONTEXT_CHARS) : start]
        after = original[end : min(line_end, end + CONTEXT_CHARS)]
        yield ExplainedRecord(record, line, before, after.rstrip("\r"))


# -- document decisions -----------------------------------------------------------------------------


def document_decisions(
    prepared: PreparedDocument, *, script: Literal["original", "simplified"] = "original"
) -> tuple[Decision, ...]:
    """The engine's decisions about the document, completed with those it makes without recording them.

    Call before reading the records: the context is the one they start from.
    """
    ctx = prepared.context
    text = prepared.written.matching_text  # what the engine read (Simplified for Traditional text)
    shown = _Source(prepared.norm)  # lines shown as the original text has them

    def own(value: str) -> str:
        return value if script == "simplified" else prepared.written.restore(value) or value

    out = [_with_date_line(d, text, shown) for d in ctx.decisions]
    if ctx.year is None and not any(d.field == "year" for d in out):
        out.insert(0, Decision("year", "year.none", "", "no year the text is about: --year supplies one"))
    if ctx.year is not None:  # the year of writing goes right after the reference year's decision
        after = max((i + 1 for i, d in enumerate(out) if d.field == "year"), default=0)
        out.insert(after, _written(out, ctx.year))
    if ctx.fiscal_april and ctx.year is not None:
        out.append(Decision("fiscal_year", "fiscal.hong_kong", "April", "a Hong Kong source: 年度 runs April to March"))
    out.append(
        _default_period(
            ctx.default_period, ctx.default_period_rule, ctx.morning_brief_day, ctx.document_date, out, text, shown
        )
    )
    def own_subject(value: str) -> str:
        return value if script == "simplified" else prepared.written.subject_name(value) or value

    out.append(_subject(ctx.subject, ctx.subject_rule, text, shown, own_subject))
    out.append(_currency(prepared.written.home, prepared.written.hong_kong, text, own))
    if prepared.written.traditional:
        names = "in Simplified" if script == "simplified" else "as written"
        out.append(Decision("script", "script.traditional", "traditional", f"matched in Simplified, names {names}"))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Source:
    """Evidence lines read from the original text: what the engine matched, the user can find."""

    norm: Normalized

    def line(self, pos: int, end: int | None = None) -> str:
        """The original line around normalized offsets ``pos``-``end``, stripped and cut to a readable length."""
        start, stop = self.norm.span_to_original(pos, pos if end is None else end)
        original = self.norm.original
        first = original.rfind("\n", 0, start) + 1
        last = original.find("\n", stop)
        line = original[first : len(original) if last < 0 else last].strip()
        return line if len(line) <= _EVIDENCE_CHARS else line[: _EVIDENCE_CHARS - 1] + "…"


def _with_date_line(d: Decision, text: str, shown: _Source) -> Decision:
    """A decision resting on a date line names the date rule; show the line itself as well."""
    step = d.rule if d.field == "published" else d.evidence
    if not step.startswith("date."):
        return d
    found = find_published(text)
    if found is None or found.step != step:
        return d
    line = shown.line(found.start, found.end)
    return Decision(d.field, d.rule, d.value, line if d.field == "published" else f"{step}: {line}")


def _written(decisions: Sequence[Decision], year: int) -> Decision:
    """The year of writing, from which 今年/去年 count: a reviewing title's, a date line's, else the data year's."""
    now = int(getattr(year, "now", year))
    for d in decisions:
        if d.field == "year" and d.rule in ("year.reviewing_title", "year.published_early_review"):
            return Decision("written", d.rule, str(now), d.evidence)
    published = next((d for d in decisions if d.field == "published"), None)
    if published is not None and published.value.startswith(str(now)):
        return Decision("written", published.rule, str(now), published.evidence)
    return Decision("written", "written.data_year", str(now), "no date line: taken to be the data year")


def _default_period(
    period: str | None,
    rule: str | None,
    brief_day: str | None,
    document_date: str | None,
    decided: Sequence[Decision],
    text: str,
    shown: _Source,
) -> Decision:
    """The period a figure gets when its sentence names none, and which step set it."""
    value = period or ""
    year = next((d for d in decided if d.field == "year"), None)
    if period is None:
        return Decision("default_period", "period.none", "", "no year found: figures without a period get none")
    if year is not None and year.rule == "year.reviewing_title":
        return Decision("default_period", "period.reviewing_title", value, year.evidence)
    if brief_day is not None and period == brief_day:
        return Decision("default_period", "period.brief_day", value, "a daily brief reports the last trading day")
    if document_date is not None and period == document_date:
        return Decision("default_period", "period.news_day", value, "a news item is about its day")
    if rule == "period.results_report":
        return Decision("default_period", rule, value, "the period of the company report presented")
    if rule == "period.released_month":
        return Decision("default_period", rule, value, "a statistics release: the month its first figures name")
    if rule == "period.review_week":
        return Decision("default_period", rule, value, "a weekly review: the trading week its report window ends in")
    if rule == "period.budget_year":
        return Decision("default_period", rule, value, "a budget is for the fiscal year beginning that April")
    if year is not None and period == year.value:
        return Decision("default_period", "period.data_year", value, "the reference year")
    first = text.lstrip()
    offset = len(text) - len(first)
    return Decision("default_period", "period.note_or_title", value, shown.line(offset))


def _surfaces(name: str) -> list[str]:
    """How the text may write a subject: its lexicon name and aliases, longest first (武汉市 before 武汉)."""
    entry = subjects().get(name)
    canonical = entry[0] if entry is not None else name  # 澳门 -> 澳门特别行政区, whose aliases include 本澳
    names = {name, *(s for s, (n, _kind) in subjects().items() if n in (name, canonical))}
    return sorted(names, key=len, reverse=True)


def _first_line_naming(text: str, shown: _Source, words: Sequence[str], *, head_only: bool) -> str | None:
    """The first line (of the head, or of the first 20,000 characters) that names one of ``words``."""
    if not words:
        return None
    scope = text[:_HEAD_CHARS]
    if head_only:
        lines = scope.lstrip().split("\n")[:_HEAD_LINES]
        scope = scope[: len(scope) - len(scope.lstrip())] + "\n".join(lines)
    found = regex.search("|".join(regex.escape(w) for w in words), scope)
    return shown.line(found.start(), found.end()) if found else None


def _subject(subject: str | None, rule: str, text: str, shown: _Source, own: Callable[[str], str]) -> Decision:
    """The default subject, the rung of the engine's ladder that chose it, and the line it rests on."""
    if rule == "subject.given" and subject is not None:
        return Decision("subject", rule, subject, "--subject")
    if subject is None:
        return Decision("subject", "subject.none", "", "no region, national body or firm named as the text's own")
    value = own(subject)
    if rule == "subject.title_region":
        line = _first_line_naming(text, shown, _surfaces(subject), head_only=True)
        if line is not None:
            return Decision("subject", rule, value, line)
        count = sum(text[:_HEAD_CHARS].count(s) for s in _surfaces(subject))
        return Decision("subject", "subject.most_named_region", value, f"named {count} times, more than any region")
    if rule == "subject.hong_kong_source":
        return Decision("subject", rule, value, "a Hong Kong source that names no other place")
    if rule == "subject.home_place":
        return Decision("subject", rule, value, f"a {value} source that names no other place")
    if rule == "subject.national_release":
        bodies = sorted(set(national_bodies(text)), key=len, reverse=True)  # 国家统计局 before 全国
        line = _first_line_naming(text, shown, bodies, head_only=False) if bodies else None
        return Decision("subject", rule, value, line or "national bodies named at least twice")
    if rule == "subject.filing_issuer":
        header = filing_header(text)
        return Decision("subject", rule, value, f"the issuer's own report: {header}" if header else "a filing")
    line = _first_line_naming(text, shown, [subject], head_only=True)
    if rule == "subject.results_firm":
        return Decision("subject", rule, value, line or "a listed firm publishing its results in the opening lines")
    return Decision("subject", rule, value, line or "named in a title line and again in the text")


def _currency(home: tuple[str, str] | None, hong_kong: bool, text: str, own: Callable[[str], str]) -> Decision:
    """What a bare 元 means in this document's own figures: renminbi, or a home place's currency."""
    if home is None:
        return Decision("currency", "currency.mainland", "元", _RENMINBI)
    currency, place = own(home[0]), own(home[1])
    if hong_kong:
        return Decision("currency", "currency.hong_kong", currency, _HONG_KONG)
    for entry in home_places():
        if entry.currency == home[0] and entry.subject == home[1]:
            named = [m for m in entry.markers if m in text]
            count = sum(text.count(m) for m in named)
            return Decision(
                "currency", f"currency.home.{entry.id}", currency, f"{'、'.join(map(own, named))} named {count} times"
            )
    return Decision("currency", "currency.home", currency, f"a bare 元 in {place}'s figures")


# -- rendering ---------------------------------------------------------------------------------------

_FIELD_NAMES = {
    "year": "reference year",
    "written": "year of writing",
    "published": "published",
    "fiscal_year": "fiscal year",
    "default_period": "default period",
    "subject": "subject",
    "currency": "currency",
    "script": "script",
}


def render_text(explanations: Iterable[Explanation]) -> str:
    """The explanations as a person reads them; every piece of document text has control characters escaped."""
    parts: list[str] = []
    for ex in explanations:
        parts.append(_render_one(ex))
    return "\n".join(parts)


def _render_one(ex: Explanation) -> str:
    from rich.cells import cell_len

    safe = terminal_safe
    lines = [f"== {safe(ex.doc) if ex.doc is not None else '(text)'}", "document"]
    width = max((len(_FIELD_NAMES.get(d.field, d.field)) for d in ex.decisions), default=0)
    values = [safe(d.value) if d.value else "-" for d in ex.decisions]
    value_width = min(max((cell_len(v) for v in values), default=0), _VALUE_CELLS)
    for d, value in zip(ex.decisions, values, strict=True):
        name = _FIELD_NAMES.get(d.field, d.field).ljust(width)
        padded = value + " " * max(0, value_width - cell_len(value))  # CJK values take two cells a character
        lines.append(f"  {name}  {padded}  {d.rule}: {safe(d.evidence)}")
    lines.append(f"records ({len(ex.records)})")
    for i, er in enumerate(ex.records, 1):
        r = er.record
        data = record_dict(r)
        value = str(data["value"]) + (f"–{data['value_max']}" if r.value_max is not None else "")
        fields = [
            f"period {r.period or '-'}",
            f"base {r.base or '-'}",
            f"subject {r.subject or '-'}",
        ]
        if r.qualifier:
            fields.append(f"qualifier {r.qualifier}")
        if r.modality:
            fields.append(f"modality {r.modality}")
        head = f"{r.metric} {value} {r.unit} {r.kind}"
        lines.append(f"  {i}. {safe(head)} · {safe(' · '.join(fields))}")
        lines.append(f"     construction  {safe(er.construction or '-')}")
        shown = f"{safe(er.before)}⟦{safe(r.text)}⟧{safe(er.after)}"
        lines.append(f"     span {r.span[0]}-{r.span[1]}, line {er.line}: {shown}")
    return "\n".join(lines) + "\n"


def to_json(explanations: Iterable[Explanation]) -> str:
    return json.dumps([ex.to_json_dict() for ex in explanations], ensure_ascii=False, indent=2) + "\n"
