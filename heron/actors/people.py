"""People: dictionary names, name candidates, titles and appositions, later surname mentions.

  president Vladimir Poetin          the title folds into the person (the dictionary decides roles)
  minister Ivanov                    an unknown name takes the title's country and sector
  Zamir Kabulov, een voormalig Russische ambassadeur   -> RUS ELI from the apposition
  ... zei Kabulov                    a later surname resolves to the same person
"""
from __future__ import annotations

from typing import Callable

from .matcher import COMPOUND_STEM
from .mention import Mention, Tokens
from .names import acronyms, candidates
from .titles import OFFICIAL, department
from .text import fold

#: countries whose people are named family name first ('Kim Jong Un', 'Xi Jinping', 'Pham Minh Chinh'): a later
#: mention by the first word is the same person (known people only; Japanese names come given name first in the press)
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "KOR", "PRK", "VNM"}
APPOSITION_WINDOW = 4   # tokens between the comma and the title ('een voormalig', 'the former')
HELD_TITLE_WINDOW = 2   # words between the comma and a title held under another person ('ein', 'an', 'the former')
OWNER_GAP = 4           # words between a title and the person it is held under ('des gewählten Präsidenten')
TITLE_TAIL = 6          # lowercase words after a title, before its name ('jefe de la delegación del Gobierno en los diálogos de paz, Otty Patiño,')


def known_word(language: str):
    """Whether the language's lemmatiser knows a word (simplemma; ValueError for a language it lacks)."""
    import simplemma
    return lambda w: simplemma.is_known(w, lang=language)


def _inflected(language: str):
    """A capitalised word the lemmatiser changes ('Angaben' -> 'Angabe') is an inflected noun;
    names are left alone ('Scholz', 'Olaf')."""
    import simplemma
    return lambda w: simplemma.lemmatize(w, lang=language) != w


def _description_noun(described: frozenset[str]) -> Callable[[str], bool] | None:
    """A noun that describes the person named after it (titles.tsv @described: 'Touristen',
    'Schriftsteller'), or a compound ending in one ('Rettungssanitäter', 'Staatsbürger'); None
    for a language with no such list."""
    if not described:
        return None

    def noun(w: str) -> bool:
        f = fold(w)
        return f in described or any(f[k:] in described for k in range(COMPOUND_STEM, len(f) - 2))
    return noun


def resolve(ms: list[Mention], toks: Tokens, nonname: frozenset[str] = frozenset(),
            language: str = "", nonactor: frozenset[str] = frozenset(),
            title_prepositions: frozenset[str] = frozenset(), capitalised_nouns: bool = False,
            described: frozenset[str] = frozenset(), officer_ranks: frozenset[str] = frozenset(),
            portfolio: frozenset[str] = frozenset(), openers: frozenset[str] = frozenset()) -> list[Mention]:
    """Unknown names, acronyms and appositions added to the known mentions. `title_prepositions`,
    `capitalised_nouns` and `described` are the language's (titles.tsv @titleprep, @capitalised,
    @described): German capitalises every noun, so a capitalised word the lemmatiser knows is no
    name there, nor is the noun that describes the person before the name. `officer_ranks` (@officer)
    are the army ranks that make the name after them an officer's; `portfolio` (@portfolio) the words that
    join a title to its department ('ministro de Infraestructura', 'Minister für Infrastruktur')."""
    covered = [False] * len(toks.words)
    for m in ms:
        for k in range(m.start, m.end):
            covered[k] = True
    # 'the U.S. embassy in Dar es Salaam': after a title that ends in a preposition comes a place
    after_title = {m.end for m in ms if m.kind == "title" and toks.folded[m.end - 1] not in title_prepositions}
    common = known_word(language) if capitalised_nouns else None
    inflected = _inflected(language) if capitalised_nouns else None
    noun = _description_noun(described)
    short = acronyms(toks, covered, nonactor)
    for s, e in candidates(toks, covered, after_title, nonname, common, inflected, noun, openers):
        ms.append(Mention(s, e, "person", _text(toks, s, e)))
    for k in short:
        ms.append(Mention(k, k + 1, "group", None, None, "UNK"))    # an unknown organisation
        _spelled_out(ms, toks, k)
    ms.sort(key=lambda m: m.start)
    ms = _titles_before(ms, toks, title_prepositions, portfolio)
    _ranks_before(ms, toks, officer_ranks)
    _appositions(ms, toks, noun)
    return _surnames(ms, toks)


