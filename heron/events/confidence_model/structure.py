"""Where an event stands in its sentence's dependency parse, for the confidence model.

The rules find a trigger and its parties from cue words and clauses; the parse says how they hang
together: whether the trigger is the sentence's main verb or sits in a reported, relative or
adverbial clause ('the minister said Russia would help', 'de aanval die Rusland ontkende'), whether
it has a negation or an auxiliary of its own, whether the actor is its subject ('Rusland
veroordeelde', 'la France condamne'), the agent of a passive ('door Rutte bekritiseerd', 'condamné
par Paris') or the subject of the verb that reports it, and whether the recipient is its object, an
oblique with its case word ('sanciones contra Rusia', 'Kritik an China') or stands elsewhere.
Relations are Universal Dependencies, the same in every language (the part before the colon, with
a few subtypes kept); negation words come from heron/lang/<lc>/grammar.json, case words are kept
as 'lang:word'. Every feature name starts with 'syn_' and each family with its own prefix.

The default pipeline does not parse (heron.nlp.analysis.PARSE): so the sentences that carry events
are parsed here, each once, with the language's trained pipeline.
"""
from __future__ import annotations

from heron.document import Event
from heron.events.clauses import QUOTES
from heron.events.lexicon import Lexicon

#: UD subtypes that say something the universal relation does not (a passive, an agent, a relative clause)
SUBTYPES = frozenset({"nsubj:pass", "aux:pass", "obl:agent", "acl:relcl", "csubj:pass"})
#: relations that open a clause of their own: the clause a word belongs to is its nearest such ancestor
CLAUSE_RELATIONS = frozenset({"root", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj"})
#: pipeline components the parse needs (the rest are switched off to save time)
PARSE_COMPONENTS = frozenset({"tok2vec", "morphologizer", "tagger", "parser"})


def parse(sentences: list[str], language: str) -> dict:
    """Each distinct sentence's parse (a spaCy Doc), by its text; {} for a language without a pipeline."""
    from heron.nlp import analysis
    try:
        nlp = analysis.pipeline(language)
    except Exception:       # no trained pipeline for this language: no structural features
        return {}
    if "parser" not in nlp.pipe_names:
        return {}
    texts = sorted(set(sentences))
    unused = [p for p in nlp.pipe_names if p not in PARSE_COMPONENTS]
    return dict(zip(texts, nlp.pipe(texts, disable=unused)))


def relation(token) -> str:
    """The token's relation, lower case: 'root', 'nsubj', 'nsubj:pass', 'obl' (for 'obl:tmod')."""
    dep = token.dep_.lower()
    return dep if dep in SUBTYPES else dep.split(":")[0]


def head_of(doc, start: int, end: int):
    """The token of the words start..end (sentence offsets) whose head lies outside them."""
    tokens = [t for t in doc if t.idx < end and t.idx + len(t) > start]
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)


def clause_of(token):
    """The word that heads the token's clause: itself or its nearest ancestor opening a clause."""
    while relation(token) not in CLAUSE_RELATIONS and token.head.i != token.i:
        token = token.head
    return token


def negated(token, lex: Lexicon | None) -> bool:
    """A negation among the word's dependents: 'did not condemn', 'niet veroordeeld', 'no condenó'."""
    cues = lex.cue_set("negation") if lex else frozenset()
    return any("Neg" in c.morph.get("Polarity") or c.lower_ in cues for c in token.children)


#: a quotation of at most this many words is a label in scare quotes ('een “bondgenoot”', 'the
#: "so-called" talks'), not a speaker's words
LABEL_WORDS = 4


def quoted(sentence: str, at: int) -> bool:
    """The trigger stands inside a quotation: an odd number of quote marks before it, and more than a
    label's words between the quote marks around it ('“We zien en waarderen de inspanningen ...,” zei
    Kabulov', not 'een “bondgenoot”')."""
    marks = [k for k, c in enumerate(sentence) if c in QUOTES]
    before = [k for k in marks if k < at]
    if len(before) % 2 == 0:
        return False
    close = next((k for k in marks if k >= at), len(sentence))
    return len(sentence[before[-1] + 1:close].split()) > LABEL_WORDS


def trigger_features(f: dict[str, float], trigger, sentence: str, at: int, lex: Lexicon | None) -> None:
    """The trigger's own relation and part of speech, its governor's relation, its dependents."""
    rel = relation(trigger)
    f[f"syn_trigger={rel}"] = 1.0
    f[f"syn_trigger={rel}:{trigger.pos_}"] = 1.0
    if rel != "root":
        f[f"syn_trigger_head={relation(trigger.head)}"] = 1.0
    if quoted(sentence, at):
        f["syn_trigger_quoted"] = 1.0
    for child in trigger.children:
        if child.pos_ != "PUNCT":
            f[f"syn_child={relation(child)}"] = 1.0
    if negated(trigger, lex):
        f["syn_child=negation"] = 1.0


def party_relation(mention, trigger) -> str:
    """How a party's head word hangs on the trigger: its dependent ('dep:nsubj'), a dependent of
    the trigger's governor ('sibling:nsubj:ccomp', the speaker of 'X said it would help'), inside
    a dependent of the trigger ('nmod_of:obj', 'the ambassador of X'), or elsewhere."""
    if mention.i == trigger.i:
        return "trigger"
    if mention.head.i == trigger.i:
        return f"dep:{relation(mention)}"
    if mention.head.i == trigger.head.i and trigger.head.i != trigger.i:
        return f"sibling:{relation(mention)}:{relation(trigger)}"
    if mention.head.head.i == trigger.i and mention.head.i != mention.i:
        return f"nmod_of:{relation(mention.head)}"
    if any(a.i == trigger.i for a in mention.ancestors):
        return "below"
    if any(a.i == mention.i for a in trigger.ancestors):
        return "above"
    return "elsewhere"


def case_word(mention, language: str) -> str | None:
    """The preposition that opens an oblique party, as 'lang:word' ('en:against', 'de:an')."""
    cases = [c.lower_ for c in mention.children if relation(c) == "case"]
    return f"{language}:{cases[0]}" if cases else None


def party_features(f: dict[str, float], side: str, entities: list[dict], event: Event, doc, trigger,
                   language: str) -> None:
    """How the first actor (or recipient) mention stands to the trigger in the parse."""
    if not entities or entities[0].get("start") is None:
        return
    s0 = event.sentence_start
    start, end = entities[0]["start"] - s0, entities[0]["end"] - s0
    mention = head_of(doc, start, end) if 0 <= start < len(event.sentence) else None
    if mention is None:
        f[f"syn_{side}=outside_sentence"] = 1.0
        return
    f[f"syn_{side}={party_relation(mention, trigger)}"] = 1.0
    case = case_word(mention, language)
    if case and (mention.head.i == trigger.i or mention.head.head.i == trigger.i):
        f[f"syn_case={side}:{case}"] = 1.0
    f[f"syn_clause={side}:{'same' if clause_of(mention).i == clause_of(trigger).i else 'other'}"] = 1.0


def features(f: dict[str, float], event: Event, doc, language: str, lex: Lexicon | None) -> None:
    """Add the event's structural features to `f` (nothing without a parse of its sentence)."""
    trig = event.trigger or {}
    if doc is None or trig.get("start") is None:
        return
    at = trig["start"] - event.sentence_start
    trigger = head_of(doc, at, trig.get("end", trig["start"] + 1) - event.sentence_start)
    if trigger is None:
        return
    trigger_features(f, trigger, event.sentence, at, lex)
    party_features(f, "actor", event.actor, event, doc, trigger, language)
    party_features(f, "recipient", event.recipient, event, doc, trigger, language)
    if trig.get("lemma"):
        f[f"syn_lemma={language}:{trig['lemma']}"] = 1.0
