"""The analysis stage: sentences, tokens, lemmas (and, with a trained pipeline, tags,
dependencies and entities) for a Document, through the language's spaCy pipeline."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import simplemma

from heron.document import Document, Sentence
from heron.nlp import models


@lru_cache(maxsize=None)
def _corrections(lang: str) -> dict[str, str]:
    """Per-language lemma corrections (heron/lang/<code>/lemmas.tsv) for forms simplemma misreads."""
    path = resources.files("heron.lang").joinpath(lang).joinpath("lemmas.tsv")
    if not path.is_file():
        return {}
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[2:] if "\t" in line]
    return {form.lower(): lemma.strip() for form, lemma in rows}


@lru_cache(maxsize=200_000)
def _simplemma(word: str, lang: str) -> str:
    try:
        return simplemma.lemmatize(word, lang=lang).replace("_", "").lower()
    except ValueError:      # a language simplemma does not know
        return word.lower()


def lemma(token, lang: str) -> str:
    """A token's lemma, lower-cased: the pipeline's when it has a lemmatiser, else simplemma's."""
    if token.lemma_ and token.doc.has_annotation("LEMMA"):
        return token.lemma_.lower()
    return _simplemma(token.text, lang)


def analyze(document: Document) -> Document:
    nlp = models.load(document.language)
    doc = nlp(document.text)
    corrections = _corrections(document.language)
    has_lemmas = doc.has_annotation("LEMMA")
    for token in doc:
        # one lemma convention for every pipeline: lower case, no '_' in separable verbs ('aan_bieden')
        fixed = corrections.get(token.lower_)
        if fixed or not has_lemmas:
            token.lemma_ = fixed or _simplemma(token.text, document.language)
        else:
            token.lemma_ = token.lemma_.replace("_", "").lower()
    document.analysis = doc
    document.sentences = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        text = document.text[start:end]
        stripped = text.strip()
        if not stripped:
            continue
        start += len(text) - len(text.lstrip())
        document.sentences.append(Sentence(start, start + len(stripped), stripped, len(document.sentences)))
    document.meta["pipeline"] = "fallback" if nlp.meta.get("heron_fallback") else nlp.meta.get("name", "trained")
    return document
