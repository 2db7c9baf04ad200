"""normalize: one-to-one folding, in-sentence whitespace, PDF line joins, page furniture, offsets."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnreport.normalize import (
    LocalWidth,
    Normalized,
    decide_joins,
    display_width,
    drop_furniture,
    ends_open,
    find_heading_blocks,
    find_separator,
    fold_char,
    fold_text,
    is_heading,
    is_page_furniture,
    is_terminated,
    is_wrapped,
    normalize,
    rolling_line_width,
    should_join,
    split_lines,
    starts_closed,
)

# The only folds that depend on context: a thousands separator, a minus sign, the space between a
# headline's statements, read as a clause mark, and the indent after a run-in heading, read as its end.
CONTEXT_FOLDS = {("，", ","), ("－", "-"), (" ", "："), ("\u3000", "："), (" ", "。"), ("\u3000", "。")}


def full_width(text: str) -> str:
    """Spell ASCII `text` in full-width forms (keeps the tables readable and ruff quiet)."""
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in text)


def norm(text: str) -> str:
    return normalize(text).text


def lines_of(*rows: str, sep: str = "\n") -> str:
    return sep.join(rows)


# --------------------------------------------------------------------------------------------
# Rule 1: folding is one to one
# --------------------------------------------------------------------------------------------

# fmt: off
FOLD_CASES = [
    # full-width ASCII the grammar needs
    pytest.param(full_width("2024") + "年", "2024年", id="fw-digits"),
    pytest.param("二○二四年七月", "2024年七月", id="year-in-chinese-digits-white-circle"),
    pytest.param("二〇二三年同月", "2023年同月", id="year-in-chinese-digits-ling"),
    pytest.param("一二三四五年", "一二三四五年", id="five-chinese-digits-no-year"),
    pytest.param("两三年", "两三年", id="two-or-three-years"),
    pytest.param(full_width("GDP") + "增长", "GDP增长", id="fw-capitals"),
    pytest.param(full_width("cpi"), "cpi", id="fw-small-letters"),
    pytest.param("增长5.1％", "增长5.1%", id="fw-percent"),
    pytest.param(full_width("5G+") + "工业", "5G+工业", id="fw-plus"),
    pytest.param(full_width("<5>"), "<5>", id="fw-angle-brackets"),
    pytest.param("15．7", "15.7", id="fw-full-stop"),
    pytest.param("\u3000\u3000据统计", "  据统计", id="ideographic-space"),
    pytest.param("1\u00a0234", "1 234", id="nbsp"),
    # thousands separator: only digit，ddd followed by a non-digit
    pytest.param("1，234万元", "1,234万元", id="comma-thousands"),
    pytest.param("1，234，567", "1,234,567", id="comma-thousands-twice-at-end"),
    pytest.param(full_width("1") + "，" + full_width("234") + "元", "1,234元", id="comma-after-fw-digits"),
    pytest.param("1，234.5", "1,234.5", id="comma-before-decimals"),
    pytest.param("3.7，2.6和3.2", "3.7，2.6和3.2", id="comma-list-of-decimals"),
    pytest.param("2010，2011", "2010，2011", id="comma-four-digits-after"),
    pytest.param("12，34", "12，34", id="comma-two-digits-after"),
    pytest.param("增长，123家", "增长，123家", id="comma-after-text"),
    # minus only before a digit
    pytest.param("－9.8", "-9.8", id="minus-before-digit"),
    pytest.param("下降－" + full_width("5") + "%", "下降-5%", id="minus-before-fw-digit"),
    pytest.param("一－二", "一－二", id="dash-between-words"),
    # CJK punctuation and other compatibility characters stay
    pytest.param("，。、；：（）！？“”—", "，。、；：（）！？“”—", id="cjk-punctuation-kept"),
    pytest.param("500㎡", "500㎡", id="no-nfkc"),
    pytest.param("36.5万元\uff0f人", "36.5万元\uff0f人", id="fw-solidus-kept"),
    # line-break variants read as \n
    pytest.param("甲\r乙", "甲\n乙", id="cr"),
    pytest.param("甲\u2028乙\f丙", "甲\n乙\n丙", id="unicode-and-form-feed-breaks"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FOLD_CASES)
def test_fold_text(text: str, expected: str) -> None:
    assert fold_text(text) == expected


@pytest.mark.parametrize(("text", "expected"), FOLD_CASES)
def test_fold_text_keeps_length(text: str, expected: str) -> None:
    assert len(fold_text(text)) == len(text)


@given(st.text())
def test_fold_char_is_one_to_one(text: str) -> None:
    assert all(len(fold_char(char)) == 1 for char in text)


# --------------------------------------------------------------------------------------------
# Rule 2: whitespace inside a sentence
# --------------------------------------------------------------------------------------------

# fmt: off
INLINE_SPACE_CASES = [
    # dropped: PDF letter-spacing and number padding next to Chinese
    pytest.param("筑 牢 产 业", "筑牢产业", id="between-han"),
    pytest.param("增长 22.8%", "增长22.8%", id="han-digit"),
    pytest.param("2024 年", "2024年", id="digit-han"),
    pytest.param("连续 18个月", "连续18个月", id="han-digit-in-phrase"),
    pytest.param("增长5.1 %", "增长5.1%", id="digit-percent"),
    pytest.param("关 ，筑 牢", "关，筑牢", id="han-cjk-punctuation"),
    pytest.param("发 展“ 压 舱", "发展“压舱", id="around-quote"),
    pytest.param("从 AI 芯片", "从AI芯片", id="han-latin"),
    pytest.param("指\t\t标", "指标", id="tabs"),
    pytest.param("增长\u00a05.1%", "增长5.1%", id="nbsp"),
    pytest.param("增长  \t 5.1%", "增长5.1%", id="mixed-run"),
    pytest.param("地区生产总值\t亿元\t9256.3", "地区生产总值\t亿元\t9256.3", id="table-row-tabs-kept"),
    pytest.param("指标    单位    1-9月", "指标    单位    1-9月", id="table-header-wide-gaps-kept"),
    # kept: spaces between ASCII tokens, markup, indentation, headline separators
    pytest.param("S&P 500指数", "S&P 500指数", id="latin-number-kept"),
    pytest.param("08-16 06:22Wind", "08-16 06:22Wind", id="time-kept"),
    pytest.param("1 234", "1 234", id="digit-digit-kept"),
    pytest.param("# 宏观", "# 宏观", id="markdown-marker-kept"),
    pytest.param("\t全年完成", "\t全年完成", id="indent-kept"),
    # in a headline it separates statements: a clause mark (see HEADLINE_GAP_CASES); in a body, a space
    pytest.param("恒指低收307點\u30003月升近1%", "恒指低收307點：3月升近1%", id="ideographic-separator-kept"),
    pytest.param("正文。恒指低收307點\u30003月升近1%", "正文。恒指低收307點 3月升近1%", id="ideographic-in-body"),
    pytest.param("增长 ", "增长 ", id="trailing-kept"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), INLINE_SPACE_CASES)
def test_inline_spaces(text: str, expected: str) -> None:
    assert norm(text) == expected


# fmt: off
INVISIBLE_CASES = [
    pytest.param("\ufeff规上工业", "规上工业", id="bom"),
    pytest.param("规上\u200b工业", "规上工业", id="zero-width-space"),
    pytest.param("规上\u00ad工业", "规上工业", id="soft-hyphen"),
    pytest.param("甲。\r\n乙。", "甲。\n乙。", id="crlf-becomes-lf"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), INVISIBLE_CASES)
def test_invisible_characters_dropped(text: str, expected: str) -> None:
    assert norm(text) == expected


# --------------------------------------------------------------------------------------------
# Rules 3 and 5: joining wrapped lines (realistic excerpts of PDF column text)
# --------------------------------------------------------------------------------------------

# A 20-22 character column with single line breaks (wuhan-2025h1-industry, page 1).
COLUMN_22 = lines_of(
    "8月盛夏，武汉的工业项目建设热潮涌动。在",
    "东湖高新区，先导化合物半导体项目冲刺年底投",
    "产，长飞先进半导体基地提前两个月投产。“加快",
    "推进新型工业化，构建具有武汉特色和优势的现",
    "代化产业体系，建设国家先进制造业基地”。而这",
    "些体量大、结构优的先进制造业项目，正是武汉落",
    "实这一要求的生动注脚。",
    "",
    "今年上半年，武汉工业“硬度”十足，35个工业",
    "行业大类中23个增长，12个重点行业中11个增长",
    "（除农副食品加工业外），工业用电、销售开票收入",
    "等关键指标均较一季度显著提升。",
)
COLUMN_22_JOINED = (
    "8月盛夏，武汉的工业项目建设热潮涌动。在东湖高新区，先导化合物半导体项目冲刺年底投产，"
    "长飞先进半导体基地提前两个月投产。“加快推进新型工业化，构建具有武汉特色和优势的现代化产业体系，"
    "建设国家先进制造业基地”。而这些体量大、结构优的先进制造业项目，正是武汉落实这一要求的生动注脚。"
    "\n\n"
    "今年上半年，武汉工业“硬度”十足，35个工业行业大类中23个增长，12个重点行业中11个增长"
    "（除农副食品加工业外），工业用电、销售开票收入等关键指标均较一季度显著提升。"
)

# Bullet points where every line is followed by a blank line, sentences running across them.
BULLETS = lines_of(
    "——工业生产总体平稳",
    "规上工业增加值同比增长5.1%；",
    "高技术制造业增加值增长15.7%，高于规上",
    "工业10.6个百分点，增长贡献率63.5%；",
    "规上工业利润总额增长 22.8%，高于全国",
    "24.6个百分点、全省9.6个百分点。",
    "——工业投资快速增长",
    "工业投资增速连续18个月保持两位数、占全",
    "市投资比重达25.7%、为近6年同期最高水平；",
    sep="\n\n",
)
BULLETS_JOINED = lines_of(
    "——工业生产总体平稳",
    "规上工业增加值同比增长5.1%；",
    "高技术制造业增加值增长15.7%，高于规上工业10.6个百分点，增长贡献率63.5%；",
    "规上工业利润总额增长22.8%，高于全国24.6个百分点、全省9.6个百分点。",
    "——工业投资快速增长",
    "工业投资增速连续18个月保持两位数、占全市投资比重达25.7%、为近6年同期最高水平；",
    sep="\n\n",
)

# A narrow 10-13 character column, blank lines after every line, one line letter-spaced.
NARROW = lines_of(
    "武汉市经济和信息化局",
    "负责人表示，着力落实在支",
    "点建设中做龙头的决策部",
    "署，将加快推动产业转型闯",
    "关 ，筑 牢 产 业 发 展“ 压 舱",
    "石”，全面推进传统产业转",
    "型升级、新兴产业培育壮",
    "大、未来产业前瞻布局，加",
    "快构建体现武汉优势的现",
    "代化产业体系。",
    sep="\n\n",
)
NARROW_JOINED = (
    "武汉市经济和信息化局负责人表示，着力落实在支点建设中做龙头的决策部署，将加快推动产业转型闯关，"
    "筑牢产业发展“压舱石”，全面推进传统产业转型升级、新兴产业培育壮大、未来产业前瞻布局，"
    "加快构建体现武汉优势的现代化产业体系。"
)

# A sentence broken across a blank line after a full 22-character line (wuhan, page 1).
ACROSS_BLANK = lines_of(
    "今年以来，武汉市经信局抓好工业发展谋篇",
    "布局，围绕新型工业化，争取进入国家战略布局；",
    "同时，立足国家战略需求，基于武汉代表国家参与",
    "全球竞争等考虑，积极推进建设国家先进制造业",
    "基地、全球化合物半导体产业高地、国家工业软件",
    "",
    "创新集聚区等。",
)
ACROSS_BLANK_JOINED = (
    "今年以来，武汉市经信局抓好工业发展谋篇布局，围绕新型工业化，争取进入国家战略布局；\n"
    "同时，立足国家战略需求，基于武汉代表国家参与全球竞争等考虑，积极推进建设国家先进制造业"
    "基地、全球化合物半导体产业高地、国家工业软件创新集聚区等。"
)

# fmt: off
JOIN_CASES = [
    pytest.param(COLUMN_22, COLUMN_22_JOINED, id="column-22-paragraphs"),
    pytest.param(BULLETS, BULLETS_JOINED, id="bullets-blank-lines-inside-sentences"),
    pytest.param(NARROW, NARROW_JOINED, id="narrow-column-letter-spaced"),
    pytest.param(ACROSS_BLANK, ACROSS_BLANK_JOINED, id="sentence-across-blank-line"),
    pytest.param(COLUMN_22.replace("\n", "\r\n"), COLUMN_22_JOINED, id="crlf"),
    pytest.param(COLUMN_22.replace("\n", "\r"), COLUMN_22_JOINED, id="cr"),
    pytest.param(
        COLUMN_22.replace("\n", " \t\n\u3000"), COLUMN_22_JOINED.replace("\n\n", " \t\n  \t\n "),
        id="spaces-around-breaks",
    ),
    pytest.param(
        "增长15.7%\n，高于全国平均水平。", "增长15.7%，高于全国平均水平。", id="line-starting-with-comma",
    ),
    pytest.param("他说：“增长很快。\n”随后。", "他说：“增长很快。”随后。", id="line-starting-with-quote"),
    pytest.param("工业用电、\n销售开票收入。", "工业用电、销售开票收入。", id="ends-with-enumeration-comma"),
    pytest.param("国家统计局（\n2024）数据。", "国家统计局（2024）数据。", id="ends-with-open-bracket"),
    pytest.param("完成投资12\n34.5亿元。", "完成投资1234.5亿元。", id="number-split-by-a-break"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), JOIN_CASES)
def test_wrapped_lines_are_joined(text: str, expected: str) -> None:
    assert norm(text) == expected


# fmt: off
KEEP_CASES = [
    # cells of a flattened table are numbers alone, never halves of one
    pytest.param("汽车\n万辆\n171.94\n9.7", id="table-cells-not-one-number"),
    # headings and titles
    pytest.param("——工业生产总体平稳\n\n规上工业增加值同比增长5.1%；", id="dash-subtitle"),
    pytest.param(
        "\t四、固定资产投资\n\n\t全年完成固定资产投资额1375.5亿元，同比增长31%。", id="numbered-heading",
    ),
    pytest.param("### 宏观\n\n1、国家统计局表示，7月份CPI呈现低位温和回升态势。", id="markdown-heading"),
    pytest.param("【新闻背景】\n\n国家统计局7月9日发布。", id="bracketed-label"),
    pytest.param(
        lines_of(
            "合，加强生产组织协调。",
            "",
            "多个新兴产业、未来产业保持两位数增长",
            "新领域千帆竞发，新动能破浪前行",
            "",
            "上半年，光电子信息、软件、生物医药、人工智",
            "能、商业航天、绿色船舶、工业母机等产业规模均",
            "保持10%以上增速。",
        ).replace("智\n能", "智能").replace("均\n保", "均保"),
        id="title-pair-before-paragraph",
    ),
    # terminated lines end paragraphs
    pytest.param("实这一要求的生动注脚。\n\n今年上半年，武汉工业“硬度”十足。", id="full-stop-then-paragraph"),
    pytest.param("（注：以上数字全部为2025年上半年工业经济数据）\n\n当工业母机的齿轮。", id="bracketed-note"),
    pytest.param("主要指标如下：\n全年完成投资1375.5亿元。", id="colon-lead-in"),
    # table cells, one per line
    pytest.param(
        lines_of("乳制品", *(f"\t\t\t\t\t\t{cell}" for cell in ["万吨", "27.6", "-9.8", "水泥"]), sep="\n\n"),
        id="table-cells",
    ),
    pytest.param("金融机构存款余额\n1970.6\n266.0\n #单位存款\n775.0", id="table-cells-single-breaks"),
    # web pages: menus, dates and paragraphs are not wrapped lines
    pytest.param(
        lines_of(
            "首页", "\t陶朱公商圈", "\t商圈资讯", "\t医药工业发展维持“黄金十年”预判", "",
            "医药工业发展维持“黄金十年”预判", "", "\t      发布时间：2011-09-01", "\t      发布人：",
        ),
        id="web-page-header",
    ),
    pytest.param(
        "原文連結：https://news.rthk.hk/rthk/ch/component/k2/1798287-20250331.htm\n\n---\n\n# 利物浦",
        id="link-then-rule",
    ),    # a release of one-line paragraphs: headings of one width are no column to unwrap
    pytest.param(
        lines_of(
            "2024年8月金融统计数据报告", "",
            "一、广义货币增长6.3%，狭义货币下降7.3%", "",
            "8月末，广义货币(M2)余额305.05万亿元，同比增长6.3%，增速与上月末持平，比上年同期低4.3个百分点。"
            "狭义货币(M1)余额63.2万亿元，同比下降7.3%。", "",
            "二、前八个月人民币贷款增加14.43万亿元", "",
            "8月末，本外币贷款余额254.79万亿元，同比增长8.1%。月末人民币贷款余额250.89万亿元，同比增长8.5%。", "",
            "三、前八个月人民币存款增加12.97万亿元", "",
            "8月末，本外币存款余额301.83万亿元，同比增长6.9%。月末人民币存款余额296.11万亿元，同比增长7%。",
        ),
        id="comma-headings-over-web-paragraphs",
    ),
]
# fmt: on


@pytest.mark.parametrize("text", KEEP_CASES)
def test_line_breaks_are_kept(text: str) -> None:
    assert norm(text).count("\n") == text.count("\n") - text.count("\r\n")


def test_title_pair_keeps_both_breaks_and_joins_the_paragraph() -> None:
    text = lines_of(
        "多个新兴产业、未来产业保持两位数增长",
        "新领域千帆竞发，新动能破浪前行",
        "",
        "“武汉是企业布局内河船舶市场的首选城",
        "市！”就在二季度，宁波、芜湖等企业纷纷与武汉签",
        "约落户绿色智能船舶项目，武汉竞逐万亿级规模",
        "内河船舶市场。",
        "",
        "上半年，光电子信息、软件、生物医药、人工智",
        "能、商业航天、绿色船舶、工业母机等产业规模均",
        "保持10%以上增速。",
    )
    assert norm(text) == (
        "多个新兴产业、未来产业保持两位数增长\n新领域千帆竞发，新动能破浪前行\n\n"
        "“武汉是企业布局内河船舶市场的首选城市！”就在二季度，宁波、芜湖等企业纷纷与武汉签"
        "约落户绿色智能船舶项目，武汉竞逐万亿级规模内河船舶市场。\n\n"
        "上半年，光电子信息、软件、生物医药、人工智能、商业航天、绿色船舶、工业母机等产业规模均"
        "保持10%以上增速。"
    )


def test_latin_words_across_a_break_keep_a_separator() -> None:
    text = NARROW.replace("信息化局", "信息Wind").replace("负责人表示", "AI人表示")
    assert norm(text).startswith("武汉市经济和信息Wind\nAI人表示，着力落实在支点")


def test_wrapped_number_is_joined_without_separator() -> None:
    text = NARROW.replace("信息化局", "信息化12").replace("负责人表示", "3人表示")
    assert norm(text).startswith("武汉市经济和信息化123人表示，着力落实在支点")


# --------------------------------------------------------------------------------------------
# Rule 4: page furniture
# --------------------------------------------------------------------------------------------

# The end of wuhan-2025h1-industry: a narrow column with blank lines after every line.
PAGE_END = lines_of(
    "今年一季度，规模以上",
    "高技术制造业增加值增长",
    "20.1%，工业技改拉动产业投",
    "资的势头也逐步显现。新",
    "饭碗端得硬，老饭碗端得",
    "稳。市经信局一方面深入",
    "打好汽车、钢铁、化工转型",
    "“三大战役”；另一方面培育",
    "壮大人工智能、商业航天、",
    "低空经济等产业，积极争创",
    "国家新型工业化示范区、国",
    "家未来产业先导区，培育世",
    "界级产业集群，在转型中提",
    "FURNITURE",
    "速、赶超、质变。",
    sep="\n\n",
)
PAGE_END_JOINED = (
    "今年一季度，规模以上高技术制造业增加值增长20.1%，工业技改拉动产业投资的势头也逐步显现。"
    "新饭碗端得硬，老饭碗端得稳。市经信局一方面深入打好汽车、钢铁、化工转型“三大战役”；"
    "另一方面培育壮大人工智能、商业航天、低空经济等产业，积极争创国家新型工业化示范区、"
    "国家未来产业先导区，培育世界级产业集群，在转型中提速、赶超、质变。"
)

# fmt: off
FURNITURE_INSIDE_CASES = [
    pytest.param(" 特4 奋勇争先 当好龙头", id="page-label-header"),
    pytest.param("- 12 -", id="dashed-page-number"),
    pytest.param("12", id="bare-page-number"),
    pytest.param("第 3 页 共 10 页", id="page-x-of-y"),
]
# fmt: on


@pytest.mark.parametrize("furniture", FURNITURE_INSIDE_CASES)
def test_furniture_inside_a_sentence_is_dropped(furniture: str) -> None:
    assert norm(PAGE_END.replace("FURNITURE", furniture)) == PAGE_END_JOINED


def test_furniture_after_a_sentence_stays_on_its_own_line() -> None:
    text = "界级产业集群，在转型中提速、赶超、质变。\n 特4 奋勇争先 当好龙头\n\n\n"
    assert norm(text) == text


def test_repeated_running_header_inside_a_sentence_is_dropped() -> None:
    header = "武汉市经济运行分析"
    text = lines_of(header, COLUMN_22, header, "", "附表", header, sep="\n")
    text = text.replace("优势的现", f"优势的现\n{header}")
    result = norm(text)
    assert "优势的现代化产业体系" in result
    assert result.count(header) == 3


# fmt: off
FURNITURE_CASES = [
    pytest.param(" 特4 奋勇争先 当好龙头", True, id="page-label-first"),
    pytest.param("要闻 A12", True, id="page-label-last"),
    pytest.param("第4版 要闻", True, id="edition-label"),
    pytest.param("- 12 -", True, id="dashed-number"),
    pytest.param("— 12 —", True, id="em-dashed-number"),
    pytest.param("12", True, id="bare-number"),
    pytest.param("第3页", True, id="page-n"),
    pytest.param("3 / 10", True, id="n-of-m"),
    pytest.param("Page 3 of 10", True, id="english-page"),
    pytest.param("增长有韧性。连续 18", False, id="sentence-ending-in-number"),
    pytest.param("息等 23 个行业齐头并", False, id="letter-spaced-number"),
    pytest.param("2012年末全市金融机构存贷", False, id="caption"),
    pytest.param("1970.6", False, id="decimal-cell"),
    pytest.param("步伐稳中有进", False, id="photo-caption"),
]
# fmt: on


@pytest.mark.parametrize(("line", "expected"), FURNITURE_CASES)
def test_is_page_furniture(line: str, expected: bool) -> None:
    assert is_page_furniture(line.strip()) is expected


# --------------------------------------------------------------------------------------------
# The rule functions one by one
# --------------------------------------------------------------------------------------------

# fmt: off
TERMINATED_CASES = [
    pytest.param("实这一要求的生动注脚。", True, id="full-stop"),
    pytest.param("增长贡献率63.5%；", True, id="semicolon"),
    pytest.param("数据印证突破：", True, id="colon"),
    pytest.param("又一道无形的垄断高墙被凿穿……", True, id="ellipsis"),
    pytest.param("“武汉是首选城市！”", True, id="exclamation-in-quotes"),
    pytest.param("第五，注重加强党对改革的领导。**", True, id="full-stop-before-bold-marker"),
    pytest.param("電子郵件:", True, id="ascii-colon"),
    pytest.param("Growth was strong.", True, id="ascii-full-stop"),
    pytest.param("（注：以上数字全部为2025年上半年工业经济数据）", True, id="self-contained-note"),
    pytest.param("“企业出题、政府立题、协同破题”", True, id="self-contained-slogan"),
    pytest.param("高技术制造业增加值增长15.7%，高于规上", False, id="mid-sentence"),
    pytest.param("增长15.", False, id="decimal-point"),
    pytest.param("武汉在支点建设中“当好龙头、走在前列”", False, id="quote-closing-inside"),
    pytest.param("出货量领先——", False, id="dash"),
]
# fmt: on


@pytest.mark.parametrize(("line", "expected"), TERMINATED_CASES)
def test_is_terminated(line: str, expected: bool) -> None:
    assert is_terminated(line) is expected


# fmt: off
OPEN_END_CASES = [
    pytest.param("工业用电、", True, id="enumeration-comma"),
    pytest.param("高于规上，", True, id="comma"),
    pytest.param("国家统计局（", True, id="open-bracket"),
    pytest.param("支持“", True, id="open-quote"),
    pytest.param("高于规上", False, id="han"),
    pytest.param("质变。", False, id="terminated"),
]
# fmt: on


@pytest.mark.parametrize(("line", "expected"), OPEN_END_CASES)
def test_ends_open(line: str, expected: bool) -> None:
    assert ends_open(line) is expected


# fmt: off
CLOSED_START_CASES = [
    pytest.param("，高于全国", True, id="comma"),
    pytest.param("。", True, id="full-stop"),
    pytest.param("”随后", True, id="closing-quote"),
    pytest.param("%以上", True, id="percent"),
    pytest.param("“武汉", False, id="opening-quote"),
    pytest.param("工业", False, id="han"),
]
# fmt: on


@pytest.mark.parametrize(("line", "expected"), CLOSED_START_CASES)
def test_starts_closed(line: str, expected: bool) -> None:
    assert starts_closed(line) is expected


# fmt: off
HEADING_CASES = [
    pytest.param("### 宏观", True, id="markdown-h3"),
    pytest.param("# 在岸人民幣兌美元創逾1星期收市高位", True, id="markdown-h1"),
    pytest.param("---", True, id="markdown-rule"),
    pytest.param("【新闻背景】", True, id="bracketed-label"),
    pytest.param("第二章 工业", True, id="chapter"),
    pytest.param("——工业生产总体平稳", True, id="dash-subtitle"),
    pytest.param("一、固定资产投资", True, id="numbered-han"),
    pytest.param("八、“两价”指数一涨一降", True, id="numbered-with-quotes"),
    pytest.param("（三）财政收入", True, id="numbered-in-brackets"),
    pytest.param("2、政府性基金收入", True, id="numbered-digit"),
    pytest.param("——无论是深耕多年的老牌企业，还是充满朝气的", False, id="dash-sentence"),
    pytest.param("一、粮食产量稳步增长，粮食生产能力持续增强。", False, id="numbered-sentence"),
    pytest.param("13.5万户净增的中小企业、160家国家级", False, id="decimal-not-numbering"),
    pytest.param("#单位存款", False, id="hash-without-space"),
]
# fmt: on


@pytest.mark.parametrize(("line", "expected"), HEADING_CASES)
def test_is_heading(line: str, expected: bool) -> None:
    assert is_heading(line) is expected


# fmt: off
WIDTH_CASES = [
    pytest.param("规上工业", 4.0, id="han"),
    pytest.param("增长15.7%", 4.5, id="ascii-half-width"),
    pytest.param("筑 牢 产 业", 4.0, id="spaces-ignored"),
    pytest.param("S&P 500", 3.0, id="latin"),
]
# fmt: on


@pytest.mark.parametrize(("line", "expected"), WIDTH_CASES)
def test_display_width(line: str, expected: float) -> None:
    assert display_width(line) == expected


def test_rolling_line_width_follows_the_column() -> None:
    widths = [21.0, 22.0, 21.0, 22.0, 6.0, 11.0, 10.0, 11.0, 12.0, 11.0]
    local = rolling_line_width(widths, radius=2)
    assert [width.typical for width in local] == [21.0, 21.0, 21.0, 21.0, 11.0, 11.0, 11.0, 11.0, 11.0, 11.0]
    assert (local[0].agreeing, local[0].size) == (3, 3)
    assert (local[4].agreeing, local[4].size) == (1, 5)


def test_rolling_line_width_of_nothing() -> None:
    assert rolling_line_width([], radius=3) == []


# fmt: off
WRAPPED_CASES = [
    pytest.param(21.0, LocalWidth(21.0, 16, 8, 21), False, False, True, id="full-line"),
    pytest.param(17.0, LocalWidth(21.0, 16, 8, 21), False, False, True, id="slightly-short"),
    pytest.param(16.0, LocalWidth(21.0, 16, 8, 21), False, False, False, id="short"),
    pytest.param(15.0, LocalWidth(21.0, 2, 16, 21), True, False, True, id="first-line-lost-indent"),
    pytest.param(17.0, LocalWidth(21.0, 16, 8, 21), False, True, False, id="short-before-blank-line"),
    pytest.param(21.0, LocalWidth(21.0, 4, 4, 21), False, False, False, id="width-not-shared"),
    pytest.param(21.0, LocalWidth(21.0, 2, 2, 2), False, False, False, id="two-lines-prove-nothing"),
    pytest.param(6.0, LocalWidth(6.0, 16, 16, 21), False, False, False, id="table-cells"),
    pytest.param(120.0, LocalWidth(120.0, 16, 16, 21), False, False, False, id="web-paragraph"),
]
# fmt: on


@pytest.mark.parametrize(("width", "local", "paragraph_start", "blank_gap", "expected"), WRAPPED_CASES)
def test_is_wrapped(width: float, local: LocalWidth, paragraph_start: bool, blank_gap: bool, expected: bool) -> None:
    assert is_wrapped(width, local, paragraph_start=paragraph_start, blank_gap=blank_gap) is expected


# fmt: off
SHOULD_JOIN_CASES = [
    pytest.param("高于规上", "工业10.6个百分点", True, False, True, id="wrapped"),
    pytest.param("高于规上", "工业10.6个百分点", False, False, False, id="not-wrapped"),
    pytest.param("工业用电、", "销售开票收入", False, False, True, id="open-ending"),
    pytest.param("增长15.7%", "，高于全国", False, False, True, id="closed-start"),
    pytest.param("注脚。", "今年上半年", True, False, False, id="terminated"),
    pytest.param("高于规上", "### 宏观", True, False, False, id="heading-follows"),
    pytest.param("——工业生产总体平稳与投资增长", "规上工业", True, False, False, id="heading"),
    pytest.param("多个新兴产业、未来产业", "新领域千帆竞发", True, True, False, id="heading-block"),
]
# fmt: on


@pytest.mark.parametrize(("line", "following", "wrapped", "in_heading_block", "expected"), SHOULD_JOIN_CASES)
def test_should_join(line: str, following: str, wrapped: bool, in_heading_block: bool, expected: bool) -> None:
    assert should_join(line, following, wrapped=wrapped, in_heading_block=in_heading_block) is expected


def test_find_heading_blocks() -> None:
    text = lines_of(
        "多个新兴产业、未来产业保持两位数增长",
        "新领域千帆竞发，新动能破浪前行",
        "",
        "九州通与北大武汉人工智能研究院共建联合",
        "研究室，年轻企业武汉华威科的电子皮肤应用于",
        "1000台人形机器人，出货量领先——无论是深耕",
        "",
        "多年的老牌企业，还是充满朝气的年轻力量。",
    )
    lines = split_lines(text, fold_text(text))
    widths = [display_width(line.text) for line in lines]
    marks = find_heading_blocks(lines, widths, [21.0] * len(lines))
    assert marks == [True, True, False, False, False, False]


def test_split_lines_marks_blank_lines_and_strips_indentation() -> None:
    text = "\t甲乙 \r\n\r\n\u3000丙\r丁\n"
    lines = split_lines(text, fold_text(text))
    assert [(line.text, line.blank_before) for line in lines] == [
        ("甲乙", False),
        ("丙", True),
        ("丁", False),
    ]
    assert [text[line.start : line.end] for line in lines] == ["甲乙", "丙", "丁"]


def test_drop_furniture_keeps_blank_lines_around_it() -> None:
    text = "在转型中提\n\n- 12 -\n速、赶超\n- 13 -\n质变。"
    lines = split_lines(text, fold_text(text))
    content = drop_furniture(lines, [is_page_furniture(line.text) for line in lines])
    assert [(line.text, line.blank_before) for line in content] == [
        ("在转型中提", False),
        ("速、赶超", True),
        ("质变。", False),
    ]


def test_decide_joins_on_column() -> None:
    text = COLUMN_22
    lines = split_lines(text, fold_text(text))
    assert decide_joins(lines) == [True, True, True, True, True, True, False, True, True, True]


# fmt: off
SEPARATOR_CASES = [
    pytest.param("Wind\nAI", 4, 5, 4, id="latin-keeps-break"),
    pytest.param("Wind \n AI", 4, 7, 4, id="latin-keeps-space"),
    pytest.param("Wind\r\nAI", 4, 6, 5, id="latin-keeps-lf-of-crlf"),
    pytest.param("12\n3", 2, 3, None, id="digits-join"),
    pytest.param("规上\n工业", 2, 3, None, id="han-joins"),
    pytest.param("2025\n全球", 4, 5, None, id="digit-han-joins"),
]
# fmt: on


@pytest.mark.parametrize(("text", "start", "end", "expected"), SEPARATOR_CASES)
def test_find_separator(text: str, start: int, end: int, expected: int | None) -> None:
    assert find_separator(fold_text(text), start, end) == expected


# --------------------------------------------------------------------------------------------
# Offsets and spans
# --------------------------------------------------------------------------------------------


def test_offsets_point_into_original() -> None:
    result = normalize("增长 22.8%")
    assert result.text == "增长22.8%"
    assert result.offsets == (0, 1, 3, 4, 5, 6, 7, 8)


def test_span_across_removed_line_break_covers_it() -> None:
    result = normalize(BULLETS)
    start = result.text.index("规上工业10.6")
    o_start, o_end = result.span_to_original(start, start + len("规上工业10.6"))
    assert BULLETS[o_start:o_end] == "规上\n\n工业10.6"


def test_span_of_folded_text_maps_to_full_width_original() -> None:
    original = "增长" + full_width("15") + "．7％"
    result = normalize(original)
    assert result.text == "增长15.7%"
    assert result.span_to_original(2, 7) == (2, 7)


def test_span_at_end_and_empty_span() -> None:
    result = normalize("质变。\n\n")
    assert result.span_to_original(0, len(result.text)) == (0, len(result.original))
    assert result.span_to_original(1, 1) == (1, 1)
    assert result.span_to_original(len(result.text), len(result.text)) == (len(result.original),) * 2


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (2, 1), (0, 99)], ids=["negative", "reversed", "past-end"])
def test_span_outside_text_raises(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="outside text"):
        normalize("质变。").span_to_original(start, end)


@pytest.mark.parametrize("text", ["", " ", "\n", "\r\n\r\n", " \t\u3000\n\u00a0\n", "\ufeff"], ids=repr)
def test_degenerate_inputs(text: str) -> None:
    result = normalize(text)
    assert len(result.offsets) == len(result.text) + 1
    assert result.offsets[-1] == len(text)


def test_normalized_is_frozen() -> None:
    result = normalize("质变。")
    assert isinstance(result, Normalized)
    with pytest.raises(AttributeError):
        result.text = "x"  # type: ignore[misc]


def test_large_input_is_linear_enough() -> None:
    text = (COLUMN_22 + "\n\n" + BULLETS + "\n\n" + NARROW + "\n\n") * 2000  # about 1.4 M characters
    started = time.perf_counter()
    result = normalize(text)
    assert time.perf_counter() - started < 20
    assert len(result.offsets) == len(result.text) + 1


# --------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------

REPORT_CHARS = list("规上工业增加值同比增长个百分点高于全国武汉特") + list("0123456789.%-#、，。；：“”（）—")
TRICKY_CHARS = [" ", "\t", "\u3000", "\u00a0", "\n", "\r", "\r\n", "\u2028", "\f", "\ufeff", "\u200b", "－"]
FULL_WIDTH_CHARS = [full_width(char) for char in "0123456789AZaz%+<>."]
report_text = st.lists(st.sampled_from([*REPORT_CHARS, *TRICKY_CHARS, *FULL_WIDTH_CHARS]), max_size=300).map("".join)
report_lines = st.lists(
    st.tuples(st.text(st.sampled_from([*REPORT_CHARS, " "]), max_size=24), st.sampled_from(["\n", "\n\n", "\r\n"])),
    max_size=40,
).map(lambda rows: "".join(line + br for line, br in rows))
any_text = st.one_of(st.text(), report_text, report_lines)


def check_invariants(original: str, result: Normalized) -> None:
    assert result.original == original
    assert len(result.offsets) == len(result.text) + 1
    assert result.offsets[-1] == len(original)
    assert all(a < b for a, b in zip(result.offsets, result.offsets[1:], strict=False))
    for char, offset in zip(result.text, result.offsets, strict=False):
        source = original[offset]
        assert char == fold_char(source) or (source, char) in CONTEXT_FOLDS


@settings(max_examples=300)
@given(any_text)
def test_offsets_invariants(original: str) -> None:
    check_invariants(original, normalize(original))


@settings(max_examples=200)
@given(any_text, st.data())
def test_span_to_original_covers_exactly_the_kept_characters(original: str, data: st.DataObject) -> None:
    result = normalize(original)
    start = data.draw(st.integers(0, len(result.text)))
    end = data.draw(st.integers(start, len(result.text)))
    o_start, o_end = result.span_to_original(start, end)
    assert 0 <= o_start <= o_end <= len(original)
    if start < end:
        assert o_start == result.offsets[start]
        assert o_end == result.offsets[end - 1] + 1
        kept = set(result.offsets[start:end])
        dropped = [original[i] for i in range(o_start, o_end) if i not in kept]
        assert len(dropped) == (o_end - o_start) - (end - start)


@given(st.text(st.sampled_from([*REPORT_CHARS, " ", "\t", "\u3000", "\u00a0", "\u200b"]), max_size=200))
def test_without_line_breaks_only_spaces_are_dropped(original: str) -> None:
    result = normalize(original)
    kept = set(result.offsets)
    assert all(original[i] in " \t\u3000\u00a0\u200b" for i in range(len(original)) if i not in kept)


@given(st.text(st.sampled_from(REPORT_CHARS), max_size=200))
def test_clean_single_line_is_unchanged(original: str) -> None:
    result = normalize(original)
    assert result.text == fold_text(original)
    assert result.offsets == tuple(range(len(original) + 1))


# A headline writes its statements side by side with a space: the space is read as a clause mark, so
# the second statement's figure does not take the first one's words; the body and letter-spaced type
# (a PDF's 筑 牢 产 业) keep today's handling.
HEADLINE_GAP_CASES = [
    pytest.param("A股收涨 沪指重回3300点\n正文。", "A股收涨：沪指重回3300点\n正文。", id="ascii-space"),
    pytest.param("港股低收307點\u30003月升近1%\n正文。", "港股低收307點：3月升近1%\n正文。", id="ideographic-space"),
    pytest.param("正文第一句。沪指 涨了。", "正文第一句。沪指涨了。", id="body"),
    pytest.param("立法會 2013年 2月 27日\n正文。", "立法會：2013年2月27日\n正文。", id="date-parts"),
    pytest.param("筑 牢 产 业 基 础\n正文。", "筑牢产业基础\n正文。", id="letter-spaced"),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_GAP_CASES)
def test_headline_gaps_are_clause_marks(text: str, expected: str) -> None:
    assert normalize(text).text == expected
