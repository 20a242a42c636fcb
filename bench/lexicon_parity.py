"""An aid for aligning the five trigger lexicons by meaning (they code the same ontology but differ in size).

  python bench/lexicon_parity.py summary                  rows per type and mode in each language
  python bench/lexicon_parity.py list TYPE [MODE]         every row of a type (and mode), per language
  python bench/lexicon_parity.py gaps SRC TGT [TYPE] [--below 0.55] [--out FILE]
      rows of SRC whose nearest row of the same type in TGT (multilingual sentence-encoder cosine of the
      patterns, @class tokens read as the class's first member) is below the threshold: candidates for a
      missing equivalent in TGT, worst first, each with TGT's nearest row. A candidate is only a lead: the
      encoder is weak on single words, so every row written from it is judged by a speaker of the language.

It reads triggers.tsv and word_classes.tsv as written (one line per row, classes unexpanded); it changes nothing.
"""
from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from pathlib import Path

import numpy as np

LANGS = ("nl", "en", "de", "fr", "es")
LANG_DIR = Path(__file__).resolve().parent.parent / "heron" / "lang"


def rows(lang: str) -> list[dict[str, str]]:
    lines = [x for x in (LANG_DIR / lang / "triggers.tsv").read_text(encoding="utf-8").splitlines()
             if x.strip() and not x.startswith("#")]
    return [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(lines, delimiter="\t")]


def classes(lang: str) -> dict[str, list[str]]:
    path = LANG_DIR / lang / "word_classes.tsv"
    out: dict[str, list[str]] = {}
    if path.is_file():
        lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")]
        for r in csv.DictReader(lines, delimiter="\t"):
            out.setdefault(r["class"], []).append(r["word"])
    return out


def readable(pattern: str, cls: dict[str, list[str]]) -> str:
    """The pattern as words: marks dropped, a class as its first member."""
    words = []
    for tok in pattern.split():
        tok = tok.lstrip("=").rstrip("+")
        if tok.startswith("@"):
            tok = (cls.get(tok[1:]) or [tok[1:]])[0].lstrip("=").rstrip("+")
        tok = tok.strip("~*")
        if tok and tok != "«»":
            words.append(tok)
    return " ".join(words)


def key(r: dict[str, str]) -> tuple[str, str]:
    return r["type"], r.get("mode", "")


def summary() -> None:
    counts = {lang: Counter(key(r) for r in rows(lang)) for lang in LANGS}
    keys = sorted(set().union(*counts.values()))
    print("type/mode".ljust(28) + "".join(lang.rjust(6) for lang in LANGS))
    for k in keys:
        print(f"{k[0]}/{k[1]}".ljust(28) + "".join(str(counts[lang][k]).rjust(6) for lang in LANGS))


def listing(etype: str, mode: str | None) -> None:
    for lang in LANGS:
        cls = classes(lang)
        sel = [r for r in rows(lang) if r["type"] == etype and (mode is None or r.get("mode", "") == mode)]
        print(f"== {lang} ({len(sel)})")
        print("; ".join(f"{r['pattern']}[{r.get('mode') or ''}/{r['frame']}]" if "@" not in r["pattern"]
                        else f"{r['pattern']}={readable(r['pattern'], cls)}" for r in sel))


def _embed(texts: list[str]) -> np.ndarray:
    from heron.events.classifier import embed
    return embed(texts)


def gaps(src: str, tgt: str, etype: str | None, below: float, out: str | None) -> None:
    s_rows = [r for r in rows(src) if r["type"] != "-" and (etype is None or r["type"] == etype)]
    t_rows = [r for r in rows(tgt) if r["type"] != "-" and (etype is None or r["type"] == etype)]
    s_cls, t_cls = classes(src), classes(tgt)
    s_txt = [readable(r["pattern"], s_cls) for r in s_rows]
    t_txt = [readable(r["pattern"], t_cls) for r in t_rows]
    S, T = _embed(s_txt), _embed(t_txt)
    lines = []
    by_type: dict[str, list[int]] = {}
    for j, r in enumerate(t_rows):
        by_type.setdefault(r["type"], []).append(j)
    for i, r in enumerate(s_rows):
        idx = by_type.get(r["type"], [])
        if not idx:
            lines.append((0.0, r, s_txt[i], "-"))
            continue
        sims = T[idx] @ S[i]
        j = idx[int(np.argmax(sims))]
        best = float(np.max(sims))
        if best < below:
            lines.append((best, r, s_txt[i], f"{t_rows[j]['pattern']} [{t_rows[j].get('mode') or ''}]"))
    lines.sort(key=lambda x: x[0])
    text = "\n".join(f"{b:.2f}\t{r['type']}\t{r.get('mode') or ''}\t{r['frame']}\t{r['pattern']}\t({t})\t~ {m}"
                     for b, r, t, m in lines)
    if out:
        Path(out).write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    print(f"{len(lines)} of {len(s_rows)} {src} rows below {below} against {tgt}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=("summary", "list", "gaps"))
    ap.add_argument("args", nargs="*")
    ap.add_argument("--below", type=float, default=0.55)
    ap.add_argument("--out")
    a = ap.parse_args()
    if a.cmd == "summary":
        summary()
    elif a.cmd == "list":
        listing(a.args[0], a.args[1] if len(a.args) > 1 else None)
    else:
        gaps(a.args[0], a.args[1], a.args[2] if len(a.args) > 2 else None, a.below, a.out)


if __name__ == "__main__":
    main()
