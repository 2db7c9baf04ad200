"""Number mentions: the numerals of a sentence that can be figures, with unit, range and qualifier.

Dates, durations, names (人工智能10条, 1+5+N), thresholds naming a category (亿元以上项目),
clock times and look-alikes are left out here, before any reading of the prose around them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from itertools import pairwise
from typing import cast

import regex

from .numbers import NumberMatch, find_numbers, parse_number
from .units import UnitMatch, is_measure_word, match_unit, per_denominator
from .vocab import (
    QUALIFIER_AFTER,
    QUALIFIER_BEFORE,
    WordPattern,
    comparison_words,
    grammar,
    qualifier_regexes,
    rx,
    word_set,
    words,
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A number with its unit and qualifier, positions relative to the sentence."""

    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    unit: str
    qualifier: str | None
    rank_group: str | None = None
    bound: bool = False  # the edge of a group (超500亿元的行业): read for its clause, never a record
    members: str = ""  # the group's members named after it (涨幅超20%的有A、B): each one's figure


_CJK = regex.compile(r"\p{Han}")


_DURATION_AFTER = regex.compile(r"(?:个|個)?(?:年|月|日|号|號|周|週|季度|季|小时|小時|天|时|時|分钟|岁|交易日|工作日)")


_months_covered = WordPattern(r"(?P<m>(?:个|個)月)的?(?:\L<w>)", w="months_covered_flows")
_covering_verb = WordPattern(r"\L<w>", w="covering_months_verbs")


# What ranks a figure (居…第二) and the groups of places it is ranked in; extract cuts them too.
RANK_VERBS = r"(?:位居|位列|居于|居|排名|排在|名列|稳居|跃居|列)"
RANK_GROUPS = r"(?:全国|全省|全市|全区|(?:副省级|同类|主要|中部|西部|东部|东北)?(?:城市|省份|地区))"


@cache
def _rank() -> regex.Pattern[str]:
    """居…第二, 全国前三: a rank; 全市第三产业, 全国前三季度, 第二批: an ordinal inside a name, none.

    What follows the ordinal decides (grammar word class ``ordinal_name_heads``).
    """
    names = "|".join(regex.escape(w) for w in sorted(words("ordinal_name_heads"), key=len, reverse=True))
    return regex.compile(
        r"(?:(?P<verb>" + RANK_VERBS + r")(?P<group>[^，。；、第首前居榜]{0,14}?)"
        # 房价指数环比涨幅全国第一: a group of places ranks a figure without a verb
        r"|(?<=\p{Han})(?P<group>" + RANK_GROUPS + r"))"
        r"(?:第(?P<n>[0-9一二三四五六七八九十]{1,3})(?:位|名)?(?!" + names + r")"
        r"|(?P<first>首位|榜首|首(?=[，。；、]|$))|前(?P<top>[0-9一二三四五六七八九十]{1,3})(?:位|名)?(?!"
        + names
        + r"))"
    )


# Possessive, and tried only where a run of digits starts: \d+ retried at every digit of a long
# run without a colon backtracked in the square of the run's length. Same matches.
RATIO = regex.compile(r"(?<!\d)\d++(?:\.\d++)?(?:[:：∶]\d++(?:\.\d++)?)+")


# 亿元以上项目: 以上 before a noun names a category; before a verb or adverb (增长20%以上没有问题,
# 10%以上是…) it only qualifies the figure.
_THRESHOLD_AFTER = regex.compile(
    r"(?:及以上|以上|以下|及以下)(?=[\p{Han}“\"])"
    r"(?!增速|增长|的增速|的增长|水平|规模|，|没有|不|是|将|可|也|还|都|就|应|并|且|但|而|则|仍)"
)


