"""Compiled candidate regexes for one language, built from its Lexicon.

Each pattern has a kind (the rule in heron.times.rules that resolves it). The patterns
are language-independent templates; the word lists come from heron/lang/<code>/times.json
and dateparser's month/weekday names. The patterns run on the lower-cased text (faster than
re.IGNORECASE); rules.py checks the case of month names where the language capitalises
them (English "May" vs the verb "may").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from heron.times.lexicon import Lexicon, lexicon

YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
NUMBER = r"\d{1,3}"


def _atoms(p: str) -> tuple[str, ...]:
    """A word or phrase as regex atoms: spaces match any whitespace, both apostrophes."""
    out: list[str] = []
    for ch in re.sub(r"\s+", " ", p.strip()):
        if ch == " ":
            out.append(r"\s+")
        elif ch in "'’":
            out.append("['’]")
        else:
            out.append(re.escape(ch))
    return tuple(out)


def _trie_regex(node: dict) -> str:
    branches = [atom + _trie_regex(node[atom]) for atom in sorted(node) if atom]
    end = "" in node
    if not branches:
        return ""
    if len(branches) == 1 and not end:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if end else body


def alt(words) -> str:
    """Alternation of lower-case words/phrases as a prefix trie (fast in Python's re; the
    greedy optional tails make the longest word win)."""
    words = {w.lower() for w in words if w}
    if not words:
        return r"(?!x)x"                      # matches nothing
    trie: dict = {}
    for w in words:
        node = trie
        for atom in _atoms(w):
            node = node.setdefault(atom, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"


@dataclass(frozen=True)
class Grammar:
    lex: Lexicon
    patterns: dict[str, tuple[tuple[str, re.Pattern], ...]]   # anchor group -> (kind, regex)
    prev_word: re.Pattern
    next_word: re.Pattern
    anchors: dict[str, tuple[str, ...]]   # lower-case word -> anchor groups it can start
    anchor_rx: re.Pattern                 # finds the anchor words and four-digit numbers
    future_rx: re.Pattern                 # future-tense cues (case-insensitive)

#: which patterns can contain which kind of anchor word; a four-digit number anchors "year".
GROUPS = {"month": ("day_month", "month_year", "month", "month_day"),
          "weekday": ("weekday",),
          "unit": ("unit", "ago", "stop"),
          "deictic": ("deictic", "stop"),
          "year": ("year", "numeric", "iso"),
          "stop": ("stop",),
          "phrase": ("phrase",),
          "holiday": ("holiday",),
          "anaphor": ("anaphor",),
          "spelled": ("spelled_year",)}


@cache
def grammar(language: str) -> Grammar:
    lx = lexicon(language)
    d = lx.data
    mfull = alt(lx.months_full)
    mall = alt(list(lx.months_full) + list(lx.months_abbr))
    wd = alt(lx.weekdays)
    ordinal = f"(?:{d['ordinal']})?" if d.get("ordinal") else ""
    dm_glue = f"(?:{alt(d['day_month_glue'])}\\s+)?" if d.get("day_month_glue") else ""
    my_glue = f"(?:{alt(d['month_year_glue'])}\\s+)?" if d.get("month_year_glue") else ""
    det = alt(d.get("determiners", []))
    qual = f"(?:(?P<q>{alt(d.get('qualifiers', []))})[\\s-]+)?"
    mod = alt(d.get("modifiers", {}))
    post = alt(d.get("post_modifiers", {}))
    parts = f"(?:[\\s-]*{alt(d.get('day_parts', []))})?"
    units = alt(d.get("units", {}))
    cunits = alt(d.get("count_units", {}))
    approx = f"(?:{alt(d.get('approximators', []))}\\s+)?"
    num = f"(?:{NUMBER}|{alt(d.get('numbers', {}))})"
    L, R = r"(?<!\w)", r"(?!\w)"
    year_units = alt(u for u, v in d.get("units", {}).items() if v == "year")
    year_rel = f"(?:(?P<ypre>{mod})\\s+{year_units}|{year_units}\\s+(?P<ypost>{post}))"
    weekday_lead = f"(?:(?P<wd>{wd}),?\\s+)?"

    p: list[tuple[str, str]] = [
        ("day_month", f"(?<![\\w.,/-]){weekday_lead}(?:{det}\\s+)?(?P<d>[0-3]?\\d){ordinal}"
                      f"(?:\\.\\s*|\\s+){dm_glue}(?P<m>{mall})\\.?"
                      f"(?:,?\\s+{my_glue}(?P<y>{YEAR}))?{R}"),
        ("month_year", f"{L}{qual}(?P<m>{mall})\\.?,?\\s+{my_glue}(?P<y>{YEAR}){R}"),
        ("numeric", f"(?<![\\w./-])(?P<a>[0-3]?\\d)(?P<sep>[./-])(?P<b>[0-3]?\\d)(?P=sep)"
                    f"(?P<y>{YEAR})(?![\\w/-]|[.,]\\d)"),
        ("iso", f"(?<![\\w./-])(?P<y>{YEAR})-(?P<b>[01]\\d)-(?P<a>[0-3]\\d)(?![\\w/-]|[.,]\\d)"),
        ("month", f"{L}{qual}(?:{det}\\s+)?(?:(?P<pre>{mod})\\s+)?(?P<m>{mfull})"
                  f"(?:\\s+(?P<post>{post})|\\s+{my_glue}(?:{det}\\s*)?{year_rel})?{R}(?![\\s.]+\\d)"),
        ("weekday", f"{L}(?:{det}\\s+)?(?:(?P<pre>{mod})\\s+)?(?P<wd>{wd}){parts}"
                    f"(?:\\s+(?P<post>{post}))?{R}"),
        ("unit", f"{L}{qual}(?:{det}\\s*)?(?:(?P<pre>{mod})\\s+(?P<u>{units})"
                 f"(?:[\\s-]+(?P<post>{post}))?|(?P<u2>{units})[\\s-]+(?P<post2>{post})){R}"),
        ("deictic", f"{L}(?P<x>{alt(d.get('deictic', {}))}){parts}{R}"),
        ("ago", f"{L}(?:(?P<before>{alt(d.get('ago_before', []))})\\s+{approx}(?P<n>{num})\\s+(?P<u>{cunits})"
                f"|{approx}(?P<n2>{num})\\s+(?P<u2>{cunits})\\s+(?P<after>{alt(d.get('ago_after', []))})){R}"),
        ("year", f"(?<![\\w.,/$€£]){qual}(?P<y>{YEAR})(?!\\w|%|[.,]\\d|-\\d\\d-)"),
        ("stop", f"{L}(?:{alt(d.get('stops', []) + d.get('vague', []))}|(?:{alt(d.get('duration_before', []))}\\s+)?{approx}{num}\\s+{cunits}){R}"),
    ]
    if d.get("phrases"):              # fixed relative phrases: "year-end", "the full year"
        p.append(("phrase", f"{L}(?P<x>{alt(d['phrases'])})(?![\\w'’-])"))
    if d.get("anaphora"):             # "that year", "the following month": from the text
        p.append(("anaphor", f"{L}{qual}(?P<x>{alt(d['anaphora'])})(?![\\w'’-])"))
    if d.get("holidays"):             # "Thanksgiving Day", "last Election Day"
        p.append(("holiday", f"{L}(?:(?P<pre>{mod})\\s+)?(?P<h>{alt(d['holidays'])}){R}"))
    if sy := d.get("spelled_years"):  # "nineteen ninety-six", "the year two thousand"
        p.append(("spelled_year",
                  f"{L}(?:(?P<m>{mfull})\\s+)?(?:(?P<c>{alt(sy['centuries'])})[\\s-]+(?:(?P<t>{alt(sy['teens'])})|"
                  f"(?P<dec>{alt(sy['decades'])})(?:[\\s-]+(?P<u>{alt(sy['units'])}))?)"
                  f"|{alt(sy['millennium_lead'])}\\s+(?P<k>{alt(sy['millennia'])})"
                  f"(?:\\s+(?:and\\s+)?(?P<ku>{alt(sy['units'])}))?){R}"))
    if d.get("month_day_order"):
        p.append(("month_day", f"{L}{weekday_lead}(?P<m>{mall})\\.?\\s+(?P<d>[0-3]?\\d){ordinal}(?!\\d)"
                               f"(?:,?\\s+(?P<y>{YEAR}))?{R}"))
    compiled = {kind: re.compile(rx) for kind, rx in p}   # run on lower-cased text
    groups = {g: tuple((k, compiled[k]) for k in kinds if k in compiled) for g, kinds in GROUPS.items()}
    anchors = _anchors(lx)
    return Grammar(lx, groups, re.compile(r"([^\W\d_]+)['’\s-]*$"), re.compile(r"^\s*(\w+)"),
                   anchors, re.compile(rf"\b(?:{alt(anchors)}|\d{{4}})\b"),
                   re.compile(rf"(?<!\w)(?:{alt(d.get('future_markers', []))}|\w+"
                              rf"{alt(d.get('future_suffixes', []))})(?!\w)", re.I))


def _anchors(lx: Lexicon) -> dict[str, tuple[str, ...]]:
    """Every candidate contains an anchor word: finder.py runs a group's patterns only in
    windows around its anchors (scanning whole articles with every pattern is too slow)."""
    d = lx.data
    out: dict[str, set[str]] = {}

    def add(words, group):
        for w in words:
            for tok in re.findall(r"\w+", w.lower()):
                out.setdefault(tok, set()).add(group)

    add(list(lx.months_full) + list(lx.months_abbr), "month")
    add(lx.weekdays, "weekday")
    add(list(d.get("units", {})) + list(d.get("count_units", {})), "unit")
    heads = [_longest_word(p) for p in d.get("deictic", {})]
    add(heads, "deictic")
    parts = [p for p in d.get("day_parts", []) if " " not in p]
    add([h + p for h in heads for p in parts], "deictic")
    add([w + p for w in lx.weekdays for p in parts], "weekday")
    add([_longest_word(p) for p in d.get("phrases", {})], "phrase")
    add([_longest_word(p) for p in d.get("holidays", {})], "holiday")
    add([_longest_word(p) for p in d.get("anaphora", {})], "anaphor")
    if sy := d.get("spelled_years"):
        add(list(sy["centuries"]) + list(sy["millennia"]), "spelled")
    for phrase in d.get("stops", []) + d.get("vague", []):
        words = re.findall(r"\w+", phrase.lower())
        if not any(w in out for w in words):
            add([_longest_word(phrase)], "stop")
    return {w: tuple(sorted(g)) for w, g in out.items()}


def _longest_word(phrase: str) -> str:
    return max(re.findall(r"\w+", phrase.lower()), key=len)
