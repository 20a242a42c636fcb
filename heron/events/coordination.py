"""Mentions joined into one party: 'Moskou en Kabul', 'zowel X als Y', 'Brasil, Chile y Colombia',
'beide landen', and a group phrase that stands for each party it names ('the two leaders').

A list joins names only through coordinators and commas (a person's title between is read
again with the actor finder, `title_before`); two names side by side are subject and object.
Separate because the frame rules, the subject rules and the noun rules all widen one mention to
its group the same way.
"""
from __future__ import annotations

from heron.actors.coreference import PAIR_NUMBERS
from heron.events.clauses import MarkedMention, SentenceView
from heron.events.lexicon import Lexicon


def coordinated(first: MarkedMention, pool: list[MarkedMention], view: SentenceView, lex: Lexicon,
                 one_phrase: bool = False) -> list[MarkedMention]:
    """The mention and those joined to it by 'en/and' ('Moskou en Kabul'); in its clause, or anywhere when
    the caller knows them `one_phrase` ('Aanbiedingen uit Taiwan, Zuid-Korea en China wees Tokio af',
    where 'en' before a name looks like the start of a clause)."""
    group = [first]
    coordinators = lex.cue_set("coordinators")
    if lex.cue_set("correlative_openers") and any(
            w.lower in lex.cue_set("correlative_openers") for w in view.words[max(0, first.first - 2):first.first]):
        coordinators = coordinators | lex.cue_set("correlative_coordinators")   # 'zowel X als Y'
    # ('les critiques des États-Unis, du Royaume-Uni et de l'Union européenne': an owner's list may
    # repeat its genitive preposition before each member)
    repeated = lex.cue_set("genitive_markers") if first.genitive_head is not None else frozenset()
    # ... and a list after a preposition its own ('au Vietnam, au Laos et au Cambodge', 'à l'Ukraine, à
    # la Moldavie et à la Géorgie', 'aan Rusland, aan Wit-Rusland en aan Iran')
    repeated = repeated | ({first.marker} if first.marker and not first.via_genitive else frozenset())
    joined_by_and = False
    for mm in pool:
        if mm is not first and (mm.first, mm.last) == (first.first, first.last):
            # 'the two leaders': a group phrase stands for each party it names (group_phrases.parties)
            group.append(mm)
            joined_by_and = True
        elif mm.first > group[-1].last and (one_phrase or mm.clause == first.clause):
            between = view.words[group[-1].last + 1:mm.first]
            if group[-1].mention.kind == mm.mention.kind == "person":
                between = between[:len(between) - title_before(between, mm, lex)]
            if not between and mm.first == group[-1].last + 1 and mm.mention.kind == group[-1].mention.kind == "state" \
                    and view.words[group[-1].first].lower in PAIR_NUMBERS.get(lex.language, ()):
                # 'beide landen': the pair the actor stage read as two states (coreference, whose number
                # words these are); two names side by side are subject and object ('Gisteren beschuldigde
                # Rusland Oekraïne')
                group.append(mm)
                joined_by_and = True
            elif between and all(w.lower in coordinators or w.lower == "," or w.lower in lex.cue_set("skip_words")
                                 or w.lower in repeated for w in between) and any(w.lower in coordinators or w.lower == "," for w in between):
                group.append(mm)
                joined_by_and = joined_by_and or any(w.lower in coordinators for w in between)
            elif between:
                break
    # 'Brasil, Chile y Colombia' is a list; 'Rusland, zei Iran' is not; nor is one a coordinator closes
    # with a name the actor stage did not find ('aus Spanien, Großbritannien, Katar und den Emiraten')
    last = group[-1].last
    closed = len(group) > 1 and last + 1 < len(view.words) and view.words[last + 1].lower in coordinators
    return group if joined_by_and or closed else group[:1]


def title_before(words: list, mm: MarkedMention, lex: Lexicon, longest: int = 4) -> int:
    """How many of the words right before a person are the person's title ('en de Chinese leider
    Xi Jinping': 2). The actor stage folds such a title into the person and keeps the name's span,
    so the words are read again here with the actor finder: the longest tail that is one title
    mention of the person's country (or of none), of at most `longest` words."""
    from heron.actors import find      # the actor stage; imported here: it loads the knowledge base
    for n in range(min(len(words), longest), 0, -1):
        tail = words[len(words) - n:]
        text = " ".join(w.text for w in tail)
        found = find(text, lex.language)
        if len(found) == 1 and found[0].kind == "title" and found[0].start == 0 and found[0].end == len(text) \
                and found[0].country in (None, mm.mention.country):
            return n
    return 0
