"""Records from normalized report text: find the numbers, then read the prose around them.

The engine is number-first: most of a report holds no figure, so sentences without a number
cost one regex scan. For each number it reads, right to left, the words that Chinese reports put
before a figure — ``[period][subject] metric [base] direction number unit`` — and carries the
metric, period and base across the clauses of a sentence the way a reader does
(``增长15.7%，高于规上工业10.6个百分点，增长贡献率63.5%``).
"""

from __future__ import annotations

import datetime as _dt
import logging
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, lru_cache
from itertools import pairwise
from typing import cast

import regex

from . import comparisons, periods, table_grid, tables
from .context import Decision, find_reference
from .context.dates import find_dateline
from .context.issuer import coded_firms, filing_issuer, firm_at, firm_opening, results_period, results_publisher
from .documents import (
    CONTRACT,
    DAY_SPAN,
    FISCAL_QUARTER,
    FISCAL_TO_DATE,
    FiscalCalendar,
    day_of_month_before,
    default_fiscal_calendar,
    default_period_and_rule,
    find_document_date,
    find_document_subject,
    firm_named_after_place,
    fiscal_calendar,
    fiscal_quarter_period,
    fiscal_to_date_period,
    fiscal_year_start,
    month_before,
    morning_brief_day,
    national_subject,
    outlet_named_after_place,
    proper_name,
    review_week,
    title_company,
    week_ending,
    week_of,
    weekday_before,
)
from .mentions import RANK_GROUPS, RANK_VERBS, RATIO, Mention, find_mentions, members_after, ranked_by_size
from .metrics import (
    expand_abbreviations,
    is_known_metric,
    known_metric_suffix,
    names_a_quantity,
    strip_time_spans,
    trim_function_words,
)
from .numbers import parse_number
from .patterns import PATTERNS, Pattern, classify
from .records import Kind
from .script import is_hong_kong
from .units import is_measure_word
from .vocab import (
    PLAN_WORDS,
    WordPattern,
    comparison_words,
    grammar,
    modality_regexes,
    rx,
    subject_at,
    subjects,
    word_set,
    words,
)

log = logging.getLogger(__name__)


Tokenize = Callable[[str], list[str]]


@dataclass(frozen=True, slots=True)
class Draft:
    """A record before provenance is mapped back to the original text (offsets are normalized)."""

    metric: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    kind: Kind
    period: str | None
    base: str | None
    subject: str | None
    qualifier: str | None
    modality: str | None
    start: int
    end: int
    pattern: str


@dataclass(slots=True)
class DocContext:
    """What a reader carries through a document: its year, subject and governing period."""

    year: int | None
    subject: str | None
    default_period: str | None
    governing_period: str | None = None
    morning_brief_day: str | None = None
    review_week: str | None = None  # the trading week a weekly review covers (its 上周), when its window says
    paragraph_subject: str | None = None
    document_date: str | None = None  # YYYY-MM-DD the document was published, when it says
    news_day: str | None = None  # the day a news item opens with (8月8日晚间消息)
    dateline: str | None = None  # the wire dateline as written (新华社北京1月24日电), until the reader passes it
    paragraph_metric: str = ""
    paragraph_growth: tuple[str, str | None] | None = None  # the paragraph's last growth: metric, base
    paragraph_futures: bool = False  # the paragraph reports futures (国内商品期货夜盘收盘…)
    paragraph_shares: bool = False  # the paragraph reports share moves (三大股指收涨…; 甲公司涨5%)
    paragraph_programme: str = ""  # a programme the paragraph named (推出“社区消费大奖赏”活动)
    paragraph_whole: str = ""  # the whole the paragraph's last share was of (占外贸总值的…)
    document_tax: str = ""  # the tax the text opens with (个人所得税法获批…): its parameters' tax
    counted_groups: set[str] = field(default_factory=set)  # groups counted so far (26个城市): said again, no fact
    fiscal_april: bool = False  # a Hong Kong source: its government's fiscal year starts in April
    fiscal_year: tuple[FiscalCalendar, int] | None = None  # the company fiscal year last named
    looking_back: bool = False  # written the year after the one it reviews: its 去年 is that year
    budget_speech: bool = False  # a budget speech or release: public finances are counted by fiscal year
    quarters_to_date: bool = False  # the text marks a single quarter (Q3单季度): a bare 2020Q3 runs from January
    decisions: tuple[Decision, ...] = ()  # how the document-level facts were decided (explain trail)
    subject_rule: str = "subject.none"  # the rung of the subject ladder that chose ``subject``
    section_period: str | None = None  # the period a heading line dates its section with (三、2024年工作安排)
    paragraph_base: str | None = None  # a base noted 下同 (比前一周（下同）下降0.7%): the paragraph's own
    currency_below: str | None = None  # a currency noted 下同 (（美元，下同）): the document's from there on
    noted_amounts: dict[Decimal, str] = field(default_factory=dict)  # 102.4億（美元，下同）: that amount's currency
    restated_titles: frozenset[str] = frozenset()  # headline lines whose every figure the body gives again
    annual_report: str | None = None  # the year of the annual report the document names (2023年年度报告)
    firms: frozenset[str] = frozenset()  # listed firms the document names with their stock codes
    section_span: str | None = None  # the years a section reviews (过去的五年…: 2021/2025)
    default_period_rule: str | None = None  # set when a rule beyond the year ladder chose default_period


@dataclass(slots=True)
class Carry:
    """What a reader carries across the clauses of one sentence."""

    metric: str = ""
    entity: str = ""
    items: list[str] = field(default_factory=list)
    item_subjects: list[str] = field(default_factory=list)  # whose each item is (沪市、深市分别…)
    base: str | None = None
    kind: Kind | None = None
    period: str | None = None
    subject: str | None = None
    growth_base: str | None = None
    gap_verb: str = ""
    change_base: str | None = None  # an explicit base of a change, for the parallel changes after it
    last_month: bool = False  # the sentence dates its figures 上月 (a news item's last month)
    rate_word: str = ""  # 涨幅/降幅 naming the rate of the last figure
    rate_change: str = ""  # the rate (增速, 降幅) the last figure moved in points: 增速比上月末低0.7个百分点
    unit: str = ""  # the last figure's unit: 220.77千公顷，增加0.34千公顷 adds to the level just given
    moved_from: list[tuple[int, str]] = field(default_factory=list)  # 从2010年3月的16.45…: end, period
    parent: str = ""  # the paragraph's last figure, the whole that 按地域分，城镇… breaks down
    parts: bool = False  # after 其中 / 按地域分: the figures that follow are parts of the last one
    outer_subjects: list[str | None] = field(default_factory=list)  # subjects before an open bracket


# ---------------------------------------------------------------------------------------------
# vocabulary


# ---------------------------------------------------------------------------------------------
# sentences

_SENTENCE = regex.compile(r"[^。！？!?\n]+[。！？!?]?")
_CLAUSE_BREAK = regex.compile(r"[，,；;（）()【】]|——|(?<!\d)[：:]|[：:](?!\d)|(?<=\S)\u3000+(?=\S)")
# The verb and group of a rank, cut from the end of the text before 第N.
_RANK_TAIL = regex.compile(RANK_VERBS + r"[^，。；、第首前居]{0,14}$|" + RANK_GROUPS + "$")


_continues = WordPattern(r"\n[ \t\u3000]*(?=[0-9，,、%]|\L<w>|为\d|达\d)", w="continuing_words")


_LINE_OPENS_DATED = regex.compile(r"\n[ \t\u3000]*\d{1,4}(?:[-—~至]\d{1,2})?(?:年|月|日|季度)")


_open_end = WordPattern(r"(?:\L<w>|、|，|,)\s*$", w="open_end_words")


_NEXT_LINE = regex.compile(r"\n[ \t\u3000]*\S")


def split_sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) pairs; a sentence longer than `MAX_SENTENCE_CHARS` comes in pieces.

    Reading a sentence costs time in its length for each of its figures, so an input that is one
    endless sentence (a table flattened into one line, a run of digits) would cost time in the
    square of its length. Such a sentence is cut after its last clause mark before the limit
    (or at the limit), keeping the work per sentence bounded and the whole read linear. The
    longest sentence in the samples has 292 characters.
    """
    for start, sentence in _whole_sentences(text):
        while len(sentence) > MAX_SENTENCE_CHARS:
            cut = max(sentence.rfind(mark, 0, MAX_SENTENCE_CHARS) for mark in "，；、,;") + 1
            if cut <= MAX_SENTENCE_CHARS // 2:
                cut = MAX_SENTENCE_CHARS
            yield start, sentence[:cut]
            start, sentence = start + cut, sentence[cut:]
        yield start, sentence


MAX_SENTENCE_CHARS = 2000


def _whole_sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) pairs.

    After normalization a line break ends a sentence, unless the next line goes on with a
    number or a clause mark (全市社会消费品零售总额\n4321.5亿元): a wrapped line the layout
    heuristics could not prove, since a heading never runs on into a figure like that.
    """
    start: int | None = None
    for m in _SENTENCE.finditer(text):
        if start is None:
            start = m.start()
        ends_line = not m.group().endswith(("。", "！", "？", "!", "?"))
        # 商圈资讯\n1月商用车销售…: a line opening with a date is a new line, not the figure of the last
        dated = _LINE_OPENS_DATED.match(text, m.end())
        runs_on = (_continues().match(text, m.end()) and not dated) or (
            _open_end().search(m.group()) and _NEXT_LINE.match(text, m.end())  # pos, not a copy of the rest
        )
        if ends_line and runs_on and len(m.group().strip()) >= 4:
            continue
        yield start, text[start : m.end()]
        start = None
    if start is not None:
        yield start, text[start:]


_NUMERAL_HINT = regex.compile(r"[0-9零〇一二两三四五六七八九十百千万亿兩]|首位")


def _has_digit_or_numeral(s: str) -> bool:
    return _NUMERAL_HINT.search(s) is not None


# ---------------------------------------------------------------------------------------------
# mentions


_point_move = WordPattern(r"(?:\L<w>)(?:了)?(?:约|近|逾|超过)?$", w="point_move_verbs")


# 上升至2024年7月至9月的3.1%: the level reached in a period named on the way


@cache
def _reached_period() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:\L<m>)(?:至|到)[0-9年月季度上下半至到\-—~第一二三四五六七八九十首前]{2,16}的$", m=words("moved_to_verbs")
    )


@cache
def _fall_reached() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:\L<f>|(?:年|月)(?:减|減)幅度?)(?:一度|再|进一步|進一步)?"
        r"(?:\L<m>)(?:至|到)(?:不足|约|近|逾|超过|約)?$",
        f=words("fall_rate_words"),
        m=words("rate_moves"),
    )


_fall_amount = WordPattern(r"(?:\L<w>)(?:了)?(?:约|近|超过)?$", w="fall_amount_verbs")


# 回落至49.7%, 修正为3.1%: the level a move reached
_reached = WordPattern(r"(?:\L<m>|调整|修正)(?:为|至|到)$", m="moved_to_verbs")


_GROWTH_HEADS = ("增长率", "成长率", "增速", "年增率", "增长速度", "成長率", "增長率")
_SHARE_HEADS = ("比重", "占比", "贡献率", "增长面", "份额", "佔比", "比例")


# 保持10%以上增速 / 实现5%的增长 / 录得3%的实质跌幅: the rate word comes after the number.
# (a fall word only after 的: in 由5.3%下降至5.2% it is the verb of the next figure)
@cache
def _growth_after() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:以上|左右|以内)?(?:(?:的)?(?:\L<q>)?(?:\L<g>)|的(?:\L<q>)?(?P<fall>\L<f>))",
        q=words("rate_qualifiers"),
        g=words("growth_words"),
        f=words("fall_words"),
    )


# ---------------------------------------------------------------------------------------------
# metric phrases


# A list of places or firms summed up by a prose count (…、杭州这五个, …等三家) scopes the metric.
_COUNTED_SCOPE = regex.compile(
    r"^(?:.*?(?:这|這|等|共)(?:[一二三四五六七八九两兩]|\d{1,2})|[一二三四五六七八九两兩])(?:个|個|家)(?=\p{Han})"
)
_PER_TAIL = regex.compile(r"每\p{Han}{1,3}$")


@cache
def _time_of_day() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:\L<t>)(?:\L<e>)?(?:后|前|时)?$|(?:\L<o>)(?:后|前|时)$",
        t=words("session_times"),
        e=words("session_events"),
        o=words("session_openings"),
    )


# 上午收77.1元, 今天下午收78.45元: a trading session and a bare 收 before a price
_session_close = WordPattern(r"(?P<s>\L<s>)(?:收市|收盘)?(?:收|報收|报收|收报)$", s="closing_sessions")


_MORNING = frozenset({"上午", "中午", "午间"})
_BULLETS = "●•◆■▪▶►★☆◇□"  # what web timelines and lists open items with: marks, never words
_METRIC_MARKS = regex.compile(r"[\s“”\"「」《》【】*#" + _BULLETS + "]")


# Cached (pure in its arguments): the same zone is cleaned for several figures of a sentence; on
# unseen reports about half the calls repeat one made before.
@lru_cache(maxsize=4096)
def clean_metric(zone: str, tokenize: Tokenize) -> str:
    """The metric noun phrase left in ``zone`` once periods, subjects and function words are out."""
    zone = strip_time_spans(_strip_periods(table_grid.INVISIBLE.sub("", zone))).lstrip("-—–－ ")
    for words_around in _not_the_metric():
        zone = words_around.sub("", zone)
    zone = zone.strip("，,、；;：:。（）() ")
    if not zone:
        return ""
    fillers = word_set("filler")
    tokens = tokenize(zone)
    kept = trim_function_words(
        [t for k, t in enumerate(tokens) if (t not in fillers or _names_programme(tokens, k)) and not t.isspace()]
    )
    out = "".join(kept)
    out = _pronoun_head().sub("", out)  # 公司实现营业收入: the company is the report's subject, not the metric
    partner = _partner_flow().search(zone)
    if partner and out.startswith(partner.group("p")):
        # 对美国出口, 与美国贸易: trade with a partner, not the partner's own exports (in the text's script)
        out = ("對" if partner.group()[0] in "對與" else "对") + out
    out = expand_abbreviations(out).strip("，,、的")
    return out if names_a_quantity(out) else ""  # 以16亿元的优势, 暂居第二: debris, no metric


@cache
def _programme_nouns() -> tuple[str, ...]:
    """What follows 计划 when it names a programme (comparisons.toml modality.programme_nouns)."""
    return tuple(cast("list[str]", comparison_words()["modality"]["programme_nouns"]))  # type: ignore[index]


def _names_programme(tokens: list[str], k: int) -> bool:
    """优惠计划开支: 计划 before what a programme spends is the programme's name, no plan word."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
    return tokens[k] in PLAN_WORDS and nxt in _programme_nouns() and nxt != "的"


@cache
def _not_the_metric() -> tuple[regex.Pattern[str], ...]:
    """What a zone says around its metric, cut in this order (the patterns live further down)."""
    return (
        _DURATION,  # 连续18个月保持增长: how long, not what
        _AVERAGE,  # 两年平均增长: how the rate is averaged, not what is measured
        _ADJUSTED,  # 扣除特殊因素影响后可比增长1%: how the rate is adjusted, not what
        _DISPOSAL,  # 政府把全年的经济增长预测…: who moves it, not what
        _ALIAS_PAREN,
        _METRIC_MARKS,
        _LIST_MARKER,
        _COUNTED_SCOPE,  # 北京、上海…这五个核心城市商品住宅成交面积: whose, not what
        _time_of_day(),  # 恒指下午开市后跌逾300点: when in the session, not what
        _cause(),  # 经济受疫情冲击…下降6.8%: why it moved, not what
        _beneficiary(),  # 为企业提供贷款额上限500万元: for whom, not what
        _BARE_DAY,  # 23日纽约油价…: when, read as a period apart
    )


@cache
def _beneficiary() -> regex.Pattern[str]:
    """为企业提供, 向商户发放, 給市民派發: for whom something is provided, not what is provided
    (grammar word class ``provision_verbs``)."""
    return regex.compile(
        r"(?:为|為|向|给|給)[^，,。；;为為]{1,12}?(?:\L<v>)", v=sorted(words("provision_verbs"), key=len, reverse=True)
    )


# 受疫情冲击, 受油价上涨影响, 在政策带动下, 因外需减弱而: the cause of a move, not part of what moved
@cache
def _cause() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:受|因|由于|受到)\p{Han}{1,10}?(?:\L<e>)(?:下)?|在\p{Han}{1,10}?(?:\L<d>)下"
        r"|(?:因为|因為|因|由于|由於)[^，,。；;]{1,16}?(?:\L<l>)",  # 因外需减弱而回落至2%: why, then what moved
        e=words("cause_effects"),
        d=words("cause_drivers"),
        l=words("cause_links"),
    )


@cache
def _partner_flow() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:\L<j>)(?P<p>\p{Han}{1,12}?)(?:的)?(?:\L<w>)", j=words("partner_prepositions"), w=words("trade_flows")
    )


# 为2022年1月以来新高: a period that a record is measured from, not the figure's own period.
_record_since = WordPattern(r"(?:底|末|初)?以来(?:的)?(?:\L<w>)", w="record_marks")


_CLOCK = regex.compile(r"\d{1,2}[:：]\d{2}")


@cache
def _pronoun_head() -> regex.Pattern[str]:
    return regex.compile(
        r"^(?:(?:本|该)?(?:公司|集团)及(?:其)?(?:下属|旗下|所属)?(?:控股)?子公司"  # the company and its subsidiaries
        r"|\L<w>)(?=\p{Han}{2})",
        w=words("pronoun_heads"),
    )


_LIST_MARKER = regex.compile(
    # 一、 opens a numbered item, but 一、二、三产业 and 一、二季度 list ordinals
    r"^(?:\d{1,2}[、.)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]{1,2}[、和及产季])"
    r"|[（(][一二三四五六七八九十]{1,3}[)）]"
    r"|(?:NO|No)\.?\s*\d{1,2}\s*)"  # NO.2 我国外储…: a digest's item number
)
_FIRM_SUFFIX = r"(?:集团|公司|控股|股份|银行|证券|保险)"  # what a firm's name ends with


@cache
def _org_name() -> regex.Pattern[str]:
    return regex.compile(r"(?!\L<w>)\p{Han}{2,8}?" + _FIRM_SUFFIX, w=words("not_org_openers"))


@cache
def _org() -> regex.Pattern[str]:
    return regex.compile(
        r"^(?!\L<w>)(?P<org>\p{Han}{2,8}?" + _FIRM_SUFFIX + r")(?!业)(?P<rest>\p{Han}{2,})$", w=words("not_org_openers")
    )


@cache
def _fiscal() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:\d{4}(?:/\d{2,4})?(?:\L<w>)?)?第[一二三四1-4]财季|\d{4}(?:/\d{2,4})?财年", w=words("fiscal_year_words")
    )


# Cached (pure): asked of the same tails by several subject and metric rules.
@lru_cache(maxsize=4096)
def _names_indicator(phrase: str) -> bool:
    """Whether ``phrase`` ends like an indicator (a lexicon metric, or a head such as 收入/产量)."""
    phrase = rx(r"^(?:实现|完成|累计)").sub("", phrase)
    return known_metric_suffix(phrase) is not None or phrase.endswith(tuple(words("indicator_heads")))


_HEAD_MARKS = regex.compile(r"[\s*#“”\"" + _BULLETS + "]")


def split_leading_subject(zone: str, periods_in_zone: list[tuple[int, int]]) -> tuple[str | None, str]:
    """[subject][period][metric]: 阿里巴巴2025财年第一财季营收, 美国7月零售销售, 京东集团收入.

    A name before a period phrase is the subject when it is a known region or the text after
    the period is a known indicator; an organisation name (…集团, …公司) works without a period.
    """
    return _split_leading_subject(zone, tuple(periods_in_zone))


# Cached (pure): a clause's head is read again for each figure and as a paragraph's lead, two
# calls in five repeat one made before.
@lru_cache(maxsize=4096)
def _split_leading_subject(zone: str, periods_in_zone: tuple[tuple[int, int], ...]) -> tuple[str | None, str]:
    for start, end in periods_in_zone:
        # the list marker goes before the 、 is stripped: 二、前八个月… names no 二
        head, tail = _LIST_MARKER.sub("", _HEAD_MARKS.sub("", zone[:start])).strip("，,、 "), zone[end:]
        if head.endswith(PLAN_WORDS) and tail.strip().startswith(_programme_nouns()):
            continue  # 补贴计划2023至24年度开支: the programme's spending, the programme no subject
        head = _modal_tail().sub("", head)  # 公司预计第三财季营收: the company, not 公司预计
        if not head and tail:
            dated = _org().match(tail.strip())  # ●8月15日 甲乙股份营收…: the firm after a leading date
            if dated and _names_indicator(dated.group("rest")) and _names_one_firm(dated.group("org")):
                return dated.group("org"), dated.group("rest")
        if not head or not tail:
            continue
        said = _publisher_says().search(head)
        if said and head[: said.start()].endswith(words("actor_heads")):
            return None, tail  # 经济部今天公布3月工业生产指数: the publisher, not the subject
        if head in _PRONOUN_SUBJECTS or _referring_head().fullmatch(head):
            return None, tail
        if head in word_set("filler") or head in word_set("predicate"):
            continue  # 预计全年…: a modal word, not a subject
        if head in subjects() or (len(head) <= 8 and _names_indicator(tail)):
            return proper_name(head), tail  # as named (SPEC), a pronoun (本港) by its name
    clean = _LIST_MARKER.sub("", _HEAD_MARKS.sub("", zone))
    released = _publisher_lead().match(clean)
    if released and released.group("by").endswith(words("actor_heads")) and len(released.group("rest")) >= 4:
        return None, released.group("rest")  # the publisher, not the subject, and no part of the metric
    fiscal = _fiscal().search(clean)
    if fiscal and fiscal.start() > 0 and _names_indicator(clean[fiscal.end() :]):
        firm = _modal_tail().sub("", clean[: fiscal.start()])
        return (firm if firm and firm not in _PRONOUN_SUBJECTS else None), clean[fiscal.end() :]
    m = _org().match(clean)
    if m and _names_indicator(m.group("rest")) and not is_known_metric(clean) and _names_one_firm(m.group("org")):
        # 国有控股企业增加值 is an indicator of its own: 国有控股 is a kind of firm, not one firm
        return m.group("org"), m.group("rest")
    return None, zone


def _names_one_firm(org: str) -> bool:
    """甲乙集团 names a firm; 保险公司, 商业银行 or 全年证券公司 name a class of firms (or a period)."""
    stem = regex.sub(_FIRM_SUFFIX + "$", "", org)
    if stem.startswith(words("group_quantifiers")):
        return False  # 各类保险, 全部商业银行: every firm of a class
    return len(stem) >= 2 and _strip_periods(stem) == stem and stem not in word_set("firm_classes")


# 公司上半年实现营业收入…: the report's own organisation, named elsewhere.
_modal_tail = WordPattern(r"(?:\L<w>)$", w="modal_tails")


_PRONOUN_SUBJECTS = frozenset({"公司", "该公司", "本公司", "集团", "本集团", "该集团", "其", "企业"})


# 而它们4月交易量…: a pronoun (after a conjunction) refers back; it names no subject
_referring_head = WordPattern(r"(?:\L<c>)?(?:\L<p>)", c="referring_conjunctions", p="referring_pronouns")


@cache
def _period_words() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:\d{4}年)?(?:\L<y>)?(?:\d{1,2}[-—至]\d{1,2}月份?|\d{1,2}月(?:份|初|上旬|中旬|下旬)?|[一二三四]季度|第[一二三四]季度"
        r"|[上下]?半年|前三季度|年初|年末|年底|年内)(?:以来|末|底)?(?!份?合约)",
        y=words("year_prefixes"),
    )


# Cached (pure): every resolver strips the periods out of the same few zones, four calls in five repeat.
@lru_cache(maxsize=4096)
def _strip_periods(zone: str) -> str:
    """Remove period phrases (2024年, 1-7月份, 上半年) and loose period words from a metric zone.

    A month naming a futures contract (美油9月合约) is part of the name and stays.
    """
    zone = _CLOCK.sub("", FISCAL_TO_DATE.sub("", _FISCAL_YEAR.sub("", zone)))
    for pm in reversed(periods.find_periods(zone, 2000)):
        if CONTRACT.match(zone, pm.end):
            continue
        part = _part_of_period().match(zone, pm.end)  # 6月初, 8月中旬: the part goes with the month
        zone = zone[: pm.start] + zone[part.end() if part else pm.end :]
    return _WEEKDAY.sub("", _BARE_DAY.sub("", _holiday().sub("", _period_words().sub("", zone))))


# 国庆节假期7天全国国内出游7.65亿人次: a holiday is when, not what
@cache
def _holiday() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:\L<h>)(?:\L<s>)(?:\d{1,2}天|[一二三四五六七八九]天)?(?:期间)?|假期(?:期间)?(?:\d{1,2}天)?",
        h=words("holidays"),
        s=words("holiday_spans"),
    )


@cache
def _part_of_period() -> regex.Pattern[str]:
    return regex.compile(r"(?<=[月年])(?:\L<w>|中(?!\p{Han}))", w=words("month_parts"))  # not 8月15日 中弘股份


_lead_filler = WordPattern(r"^(?:\L<w>)[，,]?", w="lead_fillers")


_LIST_JOINER = regex.compile(r"、|和|及|与")
# 53.3%，这是2021年三产在GDP中所占的比重 / 114.4万亿元，这就是…: a figure, then what it is
_CLEFT = regex.compile(r"\s*[，,]\s*(?:这|這)(?:就)?是(?P<what>[^，,。；;]{2,40})")
_CLEFT_TAIL = regex.compile(r"(?:的)?$")
# when and how a publisher publishes: sd=words("publishing_days"), sm=words("publishing_manners")
_SAYS_WHEN = r"(?:\L<sd>)?(?:\L<sm>)?"


# …今天公布, …发布了: a publisher's act closing the words before a period
@cache
def _publisher_says() -> regex.Pattern[str]:
    return regex.compile(
        _SAYS_WHEN + r"(?:\L<p>)了?的?$",
        p=words("publishing_verbs"),
        sd=words("publishing_days"),
        sm=words("publishing_manners"),
    )


# 统计处今日发表的零售业总销货价值: a publisher and its verb before the indicator it released
@cache
def _publisher_lead() -> regex.Pattern[str]:
    return regex.compile(
        r"^(?P<by>\p{Han}{1,12}?)" + _SAYS_WHEN + r"(?:\L<p>)了?的?(?P<rest>\p{Han}{2,})$",
        p=words("publishing_verbs"),
        sd=words("publishing_days"),
        sm=words("publishing_manners"),
    )


_SUBJECT_MARKS = regex.compile(r"[\s*“”" + _BULLETS + "]")


def _subject_list(zone: str) -> list[str]:
    """沪市、深市、北交所 (分别…): several subjects sharing one metric."""
    return list(_subject_tuple(zone))


# Cached (pure), as a tuple so no caller can change what a later call gets: asked twice per figure.
@lru_cache(maxsize=4096)
def _subject_tuple(zone: str) -> tuple[str, ...]:
    parts = [p for p in _LIST_JOINER.split(_lead_filler().sub("", _SUBJECT_MARKS.sub("", zone))) if p]
    if len(parts) >= 2 and all(p in subjects() for p in parts):
        return tuple(parts)
    return ()


# What may stand between the last place and the metric: 的, a count of the places (3个城市)
@cache
def _places_tail() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:(?:等|这|此|这些|共)?[0-9一二三四五六七八九十两]+个\p{Han}{0,4}?(?:\L<g>|市|省|区|县)"
        r"|等(?:\L<g>|地))?的?",
        g=words("place_group_names"),
    )


def _each_place_has_it(
    places: list[str], metric: str | None, run_len: int, segment: str, mention: Mention, sentence: str
) -> bool:
    """One figure after a list of places is each place's, unless it is theirs together (合计) or
    counts the places themselves (深圳、广州…等14个城市: 14 is how many, not a figure of each)."""
    if len(places) < 2 or not metric or run_len != 1 or _together().search(segment):
        return False
    counts_them = is_measure_word(mention.unit) and (
        mention.value == len(places) or _place_group().match(sentence, mention.end) is not None
    )
    return not counts_them


_place_group = WordPattern(r"(?:\L<g>|个?市|个?省|个?区|个?县)", g="place_group_names")


@dataclass(frozen=True, slots=True)
class PlaceList:
    """Places listed before one metric (北京、上海的成交量), as read from a metric zone."""

    places: list[str]
    metric: str
    counted: bool  # 北京、上海等五个城市…: the places were counted, so they may be one group
    partners: bool  # 与荷兰、法国进出口…: trade partners of the reporter, not subjects


def places_then_metric(zone: str, before: str = "") -> PlaceList | None:
    """Places listed before one metric: each place has the figure (or, with 分别, one of the figures).

    北京、上海、广州的成交量分别下降3%、4%和5% gives one subject per figure; 北京、上海成交量均上升
    逾45% gives each place the same figure. Every listed name must be a known place or region.
    After 与/对 (in the zone or just ``before`` it) the places are trade partners.
    """
    clean = _lead_filler().sub("", _SUBJECT_MARKS.sub("", zone))
    partner = _partner_head().match(clean)
    if partner:
        clean = clean[partner.end() :]
        group = _partner_group().match(clean)
        if group and group.end() < len(clean) and subject_at(clean[group.end() :]):
            clean = clean[group.end() :]  # 对前五大贸易伙伴东盟、欧盟…: the group, then its members
    parts = [p for p in _PLACE_JOINER.split(clean) if p]
    # 福州（不含平潭）: a place with a note on its bounds is that place, named with the note
    names = [_PLACE_NOTE.sub("", p) for p in parts[:-1]]
    if len(parts) < 2 or not all(n in subjects() for n in names) or parts[0] in _NATIONAL_SELF:
        return None  # 我国与东盟贸易: a pair that names the trade, not a list of places
    last = subject_at(parts[-1])
    if not last:
        return None
    note = _PLACE_NOTE.match(parts[-1], len(last))
    after = note.end() if note else len(last)
    tail = _places_tail().match(parts[-1], after)
    rest = parts[-1][tail.end() if tail else after :]
    if not rest or rest[0] in "的等" or rest.endswith("等"):
        return None  # 深圳、广州…等14个城市: the list is counted after it, a group
    counted = bool(tail and regex.search(r"\d|[一二三四五六七八九十两]", tail.group()))
    partners = bool(partner) or bool(_partners_after().search(before))
    places = [proper_name(n) + p[len(n) :] for n, p in zip(names, parts[:-1], strict=True)]
    places.append(proper_name(last) + (note.group() if note else ""))
    return PlaceList(places, rest, counted, partners)


_PLACE_NOTE = regex.compile(r"(?<=\p{Han})[（(][^（）()]{1,10}[）)]")


# 我国与…, 对…: what opens a list of trade partners
@cache
def _partner_head() -> regex.Pattern[str]:
    return regex.compile(
        r"^(?:\L<w>)?(?:\L<j>)(?=\p{Han})", w=words("partner_reporters"), j=words("partner_prepositions")
    )


# 前五大贸易伙伴, 主要出口市场: a group named before the partners that make it up
@cache
def _partner_group() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:前[\d一二三四五六七八九十]+大|[\d一二三四五六七八九十]+大|主要|最大的?)(?:\L<w>)",
        w=words("partner_groups"),
    )


_PLACE_JOINER = regex.compile(r"、|和|及")


_each = WordPattern(r"\L<w>", w="each_words")


_NATIONAL_SELF = frozenset({"我国", "中国", "全国", "我", "我省", "我市"})


# 合计, 共, 总: a figure of the places together, not of each
_together = WordPattern(r"\L<w>", w="together_words")


@cache
def _zone_pattern() -> regex.Pattern[str]:
    return regex.compile(r"\p{Han}{0,10}?(?:\L<z>)", z=sorted(words("zone_suffixes"), key=len, reverse=True))


def _zone_named_after(text: str, place_end: int) -> str | None:
    """深圳先行示范区, 宁波舟山港宁波片港区: a zone whose name a place opens (grammar zone_suffixes)."""
    m = _zone_pattern().match(text, place_end)
    return text[: m.end()] if m else None


# Cached (pure): the same zone's subject is asked for by several rules of one figure.
@lru_cache(maxsize=4096)
def split_subject(zone: str, doc_subject: str | None, owners: tuple[str, ...] = ()) -> tuple[str | None, str]:
    """Take a region named at the start of the zone (英国10年期国债收益率 -> 英国).

    ``owners`` are the places a scope word (全市, 全省) may stand for before the document's subject:
    those the sentence and its paragraph have just named (see ``_scope_owners``).
    """
    pointed = next((w for w in _pointing_scopes() if zone.startswith(w)), None)
    if pointed:
        # 该市GDP…: the city the sentence or paragraph just named, else the document's if it is one
        owner = _scope_subject(_pointing_scopes()[pointed], doc_subject, owners)
        return (owner, zone[len(pointed) :]) if owner and owner[0] != "全" else (None, zone[len(pointed) :])
    named = subject_at(zone)
    if not named or (len(named) == len(zone) and len(zone) <= 2 and zone in ("全市", "全省", "全国", "全区")):
        if named and zone in ("全市", "全省", "全国", "全区"):
            return _scope_subject(zone, doc_subject, owners), ""
        return None, zone
    if subjects()[named][1] == "organisation" and _reports().match(zone, len(named)):
        return None, zone[len(named) :]  # 财政部预估11月出口…: who says or forecasts it, not whose it is
    economic_zone = _zone_named_after(zone, len(named))
    if economic_zone:
        return economic_zone, zone[len(economic_zone) :]  # 深圳先行示范区进出口…: the zone's, not the city's
    firm = firm_named_after_place(zone, 0, len(named))
    if firm:
        return firm, zone[len(firm) :]  # 贵州茅台营收…: the firm, not the province
    if outlet_named_after_place(zone, 0, len(named)):
        return None, zone  # 上海有色网报价: who quotes it, no subject
    if zone.startswith(("与", "與", "和"), len(named)):
        if named in _NATIONAL_SELF and _partner_flow().match(zone, len(named)):
            return proper_name(named), zone[len(named) :]  # 我国与德国进出口: the reporter's trade with a partner
        return None, zone  # 上海与苏州GDP之和: the pair names the metric, it is no subject
    name = proper_name(named)  # as named in the text (SPEC: 澳洲 stays 澳洲), 本港 as 香港
    if named in ("全市", "全省", "全区", "全县", "全国"):
        name = _scope_subject(named, doc_subject, owners) or name
    rest = zone[len(named) :]
    return name, rest


def _scope_subject(scope: str, doc_subject: str | None, owners: tuple[str, ...] = ()) -> str | None:
    """全市 in a city's report is that city; 全省 in a city's report is the province.

    A city or province just named (``owners``, nearest first) comes before the document's subject:
    甲省乙市发布…，全市生产总值… is 乙市's, whoever wrote the report.
    """
    scope_kind = {"全市": "city", "全省": "province"}.get(scope)
    for owner in owners:
        if scope_kind and subjects().get(owner, ("", ""))[1] == scope_kind:
            return proper_name(owner)
    if doc_subject is None:
        return scope
    kind = subjects().get(doc_subject, ("", ""))[1]
    if (scope == "全市" and kind in ("city", "")) or (scope == "全省" and kind == "province"):
        return doc_subject
    if scope == "全国" and kind == "country":
        return doc_subject
    return scope


@cache
def _pointing_scopes() -> dict[str, str]:
    """该市 -> 全市 (grammar pointing_scopes), longest surface first."""
    scopes: dict[str, str] = grammar()["pointing_scopes"]  # type: ignore[assignment]
    return dict(sorted(scopes.items(), key=lambda kv: -len(kv[0])))


def _scope_owners(before: str, paragraph_subject: str | None) -> tuple[str, ...]:
    """The places a scope word in a figure's clause may stand for, nearest first: the cities and
    provinces the sentence names before the figure (甲省乙市 names 乙市 last), then the paragraph's
    subject. Places after a comparing word (与乙市相比, 高于甲省) are the other side, no owner.

    >>> _scope_owners("1月，湖北省武汉市发布数据，全市", None)
    ('武汉市', '湖北省')
    >>> _scope_owners("与武汉市相比，全市", "宜昌市")
    ('宜昌市',)
    """
    found: list[str] = []
    pos = 0
    while pos < len(before):
        named = subject_at(before, pos)
        if named and subjects()[named][1] in ("city", "province") and not _comparing_before().search(before, 0, pos):
            found.append(named)
        pos += len(named) if named else 1
    if paragraph_subject:
        found.insert(0, paragraph_subject)
    return tuple(reversed(found))


# 与…相比, 高于…, 比…: a place after these is compared with, not reported on
_comparing_before = WordPattern(r"(?:\L<w>)$", w="comparing_words")


@cache
def _item_joiner() -> regex.Pattern[str]:
    """What joins the items of a list (grammar item_joiners), longest first: 以及 before 及."""
    return rx("|".join(words("item_joiners")))


def split_items(zone: str, tokenize: Tokenize | None = None, count: int | None = None) -> list[str]:
    """工业机器人、医疗设备、锂离子电池产量 -> [工业机器人产量, 医疗设备产量, 锂离子电池产量].

    和/及 also join names (电气机械和器材制造业): with 、 in the list they split items only when
    that gives as many items as there are figures (``count``).
    """
    zone = _without_list_closer(zone)
    parts = [p for p in _item_joiner().split(zone) if p]
    if "、" in zone:
        by_comma = [p for p in zone.split("、") if p]
        if len(by_comma) == count:
            parts = by_comma
        elif count in (None, 1):
            last = by_comma[-1]
            head = next((h for h in words("list_heads") if last.endswith(h) and len(last) > len(h)), "")
            core = [p[: -len(head)] if head and p.endswith(head) else p for p in by_comma]
            parts = [piece for part in core for piece in _split_joined(part, core)]
            parts[-1] += head  # the shared head is handed to every item below
    if len(parts) < 2:
        return []  # 长和跌约4%: 和 inside a name, no list
    grouped = _share_group_and_tail(parts)
    if grouped:
        return grouped
    parts = _share_group_noun(parts)
    ordinal = rx(r"(?P<prefix>第)(?P<n>[一二三四五六七八九十])").fullmatch(parts[0])
    if ordinal:
        # 第一、二、三产业增加值 -> 第一产业增加值, 第二产业增加值, 第三产业增加值
        final = rx(r"(?P<n>[一二三四五六七八九十])(?P<head>.+)").match(parts[-1])
        if final and all(rx(r"[一二三四五六七八九十]").fullmatch(p) for p in parts[1:-1]):
            numerals = [ordinal.group("n"), *parts[1:-1], final.group("n")]
            return [f"第{n}{final.group('head')}" for n in numerals]
    last = parts[-1]
    first = parts[0]
    if "等" in last:
        # 船舶、电动汽车、集装箱等出口新增长点: what follows 等 is every item's
        last, head = last.split("等", 1)
        parts[-1] = last
        return [p if head in p or _has_own_head(p) else p + head for p in parts]
    shared = next((h for h in words("list_heads") if last.endswith(h) and len(last) > len(h)), "")
    last_core = last[: len(last) - len(shared)]
    if shared and all(p[-1] == last_core[-1] for p in parts[:-1]):
        # 动力煤、炼焦煤、二号无烟块煤价格: nouns of one kind (…煤) share only the indicator head
        return [*(p + shared for p in parts[:-1]), last]
    if all(len(p) <= 3 for p in parts[:-1]) and len(first) <= 3 and len(last) >= len(first) + 3:
        # 城镇、乡村消费品零售额: short parallel modifiers share everything after the last one's
        tokens = tokenize(last) if tokenize else [last[: len(first)], last[len(first) :]]
        own = tokens[0]
        noun = next((n for n in words("group_nouns") if own.endswith(n) and len(own) > len(n)), "")
        own = own[: len(own) - len(noun)]  # 化工行业利润: the items share 行业 with the rest
        rest = last[len(own) :] if len(tokens) > 1 else ""
        if all(len(p) == 1 for p in parts[:-1]):
            rest = last[1:]  # 中、小型企业PMI: a one-character modifier shares the rest of the word
        if len(rest) >= 2 and not any(p.endswith(rest) for p in parts[:-1]):
            return [*(p + rest for p in parts[:-1]), last]
    head = next((h for h in words("list_heads") if last.endswith(h) and len(last) > len(h)), "")
    if head:
        # 存款总额及港元存款: an item that holds the head already (存款总额) names itself, and so does
        # one ending in a head of its own (规上工业增加值、营业收入: not 规上工业增加值收入)
        parts = [p if head in p or _has_own_head(p) else p + head for p in parts]
    return parts


@cache
def _list_closer() -> regex.Pattern[str]:
    count = r"[一二三四五六七八九十两兩\d]{1,3}(?:" + "|".join(words("list_count_words")) + ")"
    return rx(r"(?<=\p{Han}{2})(?:(?P<etc>等|这|這|等这|等這)(?P<n>" + count + r")?|(?P<n>" + count + r"))(?=\p{Han})")


def _without_list_closer(zone: str) -> str:
    """钢铁、煤炭、化工三个行业利润 -> 钢铁、煤炭、化工行业利润; A、B等5只个股 -> A、B个股.

    A list closes with 等 and/or a count of its items; the items share what follows, not the count.
    A count without 等 must equal the items listed (两个: two items), so a count that belongs to the
    name (三大产业, 十种有色金属) stays.
    """
    parts = _item_joiner().split(zone)
    if len(parts) < 2 or "、" not in zone:
        return zone
    last = parts[-1]
    closer = _list_closer().search(last)
    if not closer:
        return zone
    if not closer.group("etc"):
        try:
            listed = int(parse_number(rx(r"^[^\p{Han}]+|^[一二三四五六七八九十两兩]+").findall(closer.group("n"))[0]))
        except (ValueError, TypeError, ArithmeticError, IndexError):
            return zone
        if listed != len(parts):
            return zone
    start = len(zone) - len(last)
    etc = "等" if closer.group("etc") and "等" in closer.group("etc") else ""
    return zone[: start + closer.start()] + etc + zone[start + closer.end() :]


def _share_group_noun(parts: list[str]) -> list[str]:
    """电子、汽车行业 -> 电子行业, 汽车行业: the group noun closing a list is every item's."""
    last = parts[-1]
    noun = next((n for n in words("group_nouns") if last.endswith(n) and len(last) > len(n) + 1), "")
    if not noun or any(p.endswith(tuple(words("group_nouns"))) for p in parts[:-1]):
        return parts
    if any(len(p) > 8 or not rx(r"\p{Han}+").fullmatch(p) for p in parts[:-1]):
        return parts  # long phrases are no bare item names
    return [p + noun for p in parts[:-1]] + [last]


