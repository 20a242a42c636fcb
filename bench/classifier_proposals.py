"""Do events proposed by the sentence classifier help? Scores every gold set with the default pipeline
and with heron.events.proposals inserted before merging, at several probability thresholds.

    python bench/devsets/build.py && python bench/classifier_proposals.py
"""
from __future__ import annotations

import functools
from pathlib import Path

from heron.evaluation import score
from heron.events import merge, proposals
from heron.pipeline import STAGES, Pipeline

ROOT = Path(__file__).resolve().parents[1]
SETS = [f"tests/data/coder/{lang}" for lang in ("en", "nl", "de", "fr", "es")] + \
       [f"bench/heldout/{lang}" for lang in ("nl", "de", "fr", "es")] + \
       ["bench/devsets/build/plover-gsr", "bench/devsets/build/conflibert-cameo"]


def main() -> None:
    sets = [s for s in SETS if (ROOT / s).is_dir()]
    print("| threshold | " + " | ".join(sets) + " |")
    print("|---" * (len(sets) + 1) + "|")
    for threshold in (None, 0.95, 0.9, 0.8):
        stages = [st for st in STAGES if st is not proposals.propose]     # 'off' = lexical events only
        if threshold is not None:
            stages.insert(stages.index(merge.merge), functools.partial(proposals.propose, threshold=threshold))
        pipeline = Pipeline(stages)
        cells = []
        for s in sets:
            r = score.evaluate_dir(ROOT / s, pipeline)
            cells.append(f"{r.precision:.3f}/{r.recall:.3f}/{r.f1:.3f}")
        print(f"| {threshold or 'off'} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
