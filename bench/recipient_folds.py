"""Does the recipient model gain from the dependency parse, on sets it was not trained on?

    PYTHONHASHSEED=0 python bench/recipient_folds.py    # per fold set and language: F1 of three models
    PYTHONHASHSEED=0 python bench/recipient_folds.py --fresh    # recompute the cached events (CACHE)

For each of the readable sets the shipped model never saw (heldout10 to heldout17) as a fold: train the
model (training/recipient_model/train.py, the shipped L2) on every other readable set (tests/data/coder,
bench/heldout, heldout2 to heldout17 minus the fold, and the converted PLOVER and PETRARCH gold), then
score the fold's five languages with the full pipeline, using (a) the shipped weights, (b) the fold's
weights retrained with the features the shipped model has and (c) retrained with the parse's features
too (syntax.py: 'syn:' features), all with the shipped margins. Prints one row per set and language and
the summed F1 over the 40 rows. (b) and (c) are fitted on the same events, (b) with the 'syn:' features
taken out.

Why retraining loses, and a recipe that does not (session 20, a later run): bench/recipient_retrain.py
(this protocol, faster; the same figures) and train.py's docstring: training only on the events the stage
asks the model about, without the converted gold, at L2 0.1 (`train.py --session20`) gives 26.829 against
the shipped 26.668 (six folds won, two lost); shipped later in session 20 (train.py, bench/recipient_retrain.py).

Session 20 (PYTHONHASHSEED=0, about 4 minutes; 4997 events from 20 sets, about 4740 per fold's training).
The parse helps the retrained model a little but does not beat the shipped weights, so nothing was shipped:
- retrained + parse vs retrained: +0.083 summed (folds won 5, lost 3: heldout10 +0.041, heldout11 +0.021,
  heldout12 -0.037, heldout13 +0.030, heldout14 -0.016, heldout15 +0.013, heldout16 -0.012, heldout17 +0.041);
- retrained + parse vs shipped: -0.009 summed (folds won 3, lost 4, one the same: heldout10 -0.051, heldout11
  -0.024, heldout12 +0.038, heldout13 +0.048, heldout14 -0.011, heldout15 +0.019, heldout16 -0.028,
  heldout17 0.000). Retraining on today's rule outputs still loses 0.092 to the shipped weights, as in
  sessions 16 and 18; the parse wins back most of that, and no more.
- Variants of the parse features, same protocol and margins (summed over the 40 rows): without the rules' choice
  crossed with the relations ('rule&syn:...') 26.635; that without the case words 26.588; without the event
  type crossings too 26.589; only 13 core relations (arg obj/iobj/nsubj/nsubj:pass/obl/obl:agent/nmod, inner
  obj/nsubj/obl/nmod, same/other clause) 26.625.
- Decision rule and margins (chosen after seeing these folds, so optimistic): letting the model overrule a
  rules' recipient named only before the trigger when the parse describes it (choice()'s veto) gives 26.646
  without the 'rule&syn:' features; with `replace` 0.5 too, 26.753 without them and 26.786 with them (the
  table's features; `replace` 2.0 without them: 26.506). At `replace` 0.5 (and the veto) the shipped weights
  give 26.690 and the retrained ones 26.710, so the best gain over both, +0.096 and +0.076, stays under the
  0.1 asked for, and was picked on these very folds.

| set | lang | shipped | retrained | retrained + parse |
|---|---|---|---|---|
| heldout10 | nl | 0.567 | 0.555 | 0.550 |
| heldout10 | en | 0.650 | 0.633 | 0.645 |
| heldout10 | de | 0.710 | 0.699 | 0.699 |
| heldout10 | fr | 0.714 | 0.679 | 0.679 |
| heldout10 | es | 0.713 | 0.696 | 0.730 |
| heldout11 | nl | 0.705 | 0.699 | 0.699 |
| heldout11 | en | 0.718 | 0.718 | 0.733 |
| heldout11 | de | 0.726 | 0.726 | 0.726 |
| heldout11 | fr | 0.727 | 0.711 | 0.694 |
| heldout11 | es | 0.793 | 0.770 | 0.793 |
| heldout12 | nl | 0.656 | 0.688 | 0.672 |
| heldout12 | en | 0.713 | 0.724 | 0.719 |
| heldout12 | de | 0.656 | 0.672 | 0.677 |
| heldout12 | fr | 0.661 | 0.677 | 0.656 |
| heldout12 | es | 0.777 | 0.777 | 0.777 |
| heldout13 | nl | 0.781 | 0.797 | 0.812 |
| heldout13 | en | 0.661 | 0.661 | 0.661 |
| heldout13 | de | 0.698 | 0.677 | 0.692 |
| heldout13 | fr | 0.708 | 0.748 | 0.748 |
| heldout13 | es | 0.719 | 0.702 | 0.702 |
| heldout14 | nl | 0.641 | 0.641 | 0.641 |
| heldout14 | en | 0.672 | 0.667 | 0.651 |
| heldout14 | de | 0.713 | 0.723 | 0.723 |
| heldout14 | fr | 0.784 | 0.784 | 0.784 |
| heldout14 | es | 0.650 | 0.650 | 0.650 |
| heldout15 | nl | 0.636 | 0.651 | 0.636 |
| heldout15 | en | 0.750 | 0.756 | 0.756 |
| heldout15 | de | 0.533 | 0.545 | 0.562 |
| heldout15 | fr | 0.705 | 0.694 | 0.689 |
| heldout15 | es | 0.628 | 0.612 | 0.628 |
| heldout16 | nl | 0.701 | 0.701 | 0.684 |
| heldout16 | en | 0.683 | 0.683 | 0.672 |
| heldout16 | de | 0.441 | 0.437 | 0.437 |
| heldout16 | fr | 0.531 | 0.535 | 0.535 |
| heldout16 | es | 0.533 | 0.517 | 0.533 |
| heldout17 | nl | 0.707 | 0.707 | 0.713 |
| heldout17 | en | 0.500 | 0.496 | 0.516 |
| heldout17 | de | 0.525 | 0.492 | 0.492 |
| heldout17 | fr | 0.673 | 0.673 | 0.673 |
| heldout17 | es | 0.609 | 0.605 | 0.620 |
| summed | | 26.668 | 26.576 | 26.659 |

Earlier result (session 16, folds heldout10 to heldout13, the script then compared margins and L2
settings, not the parse; retraining without the parse):

Session 16 (PYTHONHASHSEED=0, about a minute). The retrained columns move by up to 0.017 a row with the
hash seed: the fitted weights differ slightly between processes (3910 or 3911 non-zero for the heldout11
fold), which flips decisions near the margins; seed 1 gives retrained 13.121 summed, 0.0/3.0/1.0 13.043,
the others as below. Retraining
does not help: with the shipped margins it loses 0.094 summed (7 rows worse, 3 better, 10 the same),
and no margin setting, stronger penalty or training-set choice beats the shipped weights. Not shipped.

| set | lang | shipped | retrained | retrained 0.5/2.0/1.0 | retrained 0.0/2.5/1.0 | retrained 0.0/3.0/1.0 | retrained 0.5/3.0/1.0 | retrained L2 1.0 | retrained, shipped's sets |
|---|---|---|---|---|---|---|---|---|---|
| heldout10 | nl | 0.520 | 0.520 | 0.537 | 0.520 | 0.516 | 0.532 | 0.516 | 0.500 |
| heldout10 | en | 0.618 | 0.585 | 0.585 | 0.585 | 0.585 | 0.585 | 0.602 | 0.602 |
| heldout10 | de | 0.661 | 0.661 | 0.661 | 0.661 | 0.661 | 0.661 | 0.661 | 0.646 |
| heldout10 | fr | 0.696 | 0.679 | 0.661 | 0.679 | 0.679 | 0.661 | 0.679 | 0.661 |
| heldout10 | es | 0.638 | 0.638 | 0.638 | 0.638 | 0.638 | 0.638 | 0.615 | 0.632 |
| heldout11 | nl | 0.672 | 0.672 | 0.672 | 0.672 | 0.672 | 0.672 | 0.672 | 0.672 |
| heldout11 | en | 0.667 | 0.667 | 0.667 | 0.667 | 0.657 | 0.657 | 0.667 | 0.667 |
| heldout11 | de | 0.667 | 0.667 | 0.667 | 0.667 | 0.651 | 0.651 | 0.651 | 0.667 |
| heldout11 | fr | 0.710 | 0.694 | 0.694 | 0.694 | 0.677 | 0.677 | 0.677 | 0.677 |
| heldout11 | es | 0.754 | 0.721 | 0.738 | 0.721 | 0.721 | 0.738 | 0.721 | 0.748 |
| heldout12 | nl | 0.625 | 0.625 | 0.625 | 0.625 | 0.625 | 0.625 | 0.641 | 0.609 |
| heldout12 | en | 0.647 | 0.647 | 0.647 | 0.647 | 0.647 | 0.647 | 0.647 | 0.647 |
| heldout12 | de | 0.632 | 0.647 | 0.647 | 0.647 | 0.647 | 0.647 | 0.647 | 0.628 |
| heldout12 | fr | 0.615 | 0.641 | 0.641 | 0.641 | 0.641 | 0.641 | 0.615 | 0.615 |
| heldout12 | es | 0.760 | 0.727 | 0.727 | 0.711 | 0.711 | 0.711 | 0.711 | 0.727 |
| heldout13 | nl | 0.672 | 0.672 | 0.672 | 0.672 | 0.672 | 0.672 | 0.661 | 0.672 |
| heldout13 | en | 0.651 | 0.651 | 0.651 | 0.651 | 0.651 | 0.651 | 0.651 | 0.651 |
| heldout13 | de | 0.636 | 0.632 | 0.632 | 0.632 | 0.632 | 0.632 | 0.586 | 0.636 |
| heldout13 | fr | 0.667 | 0.687 | 0.692 | 0.687 | 0.672 | 0.677 | 0.677 | 0.667 |
| heldout13 | es | 0.690 | 0.672 | 0.690 | 0.672 | 0.672 | 0.690 | 0.707 | 0.707 |
| summed | | 13.198 | 13.104 | 13.142 | 13.088 | 13.027 | 13.064 | 13.004 | 13.030 |
"""
from __future__ import annotations

