"""A sentence cut into clauses, with each actor mention's marker (the word that introduces it).

This is the lexical stand-in for a dependency parse: clause boundaries come from the
language's clause openers and quotes, and a mention's grammatical role from the
preposition or cue word in front of it ('door X', 'aldus X', 'tegen X'). When a trained
parser is available the same `SentenceView` can be filled from the parse instead.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from heron.actors import kb as actor_kb
from heron.actors.names import PARTICLES
from heron.document import ActorMention
from heron.events import lexicon
from heron.events.lexicon import Lexicon

QUOTES = {"“", "”", "\"", "„", "«", "»", "‘", "’"}
PUNCT = {",", ";", ":", "(", ")", "—", "–", "-"} | QUOTES
#: words after which a clause opener really opens a clause (a subject follows)
SUBJECT_STARTS = {"de", "het", "een", "zij", "ze", "hij", "we", "wij", "ik", "er", "men", "deze", "dit",
                  "the", "a", "an", "they", "he", "she", "it", "we", "i", "there", "this", "these",
                  "der", "die", "das", "sie", "er", "es", "wir", "le", "la", "les", "l'", "il", "elle", "ils",
                  "el", "los", "las", "ellos"}

#: kinds of mention that name a state itself (its name or capital), which speaks and acts for it
STATE_KINDS = frozenset({"state", "capital"})
#: sectors of mentions that act for a state (government, military): a protest by them is an official
#: complaint (CAMEO 114); they hold people, they are not held
STATE_SECTORS = frozenset({"GOV", "MIL"})


@dataclass
class Word:
    i: int            # index within the sentence
    text: str
    lower: str
    lemma: str
    start: int        # character offsets in the document
    end: int
    dep: str = ""     # dependency relation, when the pipeline parses
    head: int = -1    # index of the syntactic head within the sentence (-1: none or outside)

    @property
    def inflected(self) -> bool:
        """Not in its dictionary form ('feliciteerde', 'uitgezette', 'enviará'); lemmas are lower case."""
        return self.lemma != self.lower


@dataclass
class MarkedMention:
    mention: ActorMention
    first: int        # word index of the mention's first word
    last: int
    clause: int
    marker: str       # the introducing word(s), '' when unmarked
    via_genitive: bool = False   # the marker was found through 'de leider van X'
    marker_at: int | None = None  # word index of the marker
    genitive_head: int | None = None   # word index of the noun a genitive hangs on
    case_object: bool = False    # opened by an article of an object case: 'Der Regierung warf Moskau vor'
    # the place or origin marker of the list it goes on ('from Spain, Britain and Qatar'), unmarked
    # itself: what such a marker introduces (a source, a recipient) only the trigger's prepositions say
    listed_after: str = ""


@dataclass
class Clause:
    index: int
    first: int
    last: int          # inclusive
    opener: str        # the word that opened it ('' for the first clause)
    quoted: bool = False
    resumes: int | None = None   # the clause a relative clause interrupted and this one goes on with


@dataclass
class SentenceView:
    words: list[Word]
    clauses: list[Clause]
    mentions: list[MarkedMention] = field(default_factory=list)
    text: str = ""
    start: int = 0
    trigger_anchors: list[int] = field(default_factory=list)   # every trigger match, events or not
    time_words: set[int] = field(default_factory=set)          # words inside time expressions

    def clause_of(self, word_index: int) -> Clause:
        for clause in self.clauses:
            if clause.first <= word_index <= clause.last:
                return clause
        return self.clauses[-1]

    def phrase_before(self, i: int, n: int) -> str:
        return " ".join(w.lower for w in self.words[max(0, i - n):i])


def build(words: list[Word], mentions: list[ActorMention], lex: Lexicon, text: str, start: int,
          time_spans: list[tuple[int, int]] = ()) -> SentenceView:
    spans = []
    for m in mentions:
        idx = [w.i for w in words if w.start < m.end and w.end > m.start]
        if idx:
            spans.append((m, idx[0], idx[-1]))
    view = SentenceView(words, _clauses(words, lex, {f for _, f, _ in spans}, {la for _, _, la in spans}),
                        text=text, start=start)
    view.time_words = {w.i for w in words for a, b in time_spans if w.start < b and w.end > a}
    for m, first, last in spans:
        view.mentions.append(MarkedMention(m, first, last, view.clause_of(first).index, ""))
    _split_owned(view, lex)
    _mark(view, lex)
    _mark_postposed_sources(view, lex)
    _mark_source_clauses(view, lex)
    _mark_fronted_objects(view, lex)
    _unmark_reported_subjects(view, lex)
    _resolve_titles(view, lex)
    _mark_appositions(view, lex)
    return view


def _inflected_trigger(word: Word, lex: Lexicon) -> bool:
    """A trigger verb not in its dictionary form: 'feliciteerde', 'criticized', 'criticó'."""
    return bool(lex.exact.get(word.lemma)) and word.inflected


def _verb_between(gap: list[Word], lex: Lexicon) -> bool:
    """'de Japanse premier feliciteerde Trump': an inflected trigger verb between a title that has
    its country and a name keeps them two actors (unlike 'de West-Afrikaanse gemeenschap ECOWAS'); so
    does an auxiliary ('De Franse rechtbank heeft Marine Le Pen veroordeeld')."""
    return any(_inflected_trigger(w, lex) or w.lower in lex.cue_set("auxiliaries") for w in gap)


def _resolve_titles(view: SentenceView, lex: Lexicon) -> None:
    """'de autoriteiten van (Afghanistan)': a title without a country takes the genitive's.

    The title keeps its own marker and offsets; the genitive mention is folded into it."""
    genitive = lex.cue_set("genitive_markers")
    locative = lex.cue_set("locative_markers")
    folded = []
    for n, mm in enumerate(view.mentions[:-1]):
        nxt = view.mentions[n + 1]
        if mm.mention.kind != "title" or mm.mention.country or nxt.mention.country is None:
            continue
        between = [w.lower for w in view.words[mm.last + 1:nxt.first]]
        title_words = mm.mention.text.lower().split()
        diplomat = any(w in lex.cue_set("diplomat_titles") for w in title_words)
        # 'a spokesperson for the Chinese foreign ministry' speaks for it (grammar.json spoken_for_markers)
        spoken_for = between and between[0] in lex.cue_set("spoken_for_markers") \
            and any(w in lex.cue_set("spokesperson_titles") for w in title_words)
        # 'de politie in Iran' is Iran's police; 'zijn ambassadeur in Madrid' is not Spain's
        linked = between and (between[0] in genitive or spoken_for or (between[0] in locative and not diplomat))
        # 'retirará sus tropas de Líbano': the possessive says whose troops, 'de Líbano' where they
        # are; 'sloot zijn ambassade in Minsk': the embassy in Minsk stands for Belarus
        owned = mm.first > 0 and view.words[mm.first - 1].lower in lex.cue_set("possessives")
        linked = linked and not (owned and between[0] in genitive) or _postposed_genitive(view, n, lex)
        if linked and all(w in genitive or w in locative or w in PUNCT or (spoken_for and w == between[0])
                                  or w in lex.cue_set("skip_words") for w in between):
            m = mm.mention
            mm.mention = type(m)(m.start, nxt.mention.end, view.text[m.start - view.start:nxt.mention.end - view.start],
                                 m.name or nxt.mention.name, nxt.mention.country, m.sector or "GOV",
                                 m.wikidata, m.kind)
            mm.last = nxt.last
            folded.append(nxt)
    view.mentions = [mm for mm in view.mentions if mm not in folded]
    _fold_possessor(view)
    _drop_personal_possessor(view)
    _fold_named_appositions(view, lex)
    # 'de West-Afrikaanse gemeenschap ECOWAS', 'minister Wang Yi': a title and the name right after it are one actor
    named = []
    for n, mm in enumerate(view.mentions[:-1]):
        nxt = view.mentions[n + 1]
        gap = view.words[mm.last + 1:nxt.first]
        # ('Nigel Farage verweet Starmer': two people with a verb between them are two actors)
        if (mm.mention.kind == "title" or mm.mention.country is None) and len(gap) <= 1 \
                and not (gap and mm.mention.kind == nxt.mention.kind == "person") \
                and not _verb_between(gap, lex) \
                and all(w.lower.isalpha() and not w.text[:1].isupper() for w in gap) \
                and nxt.mention.kind in {"person", "igo", "group"}:
            m, name = mm.mention, nxt.mention
            nxt.mention = type(name)(m.start, name.end, view.text[m.start - view.start:name.end - view.start],
                                     name.name, name.country or m.country, name.sector or m.sector,
                                     name.wikidata, name.kind)
            nxt.first, nxt.marker, nxt.via_genitive = mm.first, mm.marker, mm.via_genitive
            named.append(mm)
    view.mentions = [mm for mm in view.mentions if mm not in named]
    _fold_same_actor(view)
    # 'door de VS geleide troepen': troops led by a country are that country's
    agents = lex.cue_set("agent_markers")
    for n, mm in enumerate(view.mentions):
        if mm.mention.kind == "title" and mm.mention.country is None and n > 0:
            prev = view.mentions[n - 1]
            if prev.marker in agents and prev.mention.country and 0 < mm.first - prev.last <= 3:
                m = mm.mention
                mm.mention = type(m)(m.start, m.end, m.text, m.name, prev.mention.country, m.sector,
                                     m.wikidata, m.kind)
    # 'Algerije ... riep zijn ambassadeur terug': his ambassador is the subject's
    possessives = lex.cue_set("possessives")
    for mm in view.mentions:
        if mm.mention.kind == "title" and mm.mention.country is None and mm.first > 0 \
                and view.words[mm.first - 1].lower in possessives:
            owner = _owner(view, mm, lex)
            if owner:
                m = mm.mention
                mm.mention = type(m)(m.start, m.end, m.text, m.name, owner.mention.country, m.sector,
                                     m.wikidata, m.kind)


def _postposed_genitive(view: SentenceView, n: int, lex: Lexicon) -> bool:
    """'Die Regierung Polens lehnte ... ab', 'die Außenminister Deutschlands, Großbritanniens und
    Italiens', 'die Polizei Berlins': a state or capital in the genitive right after a title (its
    ending in titles.tsv @genitive, the actor stage's) owns it, as 'de regering van Polen' and 'the government
    of Poland' do with their preposition. Not when a noun follows that the genitive stands before
    ('lobte der Minister Israels Vorgehen': Israel's conduct), and not a bare name ('dass die Armee
    Israel angreife': the object of a verb-final clause)."""
    mm, nxt = view.mentions[n], view.mentions[n + 1]
    if nxt.first != mm.last + 1 or nxt.mention.kind not in STATE_KINDS or mm.first > 0 \
            and view.words[mm.first - 1].lower in lex.cue_set("possessives"):
        return False
    last = view.words[nxt.last].text
    if not last[:1].isupper() or not any(last.endswith(e) for e in actor_kb.load().lexicon(lex.language).genitive):
        return False
    after = nxt.last + 1
    owned_noun = after < len(view.words) and view.words[after].text[:1].isupper() and view.words[after].text.isalpha() \
        and not any(o.first == after for o in view.mentions)
    return not owned_noun


def _split_owned(view: SentenceView, lex: Lexicon) -> None:
    """'retirará sus tropas de Líbano', 'withdraw its troops from Syria': a title after a
    possessive is the possessor's ('sus'); the country the actor stage joined to it ('de Líbano')
    is where the troops are, so it becomes a place mention of its own again."""
    possessives, genitive = lex.cue_set("possessives"), lex.cue_set("genitive_markers")
    out = []
    for mm in view.mentions:
        m = mm.mention
        at = next((k for k in range(mm.first + 1, mm.last) if view.words[k].lower in genitive), None)
        if m.kind != "title" or not m.country or at is None or mm.first == 0 \
                or view.words[mm.first - 1].lower not in possessives:
            out.append(mm)
            continue
        head, tail = view.words[at - 1], view.words[at + 1]
        title = ActorMention(m.start, head.end, view.text[m.start - view.start:head.end - view.start],
                             None, None, m.sector, None, "title")
        place = ActorMention(tail.start, m.end, view.text[tail.start - view.start:m.end - view.start],
                             m.name, m.country, None, m.wikidata, "state")
        out += [MarkedMention(title, mm.first, at - 1, mm.clause, ""), MarkedMention(place, at + 1, mm.last, mm.clause, "")]
    view.mentions = out


def _owner(view: SentenceView, mm: MarkedMention, lex: Lexicon) -> MarkedMention | None:
    """Whose 'his/sus/seine' title is: the subject before it in its clause ('Algerije riep zijn
    ambassadeur terug'); in a reported clause without one, the sentence's subject ('Israel
    anunció que retirará sus tropas de Líbano': Israel's troops). A relative clause's is its
    antecedent's, which need not be the subject, so it is left open."""
    before = [o for o in view.mentions if o.clause == mm.clause and o.last < mm.first and not o.marker]
    if before:
        return next((o for o in before if o.mention.country), None)
    if view.clauses[mm.clause].opener not in lex.cue_set("complementizers"):
        return None
    return next((o for o in view.mentions if o.clause < mm.clause and not o.marker and o.mention.country), None)


POSSESSIVE_S = {"'s", "’s", "'", "’"}


def _fold_same_actor(view: SentenceView) -> None:
    """Two mentions side by side that name one actor: 'der EU-Außenbeauftragte Josep Borrell'
    (an organisation, its office, and the person who holds it: same country), 'schwer
    bewaffnete Serben' (an unaffiliated title and the nationality noun after it)."""
    words = view.words
    dropped: list[MarkedMention] = []
    for n, mm in enumerate(view.mentions[:-1]):
        nxt = view.mentions[n + 1]
        if mm in dropped:
            continue
        gap = words[mm.last + 1:nxt.first]
        if len(gap) > 2 or not all(w.text in {"-", "‐"} or (w.text[:1].isupper() and w.text.isalpha()) for w in gap):
            continue
        m, o = mm.mention, nxt.mention
        if o.kind == "person" and m.kind in {"igo", "state", "title"} and m.country and o.country == m.country:
            nxt.first, nxt.marker, nxt.via_genitive = mm.first, mm.marker, mm.via_genitive
            dropped.append(mm)
        elif m.kind == "title" and m.country is None and o.kind == "demonym" and not gap:
            mm.mention = type(m)(m.start, o.end, view.text[m.start - view.start:o.end - view.start], o.name,
                                 o.country, m.sector, m.wikidata, m.kind)
            mm.last = nxt.last
            dropped.append(nxt)
        elif m.kind in {"group", "title"} and m.country and o.kind == "demonym" and o.country == m.country and not gap:
            # 'le département d'État américain': the nationality of a known institution is no second actor
            mm.mention = type(m)(m.start, o.end, view.text[m.start - view.start:o.end - view.start], m.name,
                                 m.country, m.sector, m.wikidata, m.kind)
            mm.last = nxt.last
            dropped.append(nxt)
    view.mentions = [mm for mm in view.mentions if mm not in dropped]


def _fold_possessor(view: SentenceView) -> None:
    """"Taiwan's Vice Foreign Minister", 'Russlands Außenminister': a country right before a title
    (with 's, or a genitive form) owns it; the title takes its country and the country is no
    party of its own."""
    words = view.words
    folded = []
    for n, mm in enumerate(view.mentions[:-1]):
        nxt = view.mentions[n + 1]
        if mm.mention.country is None or mm.mention.kind not in STATE_KINDS \
                or nxt.mention.kind not in {"title", "person"} or nxt.mention.country not in (None, mm.mention.country):
            continue
        gap = words[mm.last + 1:nxt.first]
        possessive = bool(gap) and gap[0].text in POSSESSIVE_S and len(gap) <= 4 and all(
            w.text.isalpha() for w in gap[1:])                 # 'Vice', "Seoul's first vice foreign minister"
        # 'Russlands Außenminister Sergej Lawrow': a genitive country, then the title the name absorbed
        genitive = words[mm.last].text.endswith("s") and words[mm.last].text[:1].isupper() and len(gap) <= 1 \
            and all(w.text[:1].isupper() and w.text.isalpha() for w in gap)
        if possessive or genitive:
            t = nxt.mention
            nxt.mention = type(t)(t.start, t.end, t.text, t.name, mm.mention.country, t.sector or "GOV",
                                  t.wikidata, t.kind)
            nxt.marker, nxt.first = mm.marker, mm.first
            folded.append(mm)
    view.mentions = [mm for mm in view.mentions if mm not in folded]


def _drop_personal_possessor(view: SentenceView) -> None:
    """"Milorad Dodik's Serbia ignored the summons", "Putin's Russia": a person who owns a state or a
    group in the parse (a 'poss' dependent of it) names whose it is; the state acts, the person is no
    party of their own ("Biden's Ukraine envoy" hangs on 'envoy', not on Ukraine, and stays)."""
    words = view.words

    def owns(mm: MarkedMention, nxt: MarkedMention) -> bool:
        if words[mm.last].dep:      # parsed: the person is a 'poss' dependent inside the next mention
            return words[mm.last].dep == "poss" and nxt.first <= words[mm.last].head <= nxt.last
        # unparsed: "X's" right before a state's name
        return nxt.first == mm.last + 2 and words[mm.last + 1].text in POSSESSIVE_S and nxt.mention.kind in STATE_KINDS

    dropped = [mm for n, mm in enumerate(view.mentions[:-1])
               if mm.mention.kind == "person" and view.mentions[n + 1].mention.kind in {"state", "capital", "group", "igo"}
               and owns(mm, view.mentions[n + 1])]
    view.mentions = [mm for mm in view.mentions if mm not in dropped]


def _fold_named_appositions(view: SentenceView, lex: Lexicon | None = None) -> None:
    """'El presidente brasileño, Luiz Inácio Lula da Silva, criticó ...': a title followed by a
    name set off by commas is one actor; 'de Internationale Atoomenergieorganisatie (IAEA)':
    a bracketed short form is the same organisation. The name between the commas may start
    with a country's name ('Israel Katz'), so every mention inside it is folded. A title's genitive
    before the comma may name its body ('le porte-parole de la diplomatie ukrainienne, Heorhiy Tykhy,',
    'El jefe del Consejo Político Supremo hutí, Mahdi al Mashat,', 'El portavoz del Ejecutivo, Aziz
    Mahamat Saleh,': _title_tail): the person named after it holds the title, whose country is his
    or else the one its genitive names."""
    words = view.words
    dropped: list[MarkedMention] = []
    for mm in view.mentions:
        if mm in dropped or mm.last + 2 >= len(words):
            continue
        opener = words[mm.last + 1].text
        tail = _title_tail(view, mm, lex) if lex is not None else None
        if tail is not None:
            comma, owners = tail
            inside = [o for o in view.mentions if comma < o.first and o.last < _apposition_end(view, comma)]
            person = next((o.mention for o in inside if o.mention.kind == "person"), None)
            if person is not None and not _listed_owners(mm, inside):
                m = mm.mention
                country = m.country or person.country or next((o.mention.country for o in owners if o.mention.country), None)
                mm.mention = type(m)(m.start, m.end, m.text, m.name, country, m.sector or person.sector,
                                     m.wikidata, m.kind)
                dropped.extend(owners + inside)
                continue
        # the title may carry a portfolio first: 'ministro israelí de Exteriores, Israel Katz,'
        comma = next((w.i for w in words[mm.last + 1:mm.last + 5] if w.text in PUNCT), None)
        if mm.mention.kind in {"title", "igo", "group"} and comma is not None and words[comma].text == "," and not any(
                mm.last < o.first < comma for o in view.mentions):
            close = next((w.i for w in words[comma + 1:comma + 7] if w.text in {",", ";", ".", ")"}), None)
            name = words[comma + 1:close] if close else []
            if not name or not all(w.text[:1].isupper() or w.lower in PARTICLES for w in name):
                continue
            if mm.mention.kind != "title" and not any(
                    o.mention.kind == "person" and mm.last + 1 < o.first and o.last < close for o in view.mentions):
                continue      # 'la ONU, António Guterres,': an organisation's apposition must be a person
        elif opener == "(" and mm.mention.kind in {"igo", "group", "state"}:
            close = next((w.i for w in words[mm.last + 2:mm.last + 5] if w.text == ")"), None)
            if close is None:
                continue
        else:
            continue
        inside = [o for o in view.mentions if mm.last + 1 < o.first and o.last < close]
        if not inside or _listed_owners(mm, inside):
            continue
        person = next((o.mention for o in inside if o.mention.kind == "person"), None)
        m = mm.mention
        if person is not None and not m.country:
            mm.mention = type(m)(m.start, m.end, m.text, m.name, person.country, m.sector or person.sector,
                                 m.wikidata, m.kind)
        if opener == "(":
            mm.last = close     # ('la agencia de la ONU para los refugiados (ACNUR) y la OIM reparten': one phrase to the bracket)
        dropped.extend(inside)
    view.mentions = [mm for mm in view.mentions if mm not in dropped]


#: words of a title's genitive before the comma that sets off its holder's name
TITLE_TAIL = 9


def _apposition_end(view: SentenceView, comma: int) -> int:
    """The word that closes a name set off by the comma at `comma` (a comma, semicolon, full stop or
    bracket within six words; the sentence's end)."""
    return next((w.i for w in view.words[comma + 1:comma + 7] if w.text in {",", ";", ".", ")"}), len(view.words))


def _title_tail(view: SentenceView, mm: MarkedMention, lex: Lexicon) -> tuple[int, list[MarkedMention]] | None:
    """(the comma, the mentions before it) when a title with no country of its own is followed by its
    genitive (a genitive marker first, then up to TITLE_TAIL words with no other punctuation: 'de la
    diplomatie ukrainienne', 'del Consejo Político Supremo hutí', 'del Ejecutivo') and a comma, and
    the mentions in that genitive name a body or nationality (a demonym, a title, a state or an
    organisation; no person of its own). None otherwise."""
    words = view.words
    if mm.mention.kind != "title" or mm.mention.country or mm.last + 2 >= len(words) \
            or words[mm.last + 1].lower not in genitive_words(lex):
        return None
    comma = next((w.i for w in words[mm.last + 1:mm.last + 2 + TITLE_TAIL] if not (w.text[:1].isalpha() or w.text in {"'", "’"})), None)
    if comma is None or words[comma].text != ",":
        return None
    # ('Le parquet de New York a inculpé un Indien, Nikhil Gupta': a verb ends the title's phrase)
    if any(w.lower in lex.cue_set("auxiliaries") or (w.text[:1].islower() and _verb_trigger(w, lex))
           for w in words[mm.last + 1:comma]):
        return None
    owners = [o for o in view.mentions if mm.last < o.first and o.last < comma]
    if any(o.mention.kind not in {"demonym", "title", "state", "capital", "igo", "group"} for o in owners):
        return None
    name = words[comma + 1:_apposition_end(view, comma)]
    # ('Mahdi al-Mashat': a particle joined by a hyphen)
    if not name or not all(w.text[:1].isupper() or w.lower in PARTICLES or w.lower.split("-")[0] in PARTICLES
                           or w.text in {"-", "‐"} for w in name):
        return None
    return comma, owners


def _verb_trigger(word: Word, lex: Lexicon) -> bool:
    """A word that is a one-word verb trigger of the lexicon by its lemma or form ('inculpé', 'condenó')."""
    return any(len(t.tokens) == 1 and t.frame != "noun" for form in {word.lemma, word.lower} for t in lex.exact.get(form, ()))


def _listed_owners(title: MarkedMention, inside: list[MarkedMention]) -> bool:
    """'die Außenminister Deutschlands, Großbritanniens, Italiens und Australiens', 'the foreign
    ministers of Germany, Britain, Italy and Australia': other states after a title that has its
    state go on with the list of owners; a name set off by commas would be of the title's own
    state ('el ministro israelí de Exteriores, Israel Katz,')."""
    country = title.mention.country
    return title.mention.kind == "title" and country is not None and all(
        o.mention.kind in STATE_KINDS and o.mention.country != country for o in inside)


APPOSITION_STARTS = {"een", "de", "het", "a", "an", "the", "ein", "eine", "der", "die", "das", "un", "une",
                     "le", "la", "el", "una", "former", "voormalig", "ex"}


def _relative_pronoun(word: str, lex: Lexicon) -> bool:
    """Dutch 'die' only opens a relative clause; German 'die' may be an article ('Scholz, der
    deutsche Kanzler,'), so a relative pronoun that is also an article is not one for sure."""
    return word in lex.cue_set("relative_pronouns") and word not in lex.cue_set("articles")


def _mark_appositions(view: SentenceView, lex: Lexicon) -> None:
    """'Zamir Kabulov, een voormalig Russische ambassadeur in Kabul, ...': the names inside an
    apposition describe the person; they are not parties to the event."""
    for mm in view.mentions:
        if mm.mention.kind not in {"person", "title"} or mm.last + 2 >= len(view.words):
            continue
        if view.words[mm.last + 1].lower != "," or view.words[mm.last + 2].lower not in APPOSITION_STARTS:
            continue
        if _relative_pronoun(view.words[mm.last + 2].lower, lex):
            continue     # 'Olaf Scholz, die maandag met Macron sprak, ...': a relative clause, no apposition
        if mm.marker in lex.cue_set("speaker_prepositions") or _in_source_clause(view, mm, lex):
            # 'Según fuentes oficiales, el Ejército mató ...', 'Comme l'a indiqué l'armée, la Russie a ...':
            # the comma ends the source phrase
            continue
        # '..., a decision that the European Union condemned': a relative clause after the
        # apposition's noun tells an act of its own, its names are parties
        stops = {",", ";", "."} | lex.cue_set("relative_pronouns")
        end = next((w.i for w in view.words[mm.last + 3:mm.last + 14] if w.lower in stops), None)
        if end is None:
            continue
        for other in view.mentions:
            if mm.last + 2 <= other.first < end:
                other.marker = "apposition"


def _clauses(words: list[Word], lex: Lexicon, name_starts: set[int] = frozenset(),
             name_ends: set[int] = frozenset()) -> list[Clause]:
    openers = lex.cue_set("clause_openers")
    capitalised_nouns = lex.grammar.get("capitalised_nouns")
    first = words[0].lower if words else ""
    cuts: list[tuple[int, str]] = [(0, first if first in openers else "")]
    scare = _scare_quotes(words, lex=lex)
    for w in words[1:]:
        prev = words[w.i - 1]
        nxt = words[w.i + 1] if w.i + 1 < len(words) else None
        if w.i in scare:
            continue
        if w.lower == "," and (opened_by(words, cuts[-1][0], lex.cue_set("conditional_openers")) or (
                len(cuts) <= 2 and cuts[-1][0] <= 3 and cuts[-1][1]
                and cuts[-1][1] not in lex.cue_set("relative_pronouns") | lex.cue_set("complementizers"))):
            # 'If Iran attacks Israel, the United States ...'; a sentence that opens with a subordinate
            # clause or phrase (its opener among the first words) goes on with its main clause after the
            # comma ('After Taiwan's election, Nauru cut ties', 'Two days after the vote, ...')
            cuts.append((w.i, w.lower))
            continue
        if w.lower in QUOTES or w.lower in {";", ":"}:
            cuts.append((w.i, w.lower))
        elif w.lower in lex.cue_set("complementizers") and w.lower not in lex.cue_set("infinitive_markers") \
                and _follows_reporting_verb(words, w.i, lex):
            cuts.append((w.i, w.lower))      # 'zei dat ...', 'said that ...', 'advirtió de que ...'
        elif w.lower in lex.cue_set("coordinators") and prev.lower == ",":
            if not (w.i - 2 in name_ends and w.i + 1 in name_starts):
                cuts.append((w.i, w.lower))  # ', en noemde ...' opens a clause; 'the US, Russia, and Switzerland' is a list
        elif w.lower in lex.cue_set("coordinators") and _new_subject(words, w.i, cuts[-1][0], lex, name_starts, name_ends):
            cuts.append((w.i, w.lower))      # 'Les États-Unis ont promis ... et le Japon s'est engagé': a subject of its own
        elif w.lower == "," and _spliced_clause(words, w.i, cuts[-1][0], lex, name_starts, name_ends):
            cuts.append((w.i, w.lower))      # 'The EU provided 1.5 million euros, the US pledged two million'
        elif w.lower in lex.cue_set("contrast_coordinators") and prev.lower == ",":
            cuts.append((w.i, w.lower))      # 'has not confirmed the strikes, but it accuses Kabul': a new clause
        elif _verb_first_condition(words, w.i, cuts[-1], lex, name_starts):
            cuts.append((w.i, w.lower))      # 'drohte, die Soldaten auszuweisen, sollte Addis Abeba ... festhalten'
        elif w.lower in lex.cue_set("comma_openers"):
            if prev.lower == "," and not _infinitive_phrase(words, w.i, lex) \
                    and not _listed_name(words, w.i, lex, name_starts, name_ends):
                cuts.append((w.i, w.lower))  # German 'der/die/das' open a relative clause only after a comma
        elif _subject_relative(words, w.i, lex, name_ends):
            cuts.append((w.i, w.lower))      # 'protesters who had attacked a police station': a relative clause
        elif w.lower in openers and not _predicative_as(words, w.i, cuts[-1][0], lex) \
                and not _correlative(words, w.i, cuts[-1][0], lex) and not _ends_coordinator_phrase(words, w.i, lex) \
                and (prev.lower in PUNCT or nxt is None or nxt.lower in SUBJECT_STARTS
                                     or nxt.lower in openers or (nxt.text[:1].isupper() and not capitalised_nouns)
                                     or nxt.i in name_starts):
            # a name or a capital after the opener marks a subject ('after police detained the mayor'),
            # but a capital not in German, where every noun has one ('wies die Kritik als Einmischung
            # zurück' is one clause; a German clause opens after a comma)
            cuts.append((w.i, w.lower))
    resumed = _relative_ends(words, cuts, lex, scare, name_ends)
    cuts = sorted(cuts + [(k, ",") for k in resumed])
    clauses = []
    quoted = False
    for n, (first, opener) in enumerate(cuts):
        last = (cuts[n + 1][0] - 1) if n + 1 < len(cuts) else len(words) - 1
        if opener in QUOTES:
            quoted = opener in {"“", "„", "«", "‘"} or (opener == "\"" and not quoted)
        clauses.append(Clause(n, first, last, opener, quoted))
    for k, relative in resumed.items():
        # the clause after the closing comma goes on with the one the relative clause interrupted
        if relative is None:
            continue
        at = next(c for c in clauses if c.first == k)
        at.resumes = next(c.index for c in clauses if c.first <= relative - 1 <= c.last)
    return [c for c in clauses if c.last >= c.first] or [Clause(0, 0, max(0, len(words) - 1), "")]


def _follows_reporting_verb(words: list[Word], at: int, lex: Lexicon) -> bool:
    """The complementizer at `at` follows a reporting verb, right after it ('zei dat', 'said that') or
    after the preposition that verb governs (grammar.json complementizer_prepositions: Spanish 'advirtió
    de que', 'informó de que'), so what follows is the content said, a clause of its own."""
    prev = words[at - 1]
    if prev.lemma in lex.cue_set("reporting_verbs"):
        return True
    return at >= 2 and prev.lower in lex.cue_set("complementizer_prepositions") \
        and words[at - 2].lemma in lex.cue_set("reporting_verbs")


def _subject_relative(words: list[Word], at: int, lex: Lexicon, name_ends: set[int]) -> bool:
    """'hundreds of protesters who had attacked a police station', 'des manifestants qui tentaient de
    raser', 'dos palestinos que habían atacado', 'demonstranten die een politiebureau hadden
    aangevallen': a relative pronoun right after a named party, with no comma, opens a relative
    clause all the same. One that is also a complementizer ('que', 'that') does so only before an
    auxiliary ('pidió a Rusia que retire': what is asked, no relative clause); one that is also a
    demonstrative (grammar.json demonstrative_relatives) only with a finite verb before the next
    punctuation ('nam de Russische president die uitnodiging aan': that invitation)."""
    word = words[at].lower
    if at + 1 >= len(words) or at - 1 not in name_ends or not _relative_pronoun(word, lex):
        return False
    if word in lex.cue_set("demonstrative_relatives"):
        stop = next((k for k in range(at + 1, len(words)) if words[k].lower in PUNCT | {"."}), len(words))
        return any(_finite_verb(w, lex) for w in words[at + 1:stop])
    return word not in lex.cue_set("complementizers") or words[at + 1].lower in lex.cue_set("auxiliaries")


def zu_infinitive(word: str, lex: Lexicon) -> bool:
    """'einzustellen', 'abzuziehen', 'weiterzuverhandeln': a separable particle (grammar.json
    zu_infix_prefixes), 'zu', and an infinitive (infinitive_endings)."""
    endings = tuple(lex.grammar.get("infinitive_endings", ()))
    return bool(endings) and word.endswith(endings) and any(
        word.startswith(p + "zu") and len(word) > len(p) + 5 for p in lex.cue_set("zu_infix_prefixes"))


def opened_by(words: list[Word], first: int, cues: frozenset[str]) -> bool:
    """The clause that starts at word `first` opens with one of `cues`: its first word ('if', 'wenn',
    'sollte') or the last word of a cue of several ('au cas où', 'en caso de que')."""
    return cue_ending_at(words, first, cues) is not None


def cue_ending_at(words: list[Word], j: int, cues: frozenset[str]) -> int | None:
    """How many words before word j the longest of `cues` that ends at it begins: 0 for a cue of
    one word ('if', 'près'), 1 for 'près de', 'au cas où' 2; None when no cue ends there."""
    return next((n for n in range(4, -1, -1)
                 if j - n >= 0 and " ".join(w.lower for w in words[j - n:j + 1]) in cues), None)


def before_auxiliaries(view: SentenceView, first: int, lex: Lexicon, floor: int = -1) -> int:
    """The index of the word before the verb at `first` and the auxiliaries and adverbs right before
    it (not below `floor`; -1 at the start): where a clitic, a reflexive pronoun or a coordinator
    stands ("l'a condamné", "l'a aussi condamné", 's'est félicité', 'has seized the town and has
    arrested', 'and later summoned'; grammar.json adverbs_after_coordinator)."""
    skipped = lex.cue_set("auxiliaries") | lex.cue_set("adverbs_after_coordinator")
    k = first - 1
    while k > floor and view.words[k].lower in skipped:
        k -= 1
    return k


def _verb_first_condition(words: list[Word], at: int, current: tuple[int, str], lex: Lexicon,
                          name_starts: set[int]) -> bool:
    """'drohte, die Soldaten auszuweisen, sollte Addis Abeba an der Vereinbarung festhalten', 'legt
    sancties op, mocht Wit-Rusland de grens sluiten', 'will act, should Belarus close the border': after
    the comma that ends a main clause, a modal that opens its clause with the subject right after it
    (grammar.json conditional_verbs) is a condition. After a subordinate or relative clause it is the
    verb of the main clause ('Wenn Russland angreift, sollte die Nato reagieren', 'Die EU, die ...,
    sollte ...')."""
    if words[at].lower not in lex.cue_set("conditional_verbs") or words[at - 1].lower != "," or at + 1 >= len(words):
        return False
    first, opener = current
    subordinate = lex.cue_set("clause_openers") | lex.cue_set("relative_pronouns") | lex.cue_set("comma_openers")
    if first == at - 1 or (opener and opened_by(words, first, subordinate | lex.cue_set("conditional_openers"))):
        return False
    nxt = words[at + 1]
    return nxt.lower in SUBJECT_STARTS or nxt.i in name_starts or nxt.lower in lex.cue_set("subject_pronouns")


def _listed_name(words: list[Word], at: int, lex: Lexicon, name_starts: set[int], name_ends: set[int]) -> bool:
    """'Die USA, die Türkei und die Europäische Union verurteilten', 'Russland, die Ukraine, die UNO':
    after a name and a comma, an article with a name that ends at a comma or a coordinator is the
    next item of a list, not a relative pronoun ('Die EU, die Russland scharf kritisiert hatte, ...'
    goes on after the name: a relative clause)."""
    if at - 2 not in name_ends:
        return False
    end = _name_after(words, at - 1, lex, name_starts, name_ends)
    return end is not None and end + 1 < len(words) \
        and (words[end + 1].lower == "," or words[end + 1].lower in lex.cue_set("coordinators"))


def _infinitive_phrase(words: list[Word], at: int, lex: Lexicon) -> bool:
    """'kündigte an, die Truppen aus Nepal abzuziehen', 'sagte zu, die Hilfe zu verdoppeln': after a
    comma, 'die' opens an infinitive phrase, not a relative clause, when the phrase up to the next
    comma ends in a zu-infinitive and has no finite verb."""
    stop = next((k for k in range(at + 1, len(words)) if words[k].lower in {",", ";", ".", ":"}), len(words))
    phrase = [w for w in words[at:stop] if w.text[:1].isalnum()]
    if len(phrase) < 2 or any(_finite_verb(w, lex) for w in phrase):
        return False
    return zu_infinitive(phrase[-1].lower, lex) or phrase[-2].lower in lex.cue_set("infinitive_markers")


def _correlative(words: list[Word], at: int, clause_first: int, lex: Lexicon) -> bool:
    """'Zowel Rusland als Oekraïne', 'tanto Francia como Alemania': the second word of a correlative
    pair (grammar.json correlative_openers / correlative_coordinators) joins, it opens no clause."""
    return words[at].lower in lex.cue_set("correlative_coordinators") and any(
        words[k].lower in lex.cue_set("correlative_openers") for k in range(clause_first, at))


def _predicative_as(words: list[Word], at: int, clause_first: int, lex: Lexicon) -> bool:
    """'bestempelde de aanval als een oorlogsmisdaad', 'omschreef het besluit als een provocatie': after
    a verb of naming or regarding (grammar.json "as_verbs") in its clause, 'als' is 'as' and opens no
    clause (not 'if' or 'when')."""
    verbs = lex.cue_set("as_verbs")
    return words[at].lower in lex.cue_set("as_words") and any(
        words[k].lemma in verbs or words[k].lower in verbs for k in range(clause_first, at))


def _name_after(words: list[Word], at: int, lex: Lexicon, name_starts: set[int], name_ends: set[int]) -> int | None:
    """The last word of the name that follows word `at`, after at most two articles ('and the United
    States'); None when no name follows."""
    start = at + 1
    while start < len(words) and start not in name_starts and start - at <= 2 \
            and words[start].lower in lex.cue_set("articles"):
        start += 1
    if start not in name_starts:
        return None
    return min((k for k in name_ends if k >= start), default=None)


def _ends_coordinator_phrase(words: list[Word], at: int, lex: Lexicon) -> bool:
    """'La France ainsi que l'Allemagne ont condamné': the 'que' of a coordinator of several words
    (grammar.json coordinator_phrases) joins two names, it opens no clause."""
    for phrase in (p.split() for p in lex.cue_set("coordinator_phrases") if " " in p):
        first = at + 1 - len(phrase)
        # ('a dit ainsi que ...': after a reporting verb the words are an adverb and a complementizer)
        if first > 0 and [w.lower for w in words[first:at + 1]] == phrase \
                and words[first - 1].lemma not in lex.cue_set("reporting_verbs"):
            return True
    return False


def _new_subject(words: list[Word], at: int, clause_first: int, lex: Lexicon,
                 name_starts: set[int], name_ends: set[int]) -> bool:
    """'The United States pledged doses and Japan promised vaccines', 'et le Japon s'est engagé',
    'y Francia envió': after a clause that has its verb, 'and' + a name + a finite verb opens a
    clause with a subject of its own ('the US and Russia agreed' has no verb before 'and': one subject)."""
    return _new_subject_end(words, at, clause_first, lex, name_starts, name_ends) is not None


def _new_subject_end(words: list[Word], at: int, clause_first: int, lex: Lexicon,
                     name_starts: set[int], name_ends: set[int]) -> int | None:
    """The last word of the new subject's name when one follows word `at` (_new_subject), else None."""
    if not any(_finite_verb(w, lex) for w in words[clause_first:at]):
        return None
    end = _name_after(words, at, lex, name_starts, name_ends)
    if end is None:
        return None
    for w in words[end + 1:end + 3]:
        if _finite_verb(w, lex):
            # a verb that ends its clause is a participle of the first one ('für die Türkei und
            # Syrien bereitgestellt.', 'en de Israëlische ambassadeur ontboden.'), not a new subject's
            return end if w.i + 1 < len(words) and words[w.i + 1].text[:1].isalnum() else None
        if not w.text[:1].isalpha() and w.text not in {"'", "’"} or w.lower in lex.cue_set("coordinators"):
            return None
    return None


def _spliced_clause(words: list[Word], at: int, clause_first: int, lex: Lexicon,
                    name_starts: set[int], name_ends: set[int]) -> bool:
    """'The EU provided 1.5 million euros, the US pledged two million', 'De EU stelde geld beschikbaar,
    de VS zegden hulp toe': after a clause with its verb, a comma + a name + its finite verb right
    after it is a clause of its own. Not what a reporting verb introduces ('Tatar bekräftigte, eine
    Föderation komme nicht in Frage') and not an apposition ('agentes, sospechosos de haber ayudado')."""
    if at > 0 and words[at - 1].lemma in lex.cue_set("reporting_verbs"):
        return False
    end = _new_subject_end(words, at, clause_first, lex, name_starts, name_ends)
    return end is not None and end + 1 < len(words) and _finite_verb(words[end + 1], lex)


def _finite_verb(word: Word, lex: Lexicon) -> bool:
    """A word that can only be an inflected verb here: an auxiliary ('has', 'heeft', 'a'), a
    reporting verb ('said') or an inflected trigger verb ('criticized', 'criticó'); never a
    capitalised word (a name, a German noun)."""
    if word.text[:1].isupper() or not word.lower.isalpha():
        return False
    return word.lower in lex.cue_set("auxiliaries") or word.lemma in lex.cue_set("reporting_verbs") \
        or _inflected_trigger(word, lex)


def _relative_ends(words: list[Word], cuts: list[tuple[int, str]], lex: Lexicon,
                   scare: set[int], name_ends: set[int] = frozenset()) -> dict[int, int | None]:
    """'President Abinader, who told reporters that ..., has sent troops', 'Scholz, der mit Macron
    sprach, kritisierte China': a relative clause set off by a comma ends at the next comma with a
    finite verb after it; the words from there go on with the interrupted clause. Returns the
    closing comma's index -> the relative pronoun's index (None: a clause with a subject of its own)."""
    relatives = lex.cue_set("relative_pronouns")
    cut_at = {i for i, _ in cuts}
    out: dict[int, int | None] = {}
    for i, opener in cuts:
        # ('Sam George, the lawmaker who sponsored the bill, accused ...': one that opens with no comma too)
        if opener not in relatives or i < 2 or (words[i - 1].lower != "," and not _subject_relative(words, i, lex, name_ends)):
            continue
        interrupted = max(k for k, _ in cuts if k < i)
        if words[interrupted].lower in marker_words(lex):
            continue     # 'In het trainingscentrum in Roemenië, dat ..., zijn piloten opgeleid': no subject before it
        for w in words[i + 1:]:
            if w.lower in QUOTES | {";", ":"} and w.i not in scare:
                break      # a quote or a colon opens something else
            if w.lower == "," and w.i + 1 < len(words) and w.i not in cut_at and _finite_verb(words[w.i + 1], lex):
                # ('Deutschland schiebe Migranten über die Grenze, die ..., warf er Berlin vor': a
                # subject of its own after the verb: a clause of its own, going on with nothing)
                # (Dutch 'het' is 'the' too: 'Kigali, dat ..., noemde het besluit "betreurenswaardig"')
                inverted = w.i + 2 < len(words) and words[w.i + 2].lower in lex.cue_set("subject_pronouns") \
                    and not (words[w.i + 2].lower in lex.cue_set("articles") and w.i + 3 < len(words)
                             and words[w.i + 3].text[:1].isalpha())
                out[w.i] = None if inverted else i
                break
    return out


def _scare_quotes(words: list[Word], longest: int = 4, lex: Lexicon | None = None) -> set[int]:
    """Quote marks around a few words ('een “bondgenoot” van') do not cut a clause."""
    out, open_at = set(), None
    for w in words:
        if w.lower in QUOTES:
            if open_at is None:
                open_at = w.i
            else:
                if w.i - open_at - 1 <= longest or (lex is not None and _partial_quote(words, open_at, w.i, lex)):
                    out.update({open_at, w.i})
                open_at = None
    return out


PARTIAL_QUOTE_LONGEST = 10
QUOTE_LEADS = {",", ":", ";", ".", "(", "-", "–", "—"}


def _partial_quote(words: list[Word], open_at: int, close_at: int, lex: Lexicon) -> bool:
    """A quoted phrase inside a clause, opened mid-clause with a lower-case word, is part of that
    clause, not a new one: 'noemde de aanvallen "een schending van de Iraakse soevereiniteit"',
    'sprak van "een strategische vergissing"', 'called the strikes "a violation of Iraqi
    sovereignty"'. A quoted sentence (after a colon or a comma, or with a capital) still cuts, and so
    does a quote after a reporting verb that is no naming verb ('said the arrest was "a serious
    setback"': what is said stays apart from the saying)."""
    if not lex.grammar.get("partial_quotes"):
        return False     # opt-in per language (grammar.json "partial_quotes": true)
    naming = lex.cue_set("copulas")
    if any(w.lemma in lex.cue_set("reporting_verbs") and w.lower not in naming and w.lemma not in naming
           for w in words[:open_at]):
        return False
    if open_at == 0 or close_at - open_at - 1 > PARTIAL_QUOTE_LONGEST or close_at == open_at + 1:
        return False
    before, first = words[open_at - 1], words[open_at + 1]
    return before.lower not in QUOTE_LEADS and before.lower not in QUOTES and first.text[:1].islower() \
        and not any(w.lower in QUOTE_LEADS - {","} for w in words[open_at + 1:close_at])


@cache
def _marker_sets(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Every word that can introduce a mention, and the reporting verbs among them."""
    lex = lexicon.load(language)
    markers = frozenset().union(*(lex.cue_set(name) for name in (
        "agent_markers", "speaker_markers", "genitive_markers", "third_party_markers", "locative_markers",
        "comitative_markers", "coordinators", "recipient_prepositions")))
    # ('Dem Kreml zufolge griff die Ukraine an': a postposition of source marks the name before it, not after)
    return markers - lex.cue_set("speaker_postpositions"), \
        lex.cue_set("speaker_markers") - lex.cue_set("speaker_prepositions")


def marker_words(lex: Lexicon) -> frozenset[str]:
    """Every word that can introduce a mention ('door', 'by', 'auf', 'contre', 'de')."""
    return _marker_sets(lex.language)[0]


def marker_before(view: SentenceView, i: int, lex: Lexicon, stop: set[int]) -> tuple[str, int]:
    """The cue word(s) before word i, skipping determiners; ('', j) when there is none."""
    skip = lex.cue_set("skip_words")
    markers, verbs = _marker_sets(lex.language)
    j = i - 1
    hops = 0
    skipped_content = False
    while j >= 0 and j not in stop and hops < 4:
        w = view.words[j]
        if j in view.time_words:
            # 'besuchte am Montag Peking', 'on Monday gave the Ivory Coast': a time expression, and
            # the preposition that introduces it, mark nothing
            j -= 1
            if j >= 0 and j not in view.time_words and view.words[j].lower in markers | lex.cue_set("locative_markers"):
                j -= 1
            continue
        for n in (3, 2):           # multiword markers: 'gelinkt aan', 'according to'
            phrase = view.phrase_before(j + 1, n)
            if phrase in markers:
                return phrase, j
        if numeral(w.lower, lex) and j > 0:
            # 'nach eigenen Angaben drei Verdächtige': a number opens the noun phrase, so only the
            # word right before it can mark it ('a 13 sospechosos', 'gegen drei Verdächtige')
            prev = view.words[j - 1].lower
            if any(view.phrase_before(j, n) in lex.cue_set("approximators") for n in (1, 2)):
                return "", j          # 'Jusqu'à 4000 militaires', 'up to 500 troops': a bound on the number, no marker
            if prev in lex.cue_set("genitive_markers"):
                return "", j          # 'plus de 870 personnes', 'la liberación de 3 presos': counted people, not owners
            return (prev, j - 1) if prev in markers and (j - 1) not in stop else ("", j)
        if w.lower in lex.cue_set("auxiliaries") and w.lower not in markers:
            break     # 'Nach dem Angriff ... hat Ministerpräsident Kurti': a finite verb ends the noun phrase
        if w.lower in markers:
            if w.lower in verbs and skipped_content:
                return "", j       # 'said it praised Seoul': a reporting verb only marks the name right after it
            return w.lower, j
        if _genitive_article(view, j, lex, stop):
            return w.lower, j
        capitalised_noun = lex.grammar.get("capitalised_nouns") and w.text[:1].isupper() and w.lower.isalpha()
        if capitalised_noun and _new_noun_phrase(view, j, lex):
            break     # 'empfing in Istanbul den Präsidenten': 'in' marks Istanbul, not the guest
        if w.lower in skip or ((capitalised_noun or (w.lower.isalpha() and not w.text[:1].isupper())) and hops < 3
                               and w.lower not in lex.cue_set("clause_openers")):
            # determiners and adjectives ('de speciale', 'meerdere') sit between marker and name
            skipped_content = skipped_content or w.lower not in skip
            j -= 1
            hops += 1
            continue
        break
    return "", j


def _new_noun_phrase(view: SentenceView, j: int, lex: Lexicon) -> bool:
    """True when the word after noun j is an article that cannot continue its noun phrase (grammar.json
    np_opening_articles: German 'den', 'dem', 'die', not the genitive 'der') or a lower-case word that
    is no determiner (only in a language with that list): 'in Istanbul den Chef',
    'in Berlin die Ministerin' are two noun phrases, so a preposition before the first does not mark
    the second."""
    openers = lex.cue_set("np_opening_articles")
    if not openers or j + 1 >= len(view.words):
        return False
    nxt = view.words[j + 1]
    # 'In Hamburg nahm die Polizei': a lower-case word after a noun (a verb, an adverb) ends its phrase
    return nxt.lower in openers or (nxt.text.isalpha() and nxt.text[:1].islower()
                                    and nxt.lower not in lex.cue_set("skip_words"))


def genitive_words(lex: Lexicon) -> frozenset[str]:
    """Words that mark the owner after them: 'van', 'of', 'de', and German 'der' after a noun."""
    return lex.cue_set("genitive_markers") | lex.cue_set("genitive_articles")


def _genitive_article(view: SentenceView, j: int, lex: Lexicon, stop: set[int]) -> bool:
    """'wies die Vorschläge der Regierung zurück', 'nach Angaben der Polizei': an article that is
    also a genitive (grammar.json genitive_articles: de 'der') right after a noun marks its owner,
    not a subject ('wies der Präsident ... zurück' has it after the verb). The noun is a capitalised
    word that is no name and not the sentence's first word."""
    if view.words[j].lower not in lex.cue_set("genitive_articles") or j < 2 or (j - 1) in stop:
        return False
    prev = view.words[j - 1]
    return prev.text[:1].isupper() and prev.lower.isalpha()


def numeral(word: str, lex: Lexicon) -> bool:
    """A count: a number word or digits ('45', '1.200')."""
    return word in lex.cue_set("number_words") or (word[:1].isdigit() and word.replace(".", "").replace(",", "").isdigit())


def _mark(view: SentenceView, lex: Lexicon) -> None:
    coordinators = lex.cue_set("coordinators")
    genitive = genitive_words(lex)
    starts = {mm.first for mm in view.mentions}
    for n, mm in enumerate(view.mentions):
        stop = {k for mm2 in view.mentions if mm2 is not mm for k in range(mm2.first, mm2.last + 1)}
        marker, j = marker_before(view, mm.first, lex, stop)
        clause = view.clauses[mm.clause]
        marker, j = _marker_before_title(view, mm, lex, stop, marker, j)
        if j < clause.first:
            marker = ""   # a marker across a clause boundary does not apply ('zei dat Frankrijk')
        if not marker and n and _listed_after_comma(view, n, j, lex):
            # 'to Vietnam, Laos and Cambodia': a member after a comma takes the list's marker too; a place
            # or origin marker only as the list it goes on ('Straftäter aus Vietnam, Jamaika, Laos und
            # Kuba abgeschoben' are no source; 'accepted offers from Spain, Britain and Qatar': the
            # trigger's own preposition makes them all recipients, frame_rules._role)
            prev = view.mentions[n - 1]
            if (prev.marker or prev.listed_after) in lex.cue_set("locative_markers"):
                mm.listed_after = prev.marker or prev.listed_after
            else:
                mm.marker, mm.via_genitive, mm.genitive_head = prev.marker, prev.via_genitive, prev.genitive_head
            continue
        if marker in coordinators:
            # 'Moskou en Kabul': the second takes the role of the first
            prev = view.mentions[n - 1] if n else None
            if prev and prev.last >= j - 2 and prev.clause == mm.clause:
                mm.marker, mm.via_genitive = prev.marker, prev.via_genitive
                mm.genitive_head, mm.listed_after = prev.genitive_head, prev.listed_after
                continue
            marker = ""
        if marker in genitive and j > 0 and (view.words[j - 1].lower in lex.cue_set("quantity_words")
                                             or view.words[j - 1].lower in lex.cue_set("member_nouns")
                                             or view.words[j - 1].lower in lex.cue_set("state_nouns")
                                             or view.words[j - 1].lower.isdigit()):
            # 'thousands of Kenyan protesters' are the protesters; 'members of a gang' the gang; 'the
            # Pacific nation of Nauru' is Nauru
            marker = ""
        if marker in genitive:
            mm.genitive_head = j - 1
            # 'aan de autoriteiten van Afghanistan': the genitive inherits the head's marker
            head_marker, _ = marker_before(view, j, lex, stop | starts)
            if head_marker and head_marker not in genitive and head_marker not in coordinators:
                mm.marker, mm.via_genitive = head_marker, True
                continue
        mm.marker, mm.marker_at = marker, (j if marker else None)


def _marker_before_title(view: SentenceView, mm: MarkedMention, lex: Lexicon, stop: set[int],
                         marker: str, j: int) -> tuple[str, int]:
    """'expelled by US President Joe Biden', 'expulsé par le secrétaire d'État américain Marco Rubio',
    'door de Amerikaanse minister van Buitenlandse Zaken Marco Rubio': the person's title the actor
    stage read with the name but left outside its span (coordination.title_before) belongs to its
    noun phrase, so the agent marker before the title is the person's ('by' makes Rubio the agent),
    and a marker inside the title ('van Buitenlandse Zaken') is the title's own, not the person's."""
    if mm.mention.kind != "person":
        return marker, j
    from heron.events import coordination     # it imports this module
    words = view.words[max(view.clauses[mm.clause].first, mm.first - 7):mm.first]
    titled = coordination.title_before(words, mm, lex, longest=6)
    if not titled:
        return marker, j
    title = mm.first - titled      # the title's first word
    if _noun_before_title(view, title, lex):
        return "", title
    if marker and j < title:
        return marker, j           # a marker before the title is the person's already
    agent, at = marker_before(view, title, lex, stop)
    # (only an agent's 'by': 'het besluit van de president Donald Trump' keeps its owner unmarked
    # as the act's doer, and 'a reçu le président somalien X' its guest)
    return (agent, at) if agent in lex.cue_set("agent_markers") else (marker, j)


def _noun_before_title(view: SentenceView, title: int, lex: Lexicon) -> bool:
    """'empfing auf dem Platz des Himmlischen Friedens Kremlchef Wladimir Putin': where nouns are
    capitalised (grammar.json capitalised_nouns), a title right after a noun, with no article or
    marker between, opens a noun phrase of its own, so no preposition or genitive before that noun
    marks the titled person ('des US-Präsidenten Joe Biden' keeps its 'des')."""
    if not lex.grammar.get("capitalised_nouns") or title < 2:
        return False
    prev = view.words[title - 1]
    return prev.text[:1].isupper() and prev.lower.isalpha() and prev.lower not in lex.cue_set("skip_words") \
        and (title - 1) not in view.time_words and view.words[title - 2].lower not in lex.cue_set("skip_words") | {","}


def _listed_after_comma(view: SentenceView, n: int, j: int, lex: Lexicon) -> bool:
    """Mention n, with no marker of its own and a comma at word j right before it, is a member of
    the list the mention before it opens, which a coordinator closes ('accepted offers from Spain,
    the United Kingdom, Qatar and the UAE', 'aanbiedingen uit Spanje, het Verenigd Koninkrijk en
    Qatar', 'Hilfsangebote aus Spanien, Großbritannien, Katar und den Emiraten', 'agradeció a
    Polonia, Lituania, Letonia y Estonia'). The members are of one kind: not a city and its country
    ('In Kyiv, Ukraine and Poland signed'); and a coordinator closes the list ('aus Spanien, sagte
    Rabat' is none)."""
    prev, mm = view.mentions[n - 1], view.mentions[n]
    if j < 0 or view.words[j].lower != "," or prev.last != j - 1 or prev.clause != mm.clause \
            or not (prev.marker or prev.listed_after) or prev.via_genitive or prev.marker in lex.cue_set("agent_markers") \
            or prev.mention.kind != mm.mention.kind or mm.mention.kind == "demonym":
        # ('varias embajadas, entre ellas las de Francia, Bélgica ...': owners, whose head has the
        # marker; 'los cancilleres de ambos países, Ana Cecilia Gervasi y ...': names of another kind
        # in apposition; 'des navires de guerre iraniens, russes et chinois': adjectives, whose noun has it;
        # 'dépêchés par Chypre, la Croatie, l'Allemagne et la Suède': doers, left as they were, since the
        # recipient stage gives an act of several actor countries no target, as a joint act)
        return False
    joiners = lex.cue_set("coordinators") | lex.cue_set("skip_words") | {","}
    for left, right in zip(view.mentions[n:], view.mentions[n + 1:]):
        between = [w.lower for w in view.words[left.last + 1:right.first]]
        if right.clause != mm.clause or not between or not all(w in joiners for w in between):
            return False
        if any(w in lex.cue_set("coordinators") for w in between):
            return True
    # ('aus Spanien, Großbritannien, Katar und den Vereinigten Arabischen Emiraten': a last member the
    # actor stage did not name still closes the list)
    last = max(m.last for m in view.mentions[n:] if m.clause == mm.clause)
    return last + 1 < len(view.words) and view.words[last + 1].lower in lex.cue_set("coordinators")


def _mark_postposed_sources(view: SentenceView, lex: Lexicon) -> None:
    """'Dem Kreml zufolge hat die Ukraine ... beschossen', 'Russischen Regierungskreisen zufolge',
    'Angaben des Kremls zufolge': a postposition of source (grammar.json speaker_postpositions) after
    a noun phrase marks the last name in it as the source, with at most the phrase's head noun
    between ('Regierungskreisen'); the name is no subject of the clause."""
    postpositions = lex.cue_set("speaker_postpositions")
    for n, mm in enumerate(view.mentions):
        at = next((w.i for w in view.words[mm.last + 1:mm.last + 3] if w.lower in postpositions), None)
        if at is None or (n + 1 < len(view.mentions) and view.mentions[n + 1].first < at):
            continue
        if all(w.text[:1].isupper() and w.lower.isalpha() for w in view.words[mm.last + 1:at]):
            mm.marker, mm.marker_at, mm.via_genitive = view.words[at].lower, at, False


def _mark_source_clauses(view: SentenceView, lex: Lexicon) -> None:
    """'Wie das Außenministerium mitteilte, hat Russland ...', '..., zoals het ministerie eerder meldde',
    '..., as the ministry said on Monday': a clause of source (grammar.json source_clause_openers) is
    its name and a verb of saying, with only auxiliaries, adverbs and time words after the name; the
    verb marks the name as the source, as 'sagte X' does (the verb a form of speaker_markers)."""
    openers = lex.cue_set("source_clause_openers")
    said = _marker_sets(lex.language)[1]
    adjuncts = lex.cue_set("auxiliaries") | lex.cue_set("sentence_adverbs")
    for mm in view.mentions:
        before = view.words[max(0, mm.first - 4):mm.first]
        j = next((w.i for w in reversed(before) if w.lower in openers), None)
        # (the opener's own noun phrase: articles and adjectives only)
        if j is None or mm.marker or any(j < o.last < mm.first for o in view.mentions) or not all(
                w.lower in lex.cue_set("skip_words") or w.text[:1].islower() for w in view.words[j + 1:mm.first]):
            continue
        end = next((w.i for w in view.words[mm.last + 1:] if w.text in PUNCT | {".", "?", "!"}), len(view.words))
        verb = next((w.i for w in view.words[mm.last + 1:end] if w.lower in said), None)
        if verb is not None and all(w.i == verb or w.i in view.time_words or w.lower in adjuncts
                                    for w in view.words[mm.last + 1:end]):
            mm.marker, mm.marker_at = view.words[verb].lower, verb


def _in_source_clause(view: SentenceView, mm: MarkedMention, lex: Lexicon) -> bool:
    """'Comme l'a indiqué l'armée', 'como informó el ministerio', 'wie das Ministerium mitteilte': the
    name is marked by a verb of saying that a source clause opener (grammar.json source_clause_openers)
    opens, a few words before the name or its verb."""
    if mm.marker_at is None or mm.marker not in lex.cue_set("speaker_markers"):
        return False
    start = min(mm.first, mm.marker_at)
    return any(w.lower in lex.cue_set("source_clause_openers") for w in view.words[max(0, start - 4):start])


def _mark_fronted_objects(view: SentenceView, lex: Lexicon) -> None:
    """'Der Regierung in Kiew warf Moskau vor', 'Den Demonstranten warf die Polizei vor', 'Dem Iran
    drohte Trump': a main clause that opens with a noun phrase in an object case has its subject
    after the verb; the article says the case (grammar.json object_case_articles: 'dem', 'den';
    'der' only before a feminine noun or a weak adjective, see _oblique_der). The article is the
    phrase's marker; the phrase before its verb is no phrase of source ('Dem Kreml zufolge')."""
    seen: set[int] = set()
    for mm in view.mentions:
        clause = view.clauses[mm.clause]
        if clause.index in seen:
            continue
        seen.add(clause.index)
        k = clause.first + (view.words[clause.first].lower in PUNCT)
        # a country's name may carry its article ('Der Ukraine'); a city's is its own ('Den Haag')
        inside = mm.first == k and mm.mention.kind == "state"
        # (a main clause: one a word opens is verb-final or relative: ', den Deutschland stationiert')
        if mm.marker or (clause.opener and clause.opener not in PUNCT) or not (inside or k < mm.first) \
                or mm.last + 1 >= len(view.words):
            continue
        between = view.words[k + 1:mm.first]
        after = view.words[mm.last + 1]
        # (adjectives only: 'Einer der Angreifer' is a pronoun with its genitive; or a title before the
        # name: 'Dem australischen Botschafter Graham Fletcher verweigerten die Behörden', grammar.json
        # diplomat_titles, cabinet_titles)
        if any(not w.lower.isalpha() or (w.text[:1].isupper() and not _title_word(w, lex))
               or w.lower in lex.cue_set("articles") for w in between) \
                or not (after.lower.isalpha() and after.text[:1].islower()) \
                or after.lower in lex.cue_set("speaker_prepositions"):
            continue
        article = view.words[k].lower
        if article in lex.cue_set("object_case_articles") or (
                article in lex.cue_set("oblique_feminine_articles") and _oblique_der(view, k, mm, lex)):
            mm.marker, mm.marker_at, mm.case_object = article, k, True
    _mark_dative_phrases(view, lex)


def _title_word(w: Word, lex: Lexicon) -> bool:
    """An envoy's or a minister's title, alone or as the head of a compound ('Botschafter',
    'Außenminister': grammar.json diplomat_titles, cabinet_titles)."""
    return w.lower in lex.cue_set("diplomat_titles") or w.lower.endswith(tuple(lex.cue_set("cabinet_titles")))


def _mark_dative_phrases(view: SentenceView, lex: Lexicon) -> None:
    """'Lulas außenpolitischem Berater Celso Amorim warf das Ministerium vor', 'Seinem ukrainischen
    Amtskollegen Dmytro Kuleba warf Lawrow Lügen vor', 'Ihrem Nachbarn Polen drohte die Ukraine': a
    main clause that opens with a phrase of no article whose determiner or adjective has a dative
    ending (grammar.json dative_endings) has its subject after the verb; every name in the phrase
    (its nationality, its title's person) is the object. The phrase ends at its last name, which the
    finite verb (a lower-case word) follows; a preposition opens no such phrase ('Mit seinem
    Amtskollegen sprach ...')."""
    if not lex.cue_set("dative_endings"):
        return
    markers = marker_words(lex) | lex.cue_set("temporal_prepositions") | lex.cue_set("articles")
    for clause in view.clauses:
        k = clause.first + (view.words[clause.first].lower in PUNCT)
        if (clause.opener and clause.opener not in PUNCT) or k >= len(view.words):
            continue
        inside = [mm for mm in view.mentions if mm.clause == clause.index and mm.first >= k]
        end = next((n for n, mm in enumerate(inside) if mm.last + 1 < len(view.words)
                    and view.words[mm.last + 1].text[:1].islower() and view.words[mm.last + 1].lower.isalpha()), None)
        if end is None or any(mm.marker for mm in inside[:end + 1]):
            continue
        phrase = view.words[k:inside[end].first]
        if any(not w.lower.isalpha() or w.lower in markers for w in phrase) \
                or view.words[inside[end].last + 1].lower in lex.cue_set("speaker_prepositions") \
                or not any(_dative_word(view, w.i, k, lex) for w in phrase):
            continue
        for mm in inside[:end + 1]:
            mm.marker, mm.marker_at, mm.case_object = view.words[k].lower, k, True


def _dative_word(view: SentenceView, i: int, k: int, lex: Lexicon) -> bool:
    """Word i (the phrase opens at word k) is a determiner or adjective with a dative ending
    (grammar.json dative_endings: 'seinem', 'außenpolitischem') before its noun or another adjective
    ('seinem ukrainischen Amtskollegen'); not an adverb or conjunction that ends alike ('Zudem hatte
    Kairo angeboten', 'Nachdem Russland ...': grammar.json sentence_adverbs, clause_openers)."""
    w = view.words[i]
    if not (i == k or w.text[:1].islower()) or len(w.lower) <= 3 \
            or not w.lower.endswith(tuple(lex.cue_set("dative_endings"))) \
            or w.lower in lex.cue_set("sentence_adverbs") | lex.cue_set("clause_openers") | lex.cue_set("complementizers"):
        return False
    nxt = view.words[i + 1] if i + 1 < len(view.words) else None
    adjective = tuple(lex.cue_set("dative_endings") | lex.cue_set("oblique_adjective_endings"))
    return nxt is not None and (nxt.text[:1].isupper() or (nxt.lower.isalpha() and nxt.lower.endswith(adjective)))


def _oblique_der(view: SentenceView, k: int, mm: MarkedMention, lex: Lexicon) -> bool:
    """'Der ukrainischen Regierung', 'Der Ministerin', 'Der Türkei': German 'der' is the nominative
    of a masculine noun only ('Der Kanzler', 'Der russische Präsident', 'Der Iran'); before an
    adjective with a weak oblique ending (grammar.json oblique_adjective_endings) or a noun with a
    feminine suffix (feminine_noun_suffixes) or of a feminine noun whose ending does not show it
    (feminine_nouns: 'Der Militärjunta', 'Der Schweiz', 'Der Nato') it is dative or genitive."""
    words = view.words[k + 1:mm.last + 1]
    at = next((n for n, w in enumerate(words) if w.text[:1].isupper()), None)
    if at is None:
        return False
    adjectives, noun = words[:at], words[at].lower
    return any(w.lower.endswith(tuple(lex.cue_set("oblique_adjective_endings"))) for w in adjectives) \
        or noun.endswith(tuple(lex.cue_set("feminine_noun_suffixes") | lex.cue_set("feminine_nouns")))


def unmark_across_verbs(view: SentenceView, verb_words: set[int]) -> None:
    """'Nach dem Treffen kritisierte Scholz China', 'In Mannheim nahmen Polizisten drei Männer fest':
    a preposition before a verb-second verb introduces the fronted phrase, not the subject after the
    verb; a marker never reaches across a verb (the verbs known here are the anchors of verb triggers,
    found after the marks: without a tagger a finite verb is not told from an adjective before; the
    other words of a trigger may be nouns: 'garanti par les avoirs russes gelés')."""
    for mm in view.mentions:
        if mm.marker_at is not None and any(mm.marker_at < k < mm.first for k in verb_words):
            mm.marker, mm.marker_at, mm.via_genitive = "", None, False


def next_to_verb(view: SentenceView, left: int, right: int, lex: Lexicon) -> bool:
    """The speaker and its verb of saying, or the verb and the reported clause's subject, are next to
    each other: at most one word between them, or only auxiliaries, sentence adverbs (grammar.json
    sentence_adverbs), time expressions and commas ('Reina hatte dagegen erklärt, Tegucigalpa habe',
    'Lawrow sagte am Montag, Kiew habe', 'Rutte had echter verklaard', 'the minister had however
    said', 'el ministro había dicho además')."""
    if right - left <= 2:
        return True
    adjuncts = lex.cue_set("auxiliaries") | lex.cue_set("sentence_adverbs")
    # (a time expression with its preposition: 'on Monday', 'am Montag')
    timed = lambda w: w.i in view.time_words or (w.i + 1 in view.time_words and (     # noqa: E731
        w.lower in lex.cue_set("locative_markers") or w.lower in lex.cue_set("temporal_prepositions")))
    return right - left <= 6 and all(timed(w) or w.lower in adjuncts or w.lower == ","
                                     for w in view.words[left + 1:right])


def _unmark_reported_subjects(view: SentenceView, lex: Lexicon) -> None:
    """'Germany said Russia was responsible', 'The White House said New Delhi was helping': a name
    after a reporting verb whose own subject stands right before it is the subject of the reported
    clause, not the speaker ('..., said Germany.' ends its clause; 'told Russia that' names the
    one told, so a complementizer after the name keeps the mark)."""
    verbs = _marker_sets(lex.language)[1]
    ends = PUNCT | {"."} | lex.cue_set("complementizers")
    for mm in view.mentions:
        if mm.marker not in verbs or mm.marker_at is None or mm.last + 1 >= len(view.words) \
                or view.words[mm.last + 1].lower in ends:
            continue
        subject = any(o is not mm and not o.marker and o.clause == mm.clause and o.last < mm.marker_at
                      and next_to_verb(view, o.last, mm.marker_at, lex) for o in view.mentions)
        if subject or _resumed_subject_before(view, mm):
            mm.marker, mm.marker_at = "", None


def _resumed_subject_before(view: SentenceView, mm: MarkedMention) -> bool:
    """'Aleksandar Vucic, who hosted Dodik on Tuesday, said Serbia would help': the reporting
    verb right after the comma that closes a relative clause has the interrupted clause's subject."""
    clause = view.clauses[mm.clause]
    return clause.resumes is not None and mm.marker_at == clause.first + 1 and any(
        not o.marker and o.clause == clause.resumes for o in view.mentions)
