"""Event-coding scores on every gold folder in the repository, one markdown row each.

    python bench/coder_scores.py

Development sets (tests/data/coder/<lang>) were looked at while writing the lexicons; the
held-out sets (bench/heldout/<lang>, bench/heldout2/<lang> ... bench/heldout11/<lang>) were written
blind, scored before any tuning (first-run figures: bench/RESULTS.md and the sets' READMEs), and are
development data once their errors were studied or their commits traced. The blind sets bench/heldout12 and
bench/heldout13 (written at the starts of sessions 11 and 12) are not listed here: they are scored only by
bench/blind_scores.py, and their errors are not looked at.
The converted English gold (PLOVER, PETRARCH, ConfliBERT) is scored by bench/devsets/run.py.
"""
from __future__ import annotations

from pathlib import Path

from heron.evaluation import score

ROOT = Path(__file__).resolve().parents[1]
SETS = [("reference article (nl)", ROOT.parent / "shared" / "examples" / "seed")] + [
    (f"{kind} {lang}", ROOT / base / lang)
    for kind, base in (("dev", "tests/data/coder"), ("held-out", "bench/heldout"), ("held-out-2", "bench/heldout2"),
                       ("held-out-3", "bench/heldout3"), ("held-out-4", "bench/heldout4"),
                       ("held-out-5", "bench/heldout5"), ("held-out-6", "bench/heldout6"),
                       ("held-out-7", "bench/heldout7"), ("held-out-8", "bench/heldout8"),
                       ("held-out-9", "bench/heldout9"), ("held-out-10", "bench/heldout10"),
                       ("held-out-11", "bench/heldout11"))
    for lang in ("nl", "en", "de", "fr", "es")]


def main() -> None:
    print("| set | docs | precision | recall | F1 | date acc. | place acc. |")
    print("|---|---|---|---|---|---|---|")
    for name, folder in SETS:
        if not folder.is_dir():
            continue
        r = score.evaluate_dir(folder)
        fmt = lambda x: "n/a" if x is None else f"{x:.3f}"  # noqa: E731
        print(f"| {name} | {len(r.outcomes)} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} | "
              f"{fmt(r.date_accuracy())} | {fmt(r.place_accuracy())} |")


if __name__ == "__main__":
    main()
