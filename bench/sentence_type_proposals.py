"""Can the sentence-type model (heron/events/sentence_types) propose the events the rules miss? No.

    python bench/sentence_type_proposals.py [--folds] [--stacked]     # needs the `training` extra; ~2 min

For a sentence the model gives type T a probability >= a threshold, where the pipeline has no event of type T,
propose one event of type T: actor the sentence's first actor mention with a country, recipient the first
mention of another country if any (as heron/events/proposals.py chooses them), date the sentence's first time
expression or the document's date. None in a question or a sentence with a cue of negation, condition or
possibility (proposals._not_asserted), none that repeats an event of the document (same type, same countries).
The proposal's confidence is the model's probability and it is added after the confidence stage, so it is kept.
Variants (options, combined by name): `any` = as above; `bare` = only sentences where the pipeline coded
nothing; `two` = only sentences with actors of two countries (proposals.py's condition); `top` = only the
sentence's most probable type; `actor` = not when the document has an event of type T with the same actor
country; `copy` = the parties of the sentence's most confident coded event, when it has one ('X condemned Y and
demanded ...').

Measured honestly: each readable set (tests/data/coder, bench/heldout, heldout2 to heldout17) is rated by a
sentence-type model fitted without it (training/sentence_types/train.py `out_of_fold`), then scored end to end
(the shipped pipeline, confidence threshold on) with and without the proposals. Session 20, 89 set x language
rows (the seed article left out), without proposals summed F1 65.077, P 0.758, R 0.696, 5,073 events:

| variant | threshold | summed F1 | change | P | R | events | folds better/worse |
|---|---|---|---|---|---|---|---|
| any | 0.5 | 63.747 | -1.331 | 0.711 | 0.712 | 5529 | 2/16 |
| any | 0.6 | 64.364 | -0.714 | 0.731 | 0.705 | 5329 | 2/16 |
| any | 0.7 | 64.710 | -0.368 | 0.744 | 0.701 | 5204 | 2/16 |
| any | 0.8 | 65.006 | -0.071 | 0.752 | 0.700 | 5143 | 9/9 |
| any | 0.9 | 65.060 | -0.017 | 0.757 | 0.697 | 5082 | 2/5 |
| bare | 0.6 | 64.945 | -0.133 | 0.750 | 0.700 | 5155 | 5/13 |
| bare | 0.8 | 65.071 | -0.006 | 0.755 | 0.698 | 5103 | 4/10 |
| two | 0.6 | 64.702 | -0.376 | 0.744 | 0.701 | 5199 | 3/15 |
| two | 0.8 | 64.992 | -0.085 | 0.754 | 0.697 | 5102 | 3/12 |
| top actor | 0.6 | 64.714 | -0.364 | 0.743 | 0.702 | 5214 | 3/15 |
| top actor | 0.8 | 64.986 | -0.091 | 0.753 | 0.699 | 5121 | 7/9 |
| copy top actor | 0.8 | 64.942 | -0.135 | 0.753 | 0.698 | 5117 | 5/10 |
| copy top actor | 0.9 | 65.087 | +0.010 | 0.757 | 0.697 | 5077 | 2/2 |

Every variant at every threshold loses or stays within noise, and precision falls. Per fold, `any` at 0.8 (the
best of the recall-adding rows): coder -0.025, heldout -0.029, heldout2 -0.005, heldout3 -0.015, heldout4 -0.025,
heldout5 -0.012, heldout6 -0.022, heldout7 0, heldout8 +0.006, heldout9 -0.001, heldout10 +0.002, heldout11
+0.005, heldout12 +0.005, heldout13 +0.032, heldout14 -0.011, heldout15 +0.010, heldout16 +0.002, heldout17
+0.012: the freshest sets (15-17, which the rules were least tuned on) gain a hundredth each, not enough.

Why: a proposal must be right more than about F1/2 (0.36) of the time to raise F1, and at 0.6 only 88 of 286
were (31%). The false ones: 87 in sentences whose gold event is of another type (the words of the coded event
read like another type too), 63 repeats of a gold event the rules matched from another sentence, 35 right types
with the wrong parties; ACCUSE and COERCE make up 125 of the 198. Of the 1,677 required gold events the
pipeline misses, the fold model gives the true type p < 0.3 for 962 and p >= 0.5 for only 445; of those, 354
lie in sentences where the rules coded something else, and only 196 have the gold actor and the gold recipient
(when there is one) named in the sentence.

`--stacked`: a second logistic regression over each candidate (p >= 0.3; features: p, whether T is the top
type, T, language, whether the sentence or the document already has events of T or of the actor, recipient or
not) learns, leaving one set out, whether the proposal adds a right event. Only 191 of 1,510 candidates do, and
it finds no group of them right often enough: -0.036 at 0.3 (4 folds better, 11 worse), -0.005 at 0.4 (one
proposal), nothing above (and the fold probabilities it reads are not nested, which flatters it).

So the sentence-type model stays a confidence feature only. What would help is an argument finder for the
missed events (249 of the 445 need a party from outside the sentence), not a better type model.
"""
from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from pathlib import Path

