"""Score every gold set with an optional stage inserted before merging, at several thresholds:
the shared loop of bench/classifier_veto.py and bench/classifier_proposals.py."""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Callable

from heron.evaluation import score
from heron.events import merge, proposals
from heron.pipeline import STAGES, Pipeline

ROOT = Path(__file__).resolve().parents[1]
SETS = [f"tests/data/coder/{lang}" for lang in ("en", "nl", "de", "fr", "es")] + \
       [f"bench/heldout/{lang}" for lang in ("nl", "de", "fr", "es")] + \
       ["bench/devsets/build/plover-gsr", "bench/devsets/build/conflibert-cameo"]


def sweep(stage: Callable, thresholds: tuple[float, ...]) -> None:
    """One markdown row per threshold ('off' = lexical events only, no proposals, no veto)."""
    sets = [s for s in SETS if (ROOT / s).is_dir()]
    print("| threshold | " + " | ".join(sets) + " |")
    print("|---" * (len(sets) + 1) + "|")
    for threshold in (None, *thresholds):
        stages = [st for st in STAGES if st is not proposals.propose]
        if threshold is not None:
            stages.insert(stages.index(merge.merge), functools.partial(stage, threshold=threshold))
        pipeline = Pipeline(stages)
        cells = []
        for s in sets:
            r = score.evaluate_dir(ROOT / s, pipeline)
            cells.append(f"{r.precision:.3f}/{r.recall:.3f}/{r.f1:.3f}")
        print(f"| {threshold or 'off'} | " + " | ".join(cells) + " |", flush=True)
