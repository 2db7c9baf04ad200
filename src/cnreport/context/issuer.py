"""Whose figures a company text gives: the issuer of a filing, the firm whose results a text reports.

A listed company's own report (年度报告, 半年度报告, 季度报告) says 公司 and 本公司 for itself and
names itself only in the title and the running header a PDF conversion repeats on every page
(``某某科技股份有限公司2019年年度报告全文``). A results story names the firm once, as the one
publishing (``某某银行于周五晚间公布了2023年度中期报告``, ``某某控股（01234）公布全年业绩``). In both,
every figure the text does not give to someone else is that firm's, wherever the firm is based: a
region inside its registered name (江苏…股份有限公司) is not what the text is about.

The subject is written as the text writes the firm: by the short name it uses in prose (its stock
name, 某某智电 for 某省某某智能电力科技股份有限公司), else by the full name.
"""

from __future__ import annotations

import regex

from ..vocab import subjects

__all__ = [
    "coded_firms",
    "filing_header",
    "filing_issuer",
    "firm_at",
    "firm_opening",
    "results_period",
    "results_publisher",
    "short_name",
]

# A registered company name ends in one of these (有限公司 covers 股份有限公司 and 有限责任公司 is spelled out).
_COMPANY = r"\p{Han}{4,30}?(?:有限责任公司|有限公司|集团公司)"
_REPORT = (
    r"(?:\d{4}\s*年)?\s*(?:年度|半年度|中期|第[一二三四]季度|[一三]季度)?\s*"
    r"(?:报告书?|报告全文|报告摘要|业绩报告)(?:全文|摘要|（[^）\n]{1,10}）)?"
)
# 某某科技股份有限公司2019年年度报告全文: a filing's title or running header, a line of its own
_FILING_LINE = regex.compile(
    r"^[ \t\u3000]*(?P<name>" + _COMPANY + r")[ \t\u3000]*" + _REPORT + r"[ \t\u3000]*$", regex.M
)
# 某某科技（600123）2024年年度报告摘要: a listed firm's filing titled by its short name and code
_CODED_FILING_LINE = regex.compile(
    r"^[ \t\u3000]*(?P<name>\p{Han}{2,10}?)[（(](?:股票代码|证券代码)?[:：]?[0-9]{6}(?:\.[A-Z]{2})?[)）]"
    r"[ \t\u3000]*" + _REPORT + r"[ \t\u3000]*$",
    regex.M,
)
_FILING_SCOPE = 20_000  # a running header recurs on every page; the first pages are enough

# 某某公布2020年第三季度业绩报告, 某某于周一晚间公布了2011年度中期报告, 某某（00005）公布上半年业绩
_WHEN = r"(?:于|在)?(?:周[一二三四五六日天]|星期[一二三四五六日天]|今日|今天|昨日|昨天|日前|近日|\d{1,2}月\d{1,2}日)?"
_PART_OF_DAY = r"(?:晚间|晚|早间|盘后|盘前|午间|中午休市时段|收市后)?"
_RESULTS = (
    r"(?:公布|发布|披露|宣布|公告)了?[^。，,；;\n]{0,12}?"
    r"(?:业绩|财报|年报|季报|中报|年度报告|中期报告|季度报告|半年度报告|业绩报告)"
)
_PUBLISHER = regex.compile(
    r"(?<![\p{Han}A-Za-z0-9])(?P<firm>\p{Han}{2,10}?)"
    r"(?:[（(](?:[0-9]{4,6}|[A-Z]{1,5})(?:\.[A-Z]{2})?[)）])?"
    + _WHEN
    + _PART_OF_DAY
    + _RESULTS
)
_PUBLISHER_SCOPE = 600  # the opening: a firm named later publishes beside the story, not in it
# Words that can stand where a firm's name does, but name none
_NOT_A_FIRM = regex.compile(
    r"^(?:公司|本公司|该公司|集团|上市公司|记者|消息|事件|其中|同时|此前|随后|日前|近日|今日)$"
    r"|公布|发布|披露|宣布|公告"  # a verb inside the name: the name is further left, or none
    r"|(?:局|部|委|会|署|院|所|厅|办|政府)$"  # a public body publishes statistics, not results
)