def _share_group_and_tail(parts: list[str]) -> list[str]:
    """食品饮料、银行板块持股市值 -> 食品饮料板块持股市值, 银行板块持股市值: when the last item holds the
    list's group noun with an indicator after it, each bare item is a member of that group measured so."""
    last = parts[-1]
    if "等" in last:
        return []  # 纺织、建材等行业增加值: the items 等 closes share what follows it (split_items)
    for noun in words("group_nouns"):
        at = last.find(noun)
        tail = last[at + len(noun) :] if at >= 2 else ""
        if len(tail) >= 2 and _names_indicator(tail) and not _list_closer().search(last, 0, at + len(noun)):
            break  # (煤炭十大行业利润: a count of another group is part of the name)
    else:
        return []
    # 中、小型企业PMI: a one-character modifier shares the rest of the word, not the group noun
    bare = all(2 <= len(p) <= 8 and rx(r"\p{Han}+").fullmatch(p) and not _has_own_head(p) for p in parts[:-1])
    if not bare or any(p.endswith(tuple(words("group_nouns"))) for p in parts[:-1]):
        return []
    return [p + noun + tail for p in parts[:-1]] + [last]


def _has_own_head(item: str) -> bool:
    return any(item.endswith(h) and len(item) > len(h) + 1 for h in words("list_heads"))


def _split_joined(part: str, items: list[str]) -> list[str]:
    """风电和储能 -> two items; 电气机械和器材制造业 -> one, when the other items end like its right side."""
    halves = [h for h in rx(r"以及|和|及|与").split(part) if h]
    if len(halves) != 2:
        return [part]
    left, right = halves
    others = [i for i in items if i != part]
    for size in range(min(len(right), 6), 1, -1):
        tail = right[-size:]
        if not left.endswith(tail) and others and all(o.endswith(tail) for o in others):
            return [part]  # the other items share this ending: 和 joins words inside one name
    return halves


def split_pair(zone: str) -> list[str]:
    """货车产销 -> [货车产量, 货车销量]: one product, two flows."""
    pairs: dict[str, list[str]] = grammar()["pair_heads"]  # type: ignore[assignment]
    for word in sorted(pairs, key=len, reverse=True):
        if zone.endswith(word):
            stem = zone[: -len(word)]
            return [stem + h for h in pairs[word]]
    return []


# ---------------------------------------------------------------------------------------------
# the engine


_VERB_METRICS = {
    "生产": "产量",
    "销售": "销量",
    "产": "产量",
    "销": "销量",
    "赚": "盈利",
    "转蚀": "亏损",
    "转亏": "亏损",
}
_MONEY_UNITS = frozenset({"元", "美元", "港元", "欧元", "英镑", "日元", "澳门元", "新台币"})


# Cached (pure): the zone before a figure is split again when a later rule re-reads the clause.
@lru_cache(maxsize=4096)
def split_zone(segment: str, tokenize: Tokenize) -> tuple[str, str]:
    """Split the text before a number into (metric zone, predicate) at the first predicate word.

    The split works on tokens so 增加值 or 比重 never read as 增加 / 比 (a direction, a base).
    """
    if segment.strip() in _SLASHES:
        return "", segment  # 营收586亿元/-51%: the slash is the predicate of the rate after it
    tokens = tokenize(segment)
    pred_words = _all_predicate_words()
    causes = [m.span() for m in _cause().finditer(segment)] + [m.span() for m in _beneficiary().finditer(segment)]
    at = 0
    for i, tok in enumerate(tokens):
        at, start = at + len(tok), at
        if tok in _RANGE_MARKS and any(p.start <= start and at <= p.end for p in periods.find_periods(segment, None)):
            continue  # 累计1至8月出口: the 至 of a period opens no predicate
        if any(a <= start and at <= b for a, b in causes):
            continue  # 医药制造业在疫苗生产带动下增长: the 带动 of a cause opens no predicate
        verb_done = len(tok) > 2 and tok.endswith("了") and tok[:-1] in pred_words  # 下降了 is one token
        if tok in pred_words or _is_predicate_token(tok) or verb_done:
            rest = "".join(tokens[i:])
            if tok in ("与", "與") and not _compared_with().search(rest):
                continue  # 我国与东盟贸易总值: 与 joins two names, it opens no comparison
            cut = rest[len(tok) :]
            if tok in word_set("cut_verbs") and _names_indicator(cut):
                return cut, tok  # 政府每年节省经常开支1%: the spending named after the cut is what falls
            before = "".join(tokens[:i])
            if tok in word_set("object_move_verbs") and _moved_object(before, tokens[i + 1 :]):
                return cut, tok  # 此举将减少公司负债8亿元: what moves is named after the verb
            return before, rest
    for i, tok in enumerate(tokens):
        move = _ends_in_move().search(tok)
        if move and move.start() > 0 and not is_known_metric(tok) and not _signed_moves().search(tok):
            # 物价上涨 is one word to jieba: a word that ends in a move opens the predicate inside it
            return "".join(tokens[:i]) + tok[: move.start()], tok[move.start() :] + "".join(tokens[i + 1 :])
    return segment, ""


def _moved_object(before: str, after: list[str]) -> bool:
    """The words after a move verb name what moved (减少|公司负债, 降低|企业成本): a short noun phrase
    with no predicate word of its own, when the words before the verb name no indicator."""
    obj = "".join(after)
    if not 2 <= len(obj) <= 10 or not rx(r"\p{Han}+").fullmatch(obj) or _names_indicator(before):
        return False
    return not any(t in _all_predicate_words() or _is_predicate_token(t) for t in after)


@cache
def _ends_in_move() -> regex.Pattern[str]:
    """A rise or fall of two characters or more at a word's end (物价上涨, 销量下降)."""
    direction = comparison_words()["direction"]
    moves = [w for key in ("up", "down") for w in direction[key] if len(w) >= 2]  # type: ignore[index]
    return regex.compile(r"(?:\L<w>)$", w=sorted(set(moves), key=len, reverse=True))


# After a count, a rate of the things counted: the count only says whose rate it is.
@cache
def _scope_of_a_rate() -> regex.Pattern[str]:
    return regex.compile(
        r"\p{Han}{1,16}?(?:\L<r>)(?:\L<v>)[^，。；;\d]{0,6}\d",
        r=words("scoped_rate_nouns"),
        v=words("scoped_rate_verbs"),
    )


def _group_restated(sentence: str, mention: Mention, ctx: DocContext) -> bool:
    """在这26个城市中, or 26个城市中 once the text has counted them: a group a sentence picks from,
    its size said before (the first 在调查的21个行业中 is the survey's size, a fact)."""
    among = _group_scope().match(sentence, mention.end) if is_measure_word(mention.unit) else None
    if among is None:
        return False
    group = sentence[mention.start : among.start("g") + len(among.group("g"))]
    pointed = sentence.endswith(words("pointing_words"), max(0, mention.start - 3), mention.start)
    seen = group in ctx.counted_groups
    ctx.counted_groups.add(group)
    return pointed or seen


@cache
def _group_scope() -> regex.Pattern[str]:
    """(在)26个城市中，…, 40个城市里有…: the group a sentence picks from, its size no fact of its own
    (the plural nouns are the grammar's ``group_nouns``; 城市中心 and 中部 are no 中 of a group)."""
    return regex.compile(
        r"(?P<g>\L<g>)(?:之中|当中|當中|中(?![国國心部央型小期旬华華])|里|裡)", g=list(words("group_nouns"))
    )


_SLASHES = frozenset({"/", "／"})
_RANGE_MARKS = frozenset({"至", "到"})  # predicate words that also join the ends of a period (1至8月)


_compared_with = WordPattern(r"\L<w>", w="compared_with_words")


@cache
def _all_predicate_words() -> frozenset[str]:
    """Every word that opens a predicate; built once, looked up for every figure."""
    return word_set("predicate") | _predicate_words_extra()


@cache
def _predicate_words_extra() -> frozenset[str]:
    comp = comparison_words()
    found: set[str] = set()
    for key in ("up", "down", "signed"):
        found |= set(comp["direction"][key])  # type: ignore[index]
    for ws in cast("dict[str, list[str]]", comp["base"]).values():
        found |= set(ws)
    for key in ("gap", "contribution", "rank"):
        found |= set(comp[key]["surfaces"])  # type: ignore[index]
    for key in ("approx_before", "over_before", "under_before"):
        found |= set(comp["qualifier"][key])  # type: ignore[index]  # 销量接近190万辆
    return frozenset(found)


_PRED_TOKEN = regex.compile(
    r"^(?:比|较|與|与)(?:上|去|前|同|年|月|季|\d|[一二三四]季)\p{Han}*$|^(?:比|较|與|与)$|^同比|^环比|^按年|^按月"
)


def _is_predicate_token(tok: str) -> bool:
    return bool(_PRED_TOKEN.match(tok)) and tok not in ("比重", "比例", "比率", "较大", "较快", "比较")


@dataclass(frozen=True, slots=True)
class Extraction:
    """Per-document options: the reference year and default subject."""

    year: int | None
    subject: str | None


# 2014年，全市…。总结上年，我市农村经济…: a review written the next year; its 去年 is the reviewed year.
_looking_back = WordPattern(r"(?:总结|回顾)(?:\L<w>)", w="looked_back_years")


_LAST_YEAR_WORDS = ("去年", "上年", "上一年")


def _year_later(period: str) -> str:
    return rx(r"\d{4}").sub(lambda m: str(int(m.group()) + 1), period)


def document_context(
    text: str,
    *,
    year: int | None,
    subject: str | None,
    hong_kong: bool | None = None,
    home: tuple[str, str] | None = None,
) -> DocContext:
    """What a reader knows of a whole normalized document before its first sentence.

    ``hong_kong`` is passed by callers that have already judged the source (the pipeline's
    script step does), so the whole text is not scanned for it twice.
    """
    reference = find_reference(text, year=year)
    fiscal_april = is_hong_kong(text) if hong_kong is None else hong_kong
    ref_year = _with_fiscal_year(reference.year, fiscal_april)
    reviewing = any(d.rule == "year.reviewing_title" for d in reference.decisions)
    default, rule = (str(ref_year), None) if reviewing else default_period_and_rule(text, ref_year)
    ctx = DocContext(year=ref_year, decisions=reference.decisions, subject=None, default_period=default)
    if rule:
        ctx.default_period_rule = rule  # 统计局今日发布…数字。3月…: the month released
    ctx.morning_brief_day = morning_brief_day(text, ref_year)
    ctx.review_week = None if ctx.morning_brief_day else review_week(text, ref_year)
    ctx.looking_back = bool(_looking_back().search(text[:5000])) and "今年" not in text
    ctx.fiscal_april = fiscal_april
    ctx.firms = coded_firms(text)
    ctx.quarters_to_date = any(mark in text for mark in words("single_quarter_marks"))
    ctx.subject, ctx.subject_rule = _document_subject(
        text, subject, hong_kong=fiscal_april, home=home, year=ref_year, brief=bool(ctx.morning_brief_day)
    )
    if ctx.subject_rule in ("subject.results_firm", "subject.filing_issuer") and subject is None:
        # 公布2020年第三季度业绩报告: the report's figures cover its period, not the bare year
        report = results_period(text)
        if report is not None:
            ctx.default_period, ctx.default_period_rule = report, "period.results_report"
    budget = _budget_speech().search(text, 0, 3000) if fiscal_april else None
    if budget and ref_year is not None and ctx.default_period == str(ref_year) and not ctx.default_period_rule:
        # 财政司司长发表预算案: a budget is for the fiscal year beginning that April (2024-04/2025-03)
        ctx.default_period = f"{ref_year}-04/{int(ref_year) + 1}-03"
        ctx.default_period_rule = "period.budget_year"
    ctx.budget_speech = budget is not None
    ctx.document_date = ref_year.published if ref_year is not None and ref_year.published else find_document_date(text)
    line = find_dateline(text)
    ctx.dateline = text[line.start : line.end] if line is not None else None
    ctx.noted_amounts = _noted_amounts(text)
    ctx.document_tax = _document_tax(text)
    ctx.restated_titles = _restated_titles(text)
    named_annual = _annual_report_named().search(text, 0, 2000)
    ctx.annual_report = named_annual.group(1) if named_annual else None
    if ctx.document_date and ref_year and not ctx.document_date.startswith(str(ref_year)):
        ctx.document_date = None  # a page published later about an earlier year (a bulletin)
    _date_the_news(text, ctx)
    return ctx


def _date_the_news(text: str, ctx: DocContext) -> None:
    """What a dated text's undated figures are of: a brief's trading day, a news item's or a market
    wrap's own day; other texts keep the period their title or data year gives."""
    if ctx.morning_brief_day:
        # A daily brief reports the last trading day: what it does not date happened then.
        ctx.default_period = ctx.morning_brief_day
    elif ctx.review_week and _dates_no_more_than_the_week(ctx.default_period, ctx.year, ctx.review_week):
        # A weekly review's undated figures (目前仓位处于高位) are of the week it reviews, also when its
        # title gives the window as written (周报（2021/03/06-03/12）: Saturday to Friday).
        ctx.default_period, ctx.default_period_rule = ctx.review_week, "period.review_week"
    elif ctx.document_date and _news_feed().search(text[:2000]):
        ctx.default_period = ctx.document_date  # a news item is about its day
    elif ctx.document_date and ctx.default_period == ctx.document_date[:4] and _market_close().search(text[:1000]):
        ctx.default_period = ctx.document_date  # a dated market wrap (截至收盘，沪指涨…) reports its day




def _dates_no_more_than_the_week(default: str | None, year: object, week: str) -> bool:
    """The default period is the bare year, none, or a window that ends in the reviewed week."""
    if default in (None, str(year)):
        return True
    window = DAY_SPAN.fullmatch(default or "")
    return window is not None and week[:10] <= window.group(2) <= week[11:]


def _document_subject(
    text: str, given: str | None, *, hong_kong: bool, home: tuple[str, str] | None, year: int | None, brief: bool
) -> tuple[str | None, str]:
    """The document's default subject and the rung of the ladder that chose it (explain names the rung).

    What the text says of itself comes first: a firm publishing its results (某某控股（00005）公布
    上半年业绩: the firm's figures, wherever it is based), the region it is about. Then what its
    source implies: a Hong Kong, Macau or Taiwan source's figures are that place's unless it names
    another place, however often it quotes mainland bodies (国家统计局, 国务院); a national body's
    release is about the country. Last, a firm a title line names; a daily brief has no subject.
    """
    if given is not None:
        return given, "subject.given"
    rungs: tuple[tuple[str, Callable[[], str | None]], ...] = (
        ("subject.filing_issuer", lambda: filing_issuer(text)),
        ("subject.results_firm", lambda: None if brief else results_publisher(text)),
        ("subject.title_region", lambda: find_document_subject(_without_dateline(text))),
        ("subject.title_market", lambda: None if brief else _title_market(text)),
        ("subject.hong_kong_source", lambda: "香港" if hong_kong else None),
        ("subject.home_place", lambda: _home_name(home[1]) if home is not None else None),
        ("subject.national_release", lambda: national_subject(text)),
        ("subject.title_firm", lambda: None if brief else _title_subject(text, year) or title_company(text)),
        ("subject.scope_word", lambda: None if brief else _scope_word_subject(text)),
    )
    for rule, rung in rungs:
        if (found := rung()) is not None:
            return found, rule
    return None, "subject.none"


def _scope_word_subject(text: str) -> str | None:
    """全年全县地区生产总值…, 全县户籍人口…: a bulletin of a place no lexicon names speaks of it by its
    scope word; used twice or more (and no other scope word as often), that word is the subject."""
    scopes = [n for n, (_, kind) in subjects().items() if kind == "scope" and n not in ("全国", "全國")]
    head = text[:_SCOPE_WORD_CHARS]
    counts = sorted(((head.count(w), w) for w in scopes), reverse=True)
    if counts and counts[0][0] >= _SCOPE_WORD_USES and (len(counts) < 2 or counts[1][0] < counts[0][0]):
        return counts[0][1]
    return None


_SCOPE_WORD_USES = 2
_SCOPE_WORD_CHARS = 20_000


def _title_market(text: str) -> str | None:
    """A股上半年收官：…: a review whose title opens with a stock market is about that market."""
    title = text.lstrip().split("\n", 1)[0].strip(" \t#*《》“”\"")
    named = subject_at(title)
    return subjects()[named][0] if named and _is_market_board(named) else None


def _home_name(subject: str) -> str:
    """澳门特别行政区 -> 澳门, 台湾省 -> 台湾: a home place by the short name texts use."""
    names = [surface for surface, (name, _kind) in subjects().items() if name == subject and len(surface) >= 2]
    return min(names, key=len) if names else subject


def _without_dateline(text: str) -> str:
    """The text with its wire dateline blanked (（某社記者某某台北29日電）): where a reporter filed
    from is not what the report is about."""
    line = find_dateline(text)
    if line is None:
        return text
    return text[: line.start] + " " * (line.end - line.start) + text[line.end :]


_budget_speech = WordPattern(r"\L<w>", w="budget_speech_names")


_HONG_KONG_FISCAL_START = 4  # the Hong Kong government's fiscal year runs April to March
_HEADING_CHARS = 40
_HEADING_BREAKS = regex.compile(r"[。，；！？,;!?]")
_DAY = regex.compile(r"\d{4}-\d{2}-\d{2}")


def _is_heading(text: str, offset: int, sentence: str) -> bool:
    """A line of its own, short and without a sentence's punctuation: a title or a section heading."""
    line_start = offset == 0 or text[offset - 1] == "\n"
    end = offset + len(sentence)
    line_end = end >= len(text) or text[end] == "\n"
    body = sentence.strip()
    return line_start and line_end and 0 < len(body) <= _HEADING_CHARS and not _HEADING_BREAKS.search(body)


_SAME_BELOW = regex.compile(r"[（(](?P<note>[^（）()]{0,12}?)[，,、]?\s*下同[）)]")


def _read_same_below(sentence: str, ctx: DocContext) -> None:
    """（美元，下同）, 比前一周（下同）: a note that what it names holds for the figures after it.

    A currency in the note holds for the rest of the document; a base written just before it, for
    the rest of the paragraph (the figures after it are compared the same way unless they say so).
    """
    for m in _SAME_BELOW.finditer(sentence):
        currency = next((c for w, c in _noted_currencies() if w in m.group("note")), None)
        if currency:
            ctx.currency_below = currency
            continue
        before = sentence[max(0, m.start() - 8) : m.start()]
        base = comparisons.find_base(before, lambda phrase: periods.parse_period(phrase, ctx.year), ctx.year)
        if base:
            ctx.paragraph_base = base


@cache
def _noted_currencies() -> tuple[tuple[str, str], ...]:
    table: dict[str, str] = grammar()["noted_currencies"]  # type: ignore[assignment]
    return tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))


def _with_noted_currency(found: list[Draft], ctx: DocContext) -> list[Draft]:
    """A bare 元 after a （美元，下同） note is that currency (元/吨 becomes 美元/吨); so is the amount
    the note is written after wherever it is restated, a headline before the note included."""
    out = []
    for d in found:
        head, sep, rest = d.unit.partition("/")
        currency = ctx.noted_amounts.get(d.value) or ctx.currency_below
        out.append(replace(d, unit=currency + sep + rest) if head == "元" and currency else d)
    return out


_AMOUNT_NOTED = regex.compile(
    r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)(?P<s>亿|億|万|萬)?元?[（(](?P<note>[^（）()]{0,12}?)[，,、]?\s*下同[）)]"
)
_NOTE_SCALES = {"亿": Decimal(10) ** 8, "億": Decimal(10) ** 8, "万": Decimal(10) ** 4, "萬": Decimal(10) ** 4}


_TITLE_FIGURE = regex.compile(r"\d+(?:\.\d+)?(?:%|亿|億|万|萬)?|第[一二三四五六七八九十\d]{1,3}大")
_TITLE_LINES = 5
_TITLE_CHARS = 60


def _restated_titles(text: str) -> frozenset[str]:
    """滙豐上半年賺102.4億　較去年同期增5% over a body that says 102.4億 and 5% again: a headline that
    restates the body's figures, read once, where the body says them (SPEC: restatements).

    Title lines are the short lines without 。 at the top of the text; a headline with a figure the
    body does not repeat keeps its records.
    """
    lines = [line.strip() for line in text[:2000].split("\n") if line.strip()][:_TITLE_LINES]
    titles = [line for line in lines if _is_headline(line)]
    restated = set()
    for title in titles:
        figures = _TITLE_FIGURE.findall(title)
        body = text.replace(title, "")
        if figures and not _DAY.search(title) and all(f in body for f in figures):
            restated.add(title)
    return frozenset(restated)


def _is_headline(line: str) -> bool:
    return "。" not in line and len(line) <= _TITLE_CHARS


def _item_headlines(text: str) -> list[tuple[int, int, int]]:
    """A brief's item headlines over the paragraph that says their figures again: (start, end, the
    paragraph's end) for each headline line (甲遗址原料超19种 over …超过19种…)."""
    found = []
    lines = [(m.start(), m.end()) for m in rx(r"[^\n]+").finditer(text) if text[m.start() : m.end()].strip()]
    for (hs, he), (bs, be) in pairwise(lines):
        line, body = text[hs:he].strip(), text[bs:be]
        figures = _headline_figures(line) if _is_headline(line) and len(body) > 2 * len(line) else []
        if figures and all(f in body for f in figures):
            found.append((hs, he, be))
    return found


def _restated_headline_figures(drafts: list[Draft], text: str) -> list[Draft]:
    """A headline's figure the paragraph below gives again (same value and unit) is read once, there;
    one the paragraph's records do not give again stays the headline's."""
    spans = _item_headlines(text) if "\n" in text else []
    if not spans:
        return drafts

    def restated(d: Draft) -> bool:
        for hs, he, be in spans:
            if hs <= d.start < he:
                return any(he <= e.start < be and e.value == d.value and e.unit == d.unit for e in drafts)
        return False

    return [d for d in drafts if not restated(d)]


def _headline_figures(line: str) -> list[str]:
    """The figures a headline states, as written (19种, 17.6%): not its numbering, years or page numbers."""
    spans = [(p.start, p.end) for p in periods.find_periods(line, None)]
    return [line[m.start : m.end] for m in find_mentions(line, spans) if m.unit]


def _noted_amounts(text: str) -> dict[Decimal, str]:
    """上半年賺102.4億（美元，下同）: the amount a currency note is written after, with that currency."""
    found = {}
    for m in _AMOUNT_NOTED.finditer(text):
        currency = next((c for w, c in _noted_currencies() if w in m.group("note")), None)
        if currency:
            found[Decimal(m.group("n")) * _NOTE_SCALES.get(m.group("s") or "", Decimal(1))] = currency
    return found


def _open_section(heading: str, ctx: DocContext) -> None:
    """二、2025年工作安排 dates the paragraphs under it; a heading that names no period ends that dating.

    The last period a heading names is the one it is about (一、“十四五”时期和2025年工作回顾 -> 2025);
    a day is a date line, not a section, and a comparison (比2019年) dates nothing.
    """
    ctx.section_span = None  # a new section reviews what its own opening says
    matches = periods.find_periods(heading, ctx.year)
    rest = "".join(heading[a.end : b.start] for a, b in pairwise([_NO_PERIOD, *matches, _END_PERIOD]))
    if _caption_pattern().match(heading.strip()) or regex.search(r"\d", rest):
        ctx.section_period = None  # a headline with figures restates them; a caption dates its chart
        return
    found = [
        pm.period
        for pm in matches
        if pm.period
        and not _DAY.fullmatch(pm.period)
        and not _compared_prefix().search(heading[max(0, pm.start - 2) : pm.start])
    ]
    ctx.section_period = found[-1] if found else None
    ctx.governing_period = ctx.section_period


_NO_PERIOD = periods.PeriodMatch(0, 0, "", None, False, False)
_END_PERIOD = periods.PeriodMatch(10**9, 10**9, "", None, False, False)


@cache
def _caption_pattern() -> regex.Pattern[str]:
    """图10 2021-2025年…, 表5 …: a chart's or table's caption (markers from the grammar lexicon)."""
    return regex.compile(r"(?:\L<w>)\s*[0-9０-９一二三四五六七八九十]", w=list(words("caption_markers")))


def _with_fiscal_year(year: periods.RefYear | None, hong_kong: bool) -> periods.RefYear | None:
    """A Hong Kong source reads 2023至24年度 as its government's fiscal year (2023-04/2024-03)."""
    if year is None or not hong_kong:
        return year
    return periods.RefYear(int(year), now=year.now, published=year.published, fiscal_start=_HONG_KONG_FISCAL_START)


def extract_drafts(
    text: str, *, year: int | None, subject: str | None, tokenize: Tokenize, context: DocContext | None = None
) -> list[Draft]:
    """Every record of a normalized document, offsets into ``text``.

    ``context`` is given when ``text`` is one piece of a longer document (pipeline reads long
    documents in pieces, in order, each starting with a line break): it is the whole document's
    and is updated in place, so what one piece learns (a news item's day) carries into the next
    and a piece reads exactly as it would inside the document; paragraph-level fields are reset
    at the piece's opening line break, as at any other.
    """
    ctx = context if context is not None else document_context(text, year=year, subject=subject)
    drafts: list[Draft] = []
    last_end = 0
    prose = _prose_to_read(text, ctx)
    for offset, sentence in split_sentences(prose):
        if _paragraph_break(prose, last_end, offset, sentence):
            _open_paragraph(sentence, ctx)
        last_end = offset + len(sentence)
        heading = _is_heading(prose, offset, sentence)
        if heading:
            _open_section(sentence, ctx)
        _note_span(sentence, ctx)
        if not _has_digit_or_numeral(sentence):
            _update_governing(sentence, ctx)
            continue
        ctx.paragraph_futures = ctx.paragraph_futures or "期货" in sentence
        ctx.paragraph_shares = ctx.paragraph_shares or _stock_context().search(sentence) is not None
        programme = _programme().search(sentence)
        if programme:
            ctx.paragraph_programme = _programme_name(programme.group("name"))
        _read_same_below(sentence, ctx)
        try:
            found = _sentence_drafts(sentence, offset, ctx, tokenize)
            drafts.extend(found)
            _note_paragraph_facts(found, ctx)
        except (ValueError, ArithmeticError, IndexError, KeyError) as exc:  # odd text: fewer records
            log.debug("sentence at %d skipped: %s", offset, exc)
    return _restated_headline_figures(_with_remarks_and_tables(drafts, text, ctx, tokenize), text)


def _prose_to_read(text: str, ctx: DocContext) -> str:
    """The text as prose: table rows, the wire dateline and restated headlines blanked, offsets kept."""
    # Table rows are read by the grid alone: as prose their cells would be figures of no metric
    # (新华社北京1月24日电 is who filed the report and when: the document's date, no words of a sentence)
    prose = table_grid.prose_view(text)
    if ctx.dateline and ctx.dateline in prose:
        at = prose.index(ctx.dateline)
        # a line break in its place: what stood before (a title) ends there, the body starts after it
        prose = prose[:at] + "\n" + " " * (len(ctx.dateline) - 1) + prose[at + len(ctx.dateline) :]
        ctx.dateline = None  # read once, by the piece that holds it
    for title in ctx.restated_titles:
        for m in regex.finditer(regex.escape(title), prose):
            prose = prose[: m.start()] + " " * len(title) + prose[m.end() :]  # said again below
    return prose


def _open_paragraph(sentence: str, ctx: DocContext) -> None:
    """A new paragraph: what the last one carried (its period, base, subject, metric) no longer holds."""
    # A leading period governs its paragraph, not the rest of the document; a heading's, its section.
    # (年报显示，… goes on reading the report the paragraph before named, with its period.)
    if not _same_report().match(sentence.lstrip()):
        ctx.governing_period = ctx.section_period
    ctx.paragraph_base = None
    ctx.paragraph_subject = _head_subject(sentence, ctx) or _domestic_item(sentence, ctx)
    ctx.paragraph_metric = ""
    ctx.paragraph_growth = None
    ctx.paragraph_futures = False
    ctx.paragraph_shares = False
    ctx.paragraph_programme = ""
    ctx.paragraph_whole = ""
    ctx.fiscal_year = None  # a yearless 第三财季 reads against its own item's year


def _sentence_drafts(sentence: str, offset: int, ctx: DocContext, tokenize: Tokenize) -> list[Draft]:
    """A sentence's drafts with what the document notes around them: currency, programme, span, siblings,
    a span's reached level, paired bases, bracketed items, partners named in the metric."""
    found = _with_noted_currency(_extract_sentence(sentence, offset, ctx, tokenize), ctx)
    found = _of_the_programme(found, sentence, offset, ctx)
    if ctx.section_span:
        found = [_over_the_span(d, sentence, offset, ctx) for d in found]
    found = _reached_by_span_end(_year_to_date_siblings(found), sentence, offset, ctx.year)
    found = _paired_bases(found, sentence, offset, ctx.year)
    found = _partner_carried(found, sentence, ctx.paragraph_metric)
    found = [_of_the_tax(d, sentence, offset, ctx.document_tax) for d in found]
    found = _leading_place_gaps(found, sentence, offset)
    found = _comparators_in_brackets(found, sentence, offset, ctx.subject)
    if ctx.budget_speech:
        found = [_public_finances_by_fiscal_year(d) for d in found]
    return [_partner_is_no_subject(d, ctx) for d in _bracketed_items(found, sentence, offset)]


def _public_finances_by_fiscal_year(draft: Draft) -> Draft:
    """去年…政府收入比预期高出248亿元 in a budget speech: public revenue and spending are counted by
    fiscal year, so a calendar year names the fiscal year that began in it (2012 -> 2012-04/2013-03)."""
    year = draft.period or ""
    if not (year.isdigit() and len(year) == 4) or not _names_any("fiscal_measures", draft.metric):
        return draft
    return replace(draft, period=f"{year}-04/{int(year) + 1}-03")


def _comparators_in_brackets(found: list[Draft], sentence: str, offset: int, doc_subject: str | None) -> list[Draft]:
    """增长5.4%，高于全省平均水平（4.6%）: the bracketed figure after a comparator is the comparator's own
    figure of the same measure (its growth rate, not a level of the clause's subject)."""
    out: list[Draft] = []
    for d in found:
        at = d.start - offset
        named = _bracket_comparator().search(sentence, max(0, at - 24), at)
        closes = sentence.startswith(("）", ")"), d.end - offset)
        prev = next((p for p in reversed(out) if p.unit == d.unit), None)
        if named and closes:
            # 高于或等于全国（2.5%）: the comparator after the second comparison word
            what = _second_comparison().sub("", _strip_periods(named.group("x")))
            place = subject_at(what)
            subject = (_scope_subject(place, doc_subject) or proper_name(place)) if place else d.subject
            if prev is not None:
                d = replace(d, metric=prev.metric, kind=prev.kind, base=prev.base, subject=subject)
            elif d.kind is Kind.GAP and d.unit == "%":
                # GDP增速均高于全国（2.5%）: no figure of the clause's own before it; the rate it names is
                # the comparator's (as written: a gap below made it negative), against the year before
                metric = _group_lead().sub("", _rate_word_end().sub("", d.metric)) or d.metric
                value = -d.value if named.group().startswith(_gap_down()) else d.value
                d = replace(d, metric=metric, value=value, kind=Kind.GROWTH_RATE, base="yoy", subject=subject)
            d = replace(d, pattern="level.comparator")
        out.append(d)
    return out


_bracket_comparator = WordPattern(r"(?:\L<w>)(?P<x>[^，,。；;（(）)%]{1,14}?)[（(]$", w="comparator_words")


def _leading_place_gaps(found: list[Draft], sentence: str, offset: int) -> list[Draft]:
    """与全国相比，全市GDP增速高1个百分点: after a leading clause comparing with a place, a difference in
    points that states no base of its own is the gap to that place (a gap of the indicator)."""
    lead = _LEADING_COMPARISON.match(sentence) or _LEADING_COMPARISON.search(sentence, 0, 40)
    place = lead.group("p") if lead else ""
    if not lead or place not in subjects():
        return found
    out = []
    for d in found:
        at = d.start - offset
        own = sentence[lead.end() : at]
        if at > lead.end() and d.kind is Kind.CHANGE and d.unit == "pp" and not _stated_base().search(own):
            metric = _rate_word_end().sub("", d.metric) or d.metric
            d = replace(d, kind=Kind.GAP, base=f"entity:{proper_name(place)}", metric=metric, pattern="gap.leading")
        out.append(d)
    return out


def _of_the_tax(draft: Draft, sentence: str, offset: int, document_tax: str) -> Draft:
    """起征点提高至5000元 in a text about 个人所得税: a tax's parameter is that tax's (the last tax the
    sentence names before it, else the one the text opens with); a named tax stays."""
    params, taxes = words("tax_parameters"), words("tax_names")
    if not draft.metric.endswith(params) or any(t in draft.metric for t in taxes):
        return draft
    before = sentence[: max(0, draft.start - offset)]
    named = max(((before.rfind(t), t) for t in taxes if t in before), default=(-1, document_tax))[1]
    return replace(draft, metric=named + draft.metric) if named else draft


def _document_tax(text: str) -> str:
    """The first tax a text's opening names (中国第七次修正个人所得税法获批…), else ''."""
    head = text[:_TAX_HEAD]
    found = [(head.find(t), t) for t in words("tax_names") if t in head]
    return min(found)[1] if found else ""


_TAX_HEAD = 300


def _partner_carried(found: list[Draft], sentence: str, last_metric: str) -> list[Draft]:
    """…对东盟进出口2万亿元。其中，出口1.35万亿元: a part the next sentence opens with 其中 is of the same
    partner's trade, as it would be after a comma (the partner named once, its flows after it)."""
    partner = _partner_flow().match(last_metric) if last_metric[:1] in ("对", "對") else None
    if partner is None or not sentence.lstrip().startswith(words("partner_part_openers")):
        return found
    flows = word_set("partner_split_flows")
    return [replace(d, metric=last_metric[: partner.start("p") + len(partner.group("p"))] + d.metric)
            if d.metric in flows else d for d in found]


