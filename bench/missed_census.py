"""Missed required events of a readable gold set with no false event near them (evidence overlap >= 0.5): what
the coder had in that sentence, from a second run with every modality and no threshold (used by another gold event,
kept under another type, dropped for its parties, its modality or the threshold, or no event at all).

    python bench/missed_census.py bench/heldout22 [lang ...]     # one line per miss, then the counts

Never run it on a blind set: it prints the gold evidence."""
import sys
from collections import Counter
from pathlib import Path
from heron.evaluation import score, gold as gold_files
from heron.pipeline import Pipeline, EVERY_MODALITY
from heron.document import Document
base = Path(sys.argv[1]); langs = sys.argv[2:] or ["nl", "en", "de", "fr", "es"]
kept = Pipeline(); allp = Pipeline(modalities=EVERY_MODALITY, min_confidence=0)
C = Counter()
def show(e):
    a = "+".join(x.get("country") or "?" for x in e.actor); r = "+".join(x.get("country") or "?" for x in e.recipient)
    return f"{e.event_type}:{a}->{r}:{e.modality}:{e.confidence:.2f}"
for lang in langs:
    r = score.evaluate_dir(base / lang, kept)
    for o in r.outcomes:
        docs = None
        for g in o.missed:
            if any(score.evidence_overlap(e, g) >= 0.5 for e in o.false):
                continue
            used = [e for gg, e in o.matched + o.optional if score.evidence_overlap(e, g) >= 0.5]
            if docs is None:
                art = base / lang / "articles" / f"{o.name}.txt"
                text = art.read_text().split("\n", 2)
                pub = text[0].split()[1]
                docs = allp(Document(id=o.name, text=text[2], language=lang, publication_date=pub)).events
            every = [e for e in docs if score.evidence_overlap(e, g) >= 0.5]
            same = [e for e in every if e.event_type in g["event_type"]]
            if used and any(e.event_type in g["event_type"] for e in used): why = "used-by-other-gold"
            elif same:
                e = same[0]
                if e.modality != "asserted": why = "modality:" + e.modality
                elif score.matches(e, g): why = "below-threshold"
                else: why = "dropped-wrong-parties"
            elif every: why = "only-other-type(all)"
            else: why = "no-event-at-all"
            C[why] += 1; C[(lang, why)] += 1
            print(lang, o.name[:16], why, g["event_type"], g.get("actor"), g.get("recipient"), "|", [show(e) for e in same or every][:3], "|", g["evidence"][:90])
for k, v in sorted(C.items(), key=str): print(k, v)