def filing_header(text: str) -> str | None:
    """The title or running header line that names a filing's issuer (``explain`` shows it)."""
    m = _FILING_LINE.search(text, 0, _FILING_SCOPE) or _CODED_FILING_LINE.search(text, 0, _FILING_SCOPE)
    return m.group().strip() if m else None


def filing_issuer(text: str) -> str | None:
    """The company whose own report this is, from a title or running header line naming it.

    >>> filing_issuer("甲乙智能电网科技股份有限公司2020年半年度报告\\n一、概述\\n甲乙智电上半年营业收入…")
    '甲乙智电'
    >>> filing_issuer("一、概述\\n本期，丙丁控股集团有限公司发布年度报告称…") is None
    True
    >>> filing_issuer("戊己科技（600123）2024年年度报告摘要\\n报告期内，公司营业收入…")
    '戊己科技'
    """
    m = _FILING_LINE.search(text, 0, _FILING_SCOPE)
    if m is not None:
        return short_name(m.group("name"), text)
    coded = _CODED_FILING_LINE.search(text, 0, _FILING_SCOPE)
    return coded.group("name") if coded and not _NOT_A_FIRM.search(coded.group("name")) else None


def results_publisher(text: str) -> str | None:
    """The firm a text's opening shows publishing its results (the story is about its figures).

    >>> results_publisher("消息，甲乙银行于周五晚间公布了2023年度中期报告，营业收入…")
    '甲乙银行'
    >>> results_publisher("事件：丙丁保险公布2022年第一季度业绩报告。")
    '丙丁保险'
    >>> results_publisher("戊己汽车上半年净利润增长。\\n戊己汽车股份有限公司8月28日晚间发布半年报。")
    '戊己汽车'
    >>> results_publisher("国家统计局今日公布，一季度国内生产总值…") is None
    True
    >>> results_publisher("监管机构发布公告，对某审计所年报审计作出处罚") is None
    True
    """
    for m in _PUBLISHER.finditer(text, 0, _PUBLISHER_SCOPE):
        firm = m.group("firm")
        if not _NOT_A_FIRM.match(firm) and firm not in subjects():
            return short_name(firm, text) if _REGISTERED.search(firm) else firm
    return None


_REGISTERED = regex.compile(r"(?:有限责任公司|有限公司)$")


def short_name(full: str, text: str) -> str:
    """The name ``text`` uses in prose for the company registered as ``full``; ``full`` if none.

    A short (stock) name keeps the order of the registered name's characters and starts where its
    distinctive part does, after the region: 甲乙智电 for 某省甲乙智能电网科技股份有限公司. The one
    used most outside the full name wins; names of two characters, and the full name's own
    beginning (甲乙智能, only ever read inside the full name), do not count.

    >>> short_name("浙江甲乙智能电网科技股份有限公司", "浙江甲乙智能电网科技股份有限公司\\n甲乙智电营收增长，甲乙智电…")
    '甲乙智电'
    >>> short_name("甲乙智能电网科技股份有限公司", "公司营收增长") == "甲乙智能电网科技股份有限公司"
    True
    """
    core = _distinctive_part(full)
    if len(core) < 2:
        return full
    rest = text[:_FIRM_SCOPE].replace(full, "\n")  # bounded: the opening pages name the firm
    counts: dict[str, int] = {}
    for m in regex.finditer(regex.escape(core[:2]) + r"\p{Han}{1,4}", rest):
        name = _longest_in_order(m.group(), core)
        if len(name) >= 3:
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return full
    return max(counts, key=lambda n: (counts[n], -len(n)))


def _distinctive_part(full: str) -> str:
    """The registered name without its region and its company-form suffix."""
    name = regex.sub(r"(?:股份有限公司|有限责任公司|有限公司|集团公司|集团)$", "", full)
    table = subjects()
    for length in range(min(len(name) - 2, 8), 1, -1):
        if name[:length] in table:
            return name[length:]
    return name


