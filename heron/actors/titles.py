"""Titles and agent nouns: give them a country and fold them into one mention.

  Taliban-regering            group + '-' + title   -> the group, sector of the title (GOV)
  VS-troepen, US officials    state + title         -> title mention, USA MIL / GOV
  Amerikaanse functionarissen demonym + title       -> title mention, USA GOV
  los soldados israelíes      title + demonym       -> title mention, ISR MIL
  vertegenwoordiger van Moskou  title + of + state  -> title mention, RUS GOV
  Russia's foreign minister   state + 's + title    -> title mention, RUS GOV
  voormalig(e) / former ...   a former official     -> sector ELI
  un homme de 71 ans, a 71-year-old man, ein 71-Jähriger   an unnamed person -> title mention, UNK
"""
from __future__ import annotations

from .kb import Lexicon
from .mention import Mention, Tokens
from .text import fold

PLACE_KINDS = ("state", "capital", "demonym")
ORG_KINDS = ("group", "igo")
OFFICIAL = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
TITLE_FIRST = {"fr", "es", "it", "pt"}      # languages that put the nationality after the noun
ARTICLE_MAX = 3                              # 'de', 'la', 'the', 'der' ... between 'of' and the state


def _merge(base: Mention, title: Mention, start: int, end: int) -> Mention:
    kind = base.kind if base.kind in ORG_KINDS or base.kind == "person" else "title"
    return Mention(start, end, kind, base.name, base.country, title.sector or base.sector,
                   base.wikidata, base.entity)


def _gap_ok(toks: Tokens, a: int, b: int, max_gap: int) -> bool:
    """Tokens a..b-1 are at most max_gap lowercase words (adjectives like 'hoge', 'senior')."""
    gap = toks.words[a:b]
    return len(gap) <= max_gap and all(w.isalpha() and w[:1].islower() for w in gap)


def combine(ms: list[Mention], toks: Tokens, lex: Lexicon, lang: str) -> list[Mention]:
    ms = _national_sections(ms, toks)
    ms = _compounds(ms, toks)
    ms = _pairs(ms, toks, lang, lex)
    ms = _of(ms, toks, lex)
    ms = _stacked(ms, toks, lex)
    _former(ms, toks, lex)
    _sources(ms, toks, lex)
    return _aged(ms, toks, lex)


def _aged(ms: list[Mention], toks: Tokens, lex: Lexicon) -> list[Mention]:
    """'Un homme de 71 ans a tiré sur le chef du gouvernement', 'a 71-year-old man', 'ein
    71-Jähriger schoss': a person told by age is an unnamed actor (CODING 3: UNK, country from
    context). Only with a number and an age word (@person and @age in titles.tsv)."""
    if not lex.person or not lex.age:
        return ms
    taken = {k for m in ms for k in range(m.start, m.end)}
    found = []
    for i, f in enumerate(toks.folded):
        if i in taken:
            continue
        span = None
        if f in lex.person:
            span = _age_after(toks, lex, i) or _age_before(toks, lex, i)
        elif f in lex.age and toks.words[i][:1].isupper() and i >= 2 and toks.words[i - 1] == "-" \
                and toks.words[i - 2].isdigit():
            span = (i - 2, i + 1)         # 'ein 71-Jähriger': German makes the age a noun
        if span and not any(k in taken for k in range(*span)):
            found.append(Mention(span[0], span[1], "title", None, None, "UNK"))
            taken.update(range(*span))
    return sorted(ms + found, key=lambda m: m.start) if found else ms


def _age_after(toks: Tokens, lex: Lexicon, i: int) -> tuple[int, int] | None:
    """'homme de 71 ans', 'hombre de 71 años', 'homme âgé de 71 ans' -> the span to the age word."""
    for k in range(i + 2, min(i + 5, len(toks.words))):
        if toks.folded[k] in lex.age and toks.words[k - 1].isdigit() and toks.folded[k - 2] in lex.of:
            return i, k + 1
    return None


def _age_before(toks: Tokens, lex: Lexicon, i: int) -> tuple[int, int] | None:
    """'71-year-old man', '71-jähriger Mann', '71-jarige man' -> the span from the number."""
    if i == 0 or toks.folded[i - 1] not in lex.age:
        return None
    for k in range(i - 2, max(i - 6, -1), -1):
        if toks.words[k].isdigit():
            return k, i + 1
        if toks.words[k] != "-" and toks.folded[k] not in lex.age:     # '71-year-old'
            return None
    return None


def _national_sections(ms: list[Mention], toks: Tokens) -> list[Mention]:
    """'Amnesty International UK', 'Save the Children UK', 'Amnesty International Deutschland': a
    non-governmental organisation's national section is still the organisation (NGO), not the
    country its name ends with."""
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev and prev.country == "NGO" and m.kind == "state" and m.start == prev.end and m.end == prev.end + 1:
            out[-1] = Mention(prev.start, m.end, prev.kind, prev.name, prev.country, prev.sector, prev.wikidata,
                              prev.entity)
        else:
            out.append(m)
    return out