def _note_paragraph_facts(found: list[Draft], ctx: DocContext) -> None:
    """What the paragraph's next sentences read against: its last level, its subject, its last growth."""
    levels = [d.metric for d in found if d.kind is Kind.LEVEL]
    if levels:
        ctx.paragraph_metric = levels[-1]
    # a market named for its own move (日股低收4.1%) is not the paragraph's subject
    # nor is a share named for its price's move (甲科技股价涨5%。其次是乙…: 乙 is no 甲's)
    # and only a subject the sentence opens with (生产总值…，郑州机场吞吐量…: the airport's city stays its own)
    named = [
        d.subject
        for d in found[:1]
        if d.subject and d.subject != ctx.subject and not _is_index_region(d.metric) and not _own_price(d)
    ]
    if named and ctx.paragraph_subject is None:
        ctx.paragraph_subject = named[0]  # 全市实现…。分产业看，第一产业…: still the city's
    growths = [(d.metric, d.base) for d in found if d.kind is Kind.GROWTH_RATE]
    if growths:
        ctx.paragraph_growth = growths[-1]


def _with_remarks_and_tables(drafts: list[Draft], text: str, ctx: DocContext, tokenize: Tokenize) -> list[Draft]:
    """The prose drafts with the table remarks' in place and the table rows' after, page separators cut."""
    # in the order they stand, so a document read in pieces gives them in the same order as read whole
    for remark in _remark_drafts(text, ctx, tokenize):
        # where it stands among the sentences' records, so pieces read in order give the same order
        at = next((k for k, d in enumerate(drafts) if d.start > remark.start), len(drafts))
        drafts.insert(at, remark)
    drafts.extend(sorted(_table_drafts(text, ctx), key=lambda d: (d.start, d.end)))
    invisible = table_grid.INVISIBLE  # a page's separators are part of no name
    return [replace(d, metric=invisible.sub("", d.metric)) if invisible.search(d.metric) else d for d in drafts]



def _remark_drafts(text: str, ctx: DocContext, tokenize: Tokenize) -> Iterator[Draft]:
    """The figures of a table's remark cells (see `table_grid.Remark`), read as prose that opens with
    the row's place and the table's measure: 桂林 + 燃油附加费 + 8月1日起下调到0.5元 is 桂林's fee
    from 8月1日; a figure of another thing in the remark (油价保持在6.9元/升) keeps its own name."""
    saved = ctx.governing_period, ctx.paragraph_subject, ctx.paragraph_metric
    for remark in table_grid.run_remarks(text, ctx.year):
        lead = f"{remark.place}{remark.measure}，"
        ctx.governing_period = remark.period or saved[0]
        ctx.paragraph_subject, ctx.paragraph_metric = remark.place, remark.measure
        try:
            found = _extract_sentence(lead + text[remark.start : remark.end], remark.start - len(lead), ctx, tokenize)
        except (ValueError, ArithmeticError, IndexError, KeyError) as exc:  # odd text: fewer records
            log.debug("remark at %d skipped: %s", remark.start, exc)
            found = []
        for d in found:
            if d.start >= remark.start:
                yield replace(d, subject=remark.place) if d.subject in (None, ctx.subject) else d
    ctx.governing_period, ctx.paragraph_subject, ctx.paragraph_metric = saved


# 年报显示，…, 该公告称，…: a paragraph that goes on quoting the report just named
@cache
def _same_report() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:\L<p>)?(?:\L<r>)(?:\L<v>)",
        p=words("report_pointers"),
        r=words("report_documents"),
        v=words("report_sayings"),
    )


_YTD_BASE = regex.compile(r"period:(?P<y>\d{4})-01/(?P=y)-(?P<m>\d{2})")


# A programme named in quotes (推出“社区消费大奖赏”活动, “二○二五年中小企业贷款贴息计划”); a policy
# campaign (实施“人工智能+”行动) is none: what follows it are the economy's results, not its tallies
@cache
def _programme() -> regex.Pattern[str]:
    return regex.compile(
        r"[“\"](?P<name>[^”\"，。；]{2,24})[”\"](?:\L<k>)", k=sorted(words("programme_kinds"), key=len, reverse=True)
    )


def _programme_name(name: str) -> str:
    """“二○二五年中小企业贷款贴息计划” -> 中小企业贷款贴息计划: the programme, not its year."""
    return _strip_periods(name).strip("年 ") or name


def _of_the_programme(found: list[Draft], sentence: str, offset: int, ctx: DocContext) -> list[Draft]:
    """逾五百家食肆参与…共发放优惠总额八百万元 after 推出“庆回归餐饮优惠”活动: what the programme
    counted and paid out is the programme's (庆回归餐饮优惠参与的食肆数量), for the rest of the
    paragraph; an indicator of its own (GDP, 零售额) is no programme's."""
    name = ctx.paragraph_programme
    named = _programme().search(sentence)
    if not name:
        return found
    out = []
    for d in found:
        before_it = named is not None and d.start - offset < named.end()
        counted = d.unit in _MONEY_UNITS or is_measure_word(d.unit)  # who took part, what it paid out
        own = name in d.metric or known_metric_suffix(d.metric) is not None or not counted
        out.append(d if before_it or own else replace(d, metric=name + d.metric))
    return out


def _year_to_date_siblings(found: list[Draft]) -> list[Draft]:
    """工业投资下降2.2%，降幅比1—9月份收窄1.1个百分点: a figure compared with January to September
    is itself January to October, so the sentence's figures dated October alone are year to date."""
    spans = {}
    for d in found:
        m = _YTD_BASE.fullmatch(d.base or "")
        if m and int(m.group("m")) < 12:
            month = f"{m.group('y')}-{int(m.group('m')) + 1:02d}"
            spans[month] = f"{m.group('y')}-01/{month}"
    if not spans:
        return found
    return [replace(d, period=spans[d.period]) if d.period in spans else d for d in found]


def _reached_by_span_end(found: list[Draft], sentence: str, offset: int, year: int | None) -> list[Draft]:
    """A level or share *reached* over a span of years (“十五五”时期…城镇化率达到65%, 到2030年 in a
    plan) is where the span ends: its last year; the level it starts from (由58%提高到…) stands at
    the span's eve, the year before its first. What the span adds up (新增就业500万人) or its
    average rate (年均增长5%) keeps the span. A level to be reached after the year the text is about
    (``year``) is a plan's goal: a target, unless the text already says how it is meant.
    """
    out = []
    for d in found:
        span = _YEAR_SPAN.fullmatch(d.period or "")
        at = d.start - offset
        clause = sentence[_comma_before(sentence, at) : at] if span else ""
        # (only a figure dated to a span is asked: the word scan is skipped for every other draft)
        added = bool(span) and any(w in clause for w in words("sum_words"))
        if span and d.kind in (Kind.LEVEL, Kind.SHARE) and _reaching().search(clause) and not added:
            ahead = year is not None and int(span.group("last")) > year
            d = replace(d, period=span.group("last"), modality=d.modality or ("target" if ahead else None))
        elif span and d.kind in (Kind.LEVEL, Kind.SHARE) and _SPAN_START.search(clause):
            d = replace(d, period=str(int(span.group("first")) - 1))  # 十四五时期由58%提高到62%: 58% at its eve
        out.append(d)
    return out


def _paired_bases(found: list[Draft], sentence: str, offset: int, year: int | None) -> list[Draft]:
    """增速分别比上月末和上年同期高0.7个和2.8个百分点: one base per figure of the run, in order.

    The bases are listed like the figures (A和B, A、B); the n-th figure after the list is measured
    against the n-th base. A list of places (分别比全国和全省高…) makes each figure a gap against its
    place; a list of anything else is left alone.
    """
    out = list(found)
    for m in _base_list().finditer(sentence):
        names = [n for n in _item_joiner().split(m.group("list")) if n]
        bases = [comparisons.find_base("比" + n, lambda p: _period_or_none(p, year), year) for n in names]
        entities = all(n in subjects() for n in names)
        end = _clause_end(sentence, m.end())
        run = [i for i, d in enumerate(out) if m.end() <= d.start - offset < end and d.kind is Kind.CHANGE]
        if len(names) < 2 or len(run) != len(names) or (None in bases and not entities):
            continue
        rate = _rate_word_end().sub("", out[run[0]].metric)
        for i, name, base in zip(run, names, bases, strict=True):
            if entities:
                # 分别比全国和全省高1个和0.5个百分点: gaps of the rate, each against its entity
                out[i] = replace(out[i], kind=Kind.GAP, base=f"entity:{name}", metric=rate, pattern="gap.paired")
            else:
                out[i] = replace(out[i], base=base)
    return out


_rate_word_end = WordPattern(r"(?:的)?(?:\L<w>)$", w="rate_word_ends")


# 分别比上月和上年同期, 分别较上年末、上月末: a list of bases a 分别 run is measured against
@cache
def _base_list() -> regex.Pattern[str]:
    return regex.compile(
        r"分别(?:比|较|較|與|与|同)(?P<list>[^，,。；;比较]{2,20}?)(?:相比)?(?=\L<w>)", w=words("base_list_moves")
    )


def _bracketed_items(found: list[Draft], sentence: str, offset: int) -> list[Draft]:
    """其次是服装（下跌12.9%）、电器（下跌11.0%）: a figure in brackets after a name is that item's,
    measured by the indicator of the figure before it (珠宝首饰的销货价值下跌20.1% -> 服装销货价值).
    """
    out: list[Draft] = []
    for d in found:
        at = d.start - offset
        item = _BRACKET_ITEM.search(sentence, max(0, at - 20), at)  # a short window: bounded work per figure
        head = _indicator_head(out[-1].metric) if out and item else ""
        if item and head and d.metric != item.group("item") + head:
            d = replace(d, metric=item.group("item") + head)
        before = out[-1] if out and item and head else None
        if before is not None and d.kind is Kind.LEVEL and d.unit == before.unit and before.kind is Kind.GROWTH_RATE:
            # 其次是家电（8%）: the item's figure is the same measure as the one before, a rate of growth
            d = replace(d, kind=before.kind, base=before.base)
        out.append(d)
    return out


# 、服装（下跌12.9%: a name, an opening bracket and at most a verb before the figure
_BRACKET_ITEM = regex.compile(
    r"(?:^|[，,、；;是为為]|[）)](?:和|及|与|與|以及)?)(?P<item>(?:(?![是为為])[\p{Han}A-Za-z]){1,12})"
    r"[（(][\p{Han}]{0,4}$"
)


def _indicator_head(metric: str) -> str:
    """The indicator a metric ends in (grammar list_heads): 珠宝首饰销货价值 -> 销货价值."""
    return next((h for h in words("list_heads") if metric.endswith(h) and len(metric) > len(h)), "")


def _partner_is_no_subject(draft: Draft, ctx: DocContext) -> Draft:
    """对东盟贸易总值: the partner a reporter trades with is named in the metric, never its subject
    (东盟为我第一大贸易伙伴，与东盟贸易…: the rank is 东盟's, the trade the reporter's)."""
    partner = draft.subject
    flow = _partner_flow().match(draft.metric) if partner and draft.metric[:1] in ("对", "對") else None
    if partner and flow and partner in flow.group("p"):  # 对中国大陆及香港出口: 香港 is a partner too
        return replace(draft, subject=ctx.subject if ctx.subject != partner else None)
    return draft


def _period_or_none(phrase: str, year: int | None) -> str | None:
    """``periods.parse_period``, or None where the phrase is no period (上月末 is a base word)."""
    try:
        return periods.parse_period(phrase, year)
    except ValueError:
        return None


_YEAR_SPAN = regex.compile(r"(?P<first>\d{4})/(?P<last>\d{4})")
_SPAN_START = regex.compile(r"(?:由|从|從)$")  # the level a span starts from: the year before its first


# 达到65%, 提高到70%, 突破1万亿元, 增至: a level reached, not an amount added
_reaching = WordPattern(r"(?:\L<w>)(?:了)?(?:约|約|近|超)?$", w="reaching_verbs")


def _paragraph_break(prose: str, last_end: int, offset: int, sentence: str) -> bool:
    """A line break between two sentences, or an indent after one (web text that lost its line
    breaks keeps each paragraph's two full-width spaces: 。\u3000\u3000车险…, normalized to spaces)."""
    gap = prose[last_end:offset]
    ended = last_end > 0 and prose[last_end - 1] in "。！？"
    return "\n" in gap or (ended and ("  " in gap or sentence.startswith("  ")))


def _table_drafts(text: str, ctx: DocContext) -> Iterator[Draft]:
    """Records of tables: grids first (cells named by row and column), then the rows left over."""
    claimed: set[int] = set()
    for grid in table_grid.read_grids(text):
        for fact in table_grid.grid_facts(grid, ctx.year, ctx.subject):
            claimed.add(fact.start)
            yield _grid_draft(fact, ctx)
    for row in tables.find_rows(text):
        if any(cell.start in claimed for cell in row.cells):
            continue  # read as a grid
        if any(cell.header for cell in row.cells):
            yield from _column_drafts(row, ctx)
            continue
        if row.unit is None:
            continue
        n = len(row.cells)
        header = tables.level_header(row.headers, n)
        period = ctx.default_period
        metric = row.label.strip('“”"')
        if header:
            try:
                period = periods.parse_period(header, ctx.year) or period
            except ValueError:
                if not rx(r"\d|年|月").search(header):
                    metric += header  # 产量, 销售额: the column names the measure
        since_year_start = any("年初" in h for h in row.headers)
        for index, cell in enumerate(row.cells):
            role = tables.column_role(row.headers, index, n)
            draft = _cell_draft(expand_abbreviations(metric), cell, role, row.unit, period, since_year_start, ctx)
            if draft:
                yield draft


_GRID_KINDS = {"level": Kind.LEVEL, "growth": Kind.GROWTH_RATE, "change": Kind.CHANGE, "share": Kind.SHARE}


def _grid_draft(fact: table_grid.TableFact, ctx: DocContext) -> Draft:
    """A grid cell as a record; a cell no header dates takes the document's period."""
    return _plain_draft(
        expand_abbreviations(fact.metric),
        fact.value,
        fact.unit,
        _GRID_KINDS[fact.role],
        fact.period or ctx.default_period,
        fact.base,
        fact.subject or ctx.subject,
        (fact.start, fact.end),
        f"table.grid.{fact.role}",
    )


def _cell_draft(
    metric: str,
    cell: tables.Cell,
    role: str,
    unit: tables.TableUnit | None,
    period: str | None,
    since_year_start: bool,
    ctx: DocContext,
) -> Draft | None:
    """One table cell as a record: a growth in %, or an amount (level, or change) in the row's unit."""
    if role == "growth":
        kind, unit_name, value, base = Kind.GROWTH_RATE, "%", cell.value, "yoy"
    elif unit is None:
        return None  # an amount with no unit said anywhere
    elif role == "change":
        kind, unit_name, value = Kind.CHANGE, unit.unit, cell.value * unit.factor
        base = f"period:{ctx.year - 1}-12-31" if ctx.year and since_year_start else "yoy"
    else:
        kind, unit_name, value, base = Kind.LEVEL, unit.unit, cell.value * unit.factor, None
    pattern = f"table.{'column.' if cell.header else ''}{role}"
    return _plain_draft(metric, value, unit_name, kind, period, base, ctx.subject, (cell.start, cell.end), pattern)


def _plain_draft(
    metric: str,
    value: Decimal,
    unit: str,
    kind: Kind,
    period: str | None,
    base: str | None,
    subject: str | None,
    span: tuple[int, int],
    pattern: str,
) -> Draft:
    """A record with no range, qualifier or modality: what table cells and ratios give."""
    return Draft(
        metric=metric,
        value=value,
        value_max=None,
        unit=unit,
        kind=kind,
        period=period,
        base=base,
        subject=subject,
        qualifier=None,
        modality=None,
        start=span[0],
        end=span[1],
        pattern=pattern,
    )


def _column_drafts(row: tables.Row, ctx: DocContext) -> Iterator[Draft]:
    """A row written on one line under named columns: each header says what its number is and when."""
    metric = expand_abbreviations(row.label.strip('“”"'))
    dated = [_header_period(cell.header or "", ctx.year) for cell in row.cells]
    columns = (_header_period(h, ctx.year) for h in row.headers)  # 1-6月 over an empty amount cell
    row_period = next((p for p in dated if p), None) or next((p for p in columns if p), None) or ctx.default_period
    for cell, own in zip(row.cells, dated, strict=True):
        header = cell.header or ""
        # 同比增长(%) beside 1-6月: the growth of those months
        draft = _cell_draft(
            metric, cell, tables.header_role(header), row.unit, own or row_period, "年初" in header, ctx
        )
        if draft:
            yield draft


def _header_period(header: str, year: int | None) -> str | None:
    try:
        return periods.parse_period(_header_note().sub("", header), year)
    except ValueError:
        return None


# 1-6月（亿元）, 本月(%): the note after a column's period
_header_note = WordPattern(r"[（(][^（）()]*[）)]|\L<w>", w="header_notes")


def _update_governing(sentence: str, ctx: DocContext) -> None:
    for pm in periods.find_periods(sentence, ctx.year):
        if pm.period and _is_leading(sentence, pm.start, pm.end):
            ctx.governing_period = pm.period


_SPAN = regex.compile(r"\d{4}/\d{4}")
_YEARS_BACK = regex.compile(r"(?:过去|最近)的?[二三四五六七八九十两\d]+年|[二三四五六七八九十两\d]+年来")


def _note_span(sentence: str, ctx: DocContext) -> None:
    """过去的五年极不寻常。: a sentence opening with the last years sets the span its section reviews."""
    if not _YEARS_BACK.search(sentence, 0, 12):
        return
    for pm in periods.find_periods(sentence[:12], ctx.year):
        if pm.period and _SPAN.fullmatch(pm.period) and _is_leading(sentence, pm.start, pm.end):
            ctx.section_span = pm.period


def _over_the_span(draft: Draft, sentence: str, offset: int, ctx: DocContext) -> Draft:
    """In a review of the last years (过去的五年…), what was done (新增, 新建, 改造…) was done over
    them, while a level (生产总值6.66万亿元) stands at their end: a flow dated by its end year
    alone takes the whole span, and so does an average growth (年均增长7.9%, a yearly average since the
    span's eve); a change (提高8个百分点) is measured from that eve."""
    span = ctx.section_span
    if span is None or draft.period != span[-4:]:
        return draft
    start = draft.start - offset
    clause = sentence[_comma_before(sentence, start) : start]
    flow = draft.kind is Kind.LEVEL and any(verb in clause for verb in words("span_flow_verbs"))
    average = draft.kind is Kind.GROWTH_RATE and "年均" in clause
    before = str(int(span[:4]) - 1)  # the year the span's moves are measured from
    if average:
        return replace(draft, period=span, base=f"period_avg:{before}")  # 年均增长7.9%: a yearly average since
    if draft.kind is Kind.CHANGE and draft.base == "yoy":
        return replace(draft, base=f"period:{before}")  # 毛入学率提高8个百分点: over the years, from their eve
    return replace(draft, period=span) if flow else draft


@cache
def _reports() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:\L<d>|今?[（(]\d{1,2}[)）]日|\d{1,2}日)?"  # 财政部今（9）日发布
        r"(?:\L<w>|统计(?=[，,：:]))",  # 财政部预估11月出口…: whose forecast, not whose exports
        d=words("report_days"),
        w=words("reporting_verbs"),
    )


_HEAD_SUBJECT = regex.compile(r"^[\s\d、.．)）*#（(\-—–" + _BULLETS + r"]*(?:据|另据|據|另據)?")


def _comma_before(sentence: str, pos: int) -> int:
    """Where the comma-delimited clause holding ``pos`` starts."""
    return max(sentence.rfind(c, 0, pos) for c in "，,；;") + 1


def _head_subject(sentence: str, ctx: DocContext) -> str | None:
    """A region that opens a sentence (美国三大股指全线收涨，道指…) is what its figures are about.

    A subject that opens a paragraph stays for the paragraph's later sentences. A listed firm the
    document has introduced with its code (甲乙（2345）…) opens a paragraph about it by name alone.
    """
    if ctx.firms:
        start = _HEAD_SUBJECT.match(sentence)
        firm = firm_opening(sentence, start.end() if start else 0, ctx.firms)
        if firm:
            return firm
    named = _head_subject_of(sentence, ctx.year)
    if named and ctx.subject and named != ctx.subject and named.startswith(ctx.subject):
        return ctx.subject  # 比亚迪股份有限公司发布半年报 in a story about 比亚迪: the name the story uses
    return named


@cache
def _event_head() -> regex.Pattern[str]:
    """本届丝博会, 2024中国景德镇国际陶瓷博览会: an event opening a sentence (grammar event_heads);
    本届/第七届 are no part of its name, a year is."""
    return regex.compile(
        r"(?:本届|本屆|第[一二三四五六七八九十\d]+届|第[一二三四五六七八九十\d]+屆)?"
        r"(?P<e>(?:\d{4})?[\p{Han}A-Za-z]{0,16}?(?:\L<h>))(?![\p{Han}]{0,2}(?:期间|期間|上|中))",
        h=sorted(words("event_heads"), key=len, reverse=True),
    )


@lru_cache(maxsize=8)
def _head_subject_of(sentence: str, year: int | None) -> str | None:
    """Cached: a paragraph's first sentence is asked twice, as the paragraph's and as its own."""
    start = _HEAD_SUBJECT.match(sentence)
    pos = start.end() if start else 0
    event = _event_head().match(sentence, pos)
    if event:
        return event.group("e")  # 本届丝博会1600余家企业参展: the event's count
    named = subject_at(sentence, pos)
    if not named:
        return _named_lead(sentence[pos:], year)
    if named in ("全市", "全省", "全区", "全县", "全国"):
        return None
    publishing = subjects()[named][1] == "organisation" and _reports().match(sentence, pos + len(named))
    if publishing and not _own_results().match(sentence, pos):
        return None  # 金管局公布，本港…: who publishes the figures, not whom they are about
    economic_zone = _zone_named_after(sentence[pos:], len(named))
    if economic_zone:
        return economic_zone  # 深圳先行示范区民营企业…: the zone, a subject of its own
    firm = firm_named_after_place(sentence, pos, pos + len(named))
    if firm:
        return firm
    if outlet_named_after_place(sentence, pos, pos + len(named)):
        return None  # 上海有色网报价显示，…: the outlet quoting a price speaks for no place
    return proper_name(named)


def _title_subject(text: str, year: int | None) -> str | None:
    """万科上半年净利30亿元同比增长5.9%: a company's results news is about the company its title names.

    The name must open a title line before a period and an indicator, and recur in the text.
    """
    for line in text.lstrip()[:400].split("\n")[:8]:
        clause = _title_clause(rx(r"[，,；;。：:]").split(line.strip(" \t#*"), maxsplit=1)[0], year)
        found = [(p.start, p.end) for p in periods.find_periods(clause, year)]
        name, _ = split_leading_subject(clause, found) if found else (None, clause)
        results = _title_results().match(line.strip(" \t#*"))
        name = name or (results.group("firm") if results else None)
        if name and name not in subjects() and text.count(name) >= 2:
            return name
    return None


# 招商银行2024年半年度业绩：…: a title naming a firm's results
@cache
def _title_results() -> regex.Pattern[str]:
    return regex.compile(
        r"(?P<firm>\p{Han}{2,10}?)(?:\d{4}年)?(?:第?[一二三四1-4]季度|\L<s>)?(?:\L<w>)",
        s=words("results_spans"),
        w=words("results_words"),
    )


def _title_clause(head: str, year: int | None) -> str:
    """A title's opening up to its first figure; digits of a period (比亚迪2024年上半年净利润…) are no figure."""
    first = next(iter(periods.find_periods(head, year)), None)
    skip = first.end if first and not rx(r"\d").search(head, 0, first.start) else 0
    figure = rx(r"\d").search(head, skip)
    return head[: figure.start()] if figure else head


# A brief's item from a national body or a domestic market: its unnamed figures are the country's.
_domestic_cue = WordPattern(r"\L<w>|国家\p{Han}{1,6}局", w="domestic_cues")


def _domestic_item(sentence: str, ctx: DocContext) -> str | None:
    """国家统计局：…, 国内商品期货夜盘收盘…: in a mainland morning brief such an item is about China."""
    if not ctx.morning_brief_day or not _domestic_cue().search(sentence, 0, 60):
        return None
    return "中国"


def _latest_fiscal_year(quarter: str, calendar: FiscalCalendar, ctx: DocContext) -> int | None:
    """英伟达第二财季营收 in news of 2024-08-29: the second quarter that ended last (May-Jul 2024).

    A yearless fiscal quarter in the news is the latest one reported: the one that ended before
    the item's day.
    """
    today = ctx.news_day or ctx.morning_brief_day or ctx.document_date
    if not today:
        return None
    now = int(today[:4]) * 12 + int(today[5:7]) - 1
    q = "一二三四".index(quarter) + 1 if quarter in "一二三四" else int(quarter)
    best = None
    for start_year in range(int(today[:4]) - 2, int(today[:4]) + 1):
        last_month = start_year * 12 + calendar.start_month - 1 + 3 * (q - 1) + 2
        if last_month < now:
            best = start_year
    return best


def _named_lead(text: str, year: int | None) -> str | None:
    """大新银行去年盈利20.6亿元，…: a name before a period and an indicator opens the item about it.

    A firm that announces (汇丰控股公布，上半年…) opens an item about its own figures.
    """
    clause = rx(r"[，,；;。：:\d]").split(text, maxsplit=1)[0]
    announcing = _own_results().match(text) or _firm_announces().fullmatch(clause)
    if announcing:
        return announcing.group("firm")
    found = [(p.start, p.end) for p in periods.find_periods(clause, year)]
    lead, _ = split_leading_subject(clause, found)  # 2024年, or a fiscal quarter, or an organisation's name
    return lead


# A firm (…银行, …集团) and when it spoke: 招商银行8月29日晚间…
_FIRM_WHEN = (
    r"(?P<firm>\p{Han}{2,10}?" + _FIRM_SUFFIX + r")"
    r"(?:\d{1,2}月\d{1,2}日)?(?:今日|今天|昨日|昨天|早前|晚间|晚|盘后)?"
)


# 招商银行8月29日晚间发布2024年半年度报告: a firm publishing its own results is what they are about
@cache
def _own_results() -> regex.Pattern[str]:
    return regex.compile(
        _FIRM_WHEN + r"(?:\L<v>)了?(?:\d{4}年)?\p{Han}{0,4}?(?:\L<r>)",
        v=words("results_publishing_verbs"),
        r=words("results_reports"),
    )


# 汇丰控股公布，上半年…: a firm announcing, the clause ending there
@cache
def _firm_announces() -> regex.Pattern[str]:
    return regex.compile(
        _FIRM_WHEN + r"(?:\L<v>)(?:了)?(?:\p{Han}{0,8}?(?:\L<r>))?",
        v=words("announcing_verbs"),
        r=words("announced_reports"),
    )


def _fiscal_quarter(sentence: str, m: regex.Match[str], ctx: DocContext) -> str | None:
    """The calendar months of a fiscal quarter, read against the company's fiscal year.

    A quarter without a year (预计第三财季) belongs to the fiscal year named last; the company is
    the last one before the quarter that keeps its own calendar, else the one named last.
    """
    calendar = fiscal_calendar(sentence[: m.start()])
    start_year = None
    if m.group("y1"):
        calendar = calendar or default_fiscal_calendar()
        start_year = fiscal_year_start(m, calendar)
    elif ctx.fiscal_year is not None:
        calendar, start_year = ctx.fiscal_year
    elif calendar is not None:
        start_year = _latest_fiscal_year(m.group("q"), calendar, ctx)
    if calendar is None or start_year is None:
        return None
    ctx.fiscal_year = (calendar, start_year)
    return fiscal_quarter_period(m.group("q"), start_year, calendar)


def _is_leading(sentence: str, start: int, end: int) -> bool:
    """A period at the head of a sentence (上半年，/ 1-7月份，/ 今年一季度，) governs what follows."""
    head = rx(r"^[\s\d、.．)）*#（(一二三四五六七八九十]*(?:、|\.)?").sub("", sentence[:start])
    head = rx(r"[\s*“”]").sub("", head)
    head = rx(r"[，,：:；;]").split(head)[-1]  # …消息显示：今年1~6月份， leads its own clause
    if head.startswith(words("cause_openers")):
        return False  # …，因美国8月就业强劲: the cause's period is the cause's, it governs nothing
    if len(head) <= 4:
        return True  # 上半年，… / 6月份食品类价格…: the period opens its clause
    # 美国7月零售销售…, 京东集团第二季度收入…: a subject then the period opens the paragraph.
    return not rx(r"[，,；;：:]").search(sentence[:start]) and (head in subjects() or bool(_org_name().fullmatch(head)))


def _first_clause_end(sentence: str) -> int:
    """Where the sentence's first clause ends (欧洲股市持稳，但本周…: the week is in the second)."""
    start = _lead_end(sentence)
    lead_in = _lead_in().match(sentence, start)  # Wind数据统计显示，下周…: the clause after the lead-in
    brk = rx(r"[，,；;：:]").search(sentence, lead_in.end() if lead_in else start)
    return brk.start() if brk else len(sentence)


def _lead_end(sentence: str) -> int:
    """Where a sentence's text starts after blanks, markup and a list marker (3、, （二）)."""
    body = sentence.lstrip(" \t\n\u3000*#")
    opening = _LIST_MARKER.match(body)
    return len(sentence) - len(body) + (opening.end() if opening else 0)


# 发表的2024年第三季本地生产总值预先估计数字显示，…: the release's period governs what it shows.
_lead_in = WordPattern(r"[^，,。；;\d]{0,20}?(?:\L<w>)(?:显示|表明)[，,：:]", w="release_nouns")


def _opens_part(sentence: str, start: int, found: list[periods.PeriodMatch]) -> bool:
    """No figure between the period and the sentence's head or the last ；/： before it.

    国家统计局7月9日发布，6月份食品类…: the period leads; 英国第二季度GDP同比升0.9%，第一季度终值升
    0.3%；环比升0.6%: the first quarter is said of one figure, not of the part after it.
    """
    part_start = max((m.end() for m in rx(r"[；;：:]").finditer(sentence, 0, start)), default=_lead_end(sentence))
    said = [m.span() for m in _day_of_saying().finditer(sentence, part_start, start)]
    for d in rx(r"\d").finditer(sentence, part_start, start):
        if not any(p.start <= d.start() < p.end for p in found) and not any(a <= d.start() < b for a, b in said):
            return False
    return True


# 据商务部网站7日消息，…上周…: the day a source spoke is no figure, the period after it still leads
@cache
def _day_of_saying() -> regex.Pattern[str]:
    return regex.compile(
        r"(?<!\d)(?:[1-9]|[12]\d|3[01])日(?=\L<w>)", w=sorted(words("saying_words"), key=len, reverse=True)
    )


# 比2019年, 较上年, 从2010年的…, 高于2019年: a period compared with; 于/於 alone is "in" (於去年十二月推出)
_compared_prefix = WordPattern(
    r"(?:\L<w>|(?<=[高低快慢多少大小优好差强弱優強])[于於])$", w="compared_prefixes"
)


# 出口额是上年的1.5倍: the period a multiple is of is a base, not the figure's period
_is_before = WordPattern(r"(?:\L<w>)$", w="multiple_copulas")


_TIMES_OF = regex.compile(r"(?:同期)?的(?:约|近)?\d+(?:\.\d+)?倍")
# 增速比同期和去年全年均有提升: the second of two bases compared against is a base too.
_COMPARED_LIST = regex.compile(r"(?:比|较|較)[^，,。；;比较較]{1,10}(?:和|及|与|與|、)$")
_DATED_START = regex.compile(r"(?:份)?(?:末|底)?的?(?:约|近|不到|不足|超过|逾|約)?\d")


_OPENS_BREAKDOWN = regex.compile(r"\s*(?:其中|分\p{Han}{1,6}看|从\p{Han}{1,6}看)")
_BREAKDOWN = regex.compile(r"其中|按\p{Han}{1,4}分|从\p{Han}{1,6}看|分\p{Han}{1,6}看")


def _in_named_year(found: list[periods.PeriodMatch], year: int | None) -> list[periods.PeriodMatch]:
    """2024年第三季…，而第二季则…: a bare quarter or month after a named year is in that year."""
    named: int | None = None
    out: list[periods.PeriodMatch] = []
    for pm in found:
        if _year_word().search(pm.surface):
            named = int(pm.period[:4]) if pm.period and pm.period[:4].isdigit() else None
        elif pm.relative and named and named != year:
            try:
                pm = replace(pm, period=periods.parse_period(pm.surface, named) or pm.period)
            except ValueError:
                pass
        out.append(pm)
    return out


_year_word = WordPattern(r"\L<w>|年[初末底]|\d{4}", w="year_words_named")


def _forward_period(period: str | None, ctx: DocContext) -> str | None:
    """A goal or forecast dated only by the document looks ahead from the year of writing.

    A report written in one year about the year before (a work report, an annual review) gives its
    results the data year and its targets (预期目标…增长5%左右) the year it was written in.
    """
    year = ctx.year
    if isinstance(year, periods.RefYear) and year.now > year and period == ctx.default_period == str(year):
        return str(year.now)
    return period


@dataclass(slots=True)
class _SentenceScan:
    """What the phases of reading one sentence share: the sentence, its periods and their scopes."""

    sentence: str
    offset: int
    ctx: DocContext
    tokenize: Tokenize
    # A leading period found in this sentence (…；至8月3日当周续请…) governs the sentences after it;
    # the figures before it in this sentence keep the period that governed when it began.
    governing: str | None
    found_periods: list[periods.PeriodMatch]
    stated: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, period) of each dated part
    moved_from: list[tuple[int, str]] = field(default_factory=list)  # (where the starting figure ends, its period)
    said_last_month: bool = False  # the sentence dates its figures 上月 (a news item's last month)


def _extract_sentence(sentence: str, offset: int, ctx: DocContext, tokenize: Tokenize) -> list[Draft]:
    """A sentence's drafts: its periods and what each dates first, then its figures in order, then the ratios."""
    scan = _scan_periods(sentence, offset, ctx, tokenize)
    for pm in scan.found_periods:
        _read_stated_period(scan, pm)
    _stamp_dated_parts(scan)
    mentions = find_mentions(sentence, [(p.start, p.end) for p in scan.found_periods])
    ratio_drafts = list(_ratio_drafts(sentence, offset, ctx, scan.stated, scan.governing, tokenize))
    if not mentions:
        return ratio_drafts
    walk = _start_walk(scan, mentions)
    for mi, mention in enumerate(mentions):
        _read_figure(walk, mi, mention)
    return _finished_drafts(walk) + ratio_drafts


@dataclass(slots=True)
class _FigureWalk:
    """What the walk over a sentence's figures carries from one figure to the next."""

    scan: _SentenceScan
    mentions: list[Mention]
    reading: _Reading
    carry: Carry
    clause_starts: list[int]
    drafts: list[Draft] = field(default_factory=list)
    prev_end: int = 0
    run_index: int = 0
    run_items: list[str] = field(default_factory=list)
    run_subjects: list[str] = field(default_factory=list)
    run_entities: list[str] = field(default_factory=list)
    run_months: list[str] = field(default_factory=list)
    last_months: list[str] = field(default_factory=list)
    prev_mention: Mention | None = None
    recent_metrics: list[str] = field(default_factory=list)
    carry_predicate: str | None = None  # None until a figure that opens a clause has set it


@dataclass(slots=True)
class _Figure:
    """One figure being read: where its clause starts, the words before it, and what they name so far."""

    mention: Mention
    index: int  # its place among the sentence's mentions
    clause_start: int
    seg_start: int
    segment: str  # the words between the last figure (or the clause start) and this one
    gap: str  # the text since the last figure
    in_run: bool
    period: str | None
    new_clause: bool = True
    zone: str = ""
    zone_periods: list[tuple[int, int]] = field(default_factory=list)  # the periods in the zone, as spans
    zone_subject: str | None = None
    predicate: str = ""
    metric_zone: str = ""
    item_places: list[str] = field(default_factory=list)
    partners: bool = False
    items: list[str] = field(default_factory=list)
    reused: bool = False
    run_len: int = 0
    metric: str = ""
    handed_out: str = ""
    bound_group: bool = False  # the metric counts a group a bound names (超百亿元的行业数量): no noun replaces it


def _start_walk(scan: _SentenceScan, mentions: list[Mention]) -> _FigureWalk:
    """What the first figure starts from: the sentence's subject, the paragraph's whole, the clause breaks."""
    sentence, ctx = scan.sentence, scan.ctx
    reading = _Reading(sentence, scan.offset, ctx, scan.tokenize)
    carry = Carry(subject=_head_subject(sentence, ctx), parent=ctx.paragraph_metric, last_month=scan.said_last_month)
    carry.moved_from = scan.moved_from
    if _OPENS_BREAKDOWN.match(sentence) and ctx.paragraph_growth:
        # …环比上涨0.4%。其中，城市上涨0.4%: the parts of the growth just reported, its base too
        carry.parent = carry.parent or ctx.paragraph_growth[0]
        carry.growth_base = ctx.paragraph_growth[1]
    if carry.subject is None:
        carry.subject = ctx.paragraph_subject
    clause_starts = [0] + [
        m.end()
        for m in _CLAUSE_BREAK.finditer(sentence)
        if not _is_alias_paren(sentence, m)
        and not _is_dating_paren(sentence, m, scan.ctx.year)
        and not _is_comparators_figure(sentence, m)
    ]
    return _FigureWalk(scan, mentions, reading, carry, clause_starts)


def _read_figure(walk: _FigureWalk, mi: int, mention: Mention) -> None:
    """One figure: where it stands, what the words before it name (unless a run goes on), and its draft."""
    fig = _place_figure(walk, mi, mention)
    if fig.in_run:
        if walk.carry_predicate is None:  # as the unbound local it was: no figure opened a clause yet
            raise UnboundLocalError("carry_predicate")
        fig.predicate = walk.carry_predicate
    elif _name_figure(walk, fig):
        walk.prev_end = fig.mention.end
        walk.prev_mention = fig.mention
        return
    _draft_figure(walk, fig)
    walk.prev_end = fig.mention.end
    walk.prev_mention = fig.mention


