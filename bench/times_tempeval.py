"""Score heron.times.find() on TempEval-3 English TIMEX3 type=DATE values.

    python bench/times_tempeval.py [--data /work/shared/data/timex/tempeval3-en] [--errors N]

Each .tml document has a DCT (document creation time) that we pass as the publication
date (its day part). A gold DATE is *in scope* when its value is a calendar date at day,
month or year precision ('1998-10-23', '1998-10', '1998') or an ISO week ('1998-W47',
which we compare at month precision: the month of the week's Thursday). Out of scope:
PRESENT_REF/PAST_REF/FUTURE_REF, durations (P1Y), unknown parts (XXXX-10, 1998-10-XX),
seasons, quarters, halves, decades, centuries.

Reported: span recall (an in-scope gold DATE overlapped by one of our expressions), value
accuracy over matched spans, value accuracy over all in-scope gold DATEs, and how many of
our expressions overlap no gold TIMEX3 at all (a precision proxy).
"""
from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from heron.times import find  # noqa: E402

DATA = Path("/work/shared/data/timex/tempeval3-en")
TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse_tml(path: Path):
    """(dct 'YYYY-MM-DD', plain text, [timex dict with start/end/type/value])."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S).group(1)[:10]
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S).group(1)
    out, pos, timexes, open_timex = [], 0, [], None
    length = 0
    for m in TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = dict(ATTR.findall(attrs), start=length)
            if attrs.rstrip().endswith("/"):     # empty TIMEX3
                open_timex = None
        elif open_timex is not None:
            open_timex["end"] = length
            timexes.append(open_timex)
            open_timex = None
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    for t in timexes:
        t["text"] = text[t["start"]:t["end"]]
    return dct, text, timexes


def gold_value(value: str) -> tuple[str, str] | None:
    """Gold value normalised to (value, category) or None when out of scope."""
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})(T.*)?", value):
        return m.group(1), "day"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return value, "month"
    if re.fullmatch(r"\d{4}", value):
        return value, "year"
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        thursday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 4)
        return thursday.strftime("%Y-%m"), "week"
    return None


def out_of_scope_kind(value: str) -> str:
    if value.endswith("_REF"):
        return "*_REF"
    if value.startswith("P"):
        return "duration"
    if "X" in value:
        return "unknown part (X)"
    if re.search(r"-(SP|SU|FA|WI)$", value):
        return "season"
    if re.search(r"-(Q\d|H\d)$", value):
        return "quarter/half"
    if re.fullmatch(r"\d{2,3}", value):
        return "decade/century"
    return "other"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--errors", type=int, default=0, help="print this many errors")
    args = ap.parse_args()
    files = sorted(args.data.rglob("*.tml"))
    n_scope = n_matched = n_correct = 0
    by_cat, excluded = Counter(), Counter()
    n_pred = n_pred_unmatched = 0
    errors, misses = [], []
    elapsed, words = 0.0, 0
    find("warm-up: compile the grammar on 17 April 2025", "2025-05-14", "en")
    for path in files:
        dct, text, timexes = parse_tml(path)
        t0 = time.perf_counter()
        hits = find(text, dct, "en")
        elapsed += time.perf_counter() - t0
        words += len(text.split())
        n_pred += len(hits)
        n_pred_unmatched += sum(
            not any(h["start"] < t["end"] and t["start"] < h["end"] for t in timexes) for h in hits)
        for t in timexes:
            if t.get("type") != "DATE":
                continue
            gold = gold_value(t.get("value", ""))
            if gold is None:
                excluded[out_of_scope_kind(t.get("value", ""))] += 1
                continue
            gval, cat = gold
            n_scope += 1
            by_cat[cat, "scope"] += 1
            over = [(min(h["end"], t["end"]) - max(h["start"], t["start"]), h) for h in hits
                    if h["start"] < t["end"] and t["start"] < h["end"]]
            if not over:
                misses.append((path.name, dct, t["text"], t.get("value")))
                continue
            h = max(over, key=lambda o: o[0])[1]
            n_matched += 1
            by_cat[cat, "matched"] += 1
            ours = h["value"][:7] if cat == "week" else h["value"]
            if ours == gval:
                n_correct += 1
                by_cat[cat, "correct"] += 1
            else:
                errors.append((path.name, dct, t["text"], t.get("value"), h["text"], h["value"]))
    print(f"documents: {len(files)}, words: {words}")
    print(f"gold DATE in scope: {n_scope}; excluded: {sum(excluded.values())} {dict(excluded)}")
    print(f"span recall: {n_matched}/{n_scope} = {n_matched / n_scope:.3f}")
    print(f"value accuracy over matched: {n_correct}/{n_matched} = {n_correct / n_matched:.3f}")
    print(f"value accuracy over in-scope: {n_correct}/{n_scope} = {n_correct / n_scope:.3f}")
    for cat in ("day", "month", "year", "week"):
        s, m, c = (by_cat[cat, k] for k in ("scope", "matched", "correct"))
        print(f"  {cat:5s}: in scope {s:4d}, matched {m:4d}, correct {c:4d}")
    print(f"our expressions: {n_pred}; overlapping no gold TIMEX3: {n_pred_unmatched}")
    print(f"find() time: {elapsed * 1000 / len(files):.2f} ms/doc, "
          f"{elapsed * 1000 / words * 600:.2f} ms per 600 words")
    if args.errors:
        print("\nvalue errors (doc, dct, gold text, gold value, our text, our value):")
        for e in errors[:args.errors]:
            print("  ", e)
        print("\nmissed spans (doc, dct, gold text, gold value):")
        for e in misses[:args.errors]:
            print("  ", e)


if __name__ == "__main__":
    main()
