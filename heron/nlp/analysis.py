"""The analysis stage: sentences, tokens, lemmas (and, with a trained pipeline, tags,
dependencies and entities) for a Document, through the language's spaCy pipeline."""
from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources

import simplemma
from spacy.language import Language

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


#: Run the trained tagger, parser and NER. Off: the event coder reads subjects and objects
#: from a parse when there is one, but with the interim Dutch parser (LAS 0.59) that lowered its
#: F1 (bench/RESULTS.md), and nothing else downstream reads them; they only cost time.
PARSE = os.environ.get("HERON_PARSE") == "1"     # or `heron code --parse`


@lru_cache(maxsize=None)
def pipeline(lang: str):
    """The language's pipeline with punctuation-based sentence boundaries set before any parser:
    a small parser splits sentences worse than punctuation does, and the coder reads clauses
    within sentences (the parser then respects the boundaries)."""
    nlp = models.load(lang)
    if "sentencizer" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    if PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, after="sentencizer" if "sentencizer" in nlp.pipe_names else "senter")
    return nlp


PARAGRAPHS = "heron_paragraphs"
SENTENCE_ENDS = (".", "!", "?", "\"", "»", "”", "'", "’")


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc):
    """A blank line ends a sentence whatever the punctuation says: the tokenizer keeps 'X.' (the
    platform, an initial) as one token, and 'feliciteerde hem op X.' ran on into the next
    paragraph's 'Een regeerakkoord is er nog niet.', whose 'niet' then negated the congratulation."""
    for token in doc[1:-1]:
        # (after a sentence's last word only: a wire head on a line of its own, 'BOGOTÁ, 22 ene
        # (Reuters) -', stays with the lead it belongs to)
        if token.is_space and "\n\n" in token.text and doc[token.i - 1].text.endswith(SENTENCE_ENDS):
            doc[token.i + 1].is_sent_start = True
    return doc



def analyze(document: Document) -> Document:
    nlp = pipeline(document.language)
    unused = [] if PARSE else [p for p in nlp.pipe_names if p not in {"sentencizer", "senter", PARAGRAPHS}]
    doc = nlp(document.text, disable=unused)
    corrections = _corrections(document.language)
    # The lexicons in heron/lang are written against one lemma convention (simplemma's, lower
    # case, corrected by lemmas.tsv), kept in doc.user_data["heron_lemmas"] (one per token, a
    # plain list: spaCy extension attributes are slow) whatever the pipeline's own lemmatiser
    # says, so a retrained pipeline cannot silently change which triggers match.
    lemmas = [corrections.get(t.lower_) or _simplemma(t.text, document.language) for t in doc]
    doc.user_data["heron_lemmas"] = lemmas
    if not doc.has_annotation("LEMMA"):
        for token, lemma in zip(doc, lemmas):
            token.lemma_ = lemma
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