def _place_figure(walk: _FigureWalk, mi: int, mention: Mention) -> _Figure:
    """Where a figure stands: its clause, the words since the last figure, whether a run goes on, its period."""
    scan, carry = walk.scan, walk.carry
    sentence, ctx = scan.sentence, scan.ctx
    clause_start = _clause_start_at(walk.clause_starts, mention.start)
    seg_start = max(clause_start, walk.prev_end)
    segment = sentence[seg_start : mention.start]
    # A run: numbers separated only by 、/和 (分别增长84.3%、77.3%) share one predicate.
    gap = sentence[walk.prev_end : mention.start]
    if carry.outer_subjects and _CLOSE_BRACKET.search(gap):
        carry.subject = carry.outer_subjects.pop()  # 7家省级（全省10家），12家…: 全省 held in the brackets
    # (a move in points restated in per cent is the growth.restated_move rule's)
    restated = walk.prev_mention is not None and _restated_gap().fullmatch(gap) is not None and not walk.run_items
    restated = restated and mention.unit != "%"
    in_run = walk.prev_mention is not None and (_list_gap().fullmatch(gap) is not None or restated)
    if in_run:
        walk.run_index += 1
    else:
        walk.run_index = 0
    period = _period_for(mention, scan.stated, scan.governing, ctx)
    own_clause = sentence[clause_start : mention.start]
    item = rx(r"\d[^、]*、(?P<x>[^、\d]*\p{Han}[^、\d]*)$").search(own_clause)
    if item:
        own_clause = item.group("x")  # 同期为下降31.9%、去年全年下降39.7%: each item says its own period
    shifted = _shifted_period(own_clause, period)
    if shifted is not None:
        period = shifted or None
    return _Figure(mention, mi, clause_start, seg_start, segment, gap, in_run, period)


def _name_figure(walk: _FigureWalk, fig: _Figure) -> bool:
    """Read what the words before a figure opening a clause name; True when that already drafted it."""
    _note_breakdown(walk, fig)
    _split_zone(walk, fig)
    _read_listed_places(walk, fig)
    _take_zone_subject(walk, fig)
    _read_metric_zone(walk, fig)
    _read_items(walk, fig)
    _read_items_before(walk, fig)
    _read_place_items(walk, fig)
    _start_item_run(walk, fig)
    _decide_metric(walk, fig)
    if _draft_each_place(walk, fig) or _draft_members(walk, fig) or _draft_each_item(walk, fig):
        return True
    _carry_on_metric(walk, fig)
    return False


def _note_breakdown(walk: _FigureWalk, fig: _Figure) -> None:
    """After 其中 / 按地域分 the figures are parts of a whole: the whole is the last metric, or the list named."""
    sentence, carry = walk.scan.sentence, walk.carry
    if _BREAKDOWN.search(sentence[: fig.seg_start] + fig.segment):
        if not carry.parts and carry.metric:
            carry.parent = carry.metric  # 发行2只债券，其中2年期…，3年期…: every part is of that whole
        carry.parts = True
        if not carry.metric and not carry.parent:
            carry.parent = _raw_list_clause(sentence, fig.clause_start, walk.scan.tokenize)


def _split_zone(walk: _FigureWalk, fig: _Figure) -> None:
    """The words before the figure split into the zone that names it and the predicate that moves it."""
    sentence, ctx, mention, segment = walk.scan.sentence, walk.scan.ctx, fig.mention, fig.segment
    if mention.unit == "rank":
        # 净增增幅居副省级城市第一: all that comes before 居 (or the group) is what is ranked
        fig.zone, fig.predicate = _RANK_TAIL.sub("", _strip_leading_period(segment, ctx.year)), ""
    else:
        # 6.4%的涨幅中翘尾因素达到了3.7个百分点: what follows 涨幅中 is a part of the rise
        unlisted = _PERIOD_LIST.sub("", segment)  # 二、三季度分别…: the listed periods are no metric
        fig.zone, fig.predicate = split_zone(
            _among().sub("", _strip_leading_period(unlisted, ctx.year)), walk.scan.tokenize
        )
    traded = _traded().fullmatch(fig.zone.strip())
    if traded and not fig.in_run:
        # 中国平安获净买入4.68亿元: the stock is the subject, the fund flow the metric
        fig.zone = _fund_flow(sentence[: mention.start]) + traded.group("m").removesuffix("额") + "额"
        walk.carry.subject = traded.group("s")
    zone_periods = [(p.start, p.end) for p in periods.find_periods(fig.zone, ctx.year)]
    zone_periods += [(f.start(), f.end()) for f in FISCAL_TO_DATE.finditer(fig.zone)]
    zone_periods.sort()
    fig.zone_periods = zone_periods


def _read_listed_places(walk: _FigureWalk, fig: _Figure) -> None:
    """A zone that lists places before its metric (北京、上海的成交量) gives one subject per figure."""
    zone, segment = fig.zone, fig.segment
    at = segment.find(zone.strip()[:2]) if zone.strip() else -1
    listed = places_then_metric(zone, segment[: max(0, at)]) if not _subject_list(zone) else None
    if listed and (listed.counted or listed.partners) and not _each().search(segment):
        # 北京、上海等五个核心城市成交面积下降3.8%, 对中国大陆及香港出口125亿美元: the group's figure
        listed = None
    fig.item_places = listed.places if listed else []
    fig.partners = bool(listed and listed.partners)  # 与荷兰、法国进出口规模均超过…: the reporter's
    if listed:
        fig.zone = listed.metric


def _take_zone_subject(walk: _FigureWalk, fig: _Figure) -> None:
    """Whose the figure is, when the zone names it: a place, the government, a listed firm, a gap's entity."""
    sentence, ctx, carry, mention = walk.scan.sentence, walk.scan.ctx, walk.carry, fig.mention
    lead_subject, zone = split_leading_subject(fig.zone, fig.zone_periods)
    subject_list = _subject_list(zone)
    zone_subject = None
    if subject_list:
        zone = "、".join(subject_list)  # a list of subjects: handled as items below
    else:
        bare_zone = _lead_filler().sub("", _strip_periods(zone).strip("，,、 "))
        scoped = "全" in bare_zone or bare_zone.startswith(tuple(_pointing_scopes()))
        before = sentence[max(0, mention.start - _LOOK_BACK) : mention.start]  # bounded work per figure
        owners = _scope_owners(before, ctx.paragraph_subject) if scoped else ()
        zone_subject, zone = split_subject(bare_zone, ctx.subject, owners)
    zone_subject = lead_subject or zone_subject
    if zone_subject is None and ctx.subject and _strip_periods(zone).lstrip("，, 的").startswith(
        words("home_government")
    ):
        zone_subject = ctx.subject  # …的股息多100亿元，政府收入的修订预算达…: the government's own
    if zone_subject is None and ctx.firms:
        # 设备厂甲乙（2345）12月营收…: the listed firm named in the clause, not the document's
        # (its code's brackets open no new clause here: read back to the last comma)
        zone_subject = firm_at(sentence[_comma_before(sentence, mention.start) : mention.start], ctx.firms)
    if zone_subject and not zone.strip() and not fig.predicate and carry.kind is Kind.GAP and carry.gap_verb:
        # 高于全国24.6个百分点、全省9.6个百分点: the gap goes on against another entity.
        fig.predicate = carry.gap_verb + zone_subject
        zone_subject = None
    if zone_subject:
        if _OPEN_BRACKET.search(fig.gap) and not _CLOSE_BRACKET.search(fig.gap):
            carry.outer_subjects.append(carry.subject)
        carry.subject = zone_subject
    fig.zone, fig.zone_subject = zone, zone_subject


def _read_metric_zone(walk: _FigureWalk, fig: _Figure) -> None:
    """The zone cleaned to the metric it names; a figure that comes first (114.4万亿元，这是…) is named after it."""
    scan, carry, mention = walk.scan, walk.carry, fig.mention
    sentence, ctx, tokenize = scan.sentence, scan.ctx, scan.tokenize
    zone_subject, clause_start = fig.zone_subject, fig.clause_start
    metric_zone = clean_metric(fig.zone, tokenize)
    if "/" in mention.unit:
        metric_zone = _PER_TAIL.sub("", metric_zone)  # 单产每公顷7166.7公斤: the 每公顷 is in the unit
    if not metric_zone and _is_market_board(zone_subject) and mention.unit in ("%", "点"):
        metric_zone = zone_subject or ""  # 日股低收4.1%: the market's own move, its board named
    opens = not sentence[: mention.start].strip()
    cleft = _CLEFT.match(sentence, mention.end) if not metric_zone and opens else None
    if cleft:
        # 114.4万亿元，这是全国2021年的国内生产总值: the figure first, then what it is
        what = cleft.group("what")
        named = [pm.period for pm in periods.find_periods(what, ctx.year) if pm.period]
        if named:
            fig.period = named[-1]
            scan.stated.append((0, len(sentence), named[-1]))
        place, rest = split_subject(_lead_filler().sub("", _strip_periods(what)).strip("的 "), ctx.subject)
        metric_zone = clean_metric(_CLEFT_TAIL.sub("", rest), tokenize)
        carry.subject = place or carry.subject
    if metric_zone in words("generic_nouns") and clause_start > 0:
        previous_clause = _previous_clause(sentence, clause_start, walk.prev_end)
        if previous_clause:
            metric_zone = clean_metric(previous_clause, tokenize) + metric_zone
    fig.metric_zone = metric_zone


def _read_items(walk: _FigureWalk, fig: _Figure) -> None:
    """A metric zone that lists items (A、B和C) gives one metric per figure; 分别 alone reuses the last list."""
    sentence, tokenize, carry = walk.scan.sentence, walk.scan.tokenize, walk.carry
    mentions, mi, metric_zone, item_places = walk.mentions, fig.index, fig.metric_zone, fig.item_places
    # 一、二、三产业 names three sectors before it is a list of three words
    items: list[str] = expand_industries(metric_zone) if metric_zone else []
    if metric_zone and not items and _item_joiner().search(metric_zone):
        items = split_items(metric_zone, tokenize, _run_length(mentions, mi, sentence))
    pair = split_pair(metric_zone) if metric_zone else []
    if pair and not (item_places and len(item_places) == _run_length(mentions, mi, sentence)):
        items = pair  # (对东盟、欧盟、美国进出口分别…: the figures are the partners', not 进口 and 出口)
    if metric_zone and not items:
        carry.items = []  # a figure with a metric of its own ends the last list (营业收入…，同比分别增长)
    reused = (
        not items
        and not metric_zone
        and bool(carry.items)
        and _run_length(mentions, mi, sentence) == len(carry.items)
    )
    if reused:
        items = carry.items  # …，分别增长8.1%、5.2%和6.3%: the same items, and the same places
    fig.items, fig.reused = items, reused
    fig.run_len = _run_length(mentions, mi, sentence)


def _read_items_before(walk: _FigureWalk, fig: _Figure) -> None:
    """分别 with no list of its own: the items are the ones the clause before picked, or the earlier figures'."""
    scan, carry = walk.scan, walk.carry
    sentence, ctx, tokenize = scan.sentence, scan.ctx, scan.tokenize
    metric_zone, run_len, segment, clause_start = fig.metric_zone, fig.run_len, fig.segment, fig.clause_start
    items = fig.items
    picked_subjects: list[str] = []
    if not items and metric_zone and run_len >= 2 and "分别" in segment and _names_indicator(metric_zone):
        # 其次是风电和太阳能发电，核发数量分别为…: the items picked before, measured by this clause
        picked = _listed_before(sentence, clause_start, run_len, tokenize)
        if picked and not any(p.subject for p in picked) and not any(metric_zone in p.metric for p in picked):
            items = [p.metric + metric_zone for p in picked]
    if not items and not metric_zone and run_len >= 2 and "分别" in segment:
        # 营业收入199.9亿元，净利29.8亿元，同比分别增长19.2%和5.9%: the earlier figures' metrics.
        earlier = list(dict.fromkeys(m for m in walk.recent_metrics if m))
        if len(earlier) >= run_len:
            items = earlier[-run_len:]
        else:
            # 电子业、光学业的增幅皆达两位数，分别增长11%、17%: the list named in the clause before
            picked = _listed_before(sentence, clause_start, run_len, tokenize)
            whole = carry.metric or ctx.paragraph_metric
            items = [p.metric or whole or p.subject or "" for p in picked]
            if all(p.metric or whole for p in picked):
                picked_subjects = [p.subject for p in picked if p.subject]
    walk.run_subjects = list(carry.item_subjects) if fig.reused else picked_subjects
    fig.items = items


def _read_place_items(walk: _FigureWalk, fig: _Figure) -> None:
    """Items that are places (北京、上海分别…) are the subjects of one metric, not metrics of their own."""
    sentence, tokenize, carry = walk.scan.sentence, walk.scan.tokenize, walk.carry
    items, run_len, segment, predicate = fig.items, fig.run_len, fig.segment, fig.predicate
    item_places, metric_zone = fig.item_places, fig.metric_zone
    places = bool(items) and run_len == len(items) and all(i in subjects() for i in items)
    if places:
        # 北京、上海分别出口…: the indicator named after 分别 is what each place did
        flow = _respective_flow().fullmatch(predicate)
        carry.metric = (
            flow.group("m")
            if flow and _names_indicator(flow.group("m"))
            else carry.metric or _metric_from_earlier_clause(sentence, fig.clause_start, tokenize)
        )
    if places and carry.metric and _partners_after().search(segment, 0, max(0, segment.find(items[0]))):
        # 我国对东盟、欧盟、美国分别进出口…: trade with each partner, still the reporter's figure
        items = [f"对{i}{carry.metric}" for i in items]
    elif places and carry.metric:
        # 沪市、深市、北交所分别达94.6%、87.5%、83.8%: one metric, a figure per subject
        walk.run_subjects = items
        items = [carry.metric] * len(items)
    if item_places and metric_zone and not items and run_len == len(item_places):
        if fig.partners:
            items = [f"对{place}{metric_zone}" for place in item_places]
        else:
            walk.run_subjects, items = item_places, [metric_zone] * run_len  # 北京、上海的成交量分别…
    fig.items = items


def _start_item_run(walk: _FigureWalk, fig: _Figure) -> None:
    """As many items as figures start a run that the figures after this one take in order."""
    carry, items, run_len = walk.carry, fig.items, fig.run_len
    if items and run_len == len(items) and not fig.reused:
        carry.item_subjects = walk.run_subjects
    if items and run_len == len(items):
        walk.run_items = items
        carry.items = items
        carry.metric = items[-1]  # 产量同比下降3.40% after 客车非完整车辆产销…: the run's thing goes on
        fig.metric_zone = ""
    else:
        walk.run_items = []
    segment = fig.segment
    if not items and "、" in fig.metric_zone and "均" not in segment and "分别" not in segment:
        fig.metric_zone = fig.metric_zone.replace("、", "")  # 水、电、燃料价格上涨4.1%: one group, one figure


def _decide_metric(walk: _FigureWalk, fig: _Figure) -> None:
    """The figure's metric, from its zone first, then from what its predicate and unit say it counts."""
    _first_metric(walk, fig)
    _metric_of_deeds(walk, fig)
    _metric_of_groups(walk, fig)
    _metric_from_context(walk, fig)
    _closing_price(walk, fig)
    # A clause with no metric of its own continues the last one, base included
    # (环比升1.0%，预期升0.3% is month on month too).
    fig.new_clause = bool(fig.metric_zone) or bool(fig.items)
    _counted_metric(walk, fig)
    _owned_metric(walk, fig)


def _first_metric(walk: _FigureWalk, fig: _Figure) -> None:
    """The metric the zone resolves to (a bare rate alias is the rate of what the clause before released)."""
    sentence, tokenize, carry = walk.scan.sentence, walk.scan.tokenize, walk.carry
    metric_zone, clause_start = fig.metric_zone, fig.clause_start
    if not carry.metric and metric_zone in grammar()["rate_aliases"]:  # type: ignore[operator]
        # …发布8月消费者物价指数（CPI），年增率为2.36%: the rate of what the clause before released
        released_by = _metric_from_earlier_clause(sentence, clause_start, tokenize)
        carry.metric = _released_by().sub("", released_by)
    metric = _resolve_metric(metric_zone, carry, fig.mention)
    one = _picked_before(sentence, clause_start, tokenize) if not metric_zone and not fig.in_run else None
    if one and (one.metric or metric):
        # 占比最高的是电子行业，为15%; 新发基金中规模最大的是甲基金，为80亿元: the item picked out
        metric = one.metric or metric
        carry.subject = one.subject or carry.subject
    fig.metric = metric


def _metric_of_deeds(walk: _FigureWalk, fig: _Figure) -> None:
    """What the predicate says the figure counts: movers, a share, a policy move, money handed out, a deed."""
    sentence, tokenize, carry = walk.scan.sentence, walk.scan.tokenize, walk.carry
    mention, metric, predicate, metric_zone = fig.mention, fig.metric, fig.predicate, fig.metric_zone
    moved = _COUNT_OF_MOVERS.fullmatch(predicate) if is_measure_word(mention.unit) else None
    if moved and metric:
        # 新建商品住宅销售价格环比上涨城市数量为2个: how many moved, a count, not a move
        counted = moved.group("m") or moved.group("d") + moved.group("n") + "数量"
        metric, predicate = metric + counted, moved.group("v") or moved.group("w") or ""
    share = _share_of_count(sentence, mention, carry) if not metric_zone else ""
    if share:
        metric = share
    policy = _policy_move().search(sentence, fig.clause_start, mention.start)
    if policy and mention.unit in ("基点", "pp"):
        metric = _policy_metric(policy)  # 菲律宾央行意外降息25个基点: the policy rate moved
    handed_out = ""
    if mention.unit in _MONEY_UNITS:
        metric, owner = _amount_metric(
            sentence, fig.segment, fig.clause_start, mention, metric, bool(walk.run_items)
        )
        carry.subject = owner or carry.subject
        handed_out = "" if _names_indicator(metric) else _money_handed_out(predicate, tokenize)
        metric = handed_out or metric
    deed = _tallied_deed(predicate, metric_zone, mention.unit)
    if deed:
        metric = deed  # 医保部门共追回医保资金160.6亿元: what the actor tallied, not the actor
    jobs = _jobs_created().match(predicate) if mention.unit not in ("%", "pp") else None
    if jobs:
        # 项目建成后可带动就业近5万人: the jobs the project brings, not the project
        metric = jobs.group("v") + jobs.group("o") + ("人数" if mention.unit == "人" else "")
    driven = _driven().match(predicate) if mention.unit == "%" else None
    if driven:
        metric = clean_metric(driven.group("o"), tokenize) or metric  # 带动货物贸易项下…净流入增长48%
    fig.metric, fig.predicate, fig.handed_out = metric, predicate, handed_out


def _metric_of_groups(walk: _FigureWalk, fig: _Figure) -> None:
    """A count of a group a threshold or bound names; else the predicate's object names the metric."""
    scan, carry, mention = walk.scan, walk.carry, fig.mention
    sentence, ctx, tokenize, clause_start = scan.sentence, scan.ctx, scan.tokenize, fig.clause_start
    metric, predicate = fig.metric, fig.predicate
    counting = is_measure_word(mention.unit)
    group = _THRESHOLD_GROUP.fullmatch(predicate) if not metric and counting else None
    if group:
        # 增速在6%及以上的省份有12个: the count of the group the threshold names
        metric = "{x}{n}{q}的{g}数量".format_map(group.groupdict(""))
        predicate = "有"
    over = _group_over_bound().search(sentence, clause_start, mention.start) if counting else None
    named_after = _group_named_after().match(sentence, mention.end) if counting and not over else None
    bound_before = _bound_before_count().search(sentence, clause_start, mention.start) if named_after else None
    if bound_before and named_after:
        # 日均成交额超百亿元的共有24个行业: the group is named after its count, its bound before
        over = bound_before
        fields = {**bound_before.groupdict(""), "g": named_after.group("g")}
    else:
        fields = over.groupdict("") if over else {}
    if over and not group:
        # GDP超过万亿元的城市增至24个, 營收逾百億元的企業達15家: how many passed the bound
        place, what = split_subject(over.group("x"), ctx.subject)
        metric = _strip_periods(what) + "{op}{n}{q}的{g}数量".format_map(fields)
        carry.subject = place or carry.subject
        predicate = "有"
        fig.bound_group = True
    if not metric and predicate:
        metric = _object_of_verb(predicate, tokenize) or _metric_from_earlier_clause(
            sentence, clause_start, tokenize
        )
    fig.metric = _estimated_metric(metric, sentence, tokenize)
    fig.predicate = predicate


def _metric_from_context(walk: _FigureWalk, fig: _Figure) -> None:
    """Metrics the sentence implies: a ranking's frame, an elided growth, an FX quote, a profit, a named measure."""
    scan, carry, mention = walk.scan, walk.carry, fig.mention
    sentence, ctx, tokenize, clause_start = scan.sentence, scan.ctx, scan.tokenize, fig.clause_start
    metric, predicate, segment = fig.metric, fig.predicate, fig.segment
    if not metric and not fig.metric_zone and carry.subject and carry.subject in subjects() and not fig.in_run:
        # 各省GDP增速中，北京10.7%、浙江10.6%: a ranking of places by what the frame names
        ranking = _in_place_ranking(sentence, segment, mention)
        grown = ctx.paragraph_growth[0] + "增速" if ctx.paragraph_growth and mention.unit == "%" else ""
        metric = _frame_metric(sentence, clause_start, tokenize) or (
            (grown or ctx.paragraph_metric) if ranking else ""
        )
    elided = not metric and fig.index == 0 and not rx(r"\d").search(sentence, 0, clause_start)
    if elided and ctx.paragraph_growth and _elided_growth().search(predicate):
        # …GDP零增长。今年预期目标设定为增长8%左右: the rate the paragraph is about
        metric = ctx.paragraph_growth[0]
    fx = _fx_quote().match(sentence, mention.end) if not mention.unit else None
    if fx and not rx(r"汇率|兑").search(metric or ""):
        metric = _fx_metric(sentence, segment, fx.group("q"))  # 报7.2516兑1美元
    if rx(r"(?:多|少)?赚").match(predicate) and mention.unit in ("%", *_MONEY_UNITS):
        # 大新金融多赚5%: a company's profit, the name is the subject
        if metric and not _names_indicator(metric):
            carry.subject = metric
            metric = "盈利"
        metric = metric or "盈利"
    measured = _measured_as().search(sentence, 0, mention.start)
    if measured and mention.unit in _MONEY_UNITS and (not metric or metric in _GENERIC_EARNINGS):
        metric = measured.group("x")  # 以除税前盈利计，上半年赚102.4亿: the measure the clause named
    fig.metric = metric


def _closing_price(walk: _FigureWalk, fig: _Figure) -> None:
    """A share's close (收于8.06元, 上午收77.1元) is a closing price, and the name before it the subject."""
    sentence, ctx, carry = walk.scan.sentence, walk.scan.ctx, walk.carry
    mention, metric, predicate = fig.mention, fig.metric, fig.predicate
    closing = rx(r"(?:今日|昨日|当日)?(?:收于|收报|报收|收盘报)").match(predicate) or (
        predicate.strip() in ("报", "報") and "收盘" in sentence[: mention.start]  # 截至收盘，某股报0.94元
    )
    # 上午收77.1元，下午收78.45元: a session's close, named by the session
    session = _session_close().search(sentence, 0, mention.start) if mention.unit in _MONEY_UNITS else None
    priced = bool(metric) and metric.endswith(words("price_heads"))
    if mention.unit in _MONEY_UNITS and (closing or session) and not priced:
        # 万科A今日收于8.06元: a share's closing price, the name is the subject
        if metric and not _names_indicator(metric) and not session:
            carry.subject = rx(r"(?:今日|昨日|当日|今天|昨天)$").sub("", metric)
        close = "收市价" if ctx.fiscal_april else "收盘价"  # Hong Kong says 收市
        metric = ("上午" + close) if session and session.group("s") in _MORNING else close
        if session and ctx.fiscal_april:
            fig.mention = replace(mention, unit="港元")  # a Hong Kong share trades in 港元, whatever 下同 said
    fig.metric = metric


def _counted_metric(walk: _FigureWalk, fig: _Figure) -> None:
    """A count names what it counts after the number (2家国家级…); a bare grade takes the thing named before."""
    sentence, tokenize, mention, metric = walk.scan.sentence, walk.scan.tokenize, fig.mention, fig.metric
    # a zone of function words only (当日有1415亿元…) counts as no zone
    # (…71亿元逆回购和4010亿元MLF到期: what ends in 和 is the noun of the figure before)
    bare = not fig.metric_zone or rx(r"(?:和|及|与|以及|、)$").search(_raw_zone(fig.zone))
    zone = "" if bare else _raw_zone(fig.zone)
    counted = None if fig.bound_group else _counted_noun(sentence, mention, zone, tokenize)
    if counted:
        metric = counted
    grade = (metric or "").removesuffix("数量")
    if _grade_only().fullmatch(grade):
        # 夯实制造业创新中心体系，已形成2家国家级、7家省级: the grade of the thing named before
        head = _graded_thing(sentence[: mention.start])
        metric = grade + head if head else metric
    fig.metric = metric


def _owned_metric(walk: _FigureWalk, fig: _Figure) -> None:
    """An attribute (总投资, 规模) is of the thing the figure before (or the clause before) named."""
    sentence, ctx, mention = walk.scan.sentence, walk.scan.ctx, fig.mention
    metric, metric_zone, clause_start = fig.metric, fig.metric_zone, fig.clause_start
    owner = walk.recent_metrics[-1] if walk.recent_metrics else ctx.paragraph_metric
    if not owner and clause_start > 0 and metric and metric_zone and _is_attribute(metric):
        # 申报第一批全国重点民间投资项目，总投资1847.04亿元: the projects just named
        owner = _named_object(sentence[:clause_start], ctx.year)
    owned = owner and not fig.handed_out and _is_attribute(metric) and not _same_head(owner, metric)
    if metric_zone in word_set("scale_words") and owner and mention.unit in ("rank", "%"):
        # 深圳出口1.9万亿元，规模居首位，增长13.5%: the rank or growth of the exports' size is theirs
        metric = owner
    elif metric and metric_zone and owned:
        # 资质以上建筑企业达到313户，全年完成施工产值255.2亿元: an attribute of the thing before
        metric = (_stem(owner) or owner) + metric
    elif metric in word_set("instrument_attributes") and clause_start > 0:
        instrument = _priced_instrument(owner if owner and _quoted_price(owner) else sentence[:clause_start])
        metric = instrument + metric if instrument else metric  # 10年期公债价格下跌，收益率报2.9%: its yield
    fig.metric = metric


def _priced_instrument(text: str) -> str:
    """10年期公债价格下跌18/32 -> 10年期公债: the last thing the text quotes a price of, if any."""
    found = [m for m in _instrument_price().finditer(text) if m.group("x")]
    if not found:
        return ""
    name = found[-1].group("x")
    place = subject_at(name, 0)
    name = name[len(place) :] if place else name  # 美国10年期公债: the country is the subject
    for word in words("benchmark_words"):
        name = name.removeprefix(word)  # 指标10年期公债: the yardstick, the bond is its name
    return name if len(name) >= 2 else ""


@cache
def _instrument_price() -> regex.Pattern[str]:
    return regex.compile(r"(?P<x>[\p{Han}A-Za-z0-9]{2,12}?)(?:\L<h>)", h=[*_OWN_PRICE, *words("price_heads")])


def _draft_each_place(walk: _FigureWalk, fig: _Figure) -> bool:
    """One figure said of several places (北京、上海成交量均上升45%): a draft for each; True when so."""
    mention, metric, predicate, carry, period = fig.mention, fig.metric, fig.predicate, walk.carry, fig.period
    item_places, reading = fig.item_places, walk.reading
    if _each_place_has_it(item_places, metric, fig.run_len, fig.segment, mention, walk.scan.sentence):
        # 北京、上海成交量均上升45%以上: the figure is each place's (each partner's, after 与/对)
        if fig.partners:
            each = [_make(mention, f"对{p}{metric}", predicate, reading, carry, period) for p in item_places]
        else:
            made = _make(mention, metric, predicate, reading, carry, period)
            each = [replace(made, subject=place) for place in item_places]
        walk.drafts.extend(each)
        return True
    return False


def _draft_members(walk: _FigureWalk, fig: _Figure) -> bool:
    """A threshold with its members named after it (涨幅超过20%的分别为A、B、C行业): a draft per member."""
    scan, carry, reading, drafts = walk.scan, walk.carry, walk.reading, walk.drafts
    sentence, ctx, tokenize, clause_start = scan.sentence, scan.ctx, scan.tokenize, fig.clause_start
    mention, predicate, period = fig.mention, fig.predicate, fig.period
    if not mention.members:
        return False
    # 涨幅超过20%的分别为A、B、C行业: the threshold is what each named member did
    indicator = frame_indicator(sentence[clause_start : mention.start], tokenize)
    kin = next((g for g in words("entity_groups") if mention.members.endswith(g)), "")
    if kin:
        # 涨幅超过20%的个股有甲、乙: each share is the subject
        names = _named_items(mention.members.removesuffix(kin))
        for p in entity_members(names, kin, indicator):
            made = _make(mention, p.metric, predicate, reading, carry, period)
            drafts.append(replace(made, subject=p.subject))
        return True
    for name in member_metrics(mention.members, indicator, tokenize):
        place = _member_place(name, indicator)
        if place:
            # 增速超过10%的城市有北京、上海: the places are the subjects
            rate = _rate_named().search(sentence, clause_start, mention.start)
            what = indicator or carry.metric or ctx.paragraph_metric or (rate.group() if rate else place)
            made = _make(mention, what, predicate, reading, carry, period)
            drafts.append(replace(made, subject=place))
        else:
            drafts.append(_make(mention, name, predicate, reading, carry, period))
    return True


def _draft_each_item(walk: _FigureWalk, fig: _Figure) -> bool:
    """One figure for every item of a list (A、B、C等产业规模均保持10%以上增速): a draft each; True when so."""
    sentence, carry, mention, segment = walk.scan.sentence, walk.carry, fig.mention, fig.segment
    mentions, mi, items = walk.mentions, fig.index, fig.items
    bounded = mention.qualifier in ("over", "under")
    counted = _counted_group(sentence, fig.clause_start, mention.start, fig.metric or "", bounded)
    if counted and "分别" not in segment and _run_length(mentions, mi, sentence) == 1:
        items = [p.metric for p in counted]  # 汽车、石油加工、建材3个行业增速较一季度回升…: each one's
    fig.items = items
    if (counted or "均" in segment) and len(items) > 1 and _run_length(mentions, mi, sentence) == 1:
        # A、B、C等产业规模均保持10%以上增速: one figure for every item.
        each = [_make(mention, item, fig.predicate, walk.reading, carry, fig.period) for item in items]
        if counted and len(counted) == len(each) and all(p.subject for p in counted):
            each = [replace(d, subject=p.subject) for d, p in zip(each, counted, strict=True)]
        walk.drafts.extend(each)
        carry.items = items  # …均超百亿元，分别为120亿元、150亿元: the same items go on
        return True
    return False


def _carry_on_metric(walk: _FigureWalk, fig: _Figure) -> None:
    """The metric the clause's later figures carry: a sibling's head, or the clause between that names it."""
    sentence, tokenize, carry, mention = walk.scan.sentence, walk.scan.tokenize, walk.carry, fig.mention
    metric, clause_start = fig.metric, fig.clause_start
    if metric and carry.metric:
        metric = _with_sibling_head(metric, carry.metric)
    bracketed = sentence[max(0, mention.start - 1) : mention.start] in ("（", "(")
    if not fig.metric_zone and metric == carry.metric and not bracketed and _previous_clause(
        sentence, clause_start, walk.prev_end
    ):
        # …；货邮运输量持续保持高位，完成67.5万吨: the clause between names the figure's metric
        metric = _metric_from_earlier_clause(sentence, clause_start, tokenize) or metric
    carry.metric = metric or carry.metric
    walk.carry_predicate = fig.predicate
    fig.metric = metric


def _draft_figure(walk: _FigureWalk, fig: _Figure) -> None:
    """The figure's draft, with the run's item, subject, month and entity in order; kept unless it is a scope."""
    scan, carry, mention, run_index = walk.scan, walk.carry, fig.mention, walk.run_index
    sentence, ctx = scan.sentence, scan.ctx
    metric = walk.run_items[run_index] if walk.run_items and run_index < len(walk.run_items) else carry.metric
    if not fig.in_run and not walk.run_items:
        metric = carry.metric
    draft = _make(mention, metric, fig.predicate, walk.reading, carry, fig.period, new_clause=fig.new_clause)
    if walk.run_subjects and run_index < len(walk.run_subjects):
        draft = replace(draft, subject=walk.run_subjects[run_index])
    draft = _month_of_run(walk, fig, draft)
    draft = _entity_of_run(walk, fig, draft)
    avg_base = _average_base(sentence[fig.clause_start : mention.start], draft.period, ctx.year)
    if avg_base and draft.kind is Kind.GROWTH_RATE:
        draft = replace(draft, base=avg_base, metric=_AVERAGE.sub("", draft.metric) or draft.metric)
    # 31个大城市城镇调查失业率为5.4%: how many cities the rate is of, not a figure of its own
    scope = is_measure_word(mention.unit) and (
        _scope_of_a_rate().match(sentence, mention.end) is not None
        or _group_restated(sentence, mention, ctx)  # 在这26个城市中，…: the group again, among them
    )
    # …契税等6个税种实现增长 stays: how many of the group grew is news
    named_list = _counts_named_list(sentence, mention) and not draft.metric.startswith(("实现增长的", "负增长的"))
    if not scope and not named_list:
        walk.drafts.append(draft)
    if draft.kind is Kind.LEVEL:
        walk.recent_metrics.append(draft.metric)
    if draft.kind is Kind.SHARE:
        carry.metric = draft.metric  # …比例由1.86%提高至2.67%: the share goes on


def _month_of_run(walk: _FigureWalk, fig: _Figure, draft: Draft) -> Draft:
    """A run over months or periods (前5个月的翘尾分别为…) dates each figure by its own month, in order."""
    sentence, ctx, mention, segment = walk.scan.sentence, walk.scan.ctx, fig.mention, fig.segment
    if not fig.in_run:
        count = _run_length(walk.mentions, fig.index, sentence)
        # only a list with no items of its own runs over time (上半年，六个行业分别… does not)
        listed_runs = _listed_periods(sentence[fig.clause_start : mention.start], draft.period, count)
        if not listed_runs and "分别" in segment and not walk.run_items and not walk.run_subjects:
            listed_runs = _span_runs(sentence[: mention.start], draft.period, count, ctx.year)
        own_run = not walk.run_items and not walk.run_subjects
        months = listed_runs or (_months_of(draft.period, count, segment) if own_run else [])
        # …分别为3.7、2.6…，占当月CPI同比涨幅的75.3%、52.6%…: the next list of as many goes month by month too
        last_months = walk.last_months
        walk.run_months = months or (last_months if count > 1 and len(last_months) == count else [])
        walk.last_months = walk.run_months or last_months
    if walk.run_months and walk.run_index < len(walk.run_months):
        # 前5个月的翘尾分别为3.7、2.6、3.2、3.1和3.2个百分点: one figure per month, in order
        draft = replace(draft, period=walk.run_months[walk.run_index])
    return draft


def _entity_of_run(walk: _FigureWalk, fig: _Figure, draft: Draft) -> Draft:
    """A run of gaps against listed entities (分别高于全国、全省…) gives each gap its own entity, in order."""
    if draft.kind is Kind.GAP:
        if not fig.in_run:
            walk.run_entities = _gap_entities(fig.predicate)
        if len(walk.run_entities) > 1 and walk.run_index < len(walk.run_entities):
            # 分别高于全国、全省0.5和0.1个百分点: one gap per entity, in order
            draft = replace(draft, base=f"entity:{walk.run_entities[walk.run_index]}")
    return draft


def _finished_drafts(walk: _FigureWalk) -> list[Draft]:
    """The sentence's drafts as a whole: modality, rank, bounds and heights dropped, market moves, ratios."""
    scan, mentions = walk.scan, walk.mentions
    sentence, offset, ctx = scan.sentence, scan.offset, scan.ctx
    drafts = [_with_modality(d, sentence, offset, walk.clause_starts, ctx) for d in walk.drafts]
    drafts = [_ranked_by_size(d, sentence, offset) for d in drafts]
    holder = _role_holder(sentence)
    if holder:
        drafts = [_of_role_holder(d, sentence, offset, holder) for d in drafts]
    bounds = {(offset + m.start, offset + m.end) for m in mentions if m.bound}
    physical = words("physical_heads")
    drafts = [
        _economy_is_gdp(_stock_move(_market_span_move(d, sentence, offset, ctx), sentence, offset, ctx))
        for d in drafts
        if (d.start, d.end) not in bounds and not d.metric.endswith(physical)  # 海拔3500米: no economic fact
    ]
    drafts = _share_moves_continued(drafts)
    return _completion_ratios(drafts, sentence, offset)


def _scan_periods(sentence: str, offset: int, ctx: DocContext, tokenize: Tokenize) -> _SentenceScan:
    """The periods the sentence names, less those that date no figure (a contract month, a record's start)."""
    year = ctx.year
    governing = ctx.governing_period
    found_periods = periods.find_periods(sentence, year)
    found_periods = [
        pm
        for pm in found_periods
        if not CONTRACT.match(sentence, pm.end)
        and not _record_since().match(sentence, pm.end)
        and not _GOAL_DONE.search(sentence, max(0, pm.start - 3), pm.start)  # 完成全年目标的55%: the goal's year
    ]
    found_periods = _in_named_year(found_periods, year)
    if ctx.quarters_to_date:
        found_periods = [_quarter_to_date(pm, sentence) for pm in found_periods]
    if ctx.looking_back:
        found_periods = [
            replace(pm, period=_year_later(pm.period)) if pm.period and pm.surface.startswith(_LAST_YEAR_WORDS) else pm
            for pm in found_periods
        ]
    return _SentenceScan(sentence, offset, ctx, tokenize, governing, found_periods)


def _quarter_to_date(pm: periods.PeriodMatch, sentence: str) -> periods.PeriodMatch:
    """2020Q3 -> 2020-01/2020-09 where the text says 单季 when it means one quarter: a broker's note
    reports results to date by the quarter's label (2020Q3 = 三季报), its single quarters by name."""
    quarter = _DATED_QUARTER.fullmatch(pm.surface)
    if not quarter or not pm.period or sentence.startswith(words("single_quarter_marks"), pm.end):
        return pm
    year, last = int(pm.period[:4]), int(pm.period[-1]) * 3
    return replace(pm, period=periods.fmt_months(year, 1, last) or pm.period)


_DATED_QUARTER = regex.compile(r"(?:\d{4}|\d{2})Q[2-4]|[2-4]Q\d{2}")