def _stacked(ms: list[Mention], toks: Tokens, lex: Lexicon) -> list[Mention]:
    """'Iran's deputy police chief', 'the deputy foreign minister': a rank word that is a title of its own
    ('deputy', a sheriff's deputy) right before another title names one official with it, not a second
    one (@rank in titles.tsv). The title after the rank gives the sector; either may give the country."""
    if not lex.ranks:
        return ms
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (prev and prev.kind == "title" and m.kind == "title" and m.start == prev.end
                and toks.folded[prev.end - 1] in lex.ranks):
            out[-1] = Mention(prev.start, m.end, "title", m.name or prev.name, m.country or prev.country,
                              m.sector or prev.sector, m.wikidata or prev.wikidata, m.entity or prev.entity)
        else:
            out.append(m)
    return out


def _compounds(ms: list[Mention], toks: Tokens) -> list[Mention]:
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (prev and m.kind == "title" and prev.kind in PLACE_KINDS + ORG_KINDS and m.start == prev.end + 1
                and toks.words[prev.end] == "-" and toks.glued(prev.end) and toks.glued(m.start)):
            out[-1] = _merge(prev, m, prev.start, m.end)
        else:
            out.append(m)
    return out


def department(toks: Tokens, of: frozenset[str], a: int, b: int) -> bool:
    """Tokens a..b-1 name a department after its title: 'de Comercio', 'des Affaires étrangères',
    'de Asuntos Exteriores', 'van Infrastructuur' (of, an optional article, a capitalised word and up to
    two more). A short word after the first capitalised one must join it to another ('Relaciones
    Exteriores y Culto'): 'de New York a inculpé un' runs on into a verb."""
    gap = toks.words[a:b]
    if not gap or toks.folded[a] not in of:
        return False
    words = [w for w in gap[1:] if w != "'"]
    while words and len(words[0]) <= 3 and words[0][:1].islower():
        words = words[1:]           # the article: 'de la Défense', "de l'Intérieur"
    short = [k for k, w in enumerate(words) if len(w) <= 3 and w[:1].islower()]
    if any(k + 1 >= len(words) or not words[k + 1][:1].isupper() for k in short):
        return False
    rest = [w for k, w in enumerate(words) if k not in short]
    return 1 <= len(rest) <= 3 and rest[0][:1].isupper() and all(w.isalpha() for w in rest) and len(gap) <= 6


