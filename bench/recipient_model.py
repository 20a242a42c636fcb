"""The recipient model's effect on event scores, on sets it was not trained on.

    python bench/recipient_model.py
    python bench/recipient_model.py --compare OLD_WEIGHTS.json   # and a column for an earlier model

For each readable gold set: train the model on all the other sets (training/recipient_model/
train.py, same settings as the shipped model), then score that set's languages with the rules
alone (every stage but the recipient model) and with the model. The shipped model is trained on
all of them, so its own scores on these sets are not a measure; these are.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training" / "recipient_model"))

import train  # noqa: E402

from heron.evaluation import score  # noqa: E402
from heron.events import recipient_model  # noqa: E402
from heron.pipeline import STAGES, Pipeline  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--compare", type=Path, help="an earlier weights.json, scored as it is (it was trained on "
                                                     "its own sets, which may include the one scored)")
    args = ap.parse_args()
    earlier = json.loads(args.compare.read_text(encoding="utf-8")) if args.compare else None
    shipped = recipient_model.model()
    items = [it for base in train.SETS for folder in train.folders(base) for it in train.examples(folder)]
    rules = Pipeline(stages=[s for s in STAGES if s is not recipient_model.choose])
    with_model = Pipeline()
    extra = " F1 earlier model |" if earlier else ""
    print(f"| set | lang | F1 rules | F1 with model | P rules | P with model |{extra}")
    print("|---|---|---|---|---|---|" + ("---|" if earlier else ""))
    for base in train.SETS:
        held = {it["set"] for it in items if it["doc"].startswith(str(base))}
        weights = train.fit([it for it in items if it["set"] not in held], shipped["l2"])
        patched = dict(shipped, weights=weights)
        for folder in train.folders(base):
            # the stage reads its weights through model(): point it at the ones trained without this set
            recipient_model.model = lambda patched=patched: patched  # type: ignore[assignment]
            a = score.evaluate_dir(folder, rules)
            b = score.evaluate_dir(folder, with_model)
            lang = folder.name if folder != base else "en"
            row = f"| {base.name} | {lang} | {a.f1:.3f} | {b.f1:.3f} | {a.precision:.3f} | {b.precision:.3f} |"
            if earlier:
                recipient_model.model = lambda: earlier  # type: ignore[assignment]
                row += f" {score.evaluate_dir(folder, with_model).f1:.3f} |"
            print(row, flush=True)


if __name__ == "__main__":
    main()