def _longest_in_order(candidate: str, core: str) -> str:
    """The longest opening of ``candidate`` whose characters appear in ``core`` in the same order."""
    pos = 0
    for i, ch in enumerate(candidate):
        found = core.find(ch, pos)
        if found < 0:
            return candidate[:i]
        pos = found + 1
    return candidate


# 网络设备厂甲乙（2345）, 甲乙控股(00005.HK), 甲乙（股票代码：600123）: a listed firm named with its code.
# The search looks for the bracketed code and only then reads the Han run before it backwards: a
# pattern opening with the run tried it (up to sixteen characters, then backtracked) at every Han
# character of the text. The run is the same: it must end at the bracket, and no earlier match can
# reach into it, as every match ends with a closing bracket, which is no Han character.
_CODE = regex.compile(
    r"[（(](?:股票代码|证券代码|代码)?[:：]?(?:[0-9]{4,6}(?:\.[A-Z]{2})?|[A-Z]{1,5}\.[A-Z]{1,2})[)）]"
)
_RUN_BEFORE = regex.compile(r"(?r)\p{Han}{2,16}")  # matched backwards from the bracket: the longest run
# a company-form word alone names nobody
_FIRM_FORM = regex.compile(r"^(?:控股|集团|股份|银行|证券|保险|科技|公司|实业|电子|国际)$")
# 电信设备大厂甲乙, 定位设备厂商丙丁: a description ends in what the firm is, its name follows
_DESCRIBED = regex.compile(r"^.*(?:厂|商|龙头|业者|公司|集团)(?P<name>\p{Han}{2,4})$")  # the last such word
_MAX_FIRMS = 200  # a market wrap may list many; more than this is a table of codes, not prose
_MAX_RUNS = 400  # distinct names read before a code
_FIRM_SCOPE = 200_000  # characters read for firms introduced with codes


def coded_firms(text: str) -> frozenset[str]:
    """The listed firms a text introduces with their stock codes, each by the name it uses.

    The Han run before a code may carry a description (网络设备厂甲乙（2345）): the name is the
    longest ending of the run that the text uses again elsewhere; a run it never repeats is taken
    whole if short (a name of up to four characters), else dropped.

    >>> sorted(coded_firms("设备厂甲乙（2345）12月营收增长。龙头丙丁控股(00005.HK)盈利。甲乙月增5%，丙丁控股…"))
    ['丙丁控股', '甲乙']
    >>> sorted(coded_firms("监控器厂商戊己（6465）营收下降。"))
    ['戊己']
    >>> coded_firms("国内生产总值（GDP）增长5%，居民消费价格指数（CPI）上涨0.2%。")
    frozenset()
    """
    scope = text[:_FIRM_SCOPE]  # the work one document can cause is bounded
    firms: set[str] = set()
    named: dict[str, str | None] = {}
    for code in _CODE.finditer(scope):
        m = _RUN_BEFORE.match(scope, 0, code.start())
        if m is None:
            continue
        run = m.group()
        if run not in named:
            if len(named) >= _MAX_RUNS:
                break
            named[run] = _firm_name(run, scope)
        name = named[run]
        if name and not _NOT_A_FIRM.match(name) and name not in subjects():
            firms.add(name)
            if len(firms) >= _MAX_FIRMS:
                break
    return frozenset(firms)


def _firm_name(run: str, scope: str) -> str | None:
    """The name in a Han run before a stock code: its longest ending used again, else the name after a
    description (…厂商戊己), else the run itself when short."""
    copies = scope.count(run)
    for i in range(len(run) - 1):
        ending = run[i:]
        if scope.count(ending) > copies * run.count(ending) and not _FIRM_FORM.match(ending):
            return ending  # used outside the description-and-name run itself
    described = _DESCRIBED.search(run)
    return described.group("name") if described else run if len(run) <= 4 else None


