"""Mentions joined into one party: 'Moskou en Kabul', 'zowel X als Y', 'Brasil, Chile y Colombia',
'beide landen', and a group phrase that stands for each party it names ('the two leaders').

A list joins names only through coordinators and commas (a person's title between is read
again with the actor finder, `title_before`); two names side by side are subject and object.
Separate because the frame rules, the subject rules and the noun rules all widen one mention to
its group the same way.
"""
from __future__ import annotations

from heron.actors.coreference import PAIR_NUMBERS
from heron.events import clauses
from heron.events.clauses import MarkedMention, SentenceView
from heron.events.lexicon import Lexicon


def coordinated(first: MarkedMention, pool: list[MarkedMention], view: SentenceView, lex: Lexicon,
                 one_phrase: bool = False) -> list[MarkedMention]:
    """The mention and those joined to it by 'en/and' ('Moskou en Kabul'); in its clause, or anywhere when
    the caller knows them `one_phrase` ('Aanbiedingen uit Taiwan, Zuid-Korea en China wees Tokio af',
    where 'en' before a name looks like the start of a clause)."""
    group = [first]
    coordinators = lex.cue_set("coordinators") | lex.cue_set("coordinator_phrases")
    if lex.cue_set("correlative_openers") and any(
            w.lower in lex.cue_set("correlative_openers") for w in view.words[max(0, first.first - 2):first.first]):
        coordinators = coordinators | lex.cue_set("correlative_coordinators")   # 'zowel X als Y'
    # ('les critiques des États-Unis, du Royaume-Uni et de l'Union européenne': an owner's list may
    # repeat its genitive preposition before each member)
    # ... also when the genitive is inside the mention ('los líderes de la Unión Europea y de la Celac')
    genitives = lex.cue_set("genitive_markers")
    repeated = genitives if first.genitive_head is not None \
        or any(w.lower in genitives for w in view.words[first.first + 1:first.last]) else frozenset()
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
            elif mm.mention.kind == "demonym" and len(between) > 1 and _head_noun(between[-1], lex):
                between = between[:-1]    # 'et 45 ressortissants turcs', 'y el Gobierno turco': the demonym's noun
            if not between and mm.first == group[-1].last + 1 and mm.mention.kind == group[-1].mention.kind == "state" \
                    and view.words[group[-1].first].lower in PAIR_NUMBERS.get(lex.language, ()):
                # 'beide landen': the pair the actor stage read as two states (coreference, whose number
                # words these are); two names side by side are subject and object ('Gisteren beschuldigde
                # Rusland Oekraïne')
                group.append(mm)
                joined_by_and = True
            elif between and _joins(folded := _folded(_past_apposed_name(between), lex), coordinators, repeated, lex):
                # ('plusieurs suspects et 45 ressortissants turcs': a count opens the next member)
                group.append(mm)
                joined_by_and = joined_by_and or any(w in coordinators for w in folded)
            elif between:
                break
    # 'Brasil, Chile y Colombia' is a list; 'Rusland, zei Iran' is not; nor is one a coordinator closes
    # with a name the actor stage did not find ('aus Spanien, Großbritannien, Katar und den Emiraten')
    last = group[-1].last
    closed = len(group) > 1 and last + 1 < len(view.words) and view.words[last + 1].lower in coordinators
    return group if joined_by_and or closed else group[:1]


def _head_noun(word, lex: Lexicon) -> bool:
    """A lower-case word that is no function word: the noun a demonym after it describes."""
    return word.text[:1].islower() and word.lower.isalpha() and word.lower not in (
        lex.cue_set("coordinators") | lex.cue_set("skip_words") | lex.cue_set("genitive_markers") | lex.cue_set("articles"))


def _joins(folded: list[str], coordinators: frozenset[str], repeated: frozenset[str], lex: Lexicon) -> bool:
    """The words between two members join them: coordinators, commas, articles, a repeated preposition
    and counts, with at least one coordinator or comma."""
    return all(w in coordinators or w == "," or w in lex.cue_set("skip_words") or w in repeated or clauses.numeral(w, lex)
               for w in folded) and any(w in coordinators or w == "," for w in folded)


def _past_apposed_name(between: list) -> list:
    """The words between two members past a name set off by commas after the first ('Le secrétaire
    général de l'OEA, Luis Almagro, ainsi que les présidents ...': the name is the first member's)."""
    close = next((k for k in range(2, min(len(between), 6)) if between[k].lower == ","), None)
    if between and between[0].lower == "," and close is not None \
            and all(w.text[:1].isupper() and w.text.replace("-", "").isalpha() for w in between[1:close]):
        return between[close:]
    return between


def _folded(between: list, lex: Lexicon) -> list[str]:
    """The words between two members, lower-cased, with a coordinator of several words read as one
    ('ainsi que', 'as well as', 'así como' join as 'et', 'and', 'y' do; grammar.json coordinator_phrases)."""
    words = [w.lower for w in between]
    phrases = [phrase.split() for phrase in lex.cue_set("coordinator_phrases")]
    folded, k = [], 0
    while k < len(words):
        n = next((len(p) for p in phrases if words[k:k + len(p)] == p), 1)
        folded.append(" ".join(words[k:k + n]))
        k += n
    return folded


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
