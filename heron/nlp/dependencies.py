"""Reading a dependency parse: parsing with the trained pipelines, the head word of a character span,
the clause a word stands in, an oblique's case word, whether a word stands in a quotation.

The analysis stage runs no parser by default (heron.nlp.analysis.PARSE: the coder's rules did worse
with it), so the trained models that read a parse (heron/events/recipient_model/syntax.py,
heron/events/confidence_model/structure.py) parse here, with the language pipeline's own trained
components, for themselves alone: the coder's rules never see it. Languages without a trained parser
(the fallback pipelines, heron.nlp.models) get no parse.

Relations are Universal Dependencies, the same in every language; `relation` gives the universal
part with the few subtypes that change who is who. Case words are kept as 'lang:word' ('sanctions
against Russia', 'sancties tegen Rusland', 'Sanktionen gegen Russland', 'sanctions contre la Russie',
'sanciones contra Rusia' all give obl or nmod + case).
"""
from __future__ import annotations

import bisect

from heron.document import Document

#: components that give a trained pipeline's dependency parse (the parser listens to tok2vec)
PARSE_COMPONENTS = ("tok2vec", "parser")
#: ... and those that add parts of speech and morphology ('Polarity=Neg') to it
TAG_COMPONENTS = ("morphologizer", "tagger")
#: UD subtypes that say something the universal relation does not (a passive, an agent, a relative clause)
SUBTYPES = frozenset({"nsubj:pass", "aux:pass", "obl:agent", "acl:relcl", "csubj:pass"})
#: relations (as `relation` names them) that open a clause of their own
CLAUSE_RELATIONS = frozenset({"root", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj"})
#: quotation marks; each one opens or closes a quotation ('„…“', '«…»', '"…"', '“…”'); not '‘’',
#: more often apostrophes ('Russia’s') than quotes
QUOTE_MARKS = frozenset("\"“”„«»")
#: a quotation of at most this many words is a label in scare quotes ('een “bondgenoot”', 'the
#: "so-called" talks'), not a speaker's words
LABEL_WORDS = 4


def parser(language: str):
    """The language's analysis pipeline if it has a trained parser, else None (the fallback
    pipelines, or no pipeline at all)."""
    from heron.nlp import analysis
    try:
        nlp = analysis.pipeline(language)
    except Exception:       # no pipeline for this language: no parse
        return None
    return nlp if "parser" in nlp.pipe_names else None


def parse_document(document: Document, components=PARSE_COMPONENTS):
    """A parsed copy of the document's analysed spaCy Doc, or None (no analysis, no trained parser).
    The copy keeps the analysis stage's sentences (the parser respects them); the analysis itself
    is left unparsed, unless `heron code --parse` parsed it already (then it is the parse)."""
    doc = document.analysis
    if doc is None or not len(doc):
        return None
    if doc.has_annotation("DEP"):
        return doc
    nlp = parser(document.language)
    if nlp is None:
        return None
    parsed = doc.copy()
    for name, pipe in nlp.pipeline:
        if name in components:
            parsed = pipe(parsed)
    return parsed


def parse_texts(texts: list[str], language: str, components=PARSE_COMPONENTS) -> dict:
    """Each distinct text's parse (a spaCy Doc, its sentences the parser's own), by its text; {} for a
    language without a trained parser. Components not named are switched off to save time."""
    nlp = parser(language)
    if nlp is None:
        return {}
    texts = sorted(set(texts))
    unused = [p for p in nlp.pipe_names if p not in components]
    return dict(zip(texts, nlp.pipe(texts, disable=unused)))


def relation(token) -> str:
    """The token's relation, lower case: 'root', 'nsubj', 'nsubj:pass', 'obl' (for 'obl:tmod')."""
    dep = token.dep_.lower()
    return dep if dep in SUBTYPES else dep.split(":")[0]


def span(doc, start: int, end: int):
    """The words the characters start..end of the Doc's text overlap (a spaCy Span), or None: no word
    there."""
    first = bisect.bisect_right(doc, start, key=lambda t: t.idx + len(t))
    last = bisect.bisect_left(doc, end, key=lambda t: t.idx) - 1
    return doc[first:last + 1] if first <= last else None


def head(doc, start: int, end: int):
    """The word of the characters start..end whose head lies outside them ('the United States' ->
    'States'), or None: no word there. Of a span that is no phrase, the first such word."""
    words = span(doc, start, end)
    if words is None:
        return None
    return next((t for t in words if not words.start <= t.head.i < words.end or t.head.i == t.i), words[-1])


def clause(token, opens=None):
    """The word that heads the token's clause: itself or its nearest ancestor that opens a clause
    (`opens(word)`; by default its relation is one of CLAUSE_RELATIONS), else the sentence's root."""
    while not (opens(token) if opens else relation(token) in CLAUSE_RELATIONS) and token.head.i != token.i:
        token = token.head
    return token


def case_word(token, language: str, every: bool = True) -> str:
    """The case word of a nominal ('against' in 'against Russia'), as 'lang:word' ('en:against',
    'de:an'), or '': all of them joined ('fr:à+partir'), or with `every` False the first."""
    words = [c.lower_ for c in token.children if relation(c) == "case"]
    if not every:
        words = words[:1]
    return f"{language}:{'+'.join(words)}" if words else ""


def quoted(text: str, at: int, start: int = 0, marks=QUOTE_MARKS, label_words: int | None = LABEL_WORDS) -> bool:
    """Whether offset `at` stands inside a quotation that opened after `start` (the sentence's start):
    an odd number of quote marks before it, and more than `label_words` words between the quote
    marks around it ('“We zien en waarderen de inspanningen ...,” zei Kabulov', not 'een
    “bondgenoot”'); with `label_words` None any quotation counts."""
    before = [k for k in range(start, min(at, len(text))) if text[k] in marks]
    if len(before) % 2 == 0:
        return False
    if label_words is None:
        return True
    close = next((k for k in range(at, len(text)) if text[k] in marks), len(text))
    return len(text[before[-1] + 1:close].split()) > label_words
