"""Leave one set out, the confidence model with and without one family of features.

    python bench/confidence_ablation.py sentence_type=

Builds the training examples as training/confidence_model/train.py does (each set's sentence types from a
sentence-type model fitted without it), then prints the summed F1 over set x language rows at each
threshold, once with every feature and once with the features whose names start with the prefix removed.
Needs the `training` extra. Readable sets only.
"""
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("confidence_train", ROOT / "training/confidence_model/train.py")
train = importlib.util.module_from_spec(spec)
spec.loader.exec_module(train)


def main(prefix: str) -> None:
    rows = train.rated_examples()
    without = [dict(r, f={k: v for k, v in r["f"].items() if not k.startswith(prefix)}) if r["f"] else r
               for r in rows]
    for name, variant in ((f"without {prefix}*", without), ("with every feature", rows)):
        best, _, sums = train.leave_one_out(variant)
        print(f"{name}: best threshold {best}; " + " ".join(f"{t:.2f}:{v:.3f}" for t, v in sums.items()))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "sentence_type=")