# 27只可转债跌幅超2%: the rate names the group that was counted (SPEC: a threshold naming a
# group is no record; the count is).
_THRESHOLD_OF_COUNT = regex.compile(
    r"(?:\d+|[一二三四五六七八九十两百千]+)(?:只|家|个|支|個)[\p{Han}A-Za-z]{1,10}?"
    r"(?:涨幅|跌幅|增幅|降幅|增速|漲幅|跌幅|增幅)(?:超过|超|逾|在|高于|低于|超過|高於|低於)$"
)


# 国防、金融、家电(等): members named before the count, so a threshold after it is each one's figure
_NAMED_BEFORE_COUNT = regex.compile(r"\p{Han}{2,12}(?:、\p{Han}{2,12})+等?$")


# 5%-8%, 5至8个百分点, 约9%至近22%: what joins the two ends of a range.
_RANGE_JOIN = regex.compile(r"[-—~～－]|(?:至|到)(?:近|约|約)?")
_PLUS_NAME = regex.compile(r"[+＋]")
_TOLERANCE_BEFORE = regex.compile(r"(?:上下)?浮动(?:约|为)?$")
_SCALED = regex.compile(r"[万亿萬億]$")


@cache
def _money_without_yuan() -> regex.Pattern[str]:
    """税金支出约105亿, 上半年赚102.4亿: words after which business prose drops 元 (grammar lexicon)."""
    direction = comparison_words()["direction"]
    moves = [w for key in ("up", "down") for w in direction[key]]  # type: ignore[index]
    return regex.compile(
        r"(?:\L<money>)(?:总额|总额|合计)?(?:约|近|超|逾|达|为|共|高达|仅|逾|多|少|了)?$"
        # 盈利比去年同期大增17亿, 存款按季少76亿: a money word, then its comparison and move, in one clause
        r"|(?:\L<money>)[^。；;]{0,20}?(?:\L<move>)(?:了)?(?:约|近|逾|超过)?$",
        money=list(words("money_words")),
        move=sorted(set(moves), key=len, reverse=True),
    )


def find_mentions(s: str, period_spans: list[tuple[int, int]]) -> list[Mention]:
    """Numbers that can be records, with unit, range and qualifier; dates, names and thresholds out."""
    before_q, after_q = qualifier_regexes()
    out: list[Mention] = []
    numbers = find_numbers(s)
    ratio_spans = [(m.start(), m.end()) for m in RATIO.finditer(s)]
    consumed_until = -1
    in_period, in_ratio = _overlap_test(period_spans), _overlap_test(ratio_spans)
    for i, nm in enumerate(numbers):
        if nm.start < consumed_until or in_period(nm.start, nm.end):
            continue
        if in_ratio(nm.start, nm.end):
            continue
        mention = _read_mention(s, nm, numbers[i + 1 : i + 13], before_q, after_q)
        if mention is None:
            continue
        consumed_until = mention.end
        out.append(_per_unit_of_the_list(s, out[-1] if out else None, mention))
    for m in _rank().finditer(s):
        n = m.group("n") or m.group("top")
        try:
            value = Decimal(1) if m.group("first") else parse_number(n)
        except ValueError:
            continue
        start = m.start("n") - 1 if m.group("n") else m.start("first") if m.group("first") else m.start("top") - 1
        if any(_overlaps(start, m.end(), [(x.start, x.end)]) for x in out):
            out = [x for x in out if not _overlaps(start, m.end(), [(x.start, x.end)])]
        qualifier = "under" if m.group("top") else None
        out.append(Mention(start, m.end(), value, None, "rank", qualifier, m.group("group") or None))
    for m in _zero_growth().finditer(s):
        # 零增长: no change at all, a growth rate of 0% (零 alone is no numeral the reader counts)
        if not any(_overlaps(m.start(), m.end(), [(x.start, x.end)]) for x in out):
            out.append(Mention(m.start(), m.start() + 1, Decimal(0), None, "%", None))
    for m in _ordinal_big().finditer(s):
        # 中国第一大经济城市, 全球第二大经济体: a rank among the group named before it
        if any(_overlaps(m.start("n") - 1, m.end(), [(x.start, x.end)]) for x in out):
            continue
        try:
            value = parse_number(m.group("n"))
        except ValueError:
            continue
        group = m.group("group")
        national = group in words("national_words") or group in ("中国", "中國", "我")  # 东盟为我第一大…: ours
        among = "全国" if national else group
        if m.group("w") in words("ranked_among_partners"):
            among += m.group("w")  # 我国第一大贸易伙伴: first among the country's partners, not its regions
        out.append(Mention(m.start("n") - 1, m.end(), value, None, "rank", None, among))
    out.sort(key=lambda x: x.start)
    return out


