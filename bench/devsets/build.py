"""Convert English event gold from /work/shared/data into Heron gold folders.

    python bench/devsets/build.py                        # all sets into bench/devsets/build/
    python bench/devsets/build.py --sets plover-gsr --limit 60 --out /tmp/dev

The source data must not be copied into the repository: only this conversion code lives
here; its output goes to the git-ignored `bench/devsets/build/`. Each set becomes

    build/<set>/articles/NAME.txt   `date YYYY-MM-DD` line + the source sentence
    build/<set>/gold/NAME.json      one gold event (scored by heron.evaluation.score)
    build/<set>/skipped.tsv         every source record left out, with the reason
    build/<set>/stats.json          counts kept / skipped by reason

Sets (one article per source sentence; only sentences that give exactly one clear event):

- plover-gsr: PLOVER_GSR_CAMEO.txt (322 hand-coded sentences from the CAMEO manual, old PLOVER
  names: DEMAND=REQUEST, DISAPPROVE/INVESTIGATE=ACCUSE, FIGHT=ASSAULT).
- petrarch2-gsr: UniversalPetrarch PETR2_GSR_validation.xml (English; codings are PETRARCH-2
  output checked by its developers, so silver rather than gold); CAMEO codes mapped
  to PLOVER with CAMEO2PLOVER-2021.txt (most specific code) plus the root's category from
  quadclass_mappings.tsv (both accepted when they differ, e.g. 163 embargo: COERCE or SANCTION).
  Roots 01/02 (statements, appeals) have no PLOVER type: those sentences are skipped.
  PETR.UnitTest.records.xml is not converted: 312 of its 386 codings involve the fictional states
  of the test world (Arnor, Gondor, Eriador = ERI ...) and the rest were coded with the test-only
  verb dictionary PETR.Validate.verbs.txt ("restore full diplomatic ties" = 064 share
  intelligence, "is acting strangely with Libya" = 100 demand), so their codes are not CAMEO.
- conflibert-cameo: sentence-level quad class (1-4; 0 = statement/appeal is skipped) with
  source/target/reciprocal spans where the NER file has the sentence; event_type lists all
  PLOVER types of the quad; span countries are resolved with heron.actors.find.

Actor codes (CAMEO style, e.g. USAGOV, IGOUNO, ---REB) give the country: the first three
letters when they are an ISO 3166 alpha-3 code (plus the few old CAMEO codes in ALIASES);
IGO...UNO -> UNO, IGO...EEC/EEU/EUR -> EUR, other IGO -> IGO, NGO/IMG/ISM/MNC as such
(CODING.md section 3). A code without a country (GOV, REB, ---CVL) leaves that side empty
(empty gold actors = any actor). A code that is neither skips the sentence. Gold dates are null (not scored); articles carry the
source's date or a fixed one (PLOVER GSR: 2000-01-01 as its records say; ConfliBERT: 2018-01-01).

An empty gold recipient list means "no recipient (or the actors themselves)" to the scorer; where
the source names a target whose country is unknown, the event also gets
`"recipient_unresolved": true`, which bench/devsets/run.py uses for its lenient score.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import conll  # noqa: E402  (bench/conll.py)

DATA = Path("/work/shared/data")
OUT = Path(__file__).resolve().parent / "build"
SETS = ("plover-gsr", "petrarch2-gsr", "conflibert-cameo")

OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT")
# ConfliBERT labels are Phoenix quad classes (CAMEO 01/02 = 0, 03-05 = 1, 06-08 = 2, 09-13 + 16 = 3,
# 14/15/17-20 = 4). CAMEO 08 (yield) is quad 2 there but 081-083 are PLOVER CONCEDE: accepted too.
QUAD_TYPES = {
    1: ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"],
    2: ["COOPERATE", "AID", "RETREAT", "CONCEDE"],
    3: ["REQUEST", "ACCUSE", "REJECT", "SANCTION", "THREATEN"],
    4: ["PROTEST", "MOBILIZE", "COERCE", "ASSAULT"],
}
# old CAMEO/TABARI country codes that are not ISO 3166 alpha-3
ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "NZE": "NZL", "KUW": "KWT", "ROM": "ROU",
           "ZAR": "COD", "TMP": "TLS", "BUR": "MMR", "GER": "DEU"}
NON_STATE = {"NGO", "IMG", "ISM", "MNC", "UNO", "KOS"}
# CAMEO sector/agent codes that may stand alone (no country)
GENERIC = {"GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "PTY", "CVL", "CIV", "BUS", "MED", "EDU",
           "REL", "UAF", "SPY", "REF", "ELI", "LAB", "AGR", "CRM", "HLH", "HRI", "ENV", "MOD", "RAD",
           "INS", "SEP", "UNK", "PRE", "JRN", "PPL", "DEV", "MUS", "CHR", "JEW", "BUD", "HIN", "SET",
           "AFR", "ASA", "EUR", "MEA", "WST", "LAM", "NAF", "SAF", "WAF", "EAF", "CAF_REGION"}


# --------------------------------------------------------------------------- codes

def _iso3() -> set[str]:
    import pycountry
    return {c.alpha_3 for c in pycountry.countries}


ISO3 = _iso3()


def actor_country(code: str) -> tuple[str, str | None]:
    """('country', CCC) | ('none', None) for a code without a country | ('unknown', None)."""
    code = (code or "").strip().upper()
    if not code or code.startswith(("---", "###")):
        return "none", None
    p, rest = code[:3], code[3:]
    if p == "IGO":
        if "UNO" in rest:
            return "country", "UNO"
        if any(x in rest for x in ("EEC", "EEU", "EUR")):
            return "country", "EUR"
        return "country", "IGO"
    if p in NON_STATE:
        return "country", p
    p = ALIASES.get(p, p)
    if p in ISO3:
        return "country", p
    if p in GENERIC:
        return "none", None
    return "unknown", None


def load_crosswalk(data: Path) -> dict[str, str]:
    """CAMEO code (3 or 4 digits) -> PLOVER type, from CAMEO2PLOVER-2021.txt."""
    out = {}
    for line in (data / "events/plover/CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*(\d{3,4}):\s*([A-Z]+)", line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def load_roots(data: Path) -> dict[str, str | None]:
    """CAMEO root (2 digits) -> PLOVER category (None = dropped); root 08 -> 'CONCEDE/RETREAT'."""
    out = {}
    lines = (data / "events/cameo/quadclass_mappings.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        root, _name, _gdelt, _phoenix, plover = line.split("\t")[:5]
        if plover.startswith("dropped"):
            out[root] = None
        elif root == "08":
            out[root] = "CONCEDE/RETREAT"
        else:
            out[root] = plover.split()[0]
    return out


class Cameo:
    def __init__(self, data: Path):
        self.crosswalk = load_crosswalk(data)
        self.roots = load_roots(data)

    def plover(self, code: str) -> tuple[list[str] | None, str]:
        """Accepted PLOVER types for a CAMEO code, or (None, reason)."""
        code = (code or "").strip()
        if not re.fullmatch(r"\d{3,4}", code) or code[:2] not in self.roots:
            return None, "not a CAMEO event code (e.g. 9xx negation codes)"
        root = self.roots[code[:2]]
        if root is None:
            return None, f"CAMEO root {code[:2]} (statement/appeal): no PLOVER type"
        if root == "CONCEDE/RETREAT":
            root = "CONCEDE" if code[:3] <= "083" else "RETREAT"
        specific = self.crosswalk.get(code) or self.crosswalk.get(code[:3]) or root
        return list(dict.fromkeys([specific, root])), ""


# --------------------------------------------------------------------------- writing

class Writer:
    def __init__(self, out: Path, name: str, date: str):
        self.dir = out / name
        if self.dir.exists():
            shutil.rmtree(self.dir)
        (self.dir / "articles").mkdir(parents=True)
        (self.dir / "gold").mkdir()
        self.name, self.default_date = name, date
        self.kept, self.kept_records = 0, 0
        self.skipped: list[tuple[str, str, str]] = []

    def skip(self, source_id: str, reason: str, text: str = "", records: int = 1):
        self.skipped.append((source_id, reason, " ".join(text.split())[:200], records))

    def write(self, doc_id: str, text: str, events: list[dict], date: str | None = None,
              source_id: str = "", records: int = 1):
        doc_id = base = re.sub(r"[^A-Za-z0-9_.-]+", "_", doc_id)
        n = 1
        while (self.dir / "gold" / f"{doc_id}.json").exists():   # the GSR repeats an id
            n += 1
            doc_id = f"{base}-{n}"
        text = " ".join(text.split())
        (self.dir / "articles" / f"{doc_id}.txt").write_text(
            f"date {date or self.default_date}\n{text}\n", encoding="utf-8")
        for i, e in enumerate(events, 1):
            e.setdefault("id", f"{doc_id}-e{i}")
            e.setdefault("required", True)
            e.setdefault("date", None)
            e.setdefault("evidence", text)
        gold = {"doc_id": doc_id, "language": "en", "publication_date": date or self.default_date,
                "source": self.name, "source_id": source_id, "events": events, "not_events": []}
        (self.dir / "gold" / f"{doc_id}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                                           encoding="utf-8")
        self.kept += 1
        self.kept_records += records

    def close(self) -> dict:
        reasons = Counter()
        for _, reason, _, n in self.skipped:
            reasons[reason] += n
        with open(self.dir / "skipped.tsv", "w", encoding="utf-8") as f:
            f.write("source_id\treason\trecords\ttext\n")
            for sid, reason, text, n in self.skipped:
                f.write(f"{sid}\t{reason}\t{n}\t{text}\n")
        stats = {"set": self.name, "articles": self.kept, "records_kept": self.kept_records,
                 "records_skipped": sum(reasons.values()), "skipped_by_reason": dict(reasons.most_common())}
        (self.dir / "stats.json").write_text(json.dumps(stats, indent=1), encoding="utf-8")
        return stats


def _iso_date(d: str | None) -> str | None:
    d = (d or "").strip()
    if re.fullmatch(r"\d{8}", d) and 1900 < int(d[:4]) < 2100:
        return f"{d[:4]}-{d[4:6]}-{d[6:]}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
        return d
    return None


def _merge(codings: list[tuple[list[str], set[str] | None, set[str] | None, bool]]) -> list[dict]:
    """Codings (types, source countries, target countries, target unresolved) of one sentence ->
    gold events, one per distinct type list. Compound codings with one type merge into one event;
    a reciprocal set (every A->B also B->A) becomes one event with all parties as actors."""
    groups: dict[tuple, list] = defaultdict(list)
    for c in codings:
        groups[tuple(c[0])].append(c)
    events = []
    for types, cs in groups.items():
        pairs = {(s, t) for _, S, T, _ in cs for s in (S or {None}) for t in (T or {None})}
        actors = set().union(*[S or set() for _, S, _, _ in cs])
        targets = set().union(*[T or set() for _, _, T, _ in cs])
        unresolved = any(u for *_, u in cs)
        reciprocal = len(cs) > 1 and all((t, s) in pairs for s, t in pairs if s and t) \
            and all(s and t for s, t in pairs)
        if reciprocal:
            actors, targets = actors | targets, set()
        events.append({"event_type": list(types), "actor": sorted(actors), "recipient": sorted(targets),
                       **({"recipient_unresolved": True} if unresolved and not targets else {})})
    return events


# --------------------------------------------------------------------------- PLOVER GSR

def _resolve_text(text: str, date: str) -> set[str]:
    from heron.actors import find
    return {m.country for m in find(text, "en", date) if m.country}


def _gsr_side(side, date: str) -> tuple[set[str] | None, bool, str]:
    """(countries, unresolved, error) of a GSR source/target field."""
    if not isinstance(side, list) or not side:
        return set(), False, ""
    out, unresolved = set(), False
    for x in side:
        kind, c = actor_country(x.get("code", ""))
        if kind == "unknown":
            return None, False, f"unknown actor code {x.get('code')!r}"
        if kind == "none":
            unresolved = True
            continue
        out.add(c)
        if c == "IGO":   # CODING.md: the UN is UNO, the EU is EUR, Amnesty is NGO; GSR says IGO
            out |= _resolve_text(x.get("actorText", ""), date) & {"UNO", "EUR", "NGO"}
    return out, unresolved and not out, ""


def build_plover_gsr(data: Path, out: Path, limit: int | None = None) -> dict:
    w = Writer(out, "plover-gsr", "2000-01-01")
    records = json.loads((data / "events/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt")
                         .read_text(encoding="utf-8"))
    records = [r for r in records if r.get("event") != "DOCUMENT"]
    if limit:
        records = records[:limit]
    by_text: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        by_text[" ".join(r["text"].split())].append(r)
    for text, rs in by_text.items():
        sid = ",".join(r["id"] for r in rs)
        if len(rs) > 1:   # each GSR record is one event: two records = two events
            w.skip(sid, "more than one event in the sentence", text, len(rs))
            continue
        codings, error = [], ""
        for r in rs:
            t = OLD_PLOVER.get(r["event"], r["event"])
            if t not in PLOVER_TYPES:
                error = f"event {r['event']!r} is not a PLOVER type"
                break
            date = r.get("date") or "2000-01-01"
            S, _, err1 = _gsr_side(r.get("source"), date)
            T, unres, err2 = _gsr_side(r.get("target"), date)
            if err1 or err2:
                error = err1 or err2
                break
            codings.append(([t], S, T, unres))
        if error:
            w.skip(sid, error, text, len(rs))
            continue
        events = _merge(codings)
        events[0]["plover_gsr_event"] = rs[0]["event"]
        w.write(rs[0]["id"], text, events, rs[0].get("date") or "2000-01-01", sid, len(rs))
    return w.close()


# --------------------------------------------------------------------------- PETRARCH validation

def _petr_sentences(path: Path):
    """(attrs, codings, text) of each <Sentence>; tolerant of the files' XML errors."""
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    for part in re.split(r"(?=<Sentence\s)", raw)[1:]:
        head = re.match(r"<Sentence([^>]*)>", part)
        attrs = dict(re.findall(r'(\w+)\s*=\s*"([^"]*)"', head.group(1))) if head else {}
        body = part.split("</Sentence>")[0]
        codings = []
        for c in re.findall(r"<EventCoding([^>]*)>", body):
            d = {}
            for k, v1, v2 in re.findall(r"(\w+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", c):
                d[k] = v1 or v2
            codings.append(d)
        text = re.search(r"<Text>(.*?)</Text>", body, re.S)
        yield attrs, codings, " ".join(text.group(1).split()) if text else ""


