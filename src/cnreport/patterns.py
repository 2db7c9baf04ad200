"""Grammar: the table of context rules that turn a number into a kind, a sign and a base.

Each rule looks at the *predicate* of a mention: the words between the end of its metric
noun phrase and the number (``同比增长`` in ``规上工业增加值同比增长5.1%``). Rules are tried in
table order; the first whose regex matches and whose units admit the mention decides. Words come
from the lexicons as regex named lists, so adding a term never touches this file.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from .lexicon import read_lexicon
from .records import Kind


@dataclass(frozen=True, slots=True)
class Pattern:
    """One rule of the grammar: which predicates (and units) make which kind of record."""

    id: str
    regex: str
    kind: Kind
    units: frozenset[str] | None  # None: any unit
    examples: tuple[str, ...]


RATE_UNITS = frozenset({"%", "倍"})
POINT_UNITS = frozenset({"pp", "基点"})

# fmt: off
PATTERNS: tuple[Pattern, ...] = (
    Pattern("rank", r"(?:\L<rank>)", Kind.RANK, frozenset({"rank"}), ("居副省级城市第二", "位列全国")),
    Pattern("contribution", r"(?:\L<contribution>).*(?:\L<up>|\L<down>)?", Kind.CONTRIBUTION,
            POINT_UNITS, ("拉动GDP增长", "影响价格总水平上涨约")),
    Pattern("gap", r"(?:\L<gap>)", Kind.GAP, POINT_UNITS | RATE_UNITS, ("高于全国", "低于全省")),
    Pattern("share.change", r"(?:\L<share>).*(?:\L<up>|\L<down>)", Kind.CHANGE, POINT_UNITS,
            ("比重比同期提高", "占比下降")),
    Pattern("share", r"(?:\L<share>)", Kind.SHARE, frozenset({"%"}), ("占全市投资比重达", "贡献率")),
    Pattern("rate.change", r"(?:\L<up>|\L<down>)", Kind.CHANGE, POINT_UNITS,
            ("增速比一季度提高", "回落")),
    Pattern("growth.rate", r"(?:\L<up>|\L<down>)", Kind.GROWTH_RATE, RATE_UNITS,
            ("同比增长", "比上年下降", "涨")),
    Pattern("change.amount", r"(?:\L<base>|比|较).*(?:\L<up>|\L<down>)", Kind.CHANGE, None,
            ("比上年末增加", "较年初增加")),
    # Shorthand of broker notes and briefs: the base word, then the signed figure (同比+12%, 環比-0.3%,
    # 同比+1.2pct); the sign is the number's own.
    Pattern("signed.rate", r"(?:\L<base>)[:：]?\s*$", Kind.GROWTH_RATE, RATE_UNITS,
            ("同比", "环比", "较上月")),
    Pattern("signed.points", r"(?:\L<base>)[:：]?\s*$", Kind.CHANGE, POINT_UNITS,
            ("同比", "较上年")),
    # 营收586亿元/-51%: a level, a slash, then its year-on-year rate (broker-note tables in prose)
    Pattern("slash.rate", r"^\s*[/／]\s*$", Kind.GROWTH_RATE, RATE_UNITS, ("/", " ／ ")),
    Pattern("slash.points", r"^\s*[/／]\s*$", Kind.CHANGE, POINT_UNITS, ("/",)),
)
# fmt: on


@cache
def word_lists() -> dict[str, list[str]]:
    """The named lists every grammar regex may use, longest surface first."""
    comp = read_lexicon("comparisons")

    def longest_first(words: list[str]) -> list[str]:
        return sorted(set(words), key=len, reverse=True)

    bases = [w for ws in comp["base"].values() for w in ws]
    return {
        "up": longest_first(comp["direction"]["up"]),
        "down": longest_first(comp["direction"]["down"]),
        "base": longest_first(bases),
        "gap": longest_first(comp["gap"]["surfaces"]),
        "contribution": longest_first(comp["contribution"]["surfaces"]),
        "share": longest_first(comp["share"]["surfaces"]),
        "rank": longest_first(comp["rank"]["surfaces"]),
    }


@cache
def compiled() -> tuple[tuple[Pattern, regex.Pattern[str]], ...]:
    """Compile the table once; a rule that does not compile is a programming error."""
    lists = word_lists()

    def used(rx: str) -> dict[str, Any]:
        """The named lists ``rx`` uses, as ``regex.compile``'s keyword arguments (typed ``**kwargs: Any``)."""
        return {name: words for name, words in lists.items() if f"\\L<{name}>" in rx}

    return tuple((p, regex.compile(p.regex, **used(p.regex))) for p in PATTERNS)


def classify(predicate: str, unit: str) -> Pattern | None:
    """The first rule whose words occur in ``predicate`` and whose units admit ``unit``."""
    for pattern, rx in compiled():
        if pattern.units is not None and unit not in pattern.units:
            continue
        if rx.search(predicate):
            return pattern
    return None
