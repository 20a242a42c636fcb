"""Train the recipient model (heron/events/recipient_model) on the readable gold sets.

    python training/recipient_model/train.py            # cross-validate, train, write weights.json
    python training/recipient_model/train.py --report   # cross-validate only

Examples: every event the pipeline codes (all stages before the recipient stage) whose type is among a
gold event's types, whose sentence holds at least half of that gold event's evidence words and whose actor
meets the gold actor, and (unless `--session12`) only those the stage asks the model about: asked(). Its
candidates (features.py) are labelled by the gold recipients; NONE is right when the gold event has none.
Events whose gold recipient is not among the candidates teach nothing and are left out. Needs scipy (with
scikit-learn, the `training` extra); the run time model is a plain weight table read with the standard
library.

Sets (SETS, the shipped model's): the development sets tests/data/coder, bench/heldout, heldout2 to
heldout9 (each a blind set once, development data after its final blind run) and the converted PLOVER
and PETRARCH gold. The converted ConfliBERT gold stays held out (as extra training data it lowered
cross-validation, bench/RESULTS.md). heldout10 to heldout23 (LATER, development data since sessions 10 to
27) were not in the session-12 recipe; the shipped one (session 20, below) adds them. The blind sets (heldout24 on)
are never read.

By default the script trains the shipped recipe (since session 20, below; `--session20` names it explicitly, as the
commands recorded in session 20 do): SETS and LATER without the converted gold, only the events asked() keeps,
L2 0.1, the shipped margins (MARGINS). `--session12` trains the session-12 recipe (SETS, every matched event,
L2 and margins chosen by cross-validation), kept to reproduce the earlier measurements.

Why retraining the shipped recipe loses (session 20, bench/recipient_retrain.py: folds heldout10 to
heldout17, each trained on every other readable set, the full pipeline, summed F1 over 40 rows; the session-12 weights
26.668): the session-12 recipe on today's rule outputs gave 26.576. Three things in the recipe were off:
- it trained on events the stage never asks the model about: 343 whose recipient a documented rule
  decided (309 right by the rules) and 260 joint acts. They taught it that the rules' choice is right
  where the model is asked to weigh it. Without them: 26.643 (+0.067);
- the converted PLOVER and PETRARCH gold (247 events, other writers' conventions): without them too
  26.734 (+0.158 over the old recipe);
- the penalty: with 4,000 events instead of 2,700, L2 0.1 fits better than 0.3 (26.829; 0.03 26.721,
  1.0 26.504). Chosen on heldout10-13 (14.149 against 14.116 at 0.3 and 14.054 shipped), it held on
  heldout14-17 (12.679 against 12.618 at 0.3 and 12.614 shipped).
So `--session20` beats the shipped weights held out by +0.161 (six folds won, two lost: heldout10 -0.042,
heldout14 -0.012). It was first held back: trained on all readable sets it overrules the doer of an act a
reaction answers, which the rules found in an earlier sentence without marking it (reactions.ruled), for a
party named in what is said of the act ('Iran launched missile strikes on Erbil. Washington condemned the
strikes, which undermine the stability of Iraq' -> IRQ, not IRN: the construction test
test_a_reaction_to_a_named_act_is_aimed_at_its_doer fails). In the English sentence the coder's IRN
carries no 'rule' mark (its French, Spanish and Dutch variants do, and pass). Marking that choice
(reactions.named_before now does) and barring a country named after a phrase of request (recipient_model.
requesters; the new weights aimed 'op verzoek van de Verenigde Staten gearresteerd' at the USA), then
re-measuring: 26.945 against the old weights' 26.803 (+0.142, six folds won, two lost). Shipped. On the readable sets (trained on them, so no
evidence) it gave 67.304 against 66.077.
Tried and worse: the actor's own country taken out of the softmax (it is never chosen, but the scorer
accepts it where the gold has none): 26.518 with the above, 26.505 alone; labels from every gold event
the sentence fits, the required ones first (the scorer matches any), and only events with a required
gold event: 26.716.
`--leave-out heldout8 heldout9 --out /tmp/w.json` trains without some sets, to measure on them.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix

from heron import pipeline
from heron.document import Document
from heron.evaluation import gold as gold_files
from heron.evaluation import score
from heron.events import recipient_model
from heron.events.merge import countries
from heron.events.recipient_model.features import NONE, Story, candidates
from heron.events.story_country import home_country

ROOT = Path(__file__).resolve().parents[2]
#: the shipped model's sets (session 12): tests/data/coder, bench/heldout, heldout2 to heldout9, converted gold
SETS = [ROOT / "tests/data/coder", ROOT / "bench/heldout"] + [ROOT / f"bench/heldout{n}" for n in range(2, 10)] + [
    ROOT / "bench/devsets/build/plover-gsr", ROOT / "bench/devsets/build/petrarch2-gsr"]
#: the readable sets opened since (the blind ones, heldout24 on, never)
LATER = [ROOT / f"bench/heldout{n}" for n in range(10, 24)]
#: the converted PLOVER and PETRARCH gold
CONVERTED = SETS[-2:]
#: the margins choose() decides with, chosen end to end (bench/recipient_margins.py, session 12)
MARGINS = {"here": 0.0, "away": 2.0, "replace": 1.0}
#: the pipeline up to this model's stage, every event kept (none is filtered before it runs)
BEFORE = pipeline.Pipeline(pipeline.STAGES[:pipeline.STAGES.index(recipient_model.choose)], pipeline.EVERY_MODALITY,
                           min_confidence=0.0)


def folders(base: Path) -> list[Path]:
    langs = [base / lang for lang in ("nl", "en", "de", "fr", "es") if (base / lang).is_dir()]
    return langs or [base]


def examples(folder: Path, parse: bool = False) -> list[dict]:
    """One item per usable event: its candidates' features, labels and the rules' choice (with the
    parse's features when `parse`: syntax.py)."""
    return [it for gd in gold_files.load(folder) for it in document_examples(gd, BEFORE(gd.document), folder, parse)]


def set_name(folder: Path) -> str:
    """'heldout12' for bench/heldout12/nl, 'plover-gsr' for a converted gold set."""
    return folder.parent.name if folder.parent != ROOT / "bench/devsets/build" else folder.name


def document_examples(gd: gold_files.GoldDocument, document: Document, folder: Path, parse: bool = False) -> list[dict]:
    """The items of one gold document's events, `document` coded by the stages BEFORE this model."""
    items = []
    story = Story(document, home_country(document), parse=parse)
    for n, event in enumerate(document.events):
        if event.modality not in pipeline.ASSERTED:
            continue
        cands = candidates(story, event, document.events[:n])
        fits = [(score.evidence_overlap(event, g), i, g) for i, g in enumerate(gd.events)
                if event.event_type in g.get("event_type", [])
                and score.evidence_overlap(event, g) >= 0.5
                and (not g.get("actor") or countries(event.actor) & set(g["actor"]))]
        if not fits:
            continue
        g = max(fits, key=lambda x: (x[0], -x[1]))[2]
        # what the scorer accepts: a gold recipient, or none (or the actor itself) when gold has none
        labels = {c: score.recipient_accepted(set() if c == NONE else {c}, g) for c in cands}
        if not any(labels.values()):
            continue
        items.append({"doc": f"{folder}/{gd.name}", "set": set_name(folder),
                      "cands": cands, "labels": labels, "rule": countries(event.recipient),
                      "barred": countries(event.actor) | recipient_model.forums(event),
                      "joint": recipient_model.joint(event),
                      # the stage never asks the model about these (recipient_model.choose)
                      "ruled": recipient_model.ruled(event),
                      "gold": g, "fits": [f[2] for f in fits]})
    return items


def asked(item: dict) -> bool:
    """An event the stage asks the model about: not one whose recipient a documented rule decided
    (recipient_model.ruled: a protest faces its own government, a denial answers its accuser), not a
    joint act (choice() gives it none). Those are mostly right by the rules (309 of 343 ruled events
    in the readable sets), and training on them taught the model to keep the rules' choice where it is
    asked to weigh it (bench/recipient_retrain.py)."""
    return not item["ruled"] and not item["joint"]


def fit(items: list[dict], l2: float) -> dict[str, float]:
    """A conditional logit: per event, a softmax over its candidates, trained to put the
    probability on the right ones (L2-penalised, L-BFGS). Returns the non-zero weights."""
    names = sorted({k for it in items for f in it["cands"].values() for k in f})
    index = {n: i for i, n in enumerate(names)}
    data, cols, ptr, group, right_ = [], [], [0], [], []
    for g, it in enumerate(items):
        for c, f in it["cands"].items():
            for k, v in f.items():
                cols.append(index[k])
                data.append(v)
            ptr.append(len(cols))
            group.append(g)
            right_.append(it["labels"][c])
    X = csr_matrix((data, cols, ptr), shape=(len(ptr) - 1, len(names)))
    group, right_, n = np.array(group), np.array(right_, dtype=bool), len(items)

    def loss(w):
        s = X @ w
        top = np.full(n, -np.inf)
        np.maximum.at(top, group, s)
        e = np.exp(s - top[group])
        z, p = np.bincount(group, e, n), np.bincount(group, e * right_, n)
        grad = X.T @ (e / z[group] - np.where(right_, e / p[group], 0.0)) + 2 * l2 * w
        return -np.sum(np.log(p / z)) + l2 * w @ w, grad

    w = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x
    return {name: float(v) for name, v in zip(names, w) if abs(v) > 1e-4}


def outcome(item: dict, weights: dict[str, float], margins: dict[str, float]) -> tuple[bool, bool]:
    """(rules right, model right) for one event."""
    best = recipient_model.choice(item["cands"], item["rule"], item["barred"], item["joint"], weights, margins)
    final = item["rule"] if best is None else set() if best == NONE else {best}
    return score.recipient_accepted(item["rule"], item["gold"]), score.recipient_accepted(final, item["gold"])


def cross_validate(items: list[dict], l2: float, settings: list[dict], folds: int = 5) -> list[tuple[int, int, int]]:
    """Per margin setting: (events, right by the rules, right with the model), each document's
    events in one fold."""
    docs = sorted({it["doc"] for it in items})
    fold_of = {d: k % folds for k, d in enumerate(docs)}
    counts = [[0, 0, 0] for _ in settings]
    for k in range(folds):
        weights = fit([it for it in items if fold_of[it["doc"]] != k], l2)
        for it in items:
            if fold_of[it["doc"]] == k:
                for row, margins in zip(counts, settings):
                    r, m = outcome(it, weights, margins)
                    row[0], row[1], row[2] = row[0] + 1, row[1] + r, row[2] + m
    return [tuple(row) for row in counts]


def by_set(items: list[dict], l2: float, margins: dict) -> list[tuple[str, int, int, int]]:
    """Leave one set out: train on the others, count on it."""
    rows = []
    for name in sorted({it["set"] for it in items}):
        weights = fit([it for it in items if it["set"] != name], l2)
        test = [outcome(it, weights, margins) for it in items if it["set"] == name]
        rows.append((name, len(test), sum(r for r, _ in test), sum(m for _, m in test)))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--report", action="store_true", help="cross-validate only, write nothing")
    ap.add_argument("--l2", type=float, nargs="*", default=[0.3, 1.0])
    ap.add_argument("--leave-out", nargs="*", default=[], help="set names not to train on (e.g. heldout9)")
    ap.add_argument("--out", type=Path, default=recipient_model.MODEL_PATH)
    ap.add_argument("--margins", type=float, nargs=3, metavar=("HERE", "AWAY", "REPLACE"),
                    help="use these margins instead of choosing them by cross-validation")
    ap.add_argument("--session20", action="store_true",
                    help="the shipped recipe, the default (session 20): SETS + LATER without the converted gold, "
                         "only asked() events, L2 0.1, the end-to-end MARGINS")
    ap.add_argument("--session12", action="store_true",
                    help="the session-12 recipe: SETS, every matched event, L2 and margins by cross-validation")
    ap.add_argument("--parse", action="store_true",
                    help="with the dependency parse's features (syntax.py; not shipped: bench/recipient_folds.py)")
    args = ap.parse_args()
    recipe20 = not args.session12
    settings = [{"here": here, "away": away} | ({"replace": replace} if replace is not None else {})
                for here in (0.0, 0.5, 1.0) for away in (2.0, 3.0, 99.0) for replace in (None, 1.0, 2.0, 3.0, 5.0)]
    if args.margins or recipe20:
        settings = [dict(zip(("here", "away", "replace"), args.margins)) if args.margins else MARGINS]
    sets = [b for b in SETS + LATER if b not in CONVERTED] if recipe20 else SETS
    if recipe20 and args.l2 == ap.get_default("l2"):
        args.l2 = [0.1]
    items = [it for base in sets if base.name not in args.leave_out for folder in folders(base)
             for it in examples(folder, args.parse) if asked(it) or not recipe20]
    print(f"{len(items)} events, {sum(len(it['cands']) for it in items)} candidates", file=sys.stderr)
    grid = []
    for l2 in args.l2:
        for margins, (n, rules, model) in zip(settings, cross_validate(items, l2, settings)):
            grid.append((model, l2, margins))
            print(f"L2 {l2:<4} margins {margins}  events {n}  rules right {rules}  model right {model}", file=sys.stderr)
    # the most cautious setting (no replacing or the largest margins, then the strongest penalty) within
    # 0.25% of the events of the best: the settings differ by a few events in 2,700, and a cautious one
    # changes fewer decisions
    top = max(g[0] for g in grid)
    best, l2, margins = max((g for g in grid if g[0] >= top - max(3, round(0.0025 * len(items)))),
                            key=lambda g: (g[2].get("replace", 99.0), sum(g[2].values()), g[1]))
    sets = by_set(items, l2, margins)
    for name, n, rules, model in sets:
        print(f"leave-one-set-out {name:16s} events {n:4d}  rules right {rules:4d}  model right {model:4d}", file=sys.stderr)
    if args.report:
        return
    weights = fit(items, l2)
    n, rules, _ = cross_validate(items, l2, [margins])[0]
    out = {"margins": margins, "l2": l2, "events": len(items),
           "cross_validation": {"events": n, "rules_right": rules, "model_right": best},
           "leave_one_set_out": {name: {"events": k, "rules_right": r, "model_right": m} for name, k, r, m in sets},
           "weights": {k: round(v, 4) for k, v in sorted(weights.items())}}
    if args.parse:      # choose() then parses each document for the features (features.Story)
        out["syntax"] = True
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (L2 {l2}, margins {margins}, {len(weights)} weights)", file=sys.stderr)


if __name__ == "__main__":
    main()