import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training" / "recipient_model"))

import train  # noqa: E402

from heron.evaluation import score  # noqa: E402
from heron.events import recipient_model  # noqa: E402
from heron.pipeline import Pipeline  # noqa: E402

#: the readable sets the shipped model (sessions 11-12) was not trained on: the folds
FOLDS = [ROOT / f"bench/heldout{n}" for n in range(10, 18)]
#: every readable set (the blind ones are never named)
READABLE = [base for base in train.SETS if base not in FOLDS] + [b for b in FOLDS if b not in train.SETS]
#: the features' events are computed once (the pipeline up to the model over every set) and kept here
CACHE = Path("/tmp/recipient_folds_items.pickle")


def without_parse(items: list[dict]) -> list[dict]:
    """The same events with the parse's features taken out: the shipped model's feature set."""
    return [dict(it, cands={c: {k: v for k, v in f.items() if "syn:" not in k} for c, f in it["cands"].items()})
            for it in items]


def main() -> None:
    original = recipient_model.model
    shipped = original()
    if CACHE.exists() and "--fresh" not in sys.argv:
        items = pickle.loads(CACHE.read_bytes())
    else:
        items = [it for base in READABLE for folder in train.folders(base) for it in train.examples(folder, parse=True)]
        CACHE.write_bytes(pickle.dumps(items))
    plain = without_parse(items)
    print(f"{len(items)} events from {len(READABLE)} sets", file=sys.stderr, flush=True)
    pipeline = Pipeline()
    rows, sums, labels = [], {}, []
    for base in FOLDS:
        runs = [("shipped", shipped["weights"]),
                ("retrained", train.fit([it for it in plain if it["set"] != base.name], shipped["l2"])),
                ("retrained + parse", train.fit([it for it in items if it["set"] != base.name], shipped["l2"]))]
        print(f"{base.name}: trained on {sum(it['set'] != base.name for it in items)} events", file=sys.stderr, flush=True)
        for folder in train.folders(base):
            row = [base.name, folder.name]
            for label, w in runs:
                patched = dict(shipped, weights=w)
                recipient_model.model = lambda patched=patched: patched  # type: ignore[assignment]
                f1 = score.evaluate_dir(folder, pipeline).f1
                row.append(f1)
                sums[label] = sums.get(label, 0.0) + f1
            recipient_model.model = original
            rows.append(row)
            print("| " + " | ".join(row[:2] + [f"{f:.3f}" for f in row[2:]]) + " |", flush=True)
        labels = [label for label, _ in runs]
    print("| set | lang | " + " | ".join(labels) + " |")
    print("|---|---|" + "---|" * len(labels))
    for row in rows:
        print("| " + " | ".join(row[:2] + [f"{f:.3f}" for f in row[2:]]) + " |")
    print("| summed | | " + " | ".join(f"{sums[label]:.3f}" for label in labels) + " |")


if __name__ == "__main__":
    main()