@cache
def ranked_by_size() -> dict[str, str]:
    """第N大城市 -> 地区生产总值: what a rank by size ranks, and the indicator it is of (grammar)."""
    return cast("dict[str, str]", grammar()["ranked_by_size"])


@cache
def _ordinal_big() -> regex.Pattern[str]:
    """(中国)第三大城市, 全球第二大经济体: 第N大 before what is ranked (grammar ranked_by_size)."""
    return regex.compile(
        r"(?P<group>中国|中國|全国|全國|我国|我國|我(?![市省区縣县區])|全球|世界|亚洲|亞洲|全省|全市|国内|國內)的?(?:GDP|经济|經濟)?"
        r"第(?P<n>[一二三四五六七八九十\d]{1,3})大(?=(?P<w>\L<w>))",
        w=sorted(ranked_by_size(), key=len, reverse=True),
    )


_LIST_GAP = regex.compile(r"\s*(?:、|和|及|与|與|,|，)\s*")


def _per_unit_of_the_list(s: str, before: Mention | None, mention: Mention) -> Mention:
    """每吨765元、872元和1060元: the 每吨 before a list's first amount prices every amount of the list."""
    if before is None or "/" not in before.unit or "/" in mention.unit:
        return mention
    head = before.unit.split("/", 1)[0]
    if mention.unit != head or not _LIST_GAP.fullmatch(s, before.end, mention.start):
        return mention
    return replace(mention, unit=before.unit)


@cache
def _not_qualifiers() -> tuple[str, ...]:
    qualifier = comparison_words()["qualifier"]
    assert isinstance(qualifier, dict)
    return tuple(qualifier.get("not_before", ()))


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


def _overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """`_overlaps` against fixed spans, by bisection where their starts and ends both ascend (spans
    found left to right without overlap): each number of a sentence is tested against all its periods,
    which made the test quadratic in a long sentence. Spans in any other order are scanned."""
    starts, ends = [s for s, _ in spans], [e for _, e in spans]
    if any(x > y for x, y in pairwise(starts)) or any(x > y for x, y in pairwise(ends)):
        return lambda a, b: _overlaps(a, b, spans)

    def overlaps(a: int, b: int) -> bool:
        i = bisect_right(ends, a)  # the spans from i on end after a; the first of them starts first
        return i < len(starts) and starts[i] < b

    return overlaps


# 四厘利息补贴, 年息三厘, 息率为2.5厘: Hong Kong and Macau quote interest rates in 厘, one per cent
# each; 厘 elsewhere is a thousandth of a yuan (每股派3厘) or a length (厘米).
_INTEREST_BEFORE = regex.compile(r"(?:息率|利率|年息|月息|利息|年利率|息)(?:补贴|補貼)?(?:为|是|达|约|為|達|約)?$")
_INTEREST_AFTER = regex.compile(r"(?:的)?(?:利息|息率|年息|利率|息|贴息)")


_PER_CENT_BEFORE = regex.compile(r"(?:百分之|千分之)$")


@cache
def _group_after_share() -> regex.Pattern[str]:
    """前20%家庭: what a share of a ranking names (grammar word class ``ranked_groups``)."""
    return regex.compile(r"的?(?:\L<g>)", g=sorted(words("ranked_groups"), key=len, reverse=True))