def firm_at(text: str, firms: frozenset[str]) -> str | None:
    """The last of ``firms`` named in ``text`` (a clause before a figure), else None.

    >>> firm_at("设备厂甲乙（2345）12月营收", frozenset({"甲乙", "丙丁"}))
    '甲乙'
    """
    best: tuple[int, int, str] | None = None
    for firm in firms:
        at = text.rfind(firm)
        if at >= 0 and (best is None or (at + len(firm), len(firm)) > best[:2]):
            best = (at + len(firm), len(firm), firm)
    return best[2] if best else None


def firm_opening(text: str, pos: int, firms: frozenset[str]) -> str | None:
    """The firm ``text`` opens with at ``pos``, perhaps after a description (设备大厂甲乙在…带动下).

    The description is a plain noun phrase ending in what the firm is (…大厂, …厂商, …龙头), perhaps
    naming product lines in Latin letters, digits or with a slash or 及 (5G模组厂商, 光纤/网络设备及
    软件供应商): no other punctuation, no word that makes the firm an object or a cause (受甲乙拖累),
    so the firm is what the clause is about; a firm's name inside the description (卫星通讯 holds
    星通) is not one.

    >>> firm_opening("甲乙控股上半年盈利", 0, frozenset({"甲乙", "甲乙控股"}))
    '甲乙控股'
    >>> firm_opening("通讯设备大厂丙丁在客户拉货带动下，12月营收…", 0, frozenset({"丙丁"}))
    '丙丁'
    >>> firm_opening("受丙丁拖累，指数下跌2%", 0, frozenset({"丙丁"})) is None
    True
    >>> firm_opening("卫星通讯设备商戊己因客户提早拉货", 0, frozenset({"星通", "戊己"}))
    '戊己'
    >>> firm_opening("LED照明及光纤/网络设备供应商庚辛（1234）12月营收", 0, frozenset({"庚辛"}))
    '庚辛'

    """
    found = []
    for firm in firms:
        at = text.find(firm, pos, pos + _DESCRIPTION + len(firm))
        if at >= 0:
            found.append((at, -len(firm), firm))
    for at, _, firm in sorted(found):
        if _DESCRIPTION_RX.fullmatch(text, pos, at):
            return firm
    return None


_DESCRIPTION = 24  # characters of description a firm's name may follow
_DESCRIPTION_RX = regex.compile(
    r"(?:(?:(?![受因随在对与和向把被据将从于让使令由])\p{Han}|[A-Za-z0-9/／])*(?:厂|商|龙头|业者|公司|集团))?"
)


# 公布2020年第三季度业绩报告, 发布了2011年度中期报告, 2019年年度报告: the period a company report covers
_REPORT_PERIOD = regex.compile(
    r"(?P<y>\d{4})\s*年度?\s*(?:"
    r"(?P<q3>第三季度|三季度|前三季度|三季)|(?P<h1>半年度|中期|上半年|中|半年)|(?P<q1>第一季度|一季度|一季)|(?P<fy>年度|全年)?)"
    r"(?:业绩)?(?:报告|业绩|财报|报)"
)
_REPORT_SCOPE = 600


def results_period(text: str) -> str | None:
    """The period the company report a text presents covers, from its opening: a third-quarter
    report covers January to September, an interim report the first half, an annual report the year.

    >>> results_period("事件：甲乙保险公布2020年第三季度业绩报告。集团营业收入…")
    '2020-01/2020-09'
    >>> results_period("丙丁于周一晚间公布了2011年度中期报告，营收…")
    '2011-H1'
    >>> results_period("戊己科技股份有限公司2019年年度报告全文")
    '2019'
    >>> results_period("2024年上半年，全市地区生产总值增长5%。") is None
    True
    """
    m = _REPORT_PERIOD.search(text, 0, _REPORT_SCOPE)
    if m is None:
        return None
    year = m.group("y")
    if m.group("q3"):
        return f"{year}-01/{year}-09"
    if m.group("h1"):
        return f"{year}-H1"
    if m.group("q1"):
        return f"{year}-Q1"
    return year
