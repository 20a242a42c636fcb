"""Where the dependency parse puts a candidate's mention relative to the trigger (features.py).

The analysis stage runs no parser by default (heron.nlp.analysis.PARSE: the coder's rules did worse
with it), so this module parses a copy of the document's tokens with the language pipeline's own
tok2vec and parser, once per document, for the recipient model alone: the coder's rules never see
it. Languages without a trained pipeline get no parse and no syntactic features.

The relations are UD's, so the features are language-independent; only the case word of an oblique
is kept as 'lang:word' ('sanctions against Russia', 'sancties tegen Rusland', 'Sanktionen gegen
Russland', 'sanctions contre la Russie', 'sanciones contra Rusia' all give obl or nmod + case).
"""
from __future__ import annotations

import bisect

from heron.document import Document

#: components that give a trained pipeline's dependency parse (the parser listens to tok2vec)
PARSE_COMPONENTS = ("tok2vec", "parser")
#: relations that make a token the head of a clause of its own
CLAUSE_RELATIONS = {"ROOT", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "csubj:pass"}
#: a clause's parties as the features name them (subtypes kept where they change who is who:
#: the passive subject is the one acted on, 'obl:agent' the actor)
ARGUMENTS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "obl:arg", "nmod", "nmod:poss",
             "det:poss", "appos"}
#: relations a name climbs through to the argument it belongs to ('the Russian and Chinese envoys')
NOMINAL = {"flat", "flat:name", "compound", "amod", "conj", "appos", "fixed"}
#: quotation marks; each one opens or closes a quotation ('„…“', '«…»', '"…"', '“…”')
QUOTES = set("\"“”„«»")


def parse(document: Document):
    """A parsed copy of the document's spaCy Doc, or None (no analysis, no trained parser)."""
    doc = document.analysis
    if doc is None or not len(doc):
        return None
    if doc.has_annotation("DEP"):        # `heron code --parse`: the analysis stage's own parse
        return doc
    from heron.nlp import analysis
    nlp = analysis.pipeline(document.language)
    if not all(name in nlp.pipe_names for name in PARSE_COMPONENTS):
        return None
    parsed = doc.copy()
    for name in PARSE_COMPONENTS:
        parsed = nlp.get_pipe(name)(parsed)
    return parsed


class Parse:
    """The parse of one document with the lookups the features need."""

    def __init__(self, doc, language: str):
        self.doc = doc
        self.language = language
        self.starts = [t.idx for t in doc]

    def token(self, offset: int):
        """The token that covers a character offset."""
        return self.doc[max(0, bisect.bisect_right(self.starts, offset) - 1)]

    def head(self, start: int, end: int):
        """The token of a span whose head lies outside it ('the United States' -> 'States')."""
        first, last = self.token(start).i, self.token(max(start, end - 1)).i
        for t in self.doc[first:last + 1]:
            if not first <= t.head.i <= last or t.head.i == t.i:
                return t
        return self.doc[last]

    def case(self, token) -> str:
        """The case word of a nominal ('against' in 'against Russia'), as 'lang:word', or ''."""
        words = [c.lower_ for c in token.children if c.dep_ == "case"]
        return f"{self.language}:{'+'.join(words)}" if words else ""


def clause_head(token):
    """The head of the clause a token stands in: the nearest ancestor (or itself) that heads a
    clause, a verb coordinated with one counting as its own ('attacked ... and demanded')."""
    t = token
    while t.head.i != t.i:
        if t.dep_ in CLAUSE_RELATIONS or t.dep_ == "conj" and t.head.i == clause_head(t.head).i:
            return t
        t = t.head
    return t


def argument(token):
    """The argument a name belongs to: climb through names and modifiers ('Chinese' in 'the Chinese
    envoy' -> 'envoy')."""
    t = token
    while t.dep_ in NOMINAL and t.head.i != t.i:
        t = t.head
    return t


def quoted(text: str, start: int, offset: int) -> bool:
    """Whether an offset stands inside a quotation that opened after `start` (the sentence's start)."""
    return sum(ch in QUOTES for ch in text[start:offset]) % 2 == 1


def relation(p: Parse, trigger: tuple[int, int], start: int, end: int, sentence_start: int) -> set[str]:
    """The syntactic features of one mention for the trigger spanning `trigger` (character offsets; a
    trigger of several words, 'impuso sanciones', counts as one: its parties are any of its words'):
    - 'syn:arg:DEP', 'syn:arg:DEP:lang:case': an argument of the trigger itself ('sanctioned Russia',
      'Russland wurde sanktioniert' nsubj:pass, 'a menacé la Russie', 'sanciones contra Rusia');
    - 'syn:inner:DEP': a name inside the trigger's argument ('the president of Russia', 'Russia's envoy'
      under the trigger's object);
    - 'syn:other:DEP': subject or object of another verb ('said Russia attacked', 'que Rusia debe retirar');
    - 'syn:same_clause' or 'syn:other_clause', 'syn:conj_clause' (a coordinated clause: 'X attacked Y
      and Z protested'), 'syn:relative' (inside a relative clause the trigger is not in),
      'syn:quoted' (in a quotation the trigger is not in, or the other way round)."""
    trigger_at = trigger[0]
    trig = p.head(*trigger)
    words = range(p.token(trigger[0]).i, p.token(max(trigger[0], trigger[1] - 1)).i + 1)
    name = argument(p.head(start, end))
    out = set()
    if name.head.i in words and name.i not in words:
        dep = name.dep_
        out.add(f"syn:arg:{dep}")
        case = p.case(name)
        if case and dep in {"obl", "nmod", "obl:arg", "obl:agent"}:
            out.add(f"syn:arg:{dep}:{case}")
    elif name.head.head.i in words and name.head.dep_ in ARGUMENTS and name.i not in words:
        out.add(f"syn:inner:{name.head.dep_}")
    own, theirs = clause_head(trig), clause_head(name)
    if own.i == theirs.i:
        out.add("syn:same_clause")
    else:
        out.add("syn:other_clause")
        if name.dep_ in ARGUMENTS and name.head.i not in words:
            out.add(f"syn:other:{name.dep_}")
        if theirs.dep_ == "conj" and theirs.head.i == own.i or own.dep_ == "conj" and own.head.i == theirs.i:
            out.add("syn:conj_clause")
        if _in_relative(name, trig):
            out.add("syn:relative")
    text = p.doc.text
    if quoted(text, sentence_start, start) != quoted(text, sentence_start, trigger_at):
        out.add("syn:quoted")
    return out


def _in_relative(token, trigger) -> bool:
    """Whether a token stands in a relative clause ('the talks, which Russia had called for') the
    trigger is not in."""
    t = token
    while t.head.i != t.i:
        if t.dep_ == "acl:relcl":
            return not any(a.i == t.i for a in trigger.ancestors) and trigger.i != t.i
        t = t.head
    return False


def trigger_arguments(p: Parse, trigger: tuple[int, int]) -> set[str]:
    """For NONE: which parties the trigger has at all ('syn:has:obj', 'syn:has:obl'): a trigger with an
    object that is no country ('criticised the decision') is aimed at no one more often."""
    trig = p.head(*trigger)
    return {f"syn:has:{c.dep_}" for c in trig.children if c.dep_ in {"obj", "iobj", "obl", "nsubj:pass", "nmod"}}
