"""The confidence model (heron/events/confidence_model) with the shipped weights, on real documents."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

import heron
from heron.document import Document
from heron.evaluation import gold as gold_files
from heron.evaluation import score
from heron.events import confidence_model
from heron.events.confidence_model import structure
from heron.events.confidence_model.features import Story, features
from heron.pipeline import EVERY_MODALITY, STAGES, Pipeline

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "examples" / "seed"


def test_the_shipped_model_was_chosen_leaving_one_set_out():
    m = confidence_model.model()
    assert m["weights"] and 0.0 < m["threshold"] < 0.5
    assert len(m["sets"]) >= 15 and not any(f"heldout{n}" in s for n in range(21, 30) for s in m["sets"])
    assert m["table"][0].startswith("| threshold |")


def test_it_runs_last_and_every_event_gets_a_probability():
    assert STAGES[-1] is confidence_model.rate
    events = heron.code("Russia and China held joint naval exercises in the Sea of Japan. "
                        "Police arrested 12 protesters in Paris on Monday.", publication_date="2025-03-12",
                        language="en", min_confidence=0.0)
    assert len(events) >= 2 and all(0.0 <= e.confidence <= 1.0 for e in events)


def test_the_threshold_leaves_out_events_and_counts_them():
    dropped = 0
    folder = ROOT / "tests/data/coder/fr"
    for gd, again in zip(gold_files.load(folder), gold_files.load(folder)):
        everything = Pipeline(min_confidence=0.0)(gd.document).events
        document = Pipeline(min_confidence=0.7)(again.document)
        assert [e.event_id for e in document.events] == [e.event_id for e in everything if e.confidence >= 0.7]
        dropped += document.meta.get("below_min_confidence", 0)
        assert document.meta.get("below_min_confidence", 0) == len(everything) - len(document.events)
    assert dropped > 0


def test_right_events_are_rated_higher_than_false_ones():
    """On the development set, the events the scorer matches are rated higher than the false ones."""
    rated = {True: [], False: []}
    for lang in ("nl", "en", "de", "fr", "es"):
        for gd in gold_files.load(ROOT / "tests/data/coder" / lang):
            events = Pipeline(min_confidence=0.0)(gd.document).events
            outcome = score.score_document(gd.name, events, gd.events, gd.not_events)
            rated[True] += [e.confidence for _, e in outcome.matched]
            rated[False] += [e.confidence for e in outcome.false]
    mean = {k: sum(v) / len(v) for k, v in rated.items()}
    assert len(rated[False]) >= 10 and mean[True] > mean[False] + 0.05


def test_the_command_line_sets_the_threshold():
    def count(*options: str) -> int:
        out = subprocess.run([sys.executable, "-m", "heron", "code", *options, str(SEED / "article.txt")],
                             capture_output=True, text=True, check=True).stdout
        return len([json.loads(line) for line in out.splitlines() if line.strip()])
    assert count() == count("--min-confidence", "0") == 11       # the reference article stays whole
    assert count("--min-confidence", "0.95") < 11


@pytest.mark.parametrize("lang,text,actor,recipient", [
    ("nl", "Poetin werd door Rutte bekritiseerd vanwege de aanval op Oekraïne.", "syn_actor=dep:obl",
     "syn_recipient=dep:nsubj:pass"),
    ("en", "Russia did not condemn the attack on Ukraine, the minister said.", "syn_actor=dep:nsubj",
     "syn_recipient=nmod_of:obj"),
])
def test_the_structural_features_read_the_parse_of_the_event_sentence(lang, text, actor, recipient):
    """Off in the shipped model (bench/confidence_ablation.py: the reference article's right events fall under
    its threshold), on with the recipe's PARSED option: the agent of a passive and its case word, a subject, a
    negation among the trigger's dependents."""
    document = Pipeline(modalities=EVERY_MODALITY, min_confidence=0.0)(
        Document(id="t", text=text, language=lang, publication_date="2025-03-04"))
    event = document.events[0]
    assert not [k for k in features(event, Story(document, None)) if k.startswith("syn_")]
    f = features(event, Story(document, None, parsed=True))
    assert {"syn_trigger=root", actor, recipient} <= set(f), sorted(f)
    assert ("syn_case=actor:nl:door" in f) == (lang == "nl")
    assert ("syn_child=negation" in f) == (lang == "en")


def test_a_label_in_scare_quotes_is_no_quotation():
    sentence = "Poetin noemde hem een “bondgenoot”. “We zien en waarderen de inspanningen van de Taliban,” zei hij."
    assert not structure.quoted(sentence, sentence.index("bondgenoot"))
    assert structure.quoted(sentence, sentence.index("waarderen"))
    assert not structure.quoted(sentence, sentence.index("zei"))