def _read_stated_period(scan: _SentenceScan, pm: periods.PeriodMatch) -> None:
    """Which part of the sentence a named period dates, and whether it governs the sentences after it."""
    sentence, ctx, stated = scan.sentence, scan.ctx, scan.stated
    prefix = sentence[max(0, pm.start - 2) : pm.start]
    if _TIMES_OF.match(sentence, pm.end) and _is_before().search(prefix):
        return  # 出口额是上年的1.5倍: the multiple is this period's figure, of last year's
    viewed = prefix.endswith(("从", "就")) and _viewed_from().match(sentence, pm.end) is not None
    if viewed and pm.period:
        # 从一季度数据来看，…: the period a view is taken over governs what follows, it is no base
        stated.append((pm.start, _scope_end(sentence, pm.start), pm.period))
        ctx.governing_period = pm.period
        return
    if _compared_prefix().search(prefix) or _COMPARED_LIST.search(sentence, max(0, pm.start - 14), pm.start):
        start_figure = _DATED_START.match(sentence, pm.end)
        if pm.period and start_figure:
            # 从2010年3月的16.45美元/公斤下降到…: the starting figure, and only it, is that period's
            stated.append((pm.start, start_figure.end(), pm.period))
            if _FROM_BEFORE.search(prefix):
                scan.moved_from.append((start_figure.end(), pm.period))
        return
    if pm.period:
        _state_own_period(scan, pm, pm.period)


def _state_own_period(scan: _SentenceScan, pm: periods.PeriodMatch, period: str) -> None:
    """A period that is the figures' own (no base, no view): its scope, and the period it leads with."""
    sentence, ctx, stated, found_periods = scan.sentence, scan.ctx, scan.stated, scan.found_periods
    stated_period = period
    governed = ctx.governing_period[:4] if ctx.governing_period and ctx.governing_period[:4].isdigit() else ""
    if governed and pm.surface in ("全年", "全年度"):
        stated_period = governed  # 中国海外去年盈利…，全年派息60港仙: that year
    elif governed and pm.surface in ("年末", "年底") and governed != stated_period[:4]:
        stated_period = f"{governed}-12-31"  # 过去一年，…，年末城镇调查失业率为5.1%: that year's end
    leads = _is_leading(sentence, pm.start, pm.end) and _opens_part(sentence, pm.start, found_periods)
    so_far = _year_to_date(sentence, pm.end, stated_period, ctx.governing_period)
    if so_far:
        # 8月，…；今年以来累计零售1330.5万辆: January to the month being reported, and only
        # for the part that says so (the sentences after it are that month's again)
        stated_period = so_far
        leads = leads and pm.start <= _lead_end(sentence)
    report = _published_report(sentence, pm.end, stated_period, ctx.annual_report)
    if report:
        # 比亚迪8月28日晚间发布半年报。报告期内，…: the figures are the report's, not the day's
        ctx.governing_period = report
        return
    released = _releases().search(sentence, max(0, pm.start - 4), pm.start) is not None
    if released and stated_period:
        stated_period = _report_coverage(sentence, pm.end, stated_period)
        pm = replace(pm, period=stated_period)
    through = _through_quarter(sentence, pm.start, stated_period)
    if through:
        stated_period = through  # 截至2020Q3, 截至三季度末累计: the year up to that quarter's end
        pm = replace(pm, period=stated_period)
    if leads or released or _lead_in().match(sentence, pm.end):
        # 主计总处今（5）日发布113年8月消费者物价指数: the release's period governs what it gives
        stated.append((pm.start, _scope_end(sentence, pm.start), stated_period))
        if not _single_period().match(sentence, pm.end):
            ctx.governing_period = pm.period  # Q3单季度…: one sentence's aside, not the paragraph's
    else:
        # …，第一季度终值升0.3%；环比升0.6%: a period inside a part holds until the part ends
        part_end = rx(r"[；;]").search(sentence, pm.end)
        end = _scope_end(sentence, pm.start)
        stated.append((pm.start, min(end, part_end.start()) if part_end else end, stated_period))


def _stamp_dated_parts(scan: _SentenceScan) -> None:
    """The parts dated by a day, week, month or fiscal year rather than a period the text spells out."""
    _note_news_day(scan)
    _stamp_report_end(scan)
    _stamp_news_days(scan)
    _note_brief_week(scan)
    _stamp_review_week(scan)
    _stamp_last_month(scan)
    _stamp_weeks_ending(scan)
    _stamp_fiscal_years(scan)
    _stamp_fiscal_quarters(scan)
    scan.stated.sort()


def _note_news_day(scan: _SentenceScan) -> None:
    """A news item that opens with its day (8月8日晚间消息，…) dates what it reports by that day."""
    for pm in scan.found_periods:
        if pm.start <= 4 and pm.period and rx(r"\d{4}-\d{2}-\d{2}").fullmatch(pm.period):
            if _news_opening().match(scan.sentence, pm.end):
                scan.ctx.news_day = pm.period  # 8月8日晚间消息，…: the day the item reports


def _stamp_report_end(scan: _SentenceScan) -> None:
    """报告期末 names no date: it is the last day of the period the report covers."""
    sentence, ctx = scan.sentence, scan.ctx
    report_end = _REPORT_END.search(sentence)
    covered = ctx.governing_period or ctx.default_period
    end_day = periods.period_end(covered) if report_end and covered else None
    if report_end and end_day:
        # 截至报告期末，资产总额…: the last day of the period the report covers
        scan.stated.append((report_end.start(), _scope_end(sentence, report_end.start()), end_day))


def _stamp_news_days(scan: _SentenceScan) -> None:
    """今日 and a bare 23日 are days only the news item's (or the document's) date can name."""
    sentence, ctx, stated = scan.sentence, scan.ctx, scan.stated
    today = ctx.news_day or (ctx.document_date if not ctx.morning_brief_day else None)
    if today:
        for tm in _TODAY.finditer(sentence):
            stated.append((tm.start(), _scope_end(sentence, tm.start()), today))  # 万科A今日收于8.06元
    day_of = ctx.news_day or ctx.document_date
    for wm in _WEEKDAY.finditer(sentence) if day_of else ():
        # 周四美股…, 高于周四的2.877%: the latest such weekday the news was written on or after
        weekday = _weekday_number(wm.group("w"))
        anchor = day_of or ""
        if wm.group("last"):  # 上周五: that day of the week before
            anchor = (_dt.date.fromisoformat(anchor) - _dt.timedelta(days=7)).isoformat()
        stated.append((wm.start(), _scope_end(sentence, wm.start()), weekday_before(weekday, anchor)))
    for dm in _BARE_DAY.finditer(sentence) if day_of else ():
        # 23日纽约股市…, （28日收盘）: a day of the month the news was written in, or the one before
        that_day = day_of_month_before(int(dm.group("d")), day_of or "")
        if that_day:
            stated.append((dm.start(), _scope_end(sentence, dm.start()), that_day))


def _note_brief_week(scan: _SentenceScan) -> None:
    """A morning brief's 本周/下周 at the head of a sentence dates the paragraph by that week."""
    sentence, ctx = scan.sentence, scan.ctx
    if ctx.morning_brief_day:
        week = _WEEK_WORD.search(sentence[: min(32, _first_clause_end(sentence))])
        if week and not rx(r"\d").search(sentence, _lead_end(sentence), week.start()):
            # 下周共有50家公司…解禁: the paragraph is about that week; 本周累计… after a day's figures
            # dates only its own clause
            ctx.governing_period = week_of(ctx.morning_brief_day, weeks=1 if week.group() == "下周" else 0)


def _stamp_review_week(scan: _SentenceScan) -> None:
    """A weekly review's 上周 (全周, 本周) is the week it reviews; 截至上周五 is that week's Friday.

    Not after a comparison marker: 较上周 is a base and dates no figure.
    """
    sentence, ctx = scan.sentence, scan.ctx
    if not ctx.review_week:
        return
    monday = _dt.date.fromisoformat(ctx.review_week[:10])
    for wm in _reviewed_week().finditer(sentence):
        if _versus_before().search(sentence, max(0, wm.start() - 1), wm.start()) or sentence.startswith(
            ("（", "("), wm.end()
        ):
            continue  # 较上周: a base; 上周（3月8日至14日）: the bracket dates it
        day = _WEEKDAY_NAME.match(sentence, wm.end())
        if day:  # 截至上周五: that day of the reviewed week
            weekday = _weekday_number(day.group())
            period = (monday + _dt.timedelta(days=weekday)).isoformat()
            scan.stated[:] = [t for t in scan.stated if not wm.start() <= t[0] < day.end()]
        else:
            period = ctx.review_week
        scan.stated.append((wm.start(), _scope_end(sentence, wm.start()), period))


def _stamp_last_month(scan: _SentenceScan) -> None:
    """上月 (not compared with) is the month before the document's date; the figures remember it was said."""
    sentence, ctx = scan.sentence, scan.ctx
    if ctx.document_date:
        for rm in _last_month().finditer(sentence):
            if not rx(r"(?:比|较|與|与|同|由|从|從|於|較)$").search(sentence[max(0, rm.start() - 2) : rm.start()]):
                scan.said_last_month = True
                scan.stated.append((rm.start(), _scope_end(sentence, rm.start()), month_before(ctx.document_date)))


def _stamp_weeks_ending(scan: _SentenceScan) -> None:
    """至8月10日当周 is a week, not the day it names: the day's stamp gives way to the week's."""
    sentence, stated = scan.sentence, scan.stated
    for wm in _WEEK_ENDING.finditer(sentence):
        # 至8月10日当周: the seven days ending that day (a jobless-claims week)
        day = next((p for p in scan.found_periods if p.start == wm.start("d") and p.period), None)
        if day and day.period and rx(r"\d{4}-\d{2}-\d{2}").fullmatch(day.period):
            stated[:] = [t for t in stated if t[0] != day.start]
            stated.append((day.start, _scope_end(sentence, day.start), week_ending(day.period)))


def _stamp_fiscal_years(scan: _SentenceScan) -> None:
    """A Hong Kong or Taiwan fiscal year (2024/25年度, 今个财政年度首11个月) runs April to March."""
    sentence, ctx, stated = scan.sentence, scan.ctx, scan.stated
    for ym in _FISCAL_YEAR.finditer(sentence):
        # 2024/25年度: a Hong Kong (or Taiwan) fiscal year, April to March
        first = int(ym.group("y1"))
        stated.append((ym.start(), _scope_end(sentence, ym.start()), f"{first}-04/{first + 1}-03"))
    if ctx.fiscal_april:
        as_of = ctx.news_day or ctx.document_date or ctx.morning_brief_day or ctx.default_period
        for fm in FISCAL_TO_DATE.finditer(sentence):
            fiscal = fiscal_to_date_period(fm.group(), as_of)
            if fiscal:
                # 今个财政年度首11个月: April of this fiscal year on, not January
                stated[:] = [t for t in stated if not fm.start() <= t[0] < fm.end()]
                stated.append((fm.start(), _scope_end(sentence, fm.start()), fiscal))


def _stamp_fiscal_quarters(scan: _SentenceScan) -> None:
    """A company's fiscal quarter (第三财季) dates the rest of the sentence, and leads when it opens it."""
    sentence, ctx = scan.sentence, scan.ctx
    for fm in FISCAL_QUARTER.finditer(sentence):
        fiscal = _fiscal_quarter(sentence, fm, ctx)
        if fiscal:
            scan.stated.append((fm.start(), len(sentence), fiscal))
            if _is_leading(sentence, fm.start(), fm.end()):
                ctx.governing_period = fiscal


_LABELLED_FIGURE = regex.compile(
    r"(?:值|为|為|是)?(?:升|降|涨|跌|增长|下降|上涨|下跌|增|减)?(?:约|約|近|逾|超)?[-\d.,，%]+[^\p{Han}]*\p{Han}{0,3}$"
)


# What ends an estimate's run (a turn, another item, a look back, a reported value)
_estimate_ends = WordPattern(r"^(?:\L<o>|前\d)|\L<w>", o="estimate_end_openers", w="estimate_end_words")


def _clause_start_at(clause_starts: list[int], at: int) -> int:
    """The last clause start at or before ``at`` (0 if none): a bisection, as every figure of a
    sentence asks and the starts are ascending (0, then the ends of the clause breaks found)."""
    i = bisect_right(clause_starts, at)
    return clause_starts[i - 1] if i else 0


def _clause_end(sentence: str, start: int) -> int:
    brk = rx(r"[，,；;]").search(sentence, start)
    return brk.start() if brk else len(sentence)


def _role_holder(sentence: str) -> tuple[int, str] | None:
    """作为全国第三大城市，甲市…: where a leading role clause ends, and the subject the next clause names."""
    body = sentence.lstrip()
    if not body.startswith(words("role_openers")):
        return None
    end = _CLAUSE_END.search(sentence)
    if end is None:
        return None
    after = end.end() + len(sentence[end.end() :]) - len(sentence[end.end() :].lstrip())
    named = subject_at(sentence, after)
    return (end.start(), proper_name(named)) if named else None


_CLAUSE_END = regex.compile(r"[，,]")


def _of_role_holder(draft: Draft, sentence: str, offset: int, holder: tuple[int, str]) -> Draft:
    """A figure inside the role clause (第三大, 占全国一成) is the role holder's."""
    end, subject = holder
    return replace(draft, subject=subject) if draft.end - offset <= end else draft


def _ranked_by_size(draft: Draft, sentence: str, offset: int) -> Draft:
    """上海是中国第一大经济城市: a rank by size is a rank of the indicator size is measured by there
    (a city's output, an economy's, a partner's trade: grammar ranked_by_size)."""
    if draft.kind is not Kind.RANK or not sentence.endswith("大", 0, draft.end - offset):
        return draft
    after = draft.end - offset
    ranked = next((n for n in sorted(ranked_by_size(), key=len, reverse=True) if sentence.startswith(n, after)), "")
    if not ranked:
        return draft
    metric = ranked_by_size()[ranked]
    return replace(draft, metric=metric, pattern="rank.by_size")


def _with_modality(draft: Draft, sentence: str, offset: int, clause_starts: list[int], ctx: DocContext) -> Draft:
    """A figure's modality, from its own clause and the sentence's head (rule ``modality.*``).

    力争到2027年，…增长5%: a goal stated at the head covers the sentence; 预计…，占总数的0.6%: an
    estimate runs on (`_forecast_clause_before`); 目标/计划/将下调 make a target, 预计/有望 a forecast.
    A goal or forecast dated only by the document looks ahead (`_forward_period`); a setting dated
    to a day after the document was written is a decision announced, a target.
    """
    if draft.modality is not None:
        return draft
    target_rx, forecast_rx = modality_regexes()
    at = draft.start - offset
    clause_start = _clause_start_at(clause_starts, at)
    lead = sentence[: clause_starts[1]] if len(clause_starts) > 1 and clause_starts[1] <= at else ""
    if lead.lstrip().startswith(words("cause_openers")):
        lead = ""  # 由于市场预期库存上升，…下跌2%: a cause's expectation is no forecast of the figure
    own = _expectation_compared().sub("", lead + sentence[clause_start:at])  # 比预期高出…: a base, no forecast
    if not target_rx.search(own) and not forecast_rx.search(own):
        own = _forecast_clause_before(sentence, clause_start, forecast_rx) + own
    if target_rx.search(own):
        return replace(draft, modality="target", period=_forward_period(draft.period, ctx))
    if forecast_rx.search(own) or _expected_rate_after().match(sentence, draft.end - offset):
        # 5.5%的预期增长: the rate named after the figure is an expected one
        return replace(draft, modality="forecast", period=_forward_period(draft.period, ctx))
    dated = _DAY.fullmatch(draft.period or "") and rx(r"\d日").search(sentence, clause_start, at)
    if dated and ctx.document_date and (draft.period or "") > ctx.document_date:
        return replace(draft, modality="target")  # written on 7月18日, 7月20日起下调到1元: a decision yet to apply
    return draft


_goods_under_duty = WordPattern(
    r"的?(?P<g>[\p{Han}]{1,8}?(?:商品|产品|货物|產品|貨物))(?P<v>\L<v>)(?:\d+(?:\.\d+)?%的?)?(?P<n>\L<n>)",
    v="duty_verbs",
    n="duty_nouns",
)


_months_of_flow = WordPattern(r"的?(?P<f>\L<w>)", w="months_covered_flows")


_expected_rate_after = WordPattern(r"的?(?:\L<w>)(?:\L<g>)", w="expected_rate_words", g="growth_words")


_ESTIMATOR_CHARS = 4


def _forecast_clause_before(sentence: str, clause_start: int, forecast_rx: regex.Pattern[str]) -> str:
    """The clause opening with a forecast word (预计, 估计) that the clauses after it go on, or "".

    An estimate stated at a clause's head runs on through the sentence's later clauses until one of
    them says what has happened (已, 去年, 同期, 实际) or ends the estimate with a 但/而 turn.
    """
    if _estimate_ends().search(sentence[clause_start : _clause_end(sentence, clause_start)].lstrip()):
        return ""
    clauses = rx(r"[，；;]|,(?!\d{3})").split(sentence[max(0, clause_start - _LOOK_BACK) : clause_start])
    for clause in reversed(clauses[:-1] if clauses and not clauses[-1].strip() else clauses):
        body = clause.strip()
        if body.startswith(words("cause_openers")):
            continue  # 由于市场预期库存上升，…: why it moved, no estimate of the figures after
        if _estimate_ends().search(body):
            return ""
        head = forecast_rx.search(body, 0, _ESTIMATOR_CHARS + 4)
        if head and head.start() <= _ESTIMATOR_CHARS:  # 预计…, 我预计…, 政府预计…: who estimates may come first
            # 预期23.5万人: a consensus figure labelled, no estimate running on
            consensus = head.group() in ("预期", "預期")  # 预期23.5万人 labels a consensus; 预计为… estimates
            labelled = _LABELLED_FIGURE.match(body, head.end()) if consensus else None
            return "" if labelled else head.group()
    return ""


def _completion_ratios(drafts: list[Draft], sentence: str, offset: int) -> list[Draft]:
    """城镇新增就业698万人，完成全年目标任务的63.5%: how much of the year's goal is done.

    A reported share of the goal (no target of its own, though 目标 is named), of the figure the
    sentence gave before it, or, with none before it, of what the clause names (固定资产投资完成全年
    目标的55%).
    """
    out: list[Draft] = []
    for d in drafts:
        done = _completed().search(sentence, max(0, d.start - offset - 16), d.start - offset) if d.unit == "%" else None
        owner = next((o.metric for o in reversed(out) if o.kind is Kind.LEVEL and o.unit != "%"), "")
        named = _GOAL_WORDS_END.sub("", d.metric) if done and not owner else ""
        owner = owner or ("" if _GOAL_YEAR_WORD.fullmatch(named) else named)  # 年度 names when, not what
        if done:
            metric = f"{owner}完成{done.group('x')}比例"
            d = replace(d, kind=Kind.SHARE, base=None, modality=None, metric=metric, pattern="share.completed")
        out.append(d)
    return out


_completed = WordPattern(r"完成(?:了)?(?P<x>(?:\L<s>)?(?:预期)?(?:目标|计划)(?:任务)?)的$", s="target_spans")


_GOAL_DONE = regex.compile(r"完成(?:了)?$")
_GOAL_YEAR_WORD = regex.compile(r"(?:全|本|当|今)?年度?")
_GOAL_WORDS_END = regex.compile(r"(?:目标|计划|任务)+$")  # 城镇新增就业任务: the goal's word, not the figure's


def _economy_is_gdp(draft: Draft) -> Draft:
    """中国经济同比增长12.7%, 全市经济增长5%: an economy's growth is its output's, GDP's.

    The country's is 国内生产总值, a region's 地区生产总值 (SPEC names both); only a rate of the bare
    word, so 数字经济规模 or 经济总量 keep their own names.
    """
    if draft.metric not in _ECONOMY or draft.unit not in ("%", "pp"):
        return draft
    subject = draft.subject or ""
    if subject in ("", "全国", "中国", "我国", "國內", "国内"):
        return replace(draft, metric="国内生产总值")
    local = subject in ("香港", "澳门", "澳門", "本港", "本澳")  # their own word for it
    return replace(draft, metric="本地生产总值" if local else "地区生产总值")


_ECONOMY = frozenset({"经济", "經濟", "经济增速", "经济增长", "經濟增長"})


def _stock_move(draft: Draft, sentence: str, offset: int, ctx: DocContext) -> Draft:
    """周大生上涨1.94%, 海伦司收盘涨幅3.89%: in market news a named share's move is its price's.

    The name stands where a metric would, with no indicator in it, in a paragraph about shares (股指
    收涨。甲科技涨5%: the market's paragraph goes on naming shares); the record is the share price's
    move against the last close, and the share is its subject. A share whose price the clause names
    (甲股份股价涨9%) is that price's subject too.
    """
    if draft.unit != "%" or draft.kind is not Kind.GROWTH_RATE:
        return draft
    if _bond_name().fullmatch(draft.metric):  # 甲乙转债跌2%: the bond's price moved
        return replace(draft, metric=draft.metric + "价格", subject=draft.metric, base="prev")
    own = _share_of_price(draft.metric)
    if own:  # 甲控股价 in a story about 甲乙控股: the firm by the name the story gives it
        return replace(draft, subject=ctx.subject if _abbreviates(own, ctx.subject) else own)
    in_market = _stock_context().search(sentence) is not None
    if not (in_market or (ctx.paragraph_shares and _name_and_move(draft, sentence, offset))):
        return draft
    if ctx.paragraph_futures:
        return draft  # 国内商品期货…低硫燃料油涨2%: a contract, not a share
    name = _session_time().sub("", draft.metric)  # 中国黄金早盘涨超5%: when in the session, not the share
    name = _named_after_descriptor(name)  # 小酒馆品牌甲乙: the brand's name, not its description
    if draft.subject and draft.subject + name in sentence and draft.subject != ctx.subject:
        name = draft.subject + name  # 贵州茅台涨超3%: the place opens the share's name
    market_named = _is_market_board(draft.subject) and (draft.subject or "") in sentence  # not one carried on
    if not _is_share_name(name) or market_named:
        return draft  # 韩股, 港股半日, 订单额, 末期息每股: a market or an indicator, not a share
    return replace(draft, metric=name + "股价", subject=name, base="prev")


def _named_after_descriptor(name: str) -> str:
    """小酒馆品牌甲乙 -> 甲乙: the name after a descriptor's head (grammar appositive_heads)."""
    for head in words("appositive_heads"):
        at = name.rfind(head)
        if at > 0 and len(name) - at - len(head) >= 2:
            return name[at + len(head) :]
    return name


def _share_moves_continued(drafts: list[Draft]) -> list[Draft]:
    """甲科技盘中涨超5%，最终收盘涨幅3.66%: a move whose clause names only when it came (最终, 后) is
    the last share's the sentence named."""
    out: list[Draft] = []
    last: Draft | None = None
    for d in drafts:
        if last is not None and d.unit == "%" and (_names_no_share(d.metric) or _bare_name_of(last, d.metric)):
            d = replace(d, metric=last.metric, subject=last.subject, base="prev", kind=Kind.GROWTH_RATE)
        elif _own_price(d):
            last = d
        out.append(d)
    return out


def _bare_name_of(share: Draft, metric: str) -> bool:
    """丙丁控股 after 丙丁控股股價: the share's own name, its price said before (其後回落至2%)."""
    return share.metric.removesuffix("股价").removesuffix("股價") == metric


def _names_no_share(metric: str) -> bool:
    """最终股价, 后: a metric that is only a word of sequence or of the session, and no name."""
    rest = _session_time().sub("", metric.removesuffix("股价").removesuffix("股價"))
    return not rest or _sequence_only().fullmatch(rest) is not None


@cache
def _sequence_only() -> regex.Pattern[str]:
    return regex.compile(r"(?:\L<w>)+", w=[*words("sequence_words"), *words("session_time_words")])


def _name_and_move(draft: Draft, sentence: str, offset: int) -> bool:
    """甲科技涨5%: a clause that is a name and a market move and nothing else (no indicator, no period)."""
    at = draft.start - offset
    clause = sentence[_comma_before(sentence, at) : at].strip()
    m = _name_move_clause().fullmatch(clause)
    return m is not None and m.group("name") == draft.metric


_name_move_clause = WordPattern(r"(?P<name>[\p{Han}A-Za-z*]{2,8}?)(?:\L<v>)(?:超|逾)?", v="point_move_verbs")


def _own_price(draft: Draft) -> bool:
    """甲科技股价, subject 甲科技: a share's record about its own price."""
    return draft.subject is not None and _share_of_price(draft.metric) == draft.subject


def _abbreviates(short: str, name: str | None) -> bool:
    """甲控 abbreviates 甲乙控股: its characters stand in the name, in order, and it is shorter."""
    if not name or len(short) >= len(name):
        return False
    rest = iter(name)
    return all(c in rest for c in short)


def _share_of_price(metric: str) -> str | None:
    """甲股份股价 -> 甲股份, 乙丙转债价格 -> 乙丙转债: the security whose own price a metric names."""
    for head in _OWN_PRICE:
        name = metric.removesuffix(head)
        if name != metric and _is_share_name(name):
            return name
    bond = metric.removesuffix("价格").removesuffix("價格")
    return bond if bond != metric and _bond_name().fullmatch(bond) else None


_OWN_PRICE = ("股价", "股價")


_bond_name = WordPattern(r"[A-Z]?\p{Han}{2,4}(?:\L<m>)(?:\d{2})?", m="bond_marks")


def _is_share_name(name: str) -> bool:
    """甲科技, *ST乙: a name that may be a share's; no place, market, indicator or common noun."""
    if not _SHARE_NAME.fullmatch(name) or _names_indicator(name) or is_known_metric(name) or _quoted_price(name):
        return False
    if _not_a_share().search(regex.sub(_FIRM_SUFFIX, "", name)) or _is_market_board(name):
        return False  # (甲乙控股 is a firm: its 股 names no market)
    return name not in subjects() and name not in words("generic_nouns")


@cache
def _said_yoy() -> regex.Pattern[str]:
    return rx("|".join(words("said_yoy")))


def _market_span_move(draft: Draft, sentence: str, offset: int, ctx: DocContext) -> Draft:
    """电子行业上半年涨幅超过20%, 甲股份本周上涨9%: a price, index or sector moves from where it stood
    when the period began, not against a year before, unless the sentence says 同比.
    """
    if draft.kind is not Kind.GROWTH_RATE or draft.base != "yoy" or draft.unit not in ("%", "倍"):
        return draft
    clause_start = max(0, _comma_before(sentence, draft.start - offset))
    before = sentence[clause_start : draft.start - offset]
    stocks = bool(_stock_context().search(sentence))
    stock_index = draft.metric.endswith("指数") and stocks and "价格" not in draft.metric
    market = _is_market_board(draft.subject or ctx.subject)
    priced = draft.metric.endswith(words("priced_heads")) or stock_index or market
    if not priced or not rx(r"涨|跌|漲|翻倍").search(before) or _said_yoy().search(sentence):
        return draft
    return replace(draft, base="prev")


@cache
def _stock_context() -> regex.Pattern[str]:
    """Words of a sentence about shares (领涨道指: a firm that leads an index up moves as a share)."""
    return regex.compile(r"\L<w>", w=sorted(words("stock_context"), key=len, reverse=True))


_session_time = WordPattern(r"(?:\L<w>)+$", w="session_time_words")


# markets, indicators and futures (LME期铜, 沪铜主力合约) are no shares
@cache
def _not_a_share() -> regex.Pattern[str]:
    """A word of a market or indicator anywhere in the name (主力合约, 英镑兑美元), or a character
    ending it (甲指, 订单额): inside a name such a character is only part of it (力量钻石 is a share)."""
    return regex.compile(r"\L<w>|(?:\L<c>)$", w=words("share_excluders"), c=words("share_excluder_endings"))


_SHARE_NAME = regex.compile(r"[\p{Han}A-Za-z*]{2,8}")


_view_of_ratio = WordPattern(r"从(?:[^，,。；;]*?的)?(?P<m>\p{Han}{2,8}?(?:\L<w>))(?:来)?看", w="ratio_names")


_break_even_after = WordPattern(r"(?:为|是)?(?:\L<w>)", w="break_even_lines")


_RATIO_BREAK = regex.compile(r"[，,；;（）()]|(?<!\d)[:：](?!\d)")


_ratio_verb = WordPattern(r"(?:\L<w>)$", w="ratio_verbs")


_FROM_PERIOD = regex.compile(r"(?:由|从)(?P<p>[^，。的]{2,12}?)的$")
# 三次产业, 一二三产业, 一、二、三产业, 二、三产业: the sectors named by their ordinals
_INDUSTRIES = regex.compile(r"三次产业|(?<![第、和及一二三])(?P<d>[一二三](?:[、和及]?[一二三]){1,2})产业")
_ORDINAL = "一二三"


def expand_industries(zone: str) -> list[str]:
    """三次产业比重 -> 第一/第二/第三产业比重; 一三产业比重 -> 第一产业比重, 第三产业比重."""
    m = _INDUSTRIES.search(zone)
    if not m:
        return []
    digits = regex.sub(r"[、和及]", "", m.group("d") or _ORDINAL)
    return [zone[: m.start()] + f"第{d}产业" + zone[m.end() :] for d in digits]


def _ratio_drafts(
    sentence: str,
    offset: int,
    ctx: DocContext,
    stated: list[tuple[int, int, str]],
    governing: str | None,
    tokenize: Tokenize,
) -> Iterator[Draft]:
    """三次产业比为3.9：59.5：36.6 (shares summing to 100); 城乡居民收入比缩小到2.6：1 (a ratio)."""
    viewed = _view_of_ratio().search(sentence)
    last_ratio_metric = viewed.group("m") if viewed else ""  # 从…的猪粮比价来看，…: the ratio looked at
    previous_end = 0
    for m in RATIO.finditer(sentence):
        parts: list[Decimal] = [Decimal(p) for p in rx(r"[:：∶]").split(m.group())]
        if len(parts) == 2 and rx(r"\d{1,2}[:：]\d{2}$").match(m.group()) and "." not in m.group():
            continue  # 16:30, a time of day
        clause_start = max([previous_end] + [b.end() for b in _RATIO_BREAK.finditer(sentence, 0, m.start())])
        previous_end = m.end()
        if _break_even_after().match(sentence, m.end()):
            continue  # 正常情况下6∶1为盈亏平衡: the line a ratio is judged by, not a figure
        clause = sentence[clause_start : m.start()]
        since = _FROM_PERIOD.search(clause)
        zone = _ratio_verb().sub("", clause[: since.start()] if since else clause)
        metric = clean_metric(zone, tokenize) or last_ratio_metric
        last_ratio_metric = metric
        # 由2005年的5：1 is dated 2005 through ``stated`` (a period after 由/从 dates the figure after it)
        period = _period_for(Mention(m.start(), m.end(), parts[0], None, "", None), stated, governing, ctx)

        def draft(
            metric: str,
            value: Decimal,
            unit: str,
            kind: Kind,
            start: int,
            end: int,
            pid: str,
            period: str | None = period,
        ) -> Draft:
            span = (offset + start, offset + end)
            return _plain_draft(expand_abbreviations(metric), value, unit, kind, period, None, ctx.subject, span, pid)

        if len(parts) == 2 and parts[1] == 1 and metric:
            yield draft(metric, parts[0], "", Kind.LEVEL, m.start(), m.end(), "ratio.level")
            continue
        if abs(sum(parts, Decimal(0)) - 100) > Decimal("1.5") or not metric:
            continue
        head = "比重" if not metric.endswith(("比重", "结构")) else ""
        metric = rx(r"比$|结构$").sub("比重", metric)
        items = expand_industries(metric) or split_items(metric, tokenize)
        if len(items) != len(parts):
            continue
        position = m.start()
        for item, value in zip(items, parts, strict=True):
            found = regex.compile(regex.escape(str(value).rstrip("0").rstrip(".") if "." in str(value) else str(value)))
            hit = found.search(sentence, position, m.end())
            start, end = (hit.start(), hit.end()) if hit else (m.start(), m.end())
            position = end
            name = item if item.endswith(("比重", "占比")) else item + head
            yield draft(name, value, "%", Kind.SHARE, start, end, "ratio.shares")


def _run_length(mentions: list[Mention], i: int, sentence: str) -> int:
    n = 1
    while i + n < len(mentions):
        gap = sentence[mentions[i + n - 1].end : mentions[i + n].start]
        if not _list_gap().fullmatch(gap):
            break
        n += 1
    return n


@cache
def _list_gap() -> regex.Pattern[str]:
    """What may stand between the figures of a run (grammar list_separators)."""
    return rx(r"\s*(?:" + "|".join(words("list_separators")) + r")?\s*")


# 较原来预算低3%，即131亿元: the same difference again, in another unit (the figure's own words are
# those of the figure it restates)
_restated_gap = WordPattern(r"\s*[，,]?\s*(?:\L<w>)(?:约|約)?\s*", w="restating_words")


def _resolve_metric(zone: str, carry: Carry, mention: Mention) -> str:
    """The metric for a number whose zone is ``zone``; empty zones inherit the sentence's metric."""
    if not zone:
        return carry.metric
    named = _rate_alias_metric(zone, carry, mention)
    if named is None:
        named = _metric_of_carried(zone, carry)
    if named is None:
        named = _verb_metric(zone, carry, mention)
    if named is not None:
        return named
    carry.entity = ""
    parent = (carry.parent if carry.parts else "") or carry.metric or carry.parent
    head = _sub_item_head(zone, parent) if carry.parts else None
    if head == "数量" and mention.unit in _MONEY_UNITS:
        # 发行2只…债券，其中2年期15亿元: the amount of some of the things counted
        return zone + parent.removesuffix("数量") + "规模"
    if head:
        return zone + head
    return zone


def _rate_alias_metric(zone: str, carry: Carry, mention: Mention) -> str | None:
    """A zone that is only a rate's name (降幅, 年增率) is the rate of the metric carried; None if it is not."""
    aliases: dict[str, str] = grammar()["rate_aliases"]  # type: ignore[assignment]
    for word, canon in aliases.items():
        if zone == word:
            if mention.unit == "%" and carry.metric:
                carry.rate_word = word  # 降幅为1.47%: the rate itself, of the figure before
                return carry.metric
            return _rate_of(carry.metric) if carry.metric else canon
    return None


def _metric_of_carried(zone: str, carry: Carry) -> str | None:
    """A zone that names a part or measure of the metric carried (产量, 增速, 毛利率) is that metric's."""
    if carry.metric and zone in word_set("entity_heads"):
        stem = _stem(carry.metric)
        if stem:
            return stem + zone  # 棚室果蔬类播种面积18.9万亩，产量43万吨 -> 棚室果蔬类产量
    if zone in ("增速", "比重", "占比") and carry.metric:
        return _rate_of(carry.metric) if zone == "增速" else carry.metric + zone
    suffix = next((w for w in words("suffix_metrics") if zone.startswith(w)), None)
    if suffix is not None and carry.metric and len(zone) <= len(suffix) + 2:
        grown = rx(r"^(?:实现增长的|负增长的)(?P<x>.+?)数$").match(carry.metric)
        # 21个行业实现增长，增长面67.7%: the share of the group, named by the group
        base_metric = grown.group("x") if grown else _entity_of(carry.metric) or carry.metric
        if zone.endswith(("毛利率", "利润率", "净利率")):
            stem = _stem(carry.metric)  # 净利润…，毛利率18.78%: the firm's margin, 汽车业务收入… its segment's
            base_metric = stem if len(stem) >= 2 else ""
        return base_metric + zone
    if (
        carry.metric
        and len(zone) >= 2
        and carry.metric.endswith(zone)
        and zone != carry.metric
        and (len(zone) <= 2 or not is_known_metric(zone))
    ):
        return carry.metric  # 预期逆差160亿英镑 after 商品贸易帐逆差: the same indicator again
    return None


def _verb_metric(zone: str, carry: Carry, mention: Mention) -> str | None:
    """A zone that is a verb (销售, 出口) or holds one names the metric the verb makes (销量, 出口额)."""
    verb = _VERB_METRICS.get(zone)
    if verb is not None:
        if mention.unit in _MONEY_UNITS and verb == "销量":
            verb = "销售额"
        entity = carry.entity or _entity_of(carry.metric)
        return entity + verb
    for v, noun in _VERB_METRICS.items():
        rest = zone[len(v) :]
        if (
            len(v) == 2
            and zone.startswith(v)
            and len(rest) > 1
            and not is_known_metric(zone)
            and not rest.endswith(("面积", "金额", "额", "收入", "总值", "值", "量", "率", "价格", "成本"))
        ):
            return zone[len(v) :] + ("销售额" if noun == "销量" and mention.unit in _MONEY_UNITS else noun)
        if len(v) == 2 and zone.endswith(v):
            entity = zone[: -len(v)]
            carry.entity = entity
            return entity + ("销售额" if noun == "销量" and mention.unit in _MONEY_UNITS else noun)
    return None


_no_noun_after = WordPattern(r"\L<w>", w="range_closers")


# An amount named after it: …为经常开支。 (the noun runs to the end of the clause)
_named_after = WordPattern(r"(?:\L<w>)(?P<x>\p{Han}{2,12})(?=[，。；,;：:\n]|$)", w="naming_copulas")


# 四厘利息补贴, 三厘息: a rate in 厘 (mentions._interest_li) named by the interest after it
_interest_named = WordPattern(r"厘的?(?P<x>\L<w>)(?=[，。；,;的\n]|$)", w="interest_names")


# 以列帐基准除税前盈利计，…赚102.4亿: a clause naming the measure the figures after it are in
# (以美元计, 以可比价格计 name a currency or a price basis: no indicator, so no measure)
_measured_as = WordPattern(r"以(?P<x>\p{Han}{2,16}?(?:\L<w>))(?:计算|计)[，,]", w="measured_profits")


_GENERIC_EARNINGS = frozenset({"盈利", "利润", "纯利", "溢利"})


# What opens a part of a sum just given: its figures are named after them
_part_opener = WordPattern(r"(?:\L<w>)(?:的)?", w="part_openers")


# The noun after a count or amount: 500家企业…, 5777亿元7天期逆回购操作, 6000万美元的罚款.
# A model number inside the noun (20架737 MAX飞机, 10只中证A500ETF) is part of it.
_AFTER_PHRASE = regex.compile(r"(?:的)?(?:\d{1,2}(?:天|年|个月)期)?(?:[\p{Han}A-Za-z“”\"]|\d{1,4} ?(?=[A-Za-z])){2,24}")


@cache
def _growing() -> regex.Pattern[str]:
    return regex.compile(
        r"(?P<x>\p{Han}{0,6}?)(?:\L<w>)?(?:同比)?(?:实现|保持)?(?P<neg>负)?(?:增长|正增长)",
        w=words("growing_measures"),
    )


@cache
def _traded() -> regex.Pattern[str]:
    return regex.compile(
        r"(?P<s>[\p{Han}A-Za-z0-9\-]{2,12}?)(?:\L<v>)(?P<m>(?:\L<f>)?(?:\L<t>)额?)",
        v=words("receiving_verbs"),
        f=words("trading_funds"),
        t=words("net_trades"),
    )


