"""Score the coder on the English development sets built by bench/devsets/build.py.

    python bench/devsets/build.py && python bench/devsets/run.py      # prints markdown tables
    python bench/devsets/run.py --sets plover-gsr --build /tmp/dev

For each set: heron.evaluation.score.evaluate_dir (the official score: type and actor/recipient
countries must match), then two re-scorings of the same predictions (the coder runs once):

- lenient: a gold event whose source named a target with no resolvable country
  (`recipient_unresolved`) accepts any recipient (the official scorer reads an empty gold
  recipient list as "no recipient");
- type only: actors and recipients ignored. For conflibert-cameo, whose gold types are all the
  PLOVER types of the sentence's quad class, this is the quad-class-only score.

Per-type P/R/F1 use the official matches (for conflibert-cameo: per quad class). The misses and
false events of each set are written to <build>/<set>/errors.jsonl for error analysis.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from heron.evaluation import score
from heron.pipeline import Pipeline

BUILD = Path(__file__).resolve().parent / "build"
SETS = ("plover-gsr", "petrarch2-gsr", "conflibert-cameo")
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
        "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
        "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}


def _countries(side) -> set[str]:
    return {x["country"] for x in side if x.get("country")}


def lenient_match(pred, g) -> bool:
    if g.get("recipient_unresolved") and not g.get("recipient"):
        if pred.event_type not in g.get("event_type", []):
            return False
        gold_actors = set(g.get("actor") or [])
        return not gold_actors or bool(_countries(pred.actor) & gold_actors)
    return score.matches(pred, g)


def type_match(pred, g) -> bool:
    return pred.event_type in g.get("event_type", [])


def docs_of(result: score.Result):
    """(name, predictions, gold events) per document, rebuilt from the official outcomes."""
    for o in result.outcomes:
        preds = [e for _, e in o.matched] + [e for _, e in o.optional] + list(o.false)
        golds = [g for g, _ in o.matched] + list(o.missed)
        yield o.name, preds, golds


def rescore(result: score.Result, match) -> tuple[int, int, int]:
    """(tp, fp, fn) with another match function, same greedy matching as the official scorer."""
    tp = fp = fn = 0
    for _, preds, golds in docs_of(result):
        unused = list(preds)
        for g in golds:
            cands = [e for e in unused if match(e, g)]
            if cands:
                unused.remove(max(cands, key=lambda e: e.confidence))
                tp += 1
            else:
                fn += 1
        fp += len(unused)
    return tp, fp, fn


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def per_class(result: score.Result, quads: bool) -> dict[str, tuple[int, int, int]]:
    if not quads:
        return result.per_type()
    tp, fp, fn = Counter(), Counter(), Counter()
    for o in result.outcomes:
        for g, _ in o.matched:
            tp[f"quad {g['quad']}"] += 1
        for e in o.false:
            fp[f"quad {QUAD.get(e.event_type, e.quad_code)}"] += 1
        for g in o.missed:
            fn[f"quad {g['quad']}"] += 1
    return {k: (tp[k], fp[k], fn[k]) for k in sorted(set(tp) | set(fp) | set(fn))}


def _ev(e) -> dict:
    return {"type": e.event_type, "actor": sorted(_countries(e.actor)), "recipient": sorted(_countries(e.recipient)),
            "trigger": e.trigger.get("text"), "actor_text": [a.get("text") for a in e.actor],
            "recipient_text": [a.get("text") for a in e.recipient]}


def write_errors(result: score.Result, path: Path, texts: dict[str, str]):
    with open(path, "w", encoding="utf-8") as f:
        for o in result.outcomes:
            for g in o.missed:
                preds = [e for _, e in o.matched] + list(o.false)
                f.write(json.dumps({"doc": o.name, "kind": "missed", "sentence": texts.get(o.name, ""),
                                    "gold": {k: g.get(k) for k in ("event_type", "actor", "recipient",
                                                                   "recipient_unresolved", "spans", "cameo")},
                                    "predicted": [_ev(e) for e in preds]}, ensure_ascii=False) + "\n")
            for e in o.false:
                f.write(json.dumps({"doc": o.name, "kind": "false", "sentence": texts.get(o.name, ""),
                                    "predicted": _ev(e),
                                    "gold": [{k: g.get(k) for k in ("event_type", "actor", "recipient")}
                                             for g in [g for g, _ in o.matched] + list(o.missed)]},
                                   ensure_ascii=False) + "\n")


def run(build: Path = BUILD, sets=SETS, pipeline: Pipeline | None = None, errors: bool = True) -> dict:
    pipeline = pipeline or Pipeline()
    out = {}
    for name in sets:
        folder = build / name
        if not (folder / "gold").is_dir():
            raise SystemExit(f"{folder}: not built; run python bench/devsets/build.py first")
        t0 = time.perf_counter()
        result = score.evaluate_dir(folder, pipeline)
        seconds = time.perf_counter() - t0
        n_gold = result.true_positives + result._sum("missed")
        n_pred = result.true_positives + result._sum("false")
        out[name] = {
            "articles": len(result.outcomes), "gold": n_gold, "predicted": n_pred, "seconds": seconds,
            "official": (result.true_positives, n_pred - result.true_positives, n_gold - result.true_positives),
            "lenient": rescore(result, lenient_match),
            "type_only": rescore(result, type_match),
            "classes": per_class(result, quads=name == "conflibert-cameo"),
            "result": result,
        }
        if errors:
            texts = {p.stem: p.read_text(encoding="utf-8").split("\n", 1)[1].strip()
                     for p in (folder / "articles").glob("*.txt")}
            write_errors(result, folder / "errors.jsonl", texts)
    return out


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def markdown(res: dict) -> str:
    lines = ["| set | articles | gold | predicted | P | R | F1 | lenient P / R / F1 | type-only P / R / F1 | s |",
             "|---|---:|---:|---:|---:|---:|---:|---|---|---:|"]
    for name, r in res.items():
        p, rr, f = prf(*r["official"])
        lp, lr, lf = prf(*r["lenient"])
        tp_, tr, tf = prf(*r["type_only"])
        lines.append(f"| {name} | {r['articles']} | {r['gold']} | {r['predicted']} | {_pct(p)} | {_pct(rr)} | "
                     f"{_pct(f)} | {_pct(lp)} / {_pct(lr)} / {_pct(lf)} | {_pct(tp_)} / {_pct(tr)} / {_pct(tf)} | "
                     f"{r['seconds']:.0f} |")
    for name, r in res.items():
        label = "quad class" if name == "conflibert-cameo" else "type"
        lines += ["", f"**{name}** per {label} (official matches; a false event counts under its predicted "
                  f"{label}, a miss under the gold's{' first' if label == 'type' else ''} {label})", "",
                  f"| {label} | TP | FP | FN | P | R | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
        for t, (tp, fp, fn) in r["classes"].items():
            p, rr, f = prf(tp, fp, fn)
            lines.append(f"| {t} | {tp} | {fp} | {fn} | {_pct(p)} | {_pct(rr)} | {_pct(f)} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", type=Path, default=BUILD, help="folder of built sets (default %(default)s)")
    ap.add_argument("--sets", default=",".join(SETS))
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    res = run(a.build, [s.strip() for s in a.sets.split(",") if s.strip()])
    print(markdown(res))
    n = sum(r["articles"] for r in res.values())
    print(f"\n{n} articles in {time.perf_counter() - t0:.0f} s (including model loading)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