def _interest_li(s: str, start: int, pos: int) -> bool:
    """``s[pos]`` is a 厘 of interest: a per-cent rate, not a thousandth of a yuan."""
    if not s.startswith("厘", pos) or s.startswith("厘米", pos):
        return False
    return bool(_INTEREST_AFTER.match(s, pos + 1) or _INTEREST_BEFORE.search(s, max(0, start - 6), start))


def _read_mention(
    s: str,
    nm: NumberMatch,
    following: list[NumberMatch],
    before_q: regex.Pattern[str],
    after_q: regex.Pattern[str],
) -> Mention | None:
    """The figure a number makes with its unit, range and qualifier; None when it is no figure."""
    pos = nm.end
    prev_char = s[nm.start - 1] if nm.start else ""
    if _names_no_figure(s, nm, prev_char):
        return None
    said = _PER_CENT_BEFORE.search(s, max(0, nm.start - 3), nm.start)
    if said:
        return _share_said_before(s, nm, said, before_q)
    qualifier: str | None = None
    q_after = after_q.match(s, pos)
    if q_after and q_after.group() in ("余", "多", "餘"):
        qualifier = QUALIFIER_AFTER[q_after.group()]
        pos = q_after.end()
    if pos < len(s) and s[pos] == " ":
        pos += 1
    covered = _months_covered().match(s, pos)
    if covered and _covering_verb().search(s, max(0, nm.start - 16), nm.start):
        # 相当于政府23个月的开支, 可支付15个月进口: how many months of a flow a stock covers
        return Mention(nm.start, covered.end("m"), nm.value, None, "个月", qualifier)
    if _DURATION_AFTER.match(s, pos):
        unit_try = match_unit(s, pos)
        if unit_try is None or unit_try.surface in ("个", "個") or unit_try.unit in ("天", "分钟", "小时"):
            return None
    if s.startswith("番", pos) and s[nm.start - 1 : nm.start] == "翻":
        # 翻一番 doubles (a rise of 1倍), 翻两番 quadruples (3倍): growth = 2^n - 1 times
        doubled = Decimal(2) ** int(nm.value) - 1
        return Mention(nm.start - 1, pos + 1, doubled, None, "倍", None)
    ranged = _unit_and_range(s, nm, pos, following)
    if ranged is None:
        return None
    unit, value_max, end = ranged
    named = _unit_name(s, nm, pos, end, unit)
    if named is None:
        return None
    unit_name, factor = named
    if _counts_in_prose(s, nm, end, unit_name):
        return None
    value = nm.value
    members = _members_after(s, end)
    if members:
        # 涨幅在20%以上的有A、B: the threshold names no category here but what each member did
        tail = after_q.match(s, end)
        qualifier = qualifier or (QUALIFIER_AFTER[tail.group()] if tail else None)
        before = before_q.search(s[max(0, nm.start - 4) : nm.start])
        qualifier = qualifier or (QUALIFIER_BEFORE[before.group()] if before else None)
        return Mention(nm.start, end, value * factor, None, unit_name, qualifier, members=members)
    if _edge_of_a_group(s, nm, end, unit_name, prev_char):
        return None
    qualifier, end = _qualifier_around(s, nm, end, qualifier, before_q, after_q)
    return _scaled_mention(s, nm, end, value_max, unit_name, factor, qualifier)


def _names_no_figure(s: str, nm: NumberMatch, prev_char: str) -> bool:
    """Numbers that are no figure by what touches them: a tolerance, an ordinal, a name, a grade."""
    pos = nm.end
    if _TOLERANCE_BEFORE.search(s, max(0, nm.start - 4), nm.start):
        return True  # 营收325亿美元，上下浮动2%: a tolerance, not a figure
    if prev_char in ("第", "+", "＋", "每") or _PLUS_NAME.match(s, pos):
        return True  # 第3, 1+5, 每10股派…: an ordinal, a name, the denominator of a rate
    if prev_char.isascii() and prev_char.isalpha():
        return True
    if s.startswith(words("grade_marks"), pos) and _CJK.match(s, pos + 1):
        return True  # 93号汽油, 0#柴油: a grade's number is part of a name
    if s.startswith(words("numbered_names"), nm.start):
        return True  # 十种有色金属545万吨: the number opens the indicator's name
    return False