def build_petrarch(data: Path, out: Path, name: str, filename: str, limit: int | None = None) -> dict:
    cameo = Cameo(data)
    w = Writer(out, name, "2000-01-01")
    path = data / "events/upetrarch-validation/UniversalPetrarch/data/text" / filename
    seen: set[str] = set()
    for i, (attrs, codings, text) in enumerate(_petr_sentences(path)):
        if limit and i >= limit:
            break
        sid = attrs.get("id", f"s{i}")
        n = max(1, len(codings))
        if not text:
            w.skip(sid, "no text", text, n)
            continue
        if not codings or any("noevents" in c for c in codings):
            w.skip(sid, "PETRARCH 'noevents' (no coding to score)", text, n)
            continue
        if any("error" in c for c in codings):
            w.skip(sid, "PETRARCH error test", text, n)
            continue
        out_codings, error = [], ""
        for c in codings:
            types, why = cameo.plover(c.get("eventcode", ""))
            if types is None:
                error = why
                break
            sides = []
            for key in ("sourcecode", "targetcode"):
                kind, country = actor_country(c.get(key, ""))
                if kind == "unknown":
                    error = f"unknown/fictional actor code {c.get(key)!r}"
                    break
                sides.append((kind, country))
            if error:
                break
            (_, sc), (tk, tc) = sides
            out_codings.append((types, {sc} if sc else set(), {tc} if tc else set(),
                                tk == "none" and bool(c.get("targetcode", "").strip())))
        if error:
            w.skip(sid, error, text, n)
            continue
        events = _merge(out_codings)
        if len(events) != 1:
            w.skip(sid, "more than one event in the sentence", text, n)
            continue
        if text in seen:
            w.skip(sid, "duplicate sentence", text, n)
            continue
        seen.add(text)
        events[0]["cameo"] = sorted({c["eventcode"] for c in codings})
        w.write(f"{sid}", text, events, _iso_date(attrs.get("date")), sid, n)
    return w.close()