def _spelled_out(ms: list[Mention], toks: Tokens, k: int) -> None:
    """A name followed by its acronym in brackets is an organisation's: 'La Confederación General
    del Trabajo (CGT) paralizó Argentina' -> the name candidate becomes that unknown group,
    widened to the bracket ('del Trabajo' is no part of a person-name run)."""
    if not (2 <= k < len(toks.words) - 1 and toks.words[k - 1] == "(" and toks.words[k + 1] == ")"):
        return
    for m in ms:
        if m.kind == "person" and m.entity is None and k - 4 <= m.end <= k - 1 and all(
                w[:1].isupper() or w.islower() and len(w) <= 3 for w in toks.words[m.end:k - 1]):
            m.kind, m.name, m.sector, m.end = "group", None, "UNK", k - 1


def _text(toks: Tokens, s: int, e: int) -> str:
    return toks.text[toks.starts[s]:toks.ends[e - 1]]


def _titles_before(ms: list[Mention], toks: Tokens | None = None,
                   title_prepositions: frozenset[str] = frozenset(),
                   department_words: frozenset[str] = frozenset()) -> list[Mention]:
    """Drop a title directly before a person, or before its department and the person ('El ministro de
    Infraestructura Oleksandr Kubrakov', 'le ministre des Infrastructures Oleksandr Kubrakov', 'de
    minister van Infrastructuur Oleksandr Kubrakov', 'der Minister für Infrastruktur Oleksandr
    Kubrakow': one official, not a title with no country beside him); an unknown person inherits it."""
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        given = toks is not None and prev is not None and _given_name(prev, m, toks)
        if m.kind == "person" and prev and prev.kind == "title" and (prev.end == m.start or given or (
                toks is not None and department(toks, department_words, prev.end, m.start))) and not (
                toks is not None and toks.folded[prev.end - 1] in title_prepositions):
            if m.entity is None:
                m.country = m.country or prev.country
                m.sector = m.sector or prev.sector
            if given:
                m.start = prev.end      # 'Ministerpräsident Benjamin Netanjahu': the given name is his
            elif prev.end < m.start:
                m.start = prev.start    # the title and its department name him too (the sentence's subject)
            out[-1] = m
        else:
            out.append(m)
    return out


def _given_name(title: Mention, person: Mention, toks: Tokens) -> bool:
    """'Ministerpräsident Benjamin Netanjahu', 'Aussenminister Eduardo Enrique Reina': one capitalised
    word between an official's title and a person the dictionary knows by the name after it is his
    given name, though German takes it for a noun it knows ('Benjamin'); the title is his, not a second
    official's (an official's title only: 'Menschen Wirtschaftsminister Robert Habeck' is no title
    and its name)."""
    k = title.end
    return person.kind == "person" and person.entity is not None and person.start == k + 1 \
        and title.sector in OFFICIAL and toks.words[k][:1].isupper() and toks.words[k].isalpha() \
        and toks.words[k][1:].islower()


#: the sector of a person named after an army rank
OFFICER = "MIL"


def _ranks_before(ms: list[Mention], toks: Tokens, ranks: frozenset[str]) -> None:
    """'El general Qassem Rezaei', 'le colonel Assimi Goïta', 'General Qassem Rezaei', 'kolonel
    Mamadi Doumbouya': an army rank right before an unknown name makes him an officer (MIL). A rank
    is no title of its own: 'general' is mostly an adjective ('la huelga general', 'Attorney General')."""
    for m in ms:
        if m.kind == "person" and m.entity is None and m.sector is None and m.start > 0 \
                and toks.folded[m.start - 1] in ranks:
            m.sector = OFFICER