from heron import pipeline
from heron.document import Document, Event
from heron.evaluation import gold as gold_files
from heron.evaluation import score
from heron.events import confidence_model, lexicon, proposals, record, sentence_types, timing

ROOT = Path(__file__).resolve().parents[1]
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
VARIANTS = ("any", "bare", "two", "top actor", "copy top actor")
#: every stage, every event kept: the proposals see what the confidence stage would leave out, as a stage would
EVERY = pipeline.Pipeline(pipeline.STAGES, pipeline.EVERY_MODALITY, min_confidence=0.0)


def _recipe():
    """training/sentence_types/train.py (the recipes are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("sentence_types_train", ROOT / "training/sentence_types/train.py")
    recipe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(recipe)
    return recipe


def coded() -> list[dict]:
    """Per gold document: its set, language, gold, the pipeline's document, the events a user is shown, and
    each sentence's type probabilities from the sentence-type model fitted without the document's set."""
    recipe = _recipe()
    models = recipe.out_of_fold([r for base in recipe.SETS for r in recipe.sentences(base)])
    floor = confidence_model.threshold()
    out = []
    for base in recipe.SETS:
        for lang in recipe.LANGUAGES:
            if not (base / lang).is_dir():
                continue
            for gd in gold_files.load(base / lang):
                document = EVERY(gd.document)
                shown = [e for e in document.events if e.modality in pipeline.ASSERTED and e.confidence >= floor]
                probs = sentence_types.probabilities([s.text for s in document.sentences], lang, models[base.name])
                out.append({"set": base.name, "lang": lang, "gold": gd, "document": document, "shown": shown,
                            "probs": probs})
    return out


def _countries(side: list[dict]) -> frozenset[str]:
    return frozenset(x["country"] for x in side if x.get("country"))


def _parties(document: Document, sentence, here: list[Event], variant: str) -> tuple[list, list] | None:
    """Actor and recipient of a proposal in the sentence, or None when it names no actor with a country."""
    actors = [a for a in document.actors if sentence.start <= a.start < sentence.end and a.country]
    if not actors or ("two" in variant and len({a.country for a in actors}) < 2):
        return None
    if "copy" in variant and here:
        best = max(here, key=lambda e: e.confidence)
        return best.actor, best.recipient
    recipient = next((a for a in actors if a.country != actors[0].country), None)
    return [actors[0].entity()], [recipient.entity()] if recipient else []


def _event(document: Document, sentence, label: str, parties: tuple[list, list], p: float) -> Event:
    # no trigger to anchor a time to: the sentence's first time expression, if it has one
    time = next((t for t in document.times if sentence.start <= t.start < sentence.end and t.value), None)
    date = time.value if time else document.base_date
    return record.new_event(
        document, label, None, None, f"{sentence.start}|typed", contexts=[], actor=parties[0], recipient=parties[1],
        date=date, date_precision=timing.precision(date), date_source="text" if time else "publication",
        date_text=time.text if time else None, modality="asserted", location=None, sentence=sentence.text,
        sentence_start=sentence.start,
        trigger={"text": sentence.text, "start": sentence.start, "end": sentence.end, "lemma": "sentence_type"},
        confidence=round(p, 2), speaker=None, historical=timing.historical(date, document.base_date), mentions=[])


def propose(document: Document, probs: list[dict[str, float]], threshold: float, variant: str) -> list[Event]:
    """The proposals of one document; `variant` names the options of the module docstring."""
    lex = lexicon.load(document.language)
    cues = lex.cue_set("negation") | lex.cue_set("hypothetical") | lex.cue_set("conditional_openers")
    told = {(e.event_type, _countries(e.actor), _countries(e.recipient)) for e in document.events}
    out = []
    for sentence, p in zip(document.sentences, probs):
        here = [e for e in document.events if e.sentence_start == sentence.start]
        if ("bare" in variant and here) or proposals._not_asserted(sentence.text, cues):
            continue
        parties = _parties(document, sentence, here, variant)
        if parties is None:
            continue
        for label, q in p.items():
            key = (label, _countries(parties[0]), _countries(parties[1]))
            if q < threshold or any(e.event_type == label for e in here) or key in told \
                    or ("top" in variant and q < max(p.values())) \
                    or ("actor" in variant and any(t == label and key[1] & a for t, a, _ in told)):
                continue
            told.add(key)
            out.append(_event(document, sentence, label, parties, q))
    return out


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def counts(docs: list[dict], added: list[list[Event]]) -> dict[tuple[str, str], list[int]]:
    """(set, language) -> [right, false, missed] of the shown events plus each document's added ones."""
    out: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for d, extra in zip(docs, added):
        o = score.score_document(d["gold"].name, d["shown"] + extra, d["gold"].events, d["gold"].not_events)
        c = out[(d["set"], d["lang"])]
        c[0] += len(o.matched)
        c[1] += len(o.false)
        c[2] += len(o.missed)
    return out


