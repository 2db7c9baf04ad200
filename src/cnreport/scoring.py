"""The project's scorer: SPEC section 6, number for number the same as shared/eval/score.py.

Kept as a copy (not an import) so an installed cnreport can score without the shared folder;
``tests/test_scoring.py`` checks that both give the same numbers on the samples.
"""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

FIELDS = ("period", "base", "kind", "subject", "qualifier", "modality")
UNIT_ALIASES = {
    "％": "%",
    "percent": "%",
    "百分比": "%",
    "个百分点": "pp",
    "百分点": "pp",
    "percentage_point": "pp",
    "ppt": "pp",
    "名": "rank",
    "位": "rank",
    "第": "rank",
    "人民币": "元",
    "元人民币": "元",
    "cny": "元",
    "rmb": "元",
    "usd": "美元",
    "hkd": "港元",
    "eur": "欧元",
}
DROP = set(" \t\r\n\u3000“”\"'‘’《》「」『』()（）[]【】·・")
# Names that mean the same indicator or the same subject; applied to both sides before comparing.
METRIC_ALIASES = (
    ("国内生产总值", "生产总值"),
    ("地区生产总值", "生产总值"),
    ("本地生产总值", "生产总值"),
    ("本地生產總值", "生产总值"),
    ("國內生產總值", "生产总值"),
    ("地區生產總值", "生产总值"),
    ("GDP", "生产总值"),
    ("gdp", "生产总值"),
    ("居民消费价格指数", "CPI"),
    ("居民消费价格", "CPI"),
    ("消費物價指數", "CPI"),
    ("工业生产者出厂价格指数", "PPI"),
    ("工业生产者出厂价格", "PPI"),
    ("采购经理指数", "PMI"),
    ("采购经理人指数", "PMI"),
    ("採購經理指數", "PMI"),
    ("广义货币", "M2"),
    ("社会融资规模", "社融"),
    ("社会消费品零售总额", "社零"),
    ("社會消費品零售總額", "社零"),
    ("经济总量", "生产总值"),
    ("經濟總量", "生产总值"),
    ("外贸进出口", "进出口"),
    ("外贸", "进出口"),
)
SUBJECT_ALIASES = {
    "中国": "全国",
    "我国": "全国",
    "中國": "全国",
    "我國": "全国",
    "全國": "全国",
    "国内": "全国",
    "中国内地": "全国",
}


def norm_text(s: object) -> str:
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", str(s))
    s = "".join(ch for ch in s if ch not in DROP)
    return s.replace("规上", "规模以上")


def norm_unit(u: object) -> str:
    u = norm_text(u).lower()
    return UNIT_ALIASES.get(u, u)


def norm_metric(s: object) -> str:
    out = norm_text(s)
    for a, b in METRIC_ALIASES:
        out = out.replace(a, b)
    return out.replace("（", "").replace("）", "")


def bigrams(s: str) -> list[str]:
    return [s[i : i + 2] for i in range(len(s) - 1)] or ([s] if s else [])


def similarity(a: str, b: str) -> float:
    a, b = norm_text(a), norm_text(b)
    if not a or not b:
        return 0.0
    short, long_ = sorted((a, b), key=len)
    if short in long_ and 2 * len(short) >= len(long_):
        return 1.0  # one name inside the other, and not lost in a much longer phrase
    ga, gb = bigrams(a), bigrams(b)
    pool: defaultdict[str, int] = defaultdict(int)
    for g in gb:
        pool[g] += 1
    common = 0
    for g in ga:
        if pool[g] > 0:
            pool[g] -= 1
            common += 1
    return 2 * common / (len(ga) + len(gb))


def same_value(p: Any, g: Any) -> bool:
    try:
        p, g = float(p), float(g)
    except (TypeError, ValueError):
        return False
    if math.isnan(p) or math.isnan(g):
        return False
    return bool(abs(p - g) <= 1e-6 * max(1.0, abs(g)))  # bool(): p and g are JSON values, typed Any


def norm_field(name: str, v: object) -> str:
    if v is None or v == "":
        return ""
    s = norm_text(v)
    if name == "kind":
        return s.lower()
    if name == "subject":
        return SUBJECT_ALIASES.get(s, s)
    if name == "base" and s.startswith("metric:"):
        return "metric:" + norm_metric(s[7:])
    return s


def shift(period: str, how: str) -> str | None:
    """The period one step before (`prev`) or one year before (`yoy`) a canonical period."""
    if how == "yoy" and re.fullmatch(r"\d{4}[-\dHQ/]*", period):
        # every year in the period one back: 2019-04/2020-03 -> 2018-04/2019-03
        return re.sub(r"\d{4}", lambda y: str(int(y.group()) - 1), period)
    m = re.fullmatch(r"(\d{4})(?:-(H|Q)(\d)|-(\d{2})(?:-(\d{2}))?|-(\d{2})/(\d{4})-(\d{2}))?", period)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(2):  # half or quarter
        n, top = int(m.group(3)), (2 if m.group(2) == "H" else 4)
        return f"{y}-{m.group(2)}{n - 1}" if n > 1 else f"{y - 1}-{m.group(2)}{top}"
    if m.group(4) and not m.group(5):  # month
        mo = int(m.group(4))
        return f"{y}-{mo - 1:02d}" if mo > 1 else f"{y - 1}-12"
    if m.group(1) and not any(m.groups()[1:]):  # year
        return str(y - 1)
    return None


