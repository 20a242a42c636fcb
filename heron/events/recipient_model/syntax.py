"""Where the dependency parse puts a candidate's mention relative to the trigger (features.py).

The parse is a copy of the document's analysis, parsed once per document with the language
pipeline's own tok2vec and parser (heron.nlp.dependencies.parse_document), for the recipient model
alone: the coder's rules never see it. Languages without a trained parser get no parse and no
syntactic features.

The relations are UD's, so the features are language-independent; only the case word of an oblique
is kept as 'lang:word' ('sanctions against Russia', 'sancties tegen Rusland', 'Sanktionen gegen
Russland', 'sanctions contre la Russie', 'sanciones contra Rusia' all give obl or nmod + case).
"""
from __future__ import annotations

from heron.document import Document
from heron.nlp import dependencies

#: relations that make a token the head of a clause of its own (the parser's own labels, subtypes
#: as they are: 'csubj:pass' opens one, 'advcl:relcl' does not)
CLAUSE_RELATIONS = {"ROOT", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "csubj:pass"}
#: a clause's parties as the features name them (subtypes kept where they change who is who:
#: the passive subject is the one acted on, 'obl:agent' the actor)
ARGUMENTS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "obl:arg", "nmod", "nmod:poss",
             "det:poss", "appos"}
#: relations a name climbs through to the argument it belongs to ('the Russian and Chinese envoys')
NOMINAL = {"flat", "flat:name", "compound", "amod", "conj", "appos", "fixed"}


def parse(document: Document):
    """A parsed copy of the document's spaCy Doc, or None (no analysis, no trained parser)."""
    return dependencies.parse_document(document)


class Parse:
    """The parse of one document and its language (for the case words)."""

    def __init__(self, doc, language: str):
        self.doc = doc
        self.language = language


def _opens_clause(t) -> bool:
    return t.dep_ in CLAUSE_RELATIONS or t.dep_ == "conj" and t.head.i == clause_head(t.head).i


def clause_head(token):
    """The head of the clause a token stands in: the nearest ancestor (or itself) that heads a
    clause, a verb coordinated with one counting as its own ('attacked ... and demanded')."""
    return dependencies.clause(token, _opens_clause)


def argument(token):
    """The argument a name belongs to: climb through names and modifiers ('Chinese' in 'the Chinese
    envoy' -> 'envoy')."""
    t = token
    while t.dep_ in NOMINAL and t.head.i != t.i:
        t = t.head
    return t


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
    trig, mention = dependencies.head(p.doc, *trigger), dependencies.head(p.doc, start, end)
    if trig is None or mention is None:       # (no word there)
        return set()
    span = dependencies.span(p.doc, *trigger)
    words = range(span.start, span.end)
    name = argument(mention)
    out = set()
    if name.head.i in words and name.i not in words:
        dep = name.dep_
        out.add(f"syn:arg:{dep}")
        case = dependencies.case_word(name, p.language)
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
    if _quoted(p.doc.text, start, sentence_start) != _quoted(p.doc.text, trigger[0], sentence_start):
        out.add("syn:quoted")
    return out


def _quoted(text: str, at: int, sentence_start: int) -> bool:
    """Whether an offset stands inside a quotation opened in its sentence, a label in scare quotes
    ('the "so-called" talks') too."""
    return dependencies.quoted(text, at, sentence_start, label_words=None)


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
    trig = dependencies.head(p.doc, *trigger)
    if trig is None:
        return set()
    return {f"syn:has:{c.dep_}" for c in trig.children if c.dep_ in {"obj", "iobj", "obl", "nsubj:pass", "nmod"}}
