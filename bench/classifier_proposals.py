"""Do events proposed by the sentence classifier help? Scores every gold set without proposals
and with heron.events.proposals inserted before merging, at several probability thresholds.

    python bench/devsets/build.py && python bench/classifier_proposals.py
"""
from __future__ import annotations

from stage_sweep import sweep

from heron.events import proposals

if __name__ == "__main__":
    sweep(proposals.propose, (0.95, 0.9, 0.8))
