"""Score heron.times.find() on own test sentences in Dutch, German, French and Spanish.

    python bench/times_multilingual.py [--errors] [--langs nl,de,fr,es]

Data: bench/times_multilingual/{nl,de,fr,es}.tsv, 40 news-style sentences per language,
written blind (gold values decided before heron was run on them). Columns:
publication_date (ISO at day or month precision), sentence, expression (an exact substring
of the sentence), value (ISO at its precision), precision (day|month|year). One row per
gold expression; a sentence without a date expression has one row with empty
expression/value/precision, and then any expression heron finds in it is spurious.

Scored per language:
- recall: a gold expression is found when a predicted expression overlaps it;
- value accuracy over found gold expressions and over all gold expressions: the predicted
  expression overlapping the gold one most (ties: the earliest) must have exactly the
  gold value (so '2025' for gold '2025-03' is wrong, as is '2025-03-11' for '2025-03');
- spurious: predicted expressions that overlap no gold expression (including every
  expression found in a sentence with no gold expression).
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heron.times import find  # noqa: E402

DATA = Path(__file__).resolve().parent / "times_multilingual"
LANGS = ["nl", "de", "fr", "es"]
NAMES = {"nl": "Dutch", "de": "German", "fr": "French", "es": "Spanish"}


def load(path: Path) -> list[dict]:
    """Sentences in file order: {pub, sentence, gold: [(start, end, text, value, precision)]}."""
    items: dict[tuple[str, str], dict] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            key = (row["publication_date"], row["sentence"])
            item = items.setdefault(key, {"pub": key[0], "sentence": key[1], "gold": []})
            expr = row["expression"]
            if not expr:
                continue
            start = key[1].find(expr)
            if start < 0:
                raise SystemExit(f"{path.name}: {expr!r} is not in {key[1]!r}")
            item["gold"].append((start, start + len(expr), expr, row["value"], row["precision"]))
    return list(items.values())


def overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def score(lang: str, errors: list) -> dict:
    c = {"sentences": 0, "gold": 0, "found": 0, "correct": 0, "predicted": 0, "spurious": 0,
         "by_prec": {p: [0, 0, 0] for p in ("day", "month", "year")}}
    for item in load(DATA / f"{lang}.tsv"):
        c["sentences"] += 1
        pred = find(item["sentence"], item["pub"], lang)
        c["predicted"] += len(pred)
        for g0, g1, gtext, gvalue, gprec in item["gold"]:
            c["gold"] += 1
            bp = c["by_prec"][gprec]
            bp[0] += 1
            hits = [p for p in pred if overlap(g0, g1, p["start"], p["end"]) > 0]
            if not hits:
                errors.append((lang, "missed", item, f"{gtext} = {gvalue}", "-"))
                continue
            c["found"] += 1
            bp[1] += 1
            best = max(hits, key=lambda p: (overlap(g0, g1, p["start"], p["end"]), -p["start"]))
            if best["value"] == gvalue:
                c["correct"] += 1
                bp[2] += 1
            else:
                errors.append((lang, "wrong value", item, f"{gtext} = {gvalue}",
                               f"{best['text']} = {best['value']} ({best['precision']})"))
        for p in pred:
            if not any(overlap(g0, g1, p["start"], p["end"]) for g0, g1, *_ in item["gold"]):
                c["spurious"] += 1
                errors.append((lang, "spurious", item, "-",
                               f"{p['text']} = {p['value']} ({p['precision']})"))
    return c


def ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/0"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list every miss, wrong value, spurious")
    ap.add_argument("--langs", default=",".join(LANGS))
    args = ap.parse_args()
    langs = [l.strip() for l in args.langs.split(",") if l.strip()]

    errors: list = []
    results = {lang: score(lang, errors) for lang in langs}
    total = {k: sum(r[k] for r in results.values())
             for k in ("sentences", "gold", "found", "correct", "predicted", "spurious")}
    total["by_prec"] = {p: [sum(r["by_prec"][p][i] for r in results.values()) for i in range(3)]
                        for p in ("day", "month", "year")}

    print("| language | sentences | gold | recall (found) | value acc. over found "
          "| value acc. over all gold | spurious / predicted |")
    print("|---|---|---|---|---|---|---|")
    for name, r in [*((NAMES.get(l, l), results[l]) for l in langs), ("**total**", total)]:
        print(f"| {name} | {r['sentences']} | {r['gold']} | {ratio(r['found'], r['gold'])} "
              f"| {ratio(r['correct'], r['found'])} | {ratio(r['correct'], r['gold'])} "
              f"| {r['spurious']} / {r['predicted']} |")
    print()
    print("By gold precision (gold / found / correct):")
    print()
    print("| gold precision | " + " | ".join(NAMES.get(l, l) for l in langs) + " | total |")
    print("|---|" + "---|" * (len(langs) + 1))
    for p in ("day", "month", "year"):
        cells = ["/".join(map(str, results[l]["by_prec"][p])) for l in langs]
        cells.append("/".join(map(str, total["by_prec"][p])))
        print(f"| {p} | " + " | ".join(cells) + " |")

    if args.errors:
        print()
        print(f"Errors ({len(errors)}):")
        for lang, kind, item, gold, predicted in errors:
            print(f"- [{lang}] {kind}: ({item['pub']}) {item['sentence']}\n"
                  f"    gold: {gold}    predicted: {predicted}")


if __name__ == "__main__":
    main()
