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
are parsed here, each once, with the language's trained pipeline (heron.nlp.dependencies, which
reads the parse for the recipient model too).
"""
from __future__ import annotations

from heron.document import Event
from heron.events.clauses import QUOTES
from heron.events.lexicon import Lexicon
from heron.nlp import dependencies
from heron.nlp.dependencies import LABEL_WORDS, PARSE_COMPONENTS, TAG_COMPONENTS, case_word, clause, head, relation


def parse(sentences: list[str], language: str) -> dict:
    """Each distinct sentence's parse (a spaCy Doc, with parts of speech and morphology for the
    negation), by its text; {} for a language without a trained parser."""
    return dependencies.parse_texts(sentences, language, PARSE_COMPONENTS + TAG_COMPONENTS)


def negated(token, lex: Lexicon | None) -> bool:
    """A negation among the word's dependents: 'did not condemn', 'niet veroordeeld', 'no condenó'."""
    cues = lex.cue_set("negation") if lex else frozenset()
    return any("Neg" in c.morph.get("Polarity") or c.lower_ in cues for c in token.children)


def quoted(sentence: str, at: int) -> bool:
    """The trigger stands inside a quotation beyond scare quotes ('“We zien en waarderen de
    inspanningen ...,” zei Kabulov', not 'een “bondgenoot”'); the coder's quote marks, '‘’' too."""
    return dependencies.quoted(sentence, at, marks=QUOTES, label_words=LABEL_WORDS)


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


def party_features(f: dict[str, float], side: str, entities: list[dict], event: Event, doc, trigger,
                   language: str) -> None:
    """How the first actor (or recipient) mention stands to the trigger in the parse."""
    if not entities or entities[0].get("start") is None:
        return
    s0 = event.sentence_start
    start, end = entities[0]["start"] - s0, entities[0]["end"] - s0
    mention = head(doc, start, end) if 0 <= start < len(event.sentence) else None
    if mention is None:
        f[f"syn_{side}=outside_sentence"] = 1.0
        return
    f[f"syn_{side}={party_relation(mention, trigger)}"] = 1.0
    case = case_word(mention, language, every=False)    # (the first: 'en:against')
    if case and (mention.head.i == trigger.i or mention.head.head.i == trigger.i):
        f[f"syn_case={side}:{case}"] = 1.0
    f[f"syn_clause={side}:{'same' if clause(mention).i == clause(trigger).i else 'other'}"] = 1.0


def features(f: dict[str, float], event: Event, doc, language: str, lex: Lexicon | None) -> None:
    """Add the event's structural features to `f` (nothing without a parse of its sentence)."""
    trig = event.trigger or {}
    if doc is None or trig.get("start") is None:
        return
    at = trig["start"] - event.sentence_start
    trigger = head(doc, at, trig.get("end", trig["start"] + 1) - event.sentence_start)
    if trigger is None:
        return
    trigger_features(f, trigger, event.sentence, at, lex)
    party_features(f, "actor", event.actor, event, doc, trigger, language)
    party_features(f, "recipient", event.recipient, event, doc, trigger, language)
    if trig.get("lemma"):
        f[f"syn_lemma={language}:{trig['lemma']}"] = 1.0
