"""Candidate nationality adjectives for every state in nl/de/fr/es, with their attestation.

Not part of the KB build: it writes review files that a person reads before adding entries to
heron/lang/<code>/demonyms.tsv (the shipped, hand-checked list).

  python training/demonym_candidates.py [--data /work/shared/data] [--out training/output/demonyms]

For each state (NGEC countries.csv + South Sudan, Dominica) and language:
  1. the state's CLDR name in that language (babel) is cut to stems and given the language's
     demonym suffixes (de -isch/-anisch/-esisch, nl -s/-aans/-ees/-isch, fr -ais/-ien/-ain/-ois/-éen,
     es -o/-ano/-eño/-ense/-és/-í ...): candidate adjective base forms;
  2. each candidate (and its inflected forms, by heron/lang/<code>/inflection.tsv) is looked up in
     simplemma's word list (S), the system's hunspell dictionary if installed (H: Debian
     hunspell-nl/-de-de/-fr/-es) and the UD + NER corpora in the data folder (C, with counts);
  3. output: <out>-<lang>.tsv: ISO3, English name, local name, the hand entry if any, then the
     attested candidates, best first.
Forms nobody attests are not proposed; the reviewer adds those by hand (and marks them so).

  python training/demonym_candidates.py --check
prints, for every entry of heron/lang/<code>/demonyms.tsv, which sources attest its forms (the same
S/H/C letters; the evidence column of the generated entries was filled this way, 'R' = reviewed by
hand, attested nowhere).
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
from build_actor_kb import inflect, load_countries, read_tsv, sovereign  # noqa: E402

LANGS = ("nl", "de", "fr", "es")
HUNSPELL = {"nl": "nl_NL", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}
UD = {"nl": "Dutch", "de": "German", "fr": "French", "es": "Spanish"}
NER = {"nl": ["conll2002-nl-es/ned.*", "davidsbatista-NER-datasets/WikiANN/nl/*"],
       "es": ["conll2002-nl-es/esp.*"],
       "de": ["SuperGLEBer/EuroParl/*.tsv", "davidsbatista-NER-datasets/GermEval2014/*",
              "davidsbatista-NER-datasets/WikiANN/de/*"],
       "fr": ["davidsbatista-NER-datasets/WikiANN/fr/*"]}

SUFFIXES = {
    "de": ["isch", "anisch", "ianisch", "esisch", "nisch", "ensisch", "ländisch", "aisch", "isch"],
    "nl": ["s", "aans", "iaans", "ees", "isch", "ijns", "iaan", "ees", "er"],
    "fr": ["ais", "ois", "ien", "éen", "ain", "in", "an", "ite", "ien", "ais", "ote", "e", "ien"],
    "es": ["o", "ano", "iano", "eño", "ense", "és", "í", "ino", "eco", "ita", "o", "ero"],
}


def stems(name: str) -> set[str]:
    """The name and the name without its last one to three letters (Kenia -> keni, ken)."""
    n = name.lower()
    for art in ("die ", "der ", "das ", "het ", "de ", "le ", "la ", "les ", "l’", "l'", "el ", "los ", "las "):
        if n.startswith(art):
            n = n[len(art):]
    n = n.split(" ")[-1] if len(n.split(" ")) > 1 and len(n.split(" ")[-1]) > 3 else n
    out = {n}
    for k in (1, 2, 3):
        if len(n) - k >= 3:
            out.add(n[:-k])
    return out


def corpus_words(data: Path, lang: str) -> Counter:
    c: Counter = Counter()
    for base in ("ud", "ud-extra"):
        for p in (data / base).glob(f"UD_{UD[lang]}-*/**/*.conllu"):
            for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
                if line and line[0].isdigit():
                    parts = line.split("\t")
                    if len(parts) > 1:
                        c[parts[1]] += 1
    for pat in NER[lang]:
        for p in (data / "ner").glob(pat):
            if not p.is_file():
                continue
            for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
                for t in line.replace("\t", " ").split(" ")[:2]:
                    t = t.split(":", 1)[-1]
                    if t.isalpha():
                        c[t] += 1
                        break
    return c


def simplemma_words(lang: str) -> set[str]:
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory
    d = DefaultDictionaryFactory().get_dictionary(lang)
    out = set()
    for k, v in d.items():
        out.add(k.decode() if isinstance(k, bytes) else k)
        out.add(v.decode() if isinstance(v, bytes) else v)
    return out


def hunspell_known(lang: str, words: list[str]) -> set[str]:
    if not shutil.which("hunspell") or not words:
        return set()
    p = subprocess.run(["hunspell", "-d", HUNSPELL[lang], "-l"], input="\n".join(words), capture_output=True,
                       text=True)
    if p.returncode != 0:
        return set()
    bad = set(p.stdout.split("\n"))
    return {w for w in words if w not in bad}


def shape(lang: str, form: str) -> str:
    """Adjectives are lowercase in de/fr/es, capitalised in nl."""
    return form[:1].upper() + form[1:] if lang == "nl" else form


def evidence(forms: list[str], lex: set[str], hun: set[str], corp: Counter) -> str:
    ev = ""
    if any(g in lex for g in forms):
        ev += "S"
    if any(g in hun for g in forms):
        ev += "H"
    n = sum(corp[g] for g in forms)
    return ev + (f"C{n}" if n else "") or "R"


def check(lang: str, data: Path, rows=None):
    """(iso3, forms, evidence) for demonym rows (default: the language's demonyms.tsv)."""
    rules = [(r[0], r[1].split("|") if len(r) > 1 else [""])
             for r in read_tsv(ROOT / "heron/lang" / lang / "inflection.tsv")]
    rows = rows if rows is not None else list(read_tsv(ROOT / "heron/lang" / lang / "demonyms.tsv"))
    lex, corp = simplemma_words(lang), corpus_words(data, lang)
    entries = []
    for r in rows:
        forms = [g for b in r[1].split("|") if b for g in inflect(b, rules)]
        forms += [n for n in (r[2].split("|") if len(r) > 2 else []) if n]
        entries.append((r[0], forms))
    hun = hunspell_known(lang, sorted({f for _, fs in entries for f in fs}))
    return [(iso3, forms, evidence(forms, lex, hun, corp)) for iso3, forms in entries]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default="/work/shared/data", type=Path)
    ap.add_argument("--out", default=ROOT / "training/output/demonyms", type=Path)
    ap.add_argument("--check", action="store_true", help="attestation of the entries in demonyms.tsv")
    args = ap.parse_args()
    if args.check:
        for lang in LANGS:
            for iso3, forms, ev in check(lang, args.data):
                print(lang, iso3, ev, "|".join(forms), sep="\t")
        return
    from babel import Locale
    countries = load_countries(args.data)
    states = (sovereign(args.data) | {"SSD", "DMA"}) - {"EUR", "UNO"}
    by3 = {c["iso3"]: (iso2, c["name"]) for iso2, c in countries.items()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        terr = Locale.parse(lang).territories
        rules = [(r[0], r[1].split("|") if len(r) > 1 else [""])
                 for r in read_tsv(ROOT / "heron/lang" / lang / "inflection.tsv")]
        hand = {r[0]: r for r in read_tsv(ROOT / "heron/lang" / lang / "demonyms.tsv")}
        lex = simplemma_words(lang)
        corp = corpus_words(args.data, lang)
        cands: dict[str, list[str]] = {}
        for iso3 in sorted(states):
            if iso3 not in by3:
                continue
            local = terr.get(by3[iso3][0], by3[iso3][1])
            forms = []
            for st in stems(local):
                for suf in SUFFIXES[lang]:
                    f = shape(lang, st + suf)
                    if f not in forms:
                        forms.append(f)
            cands[iso3] = forms
        allforms = sorted({g for fs in cands.values() for f in fs for g in inflect(f, rules)})
        hun = hunspell_known(lang, allforms)
        rows = []
        for iso3, forms in cands.items():
            scored = []
            for f in forms:
                infl = inflect(f, rules)
                ev = ""
                if any(g in lex for g in infl):
                    ev += "S"
                if any(g in hun for g in infl):
                    ev += "H"
                n = sum(corp[g] + corp[g[:1].upper() + g[1:]] for g in infl)
                if n:
                    ev += f"C{n}"
                if ev:
                    scored.append((-(len(ev.rstrip("0123456789")) + min(n, 20) / 10), f, ev))
            scored.sort()
            h = hand.get(iso3)
            rows.append("\t".join([iso3, by3[iso3][1], terr.get(by3[iso3][0], "?"),
                                   ("HAND " + "|".join(h[1:3])) if h else "-",
                                   " ".join(f"{f}[{ev}]" for _, f, ev in scored[:4]) or "-"]))
        out = Path(f"{args.out}-{lang}.tsv")
        out.write_text("\n".join(rows) + "\n", encoding="utf-8")
        print(f"{lang}: {len(rows)} states, {sum(1 for r in rows if not r.endswith('-'))} with attested candidates "
              f"-> {out}")


if __name__ == "__main__":
    main()
