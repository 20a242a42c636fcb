"""Train the sentence-type model (heron/events/sentence_types) on the readable gold sets.

    python training/sentence_types/train.py            # leave one set out, then train and write model.npz
    python training/sentence_types/train.py --report   # leave one set out only

Examples: every sentence of the readable gold documents, split as the pipeline splits them. A sentence's
labels are the types of the gold events (required or optional) whose evidence starts in it; a sentence
with none is a negative example of every type. One logistic regression per type (scikit-learn, the
`training` extra) over a TF-IDF bag of words and word pairs, the language code being one more word; the
run time model is a few numpy arrays (model.npz).

The confidence model's trainer (training/confidence_model/train.py) calls `out_of_fold` so that the
feature it learns from is what this model says of a set it was not trained on, as at run time.
Sets: those of the confidence model (SETS there: the development sets; the blind sets are never read).
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import numpy as np

from heron import pipeline
from heron.evaluation import gold as gold_files
from heron.events import sentence_types

ROOT = Path(__file__).resolve().parents[2]


def _confidence_recipe():
    """training/confidence_model/train.py (the recipes are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("confidence_train", ROOT / "training/confidence_model/train.py")
    recipe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(recipe)
    return recipe


#: the confidence model's readable sets: one list for both models, whose training rates each set out of fold
SETS = _confidence_recipe().SETS
LANGUAGES = ("nl", "en", "de", "fr", "es")
#: inverse L2 strength; as a confidence feature leaving one set out, 3, 10 and 30 scored the same within noise
#: (61.587, 61.626, 61.636 summed F1 over 84 rows; heron/events/sentence_types/CARD.md)
C = 10.0
#: a word or pair must occur in this many training sentences to be in the vocabulary
MIN_DF = 2
#: the stages that split a document into sentences
SPLIT = pipeline.Pipeline(pipeline.STAGES[:pipeline.STAGES.index(pipeline.analysis.analyze) + 1], min_confidence=0.0)


def sentences(base: Path) -> list[dict]:
    """One row per sentence of a set's gold documents: set, language, text and the gold types told in it."""
    rows = []
    for lang in LANGUAGES:
        if not (base / lang).is_dir():
            continue
        for gd in gold_files.load(base / lang):
            document = SPLIT(gd.document)
            starts = [s.start for s in document.sentences]
            types: dict[int, set[str]] = {start: set() for start in starts}
            for g in gd.events:
                at = document.text.find(g.get("evidence") or "\0")
                if at >= 0 and starts and at >= starts[0]:
                    types[max(s for s in starts if s <= at)] |= set(g["event_type"])
            rows += [{"set": base.name, "lang": lang, "text": s.text, "types": types[s.start]}
                     for s in document.sentences]
    return rows


def fit(rows: list[dict]) -> dict:
    """A model dict as sentence_types.model() returns it, fitted on rows."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=MIN_DF, sublinear_tf=True, lowercase=True)
    x = vectorizer.fit_transform([sentence_types.text_of(r["text"], r["lang"]) for r in rows])
    types = sorted({t for r in rows for t in r["types"]})
    weights, bias = [], []
    for t in types:
        regression = LogisticRegression(C=C, solver="liblinear").fit(x, [t in r["types"] for r in rows])
        weights.append(regression.coef_[0])
        bias.append(regression.intercept_[0])
    vocabulary = vectorizer.get_feature_names_out()
    return {"index": {term: i for i, term in enumerate(vocabulary)}, "vocabulary": vocabulary,
            "idf": vectorizer.idf_.astype(np.float32), "weights": np.array(weights, dtype=np.float32).T,
            "bias": np.array(bias, dtype=np.float32), "types": types}


def out_of_fold(rows: list[dict]) -> dict[str, dict]:
    """For each set, a model fitted on all the other sets' sentences."""
    return {held: fit([r for r in rows if r["set"] != held]) for held in sorted({r["set"] for r in rows})}


def report(rows: list[dict], models: dict[str, dict]) -> list[str]:
    """Per language, over sentences each rated by the model that did not see its set: how well the
    probability of each type tells the sentences that have it from those that do not (ROC AUC), and the
    mean probability of a true and of a wrong type."""
    from sklearn.metrics import roc_auc_score
    lines = ["| language | sentences | with an event | ROC AUC (types pooled) | mean p, true type | mean p, other types |",
             "|---|---|---|---|---|---|"]
    rated = [(r, p) for held, m in models.items() for r in rows if r["set"] == held
             for p in sentence_types.probabilities([r["text"]], r["lang"], m)]
    for lang in LANGUAGES + ("all",):
        sample = [(r, p) for r, p in rated if lang in ("all", r["lang"])]
        y = [t in r["types"] for r, p in sample for t in p]
        s = [p[t] for r, p in sample for t in p]
        true = [v for v, label in zip(s, y) if label]
        other = [v for v, label in zip(s, y) if not label]
        lines.append(f"| {lang} | {len(sample)} | {sum(bool(r['types']) for r, _ in sample)} | "
                     f"{roc_auc_score(y, s):.3f} | {np.mean(true):.3f} | {np.mean(other):.3f} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="leave one set out only; write nothing")
    args = parser.parse_args()
    rows = [r for base in SETS for r in sentences(base)]
    print(f"{len(rows)} sentences ({sum(bool(r['types']) for r in rows)} with a gold event) from {len(SETS)} sets",
          file=sys.stderr)
    print("\n".join(report(rows, out_of_fold(rows))))
    if args.report:
        return
    m = fit(rows)
    np.savez_compressed(sentence_types.MODEL_PATH, vocabulary=np.array(m["vocabulary"], dtype=str), idf=m["idf"],
                        weights=m["weights"].astype(np.float16), bias=m["bias"], types=np.array(m["types"], dtype=str))
    print(f"wrote {sentence_types.MODEL_PATH.relative_to(ROOT)} ({len(m['vocabulary'])} terms, {len(m['types'])} types)")


if __name__ == "__main__":
    main()
