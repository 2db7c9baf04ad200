"""Generate ``lexicons/t2s.txt``, the 1:1 Traditional -> Simplified character table, from OpenCC.

cnreport matches its (Simplified) lexicons against Traditional text by converting the text one
character at a time with ``str.translate``. A character table, unlike OpenCC's phrase-aware
converter, keeps every offset exact by construction (see shared/DEPENDENCIES.md section 4), so
spans found in the converted text index the original text unchanged. OpenCC is therefore a
*build-time* tool only: cnreport ships the generated table as data and needs no dependency.

How to rebuild (OpenCC goes into a throwaway venv, never into the project's):

    python3 -m venv /tmp/opencc-venv
    /tmp/opencc-venv/bin/pip install opencc==1.4.2
    /tmp/opencc-venv/bin/python scripts/build_t2s.py            # rewrites lexicons/t2s.txt
    /tmp/opencc-venv/bin/python scripts/build_t2s.py --check    # exit 1 if the file is stale

How the table is built:

1. Every code point (surrogates and ASCII aside) is converted *alone* with OpenCC's ``t2s``,
   ``hk2s`` and ``tw2s`` configurations. Alone means no phrase dictionary can apply, so the
   result is exactly OpenCC's character-level choice (the first candidate of TSCharacters /
   TSCharactersExt after the CJK_Compatibility_Ideographs normalization).
2. ``t2s`` results that are one character and differ from the input are kept: source ``t2s``,
   or ``compat`` when the input is a CJK compatibility ideograph (OpenCC's normalization step).
3. ``hk2s``/``tw2s`` add Hong Kong and Taiwan variant glyphs (衞, 敍, 粧, 簷 ...) that ``t2s``
   leaves alone, but only when the variant cannot be written in GB2312. A character GB2312 has
   is a Simplified character in its own right: OpenCC's ``tw2s`` turns 著 into 着 and 么 into 幺
   character by character and relies on phrases (顯著, 著名) to undo it, which a character table
   cannot do, and 显著 is everywhere in economic text. Where ``t2s`` and a regional config
   disagree (顎 -> 颚 / 腭) ``t2s`` wins. Skipped and overridden entries are listed in the header.
4. Every entry maps one code point to one code point; the script asserts it. An output that is
   itself a key (OpenCC: 薴 -> 苧, 苧 -> 苎) is kept as is: OpenCC converts in one pass, and so does
   ``str.translate``; such chains are listed in the header.

Each line is ``trad_hex<TAB>simp_hex<TAB>trad<TAB>simp<TAB>source``. The loader reads the hex
columns: a tool that NFC-normalizes the file would silently rewrite compatibility ideographs in
the character columns, never in the hex ones.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "lexicons" / "t2s.txt"
TRAD_SAMPLES = sorted((ROOT / "samples").glob("*-trad.txt"))


def _is_compat(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("CJK COMPATIBILITY IDEOGRAPH")


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _show(ch: str) -> str:
    """A character and its code point: compatibility ideographs look exactly like their targets."""
    return f"{ch}(U+{ord(ch):04X})"


def _probe(converter: object) -> dict[str, str]:
    """Every code point OpenCC changes when converted on its own -> its output."""
    changed: dict[str, str] = {}
    for cp in range(0x80, 0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        out = converter.convert(ch)  # type: ignore[attr-defined]
        if out != ch:
            changed[ch] = out
    return changed


def build() -> tuple[list[tuple[str, str, str]], list[str], str]:
    """(entries, notes for the header, OpenCC version)."""
    import opencc  # a build-time tool only; see the module docstring

    probes = {name: _probe(opencc.OpenCC(name)) for name in ("t2s", "hk2s", "tw2s")}
    notes: list[str] = []
    for name, changed in probes.items():
        longer = {k: v for k, v in changed.items() if len(v) != 1}
        assert not longer, f"{name} maps a single character to several: {longer}"

    table: dict[str, tuple[str, str]] = {}
    for ch, out in probes["t2s"].items():
        table[ch] = (out, "compat" if _is_compat(ch) else "t2s")

    regional: dict[str, dict[str, str]] = {}
    for name, tag in (("hk2s", "hk"), ("tw2s", "tw")):
        for ch, out in probes[name].items():
            if ch in table:
                if table[ch][0] != out:
                    notes.append(f"{name} {_show(ch)}->{_show(out)} overridden by t2s ->{_show(table[ch][0])}")
                continue
            if _in_gb2312(ch):
                notes.append(f"{name} {_show(ch)}->{_show(out)} skipped: a Simplified (GB2312) character")
                continue
            regional.setdefault(ch, {})[tag] = out
    for ch, by_tag in regional.items():
        outs = set(by_tag.values())
        assert len(outs) == 1, f"hk2s and tw2s disagree on {ch}: {by_tag}"
        table[ch] = (outs.pop(), "+".join(sorted(by_tag)))

    entries = sorted(((k, v, src) for k, (v, src) in table.items()), key=lambda e: ord(e[0]))
    keys = {k for k, _, _ in entries}
    table_map = {k: v for k, v, _ in entries}
    for k, v, _ in entries:
        if v in keys:  # OpenCC converts in one pass and so does str.translate: keep its result
            notes.append(f"one pass: {_show(k)}->{_show(v)} although ->{_show(table_map[v])} (as OpenCC t2s does)")
    assert all(len(k) == 1 and len(v) == 1 and k != v for k, v, _ in entries)
    return entries, sorted(notes), str(opencc.__version__)


def render(entries: list[tuple[str, str, str]], notes: list[str], version: str) -> str:
    counts = Counter(src for _, _, src in entries)
    summary = ", ".join(f"{src}: {n}" for src, n in sorted(counts.items()))
    lines = [
        "# cnreport Traditional -> Simplified character table: one character to one character, so offsets survive.",
        f"# Generated by scripts/build_t2s.py from OpenCC {version} (t2s, hk2s, tw2s); do not edit by hand.",
        "# OpenCC: Copyright (c) Carbo Kuo (BYVoid) and contributors, Apache License 2.0; see NOTICE-OpenCC.txt.",
        "# Columns: traditional code point, simplified code point (hex; these are what cnreport reads),",
        "# traditional, simplified, source (t2s | compat = CJK compatibility ideograph | hk | tw | hk+tw).",
        f"# entries: {len(entries)} ({summary})",
        *(f"# note: {note}" for note in notes),
    ]
    lines += [f"{ord(k):04X}\t{ord(v):04X}\t{k}\t{v}\t{src}" for k, v, src in entries]
    return "\n".join(lines) + "\n"


def compare_with_opencc(entries: list[tuple[str, str, str]]) -> None:
    """Print how far the table is from full (phrase-aware) OpenCC t2s on the Traditional samples."""
    import opencc

    converter = opencc.OpenCC("t2s")
    mapping = str.maketrans({k: v for k, v, _ in entries})
    for path in TRAD_SAMPLES:
        text = path.read_text(encoding="utf-8")
        ours, theirs = text.translate(mapping), converter.convert(text)
        assert len(theirs) == len(text), f"OpenCC t2s changed the length of {path.name}"
        diffs = [(i, text[i], ours[i], theirs[i]) for i in range(len(text)) if ours[i] != theirs[i]]
        print(f"{path.name}: {len(text)} chars, {len(diffs)} differ from OpenCC t2s {diffs[:10]}", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if lexicons/t2s.txt differs from a fresh build")
    args = parser.parse_args()
    entries, notes, version = build()
    text = render(entries, notes, version)
    compare_with_opencc(entries)
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is stale: rerun scripts/build_t2s.py", file=sys.stderr)
            return 1
        print(f"{OUT} is up to date ({len(entries)} entries)", file=sys.stderr)
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(entries)} entries)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