def _pairs(ms: list[Mention], toks: Tokens, lang: str, lex: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev and m.kind == "title" and prev.kind in ("demonym",) and _gap_ok(toks, prev.end, m.start, 2):
            out[-1] = _merge(prev, m, prev.start, m.end)
        elif prev and m.kind == "title" and prev.kind in ("state", "capital") + ORG_KINDS and m.start == prev.end \
                and lang == "en":
            out[-1] = _merge(prev, m, prev.start, m.end)
        elif prev and m.kind == "title" and prev.kind in ("state", "capital") and _owner_before(toks, lex, prev, m):
            out[-1] = _merge(prev, m, prev.start, m.end)
            if m.sector in OFFICIAL and any(f in lex.former for f in toks.folded[prev.end:m.start]):
                out[-1].sector = "ELI"      # "Tuvalu's former prime minister" (_former: the word before the title)
        elif prev and prev.kind == "title" and prev.country is None and m.kind == "demonym" \
                and lang in TITLE_FIRST and _gap_ok(toks, prev.end, m.start, 1):
            out[-1] = _merge(m, prev, prev.start, m.end)
        elif prev and prev.kind == "title" and prev.country is None and m.kind == "demonym" \
                and lang in TITLE_FIRST and department(toks, lex.of, prev.end, m.start):
            # 'El Ministerio de Comercio chino', 'le ministère des Affaires étrangères russe': the
            # nationality after the department's name is the title's
            out[-1] = _merge(m, prev, prev.start, m.end)
        else:
            out.append(m)
    return out


def _owner_before(toks: Tokens, lex: Lexicon, state: Mention, title: Mention) -> bool:
    """"Russia's foreign minister", "Morocco's Interior Ministry", "Tuvalu's former prime minister",
    'Tuvalu's voormalige premier', 'Ungarns Regierungschef', 'Tuvalus ehemaliger Außenminister': a state
    in the possessive (English and Dutch 's) or in the genitive (its ending in titles.tsv @genitive) owns
    the title after it; between them only capitalised words of the office's name or a word that
    makes him a former official (@former)."""
    k = state.end
    possessive = k + 1 < title.start and toks.words[k] == "'" and toks.folded[k + 1] == "s"
    if possessive:
        k += 2
    elif not _in_genitive(toks, lex, state):
        return False
    gap = toks.words[k:title.start]
    # every German noun is capitalised: after a genitive only the former-official words
    return len(gap) <= 2 and all(w.isalpha() and (w[:1].isupper() and possessive or fold(w) in lex.former)
                                 for w in gap)


def _in_genitive(toks: Tokens, lex: Lexicon, state: Mention) -> bool:
    """The state's last word ends in a genitive ending (titles.tsv @genitive: 'Polens', 'Ungarns')."""
    return any(toks.folded[state.end - 1].endswith(e) for e in lex.genitive)


def _postposed_genitive(toks: Tokens, lex: Lexicon, title: Mention, state: Mention,
                        next_mention: Mention | None) -> bool:
    """'der Außenminister Tuvalus, Simon Kofe', 'die Regierung Polens': a state in the genitive
    (titles.tsv @genitive) right after a title owns it, as 'van Polen' and 'of Poland' do; not when a
    capitalised noun follows that the genitive stands before ('der Minister Israels Vorgehen'), and
    not the first of a list of owners ('die Botschafter Großbritanniens, Frankreichs und Deutschlands':
    the event coder takes the list whole, clauses._postposed_genitive)."""
    if state.start != title.end or state.kind not in ("state", "capital") or not _in_genitive(toks, lex, state):
        return False
    if next_mention is not None and next_mention.kind in PLACE_KINDS and next_mention.start <= state.end + 1:
        return False
    k = state.end    # the word after the state
    return not (k < len(toks.words) and toks.words[k][:1].isupper() and toks.words[k].isalpha())


def _of(ms: list[Mention], toks: Tokens, lex: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    for i, m in enumerate(ms):
        prev = out[-1] if out else None
        if prev and prev.kind == "title" and prev.country is None \
                and _postposed_genitive(toks, lex, prev, m, ms[i + 1] if i + 1 < len(ms) else None):
            out[-1] = _merge(m, prev, prev.start, m.end)
            continue
        if prev and prev.kind == "title" and prev.country is None and m.kind in PLACE_KINDS + ORG_KINDS \
                and m.kind != "demonym":
            i = _past_department(toks, lex, prev.end, m.start) if m.kind in PLACE_KINDS else prev.end
            if i < m.start and _of_at(toks, lex, i):
                i += 1
                if i < m.start and toks.words[i] == "'":
                    i += 1
                if i + 1 < m.start and toks.words[i + 1] == "'" and len(toks.words[i]) == 1:
                    i += 2            # "de l'Allemagne": the elided article
                if m.start - i <= ARTICLE_MAX and _gap_ok(toks, i, m.start, ARTICLE_MAX) \
                        and all(len(w) <= 3 for w in toks.words[i:m.start]):
                    out[-1] = _merge(m, prev, prev.start, m.end)
                    continue
        out.append(m)
    return out


def _of_at(toks: Tokens, lex: Lexicon, i: int) -> bool:
    """Token i is an 'of' word (@of); an elided one is split from its apostrophe ("d'Allemagne":
    'd', "'")."""
    return toks.folded[i] in lex.of or (i + 1 < len(toks.words) and toks.words[i + 1] == "'"
                                        and toks.folded[i] + "'" in lex.of)


def _past_department(toks: Tokens, lex: Lexicon, a: int, b: int) -> int:
    """Where the 'of' before the state starts when a department's name comes first: 'el Ministerio
    de Unificación de Corea del Sur', "le ministère de l'Unification de la Corée du Sud", 'the
    Ministry of Unification of South Korea' (the last 'of' before b that a department leads up to);
    a when there is none. Only before a state: a department is a state's ('la réunion des ministres des
    Affaires étrangères du G20' are its members' ministers, not the G20); and only after a word that
    joins a title to its portfolio (@portfolio: not 'Truppen aus dem Norden des Gazastreifens')."""
    for j in range(b - 1, a, -1):
        if _of_at(toks, lex, j) and department(toks, lex.portfolio, a, j):
            return j
    return a


def _sources(ms: list[Mention], toks: Tokens, lex: Lexicon) -> None:
    """'Fuentes del Ministerio', 'des sources du ministère', 'sources at the foreign ministry',
    'Kreise im Außenministerium': the unnamed sources of a body speak for it; the mention is widened
    to the source word (titles.tsv @source), so the body stands where the sources do."""
    if not lex.sources:
        return
    preps = lex.of | lex.title_prepositions
    for m in ms:
        if m.kind not in PLACE_KINDS + ORG_KINDS + ("title",) or m.kind == "demonym":
            continue
        i = m.start - 1
        while i >= 0 and m.start - i <= ARTICLE_MAX and toks.folded[i] not in preps \
                and len(toks.words[i]) <= 3 and toks.words[i].isalpha() and toks.words[i][:1].islower():
            i -= 1                       # an article: 'de la', 'dem'
        if i >= 1 and toks.folded[i] in preps and toks.folded[i - 1] in lex.sources:
            m.start = i - 1


def _former(ms: list[Mention], toks: Tokens, lex: Lexicon) -> None:
    """'voormalig Russische ambassadeur', 'oud-minister', 'former envoy' -> ELI, span widened."""
    for m in ms:
        if m.kind != "title":
            continue
        i = m.start - 1
        if i >= 0 and toks.words[i] == "-" and toks.glued(m.start):
            i -= 1
        if i >= 0 and toks.folded[i] in lex.former:
            if m.sector in OFFICIAL:
                m.sector = "ELI"
            m.start = i
        elif i >= 0 and toks.folded[i] == "-" and i > 0 and toks.folded[i - 1] in lex.former:
            if m.sector in OFFICIAL:
                m.sector = "ELI"
            m.start = i - 1
