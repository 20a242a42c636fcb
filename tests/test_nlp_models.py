"""The shipped spaCy pipelines (heron/nlp/pipelines/) and the language-independent fallback."""
from __future__ import annotations

import pytest

from heron.nlp import models

SENTENCE_NL = "Rusland zal de Taliban helpen in de strijd tegen Daesh."


@pytest.fixture(scope="module")
def nl():
    assert models.pipeline_path("nl") is not None, "the Dutch pipeline is not shipped in heron/nlp/pipelines/nl"
    return models.load("nl")


@pytest.fixture(scope="module")
def doc_nl(nl):
    return nl(SENTENCE_NL)


def test_dutch_pipeline_components(nl):
    assert not nl.meta.get("heron_fallback")
    for name in ("tok2vec", "morphologizer", "trainable_lemmatizer", "parser", "ner"):
        assert name in nl.pipe_names
    assert models.load("nl") is nl          # cached


def test_dutch_subject(doc_nl):
    tok = {t.text: t for t in doc_nl}
    assert tok["Rusland"].dep_ == "nsubj"
    assert tok["Rusland"].head.text == "helpen"


def test_dutch_lemma_and_tags(doc_nl):
    tok = {t.text: t for t in doc_nl}
    assert tok["zal"].lemma_ == "zullen"
    assert tok["zal"].pos_ == "AUX"
    assert tok["Rusland"].pos_ == "PROPN"


def test_dutch_ner(doc_nl):
    ents = {(e.text, e.label_) for e in doc_nl.ents}
    assert ("Rusland", "LOC") in ents


def test_dutch_sentences(nl):
    doc = nl("De regering viel. Het parlement werd ontbonden en er komen nieuwe verkiezingen.")
    assert len(list(doc.sents)) == 2


def test_installed_lists_dutch_with_accuracy():
    rows = {r["language"]: r for r in models.installed()}
    assert "nl" in rows
    row = rows["nl"]
    assert row["path"].endswith("nl")
    acc = row["accuracy"]
    assert acc, "accuracy missing from meta.json"
    assert any("upos" in v for v in acc.values())
    assert any("ents_f" in v for v in acc.values())
    assert row["model_card"]


def test_fallback_italian():
    nlp = models.load("it")
    assert nlp.meta.get("heron_fallback") is True
    doc = nlp("Le truppe andavano verso Roma. Il governo ha protestato.")
    assert len(list(doc.sents)) == 2
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["andavano"] == "andare"
    assert doc.has_annotation("LEMMA")
    assert models.load("it") is nlp


def test_fallback_unknown_language_uses_multilingual_tokenizer():
    nlp = models.load("zz")
    assert nlp.meta.get("heron_fallback") is True
    doc = nlp("Abc def. Ghi jkl.")
    assert [t.text for t in doc][:2] == ["Abc", "def"]


@pytest.mark.skipif(models.pipeline_path("en") is None, reason="no English pipeline shipped")
def test_english_pipeline():
    nlp = models.load("en")
    assert not nlp.meta.get("heron_fallback")
    doc = nlp("Russia will help the Taliban in the fight against Daesh.")
    tok = {t.text: t for t in doc}
    assert tok["Russia"].dep_ == "nsubj" and tok["Russia"].head.text == "help"
    assert tok["will"].pos_ == "AUX"
    assert ("Russia", "LOC") in {(e.text, e.label_) for e in doc.ents}


#: language -> (sentence, subject, its head, an auxiliary, a contracted preposition kept as one token)
NEW_PIPELINES = {
    "de": ("Russland hat die Ukraine zum zweiten Mal angegriffen.", "Russland", "angegriffen", "hat", "zum"),
    "fr": ("La Russie a attaqué le port du Havre.", "Russie", "attaqué", "a", "du"),
    "es": ("Rusia ha atacado el puerto del Callao.", "Rusia", "atacado", "ha", "del"),
}


@pytest.mark.parametrize("lang", sorted(NEW_PIPELINES))
def test_trained_pipeline(lang):
    if models.pipeline_path(lang) is None:
        pytest.skip(f"no {lang} pipeline shipped")
    nlp = models.load(lang)
    assert not nlp.meta.get("heron_fallback")
    assert {"morphologizer", "trainable_lemmatizer", "parser", "ner"} <= set(nlp.pipe_names)
    text, subject, head, aux, contraction = NEW_PIPELINES[lang]
    doc = nlp(text)
    tok = {t.text: t for t in doc}
    assert tok[subject].dep_ == "nsubj" and tok[subject].head.text == head
    assert tok[aux].pos_ == "AUX"
    # trained on surface tokens: the contraction is one token, tagged as its head word (ADP)
    assert tok[contraction].pos_ == "ADP"
    assert {r["language"] for r in models.installed()} >= {lang}


def test_package_level_interface():
    import heron.nlp
    nlp = heron.nlp.load("nl")
    assert nlp is models.load("nl")
    doc = nlp(SENTENCE_NL)
    assert all(hasattr(t, attr) for t in doc for attr in ("pos_", "lemma_", "dep_", "head"))
    assert {r["language"] for r in heron.nlp.installed()} >= {"nl", "en"}


def test_parse_switch_fills_dependencies_for_the_coder():
    from heron.document import Document
    from heron.nlp import analysis
    from heron.pipeline import Pipeline
    old = analysis.PARSE
    try:
        analysis.PARSE = True
        doc = Pipeline()(Document(id="p", text="Rusland heeft maandag Oekraïne aangevallen.", language="nl",
                                  publication_date="2024-05-12"))
        assert doc.analysis.has_annotation("DEP")
        assert [(e.event_type, e.actor[0]["country"]) for e in doc.events] == [("ASSAULT", "RUS")]
        analysis.PARSE = False
        doc = Pipeline()(Document(id="q", text="Rusland heeft maandag Oekraïne aangevallen.", language="nl",
                                  publication_date="2024-05-12"))
        assert not doc.analysis.has_annotation("DEP")
    finally:
        analysis.PARSE = old
