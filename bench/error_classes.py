"""Why required gold events are missed and predicted events are false, counted over readable gold sets.

    python bench/error_classes.py tests/data/coder bench/heldout bench/heldout2 ... bench/heldout16

Name readable sets only (never a blind one). A missed gold event is 'no event' when no prediction's sentence holds
half its evidence words, 'wrong type' when such predictions exist but none of an accepted type, 'actor', 'recipient'
or 'actor and recipient' when one of an accepted type has the wrong parties, and 'used up' when its parties are right
too (the scorer matched that prediction to another gold event). A false event is 'wrong parties' next to a gold event
of its type, 'wrong type' next to one of another type, and 'no gold event' otherwise. Aggregates only.
"""
import sys
from collections import Counter
from pathlib import Path

from heron.evaluation import gold as gold_files
from heron.evaluation import score
from heron.pipeline import Pipeline


def main(sets: list[str]) -> None:
    pipeline, counts = Pipeline(), Counter()
    for base in sets:
        for lang in ("nl", "en", "de", "fr", "es"):
            if not (Path(base) / lang).is_dir():
                continue
            for gd in gold_files.load(Path(base) / lang):
                events = pipeline(gd.document).events
                outcome = score.score_document(gd.name, events, gd.events, gd.not_events)
                for g in outcome.missed:
                    near = [e for e in events if score.evidence_overlap(e, g) >= 0.5]
                    same = [e for e in near if e.event_type in g["event_type"]]
                    if not near:
                        kind = "no event"
                    elif not same:
                        kind = "wrong type"
                    else:
                        actor_ok = not g.get("actor") or score._countries(same[0].actor) & set(g["actor"])
                        recipient_ok = score.recipient_accepted(score._countries(same[0].recipient), g)
                        kind = {(True, True): "used up", (False, True): "actor", (True, False): "recipient",
                                (False, False): "actor and recipient"}[(bool(actor_ok), recipient_ok)]
                    counts["missed: " + kind] += 1
                for e in outcome.false:
                    near = [g for g in gd.events if score.evidence_overlap(e, g) >= 0.5]
                    kind = ("wrong parties" if any(e.event_type in g["event_type"] for g in near)
                            else "wrong type" if near else "no gold event")
                    counts["false: " + kind] += 1
    for kind, n in sorted(counts.items()):
        print(f"{kind:30s} {n}")


if __name__ == "__main__":
    main(sys.argv[1:])
