"""Assemble labelled sentences for the PLOVER event-type classifier.

    python training/event_classifier/build_dataset.py [--data /work/shared/data/events]

Writes training/event_classifier/cache/dataset.jsonl (git-ignored: it holds text from the
shared data, which must not be copied into the repository), one record per sentence:

    {"text", "label" (PLOVER type, "NONE", or null), "quad" (1-4, 0 for NONE, or null),
     "lang", "source", "split" ("train" | "dev" | "test" | "eval"), "licence", "group", ...}

split:
  train / dev / test  sources whose licence allows shipping a model trained on them
                      (split per source, by group: template, document or sentence;
                      seeded, deterministic);
  eval                sources whose licence does not clearly allow a shipped derived
                      model (no licence, research/evaluation only, GPL, LDC text): used
                      only to measure the model, never to train it.

The handwritten sets (written for this project) are added: handwritten.tsv as train/dev
(80/20, dev for model selection only) and handwritten_heldout.tsv as test.
"""
from __future__ import annotations

import argparse
import csv
import glob
import hashlib
import io
import json
import os
import random
import re
import zipfile
from collections import Counter
from pathlib import Path

from heron import ontology
from heron.events.classifier import QUAD_OF

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"

PLOVER_TYPES = list(ontology.event_types())       # the ontology table's order
QUAD = QUAD_OF
OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT",
              "INVESTIGATE": "ACCUSE"}

# Licence of each source and whether a shipped model may be trained on it.
LICENCES = {
    "ngec": ("MIT-intended (NGEC-2025 pyproject classifier; no LICENSE file; synthetic "
             "LLM-generated text)", True),
    "ngec-headlines": ("MIT-intended (NGEC headline templates, slots filled here with "
                       "GeoNames CC BY 4.0 city and NGEC country names)", True),
    "plover-gsr": ("CC BY-SA 4.0, Open Event Data Alliance", True),
    "meantime-en": ("CC BY 4.0 (FBK, VU Amsterdam, UPV/EHU)", True),
    "meantime-nl": ("CC BY 4.0 (FBK, VU Amsterdam, UPV/EHU)", True),
    "meantime-es": ("CC BY 4.0 (FBK, VU Amsterdam, UPV/EHU)", True),
    "handwritten": ("written for Heron (MIT, same as the code)", True),
    "case2021": ("no licence; research/evaluation only (CASE 2021 task 2)", False),
    "india-police": ("no licence; Times of India text; research/evaluation only", False),
    "conflibert": ("GPL-3.0; underlying copyrights not owned by the authors", False),
    "oeda-arabic": ("MIT annotations over LDC (Gigaword) text; internal evaluation only",
                    False),
    "glocon": ("no licence; sample released for evaluation pending permission", False),
}


def _h(s: str) -> float:
    """Deterministic number in [0, 1) from a string (for seeded group splits)."""
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest()[:8], 16) / 2**32


def split_of(group: str, test=0.2, dev=0.1) -> str:
    x = _h("heron-clf|" + group)
    return "test" if x < test else "dev" if x < test + dev else "train"


_SENT_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])")
_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
                     r"Oct|Nov|Dec|U\.S|U\.N|No|Gov|Sen|Rep|Prof|Capt|Maj|Adm|Inc|Co|Corp|Ltd)\.$")


def sentences(text: str) -> list[str]:
    out = []
    for para in re.split(r"\n\s*\n|\n", text):
        para = para.strip()
        if not para:
            continue
        buf = ""
        for piece in _SENT_END.split(para):
            buf = (buf + " " + piece).strip() if buf else piece
            if _ABBREV.search(buf):
                continue
            out.append(buf)
            buf = ""
        if buf:
            out.append(buf)
    return out


def detok(s: str) -> str:
    s = re.sub(r"\s+([,.;:!?%)\]])", r"\1", s)
    s = re.sub(r"([(\[$])\s+", r"\1", s)
    s = re.sub(r"``\s*|\s*''", '"', s)
    s = s.replace(" 's", "'s").replace(" n't", "n't")
    return re.sub(r"\s+", " ", s).strip()


def rec(text, label, lang, source, split, group, **kw):
    text = re.sub(r"\s+", " ", text).strip()
    r = {"text": text, "label": label, "quad": QUAD.get(label) if label else None,
         "lang": lang, "source": source, "split": split, "group": group,
         "licence": LICENCES[source][0]}
    r.update(kw)
    return r


# ------------------------------------------------------------------ trainable sources