def same_base(pb: str, gb: str, period: object) -> bool:
    """`prev`/`yoy` and the explicit period they stand for are the same base."""
    if not period:
        return False
    for a, b in ((pb, gb), (gb, pb)):
        if a in ("prev", "yoy") and b.startswith("period:"):
            if shift(str(period), a) == b.split(":", 1)[1]:
                return True
    return False


def field_ok(name: str, p: object, g: object, gold_period: object = None) -> bool:
    pn, gn = norm_field(name, p), norm_field(name, g)
    if pn == gn:
        return True
    if name == "base" and same_base(pn, gn, gold_period):
        return True
    if name in ("subject",) and pn and gn:
        return similarity(pn, gn) >= 0.5
    if name == "base" and ":" in pn and ":" in gn:
        pk, pv = pn.split(":", 1)
        gk, gv = gn.split(":", 1)
        return pk == gk and pk in ("entity", "metric") and similarity(pv, gv) >= 0.5
    return False


def doc_key(rec: dict[str, Any]) -> str:
    d = rec.get("doc")
    if d is None and isinstance(rec.get("source"), dict):
        d = rec["source"].get("path") or rec["source"].get("doc")
    if d is None:
        d = rec.get("file") or rec.get("path") or ""
    return Path(str(d)).name


def load_jsonl(path: str) -> list[dict[str, Any]]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{n}: not JSON: {e}")
            if isinstance(obj, dict):
                out.append(obj)
    return out


_PAREN = re.compile(r"[（(]([^（）()]{1,12})[）)]")
# A contribution is named by its part; `对Y增长的拉动` / `拉动Y增长` around it are optional (SPEC §7).
_CONTRIBUTION_TAIL = re.compile(r"(?:对.{0,16}?(?:增长|上涨|增速)?的?(?:拉动|贡献|影响)|拉动.*|的?拉动)$")


def name_variants(name: object, contribution: bool = False) -> set[str]:
    """A name as written, and with a bracketed abbreviation either dropped or used alone:
    `制造业采购经理指数（PMI）` is also `制造业采购经理指数` and `PMI`."""
    s = unicodedata.normalize("NFKC", str(name or ""))
    out = {norm_metric(s)}
    inner = [m.group(1) for m in _PAREN.finditer(s)]
    if inner:
        out.add(norm_metric(_PAREN.sub("", s)))
        out.update(norm_metric(i) for i in inner if len(norm_text(i)) >= 2)
    if contribution:
        out |= {_CONTRIBUTION_TAIL.sub("", v) for v in out}
    return {v for v in out if v}


def compatible(p: dict[str, Any], g: dict[str, Any]) -> float:
    """Metric similarity when value and unit agree, else 0."""
    if not same_value(p.get("value"), g.get("value")):
        return 0.0
    if norm_unit(p.get("unit")) != norm_unit(g.get("unit")):
        return 0.0
    contribution = "contribution" in (str(p.get("kind")), str(g.get("kind")))
    s = max(
        (
            similarity(a, b)
            for a in name_variants(p.get("metric", ""), contribution)
            for b in name_variants(g.get("metric", ""), contribution)
        ),
        default=0.0,
    )
    return s if s >= 0.5 else 0.0