def line(name: str, c: dict, base: dict, folds: bool) -> str:
    """A table row: summed F1, its change, pooled P and R, events, and folds (sets) better/worse."""
    tp, fp, fn = (sum(v[k] for v in c.values()) for k in range(3))
    summed, was = sum(f1(*v) for v in c.values()), sum(f1(*v) for v in base.values())
    fold = defaultdict(float)
    for (s, _), v in c.items():
        fold[s] += f1(*v) - f1(*base[(s, _)])
    text = (f"| {name} | {summed:.3f} | {summed - was:+.3f} | {tp / (tp + fp):.3f} | {tp / (tp + fn):.3f} | "
            f"{tp + fp} | {sum(v > 1e-9 for v in fold.values())}/{sum(v < -1e-9 for v in fold.values())} |")
    return text + ("\n   " + " ".join(f"{k}:{fold[k]:+.3f}" for k in sorted(fold)) if folds else "")


def stacked(docs: list[dict]) -> dict[float, list[list[Event]]]:
    """Proposals chosen by a logistic regression over the candidates at p >= 0.3, fitted leaving one set out
    on whether each candidate alone adds a right event (module docstring)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    candidates = []
    for i, d in enumerate(docs):
        document, shown = d["document"], d["shown"]
        before = len(score.score_document(d["gold"].name, shown, d["gold"].events, d["gold"].not_events).matched)
        starts = [s.start for s in document.sentences]
        for e in propose(document, d["probs"], 0.3, "any"):
            p = d["probs"][starts.index(e.sentence_start)]
            after = score.score_document(d["gold"].name, shown + [e], d["gold"].events, d["gold"].not_events)
            actor = _countries(e.actor)
            f = {"p": p[e.event_type], "top": float(p[e.event_type] >= max(p.values())), "type=" + e.event_type: 1.0,
                 "p*type=" + e.event_type: p[e.event_type], "lang=" + d["lang"]: 1.0,
                 "recipient": float(bool(e.recipient)),
                 "sentence_coded": float(any(x.sentence_start == e.sentence_start for x in shown)),
                 "document_has_type": float(any(x.event_type == e.event_type for x in shown)),
                 "document_has_type_actor": float(any(x.event_type == e.event_type and actor & _countries(x.actor)
                                                      for x in shown))}
            candidates.append((i, e, f, int(len(after.matched) > before)))
    rated = {}
    for held in sorted({d["set"] for d in docs}):
        train = [c for c in candidates if docs[c[0]]["set"] != held]
        test = [c for c in candidates if docs[c[0]]["set"] == held]
        vectorizer = DictVectorizer()
        model = LogisticRegression(C=1.0, max_iter=3000).fit(vectorizer.fit_transform([c[2] for c in train]),
                                                             [c[3] for c in train])
        if test:
            rated.update(zip((id(c[1]) for c in test),
                             model.predict_proba(vectorizer.transform([c[2] for c in test]))[:, 1]))
    print(f"stacked: {len(candidates)} candidates, {sum(c[3] for c in candidates)} add a right event", file=sys.stderr)
    out = {}
    for threshold in (0.3, 0.4, 0.5, 0.6):
        added = [[] for _ in docs]
        for i, e, _, _ in candidates:
            if rated[id(e)] >= threshold:
                added[i].append(e)
        out[threshold] = added
    return out


def main() -> None:
    folds = "--folds" in sys.argv
    docs = coded()
    base = counts(docs, [[] for _ in docs])
    print("| variant, threshold | summed F1 | change | P | R | events | folds better/worse |")
    print("|---|---|---|---|---|---|---|")
    print(line("without proposals", base, base, False), flush=True)
    for variant in VARIANTS:
        for threshold in THRESHOLDS:
            added = [propose(d["document"], d["probs"], threshold, variant) for d in docs]
            print(line(f"{variant}, {threshold}", counts(docs, added), base, folds), flush=True)
    if "--stacked" in sys.argv:
        for threshold, added in stacked(docs).items():
            print(line(f"stacked, {threshold}", counts(docs, added), base, folds), flush=True)


if __name__ == "__main__":
    main()