def ngec(data: Path, rng: random.Random) -> list[dict]:
    """NGEC synthetic stories: the story's first real sentence, labelled with the prompted
    PLOVER type (noisy). Split by headline template so that the stories prompted by one
    template are all on the same side."""
    z = zipfile.ZipFile(data / "ngec/setup/train_classifiers/gpt_synthetic_events_2023-10-19_19.csv.zip")
    rows = list(csv.DictReader(io.TextIOWrapper(z.open(z.namelist()[0]), "utf-8")))
    out = []
    for i, r in enumerate(rows):
        label = r["label"].strip().upper()
        if label not in QUAD:
            continue
        sents = [s for s in sentences(r["text"]) if len(s.split()) >= 6]
        if not sents:
            continue
        group = "ngec|" + r["title"].strip().lower()
        out.append(rec(sents[0], label, "en", "ngec", split_of(group), group,
                       mode=r["mode"].strip().upper() or None, id=f"ngec-{i}"))
    return out


def _fillers(data: Path, rng: random.Random):
    countries = []
    with open(data / "ngec/NGEC/assets/countries.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["Name"] and "," not in r["Name"]:
                countries.append(r["Name"])
    cities = []
    gaz = data.parent / "geo/gazetteer/cities15000.txt"
    with open(gaz, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[7] in ("PPLC", "PPLA") and int(p[14] or 0) > 500_000:
                cities.append((int(p[14]), p[1]))
    cities = [c for _, c in sorted(cities, reverse=True)[:300]]
    return countries, cities


def ngec_headlines(data: Path, rng: random.Random, fills=3) -> list[dict]:
    """NGEC's hand-written headline templates with the slots filled (3 fills each).
    Same split group as the stories those templates prompted."""
    countries, cities = _fillers(data, rng)
    out = []
    with open(data / "ngec/setup/train_classifiers/synthetic_headlines.csv", encoding="utf-8") as f:
        for i, r in enumerate(csv.DictReader(f)):
            label = r["event"].strip().upper()
            title = r["title"].strip()
            if label not in QUAD or not title:
                continue
            group = "ngec|" + title.lower()
            for k in range(fills):
                cs = rng.sample(countries, 3)
                t = (title.replace("{country_1}", cs[0]).replace("{country_2}", cs[1])
                     .replace("{country_3}", cs[2]).replace("{city}", rng.choice(cities)))
                out.append(rec(t, label, "en", "ngec-headlines", split_of(group), group,
                               mode=r["mode"].strip().upper() or None, id=f"ngech-{i}-{k}"))
    return out


def plover_gsr(data: Path, rng: random.Random) -> list[dict]:
    d = json.load(open(data / "plover/gold_standard_records/PLOVER_GSR_CAMEO.txt", encoding="utf-8"))
    out = []
    for r in d:
        if "event" not in r or "text" not in r:
            continue
        label = OLD_PLOVER.get(r["event"], r["event"])
        if label not in QUAD:
            continue
        out.append(rec(r["text"], label, "en", "plover-gsr", split_of("gsr|" + r["id"], 0.3, 0.1),
                       "gsr|" + r["id"], mode=r.get("mode"), id=r["id"]))
    return out


# MEANTIME is business news (Airbus/Boeing, Apple, GM/Ford/Chrysler, stock markets). Drop
# the documents about government action (bail-outs, Senate votes, government loans, the
# GAO, lawsuits) and, in the rest, every sentence with a political/legal/violent cue, so
# what is left is NONE (not a political event).
MEANTIME_DROP_DOCS = {
    "118147", "118175", "121134", "123881", "127226", "127227", "39951", "108294",
    "1173", "5403", "58383", "37313", "40203", "60083", "113330", "113278", "87805",
    "113227", "113267", "126878", "125796", "129865", "251007",
}
POLITICAL_CUES = {
    "en": r"govern|president|minist|senat|congress|parliament|obama|bush|white house|"
          r"bail|rescue|treasury|federal|court|judge|sue|lawsuit|legal|police|arrest|"
          r"protest|strike|union|military|air force|army|navy|war|attack|kill|troop|"
          r"sanction|regulat|tax|law|election|vote|official|state|nation|ban|"
          r"investigat|accus|crash|disaster|earthquake|died|death|dead",
    "nl": r"regering|overheid|president|minist|senaat|congres|parlement|obama|bush|"
          r"witte huis|reddings|steun|schatkist|federa|rechter|rechtbank|rechtszaak|"
          r"aanklacht|politie|arrest|protest|staking|vakbond|leger|luchtmacht|marine|"
          r"oorlog|aanval|gedood|troepen|sanctie|regel|belasting|wet|verkiezing|stem|"
          r"ambtena|staat|natie|verbod|onderzoek|beschuldig|crash|ramp|aardbeving|"
          r"overl|dood|dode",
    "es": r"gobierno|president|minist|senado|congreso|parlamento|obama|bush|casa blanca|"
          r"rescate|ayuda|tesoro|federal|tribunal|juez|demanda|legal|polic|arrest|"
          r"detenid|protest|huelga|sindicat|militar|fuerza a[eé]rea|ej[eé]rcito|armada|"
          r"guerra|ataque|muert|tropas|sanci|regula|impuest|ley|elecci|vot|oficial|"
          r"estado|naci[oó]n|prohib|investiga|acus|accidente|desastre|terremoto|falleci",
}


def _meantime_ok(s: str, lang: str) -> bool:
    return (len(s.split()) >= 6 and not re.search(POLITICAL_CUES[lang], s, re.I)
            and re.search(r"[a-zA-Z]{3}", s) is not None)


def meantime(data: Path, rng: random.Random) -> list[dict]:
    out = []
    # English: CAT XML tokens with sentence numbers.
    import xml.etree.ElementTree as ET
    for fn in sorted(glob.glob(str(data / "meantime-en/intra-doc_annotation/*/*.xml"))):
        root = ET.parse(fn).getroot()
        doc_id = root.get("doc_id")
        if doc_id in MEANTIME_DROP_DOCS:
            continue
        sents: dict[int, list[str]] = {}
        for t in root.iter("token"):
            sents.setdefault(int(t.get("sentence")), []).append(t.text or "")
        group = "meantime|" + doc_id
        for k in sorted(sents):
            s = detok(" ".join(sents[k]))
            if _meantime_ok(s, "en"):
                out.append(rec(s, "NONE", "en", "meantime-en", split_of(group), group,
                               id=f"meantime-en-{doc_id}-{k}"))
    for lang in ("nl", "es"):
        fn = data / f"meantime-{lang}-derived/meantime_{lang}_docs_detokenized.jsonl"
        for line in open(fn, encoding="utf-8"):
            d = json.loads(line)
            doc_id = str(d["doc_id"])
            if doc_id in MEANTIME_DROP_DOCS:
                continue
            group = "meantime|" + doc_id
            for k, s in enumerate([d.get("title", "")] + d["sentences"]):
                s = detok(s)
                if _meantime_ok(s, lang):
                    out.append(rec(s, "NONE", lang, f"meantime-{lang}", split_of(group), group,
                                   id=f"meantime-{lang}-{doc_id}-{k}"))
    return out


def handwritten() -> list[dict]:
    out = []
    for fn, split in (("handwritten.tsv", "train"), ("handwritten_heldout.tsv", "test")):
        p = HERE / fn
        if not p.exists():
            continue
        with open(p, encoding="utf-8") as f:
            for i, line in enumerate(f):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                lang, label, text = line.split("\t", 2)
                if label not in QUAD:
                    raise ValueError(f"{fn}:{i + 1}: unknown label {label}")
                group = f"hw|{fn}|{i}"
                # handwritten.tsv: 80/20 train/dev (dev only for model selection; the
                # final model is refit on train + dev); handwritten_heldout.tsv: test.
                sp = split if split == "test" else split_of(group, test=0.0, dev=0.2)
                out.append(rec(text, label, lang, "handwritten", sp, group, id=f"{fn}:{i + 1}"))
    return out


# ------------------------------------------------------------------ evaluation-only sources

CASE_MAP = {
    "ABDUCT_DISSAP": "ASSAULT", "AIR_STRIKE": "ASSAULT", "ARMED_CLASH": "ASSAULT",
    "ART_MISS_ATTACK": "ASSAULT", "ATTACK": "ASSAULT", "CHEM_WEAP": "ASSAULT",
    "GRENADE": "ASSAULT", "REM_EXPLOS": "ASSAULT", "SUIC_BOMB": "ASSAULT",
    "SEX_VIOL": "ASSAULT", "PROPERTY_DISTRUCT": "ASSAULT",
    "FORCE_AGAINST_PROTEST": "ASSAULT",      # PLOVER ASSAULT, mode crowd-control
    "ARREST": "COERCE",
    "PEACE_PROTEST": "PROTEST", "PROTEST_WITH_INTER": "PROTEST",
    "VIOL_DEMONSTR": "PROTEST", "MOB_VIOL": "PROTEST",   # riots: PLOVER PROTEST riot
    "NATURAL_DISASTER": "NONE", "MAN_MADE_DISASTER": "NONE",
    # unclear, dropped: AGREEMENT (AGREE or SUPPORT), DIPLO, DISR_WEAP, GOV_REGAINS_TERIT,
    # NON_STATE_ACTOR_OVERTAKES_TER, NON_VIOL_TERRIT_TRANSFER, HQ_ESTABLISHED,
    # CHANGE_TO_GROUP_ACT, ORG_CRIME, ATTRIB, OTHER
}


def case2021(data: Path, rng) -> list[dict]:
    out = []
    fn = data / "case2021-task2/task2/test_dataset/test_set_final_release_with_labels.tsv"
    with open(fn, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            lab = CASE_MAP.get(r["SubType"].strip())
            if lab:
                out.append(rec(r["EventSnippet"], lab, "en", "case2021", "eval",
                               "case|" + r["id"], orig=r["SubType"], id="case-" + r["id"]))
    return out


def india_police(data: Path, rng: random.Random, n_neg=1500) -> list[dict]:
    """Positives: KILL/FORCE -> ASSAULT, ARREST -> COERCE (sentences with both kinds are
    dropped; FAIL / ANY_ACTION alone are dropped). Negatives: a seeded sample of sentences
    without labels, as NONE (noisy: some carry other political events)."""
    pos, neg = [], []
    for line in open(data / "india-police-events/data/final/sents.jsonl", encoding="utf-8"):
        d = json.loads(line)
        t = d["sent_text"].strip()
        if len(t.split()) < 6:
            continue
        labs = set(d["sent_labels"])
        a = bool(labs & {"KILL", "FORCE"})
        c = "ARREST" in labs
        gid = f"india|{d['doc_id']}-{d['sent_id']}"
        if a and not c:
            pos.append(rec(t, "ASSAULT", "en", "india-police", "eval", gid, orig=sorted(labs)))
        elif c and not a:
            pos.append(rec(t, "COERCE", "en", "india-police", "eval", gid, orig=sorted(labs)))
        elif not labs:
            neg.append(rec(t, "NONE", "en", "india-police", "eval", gid, orig=[]))
    rng.shuffle(neg)
    return pos + neg[:n_neg]


def conflibert(data: Path, rng) -> list[dict]:
    out = []
    with open(data / "conflibert-cameo/data/cameo_class/train.tsv", encoding="utf-8") as f:
        for i, line in enumerate(f):
            p = line.rstrip("\n").rsplit("\t", 1)
            if len(p) == 2 and p[1].strip() in "01234":
                r = rec(p[0], None, "en", "conflibert", "eval", f"conflibert|{i}")
                r["quad"] = int(p[1])   # 0 = neutral (not a PLOVER quad), 1-4 quad class
                out.append(r)
    return out


def oeda_arabic(data: Path, rng) -> list[dict]:
    out = []
    for kind in ("assault", "protest"):
        with open(data / f"oeda-arabic-gsr/{kind}_gsr.csv", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if r["label"] == "ambiguous":
                    continue
                out.append(rec(r["text"], None, "ar", "oeda-arabic", "eval",
                               f"arabic|{kind}|{r['id']}", binary=kind.upper(),
                               positive=r["label"] == "yes", orig=r["label"]))
    return out


def glocon(data: Path, rng) -> list[dict]:
    out = []
    for line in open(data / "glocon-gold-sample/sample/sentence/Sabinet.json", encoding="utf-8"):
        d = json.loads(line)
        if d["label"] in (0, 1) and len(d["sentence"].split()) >= 4:
            out.append(rec(d["sentence"], None, "en", "glocon", "eval", "glocon|" + d["id"],
                           binary="PROTEST", positive=d["label"] == 1))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="/work/shared/data/events")
    ap.add_argument("--out", default=str(CACHE / "dataset.jsonl"))
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args()
    data = Path(a.data)
    rng = random.Random(a.seed)
    recs = []
    for fn in (ngec, ngec_headlines, plover_gsr, meantime):
        recs += fn(data, rng)
    recs += handwritten()
    for fn in (case2021, india_police, conflibert, oeda_arabic, glocon):
        recs += fn(data, rng)
    # A sentence may appear in more than one source: keep its first occurrence.
    seen, uniq = set(), []
    for r in recs:
        k = (r["text"], r["source"])
        if k not in seen and r["text"]:
            seen.add(k)
            uniq.append(r)
    for r in uniq:
        assert LICENCES[r["source"]][1] or r["split"] == "eval", r
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in uniq:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = Counter((r["source"], r["split"]) for r in uniq)
    print(f"{len(uniq)} records -> {a.out}")
    for (s, sp), n in sorted(c.items()):
        print(f"  {s:16s} {sp:6s} {n:6d}   {'train-ok' if LICENCES[s][1] else 'eval-only'}")
    lab = Counter(r["label"] for r in uniq if r["split"] == "train")
    print("train labels:", dict(sorted(lab.items(), key=lambda x: str(x[0]))))


if __name__ == "__main__":
    main()
