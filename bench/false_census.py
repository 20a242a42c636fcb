"""False events of a readable gold set by kind: beside a missed gold event of their type (wrong parties) or of
another type, beside a matched one (a duplicate, or another type), or with no gold event near.

    python bench/false_census.py bench/heldout22 [lang ...]      # counts per language and kind
"""
import sys
from collections import Counter
from pathlib import Path
from heron.evaluation import score
from heron.pipeline import Pipeline
pipe = Pipeline(); base = Path(sys.argv[1]); langs = sys.argv[2:] or ["nl", "en", "de", "fr", "es"]
C = Counter()
for lang in langs:
    r = score.evaluate_dir(base / lang, pipe)
    for o in r.outcomes:
        gold_all = [g for g, _ in o.matched] + [g for g, _ in o.optional] + o.missed
        for e in o.false:
            near_missed = [g for g in o.missed if score.evidence_overlap(e, g) >= 0.5]
            near_any = [g for g in gold_all if score.evidence_overlap(e, g) >= 0.5]
            if any(e.event_type in g["event_type"] for g in near_missed): k = "wrong-parties"
            elif near_missed: k = "wrong-type(missed near)"
            elif any(e.event_type in g["event_type"] for g in near_any): k = "duplicate-of-matched"
            elif near_any: k = "other-type(gold near matched)"
            else: k = "no-gold-near"
            C[(lang, k)] += 1; C[k] += 1
for k, v in sorted(C.items(), key=str): print(k, v)
