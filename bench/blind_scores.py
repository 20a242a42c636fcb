"""Scores of a blind set, one markdown row per language: event P/R/F1, type-only P/R/F1, date and
place accuracy, not-event errors.

    python bench/blind_scores.py bench/heldout3

"type-only" drops the actors and recipients of gold and predicted events and scores again with
the same scorer (heron.evaluation.score): it separates finding events from finding who did them.
Run it once per coder version you want to know about: every run on a blind set is a look at it.
"""
from __future__ import annotations

import copy
import sys
from pathlib import Path

from heron.evaluation import gold as gold_files
from heron.evaluation import score
from heron.pipeline import Pipeline


def type_only(folder: Path, pipeline: Pipeline) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for gd in gold_files.load(folder):
        events = [copy.copy(e) for e in pipeline(gd.document).events]
        for e in events:
            e.actor, e.recipient = [], []
        gold = [dict(g, actor=[], recipient=[]) for g in gd.events]
        o = score.score_document(gd.name, events, gold, [])
        tp, fp, fn = tp + len(o.matched), fp + len(o.false), fn + len(o.missed)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(base: Path) -> None:
    pipeline = Pipeline()
    print("| lang | docs | P | R | F1 | type-only P / R / F1 | date acc. | place acc. | not-event errors |")
    print("|---|---|---|---|---|---|---|---|---|")
    for lang in ("nl", "en", "de", "fr", "es"):
        folder = base / lang
        if not folder.is_dir():
            continue
        r = score.evaluate_dir(folder, pipeline)
        tp, tr, tf = type_only(folder, pipeline)
        fmt = lambda x: "n/a" if x is None else f"{x:.3f}"  # noqa: E731
        print(f"| {lang} | {len(r.outcomes)} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} | "
              f"{tp:.3f} / {tr:.3f} / {tf:.3f} | {fmt(r.date_accuracy())} | {fmt(r.place_accuracy())} | "
              f"{r.not_event_errors()} |")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "bench/heldout3"))
