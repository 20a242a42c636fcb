"""Issue 3, item 5: the coder's event F1 with lexical argument linking only, and with the
trained pipelines' dependency parse (`heron.nlp.analysis.PARSE`), on every gold folder.

    python bench/parse_arguments.py [LANG ...]

Languages without a shipped pipeline are unaffected by the switch and are skipped.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from heron.evaluation import score
from heron.nlp import analysis, models
from heron.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SETS = [("reference article (nl)", "nl", ROOT.parent / "shared" / "examples" / "seed")] + [
    (f"{kind} {lang}", lang, ROOT / base / lang)
    for kind, base in (("dev", "tests/data/coder"), ("held-out", "bench/heldout"))
    for lang in ("nl", "en", "de", "fr", "es")]


def main(langs: list[str]) -> None:
    installed = {m["language"] for m in models.installed()}
    print("| set | lexical P / R / F1 | with the parse P / R / F1 | seconds lexical / parse |")
    print("|---|---|---|---|")
    for name, lang, folder in SETS:
        if not folder.is_dir() or lang not in installed or (langs and lang not in langs):
            continue
        row = []
        for parse in (False, True):
            analysis.PARSE = parse
            t0 = time.time()
            r = score.evaluate_dir(folder, Pipeline())
            row.append((r.precision, r.recall, r.f1, time.time() - t0))
        (p0, r0, f0, t0), (p1, r1, f1, t1) = row
        print(f"| {name} | {p0:.3f} / {r0:.3f} / {f0:.3f} | {p1:.3f} / {r1:.3f} / {f1:.3f} | {t0:.1f} / {t1:.1f} |")
    analysis.PARSE = False


if __name__ == "__main__":
    main(sys.argv[1:])