def _share_said_before(s: str, nm: NumberMatch, said: regex.Match[str], before_q: regex.Pattern[str]) -> Mention:
    """A share said in words before the number (百分之, 千分之) is the figure's unit, and starts it."""
    # 百分之九十三 = 93%, 千分之五 = 5‰: the share said before the number
    start = said.start()
    before = before_q.search(s[max(0, start - 4) : start])
    share_unit = "%" if said.group() == "百分之" else "‰"
    return Mention(start, nm.end, nm.value, None, share_unit, QUALIFIER_BEFORE[before.group()] if before else None)


def _unit_and_range(
    s: str, nm: NumberMatch, pos: int, following: list[NumberMatch]
) -> tuple[UnitMatch | None, Decimal | None, int] | None:
    """The unit after the number, a range's upper end (5%-8%) and where the figure ends; None for a span of time."""
    unit = match_unit(s, pos)
    if unit is None and _interest_li(s, nm.start, pos):
        unit = UnitMatch(end=pos + 1, surface="厘", unit="%", factor=Decimal(1))
    value_max: Decimal | None = None
    end = pos
    if unit is not None:
        end = unit.end
    # ranges: 5%-8%, 5至8个百分点
    nxt = following[0] if following else None
    if nxt is not None and _RANGE_JOIN.fullmatch(s, end, nxt.start):
        unit2 = match_unit(s, nxt.end)
        if unit2 is not None and (unit is None or unit2.unit == unit.unit):
            if _DURATION_AFTER.match(s, nxt.end) and unit2.surface in ("个", "個"):
                return None  # 0-3个月: a span of time
            value_max = nxt.value
            unit = unit2
            end = unit2.end
    if unit is None:
        unit = _list_unit(s, nm, following)  # 3.7、2.6和3.2个百分点: the last number's unit serves all
    elif unit.surface in ("个", "個") and _POINTS_LIST_AFTER.match(s, unit.end):
        # 高于全国、全省1.1个和0.4个百分点: the first 个 is short for 个百分点
        unit = UnitMatch(end=unit.end, surface=unit.surface, unit="pp", factor=Decimal(1))
    return unit, value_max, end


def _unit_name(s: str, nm: NumberMatch, pos: int, end: int, unit: UnitMatch | None) -> tuple[str, Decimal] | None:
    """The unit's name and factor (元 when business prose drops it); None when the number is a name or no figure."""
    if (
        unit is None
        and not nm.chinese
        and _SCALED.search(nm.surface)
        and _money_without_yuan().search(s[max(0, nm.start - 24) : nm.start])
        and not s.startswith("的", pos)  # 纳税超百亿的企业: a threshold naming a group
    ):
        # 税金支出约105亿: business prose drops 元 after an amount's scale
        unit_name, factor = "元", Decimal(1)
    elif unit is None:
        if nm.chinese or not _bare_number_ok(s, nm.start):
            return None
        unit_name, factor = "", Decimal(1)
    else:
        unit_name, factor = unit.unit, unit.factor
        if unit.surface in word_set("name_suffixes") and _is_policy_name(s, nm.start, end):
            return None  # 人工智能10条: a policy's name
        if nm.chinese and unit.surface in ("个", "個") and not _CJK.match(s, end):
            return None
    return unit_name, factor


def _counts_in_prose(s: str, nm: NumberMatch, end: int, unit_name: str) -> bool:
    """A time of day (8点半), an article (一个) or a small count in words (三个方面): prose, no figure."""
    value = nm.value
    if unit_name == "点" and (
        (end < len(s) and s[end] in "钟半") or _TIME_OF_DAY.search(s[max(0, nm.start - 4) : nm.start])
    ):
        return True
    if nm.chinese and value == 1 and unit_name not in ("倍", "%"):
        return True  # 一个, 一家: an article, not a count
    if nm.chinese and value < 10 and is_measure_word(unit_name):
        return True  # 四支歐洲勁旅, 两轮竞价, 三个方面: prose counts; statistics write counts in digits
    return False


