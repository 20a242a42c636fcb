"""Does the sentence classifier's veto help? Scores every gold set with the lexical coder and
with heron.events.veto inserted before merging, at several P(NONE) thresholds.

    python bench/devsets/build.py && python bench/classifier_veto.py
"""
from __future__ import annotations

from stage_sweep import sweep

from heron.events import veto

if __name__ == "__main__":
    sweep(veto.veto, (0.95, 0.9, 0.8, 0.7))