# --------------------------------------------------------------------------- ConfliBERT CAMEO

def _norm(s: str) -> str:
    return re.sub(r"[^0-9a-z]", "", s.lower())


def _spans(tokens: list[tuple[str, str]]) -> dict[str, list[str]]:
    """role letter (S, T, R) -> span texts."""
    out: dict[str, list[str]] = defaultdict(list)
    cur_role, cur = None, []
    for tok, tag in tokens + [("", "O")]:
        if tag.startswith("I-") and cur_role == tag[2:]:
            cur.append(tok)
            continue
        if cur_role:
            out[cur_role].append(" ".join(cur))
        cur_role, cur = (tag[2:], [tok]) if tag[:2] in ("B-", "I-") else (None, [])
    return out


def build_conflibert(data: Path, out: Path, limit: int | None = None, date: str = "2018-01-01") -> dict:
    w = Writer(out, "conflibert-cameo", date)
    base = data / "events/conflibert-cameo/data"
    rows = []
    for line in (base / "cameo_class/train.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip():
            s, label = line.rsplit("\t", 1)
            rows.append((s.strip(), label.strip()))
    ner = {}
    for toks in conll.sentences(base / "cameo_ner/train.txt"):
        ner.setdefault(_norm("".join(t for t, _ in toks)), toks)
    seen = set()
    for i, (text, label) in enumerate(rows):
        if limit and i >= limit:
            break
        sid = f"train.tsv:{i + 1}"
        if label not in "1234" or len(label) != 1:
            w.skip(sid, "quad 0 (statement/appeal: no PLOVER type)" if label == "0" else f"label {label!r}",
                   text)
            continue
        key = _norm(text)
        if key in seen:
            w.skip(sid, "duplicate sentence", text)
            continue
        seen.add(key)
        event = {"event_type": list(QUAD_TYPES[int(label)]), "quad": int(label), "actor": [], "recipient": []}
        toks = ner.get(key)
        if toks is None:
            event["recipient_unresolved"] = True
            event["spans"] = None
        else:
            spans = _spans(toks)
            event["spans"] = dict(spans)
            res = {role: [(s, _resolve_text(s, date)) for s in ss] for role, ss in spans.items()}
            actors = set().union(*[c for _, c in res.get("S", [])], *[c for _, c in res.get("R", [])])
            recips = set().union(*[c for _, c in res.get("T", [])])
            if res.get("R") and not res.get("T"):
                # reciprocal participants: all are actors, no separate recipient
                if any(not c for _, c in res["R"]):
                    event["recipient_unresolved"] = True
            elif res.get("T") and not recips:
                event["recipient_unresolved"] = True
            event["actor"], event["recipient"] = sorted(actors), sorted(recips)
        w.write(f"cb{i + 1:04d}", text, [event], date, sid)
    return w.close()


# --------------------------------------------------------------------------- main

def build(data: Path = DATA, out: Path = OUT, sets=SETS, limit: int | None = None) -> list[dict]:
    stats = []
    for s in sets:
        if s == "plover-gsr":
            stats.append(build_plover_gsr(data, out, limit))
        elif s == "petrarch2-gsr":
            stats.append(build_petrarch(data, out, s, "PETR2_GSR_validation.xml", limit))
        elif s == "conflibert-cameo":
            stats.append(build_conflibert(data, out, limit))
        else:
            raise SystemExit(f"unknown set {s!r}; sets: {', '.join(SETS)}")
    return stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help="the shared data folder (default %(default)s)")
    ap.add_argument("--out", type=Path, default=OUT, help="output folder (default %(default)s)")
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated: " + ", ".join(SETS))
    ap.add_argument("--limit", type=int, default=None, help="only the first N source records of each set")
    a = ap.parse_args(argv)
    if not (a.data / "events").is_dir():
        print(f"{a.data}/events not found", file=sys.stderr)
        return 1
    for st in build(a.data, a.out, [s.strip() for s in a.sets.split(",") if s.strip()], a.limit):
        print(f"{st['set']}: {st['articles']} articles ({st['records_kept']} source records kept, "
              f"{st['records_skipped']} skipped)")
        for reason, n in st["skipped_by_reason"].items():
            print(f"    skipped {n:4d}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
