"""Actor resolution accuracy of heron.actors.find on held-out gold.

  python bench/actors_eval.py [--data /work/shared/data] [--errors N]

(a) PLOVER gold standard records (PLOVER_GSR_CAMEO.txt, English, CAMEO 1.1b3 manual examples):
    every source/target actorText with its CAMEO code. A gold actor is *found* when a mention
    of find(sentence, 'en', record date) overlaps its text; *country* is right when that
    mention's country equals the code's (IGO* codes accept IGO, UNO and EUR; IGOUNO = UNO);
    *sector* is scored where the gold gives one: strict (mention sector equal) and by the
    convention of CODING.md (a bare state/capital/demonym with sector None = the government,
    so it counts as GOV).
(b) ConfliBERT CAMEO NER (data/cameo_ner/train.txt): source/target spans only, no codes, so
    span recall (any mention overlapping the span).
(c) bench/actors_gold_multi.tsv: ~20 hand-written sentences per language (nl/de/fr/es) with gold
    country (and sector where the sentence fixes it), split dev/held; same scoring as (a).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
import conll  # noqa: E402
from heron.actors import find  # noqa: E402

# CAMEO country codes that are not ISO 3166 alpha-3
CAMEO_ISO = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "GER": "DEU", "SRB": "SRB", "KSV": "KOS", "XKX": "KOS",
             "ZAR": "COD", "TMP": "TLS", "BUR": "MMR", "YUG": "SRB"}
CAMEO_SECTOR = {"MED": "JRN", "HLH": "MED", "HRI": "CVL", "AGR": "CVL", "DEV": "CVL", "ENV": "CVL",
                "INS": "REB", "CIV": "CVL"}
PLOVER = set("GOV MIL COP JUD LEG PTY REB SPY UAF CVL BUS JRN MED REL EDU LAB REF OPP ELI CRM PRE UNK".split())
BARE = ("state", "capital", "demonym")


def gold_country(code: str) -> tuple[str, set[str]]:
    code = code.strip().upper()
    if code.startswith("IGO"):
        if code[3:6] == "UNO":
            return "UNO", {"UNO"}
        if code[3:6] == "EUR":
            return "EUR", {"EUR"}
        return "IGO", {"IGO", "UNO", "EUR"}
    if code.startswith("NGO"):
        return "NGO", {"NGO"}
    c = CAMEO_ISO.get(code[:3], code[:3])
    return c, {c}


def gold_sector(sector: str | None, code: str) -> str | None:
    s = (sector or "").strip()[:3].upper() or code[3:6].upper()
    s = CAMEO_SECTOR.get(s, s)
    return s if s in PLOVER else None


class Score:
    def __init__(self) -> None:
        self.n = self.found = self.country = 0
        self.sec_n = self.sec_strict = self.sec_conv = 0
        self.errors: list[str] = []

    def add(self, text: str, ms, surface: str, countries: set[str], sector: str | None, tag: str) -> None:
        self.n += 1
        i = text.find(surface)
        if i < 0:
            i = text.lower().find(surface.lower())
        if i < 0:
            self.errors.append(f"[{tag}] gold text not in sentence: {surface!r}")
            return
        j = i + len(surface)
        over = [m for m in ms if m.start < j and m.end > i]
        if not over:
            self.errors.append(f"[{tag}] MISSED {surface!r} ({'/'.join(sorted(countries))}) | {text[:160]}")
            if sector:
                self.sec_n += 1
            return
        self.found += 1
        # prefer the overlapping mention with the right country, then the longest overlap
        best = max(over, key=lambda m: (m.country in countries, min(j, m.end) - max(i, m.start)))
        if best.country in countries:
            self.country += 1
        else:
            self.errors.append(f"[{tag}] COUNTRY {surface!r} gold {'/'.join(sorted(countries))} got "
                               f"{best.text!r} {best.country} {best.kind} | {text[:160]}")
        if sector:
            self.sec_n += 1
            if best.sector == sector:
                self.sec_strict += 1
                self.sec_conv += 1
            elif best.sector is None and best.kind in BARE and sector == "GOV":
                self.sec_conv += 1
            else:
                self.errors.append(f"[{tag}] SECTOR {surface!r} gold {sector} got {best.text!r} "
                                   f"{best.sector} {best.kind} | {text[:160]}")

    def row(self, name: str) -> str:
        pct = lambda a, b: f"{100 * a / b:.1f}% ({a}/{b})" if b else "-"  # noqa: E731
        return (f"| {name} | {self.n} | {pct(self.found, self.n)} | {pct(self.country, self.found)} | "
                f"{pct(self.country, self.n)} | {pct(self.sec_strict, self.sec_n)} | {pct(self.sec_conv, self.sec_n)} |")


HEADER = ("| set | gold actors | found (mention overlaps) | country right, of found | country right, of all | "
          "sector strict, of gold sectors | sector (bare state = GOV) |\n|---|---|---|---|---|---|---|")


def plover(data: Path) -> tuple[Score, int, float]:
    recs = json.loads((data / "events/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt").read_text())
    sc, n, t = Score(), 0, 0.0
    for r in recs:
        text = r.get("text")
        if not text:
            continue
        t0 = time.perf_counter()
        ms = find(text, "en", r.get("date") or None)
        t += time.perf_counter() - t0
        n += 1
        for role in ("source", "target"):
            v = r.get(role)
            if not isinstance(v, list):
                continue
            for a in v:
                surface, code = a.get("actorText", ""), a.get("code", "")
                if not surface or not code:
                    continue
                _, countries = gold_country(code)
                sc.add(text, ms, surface, countries, gold_sector(a.get("sector"), code), r["id"])
    return sc, n, t


def conflibert(data: Path) -> dict:
    sents = conll.sentences(data / "events/conflibert-cameo/data/cameo_ner/train.txt")
    res: dict = defaultdict(lambda: [0, 0])
    for s in sents:
        text, spans, pos, open_ = "", [], 0, None
        for tok, tag in s:
            start = len(text)
            text += tok + " "
            if tag.startswith("B-") or (tag.startswith("I-") and (open_ is None or open_[2] != tag[2:])):
                if open_:
                    spans.append(open_)
                open_ = [start, start + len(tok), tag[2:]]
            elif tag.startswith("I-") and open_:
                open_[1] = start + len(tok)
            else:
                if open_:
                    spans.append(open_)
                open_ = None
        if open_:
            spans.append(open_)
        ms = find(text, "en", "2018-01-01")
        for a, b, lab in spans:
            res[lab][0] += 1
            if any(m.start < b and m.end > a for m in ms):
                res[lab][1] += 1
    return {"sentences": len(sents), **{k: tuple(v) for k, v in res.items()}}


def multi() -> dict[tuple[str, str], Score]:
    out: dict[tuple[str, str], Score] = defaultdict(Score)
    for line in (ROOT / "bench/actors_gold_multi.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, split, text, gold = line.split("\t")
        ms = find(text, lang, "2025-05-01")
        for g in gold.split(" ; "):
            surface, code = g.rsplit("=", 1)
            country, _, sector = code.partition(":")
            out[(lang, split)].add(text, ms, surface.strip(), {country}, sector or None, f"{lang}/{split}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default="/work/shared/data", type=Path)
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors per set")
    args = ap.parse_args()
    find("warm up", "en")
    print("(a) PLOVER GSR (CAMEO), English")
    sc, n, t = plover(args.data)
    print(HEADER)
    print(sc.row("PLOVER GSR"))
    print(f"\n{n} sentences, find() {1000 * t / max(n, 1):.2f} ms per sentence")
    for e in sc.errors[:args.errors]:
        print("   ", e)
    print("\n(b) ConfliBERT CAMEO NER train.txt (spans only; no codes)")
    cb = conflibert(args.data)
    print(f"{cb.pop('sentences')} sentences")
    print("| span type | gold spans | recall (a mention overlaps) |\n|---|---|---|")
    for lab, (g, f) in sorted(cb.items()):
        print(f"| {lab} | {g} | {100 * f / g:.1f}% ({f}/{g}) |")
    print("\n(c) Multilingual hand-written set (bench/actors_gold_multi.tsv)")
    res = multi()
    print(HEADER)
    tot = {"dev": Score(), "held": Score()}
    for (lang, split), s in sorted(res.items()):
        print(s.row(f"{lang} {split}"))
        for k in ("n", "found", "country", "sec_n", "sec_strict", "sec_conv"):
            setattr(tot[split], k, getattr(tot[split], k) + getattr(s, k))
    for split, s in tot.items():
        print(s.row(f"**all {split}**"))
    if args.errors:
        for (lang, split), s in sorted(res.items()):
            for e in s.errors[:args.errors]:
                print("   ", e)


if __name__ == "__main__":
    main()
