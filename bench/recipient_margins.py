"""The recipient model's margins chosen end to end on sets it was not trained on.

    python bench/recipient_margins.py            # one row per margin setting: summed F1, per set

For each readable gold set (tests/data/coder, bench/heldout, heldout2 to heldout11): train the model on all
the other sets (training/recipient_model/train.py, the shipped L2), then score that set's languages with the
full pipeline, once per margin setting (heron/events/recipient_model CARD.md: 'here', 'away', 'replace').
The summed F1 over the sets compares settings on events, not on the model's own recipient choices: the
item-level cross-validation of train.py counts a recipient right or wrong where the event may still be missed
or matched for other reasons. The shipped margins are the best row of this table (bench/RESULTS.md, session 11).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training" / "recipient_model"))

import train  # noqa: E402

from heron.evaluation import score  # noqa: E402
from heron.events import recipient_model  # noqa: E402
from heron.pipeline import Pipeline  # noqa: E402

SETTINGS = [{"here": here, "away": away, "replace": 1.0} for here in (0.0, 0.5) for away in (2.0, 2.5, 3.0)]
#: the readable sets not in the shipped model's training data are folds too (and never training data here)
LATER = [ROOT / "bench/heldout10", ROOT / "bench/heldout11"]
SETS = [base for base in train.SETS if "devsets" not in str(base)] + LATER


def main() -> None:
    items = [it for base in train.SETS + LATER for folder in train.folders(base)
             for it in train.examples(folder)]
    shipped = recipient_model.model()
    weights = {}
    for base in SETS:
        held = {it["set"] for it in items if it["doc"].startswith(str(base) + "/")}
        weights[base] = train.fit([it for it in items if it["set"] not in held], shipped["l2"])
    pipeline = Pipeline()
    print("| margins (here, away, replace) | summed F1 | " + " | ".join(b.name for b in SETS) + " |")
    print("|---|---|" + "---|" * len(SETS))
    for margins in SETTINGS:
        per_set = []
        for base in SETS:
            patched = dict(shipped, weights=weights[base], margins=margins)
            # the stage reads its weights through model(): point it at the ones trained without this set
            recipient_model.model = lambda patched=patched: patched  # type: ignore[assignment]
            per_set.append(sum(score.evaluate_dir(folder, pipeline).f1 for folder in train.folders(base)))
        label = ", ".join(str(margins[k]) for k in ("here", "away", "replace"))
        print(f"| {label} | {sum(per_set):.3f} | " + " | ".join(f"{f:.3f}" for f in per_set) + " |", flush=True)


if __name__ == "__main__":
    main()
