"""Actor recognition and resolution.

    find(text, language, date=None) -> list[ActorMention]

States, capitals (as metonyms), nationality words, international organisations, armed groups,
people (dictionary, title, apposition, surname), titles/agent nouns and later references
(definite noun phrases such as 'the group', subject pronouns: kind 'pronoun'), resolved to a country
code, a PLOVER sector, a canonical English name and a Wikidata id where known. See
heron/actors/data/CARD.md for the knowledge base and its sources.
"""
from __future__ import annotations

from heron.document import ActorMention

from . import coreference
from .kb import load
from .matcher import Match, fold_all, match
from .mention import Mention, Tokens
from .people import known_word, resolve
from .text import fold, tokens
from .titles import combine

__all__ = ["find"]


def find(text: str, language: str, date: str | None = None) -> list[ActorMention]:
    """Actor mentions in `text` (non-overlapping, longest match wins, sorted by start).

    language: ISO 639-1 code ('nl', 'en', 'de', 'fr', 'es'; others use the shared names only).
    date: the article's date (ISO, any precision) for date-bounded roles; None = today.
    """
    if not text:
        return []
    kb = load()
    lex = kb.lexicon(language)
    tt = tokens(text)
    words = [t[0] for t in tt]
    toks = Tokens(text, words, fold_all(words), [t[1] for t in tt], [t[2] for t in tt])
    ms = [mention for m in match(words, toks.folded, lex) if (mention := _mention(kb, m, date)) is not None]
    ms = [m for m in ms if not _inside_longer_name(m, ms, toks, language)]
    ms = combine(ms, toks, lex, language)
    ms = [m for m in ms if not _continent(m, toks, lex)]
    ms = resolve(ms, toks, lex.nonname, language, lex.nonactor, lex.title_prepositions, lex.capitalised_nouns,
                 lex.described, lex.officer_ranks, lex.portfolio, lex.openers)
    ms = coreference.resolve(ms, toks, language)
    ms = coreference.shared_offices(ms, toks, language)
    ms = coreference.compass_halves(ms, toks, language)
    ms = coreference.visit_roles(ms, toks, language)
    ms = coreference.the_latter(ms, toks, language)
    out = []
    for m in ms:
        s, e = toks.starts[m.start], toks.ends[m.end - 1]
        out.append(ActorMention(s, e, text[s:e], name=m.name, country=m.country, sector=m.sector,
                                wikidata=m.wikidata, kind=m.kind))
    return out


def _mention(kb, m: Match, date: str | None) -> Mention | None:
    """A match as a mention. A compound's head with no sector of its own leads what the first part
    names ('Polizeichef', 'Generalstabschef', 'politiechef': the police's, the army's), and is none
    when the dictionary does not know that ('Missionschefin', 'Sozialistenchef'); a first part that
    names a state by its capital gives the country ('Kremlsprecher', 'Kremlchef')."""
    mention = Mention.of(kb.entity(m.cand.eid), m.start, m.end, date)
    if m.body is None and m.compound and mention.sector is None:
        return None
    if m.body is not None:
        country, sector = kb.entity(m.body.eid).at(date)
        mention.sector = mention.sector or sector
        if m.body.kind != "title":
            mention.country = mention.country or country
    return mention


def _inside_longer_name(m: Mention, ms: list[Mention], toks: Tokens, language: str) -> bool:
    """'Punjab police chief Usman Anwar': a known person matched by his given name alone ('Anwar',
    Anwar Ibrahim's short name: the first word of the person's name) right after a capitalised word no
    mention covers, inside the sentence, is the last part of a longer name, not that person. A family
    name keeps its person whatever the given name's spelling ('Benyamin Netanyahou'), and the word before
    must be no word of the language ('Mr Putin', 'Herr Scholz', 'Gegner Putins' keep their person)."""
    if m.kind != "person" or m.end - m.start != 1 or m.start == 0 or toks.sentence_start(m.start - 1):
        return False
    parts = (m.name or "").split()
    if len(parts) < 2 or fold(parts[0]) != toks.folded[m.start]:
        return False
    k = m.start - 1
    word = toks.words[k]
    if not (word[:1].isupper() and word.isalpha() and not word.isupper() and len(word) > 1) \
            or any(o.start <= k < o.end for o in ms):
        return False
    known = known_word(language)
    try:
        return not known(word) and not known(word.lower())
    except ValueError:      # a language simplemma does not know
        return False


#: the state whose name is also a continent's ('Latin America', 'Zuid-Amerika')
AMERICA = "USA"


def _continent(m: Mention, toks: Tokens, lex) -> bool:
    """'Latijns-Amerikaanse leiders', 'les dirigeants latino-américains', 'Latin American leaders':
    a word for America after one of the language's @america words (titles.tsv) names a continent
    or a region of it, not the United States."""
    if m.country != AMERICA or m.start == 0:
        return False
    k = m.start - 1
    if toks.words[k] == "-" and toks.glued(m.start) and k > 0:
        k -= 1      # 'Latijns-Amerikaanse': the hyphen glued to both words
    return toks.folded[k] in lex.america