def share_of_members(s: str, start: int, end: int, unit_name: str) -> bool:
    """六成以上的城市房价下跌, 近8成省份完成了目标: a per cent of a group's members, said before the group
    with nothing else measured in its clause, is a figure (a share), not the edge of a group.

    >>> share_of_members("全国八成以上的城市房价下跌", 2, 4, "%")
    True
    >>> share_of_members("增速10%以上的城市有5个", 2, 5, "%")
    False
    """
    if unit_name != "%":
        return False
    if not members_after().match(s, end):
        return False
    clause_start = max(s.rfind(c, 0, start) for c in "，,。；;：:\n") + 1
    return not _member_share_leads().sub("", s[clause_start:start]).strip()


@cache
def members_after() -> regex.Pattern[str]:
    """以上的城市, 省份: a bound word, 的 and the group a share of members is of (grammar group_nouns);
    the group noun is ``g``. Shared with the engine, which names the share by what follows."""
    groups = sorted(words("group_nouns"), key=len, reverse=True)
    return regex.compile(r"(?:及以上|以上|左右|多)?的?(?P<g>\L<g>)", g=groups)


@cache
def _member_share_leads() -> regex.Pattern[str]:
    """What may stand before a share of members in its clause (全国, 有, 超过, 2021年): no indicator."""
    return regex.compile(r"\d{4}年|\L<w>", w=sorted(words("member_share_leads"), key=len, reverse=True))


def _edge_of_a_group(s: str, nm: NumberMatch, end: int, unit_name: str, prev_char: str) -> bool:
    """A threshold that names a group (增速超过10%的有5个), a ranking's place, a quote's other side: no figure."""
    value = nm.value
    if share_of_members(s, nm.start, end, unit_name):
        return False  # 八成以上的城市房价下跌: the share of the cities, no threshold
    if _THRESHOLD_AFTER.match(s, end):
        return True
    if unit_name == "%" and prev_char in ("前", "后", "後") and _group_after_share().match(s, end):
        return True  # 前20%家庭, 後40%的人口: a group named by its place in a ranking, no figure
    counted = _THRESHOLD_OF_COUNT.search(s, max(0, nm.start - 24), nm.start) if unit_name == "%" else None
    if counted and not _NAMED_BEFORE_COUNT.search(s, max(0, counted.start() - 60), counted.start()):
        return True  # 有5个行业增速超过10%: the edge of a group; A、B、C三个行业跌幅超过10%: each one's
    if value == 1 and rx(r"[兑兌]$").search(s[: nm.start]):
        return True  # 报7.2516兑1美元: the quote's other side, not a figure
    return False


def _qualifier_around(
    s: str,
    nm: NumberMatch,
    end: int,
    qualifier: str | None,
    before_q: regex.Pattern[str],
    after_q: regex.Pattern[str],
) -> tuple[str | None, int]:
    """The qualifier after the figure (约, 以上) or before it (超过, 近), and the end an 左右 extends to."""
    if qualifier is None:
        qm = after_q.match(s, end)
        if qm and not (qm.group() in ("多", "余") and _CJK.match(s, qm.end())):
            qualifier = QUALIFIER_AFTER[qm.group()]
            end = qm.end() if qualifier in ("approx",) else end
    qb = before_q.search(s[max(0, nm.start - 4) : nm.start])
    if qb and s.endswith(_not_qualifiers(), 0, nm.start):
        qb = None  # 出超107.2亿美元: the word is the metric, the figure exact
    if qb and qualifier is None:
        qualifier = QUALIFIER_BEFORE[qb.group()]
    return qualifier, end