def _appositions(ms: list[Mention], toks: Tokens, noun: Callable[[str], bool] | None = None) -> None:
    absorbed: list[Mention] = []
    for i, m in enumerate(ms):
        if m.kind != "person" or m.entity is not None or m.country:
            continue
        if m.end < len(toks.words) and toks.words[m.end] == ",":
            for j, t in enumerate(ms[i + 1:i + 3], i + 1):
                if t.kind == "title" and t.start - (m.end + 1) <= APPOSITION_WINDOW:
                    m.country, m.sector = t.country or _whose_title(ms, toks, m, j), t.sector
                    break
        if not m.country:
            _title_apposition(ms, toks, i)
        if not m.country and m.end < len(toks.words) and toks.words[m.end] == ",":
            # 'Hamid Nouri, een voormalige Iraanse gevangenisfunctionaris': the nationality of a
            # description no title row knows, two words into it at most (not 'X, sostuvo que afganos')
            t = next((t for t in ms[i + 1:i + 2] if t.kind == "demonym" and t.start - (m.end + 1) <= 2
                      and _plain_words(toks, m.end + 1, t.start)), None)
            if t is not None:
                m.country = t.country
        if not m.country:
            absorbed += _nationality_before(ms, toks, i, noun)
    if absorbed:
        ms[:] = [m for m in ms if not any(m is a for a in absorbed)]


def _whose_title(ms: list[Mention], toks: Tokens, m: Mention, j: int) -> str | None:
    """'Mauricio Claver-Carone, ein Berater des gewählten Präsidenten Donald Trump', 'X, an aide to President
    Joe Biden', 'X, porte-parole du président Emmanuel Macron': a title with no country of its own held
    under a person whose country is known (a few words between them, no punctuation) is that person's
    country's."""
    t = ms[j]
    if t.start - (m.end + 1) > HELD_TITLE_WINDOW:
        return None     # 'Sebastien Lai, a exhorté le gouvernement de Keir Starmer': a verb, no apposition
    for owner in ms[j + 1:j + 3]:
        if owner.start - t.end > OWNER_GAP or not all(w.isalpha() or w == "-" for w in toks.words[t.end:owner.start]):
            return None
        if owner.kind == "person" and owner.country:
            return owner.country
        if owner.kind != "title" or owner.country:
            return None     # the owner's own title ('President', 'des gewählten Präsidenten') may stand between
    return None


def _nationality_before(ms: list[Mention], toks: Tokens, i: int,
                        noun: Callable[[str], bool] | None = None) -> list[Mention]:
    """'de Zweedse EU-diplomaat Johan Floderus', 'the Kenyan rights activist Boniface Mwangi': a
    nationality word that opens a description of titles and organisations right before an
    unknown name is the person's, even where the description has a country of its own ('EU-');
    'Zweeds-Iraanse': the first of a hyphenated pair. Not a nationality noun with no description
    ('een Palestijn in Tel Aviv'). `noun` tells the description nouns no title row knows ('den
    französischen Touristen Louis Arnaud', 'des britischen Geschäftsmannes Craig Foreman'); the
    nationality words of such nouns alone are returned: they are the person's, as a title's are
    when the title folds into its person (_titles_before), and no actor of their own."""
    m = ms[i]
    described = False
    for j in range(i - 1, max(-1, i - 4), -1):
        d, inside = ms[j], _inside(ms[j + 1:i])
        gap = [k for k in range(d.end, m.start) if k not in inside and toks.words[k] != "-"]
        if m.start - d.end > 3 or not all(noun and noun(toks.words[k]) for k in gap):
            return []
        described = described or bool(gap)
        if d.kind == "demonym" and d.country and described:
            last = j
            while j > 0 and ms[j - 1].kind == "demonym" and ms[j - 1].end == d.start - 1 \
                    and toks.words[d.start - 1] == "-":
                j, d = j - 1, ms[j - 1]
            m.country = d.country
            return ms[j:last + 1] if last == i - 1 and gap else []
        if d.kind not in {"title", "igo", "demonym"}:
            return []
        described = True
    return []