_fund = WordPattern(r"\L<w>", w="fund_flows")


def _fund_flow(before: str) -> str:
    """The fund a sentence reports the flows of (南向资金净买入…，盈富基金获净买入: 南向资金)."""
    found = _fund().findall(before)
    return found[-1] if found else ""


# 降息25个基点 / 降准0.5个百分点: a central bank moves its rate against the one before
_policy_move = WordPattern(r"(?P<v>\L<w>)(?:幅度)?(?:为|為|达|達)?$", w="policy_moves")


def _policy_metric(move: regex.Match[str]) -> str:
    return "存款准备金率" if move.group("v") in ("降准", "降準") else "政策利率"


_at_price_before = WordPattern(r"(?:\L<w>)(?:约|近|逾|超过)?$", w="price_prepositions")


_at_price_after = WordPattern(r"的(?P<n>\L<n>)(?P<v>\L<v>)?", n="deal_value_nouns", v="deal_verbs")


_valued_before = WordPattern(r"(?P<w>\L<w>)(?:约|近|逾|超过|达|为)?$", w="valued_nouns")


_VALUED_AFTER = regex.compile(r"的(?P<n>[\p{Han}A-Za-z]{2,10}?)(?=[，。；、,]|$)")


def _amount_metric(
    sentence: str, segment: str, clause_start: int, mention: Mention, metric: str, listed: bool
) -> tuple[str, str | None]:
    """What an amount of money is, when the words around it say so better than the words before.

    该融资对OpenAI的估值为1500亿美元 -> 估值 (OpenAI's); 参与OpenAI的65亿美元融资 -> 融资;
    …联动商务被…分局罚没8470.84万元 -> 罚没; 以58亿美元的总价回购 -> 回购总价. Returns the metric and
    the owner a valuation names, if any.
    """
    owner = None
    valued = _valuation_of().search(sentence, clause_start, mention.start)
    if valued:
        metric, owner = valued.group("h"), valued.group("x")
    named = _money_noun_after().match(sentence, mention.end)
    if named and not _names_indicator(metric or ""):
        metric = named.group("n")  # 一笔3亿元的订单: the noun after names it
    deal = _money_deed().search(metric or "")
    if deal and len(metric) > len(deal.group()) + 4:
        metric = deal.group()  # the deed that ends a long story names the amount
    priced = _priced_metric(sentence, segment, mention)
    if priced and not listed:
        metric = priced
    achiever = _ACHIEVED_WITH.search(sentence, clause_start, mention.start)
    ranked = _ranked_after().match(sentence, mention.end) if achiever else None
    if achiever and ranked:
        # 保利发展以2079.5亿元的销售额位居榜首: the firm's 销售额 (the one just reported when unnamed)
        metric, owner = ranked.group("n") or "", achiever.group("x")
    return metric, owner


_ACHIEVED_WITH = regex.compile(r"(?P<x>[\p{Han}A-Za-z0-9]{2,12}?)以(?:约|近|逾|超过)?$")


_ranked_after = WordPattern(r"(?:的(?P<n>\p{Han}{2,8}?))?(?:\L<w>)", w="ranking_verbs")


def _priced_metric(sentence: str, segment: str, mention: Mention) -> str:
    """An amount that prices a deal written around it names the deal's price, not the words before.

    以230亿美元的估值 -> 估值; 以58亿美元的总价回购 -> 回购总价; 价值20亿美元的电芯采购合同 ->
    电芯采购合同价值. Only for money (a count 以3家的规模 is no price).
    """
    if mention.unit not in _MONEY_UNITS:
        return ""
    after = _at_price_after().match(sentence, mention.end)
    if after and _at_price_before().search(segment):
        price = after.group("n")
        return (after.group("v") or "") + price if price in ("总价", "价格", "对价", "总代价") else price
    valued = _valued_before().search(segment)
    noun = _VALUED_AFTER.match(sentence, mention.end) if valued else None
    if valued and noun:
        return noun.group("n") + valued.group("w")
    return ""


_NAMED_LIST_BEFORE = regex.compile(r"(?:[\p{Han}A-Za-z]{1,10}、)+[\p{Han}A-Za-z]{1,10}(?:等)?(?:这|这些)?$")


_group_noun_after = WordPattern(r"[^，。；、\d]{0,10}?(?:\L<w>)", w="grouping_nouns")


def _counts_named_list(sentence: str, mention: Mention) -> bool:
    """深圳、上海、广州三个城市 / 化工、电子信息…4个行业: the count only restates the list before it.

    The figures about the listed items are the records; their number adds nothing a reader
    cannot see, so it is not reported (the gold marks such counts optional at most).
    """
    if mention.unit not in ("个", "個"):
        return False
    clause = rx(r"[，。；,;：:]").split(sentence[: mention.start])[-1]
    return bool(_NAMED_LIST_BEFORE.search(clause)) and bool(_group_noun_after().match(sentence, mention.end))


def _counted_deed(sentence: str, end: int) -> str:
    """5130家公司召开了2023年度业绩说明会 -> 召开业绩说明会的公司数量: how many did the deed."""
    found = rx(r"[^，。；,;：:（(]*").match(sentence, end)
    clause = found.group() if found else ""
    local = rx(r"^(?:本市|本澳|本港|本地|全市|全省|全国|本區|本区)").match(clause)
    clause = clause[local.end() :] if local else clause  # 五百家本澳食肆参与: the home place is no part of it
    noun = next((n for n in words("counted_entities") if clause.startswith(n)), "")
    rest = clause[len(noun) :]
    if not noun or not rest.startswith(words("deed_verbs")):
        return ""
    rest = rx(r"(?:19|20)\d\d(?:/\d\d)?年度").sub("", rest)  # 2023年度业绩说明会
    for p in sorted(periods.find_periods(rest, 2000), key=lambda p: p.start, reverse=True):
        rest = rest[: p.start] + rest[p.end :]
    rest = rx(r"了|[\s“”\"]").sub("", rest)
    return f"{rest}的{noun}数量" if 2 <= len(rest) <= 14 else ""


_people_deed = WordPattern(r"(?:次)?(?P<v>\L<w>)", w="people_deeds")


@cache
def _rate_group() -> regex.Pattern[str]:
    return regex.compile(
        r"(?P<x>[\p{Han}A-Za-z]{1,10}?)(?P<r>\L<r>)(?P<op>\L<op>)(?P<n>\d+(?:\.\d+)?%)(?P<post>以上|以下)?",
        r=words("rate_group_heads"),
        op=words("threshold_ops"),
    )


_owner_of_count = WordPattern(r"(?P<o>\p{Han}{2,8}?)(?:\L<w>)的?$", w="covering_verbs")


_GROUP_OF = regex.compile(r"(?:\d+个)?(?P<x>[\p{Han}]{2,8}?)(?:大类)?中[，,]?$")


_ZONE_MARKS = regex.compile(r"[\s“”\"*" + _BULLETS + "]")


def _raw_zone(zone: str) -> str:
    return _ZONE_MARKS.sub("", zone)


def _counted_noun(sentence: str, mention: Mention, zone: str, tokenize: Tokenize) -> str | None:
    """500家企业启动数字化改造: a count written before its noun measures that noun.

    Used only when the words before the number are no metric of their own (empty, or a verb
    such as 推动/形成/培育), so 新增省级工业互联网平台10家 keeps its noun from the left.
    """
    duty = _goods_under_duty().match(sentence, mention.end) if mention.unit in _MONEY_UNITS else None
    if duty:
        # 对2000亿美元中国商品加征关税: the value of the goods the duty covers
        noun = rx(r"^(?:进口|進口)").sub("", duty.group("n"))
        return f"{duty.group('v')}{noun}的{duty.group('g')}价值"
    months = _months_of_flow().match(sentence, mention.end) if mention.unit == "个月" else None
    if months:
        # 储备相当于23个月的开支: how many months of spending the stock named before covers (储备开支月数)
        owner = _leading_joiner().sub("", zone)
        covering = owner.endswith(words("covering_months_verbs"))
        owner = owner if rx(r"\p{Han}{1,8}").fullmatch(owner) and not covering else ""
        return f"{owner}{months.group('f')}月数"
    money = mention.unit in _MONEY_UNITS
    rate = _rate_named_after(sentence, mention, zone, tokenize)
    if rate is not None:
        return rate
    if not is_measure_word(mention.unit) and not money:
        return None
    part = _part_named_after(sentence, mention, zone, tokenize, money)
    if part is not None:
        return part
    m = _AFTER_PHRASE.match(sentence, mention.end)
    if not m or _no_noun_after().match(sentence, mention.end):
        return None  # 介于10万至12万人之间: the end of a range, no noun
    phrase = rx(r"^的|[“”\"]").sub("", m.group())
    # 71亿元逆回购和4010亿元MLF到期: the 和 leads to another figure; 40个国家和地区的…: one pair of nouns
    phrase = rx(r"(?<=\p{Han}{2})(?:和|及|与|以及)(?!\p{Han}{2}(?:的|$)).*$").sub("", phrase)
    growing = _growing().fullmatch(phrase) if mention.unit in ("个", "家", "户", "项", "個") else None
    if growing and growing.group("x") not in _predicate_words_extra():
        # 12个重点行业中11个增长 / 21个行业实现增长: how many of a group grew.
        group = _GROUP_OF.search(sentence, 0, mention.start)
        noun = group.group("x") if group else growing.group("x")
        grew = "负增长的" if growing.group("neg") else "实现增长的"  # 7个税种负增长
        return f"{grew}{noun}数" if noun else None
    members = _members_with_a_deed(sentence, mention) if mention.unit in ("个", "家", "户", "项", "個", "只") else None
    if members is not None:
        return members
    deed = _count_of_deed(sentence, mention)
    if deed is not None:
        return deed
    phrase = _carrying_tail().sub("", phrase)  # 1600家企业携1300种商品参展: the count is of the firms
    # 40个国家的参展商: the count is of the countries (a noun, then 的 and what they have)
    owned = rx(r"^(?P<x>\p{Han}{2,6}(?:和|及|与)?\p{Han}{0,4})的\p{Han}{1,3}$").match(phrase)
    return _noun_after_count(mention, zone, owned.group("x") if owned else phrase, tokenize, money)


def _members_with_a_deed(sentence: str, mention: Mention) -> str | None:
    """在调查的21个行业中，有11个处于扩张区间: how many members of the group named before did what the
    words after the count say (处于扩张区间的行业数); None unless both are there."""
    group = _AMONG_BEFORE.search(sentence, max(0, mention.start - 24), mention.start)
    deed = _DEED_AFTER_COUNT.match(sentence, mention.end) if group else None
    if not group or not deed:
        return None
    return f"{_DEED_ADVERBS.sub('', deed.group('d'))}的{group.group('g')}数"


# 在调查的21个行业中，有 / 12个重点行业中: the group the members are counted among
_AMONG_BEFORE = regex.compile(r"(?:\d+个)?(?P<g>\p{Han}{2,6}?)(?:大类)?(?:之中|中)[，,]?(?:有|共有)?$")
# 处于扩张区间, 高于临界点, 实现盈利: what the counted members did (a verb, not a noun, right after the count)
_DEED_AFTER_COUNT = regex.compile(
    r"(?:行业|企业|城市|省份|地区)?(?P<d>(?:处于|位于|实现|出现|高于|低于|保持|达到|超过|继续|仍|均)[^，,。；;\d]{2,16})"
)


def _rate_named_after(sentence: str, mention: Mention, zone: str, tokenize: Tokenize) -> str | None:
    """A per cent named by what follows it (四厘利息补贴, 削减1%经常开支); None when nothing names it so."""
    interest = _interest_named().match(sentence, mention.end - 1) if mention.unit == "%" else None
    if interest and not _names_indicator(zone):
        return interest.group("x") + "率"  # 为期三年的四厘利息补贴: the subsidy's rate, named after it
    if mention.unit == "%" and not _names_indicator(zone) and sentence.endswith(words("cut_verbs"), 0, mention.start):
        spent = _AFTER_PHRASE.match(sentence, mention.end)
        noun = clean_metric(spent.group(), tokenize) if spent else ""
        if _names_indicator(noun):
            return noun  # 再削减1%经常开支: the spending cut, named after the rate
    if mention.unit == "%" and not _names_indicator(zone):
        return _share_of_group(sentence, mention.end, tokenize)
    return None


def _share_of_group(sentence: str, end: int, tokenize: Tokenize) -> str | None:
    """近8成省份完成了目标, 六成以上的城市房价下跌: a share of a group's members, named by what they did
    (完成目标的省份占比), never a count in per cent; None when no group and deed follow the figure."""
    group = members_after().match(sentence, end)
    found = _DEED_TO_CLAUSE_END.match(sentence, group.end()) if group else None
    if not group or not found:
        return None
    deed = _DEED_ADVERBS.sub("", found.group("deed")).strip()  # 完成了目标 -> 完成目标: the verb stays
    return f"{deed}的{group.group('g')}占比" if len(deed) >= 2 else None


_DEED_ADVERBS = regex.compile(r"了|均|都|也|已经|已|仍|还|則|则")
# 房价下跌: what the group's members did, to the clause's end
_DEED_TO_CLAUSE_END = regex.compile(r"(?P<deed>[^，,。；;：:\d]{2,20})(?=[，,。；;]|$)")


def _part_named_after(sentence: str, mention: Mention, zone: str, tokenize: Tokenize, money: bool) -> str | None:
    """An amount that is a part of a sum (其余500亿元是专项债券) is named after it; None when it is not."""
    opened = not zone or _part_opener().fullmatch(zone)
    named = _named_after().match(sentence, mention.end) if money and opened else None
    if named:
        # 当中2913亿元为经常开支, 其余500亿元是专项债券: a part of a sum, named after the amount
        noun = clean_metric(named.group("x"), tokenize)
        if len(noun) >= 2 and (_names_indicator(noun) or noun.endswith(tuple(words("money_words")))):
            return noun
    return None


def _count_of_deed(sentence: str, mention: Mention) -> str | None:
    """A count of those that did something (3.3万人参与罢工, 27只可转债跌幅超2%); None when it is not one."""
    deed = _counted_deed(sentence, mention.end)
    if deed and mention.unit in ("家", "只", "个", "支", "户", "個"):
        return deed
    people = _people_deed().match(sentence, mention.end) if mention.unit == "人" else None
    if people:
        return people.group("v") + "人数"  # 约3.3万人参与罢工: how many took part
    group = _rate_group().match(sentence, mention.end)
    if group and is_measure_word(mention.unit):
        # 27只可转债跌幅超2% -> 跌幅超2%的可转债数量: how many passed a threshold
        return "{r}{op}{n}{post}的{x}数量".format_map(group.groupdict(""))
    return None


def _noun_after_count(mention: Mention, zone: str, phrase: str, tokenize: Tokenize, money: bool) -> str | None:
    """The noun after a count (2.72万台充电桩), when the zone before it is only a verb that counts."""
    verbs = word_set("count_verbs")
    noun_before = _names_indicator(zone) or zone.endswith(tuple(words("generic_nouns"))) or len(zone) > 12
    if money and zone and zone not in verbs and not any(zone.endswith(v) for v in verbs):
        return None  # 营收2432亿元: an amount counts its noun only after a bare verb (当日有1415亿元逆回购到期)
    if zone and zone not in verbs and not any(zone.endswith(v) for v in verbs) and noun_before:
        return None
    tokens = tokenize(phrase)
    noun = clean_metric(phrase, tokenize).removesuffix("中")
    if not tokens or tokens[0] in word_set("predicate"):
        return None
    if tokens[0] in word_set("filler") and not (money and _names_indicator(noun)):
        return None  # 为…, 约…: no noun; 49亿元的轻微赤字: an amount's filler before an indicator is no bar
    if len(noun) < 2:
        return None
    kept = next((v for v in words("count_verbs_kept") if zone.endswith(v)), "")
    owner = _owner_of_count().search(zone)
    if owner and not kept:
        noun = owner.group("o") + noun  # 制造业涵盖的31个行业: the industries of manufacturing
    if is_measure_word(mention.unit) and not noun.endswith(("数", "数量", "总数", "数目")):
        # 2.72万台充电桩: the number of charging piles, not the piles; 生产119万台汽车: their output
        noun += _deed_measure(zone) or _count_noun(mention.unit)
    return kept + noun


def _deed_measure(zone: str) -> str | None:
    """生产 -> 产量, 出口 -> 出口量 (grammar deed_measures): what a count after that verb measures."""
    return next((measure for verb, measure in _deed_measures() if zone.endswith(verb)), None)


@cache
def _deed_measures() -> tuple[tuple[str, str], ...]:
    """The deed_measures table, longest verb first, sorted once."""
    measures: dict[str, str] = grammar()["deed_measures"]  # type: ignore[assignment]
    return tuple(sorted(measures.items(), key=lambda kv: -len(kv[0])))


def _same_head(a: str, b: str) -> bool:
    """解禁总市值 and 解禁市值 end alike: siblings, not a thing and its attribute."""
    return any(a.endswith(h) and b.endswith(h) for h in words("attribute_heads"))


_OPEN_BRACKET = regex.compile(r"[（(]")
_CLOSE_BRACKET = regex.compile(r"[）)]")


_grade_only = WordPattern(r"(?:\L<w>)(?:培育|重点)?", w="grade_levels")


@cache
def _graded_things() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:\L<v>)(?:[^，。；、]{0,4}?)(?P<n>\p{Han}{2,12}?(?:\L<t>))",
        v=words("building_verbs"),
        t=words("graded_things"),
    )


def _graded_thing(before: str) -> str:
    """The last thing a clause builds (制造业创新中心) that a bare grade (国家级, 省级) counts."""
    found = list(_graded_things().finditer(before))
    return found[-1].group("n") if found else ""


@cache
def _object_after_verb() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:\L<v>)(?P<o>[^，。；、]{2,24}?(?:\L<o>))[，,]?$",
        v=words("project_verbs"),
        o=words("project_objects"),
    )


_BATCH_ORDINAL = regex.compile(r"第[一二三四五六七八九十\d]+批|首批|新一批")


def _named_object(before: str, year: int | None) -> str:
    """The projects, funds or bonds the clause before names as a verb's object, without its date."""
    m = _object_after_verb().search(before)
    if not m:
        return ""
    obj = m.group("o")
    for p in sorted(periods.find_periods(obj, year), key=lambda p: p.start, reverse=True):
        obj = obj[: p.start] + obj[p.end :]
    return _BATCH_ORDINAL.sub("", obj).lstrip("的")


def _is_attribute(metric: str) -> bool:
    """施工产值, 合同金额, 总投资: a measure that names no thing of its own."""
    heads = words("attribute_heads")
    return len(metric) <= 4 and any(metric.endswith(h) for h in heads) and not is_known_metric(metric)


_as_what = WordPattern(r"(?:\L<w>)(?P<x>[\p{Han}A-Za-z]{2,12})", w="as_what_verbs")


def _share_of_count(sentence: str, mention: Mention, carry: Carry) -> str:
    """逾1200家…被注销，其中近六成为协会强制注销: a percentage of things counted is a share of them."""
    parent = carry.parent or carry.metric
    if not carry.parts or mention.unit != "%" or not parent.endswith(("数量", "数")):
        return ""
    what = _as_what().match(sentence, mention.end)
    return f"{what.group('x')}占比" if what else ""


def _sub_item_head(zone: str, parent: str) -> str | None:
    """其中住宅443.4万平方米 after 商品房销售面积: a part of the figure before takes its head.

    Only a short, bare noun (住宅, 城镇, 乡村) counts as a part; a phrase naming an indicator
    of its own keeps its own name.
    """
    listed = f"{zone}、" in parent or f"、{zone}" in parent  # 其中集成电路… after 集成电路、光纤光缆等产品产量
    industry = zone.endswith("业") and len(zone) <= 20  # 电力、热力、燃气及水生产和供应业: a part, however long
    if not parent or (len(zone) > 4 and not industry) or (known_metric_suffix(zone) and not industry):
        return None
    if zone in parent and not listed:
        return None
    if zone.endswith(tuple(words("list_heads"))):
        return None
    head = next((h for h in words("list_heads") if parent.endswith(h) and len(h) >= 2), None)
    if head in ("价格", "指数") and zone in word_set("population_parts"):
        return parent  # 其中，城市上涨0.6% after 居民消费价格: 城市居民消费价格, not 城市价格
    return head


def _rate_of(metric: str) -> str:
    if metric.endswith("增速"):
        return metric
    return metric.removesuffix("总量") + "增速"  # 总量居第8位，增速居第二: the growth of the indicator


def _stem(metric: str) -> str:
    """The thing an indicator is about: 棚室果蔬类播种面积 -> 棚室果蔬类."""
    heads = sorted(set(words("indicator_heads")) | set(words("list_heads")) | {"播种面积"}, key=len, reverse=True)
    for head in heads:
        if metric.endswith(head) and len(metric) > len(head):
            return metric[: -len(head)]
    return ""


def _entity_of(metric: str) -> str:
    for head in ("产量", "销量", "销售额"):
        if metric.endswith(head):
            return metric[: -len(head)]
    return ""


_ALIAS_PAREN = regex.compile(r"[（(][A-Za-z0-9\p{Han}·\- ]{1,12}[）)]")


def _is_alias_paren(sentence: str, brk: regex.Match[str]) -> bool:
    """制造业采购经理指数（PMI）为49.4%: a bracketed alias is part of the name, not a clause break."""
    for m in _ALIAS_PAREN.finditer(sentence, max(0, brk.start() - 14), brk.end() + 14):
        inner = m.group()[1:-1]
        numeric = rx(r"\d").search(inner) and not rx(r"[A-Za-z]").search(inner)
        if m.start() <= brk.start() < m.end() and not numeric and not rx(r"[，。；]|注").search(inner):
            return True
    return False


_DATING_PAREN = regex.compile(r"(?<=[\p{Han}A-Za-z0-9])[（(](?P<x>[^（）()，,。；;]{2,30})[）)](?![，,。；;：:）)]|$)")
_dating_words = WordPattern(r"^(?:\L<w>)|(?:末|底|止|以来)$", w="as_at_words")


def _is_dating_paren(sentence: str, brk: regex.Match[str], year: int | None) -> bool:
    """新发基金（5月4日至10日）共5只: a bracket holding only a period dates the clause it sits in and
    breaks none; a bracket with a figure (增长5%（上年为3%）) or words besides still does."""
    if brk.group() not in "（()）":
        return False
    for m in _DATING_PAREN.finditer(sentence, max(0, brk.start() - 32), brk.end() + 32):
        if m.start() <= brk.start() < m.end():
            # 上周（8月30日至9月5日）全国…: the bracket spells out a period word, and the clause goes on
            return not sentence.endswith(words("relative_periods"), 0, m.start()) and _only_a_period(m.group("x"), year)
    return False


# 所有地市的GDP增速, 各城市GDP: whose rate, not what it measures
_group_lead = WordPattern(r"^(?:\L<q>)(?:\L<w>)的?", q="whole_group_words", w="place_groups")
_second_comparison = WordPattern(r"^(?:\L<j>)(?:\L<e>)", j="not_metric_joiners", e="equal_comparisons")
_leading_joiner = WordPattern(r"^(?:\L<j>)", j="not_metric_joiners")
_BRACKETED_FIGURE = regex.compile(r"[（(]\s*[-+]?\d[\d.,]*\s*%?[）)]")


def _is_comparators_figure(sentence: str, brk: regex.Match[str]) -> bool:
    """高于全国（2.5%）: a bracket holding only the comparator's figure opens no clause; the figure is
    read with the words before it (see _comparators_in_brackets)."""
    if brk.group() not in "（(":
        return False
    part = max(sentence.rfind(mark, 0, brk.start()) for mark in "；;。")
    if rx(r"\d").search(sentence, part + 1, brk.start()):
        return False  # 增长3%，低于全国（5%）: the part has its own figure; the bracket is read apart
    return bool(_BRACKETED_FIGURE.match(sentence, brk.start())) and bool(
        _bracket_comparator().search(sentence, max(0, brk.start() - 24), brk.end())
    )


def _only_a_period(inner: str, year: int | None) -> bool:
    """What a bracket holds is one period and nothing else (5月4日至10日, 截至6月末)."""
    inner = _dating_words().sub("", inner)
    found = periods.find_periods(inner, year)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(inner)


_leading_period_prefix = WordPattern(r"^[\s*“”]*(?:\L<w>)?$", w="period_lead_words")


# Cached (pure): the clause before each figure is stripped again for each figure it opens.
@lru_cache(maxsize=4096)
def _strip_leading_period(segment: str, year: int | None) -> str:
    """至8月3日当周续请失业金人数: a period at the head (even after 至) is not the predicate.

    A 截至/至 + date inside the zone (美国至9月13日当周石油钻井总数) goes too, so its 至
    is not read as the 至 of 增长32%至292.93亿元.
    """
    for pm in periods.find_periods(segment, year):
        if pm.start > 4:
            break
        if _leading_period_prefix().match(segment[: pm.start]):
            rest = segment[pm.end :]
            return rx(r"^(?:当周|当月|当日|以来|期间|末|底)").sub("", rest)
    for pm in reversed(periods.find_periods(segment, year)):
        until = rx(r"(?:截至|截止|至)$").search(segment[: pm.start])
        if until:
            tail = rx(r"(?:当周|当月|当日)?").match(segment[pm.end :])
            cut_end = pm.end + (tail.end() if tail else 0)
            segment = segment[: until.start()] + segment[cut_end:]
    return segment


@cache
def _driven() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:\L<v>)(?P<o>\p{Han}[^，。；]{1,24}?)(?:同比|环比)?(?:\L<m>)",
        v=words("driving_verbs"),
        m=words("driven_moves"),
    )


_verb_object = WordPattern(
    r"(?:\L<w>)(?P<o>\p{Han}[\p{Han}A-Za-z0-9]{1,20}?)(?:约|近|超过)?$", w="object_verbs"
)


@cache
def _tally_pattern() -> regex.Pattern[str]:
    return regex.compile(
        r"^(?:\L<adv>)?(?P<v>\L<verb>)(?:了)?(?P<o>\p{Han}{2,12}?)(?:约|近|超过|逾|达|达到|共|共计)?$",
        adv=list(words("tally_adverbs")),
        verb=list(words("tally_verbs")),
    )


def _tallied_deed(predicate: str, zone: str, unit: str) -> str:
    """共追回医保资金 / 签订合作项目: the verb and its object, when the zone before them is an actor.

    The zone must name who acted (…部门, …博览会, a place) or be empty; a zone that is an indicator
    (营业收入共计…) keeps its name. A count gets 数量 (签订合作项目数量).
    """
    m = _tally_pattern().match(predicate)
    if m is None or unit in ("%", "pp", "倍"):
        return ""
    actor = not zone or zone in subjects() or zone.endswith(words("actor_heads")) or subject_at(zone) == zone
    if not actor or _names_indicator(zone):
        return ""
    name = m.group("v") + m.group("o")
    if is_measure_word(unit) and not name.endswith(("数", "量", "额")):
        name += _count_noun(unit)
    return name


def _with_sibling_head(metric: str, previous: str) -> str:
    """第一产业增加值增长3%，第二产业增长5%: a sibling of the last item keeps the head it left out.

    ``metric`` names a part only (第二产业, 农村居民, 饮料类) and ``previous`` named a part of the
    same sort followed by an indicator (第一产业|增加值, 城镇居民|人均可支配收入, 食品类|零售额):
    the part is measured by that indicator. The sort is a word of ``part_sorts``; an item named
    again with another qualifier (原油产量, then 进口原油) is no sibling.
    """
    if _names_indicator(metric) or is_known_metric(metric) or len(metric) < 2:
        return metric
    sort = next((w for w in words("part_sorts") if metric.endswith(w) and len(metric) > len(w)), None)
    if sort is None:
        return metric
    at = previous.rfind(sort, 0, len(previous) - 1)
    head = previous[at + len(sort) :] if at >= 0 else ""
    if head and _names_indicator(head) and not previous.startswith(metric):
        return metric + head
    return metric


def _cut_before(sentence: str, start: int) -> bool:
    """A budget cut verb (压减, 削减…) stands in the clause before the figure at ``start``."""
    clause = sentence[_comma_before(sentence, start) : start]
    return any(verb in clause for verb in words("cut_verbs"))


def _count_noun(unit: str) -> str:
    """What a count in ``unit`` is called: 人数, 宗数 (``count_nouns``), else 数量."""
    nouns: dict[str, str] = grammar()["count_nouns"]  # type: ignore[assignment]
    return nouns.get(unit, "数量")


@cache
def _handed_out() -> regex.Pattern[str]:
    verbs = "|".join(words("disbursing_verbs"))
    return rx(r"(?P<v>" + verbs + r")(?:了)?(?P<o>\p{Han}{2,12}?)(?:约|近|超过|逾|达|共|合计|約|逾)?$")


def _money_handed_out(predicate: str, tokenize: Tokenize) -> str:
    """活动期间共发放优惠总额827万元: the amount handed out is what the figure measures, not who or
    when (活动, 局方); 发放消费券2亿元 is named by the deed when its object names no amount."""
    handed = _handed_out().search(predicate)
    if not handed:
        return ""
    obj = clean_metric(handed.group("o"), tokenize)
    if not obj or rx(r"\d").search(obj):
        return ""
    return obj if _names_indicator(obj) else handed.group("v") + obj


def _object_of_verb(predicate: str, tokenize: Tokenize) -> str:
    """决定下调金融机构存款准备金率0.5个百分点: the object of the verb is what moves."""
    m = _verb_object().search(predicate)
    if not m:
        return ""
    obj = clean_metric(m.group("o"), tokenize)
    return obj if len(obj) >= 2 and not rx(r"\d").search(obj) else ""


_fx_quote = WordPattern(r"[兑兌]1(?P<q>\L<w>)", w="quote_currencies")


_fx_base = WordPattern(r"(?:在岸|离岸)?人民币|\L<w>", w="fx_bases")


def _fx_metric(sentence: str, segment: str, quote: str) -> str:
    """在岸人民币…报7.2516兑1美元 -> 在岸人民币兑美元汇率 (中间价 when the segment says so)."""
    base = _fx_base().search(sentence)
    name = base.group() if base and base.group() != quote else "人民币"
    return f"{name}兑{quote}" + ("中间价" if "中间价" in segment else "汇率")


# a share named in a frame (占比最高的, 占GDP比重超过5%的); a growth word there (涨幅, 增速) is the
# predicate: it gives the figures their kind and sign, not their name
_RATIO_TO_WHOLE = regex.compile(r"(?:与|與)\p{Han}{2,12}(?:的)?(?:比率|比例|之比)$")
_SHARE_NOUN = regex.compile("|".join(_SHARE_HEADS) + r"|占\S{1,10}?(?:比重|比例)")


@cache
def _cleft_pattern() -> regex.Pattern[str]:
    selectors = "|".join(words("cleft_selectors"))
    groups = "|".join(words("group_nouns"))
    after = "|".join(words("cleft_continuations"))  # 其次是A和B: the next ones of the same ranking
    return rx(
        r"^(?:(?P<frame>[^，,；;。]*?)(?P<sel>" + selectors + r")的(?P<group>" + groups + r")?"
        r"|(?P<frame>)(?P<sel>" + after + r")(?P<group>)?)"
        r"(?:分别|分別|依次|依旧|依舊|仍然|仍)?(?:是|为|為|有)(?P<items>[^，,；;。]+)$"
    )


@dataclass(frozen=True, slots=True)
class Picked:
    """An item a cleft picks out: the metric of its figure, and its subject when it is an entity."""

    metric: str
    subject: str | None = None


_among_group = WordPattern(r"^(?P<g>[^，,；;]{2,16}?)(?:\L<w>)(?P<rest>\p{Han}.*)$", w="among_words")


def cleft_items(clause: str, tokenize: Tokenize, count: int | None = None) -> list[Picked]:
    """增长最快的是电子、汽车行业 -> 电子行业, 汽车行业; 占比最高的行业是电子 -> 电子行业占比.

    A cleft picks items out of a group by a selector (最快, 最高, 居前…); each item's metric is the
    item with the group noun, and the indicator the frame names (占比, 营业收入), not its verb.
    Members of a group of entities (新发基金中规模最大的是X, 涨幅最大的个股是X) and places are
    the subjects of the figures; the metric is the group's indicator.
    """
    cleft = _cleft_pattern().match(_strip_periods(clause).strip())
    if not cleft:
        return []
    raw = cleft.group("items").strip()
    group = cleft.group("group") or ""
    frame = cleft.group("frame")
    among = _among_group().match(frame)
    if among or group in word_set("entity_groups"):
        whole = clean_metric(among.group("g"), tokenize) if among else ""
        indicator = frame_indicator(among.group("rest") if among else frame, tokenize)
        names = _named_items(raw)
        if count is not None and len(names) != count:
            return []
        measures: dict[str, str] = grammar()["group_measures"]  # type: ignore[assignment]
        metric = whole + indicator if whole not in measures else indicator or measures[whole]
        return [Picked(metric or measures.get(group, ""), name) for name in names]
    if group and not raw.endswith(group):
        raw += group
    indicator = frame_indicator(frame, tokenize)
    picked = []
    for name in member_metrics(raw, indicator, tokenize, count):
        place = _member_place(name, indicator)
        picked.append(Picked(indicator, place) if place else Picked(name))
    return picked


def frame_indicator(frame: str, tokenize: Tokenize) -> str:
    """What a selecting frame measures: 营业收入增长 -> 营业收入, 占比 -> 占比, 涨幅超过 -> 涨幅."""
    zone, rest = split_zone(frame, tokenize)
    indicator = clean_metric(zone, tokenize)
    measure = _SHARE_NOUN.match(rest.strip())
    return indicator + (measure.group() if measure else "")  # 占比最高的: the share itself, not the verb


def member_metrics(members: str, indicator: str, tokenize: Tokenize, count: int | None = None) -> list[str]:
    """电子、汽车行业 + 涨幅 -> [电子行业涨幅, 汽车行业涨幅]: each named member's indicator."""
    names = split_items(members, tokenize, count) if _item_joiner().search(members) else [members]
    return [name if not indicator or name.endswith(indicator) else name + indicator for name in names]


def _listed_before(sentence: str, clause_start: int, count: int, tokenize: Tokenize) -> list[Picked]:
    """The ``count`` items a clause without figures listed just before a 分别 run, else none."""
    previous = _figure_free_clause_before(sentence, clause_start)
    if not previous:
        return []
    picked = cleft_items(previous, tokenize, count)
    if picked:
        return picked if len(picked) == count else []  # 增长最快的是A、B，分别增长…
    zone, _ = split_zone(_strip_periods(previous), tokenize)
    zone = rx(r"的?(?:增幅|增速|降幅|涨幅|跌幅)$").sub("", zone.strip())
    if "、" not in zone and not rx(r"和|及|与").search(zone):
        return []
    place, rest = split_subject(clean_metric(zone, tokenize), None)
    # A股煤炭、钢铁板块…，涨幅分别为…: the market opening the list is every item's, not the first's
    items = split_items(rest if place and rest else clean_metric(zone, tokenize), tokenize, count)
    return [Picked(item, place if rest else None) for item in items] if len(items) == count else []


_LOOK_BACK = 200  # characters read back for a figure's earlier clauses: bounded work per figure


def _clauses_before(sentence: str, clause_start: int) -> list[str]:
    """The clauses before a figure's clause, read back at most ``_LOOK_BACK`` characters."""
    return rx(r"[，,；;：:]").split(sentence[max(0, clause_start - _LOOK_BACK) : clause_start])


def _figure_free_clause_before(sentence: str, clause_start: int) -> str:
    """The last clause before a figure's clause when it holds no figure of its own, else ""."""
    previous = next((c for c in reversed(_clauses_before(sentence, clause_start)) if c.strip()), "")
    return "" if rx(r"\d").search(previous) else previous


def _picked_before(sentence: str, clause_start: int, tokenize: Tokenize) -> Picked | None:
    """占比最高的是电子行业，为15%: the one item the clause just before picked out, if it did."""
    previous = _figure_free_clause_before(sentence, clause_start)
    if not previous:
        return None
    picked = cleft_items(previous, tokenize, 1)
    return picked[0] if len(picked) == 1 else None


def _raw_list_clause(sentence: str, clause_start: int, tokenize: Tokenize) -> str:
    """集成电路、光纤光缆、服务器等产品产量均实现两位数增长，其中…: the whole a 其中 breaks down."""
    for clause in reversed(_clauses_before(sentence, clause_start)[-2:]):
        zone, _ = split_zone(clause, tokenize)
        zone = rx(r"[\s“”\"*]").sub("", _strip_periods(zone))
        if _names_indicator(zone):
            return zone
    return ""


def _metric_from_earlier_clause(sentence: str, clause_start: int, tokenize: Tokenize) -> str:
    """工业生产者出厂价格环比与上月持平，比去年同月上涨7.1%: the metric named in a clause with no figure."""
    for clause in reversed(_clauses_before(sentence, clause_start)[-2:]):
        state = next((w for w in words("state_predicates") if clause.rstrip().endswith(w)), "")
        zone, _ = split_zone(clause.rstrip().removesuffix(state), tokenize)
        _, zone = split_subject(_strip_periods(zone).strip("，, "), None)
        metric = clean_metric(zone, tokenize)
        if rx(r"\d").search(metric):
            break  # a clause with figures of its own names them, not ours
        if metric and _names_indicator(metric):
            return metric
    return ""


_DURATION = regex.compile(
    r"(?:连续|近|已)\d+个?(?:月|年|季度|日|周|天)(?:以来|来)?|\d+个?(?:月|年|季度)(?:以来|来)(?!期)"
    r"|(?:连续|連續)第[一二三四五六七八九十两\d]+个?(?:月|年|季度|日|周|天)"  # 连续第29年居首位: how long, not what
    r"|(?:连续|連續)(?:多|数|數|几|幾)个?(?:月|年|季度|日|周|天)"  # 连续多年居首位
    r"|[一二三四五六七八九十两\d]{1,3}个?(?:年|月)前"  # 由十年前的不足百个: when, not what
)
_DISPOSAL = regex.compile(r"^[^，,。；;]{0,12}?把")
_ADJUSTED = regex.compile(
    r"(?:扣除|剔除)[^，,；;。]{1,12}?(?:因素|影响)(?:影响)?(?:后)?(?:的)?|(?:按)?可比(?:口径|价格)?(?:计算)?"
    r"|以(?:新台币|美元|人民币|港元|本币|欧元)计价(?:的)?"
)
_AVERAGE = regex.compile(r"(?P<n>[两二三四五2-5])年(?:平均|年均)|每年平均|年均|年平均")
_CN_N = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}