def _scaled_mention(
    s: str, nm: NumberMatch, end: int, value_max: Decimal | None, unit_name: str, factor: Decimal, qualifier: str | None
) -> Mention:
    """The mention in its unit per denominator (每公斤9.8元 -> 元/公斤), scaled, marked when it bounds a group."""
    value = nm.value
    start = nm.start
    per = _PER_UNIT.search(s, max(0, nm.start - 9), nm.start)
    if per and unit_name and "/" not in unit_name:
        per_unit = per_denominator(per.group("u"))
        if per_unit is not None:
            unit_name = f"{unit_name}/{per_unit}"  # 每公斤9.8元 -> 元/公斤
    ranged = value_max is not None or _RANGE_END.search(s, max(0, nm.start - 8), nm.start) is not None
    # 日均成交额超百亿元的行业有24个, 超500亿元，分别为…: a bound, not a figure
    bound = (
        (qualifier in ("over", "under") or ranged or _edge_after_measure().match(s, end) is not None)
        and _bounds_a_group(s, end)
        and not share_of_members(s, nm.start, end, unit_name)
    ) or _reference_line(s, end) or _restated_group(s, nm.start, unit_name)
    value = value * factor
    if value_max is not None:
        value_max = value_max * factor
    return Mention(start, end, value, value_max, unit_name, qualifier, bound=bound)


def _restated_group(s: str, start: int, unit: str) -> bool:
    """这26个城市, 上述150只个股: a group counted again with a demonstrative was sized before; its
    count here only points back (SPEC: a group's size restated is no new fact)."""
    return is_measure_word(unit) and s.endswith(words("demonstratives"), max(0, start - 3), start)


@cache
def _zero_growth() -> regex.Pattern[str]:
    return regex.compile(r"\L<w>", w=words("zero_growth_words"))


@cache
def _group_bound() -> regex.Pattern[str]:
    """What follows a bound of a group: 的 + a plural noun (行业, 城市, 个股…), or the members' own
    figures (，分别为…)."""
    nouns = list(words("group_nouns"))
    return regex.compile(
        r"(?:(?:\p{Han}{1,3}?(?:\L<e>)?)?的(?:\p{Han}{0,6}?)(?:\L<n>)"
        r"|的(?:共有|共|有|达|为)?[0-9一二三四五六七八九十两]+(?:个|家|只|座|支|个城市)"
        r"|[，,]\s*(?:分别为|分别是|分别达到?|依次为))",
        n=nouns,
        e=_edge_words(),
    )


def _edge_words() -> list[str]:
    """以上, 以下, 以内: words that close a bound after its figure (comparisons.toml qualifier)."""
    q = comparison_words()["qualifier"]
    assert isinstance(q, dict)
    return sorted({*q["over_after"], *q["under_after"]}, key=len, reverse=True)


@cache
def _edge_after_measure() -> regex.Pattern[str]:
    """50亿元市值以下的个股: a measure noun between the figure and the word that makes it an edge."""
    return regex.compile(r"\p{Han}{1,3}?(?:\L<e>)的", e=_edge_words())


# 500亿元至1000亿元: the figure closes a range written with a unit on both ends
_RANGE_END = regex.compile(r"[0-9][万亿萬億]?[元%]?(?:至|到|-|—|~)$")


@cache
def _line_pattern() -> regex.Pattern[str]:
    return regex.compile(r"的?(?:\L<w>)", w=list(words("reference_lines")))


def _reference_line(s: str, end: int) -> bool:
    """低于50%临界点, 跌破1元生死线: a line figures are measured against is no figure of its own."""
    return _line_pattern().match(s, end) is not None


@cache
def _members_pattern() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:及)?(?:以上|以下|以内|之上)?的(?P<g>\L<n>)?(?:分别|分別|依次|主要|还|還)?(?:是|为|為|有)"
        r"(?P<m>[^，,；;。：:\d（）()]{2,60}?)(?:等)?(?=[，,；;。]|$)",
        n=list(words("group_nouns")),
    )