def score(gold: list[dict[str, Any]], pred: list[dict[str, Any]], docs: set[str] | None = None) -> dict[str, Any]:
    gold_by, pred_by = defaultdict(list), defaultdict(list)
    for g in gold:
        gold_by[doc_key(g)].append(g)
    for p in pred:
        pred_by[doc_key(p)].append(p)
    docs = docs or set(gold_by)
    required = matched_req = pred_total = pred_good = strict_tp = 0
    field_hits = {f: 0 for f in FIELDS}
    field_seen = {f: 0 for f in FIELDS}
    misses, false_pos, field_errors = [], [], []
    for d in sorted(docs):
        gs, ps = gold_by.get(d, []), pred_by.get(d, [])
        pairs = []
        for i, p in enumerate(ps):
            for j, g in enumerate(gs):
                s = compatible(p, g)
                if s:
                    pairs.append((s, i, j))

        # Best name first; on a tie the pair whose other fields agree, then a required fact
        # before an optional one, so that a right prediction is not spent on a restatement.
        def agree(i: int, j: int) -> int:
            return sum(field_ok(f, ps[i].get(f), gs[j].get(f), gs[j].get("period")) for f in FIELDS)

        pairs.sort(key=lambda t: (-t[0], -agree(t[1], t[2]), bool(gs[t[2]].get("optional"))))
        p_used, g_used, assign = set(), set(), {}
        for s, i, j in pairs:
            if i in p_used or j in g_used:
                continue
            p_used.add(i)
            g_used.add(j)
            assign[j] = i
        good_pred = {i for _, i, _ in pairs}
        pred_total += len(ps)
        pred_good += len(good_pred)
        for j, g in enumerate(gs):
            if g.get("optional"):
                continue
            required += 1
            if j not in assign:
                misses.append(g)
                continue
            matched_req += 1
            p = ps[assign[j]]
            all_ok = True
            for f in FIELDS:
                field_seen[f] += 1
                ok = field_ok(f, p.get(f), g.get(f), g.get("period"))
                field_hits[f] += ok
                if not ok:
                    field_errors.append((f, g, p))
                    if f in ("period", "base", "kind"):
                        all_ok = False
            strict_tp += all_ok
        for i, p in enumerate(ps):
            if i not in good_pred:
                false_pos.append(p)

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    recall = matched_req / required if required else 0.0
    precision = pred_good / pred_total if pred_total else 0.0
    s_recall = strict_tp / required if required else 0.0
    s_precision = precision * (strict_tp / matched_req) if matched_req else 0.0
    return {
        "docs": len(docs),
        "gold_required": required,
        "predicted": pred_total,
        "record_recall": round(recall, 4),
        "record_precision": round(precision, 4),
        "record_f1": round(f1(precision, recall), 4),
        "strict_f1": round(f1(s_precision, s_recall), 4),
        "field_accuracy": {f: round(field_hits[f] / field_seen[f], 4) if field_seen[f] else None for f in FIELDS},
        "_misses": misses,
        "_false_positives": false_pos,
        "_field_errors": field_errors,
    }


def macro(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-document F1 averaged over documents, so one table-heavy document cannot dominate."""
    docs = sorted({doc_key(g) for g in gold})
    per = {d: score(gold, pred, {d}) for d in docs}
    per = {d: r for d, r in per.items() if r["gold_required"]}
    n = len(per) or 1
    return {
        "macro_record_f1": round(sum(r["record_f1"] for r in per.values()) / n, 4),
        "macro_strict_f1": round(sum(r["strict_f1"] for r in per.values()) / n, 4),
        "per_doc": {d: (r["record_f1"], r["strict_f1"], r["gold_required"], r["predicted"]) for d, r in per.items()},
    }


def evaluate(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    """Micro scores plus the per-document (macro) averages, as score.py prints them."""
    res = score(gold, pred)
    res.update(macro(gold, pred))
    return res


def format_errors(res: dict[str, Any]) -> list[str]:
    """Misses, false positives and field errors, one line each (score.py --show-errors)."""

    def short(r: dict[str, Any]) -> dict[str, Any]:
        keys = (
            "doc",
            "metric",
            "value",
            "unit",
            "kind",
            "period",
            "base",
            "subject",
            "qualifier",
            "modality",
            "evidence",
            "text",
        )
        return {k: r.get(k) for k in keys if r.get(k) is not None}

    lines = ["== missed gold facts"]
    lines += ["  " + json.dumps(short(g), ensure_ascii=False) for g in res["_misses"]]
    lines.append("== predictions matching no gold fact")
    lines += ["  " + json.dumps(short(p), ensure_ascii=False) for p in res["_false_positives"]]
    lines.append("== field errors (field: gold -> predicted)")
    for f, g, p in res["_field_errors"]:
        lines.append(f"  {f}: {g.get(f)!r} -> {p.get(f)!r}   [{g.get('doc')}] {g.get('metric')} {g.get('value')}")
    return lines


def format_summary(res: dict[str, Any], *, per_doc: bool = False) -> list[str]:
    """The summary lines score.py prints."""
    lines = []
    if per_doc:
        for d, (f, sf, ng, npred) in res["per_doc"].items():
            lines.append(f"  {d}: record F1 {f}  strict F1 {sf}  (gold {ng}, predicted {npred})")
    fa = res["field_accuracy"]
    lines.append(f"docs {res['docs']}  gold {res['gold_required']}  predicted {res['predicted']}")
    lines.append("fields: " + "  ".join(f"{k} {v}" for k, v in fa.items()))
    lines.append(
        f"record P {res['record_precision']}  R {res['record_recall']}  F1 {res['record_f1']}  "
        f"strict F1 {res['strict_f1']}"
    )
    lines.append(f"per-document average: record F1 {res['macro_record_f1']}  strict F1 {res['macro_strict_f1']}")
    return lines


def summary_json(res: dict[str, Any]) -> str:
    """The one-line JSON summary (score.py --json)."""
    return json.dumps({k: v for k, v in res.items() if not k.startswith("_") and k != "per_doc"}, ensure_ascii=False)