def _average_base(clause: str, period: str | None, year: int | None) -> str | None:
    """两年平均增长6.3% (2021 data) -> period_avg:2019; 十四五…年均增长 -> the year before the plan."""
    m = _AVERAGE.search(clause)
    if not m:
        return None
    if m.group("n"):
        n = _CN_N.get(m.group("n")) or int(m.group("n"))
        end = int(period[:4]) if period and period[:4].isdigit() else year
        return f"period_avg:{end - n}" if end else None
    if period and rx(r"\d{4}/\d{4}").fullmatch(period):
        return f"period_avg:{int(period[:4]) - 1}"
    return None


def _previous_clause(sentence: str, clause_start: int, prev_end: int) -> str:
    """The clause before ``clause_start`` when it held no number (建立独角兽企业库，企业达57家)."""
    before = sentence[prev_end:clause_start].rstrip("，,；;：: ")
    parts = rx(r"[，,；;：:]").split(before)
    last = parts[-1] if parts else ""
    return last if last and not rx(r"\d").search(last) else ""


_CLAUSE_OPENING = regex.compile(r"^[\s（(、，]*")


def _shifted_period(clause: str, period: str | None) -> str | None:
    """同期为下降9.8% is last year's figure; 前值升1.6% the previous period's.

    None: the figure keeps its period; "": it is another period, but not one the text lets us name.
    """
    if not period:
        return None
    head = _CLAUSE_OPENING.sub("", clause)
    if _says(head, "same_period_last_year"):
        return periods.shift_period(period, "yoy")
    if _says(head, "previous_value"):
        if _last_month().search(head) and not rx(r"\d{4}-\d{2}").fullmatch(period):
            return ""  # 从上月的0.5% while only the year is known: last month, but which is unknown
        week = rx(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})").fullmatch(period)
        if week:
            a, b = (_dt.date.fromisoformat(x) - _dt.timedelta(days=7) for x in week.groups())
            return f"{a.isoformat()}/{b.isoformat()}"
        return periods.shift_period(period, "prev")
    return None


@cache
def _opening_and_closing(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    listed = words(name)
    return tuple(listed), tuple(w for w in listed if w[0] in "由从")


def _says(head: str, name: str) -> bool:
    """同期为… opens the clause; 由上月的5.3% ends it, right before the number."""
    opening, closing = _opening_and_closing(name)
    return head.startswith(opening) or head.endswith(closing)


def _restates(sentence: str, mention: Mention) -> bool:
    """同期为3.2%, 前值3.1%: the clause gives the same figure for another period."""
    clause = rx(r"[，,；;（(]").split(sentence[: mention.start])[-1]
    head = _CLAUSE_OPENING.sub("", clause)
    if _versus_period_figure().search(head):
        return True  # 按年上升2.2%，较8月的2.5%为低: the same rate, another month's
    return head.startswith(_restating_words())


@cache
def _restating_words() -> tuple[str, ...]:
    """同期/前值/预期: the openings of a clause that gives the same measure for another period or view."""
    return (*_opening_and_closing("same_period_last_year")[0], *_opening_and_closing("previous_value")[0], *_EXPECTED)


_EXPECTED = ("预期", "市场预期", "此前预期", "预估", "预测", "预期值", "市场预估")


_versus_period_figure = WordPattern(r"^(?:\L<w>)[^，,；;]{1,12}?的$", w="versus_period_words")


def _scope_end(sentence: str, start: int) -> int:
    """A period stated inside brackets (同期为下降9.8%、一季度为增长3.5%) holds only there."""
    depth = sentence.count("（", 0, start) + sentence.count("(", 0, start)
    depth -= sentence.count("）", 0, start) + sentence.count(")", 0, start)
    if depth <= 0:
        return len(sentence)
    opened = max(sentence.rfind("（", 0, start), sentence.rfind("(", 0, start))
    if sentence.endswith(words("relative_periods"), 0, max(0, opened)):
        return len(sentence)  # 上周（8月30日至9月5日）: the brackets spell out the sentence's own period
    close = regex.compile(r"[）)]").search(sentence, start)
    heading = close and sentence.startswith(("：", ":"), close.end())
    if heading and close and not _CLAUSE_MARK.search(sentence, opened, close.start()):
        return len(sentence)  # 新发基金（2020/08/29-09/04）：…: a run-in heading dated in brackets dates what follows
    if close and _only_a_period(sentence[opened + 1 : close.start()], None):
        after = _DATED_CLAUSE_END.search(sentence, close.end())
        return after.start() if after else len(sentence)  # 新发基金（5月4日至10日）共5只: it dates its clause
    return close.start() if close else len(sentence)


_CLAUSE_MARK = regex.compile(r"[，,；;。]")
_DATED_CLAUSE_END = regex.compile(r"[，,；;。（()）\s]|——")  # a caption's date (…（截止7月17日）) stops at a space


def _counted_group(sentence: str, clause_start: int, end: int, metric: str, bound: bool = False) -> list[Picked]:
    """汽车、石油加工、建材3个行业 before the figure's own words: one metric for each named member.

    Only when the count equals the members named, so the group is the list restated; after 等 the
    named ones lead a larger group, and only a bound (跌幅超过10%) is also each one's (else the
    figure is the group's total).
    """
    m = _listed_group().search(sentence, clause_start, end) if "、" in sentence[clause_start:end] else None
    if not m:
        return []
    members = [x for x in m.group("items").split("、") if x]
    members[0] = _clause_opener().sub("", members[0]) or members[0]  # 而国防军工、…: the item, not the turn
    if m.group("items") in metric:
        metric = metric.replace(m.group(), "").replace(m.group("items"), "")  # the list is no part of its indicator
    size = parse_number(m.group("n"))
    if m.group("g") in word_set("place_groups"):
        return []  # 北京、上海等14个城市的成交面积: places are subjects, read as such elsewhere
    led = bool(m.group("etc")) and bound and not any(h in sentence[m.end() : end] for h in _SHARE_HEADS)
    if len(members) < 2 or size < len(members) or (size > len(members) and not led):
        return []  # the count restates the list (or, after 等, the group the named ones lead)
    if m.group("g") in word_set("entity_groups"):
        # 甲、乙等5只个股涨幅超2倍: each share is the subject of its own figure
        return entity_members(members, m.group("g"), metric.removeprefix(m.group("g")))
    if metric.startswith(members[0]):
        return [Picked(x) for x in split_items(metric)]  # 国防、金融三个行业 -> 国防行业, 金融行业
    rest = metric if metric.startswith(m.group("g")) else m.group("g") + metric
    return [Picked(x + rest) for x in members]


_clause_opener = WordPattern(r"^(?:\L<w>)", w="clause_openers")


def entity_members(names: list[str], group: str, indicator: str) -> list[Picked]:
    """Members of a group of entities (个股, 公司, 基金): each the subject, the metric the indicator
    (or what such a member moves: a share's price)."""
    measures: dict[str, str] = grammar()["group_measures"]  # type: ignore[assignment]
    measure = measures.get(group, "")
    if indicator and indicator != measure:
        return [Picked(indicator, name) for name in names]
    # 甲股份股价, as a share's own move is named (the share, then its price)
    return [Picked(name + measure, name) for name in names] if measure else []


_SECTOR_GROUPS = ("产业", "领域", "税种", "门类", "大类")


def _named_items(members: str) -> list[str]:
    """甲股份、乙集团和丙 -> the names, split where the list joins them."""
    return [n for n in _item_joiner().split(members) if n]


def _member_place(name: str, indicator: str) -> str:
    """江苏省份增速 (member + indicator) -> 江苏 when the member is a place, else ""."""
    place = _place_of_group(name.removesuffix(indicator) if indicator else name)  # 江苏省份 is 江苏
    return place if place in subjects() else ""


def _place_of_group(name: str) -> str:
    """江苏省份 -> 江苏: a place named with the group noun of its kind."""
    for noun in words("group_nouns"):
        if name.endswith(noun) and name[: -len(noun)] in subjects():
            return name[: -len(noun)]
    return name


@cache
def _listed_group() -> regex.Pattern[str]:
    """A、B、C(等)N个行业: members named, then the group they make up with its size."""
    return rx(
        r"(?P<items>\p{Han}{1,10}(?:、\p{Han}{1,10}?)+)(?P<etc>等)?(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})"
        r"(?:" + "|".join(words("list_count_words")) + r")"
        r"(?P<g>" + "|".join(sorted({*words("group_nouns"), *_SECTOR_GROUPS}, key=len, reverse=True)) + ")"
    )


def _moved_since(carry: Carry, mention: Mention) -> str | None:
    """The period of a starting figure (从…的X) written before this rate in its sentence."""
    return next((period for end, period in reversed(carry.moved_from) if end <= mention.start), None)


_FROM_BEFORE = regex.compile(r"(?:由|从|從)$")


def _period_for(
    mention: Mention, stated: list[tuple[int, int, str]], governing: str | None, ctx: DocContext
) -> str | None:
    before = [p for s, e, p in stated if s < mention.start < e]
    if before:
        return before[-1]
    return governing or ctx.default_period


@cache
def _quoted_before() -> regex.Pattern[str]:
    """道指…报40563.06点, 收于8.06元: what a quoted level follows (grammar quote_words).

    Matched backwards (``match`` with ``endpos`` at the figure): a forward search anchored at
    the end tried every position of the sentence before each figure, quadratic in a long sentence.
    """
    return rx("(?r)(?:" + "|".join(words("quote_words")) + ")")


# The clause marks a figure's clause opens after; searched backwards, so the search stops at the
# nearest one instead of scanning the sentence before the figure once for each mark.
_LAST_CLAUSE_MARK = regex.compile(r"(?r)[，,；;]")


def _stripped_end(text: str, end: int) -> int:
    """``len(text[:end].rstrip())`` without copying the text before ``end``."""
    while end and text[end - 1].isspace():  # the whitespace str.rstrip() strips
        end -= 1
    return end


@cache
def _qualifier_tail() -> regex.Pattern[str]:
    """Qualifiers before a number that contain a direction or gap word (高达, 跌破, 不低于)."""
    comp = comparison_words()
    moves = [*comp["direction"]["up"], *comp["direction"]["down"], *comp["gap"]["surfaces"]]  # type: ignore[index]
    qualifiers = comp["qualifier"]
    listed = [w for key in ("approx_before", "over_before", "under_before") for w in qualifiers[key]]  # type: ignore[index]
    tails = sorted({w for w in listed if any(m in w for m in moves)}, key=len, reverse=True)
    return regex.compile(r"(?:\L<w>)$", w=tails) if tails else regex.compile(r"(?!)")


_RANK_PATTERN = next(p for p in PATTERNS if p.kind is Kind.RANK)


_respective_flow = WordPattern(r"(?:分别|分別)(?P<m>\p{Han}{1,8}?)(?:\L<w>)?", w="respective_verbs")


_partners_after = WordPattern(r"(?:\L<w>)$", w="partner_prepositions")


# 达到总销量的44.8%; 大约是本地生产总值34% (a whole that is an aggregate needs no 的)
_approx_verb = WordPattern(r"(?:\L<w>)$", w="approx_verbs")


@cache
def _part_of_whole() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:\L<v>)(?P<x>\p{Han}[\p{Han}A-Za-z]{1,15}?)(?:的|(?<=\L<w>))$",
        v=words("part_verbs"),
        w=words("aggregate_wholes"),
    )


_rate_named = WordPattern(r"\L<w>", w="named_rates")


@dataclass(frozen=True, slots=True)
class _Reading:
    """The sentence being read and what every figure in it shares: where it is, its document, the tokenizer."""

    sentence: str
    offset: int
    ctx: DocContext
    tokenize: Tokenize

    def parse_period(self, phrase: str) -> str | None:
        return _period_or_none(phrase, self.ctx.year)


@dataclass(slots=True)
class _Making:
    """A draft being decided: the figure, the words around it, and its kind, value and base so far."""

    mention: Mention
    metric: str
    predicate: str
    reading: _Reading
    carry: Carry
    period: str | None
    new_clause: bool
    kind: Kind
    pattern_id: str
    value: Decimal
    value_max: Decimal | None
    quote: regex.Match[str] | None  # a quote word just before the figure (报40563.06点, 收于8.06元)
    rate_clause: bool | regex.Match[str] | None  # the clause names a rate of growth
    base: str | None = None
    reached: regex.Match[str] | None = None
    rate_reached: bool = False
    market_move: bool = False
    own_subject: str | None = None

    @property
    def sentence(self) -> str:
        return self.reading.sentence

    @property
    def unit(self) -> str:
        return self.mention.unit


def _make(
    mention: Mention,
    metric: str,
    predicate: str,
    reading: _Reading,
    carry: Carry,
    period: str | None,
    new_clause: bool = True,
) -> Draft:
    """A figure's draft: its kind from the predicate and the words around, then its sign, base and metric."""
    m = _start_making(mention, metric, predicate, reading, carry, period, new_clause)
    _kind_from_words(m)
    _kind_of_shares(m)
    _kind_of_moves(m)
    _kind_of_amount_moves(m)
    _sign_the_value(m)
    _kind_of_pp_gaps(m)
    _compared_level(m)
    _decide_base(m)
    _kind_against_another(m)
    _metric_for_kind(m)
    _brief_period(m)
    return _carry_and_draft(m)


def _start_making(
    mention: Mention,
    metric: str,
    predicate: str,
    reading: _Reading,
    carry: Carry,
    period: str | None,
    new_clause: bool,
) -> _Making:
    """The kind the predicate's pattern gives, before the words around the figure correct it."""
    sentence = reading.sentence
    unit = mention.unit
    # 换手率高达98%, 跌破3000点: a qualifier that holds a direction's word says how much, not which way
    moving = _qualifier_tail().sub("", predicate)
    pattern: Pattern | None = classify(moving, unit) if unit != "rank" else _RANK_PATTERN
    kind = pattern.kind if pattern else Kind.LEVEL
    pattern_id = pattern.id if pattern else "level"
    value, value_max = mention.value, mention.value_max
    quote = _quoted_before().match(sentence, 0, _stripped_end(sentence, mention.start))
    # CPI涨幅从上月的0.5%升至0.6%: the clause names a rate of growth, so what it reaches is one too
    mark = _LAST_CLAUSE_MARK.search(sentence, 0, mention.start)
    clause_open = mark.end() if mark else 0
    rate_clause = unit == "%" and _rate_named().search(sentence, clause_open, mention.start)
    return _Making(
        mention=mention, metric=metric, predicate=predicate, reading=reading, carry=carry, period=period,
        new_clause=new_clause, kind=kind, pattern_id=pattern_id, value=value, value_max=value_max, quote=quote,
        rate_clause=rate_clause,
    )


def _kind_from_words(m: _Making) -> None:
    """A level reached, a doubling, a rate of growth named: what the words say beyond the pattern's verb."""
    sentence, unit, carry, mention, metric = m.sentence, m.unit, m.carry, m.mention, m.metric
    if m.quote and carry.kind in (Kind.GROWTH_RATE, Kind.CHANGE) and unit not in ("pp",) and not m.rate_clause:
        m.kind, m.pattern_id = Kind.LEVEL, "level.after_change"
    reached = _reached().search(m.predicate) or _reached_period().search(
        sentence, max(0, mention.start - 24), mention.start
    )
    m.reached = reached
    m.rate_reached = bool(m.rate_clause) and bool(m.quote or reached)  # 增速回落至3%: the rate is 3%, not -3%
    if m.kind in (Kind.GROWTH_RATE, Kind.CHANGE) and reached and unit != "pp" and not m.rate_clause:
        m.kind, m.pattern_id = Kind.LEVEL, "level.reached"  # 回落至49.7%: the level reached, not the fall
    if m.kind is Kind.LEVEL and unit == "倍" and sentence.startswith("翻", mention.start):
        m.kind, m.pattern_id = Kind.GROWTH_RATE, "growth.doubling"  # 比2010年翻一番
    if m.kind is Kind.LEVEL and unit == "%" and metric.endswith(_GROWTH_HEADS):
        m.kind, m.pattern_id = Kind.GROWTH_RATE, "growth.rate.named"  # 经济成长率为4.17%: a rate of growth
    if m.kind is Kind.LEVEL and unit == "%" and metric.endswith(_SHARE_HEADS):
        m.kind, m.pattern_id = Kind.SHARE, "share.metric"
    if m.kind is Kind.LEVEL and unit == "%" and _RATIO_TO_WHOLE.search(metric):
        m.kind, m.pattern_id = Kind.SHARE, "share.ratio_to_whole"  # 政府债务与本地生产总值的比率: debt to GDP


def _kind_of_shares(m: _Making) -> None:
    """A per cent of a whole is a share; a bare per cent after a growth restates it or is the rate named."""
    sentence, unit, carry, mention, predicate = m.sentence, m.unit, m.carry, m.mention, m.predicate
    in_li = sentence.startswith("厘", mention.end - 1)  # 四厘利息: an interest rate, never a part of a whole
    whole = _part_of_whole().search(predicate) if m.kind is Kind.LEVEL and unit == "%" and not in_li else None
    if whole and m.metric:
        # 新能源汽车新车销量达到汽车新车总销量的44.8%: a part of a whole, a share
        m.kind, m.pattern_id = Kind.SHARE, "share.of_whole"
        m.metric = f"{m.metric}占{whole.group('x')}比重"
        if mention.qualifier is None and _approx_verb().search(predicate, 0, max(0, whole.start())):
            m.mention = replace(mention, qualifier="approx")  # 大约是本地生产总值34%: about 34%
    if m.kind is Kind.LEVEL and unit == "%" and carry.kind is Kind.GROWTH_RATE and _restates(sentence, m.mention):
        m.kind, m.pattern_id = Kind.GROWTH_RATE, "growth.restated"  # 增长2%（同期为3.2%）: last year's rate
    if m.kind is Kind.LEVEL and unit == "%" and carry.rate_word:
        m.kind, m.pattern_id = Kind.GROWTH_RATE, "growth.rate.word"
        m.predicate = carry.rate_word + predicate  # 降幅为1.47% is a fall of 1.47%
        carry.rate_word = ""


def _kind_of_moves(m: _Making) -> None:
    """A level that is a move: a market's, an index's points, revenue of those that grew, a holding that grew."""
    unit, predicate = m.unit, m.predicate
    m.market_move = _is_market_move(m.sentence, m.mention, predicate)  # asked four times below, answered once
    if m.kind is Kind.LEVEL and unit in _MONEY_UNITS and m.market_move:
        m.kind, m.pattern_id = Kind.CHANGE, "change.market"  # 收于8.06元，下跌0.12元
    if m.kind is Kind.LEVEL and unit in ("点", "基点") and _point_move().search(predicate):
        m.kind, m.pattern_id = Kind.CHANGE, "change.points"  # 跌307点, 升121点子: a move in index points
    if _proportion_moved(m):
        # 平均仓位上升0.3%, 占比下降1%: a proportion moves in points, its % written for 个百分点
        m.kind, m.pattern_id = Kind.CHANGE, "change.proportion_points"
        m.mention = replace(m.mention, unit="pp")
    revenue = _revenue_move().search(predicate) if unit in _MONEY_UNITS else None
    if revenue:
        # 6个税种实现增长，合计增收2.5亿元: the revenue of those that grew rose by that much
        m.kind, m.pattern_id = Kind.CHANGE, "change.revenue"
        if m.metric.endswith("数"):
            m.metric = m.metric.removesuffix("数") + "收入"
    if (
        m.kind is Kind.LEVEL
        and unit in _MONEY_UNITS
        and _names_any("holding_words", m.metric)
        and _rise_amount().search(predicate)
    ):
        m.kind, m.pattern_id = Kind.CHANGE, "change.holding"  # 所持美债增加119亿美元: a stock that grew


def _proportion_moved(m: _Making) -> bool:
    """A proportion (仓位, 占比, 比重) written in its own clause with a move of N% (not one to N%)."""
    if m.unit != "%" or m.rate_clause or m.reached:
        return False
    if m.kind is Kind.SHARE:
        moved = _qualifier_tail().sub("", m.predicate)
        return _ends_moving().search(moved) is not None  # 占比同比下降1.5%, not 比重超过25%
    mark = _LAST_CLAUSE_MARK.search(m.sentence, 0, m.mention.start)
    clause = m.sentence[mark.end() if mark else 0 : m.mention.start]
    heads = words("points_moving_heads")
    return m.kind is Kind.GROWTH_RATE and m.metric.endswith(heads) and any(w in clause for w in heads)


def _kind_of_amount_moves(m: _Making) -> None:
    """An amount that moved (减少106亿美元, 增加0.34千公顷, 票价下调2元) is a change, not a level."""
    sentence, unit, carry, mention, metric, predicate = m.sentence, m.unit, m.carry, m.mention, m.metric, m.predicate
    if m.kind is Kind.LEVEL and unit not in ("%", "", "rank") and _fall_amount().search(predicate):
        m.kind, m.pattern_id = Kind.CHANGE, "change.fall"  # 减少106亿美元 / 减收5.5亿元: a fall is a difference
    stock = _names_any("stock_heads", metric) or _names_any("balance_heads", metric)
    if m.kind is Kind.LEVEL and unit not in ("%", "", "rank") and stock and _rise_amount().search(predicate):
        m.kind, m.pattern_id = Kind.CHANGE, "change.stock_rise"  # 库存增加200万桶: a stock rises by that much
    if _adds_to_the_level(m.kind, unit, metric, predicate, carry, m.new_clause) and not m.reached:
        # 面积220.77千公顷，增加0.34千公顷: by how much; 由760亿元增加至2024年的850亿元 reaches a level
        moved_to = _moved_to_a_level().search(sentence, max(0, mention.start - 24), mention.start)
        m.kind, m.pattern_id = (m.kind, m.pattern_id) if moved_to else (Kind.CHANGE, "change.after_level")
    payroll = _names_any("payroll_words", metric) and is_measure_word(unit)
    moved_by = _rise_amount().search(predicate) or _fall_amount().search(predicate)
    if payroll and m.kind in (Kind.LEVEL, Kind.CHANGE) and moved_by:
        # 8月非农就业岗位增加20.1万个: jobs added in the month, a change from the month before
        m.kind, m.pattern_id, m.base = Kind.CHANGE, "change.payroll", "prev"
    if m.kind in (Kind.LEVEL, Kind.CHANGE) and unit not in ("%", "", "rank") and _setting_moved().search(predicate):
        # 票价下调2元: a setting moved, against the one it replaces
        m.kind, m.pattern_id = Kind.CHANGE, "change.adjusted"
    rate_after = _growth_after().match(sentence, mention.end) if m.kind is Kind.LEVEL and unit == "%" else None
    if rate_after:
        m.kind, m.pattern_id = Kind.GROWTH_RATE, "growth.rate.after"
        if rate_after.group("fall") and m.value > 0:
            m.value = -m.value  # 录得5%的跌幅: a fall of 5%


def _sign_the_value(m: _Making) -> None:
    """A move's sign comes from its direction word (a fall, a gap below, a drag on growth is negative)."""
    sentence, unit, carry, mention = m.sentence, m.unit, m.carry, m.mention
    # …，比去年全年收窄4个百分点 after 降幅比同期收窄2.6个百分点: the same rate moved again
    again = bool(carry.rate_change) and not m.new_clause and m.kind is Kind.CHANGE and unit == "pp"
    if again and not _rate_named().match(m.predicate):
        m.predicate = carry.rate_change + m.predicate
    predicate = m.predicate
    if m.kind in (Kind.GROWTH_RATE, Kind.CHANGE, Kind.CONTRIBUTION, Kind.GAP) and not m.rate_reached:
        sign = comparisons.direction_sign(_qualifier_tail().sub("", predicate), m.metric)
        if m.kind is Kind.GAP:
            sign = -1 if rx(r"低于|慢于|低出|落后|低於|慢於").search(predicate) else 1
        if m.kind is Kind.CONTRIBUTION and (
            _PULLED_DOWN.search(sentence, max(0, mention.start - 30), mention.start)
            or any(w in predicate for w in _contribution_down())
        ):
            sign = -1  # 负向拉动全市投资8.7个百分点, 拖累/拉低GDP增长0.5个百分点
        if sign < 0:
            m.value = -m.value
            if m.value_max is not None:
                m.value, m.value_max = -m.value_max, -mention.value
    if _fall_reached().search(predicate) and unit in ("%", "点"):
        # 降幅收窄至1.2%, 跌幅一度收窄至不足30点: the size of the fall now, not a rise
        m.kind = Kind.GROWTH_RATE if unit == "%" else Kind.CHANGE
        m.value = -abs(m.value)


def _kind_of_pp_gaps(m: _Making) -> None:
    """Points above another indicator or place are a gap, not a change; above expectation, a level or rate."""
    predicate, carry = m.predicate, m.carry
    if m.kind is Kind.CHANGE and m.unit == "pp":
        other = _versus_metric().search(predicate)
        named = _strip_periods(other.group("x")) if other else ""
        rate = named.endswith(("增速", "增幅", "增长率", "涨幅"))
        if rate and not subject_at(named) and not named.startswith(("全市", "全省", "全国")):
            # 比上半年名义GDP增速高约4个百分点: a gap against another indicator, not a change
            m.kind, m.pattern_id, m.base = Kind.GAP, "gap.metric", f"metric:{named}"
            if other and rx(r"低|慢").search(other.group("d")) and m.value > 0:
                m.value = -m.value
    if m.kind is Kind.CHANGE and m.unit == "pp":
        versus = _versus_entity().search(predicate)
        if versus and (versus.group("x") in subjects() or versus.group("x") in ("全国", "全省", "全市")):
            m.kind, m.pattern_id = Kind.GAP, "gap.versus"  # 比全国平均水平高1.2个百分点
            m.base = f"entity:{versus.group('x')}"
            if rx(r"低|慢").search(versus.group("d")) and m.value > 0:
                m.value = -m.value
    if m.kind is Kind.GAP and _beats_expectation().search(predicate):
        # 核心CPI环比上涨0.3%，高于预期的0.2%: the expected value of the same figure
        m.kind = carry.kind if carry.kind in (Kind.GROWTH_RATE, Kind.LEVEL) else Kind.LEVEL
        m.pattern_id = "expectation.versus"


def _compared_level(m: _Making) -> None:
    """A gap that gives the other party's own figure (高于全省同期的2%) is that figure; a premium is over a price."""
    predicate, carry, mention, ctx = m.predicate, m.carry, m.mention, m.reading.ctx
    comparator = _comparator_level().search(predicate) if m.kind is Kind.GAP and m.unit not in ("pp", "基点") else None
    if comparator and carry.kind in (Kind.GROWTH_RATE, Kind.LEVEL, Kind.SHARE):
        # 增长5%，高于全省同期的2%; 收益率报2.941%，高于周四的2.877%: the other's own figure, no gap
        m.kind, m.pattern_id = carry.kind, "level.comparator"
        m.base = carry.base if m.kind is Kind.GROWTH_RATE else None
        m.value, m.value_max = mention.value, mention.value_max  # as written: the other's figure, no direction
        compared_with = _strip_periods(comparator.group("x"))
        place = subject_at(compared_with)
        m.own_subject = _scope_subject(place, ctx.subject) or proper_name(place) if place else None
        then = m.reading.parse_period(comparator.group("x"))
        m.period = then or m.period
    premium = _premium().search(predicate) if m.kind is Kind.GAP else None
    if premium:
        # A股发行价较上星期五收市溢价约9%: the price's premium over the price it is set against
        m.metric = m.metric if m.metric.endswith(premium.group("w")) else m.metric + premium.group("w")
        against = premium.group("x")
        m.base = f"metric:{against}价" if against.endswith(("收市", "收盘")) else f"metric:{against}"


def _decide_base(m: _Making) -> None:
    """What the figure is measured against: a gap's other party, a rank's group, a move's earlier period."""
    if m.kind is Kind.GAP and m.base is None:
        then = _gap_against_period(m.predicate, m.reading.ctx.year)
        if then:
            # 较去年高出15%, 較2012-13年度的修訂預算高出15.5%: a move from that period, not a gap
            m.kind = Kind.GROWTH_RATE if m.unit == "%" else Kind.CHANGE
            m.base, m.pattern_id = f"period:{then}", "growth.against_period"
            return
        m.base = _gap_base(m.predicate, m.metric, m.reading.tokenize)
    elif m.kind is Kind.RANK:
        group = (m.mention.rank_group or "").strip()
        m.base = f"entity:{group}" if group else None
    elif m.kind in (Kind.GROWTH_RATE, Kind.CHANGE, Kind.CONTRIBUTION):
        _base_of_move(m)


def _gap_against_period(predicate: str, year: int | None) -> str | None:
    """较去年高出…, 比2019年的水平低出…: the period a gap verb compares with, when the comparator is one
    (its own estimate or level after 的 allowed: 2012-13年度的修订预算)."""
    m = _versus_then().search(predicate)
    if not m:
        return None
    what = m.group("x")
    found = periods.find_periods(what, year)
    if not found or found[0].start != 0 or not found[0].period or len(what) - found[0].end > _VERSUS_TAIL:
        return None
    tail = what[found[0].end :]
    own_figure = tail.startswith("的") and subject_at(tail, 1) is None  # 的修订预算, not 的全省水平
    return found[0].period if not tail or own_figure else None


_VERSUS_TAIL = 7  # 的修订预算, 的实际水平: what a period's own figure is called after it


@cache
def _versus_then() -> regex.Pattern[str]:
    gap = comparison_words()["gap"]
    assert isinstance(gap, dict)
    return regex.compile(
        r"(?:\L<v>)(?P<x>[^，,。；;]{1,24}?)(?:\L<g>)",
        v=words("versus_markers"),
        g=sorted(gap["surfaces"], key=len, reverse=True),
    )


def _base_of_move(m: _Making) -> None:
    """A move's base: the one it states, else one the sentence, the paragraph or the clause before implies."""
    sentence, ctx, carry, mention, kind = m.sentence, m.reading.ctx, m.carry, m.mention, m.kind
    base = _same_period_of_year(m.predicate, m.period) or comparisons.find_base(
        m.predicate, m.reading.parse_period, ctx.year
    )
    stated_base = base is not None
    if base is None and carry.last_month and kind in (Kind.GROWTH_RATE, Kind.CHANGE):
        base = "prev"  # 上月存款总额上升1.3%: a move during last month, against the month before
    if base is None:
        view = _VIEW_BASE.search(sentence[: mention.start])  # 从环比看，8月份…下降0.18%
        if view:
            base = "prev" if view.group("b") == "环比" else "yoy"
        elif _AGAINST_LAST.search(sentence, 0, mention.start):
            base = "prev"  # 经季节性调整后与对上一季比较，本地生产总值实质下跌1.1%
        else:
            base = _leading_base(sentence, mention.start, m.reading.parse_period, m.period)
    if base is None and kind is Kind.CONTRIBUTION:
        base = carry.growth_base or "yoy"
    if base is None and kind is Kind.CHANGE and carry.change_base:
        base = carry.change_base  # 降幅比1-6月份收窄0.4个百分点；…降幅收窄0.7个百分点: the same comparison
    if base is None and ctx.paragraph_base and kind in (Kind.GROWTH_RATE, Kind.CHANGE):
        base = ctx.paragraph_base  # 比前一周（下同）下降0.7%, …上涨0.9%: the noted comparison holds
    if base is None:
        base = _implied_base(m)
    if kind is Kind.GROWTH_RATE:
        carry.growth_base = base
    elif kind is Kind.CHANGE and base and stated_base:
        carry.change_base = base
    m.base = base


def _leading_base(
    sentence: str, end: int, parse_period: Callable[[str], str | None], period: str | None
) -> str | None:
    """与2019年相比，全市工业增加值增长12%: a period a leading clause compares with is the base of the
    moves after it in the sentence; 与2019年同期相比 is that year's same stretch as the figure's
    (与全国相比 compares places: no period, no base here).

    >>> _leading_base("与2019年相比，工业增长12%", 12, lambda p: "2019" if p == "2019年" else None, "2021")
    'period:2019'
    """
    found = _LEADING_COMPARISON.search(sentence, 0, end)
    if not found:
        return None
    same = _same_period_of_year("较" + found.group("p"), period)
    compared = parse_period(found.group("p"))
    return same or (f"period:{compared}" if compared else None)


# 与2019年相比，, 和上年同期比较，: a clause that only says what the figures after it are compared with
_LEADING_COMPARISON = regex.compile(
    r"(?:^|[，,；;：:])\s*(?:与|和|同|與|跟)(?P<p>[^，,。；;：:与和與]{2,12}?)(?:相比|相较|相較|比较|比較)(?:而言)?[，,]"
)


def _implied_base(m: _Making) -> str | None:
    """A move that states no base: the same comparison goes on, a quote moves against its last, else yoy."""
    sentence, carry, mention, kind, metric, period = m.sentence, m.carry, m.mention, m.kind, m.metric, m.period
    if m.pattern_id in ("change.adjusted", "change.payroll"):
        base = "prev"  # 上调0.25个百分点, 非农就业增加20万: against the setting or month before
    elif carry.base and not m.new_clause and not carry.base.startswith(("entity:", "metric:")):
        # 同比升1.6%，预期升1.5%: the same comparison goes on; a rank's or gap's other party does not
        base = carry.base
    elif carry.parts and carry.growth_base and kind is Kind.GROWTH_RATE:
        base = carry.growth_base  # 环比上涨0.4%，其中城市上涨0.4%: a part moves as its whole did
    elif kind is Kind.GROWTH_RATE and _moved_since(carry, mention):
        # 从2010年3月的16.45美元下降到今年4月的14.74美元，降幅为10.4%: against the starting figure
        base = f"period:{_moved_since(carry, mention)}"
    elif (m.market_move and not _company_figure(metric)) or rx(r"收于|收报|报收|收盘价").search(sentence):
        base = "prev"
    elif (kind in (Kind.GROWTH_RATE, Kind.CHANGE) and _quoted_price(metric)) or (
        kind is Kind.CHANGE and m.unit == "点"
    ):
        base = "prev"  # 老凤祥上涨2.63%, 道指下跌79点: a quote moves against its last one
    elif kind is Kind.GROWTH_RATE and _cut_before(sentence, mention.start):
        base = None  # 削减1%经常开支: against the budget as it stands, no earlier period
    else:
        base = (
            _year_end_base(period, metric)
            or _step_base(kind, m.unit, period, metric)
            or _span_base(period, sentence[: mention.start])
            or "yoy"
        )
    return base


def _kind_against_another(m: _Making) -> None:
    """Figures set against another one: a multiple of a period, a gap to the expected, a move restated, a policy."""
    sentence, unit, carry, mention = m.sentence, m.unit, m.carry, m.mention
    times_of = _TIMES_OF_PERIOD.search(sentence[max(0, mention.start - 16) : mention.start]) if unit == "倍" else None
    if times_of and m.kind is Kind.LEVEL:
        then = m.reading.parse_period(times_of.group("p"))
        if then:
            # 相当于2012年的1.8倍: a multiple of the level then, a growth against that period (as 增长N倍 is)
            m.kind, m.pattern_id, m.base = Kind.GROWTH_RATE, "growth.times_of_period", f"period:{then}"
    expected = _against_expected().search(m.predicate)
    if expected and m.kind in (Kind.CHANGE, Kind.GROWTH_RATE, Kind.LEVEL) and unit not in ("rank",):
        # 比预期高出248亿元, 较原来预算低3%: against another figure of the same thing, a gap
        m.kind, m.pattern_id, m.base = Kind.GAP, "gap.expected", f"metric:{expected.group('x')}"
    restated = _restated_as().search(sentence[: mention.start])
    if unit == "%" and m.kind is Kind.LEVEL and carry.kind is Kind.CHANGE and restated:
        # 道指下跌79.33点，或0.31%: the same move again, as a rate against the last close
        m.kind, m.pattern_id, m.base = Kind.GROWTH_RATE, "growth.restated_move", carry.change_base or "prev"
        m.value = abs(m.value) * comparisons.direction_sign(sentence[max(0, mention.start - 24) : mention.start])
    policy = _policy_move().search(sentence, 0, mention.start)
    if policy and unit in ("基点", "pp") and m.metric == _policy_metric(policy):
        m.kind, m.pattern_id, m.base = Kind.CHANGE, "change.policy_rate", "prev"  # against the rate it replaces
        m.value = -abs(m.value) if policy.group("v") in ("降息", "减息", "降准") else abs(m.value)


def _metric_for_kind(m: _Making) -> None:
    """The metric named for the kind decided: a price factor, a contribution, a futures price, a share, a rate."""
    sentence, unit, carry, mention, predicate, ctx = m.sentence, m.unit, m.carry, m.mention, m.predicate, m.reading.ctx
    component = _price_component(m.metric) if unit == "pp" else ""
    if component:
        # 前5个月的翘尾分别为3.7…个百分点: a part of the price index's yoy change
        m.metric = _price_index_named(sentence[: mention.start]) + component + "因素"
        if m.kind is Kind.LEVEL:
            m.kind, m.base = Kind.CONTRIBUTION, "yoy"
    elif m.kind is Kind.CONTRIBUTION:
        m.metric = _contribution_metric(_SHARE_OF_GROWTH.sub(r"\g<x>", m.metric), predicate)
    if m.metric.endswith(words("contract_commodities")) and (unit == "%" or unit in _MONEY_UNITS or "/" in unit):
        m.metric += "价格"  # 期金收跌0.3%，报每盎司1,200美元: the contract's price moved and stands there
    if m.market_move and len(m.metric) <= 3 and ctx.paragraph_futures:
        if not rx(r"指|期货|价|股|债|汇率|收益率").search(m.metric):
            m.metric += "期货价格"  # 商品期货…纯碱涨2.85%: the move of a futures price
    if m.kind is Kind.GAP:
        verb = rx(r"高于|低于|快于|慢于|高出|低出|高於|低於|快於|慢於").search(predicate)
        carry.gap_verb = verb.group() if verb else ""
    if m.kind is Kind.SHARE:
        share = _share_of().search(predicate)
        if predicate.startswith("占比") and "占" not in m.metric:
            m.metric += "占比"  # 民营经济纳税占比升至46.54%: 占比 is the noun, 升至 the verb
        elif share and "占" not in m.metric:
            m.metric = f"{m.metric}占{share.group('x')}{share.group('h') or '比重'}"
            ctx.paragraph_whole = share.group("x")
        elif _BARE_SHARE.search(predicate) and ctx.paragraph_whole and "占" not in m.metric:
            m.metric = f"{m.metric}占{ctx.paragraph_whole}比重"  # …占外贸总值的65.5%。…，占18.2%: the same whole
    if (
        m.kind is Kind.CHANGE
        and unit in ("pp",)
        and m.metric
        and not m.metric.endswith(words("rate_heads"))
    ):
        rate_named = _rate_named().match(predicate)  # 投资增速比上年同期提高2.1个百分点
        if (carry.kind in (Kind.GROWTH_RATE,) or rate_named) and "增速" not in m.metric:
            m.metric = _rate_of(m.metric)


