"""The recipient model's parse features (heron/events/recipient_model/syntax.py), which a model trained
with `training/recipient_model/train.py --parse` sees: the trained pipelines' dependency relation
between each candidate's mention and the trigger. The shipped model does not use them
(bench/recipient_folds.py), and its stage then parses nothing."""
import pytest

from heron import pipeline
from heron.document import Document
from heron.events import recipient_model
from heron.events.recipient_model.features import Story, candidates
from heron.events.story_country import home_country

BEFORE = pipeline.Pipeline(pipeline.STAGES[:pipeline.STAGES.index(recipient_model.choose)], pipeline.EVERY_MODALITY,
                           min_confidence=0.0)


def _syntax(text: str, lang: str, etype: str, parse: bool = True) -> dict[str, set[str]]:
    document = BEFORE(Document(id="t", text=text, language=lang, publication_date="2025-03-12"))
    story = Story(document, home_country(document), parse=parse)
    n, event = next((n, e) for n, e in enumerate(document.events) if e.event_type == etype)
    return {c: {k for k in f if "syn:" in k} for c, f in candidates(story, event, document.events[:n]).items()}


@pytest.mark.parametrize("text, lang, etype, actor, target, target_relation", [
    ("France sanctioned Russia on Monday.", "en", "SANCTION", "FRA", "RUS", "syn:arg:obj"),
    ("Russia was condemned by Poland on Monday.", "en", "ACCUSE", "POL", "RUS", "syn:arg:nsubj:pass"),
])
def test_the_trigger_s_own_parties_are_told_apart(text, lang, etype, actor, target, target_relation):
    found = _syntax(text, lang, etype)
    assert target_relation in found[target]
    assert not found[actor] & {"syn:arg:obj", "syn:arg:nsubj:pass"}


def test_an_oblique_keeps_its_case_word():
    # 'impuso sanciones contra Rusia': a trigger of two words, whose noun takes the target
    found = _syntax("España impuso sanciones contra Rusia el lunes.", "es", "SANCTION")
    assert {"syn:arg:nmod", "syn:arg:nmod:es:contra"} <= found["RUS"]
    assert "syn:arg:nsubj" in found["ESP"]


def test_a_party_of_another_clause_is_marked():
    found = _syntax("Ukraine said that France sanctioned Russia on Monday.", "en", "SANCTION")
    assert {"syn:other_clause", "syn:other:nsubj"} <= found["UKR"]


def test_without_the_option_there_are_no_parse_features():
    found = _syntax("France sanctioned Russia on Monday.", "en", "SANCTION", parse=False)
    assert not any(found.values())
    assert not recipient_model.model().get("syntax")     # the shipped model: no parse at run time