def _inside(ms: list[Mention]) -> set[int]:
    return {k for mm in ms for k in range(mm.start, mm.end)}


def _plain_words(toks: Tokens, start: int, end: int) -> bool:
    """Tokens start..end-1 are lowercase words (no punctuation, no name)."""
    return all(toks.words[k][:1].islower() for k in range(start, end))


def _title_apposition(ms: list[Mention], toks: Tokens, i: int) -> None:
    """'la fiscal general, Consuelo Porras,', 'de Ierse premier, Simon Harris,': a name set off
    by commas right after a title is that official (the title's country and sector)."""
    m = ms[i]
    if i == 0 or m.start < 2 or toks.words[m.start - 1] != ",":
        return
    if m.end < len(toks.words) and toks.words[m.end] not in (",", ".", ")", ";"):
        return
    t = ms[i - 1]
    gap = toks.words[t.end:m.start - 1]
    if t.kind == "title" and t.sector and len(gap) <= TITLE_TAIL and \
            all(w.isalpha() and w[:1].islower() for w in gap):
        m.country, m.sector = t.country or m.country, t.sector


def _surnames(ms: list[Mention], toks: Tokens) -> list[Mention]:
    known: dict[str, Mention] = {}
    for m in ms:
        # dictionary people, and name candidates a title or apposition has resolved
        if m.kind == "person" and m.end - m.start >= 2 and (m.entity is not None or m.country or m.sector):
            known.setdefault(toks.folded[m.end - 1], m)
            if m.entity is not None and m.country in FAMILY_NAME_FIRST:
                known.setdefault(toks.folded[m.start], m)     # 'Kim Jong Un ... Kim', 'Xi Jinping ... Xi'
    if not known:
        return ms
    # 'Volker Türk ... rejected Türk's criticism': a one-word nationality reading after the person is
    # named is the surname (the person's own name is no nationality word)
    ms = [_as_person(m.start, known[toks.folded[m.start]])
          if m.kind == "demonym" and m.end - m.start == 1 and toks.folded[m.start] in known
          and m.start > known[toks.folded[m.start]].start else m for m in ms]
    ms = [_named_before(ms, toks, m) for m in ms]
    taken = [False] * len(toks.words)
    for m in ms:
        for k in range(m.start, m.end):
            taken[k] = True
    extra = []
    for k, f in enumerate(toks.folded):
        p = known.get(f)
        if p and not taken[k] and toks.words[k][:1].isupper():
            extra.append(_as_person(k, _full_name_before(ms, toks, k) or p))
    return sorted(ms + extra, key=lambda m: m.start)


def _full_name_before(ms: list[Mention], toks: Tokens, k: int) -> Mention | None:
    """The first person named in full before token k whose family name is token k's word (the story's
    own; a relative named later is told apart by his given name: 'Jair Bolsonaro ... sein Sohn Flávio
    Bolsonaro ... Bolsonaro räumte ein'), when the dictionary or the words around the name told who he
    is (an unresolved run of names may be a longer spelling of the same person: 'Bin Salman')."""
    return next((m for m in ms if m.kind == "person" and m.end <= k and m.end - m.start >= 2
                 and toks.folded[m.end - 1] == toks.folded[k] and (m.entity is not None or m.country)), None)


def _named_before(ms: list[Mention], toks: Tokens, m: Mention) -> Mention:
    """'President Samia Suluhu Hassan ... Hassan said', 'Ousman Sonko ... Sonko': a family name alone
    is the person the article named in full with it before, not another the dictionary knows by that
    name alone (a Jordanian prince Hassan, the Senegalese Ousmane Sonko)."""
    if m.kind != "person" or m.entity is None or m.end - m.start != 1:
        return m
    full = _full_name_before(ms, toks, m.start)
    if full is None or full.name == m.name or full.entity is not None and full.entity is m.entity:
        return m
    return _as_person(m.start, full)


def _as_person(k: int, p: Mention) -> Mention:
    """Token k as a later mention of the person p."""
    return Mention(k, k + 1, "person", p.name, p.country, p.sector, p.wikidata, p.entity)