def _brief_period(m: _Making) -> None:
    """A morning brief's figures dated only by the document are its last trading day's, or its week's."""
    sentence, mention, ctx = m.sentence, m.mention, m.reading.ctx
    if m.market_move and ctx.morning_brief_day and m.period == ctx.default_period:
        clause = rx(r"[，；;,]").split(sentence[: mention.start])[-1]
        weekly = _WEEKLY.search(clause) or rx(r"\W*(?:本周|当周)").match(sentence)
        m.period = week_of(ctx.morning_brief_day) if weekly else ctx.morning_brief_day
    elif ctx.morning_brief_day and m.period == ctx.default_period:
        before = sentence[: mention.start]
        if rx(r"下周").search(before):
            m.period = week_of(ctx.morning_brief_day, weeks=1)  # 下周共有50家公司…解禁
        elif rx(r"本周|当周").search(_head_or_own_clause(before)):
            m.period = week_of(ctx.morning_brief_day)


def _undoubled(metric: str) -> str:
    """成交额成交额: a name said by the clause and again by its owner is said once."""
    half = len(metric) // 2
    return metric[:half] if half >= 2 and len(metric) % 2 == 0 and metric[:half] == metric[half:] else metric


def _carry_and_draft(m: _Making) -> Draft:
    """What the next figures carry from this one, and the draft itself (a brief's quote is the last day's)."""
    sentence, carry, mention, ctx, kind, unit = m.sentence, m.carry, m.mention, m.reading.ctx, m.kind, m.unit
    carry.kind = kind
    carry.unit = unit
    carry.base = m.base
    moved_rate = _rate_named().match(m.predicate)
    rate_moved = kind is Kind.CHANGE and unit == "pp" and m.metric.endswith("增速")
    carry.rate_change = (moved_rate.group() if moved_rate else "增速") if rate_moved else ""
    period = m.period
    if kind is Kind.LEVEL and ctx.morning_brief_day and period == ctx.default_period:
        if m.quote or rx(r"当日|今日|昨日|收盘|尾盘|盘中|报收").search(sentence[: mention.start]):
            period = ctx.morning_brief_day  # a quote in a morning brief is the last trading day's
    moved = kind is not Kind.LEVEL or bool(_rise_amount().search(m.predicate) or _fall_amount().search(m.predicate))
    period = _stock_period(_flow_period(period, m.metric), m.metric, sentence[: mention.start], moved)
    return Draft(
        metric=_undoubled(m.metric),
        value=m.value,
        value_max=m.value_max,
        unit=unit,
        kind=kind,
        period=period,
        base=m.base,
        subject=m.own_subject or _market_or(carry.subject or ctx.subject, m.metric),
        qualifier=mention.qualifier,
        modality=None,
        start=m.reading.offset + mention.start,
        end=m.reading.offset + mention.end,
        pattern=m.pattern_id,
    )


# Cached (pure): each draft asks the same metric about several word lists, and metrics repeat.
@lru_cache(maxsize=4096)
def _names_any(heads: str, metric: str) -> bool:
    """Whether ``metric`` holds a word of the grammar list ``heads`` (flow, stock, balance, holding)."""
    return any(w in metric for w in words(heads))


@cache
def _share_of() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:\L<o>)(?:我国|我國|我(?![市省区縣县區]))?(?P<x>[^，。；占]{1,20}?)(?:的)?(?P<h>\L<h>)?(?:分别|均)?"
        r"(?:\L<v>)?(?:从|由|從)?$",  # 份额从11%上升到15%
        o=words("share_openers"),
        h=words("share_heads"),
        v=words("share_level_verbs"),
    )


# 占18.2%, 占比为13%: a share that names no whole (the one the paragraph last named)
_BARE_SHARE = regex.compile(r"(?:^|[，,])占(?:比)?(?:为|達|达|约|約)?$")
_THRESHOLD_GROUP = regex.compile(
    r"(?P<x>\p{Han}{1,12}?)(?:在|达|达到|超过|超)?(?P<n>\d+(?:\.\d+)?(?:%|个百分点|亿元|万元|元)?)"
    r"(?P<q>及以上|以上|以下|及以下)的(?P<g>\p{Han}{1,6}?)(?:有|共有|达|为|达到)?"
)
# A bound passed (超过万亿元的, 逾百億元的): what it is of, the operator, the amount, then 的.
_BOUND = (
    r"(?P<x>[\p{Han}A-Za-z]{1,12}?)(?P<op>超过|超過|超|逾|突破|跨过|迈过|在)"
    r"(?P<n>[\d.]*[十百千万亿萬億]+(?:元|美元|人|吨|噸)?|\d+(?:\.\d+)?(?:%|亿元|億元|万元|萬元|元|万人|萬人|人))"
    r"(?P<q>及以上|以上)?(?:大关|大關)?的"
)


@cache
def _group_over_bound() -> regex.Pattern[str]:
    """超过万亿元的城市增至, 逾百億元的企業達: a group named by a bound it passed, then its count's verb
    (the plural nouns are the grammar's ``group_nouns``)."""
    return regex.compile(
        _BOUND + r"(?P<g>\L<g>)(?:数量|數量)?(?:增至|增加到|增加至|升至|达到|達到|达|達|有|共有|为|為|已有|已达)$",
        g=list(words("group_nouns")),
    )


# 日均成交额超百亿元的共有24个行业: the bound before the count, the group's noun after it
_bound_before_count = WordPattern(_BOUND + r"(?:\L<w>)$", w="group_count_verbs")
_group_named_after = WordPattern(r"(?P<g>\L<g>)", g="group_nouns")


@cache
def _valuation_of() -> regex.Pattern[str]:
    return regex.compile(
        r"对(?P<x>[\p{Han}A-Za-z0-9]{1,12}?)的(?P<h>\L<h>)(?:\L<v>)?$",
        h=words("valuation_heads"),
        v=words("valuation_verbs"),
    )


_money_noun_after = WordPattern(r"的?(?P<n>\L<w>)(?![\p{Han}])", w="money_nouns")


_money_deed = WordPattern(r"(?:\L<w>)$", w="money_deeds")


@cache
def _jobs_created() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:可|能|将|预计|可以)?(?P<v>\L<v>)(?P<o>\L<o>)(?:近|约|超过|超|逾|达|达到)?$",
        v=words("job_verbs"),
        o=words("job_nouns"),
    )


_MOVED = r"(?:同比|环比)?(?:上涨|下降|上升|下跌|增长|持平|下滑|回升|回落)"
_COUNT_OF_MOVERS = regex.compile(
    r"(?P<m>" + _MOVED + r"\p{Han}{0,6}?(?:数量|个数|数))(?P<v>为|是|有|达|达到)?"
    # 环比上涨的城市有5个: the same count, its noun after 的
    r"|(?P<d>" + _MOVED + r")的(?P<n>\p{Han}{1,6}?)(?P<w>有|共有|为|是|达)"
)


_revenue_move = WordPattern(r"(?:\L<w>)(?:了)?(?:约|近|超过|逾)?$", w="revenue_moves")


@cache
def _frame() -> regex.Pattern[str]:
    return regex.compile(
        r"^(?:全国|全省|全市)?(?:各|各个|主要|\d+个)?(?:\L<p>)?(?:的)?"
        r"(?P<x>[\p{Han}A-Za-z][\p{Han}A-Za-z]{1,16}?)(?:\L<t>)?$",
        p=words("frame_places"),
        t=words("frame_tails"),
    )


def _in_place_ranking(sentence: str, segment: str, mention: Mention) -> bool:
    """北京10.7%、浙江10.6%: places and their figures listed with 、, the figure right after each."""
    if segment.lstrip().startswith("、"):
        return True
    return sentence.startswith("、", mention.end) and subject_at(sentence, mention.end + 1) is not None


def _frame_metric(sentence: str, clause_start: int, tokenize: Tokenize) -> str:
    """各省GDP增速中，北京10.7%、浙江10.6% / 各市人均收入排名：…: the indicator a ranking of places is by."""
    for clause in reversed(_clauses_before(sentence, clause_start)[-2:]):
        frame = _frame().match(_strip_periods(clause).strip(" 　*#"))
        if frame and _names_indicator(frame.group("x")):
            return clean_metric(frame.group("x"), tokenize)
    return ""


_TOPIC = regex.compile(r"^[\s\d、.．)）*#（(]*(?:在|於|于)(?P<t>\p{Han}{2,12}?)(?:方面|上)[，,]")


def _estimated_metric(metric: str, sentence: str, tokenize: Tokenize) -> str:
    """在政府支出方面，修订预算为3806亿元: an estimate (预算, 修订预算) measures the topic the sentence
    opened with; 政府收入的修订预算 is an estimate of 政府收入."""
    estimates = words("estimate_words")
    if metric in estimates or not metric:
        topic = _TOPIC.match(sentence)
        named = clean_metric(topic.group("t"), tokenize) if topic else ""
        return named if named and _names_indicator(named) else metric
    for word in estimates:
        stem = metric.removesuffix(word).removesuffix("的")
        if metric.endswith(word) and stem != metric and _names_indicator(stem):
            return stem
    return metric


# a rate with no metric of its own, stated as a move (增长8%, 回落到4.9%, 预期目标设定为增长8%)
_elided_growth = WordPattern(r"(?:\L<w>)(?:了|为|到|至|為)?(?:约|近|超过)?$", w="elided_moves")


_moved_to_a_level = WordPattern(r"(?:\L<w>)(?:至|到)", w="level_rises")


def _adds_to_the_level(kind: Kind, unit: str, metric: str, predicate: str, carry: Carry, new_clause: bool) -> bool:
    """An amount after 增加 in the clause after a level of the same metric and unit adds to that level."""
    same = carry.kind is Kind.LEVEL and carry.unit == unit and metric == carry.metric and not new_clause
    amount = kind is Kind.LEVEL and unit not in ("%", "pp", "", "rank")
    return same and amount and _rise_amount().search(predicate) is not None


@cache
def _setting_moved() -> regex.Pattern[str]:
    """下调1元, 上調0.5個百分點: a predicate ending in a verb that sets a price or rate anew (grammar
    word class ``adjusting_verbs``); with 至/到 after the verb the figure is the new setting instead."""
    return regex.compile(r"(?:\L<v>)(?:了)?(?:约|近|約)?$", v=list(words("adjusting_verbs")))


_rise_amount = WordPattern(r"(?:\L<w>)(?:了)?(?:约|近|超过)?$", w="rise_amount_verbs")


# 高于全省同期的2%, 低於上月的3.1%: a figure after 的 that is the comparator's own (no points of a gap)
_comparator_level = WordPattern(r"(?:\L<w>)(?P<x>[^，,。；;%]{0,14}?)的$", w="comparator_words")


_SAME_PERIOD_OF = regex.compile(r"(?:比|较|較|与|與)(?P<y>\d{4})年同期")


def _same_period_of_year(predicate: str, period: str | None) -> str | None:
    """上半年…较2009年同期下降54.1% -> period:2009-H1 (a year before the last is no yoy)."""
    m = _SAME_PERIOD_OF.search(predicate)
    if not m or not period or not rx(r"\d{4}").match(period):
        return None
    year, own = int(m.group("y")), int(period[:4])
    if year == own - 1:
        return "yoy"
    if year >= own or str(own + 1) in period:
        return None
    return "period:" + period.replace(str(own), str(year))


def _span_base(period: str | None, before: str) -> str | None:
    """“十四五”前三年…累计降低约7.3%: a change over several years is against the year before them."""
    m = rx(r"(\d{4})/\d{4}").fullmatch(period or "")
    if not m or "累计" not in before[-12:]:
        return None
    return f"period:{int(m.group(1)) - 1}"


def _step_base(kind: Kind, unit: str, period: str | None, metric: str) -> str | None:
    """Changes that are against the step before when no base is said.

    A rate moved in basis points (基准利率提高100个基点) moves from its last setting; a monthly
    diffusion index (PMI, 商务活动指数) moved in points from the month before; a holding
    changed in a month or quarter (日本6月所持美债减少106亿美元) from the end of the one before.
    """
    if kind is not Kind.CHANGE:
        return None
    if unit == "基点":
        return "prev"
    sub_year = bool(period) and not rx(r"\d{4}").fullmatch(period or "")
    if (sub_year or not period) and unit in ("pp", "点") and metric.endswith(words("diffusion_indexes")):
        return "prev"  # 服务业PMI回落1.9个百分点: a monthly diffusion index moves from last month's
    return "prev" if sub_year and _names_any("holding_words", metric) and "/" not in (period or "") else None


def _year_end_base(period: str | None, metric: str) -> str | None:
    """今年首两个月，存款总额上升2.7%: a balance that grew over this year so far grew since last year's end.

    A flow over January..M (收入, 出口) is compared with the same months a year before; a stock has
    no months to add up, so its growth since January is against the balance at the year's end.
    """
    m = rx(r"(\d{4})-01/\1-\d{2}").fullmatch(period or "")
    if not m or not _names_any("balance_heads", metric) or _names_any("flow_heads", metric):
        return None
    return f"period:{int(m.group(1)) - 1}-12-31"


def _head_or_own_clause(before: str) -> str:
    """The sentence's opening clause and the figure's own: where a 本周 dates what follows."""
    clauses = rx(r"[，；;,]").split(before)
    return clauses[0] + "，" + clauses[-1] if len(clauses) > 1 else before


@cache
def _instrument_names() -> tuple[tuple[str, str], ...]:
    table: dict[str, str] = grammar()["instrument_markets"]  # type: ignore[assignment]
    return tuple(sorted(table.items(), key=lambda kv: len(kv[0]), reverse=True))


# Cached (pure): asked once per draft, of metrics that repeat through a report.
@lru_cache(maxsize=4096)
def _instrument_market(metric: str) -> str | None:
    """10年期美债收益率 -> 美国, 上证指数 -> A股: a market instrument says whose figure it is; an index
    named after a country (富时马来西亚综指, 孟买SENSEX指数 is not) is that country's."""
    known = next((market for name, market in _instrument_names() if name in metric), None)
    if known or not metric.endswith(("指数", "综指", "指數", "綜指")):
        return known
    named = (subject_at(metric, k) for k in range(len(metric)))
    return next((n for n in named if n and subjects()[n][1] == "country"), None)


def _market_or(subject: str | None, metric: str) -> str | None:
    """The subject, unless it is none or a world region and the metric names a market's instrument.

    亚太主要股指收盘集体上涨。日经225指数涨0.78%: the Nikkei is Japan's, not Asia-Pacific's. A
    market board with a region of its own (港股, 日股) gives that region.
    """
    entry = subjects().get(subject or "")
    known = _instrument_market(metric)
    regions: dict[str, str] = grammar()["board_regions"]  # type: ignore[assignment]
    if known and entry and metric.endswith(_INDEX_ENDS) and _another_country(entry, known, regions):
        return known  # 欧洲股市…，德国DAX指数: the index's country, not the region or the country before
    if subject and not (entry and entry[1] == "index_region" and not entry[0].endswith(("股", "股市"))):
        return regions.get(entry[0], subject) if entry else subject
    return known or subject


_INDEX_ENDS = ("指数", "综指", "指數", "綜指", "指")  # a share index, not a bond a country holds (日本所持美债)


def _another_country(entry: tuple[str, str], known: str, regions: dict[str, str]) -> bool:
    """Whether an instrument's country differs from a subject that is a country, or a region's market
    with no single country of its own (欧洲股市, 亚太股市)."""
    own = subjects().get(known, ("", ""))
    if own[1] != "country":
        return False
    if entry[1] == "country":
        return own[0] != entry[0]
    return entry[1] == "index_region" and entry[0] not in regions


def _is_index_region(name: str) -> bool:
    """港股, 日股, 亚太: a market or a grouping of places (subjects.toml kind index_region)."""
    return subjects().get(name, ("", ""))[1] == "index_region"


def _is_market_board(subject: str | None) -> bool:
    """日股, 台股, 港股: a stock market named as a region (subjects.toml kind index_region)."""
    entry = subjects().get(subject or "")
    return entry is not None and entry[1] == "index_region" and entry[0].endswith(("股", "股市"))


def _flow_period(period: str | None, metric: str) -> str | None:
    """2014年末，…生猪出栏241.2万头: a flow has no point in time; it covers the year ending there."""
    if (
        period
        and period.endswith("-12-31")
        and _names_any("flow_heads", metric)
        and not _names_any("stock_heads", metric)
    ):
        return period[:4]
    return period


_YEAR_TO_DATE = regex.compile(r"(?P<y>\d{4})-01/(?P=y)-\d{2}")


_as_at = WordPattern(r"\L<w>", w="as_at_words")


def _stock_period(period: str | None, metric: str, before: str, moved: bool = False) -> str | None:
    """截至2020Q3，投资资产1.6万亿元: a stock said as at a period's end stands on its last day; the
    year to date (2020-01/2020-09) is a flow's, and an asset, balance or holding is no flow. A stock
    that ``moved`` (库存增加200万桶) moved over the week, not on its last day."""
    stock = _names_any("stock_heads", metric) or _names_any("balance_heads", metric)
    if period and stock and _YEAR_TO_DATE.fullmatch(period) and _as_at().search(before):
        return periods.period_end(period) or period
    week = DAY_SPAN.fullmatch(period or "")
    if week and stock and not moved and _WEEK_ENDING.search(before):
        # 至9月13日当周石油钻井总数: a count held at the week's end stands on that day, not over the week
        first, last = (_dt.date.fromisoformat(d) for d in week.groups())
        return week.group(2) if (last - first).days == 6 else period
    return period



@cache
def _quoted_instruments() -> tuple[str, ...]:
    return tuple(sorted(cast("dict[str, str]", grammar()["instrument_markets"]), key=len, reverse=True))


def _quoted_price(metric: str) -> bool:
    """A share price or a market index (股价, 上证指数, 恒指): quoted every trading day, so a move
    named without a base is against the previous quote, not a year-on-year rate."""
    contract = metric.removesuffix("价格").removesuffix("價格").endswith(words("contract_commodities"))
    return contract or metric.endswith(_SHARE_PRICE) or any(name in metric for name in _quoted_instruments())


_SHARE_PRICE = ("股价", "股價", "收盘价", "收市价", "收盤價", "收市價", "期货价格", "期貨價格")


def _company_figure(metric: str) -> bool:
    """营运收入升17%: a company's results move against last year, whatever the verb."""
    return bool(_company_figures().search(metric)) and not rx(r"指数|股价|价格|汇率|收益率").search(metric)


_company_figures = WordPattern(r"\L<w>", w="company_figures")


def _is_market_move(sentence: str, mention: Mention, predicate: str) -> bool:
    """道指涨1.39%报40563.06点: a day's move is against the previous close.

    Markets are written with a bare 涨/跌 (or a quote after the move); statistics with 上涨,
    增长 and a stated base, so 食品价格上涨14.4% stays a year-on-year rate. A move up or down *to*
    a figure (回升至5亿元, 跌到8元, 升抵) reaches that level: no move.
    """
    if _stated_base().search(predicate) or _REACHED_LEVEL.search(predicate):
        return False
    if _bare_move().search(predicate):
        return True
    tail = sentence[mention.end : mention.end + 3]
    return bool(_ANY_MOVE.search(predicate)) and bool(_quote_after().match(tail))


# Compiled once: this runs for every figure, and regex.search(pattern, …) pays ~2.5 µs per call
# to look the compiled pattern up again.
# 与对上一季比较, 与对上三个月比较 (a rolling three months against the three before): the step before
_AGAINST_LAST = regex.compile(r"与(?:对)?上(?:一|[一二三四五六七八九十两]个)?(?:个)?(?:季度|季|月)(?:相)?比较?[，,]")
_VIEW_BASE = regex.compile(r"(?:从|就)(?P<b>环比|同比)(?:来)?看")


_stated_base = WordPattern(r"\L<w>", w="stated_base_words")


_bare_move = WordPattern(r"(?<![上下])(?:涨|跌|漲|升)(?!幅)|\L<w>", w="bare_move_words")


_ANY_MOVE = regex.compile(r"涨|跌|漲")
_REACHED_LEVEL = regex.compile(r"(?:[至到]|[升涨冲站]上|升抵|跌抵)(?:了)?$")


_quote_after = WordPattern(r"[，,]?(?:\L<w>)", w="quote_verbs")


@cache
def _versus_metric() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:比|较)(?P<x>[\p{Han}A-Za-z0-9]{2,16}?)(?P<d>\L<d>)(?:约|近)?$", d=words("versus_directions")
    )


@cache
def _versus_entity() -> regex.Pattern[str]:
    return regex.compile(
        r"比(?P<x>\p{Han}{2,6}?)(?:平均水平|平均|水平)?(?:增速)?(?P<d>\L<d>)", d=words("versus_directions")
    )


# 二、三季度 / 第一、二季度 / 7、8月份: several quarters or months named by one period word
_PERIOD_LIST = regex.compile(
    r"(?P<q>第?[一二三四1-4](?:[、和及与][一二三四1-4]){1,3})(?:个)?季度"
    r"|(?P<m>(?:1[0-2]|0?[1-9])(?:月份?)?(?:[、和及与](?:1[0-2]|0?[1-9])(?:月份?)?){0,10}[、和及与](?:1[0-2]|0?[1-9]))月份?"
)
_CN_SMALL = {"一": 1, "二": 2, "三": 3, "四": 4}


def _listed_periods(clause: str, period: str | None, count: int) -> list[str]:
    """二、三季度分别增长7.9%、4.9%: one figure per listed quarter or month, in the year of ``period``."""
    if count < 2 or "分别" not in clause or not period or not period[:4].isdigit():
        return []
    m = _PERIOD_LIST.search(clause)
    if m is None:
        return []
    year = period[:4]
    if m.group("q"):
        quarters = [_CN_SMALL.get(c) or int(c) for c in regex.findall(r"[一二三四1-4]", m.group("q"))]
        found = [f"{year}-Q{q}" for q in quarters]
    else:
        found = [f"{year}-{int(n):02d}" for n in regex.findall(r"1[0-2]|0?[1-9]", m.group("m"))]
    return found if len(found) == count else []


_SPAN_JOIN = regex.compile(r"\s*(?:至|到|－|-|—|~|～)\s*")


def _span_runs(before: str, period: str | None, count: int, year: int | None) -> list[str]:
    """2018年至2020年，…分别为A、B、C: one figure per year of the span (per half, quarter or month
    when both ends are halves, quarters or months), when the list has one figure per unit."""
    if count < 2:
        return []
    years = regex.fullmatch(r"(\d{4})/(\d{4})", period or "")
    if years:
        first, last = int(years.group(1)), int(years.group(2))
        return [str(y) for y in range(first, last + 1)] if last - first + 1 == count else []
    found = periods.find_periods(before, year)
    for a, b in reversed(list(pairwise(found))):
        if a.period and b.period and _SPAN_JOIN.fullmatch(before, a.end, b.start):
            units = _units_between(a.period, b.period)
            return units if len(units) == count else []
    return []


_UNIT_PERIOD = regex.compile(r"(\d{4})(?:-([HQ]?)(\d{1,2}))?")


def _units_between(first: str, last: str) -> list[str]:
    """2015-H1 .. 2020-H1 -> each year's first half; 2021-Q1 .. 2021-Q4 -> the quarters between."""
    a, b = _UNIT_PERIOD.fullmatch(first), _UNIT_PERIOD.fullmatch(last)
    if not a or not b or a.group(2) != b.group(2) or bool(a.group(3)) != bool(b.group(3)):
        return []
    y1, y2 = int(a.group(1)), int(b.group(1))
    if not a.group(3):
        return [str(y) for y in range(y1, y2 + 1)] if y2 >= y1 else []
    kind, n1, n2 = a.group(2), int(a.group(3)), int(b.group(3))
    if kind == "H" and n1 == n2:
        return [f"{y}-H{n1}" for y in range(y1, y2 + 1)]  # 2015年上半年至2020年上半年: a half per year
    per_year = {"H": 2, "Q": 4, "": 12}[kind]
    start, end = y1 * per_year + n1 - 1, y2 * per_year + n2 - 1
    if end < start or end - start > 60:
        return []
    units = [(u // per_year, u % per_year + 1) for u in range(start, end + 1)]
    return [f"{y}-{kind}{n}" if kind else f"{y}-{n:02d}" for y, n in units]


def _months_of(period: str | None, count: int, segment: str) -> list[str]:
    """The months of a cumulative period when a 分别 list gives one figure for each of them."""
    if count < 2 or "分别" not in segment or not period:
        return []
    span = _month_span(period)
    if span is None or span[2] - span[1] + 1 != count:
        return []
    year, first, last = span
    return [f"{year}-{month:02d}" for month in range(first, last + 1)]


def _month_span(period: str) -> tuple[str, int, int] | None:
    """2025-01/2025-05 -> (2025, 1, 5); 2025-08 -> (2025, 8, 8); 2025-Q1 -> (2025, 1, 3); 2025 -> (2025, 1, 12)."""
    m = regex.fullmatch(r"(\d{4})-(\d{2})/\1-(\d{2})", period)
    if m:
        return m.group(1), int(m.group(2)), int(m.group(3))
    m = regex.fullmatch(r"(\d{4})-(\d{2})", period)
    if m:
        return m.group(1), int(m.group(2)), int(m.group(2))
    m = regex.fullmatch(r"(\d{4})(?:-(Q|H)(\d))?", period)
    if not m:
        return None
    if not m.group(2):
        return m.group(1), 1, 12
    size = 3 if m.group(2) == "Q" else 6
    n = int(m.group(3))
    return m.group(1), (n - 1) * size + 1, n * size


def _gap_entities(predicate: str) -> list[str]:
    """高于全国、全省 -> [全国, 全省]: the entities a list of gaps is measured against."""
    m = _gap_verb_tail().search(predicate)
    if not m:
        return []
    parts = [p for p in _item_joiner().split(m.group("x")) if p]
    return parts if all(p in subjects() or p in ("全国", "全省", "全市") for p in parts) else []


@cache
def _expectation_compared() -> regex.Pattern[str]:
    """比预期高出…, 較預期增加…: an expectation the figure is set against, which makes no forecast of it
    (高于预期的0.2%: the figure right after it is the expectation's own, a forecast)."""
    gap = comparison_words()["gap"]
    assert isinstance(gap, dict)
    return regex.compile(
        r"(?:\L<v>|\L<w>)(?:\L<e>)(?!(?:值|的|为|為)*\s*$)",
        v=words("versus_markers"),
        w=words("expectation_comparisons"),
        e=sorted(gap["expectations"], key=len, reverse=True),
    )


_beats_expectation = WordPattern(r"(?:\L<w>)(?:市场)?预期(?:值)?的?$", w="expectation_comparisons")


@cache
def _premium() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:较|比|較)(?P<x>[^，。；]{1,20}?)(?P<w>\L<w>)(?:约|約|近|达|達|为|為|逾)?$", w=words("premium_words")
    )


_gap_verb_tail = WordPattern(r"(?:\L<w>)(?P<x>[^，。；]*)$", w="gap_verbs")


def _gap_base(predicate: str, metric: str, tokenize: Tokenize) -> str | None:
    m = regex.search(
        r"(?:高于|低于|快于|慢于|高出|低出|领先|落后于|高於|低於|快於|慢於)(?P<x>[^，。；、]*)$", predicate
    )
    if not m:
        return None
    other = clean_metric(m.group("x"), tokenize)
    if not other:
        return None
    if other in subjects() or other in ("全国", "全省", "全市", "全区", "同期", "平均水平"):
        return f"entity:{other}"
    other = other.replace("规上", "规模以上")
    head = next((h for h in words("list_heads") if metric.endswith(h)), "")
    if head and not other.endswith(head):
        other += head
    elif not head and metric.endswith("增加值") and not other.endswith("增加值"):
        other += "增加值"
    return f"metric:{other}"


@cache
def _contribution() -> regex.Pattern[str]:
    return regex.compile(
        r"(?P<verb>\L<v>)(?P<x>[^，。；]*?)(?P<dir>\L<d>)?(?:约|近|超过|了)?$",
        v=words("pulling_verbs"),
        d=words("pulled_moves"),
    )


_among = WordPattern(r"^\s*的?(?:\L<w>)中[，,]?", w="among_moves")


def _price_component(metric: str) -> str:
    """翘尾 / 新涨价因素 -> 翘尾 / 新涨价 when the metric names a component of a price index."""
    for word in words("price_components"):
        if word in metric:  # 6.4%的涨幅中翘尾因素: the rise is the index's
            return word.removesuffix("因素").removesuffix("影响")
    return ""


def _price_index_named(before: str) -> str:
    """The price index a sentence last names before a figure; the CPI when it names none."""
    found = [(m.end(), name) for name, surfaces in _price_indices() for m in rx(surfaces).finditer(before)]
    return max(found)[1] if found else "居民消费价格指数"


@cache
def _price_indices() -> tuple[tuple[str, str], ...]:
    return tuple((name, surfaces) for name, surfaces in cast("list[tuple[str, str]]", grammar()["price_indices"]))


# 最终消费支出对经济增长的贡献率为73.7%，拉动GDP增长3.9个百分点: the pull is the spending's.
_SHARE_OF_GROWTH = regex.compile(r"^(?P<x>.+?)对?(?:经济|GDP|地区生产总值|全市|全省)?(?:增长)?的?贡献率$")
_PULLED_DOWN = regex.compile(r"(?:负向|向下)(?:拉动|带动)")


@cache
def _gap_down() -> tuple[str, ...]:
    """Gap words that put the figure below its comparator (低于, 慢于), from comparisons.toml."""
    return tuple(cast("list[str]", comparison_words()["gap"]["down"]))  # type: ignore[index]


@cache
def _contribution_down() -> tuple[str, ...]:
    """Contribution verbs that pull the total down (拖累, 拉低): comparisons.toml contribution.down."""
    return tuple(comparison_words()["contribution"]["down"])  # type: ignore[index]


def _contribution_metric(metric: str, predicate: str) -> str:
    """第一产业增加值 + 拉动GDP增长 -> 第一产业增加值对GDP增长的拉动 (the SPEC's naming)."""
    m = _contribution().search(predicate)
    if not m:
        return metric + "拉动"
    target = rx(r"同比|环比|比上年|按年|按月").sub("", m.group("x"))
    target = rx(r"的?(?:增速|增幅|增长率)$").sub("", target)  # 拉低全市投资增速: the total's growth
    noun = "影响" if m.group("verb").startswith("影") else "拉动"
    direction = m.group("dir") or "增长"
    if direction in ("下降", "回落", "降低"):
        direction = "增长"
    return f"{metric}对{target}{direction}的{noun}" if target else metric + noun


# ---------------------------------------------------------------------------------------------
# document-level facts


# Feeds of short news items (RTHK, 新华社 wires): undated figures are of the day of the feed.
_news_feed = WordPattern(r"\L<w>", w="news_feed_marks")


# The day's close, as a market wrap opens with it
_market_close = WordPattern(r"\L<w>", w="market_close_words")


_WEEK_ENDING = regex.compile(r"(?:截至|截止|至)(?P<d>\d{1,2}月\d{1,2}日)(?:当周|的一周|一周)")


_FISCAL_YEAR = regex.compile(r"(?P<y1>\d{4})/(?P<y2>\d{2})(?:财政年度|年度)")
_WEEK_WORD = regex.compile(r"下周|本周")
_TODAY = regex.compile(r"今日|今天")


_annual_report_named = WordPattern(r"(\d{4})年?(?:\L<w>)", w="annual_reports")


# 8月28日晚间发布半年报: the day a company published the report of a period
@cache
def _report_published() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:晚间|晚|早间|盘后)?(?:\L<p>)了?(?P<y>\d{4})?年?度?的?"
        r"(?:(?P<h>\L<h>)|(?P<a>\L<a>)|(?P<q1>\L<q1>)|(?P<q3>\L<q3>))",
        p=words("publishing_verbs"),
        h=words("half_year_reports"),
        a=words("annual_reports"),
        q1=words("first_quarter_reports"),
        q3=words("third_quarter_reports"),
    )


@cache
def _against_expected() -> regex.Pattern[str]:
    """比预期高出 / 较原来预算低 / 比市场预期多: the comparison and what it is against."""
    expectations = sorted(cast("list[str]", comparison_words()["gap"]["expectations"]), key=len, reverse=True)  # type: ignore[index]
    return regex.compile(
        r"(?:比|较|較)(?P<x>\L<e>)(?:的)?(?:高出|多出|高|低|多|少|增加|减少|上升|下降)", e=expectations
    )


# 相当于2012年的1.8倍: a multiple of a period's level
_TIMES_OF_PERIOD = regex.compile(r"相当于(?P<p>[^，。；的]{2,12}?)(?:同期)?的$")


# 下跌79.33点，或0.31%: 或/即 restating the move just given
_restated_as = WordPattern(r"[，,]\s*(?:\L<w>)\s*$", w="restated_as_words")


# 从一季度数据来看 / 就全年而言: a period a view is taken over
_viewed_from = WordPattern(r"(?:的)?(?:\L<s>)?(?:\L<w>)", s="viewed_wholes", w="viewing_words")


# Q3单季度营业收入…: the single quarter is an aside; the paragraph goes on with the year to date
_single_period = WordPattern(r"\L<w>", w="single_periods")


# 截至2020Q3: the year up to the end of a quarter or half
_through = WordPattern(r"(?:\L<w>)\s?$", w="through_words")


def _through_quarter(sentence: str, start: int, period: str | None) -> str | None:
    """截至2020Q3公司寿险保费收入…: the year to the quarter's end (a flow read through a quarter)."""
    if not period or not _through().search(sentence, max(0, start - 4), start):
        return None
    m = rx(r"(\d{4})-(Q[1-4]|H[12])").fullmatch(period)
    if m is None:
        return None
    year, part = m.group(1), m.group(2)
    last = int(part[1]) * (3 if part[0] == "Q" else 6)
    return periods.fmt_months(int(year), 1, last)


# 公布2020年第三季度业绩报告: a listed company's quarterly report, named by its last quarter
_QUARTER_REPORT = regex.compile(r"(?:业绩|财务)?(?:报告|季报)")


def _report_coverage(sentence: str, end: int, period: str) -> str:
    """The months a company's quarterly report covers: the year up to the quarter it is named by.

    A mainland listed company's 第三季度报告 reports January to September (and its 半年度报告, the
    first half), so a published third-quarter report dates its figures 1-9月, as 三季报 does.
    """
    m = rx(r"(\d{4})-Q([23])").fullmatch(period)
    if m is None or not _QUARTER_REPORT.match(sentence, end):
        return period
    year, quarter = m.group(1), int(m.group(2))
    return f"{year}-H1" if quarter == 2 else f"{year}-01/{year}-09"


_released_by = WordPattern(r"^.*(?:\L<p>)(?:了)?", p="publishing_verbs")


_releases = WordPattern(r"(?:\L<p>)(?:了)?$", p="publishing_verbs")


_REPORT_END = regex.compile(r"报告期末")
_SINCE = regex.compile(r"以来|至今")


def _year_to_date(sentence: str, end: int, year: str, current: str | None) -> str | None:
    """今年以来 said while a month, quarter or half of that year is reported: the year to that point."""
    if not year.isdigit() or not current or not _SINCE.match(sentence, end):
        return None
    span = _month_span(current)
    if span is None or span[0] != year or span[2] == 12:
        return None
    return periods.fmt_months(int(year), 1, span[2])


def _published_report(sentence: str, end: int, day: str, annual: str | None) -> str | None:
    """The period of the report published on ``day``: a half-year report in August is that year's H1.

    An annual report without a year of its own is the one the document names (贵州茅台发布2023年
    年度报告), else the year before the day's: it comes out in the first months of the next year.
    """
    m = _report_published().match(sentence, end)
    if not m or not rx(r"\d{4}-\d{2}-\d{2}").fullmatch(day):
        return None
    year = int(m.group("y") or day[:4])
    if m.group("a"):
        return str(year) if m.group("y") else annual or str(year - 1)
    if m.group("h"):
        return f"{year}-H1"
    return f"{year}-Q1" if m.group("q1") else f"{year}-01/{year}-09"


# A day with no month, opening a clause (23日纽约股市…): never a dateline's (電, 讯) or a span (日均, 日内)
# 周四, 星期五, 週一 opening a clause or naming a comparator's own figure (高于周三的2.8%): a day of the
# news week (not 周年, 周期; after 较/比 it is a base, 较上周五升121点子, and dates no figure)
_WEEKDAY = regex.compile(
    r"(?:^|(?<=[，,；;（(\s于於的]))(?P<last>上)?(?:周|週|星期|礼拜|禮拜)(?P<w>[一二三四五六日天])(?![年期边邊末])"
)
_BARE_DAY = regex.compile(
    r"(?:^|(?<=[，,；;（(\s]))(?P<d>[1-9]|[12]\d|3[01])日(?![均内內前后後以起至到电電讯訊报報晚早])"
)


_news_opening = WordPattern(r"(?:\L<w>)", w="news_openings")


_last_month = WordPattern(r"\L<w>", w="last_month_words")


@cache
def _signed_moves() -> regex.Pattern[str]:
    """A move named without its direction at a metric's end (净值涨跌幅, 营收增减幅度)."""
    signed = cast("list[str]", comparison_words()["direction"]["signed"])  # type: ignore[index]
    return regex.compile(r"(?:的)?(?:\L<w>)$", w=sorted(signed, key=len, reverse=True))


_carrying_tail = WordPattern(r"(?<=\p{Han}{2})(?:\L<w>)$", w="carrying_words")


_ends_moving = WordPattern(r"(?:\L<w>)了?$", w="moved_to_verbs")


_reviewed_week = WordPattern(r"\L<w>", w="reviewed_week_words")


_versus_before = WordPattern(r"\L<w>", w="versus_markers")


def _weekday_number(name: str) -> int:
    """周一 -> 0 … 周日/周天 -> 6, as ``datetime.weekday`` counts."""
    return 6 if name == "天" else "一二三四五六日".index(name)


_WEEKDAY_NAME = regex.compile(r"[一二三四五六日天](?![年期边邊末])")


_WEEKLY = regex.compile(r"(?:^|当|本|全)周|周(?:涨|跌|累计|线)")