def _members_after(s: str, end: int) -> str:
    """涨幅超过20%的分别为A、B、C行业 -> A、B、C行业: members a threshold picks out by name.

    Only a list of names qualifies (no figures, no counts: 的有12个 is the size of the group).
    """
    found = _members_pattern().match(s, end)
    if not found or not regex.search(r"\p{Han}{2}", found.group("m")):
        return ""
    members, group = found.group("m"), found.group("g") or ""
    if members.endswith(tuple(words("group_nouns"))):
        return members  # …的县区有甲县、乙区: the members name their kind already
    return members + group  # …的行业有A、B: A行业, B行业


def _bounds_a_group(s: str, end: int) -> bool:
    """A qualified figure or range that marks the edge of a group is no record (SPEC §7): the
    threshold of 超5000亿元的城市 names the cities; after …超500亿元，分别为… the members' figures follow."""
    return _group_bound().match(s, end) is not None


_COUNTING_VERB_BEFORE = regex.compile(
    r"(?:提出|出台|制定|发布|推出|明确|包括|共|共计|涉及|新增|新建|开通|建成|方面|其中|有)$"
)


def _is_policy_name(s: str, start: int, end: int) -> bool:
    """民营经济20条, 人工智能10条: a number glued to a noun before 条 names a policy document."""
    if end >= len(s) or not _CJK.match(s, end):
        return True
    if start == 0 or not _CJK.match(s, start - 1):
        return False
    return not _COUNTING_VERB_BEFORE.search(s[:start])


_TIME_OF_DAY = regex.compile(r"(?:上午|下午|晚上|凌晨|早上|中午|时间|北京时间|美东时间)$")


# 每公斤9.8元 -> 元/公斤; 每股 stays in the metric (每股收益0.27元, 每股派息30港仙 are in 元/港仙), and so
# does an average's 平均每户 (平均每户财富500万元 is an average in 元, not a price per household).
# 每公斤9.8元, 每吨上调300元, 每公升下調0.3元: what the amount is per, a verb of moving or setting between
_PER_UNIT = regex.compile(
    r"(?<!平均)每(?!股)(?P<u>\p{Han}{1,3}?)(?:上调|下调|调高|调低|上涨|下跌|提高|降低|增加|减少|上調|下調|調高|調低|上漲)?(?:了)?$"
)


_LIST_SEP = regex.compile(r"\s*(?:、|和|及|与)\s*")


_POINTS_LIST_AFTER = regex.compile(r"(?:和|、|及|与|至)\s*\d+(?:\.\d+)?个百分点")


def _list_unit(s: str, nm: NumberMatch, following: list[NumberMatch]) -> UnitMatch | None:
    """The unit written once at the end of a list of numbers (分别为3.7、2.6和3.2个百分点)."""
    prev_end = nm.end
    for nxt in following[:12]:
        if not _LIST_SEP.fullmatch(s[prev_end : nxt.start]):
            return None
        unit = match_unit(s, nxt.end)
        if unit is not None:
            return unit if unit.unit in ("%", "pp", "倍", "基点") or nxt.surface.isascii() else None
        prev_end = nxt.end
    return None


_BARE_OK = regex.compile(
    r"(?:报|收于|收报|報|为|為|至|达|是|升至|降至|跌至|涨至|预期|前值|初值|终值|预期值|预估|的|指数|指數|PMI)$"
)


_BARE_CONTEXT = regex.compile(
    r"指数|指數|汇率|匯率|兑|兌|PMI|价格|價格|中间价|比价|系数|CPI|PPI|收入比|人口比|性别比|比值|之比"
)


def _bare_number_ok(s: str, start: int) -> bool:
    """A number without a unit is a figure only as a quoted level (报103.05, PMI为50.3)."""
    head = s[:start].rstrip()
    if rx(r"(?:报|收于|收报|報)$").search(head):
        return True
    return bool(_BARE_OK.search(head)) and bool(_BARE_CONTEXT.search(head[-30:]))
