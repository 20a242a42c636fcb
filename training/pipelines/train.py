"""Train Heron's linguistic pipelines (one command per language).

    python training/pipelines/train.py nl                 # everything: corpus, syntax, ner, assemble, evaluate, ship
    python training/pipelines/train.py nl --stage corpus  # only convert data into training/corpus/nl/
    python training/pipelines/train.py nl --stage syntax --max-steps 8000
    python training/pipelines/train.py nl --stage ner
    python training/pipelines/train.py nl --stage assemble   # syntax + sourced ner -> training/output/nl/pipeline
    python training/pipelines/train.py nl --stage evaluate   # held-out scores + speed -> training/output/nl/eval.json
    python training/pipelines/train.py nl --stage ship       # copy into heron/nlp/pipelines/nl/ + MODEL_CARD.md

Data locations default to /work/shared/data (override with HERON_DATA). Corpora go to
training/corpus/<lang>/ and models to training/output/<lang>/ (both git-ignored).
Every training runs single-threaded under ``nice -n 19`` (other people share the machine).
See training/pipelines/README.md for the splits and why they were chosen.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

import convert  # noqa: E402

DATA = Path(os.environ.get("HERON_DATA", "/work/shared/data"))
UD = DATA / "ud"
UDX = DATA / "ud-extra"
NER = DATA / "ner"
CORPUS = ROOT / "training" / "corpus"
OUTPUT = ROOT / "training" / "output"
SHIP = ROOT / "heron" / "nlp" / "pipelines"

THREAD_ENV = {
    "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
    "BLIS_NUM_THREADS": "1", "VECLIB_MAXIMUM_THREADS": "1", "NUMEXPR_NUM_THREADS": "1",
}

# ---------------------------------------------------------------------------
# Per-language data specification. Each UD entry: (path, options). Options:
#   dep_map   relation renames (older annotation -> current)
#   keep      sentence-index filter (used to split one file between train and dev)
# ---------------------------------------------------------------------------
# 2017 annotation: flat:name -> flat, and UD v1-style cc/punct attachment converted (convert.fix_*_v2)
NL_OLD = {"dep_map": {"flat:name": "flat"}, "fix_v1": True}
GERMEVAL_TEST = NER / "davidsbatista-NER-datasets/GermEval2014/NER-de-test.tsv"
LASSY_DEV_CLEAN = UDX / "UD_Dutch-LassySmall" / "nl_lassysmall-ud-dev.NOT-IN-v2.0-train-or-dev.conllu"

LANGS: dict[str, dict] = {
    "nl": {
        "ud_train": [
            (UD / "UD_Dutch-LassySmall/v2.0-2017-02-01/nl_lassysmall-ud-train.conllu", NL_OLD),
            (UD / "UD_Dutch-LassySmall/v2.0-2017-02-01/nl_lassysmall-ud-dev.conllu", NL_OLD),
            (UDX / "UD_Dutch-Alpino/nl_alpino-ud-train.PARTIAL-2017-10-24_4b8df79.conllu", NL_OLD),
            (UD / "UD_Dutch-Alpino/nl_alpino-ud-dev.conllu", {}),
            (LASSY_DEV_CLEAN, {"keep": lambda i: i % 3 != 0}),
        ],
        "ud_dev": [(LASSY_DEV_CLEAN, {"keep": lambda i: i % 3 == 0})],
        "ud_test": {
            "alpino-test": UD / "UD_Dutch-Alpino/nl_alpino-ud-test.conllu",
            "lassysmall-test-clean": UDX / "UD_Dutch-LassySmall/nl_lassysmall-ud-test.NOT-IN-v2.0-train-or-dev.conllu",
        },
        "lemma_fn": convert.strip_compound_marks,
        "ner_train": NER / "conll2002-nl-es/ned.train",
        # silver PER/ORG/LOC (no MISC): 10,000 WikiANN nl train sentences of >= 6 tokens
        "ner_silver": (NER / "davidsbatista-NER-datasets/WikiANN/nl/train", 10000),
        "ner_test": {"conll2002-testa": NER / "conll2002-nl-es/ned.testa"},
        "speed_text": UD / "UD_Dutch-Alpino/nl_alpino-ud-test.conllu",
        "max_steps": {"syntax": 3500, "ner": 2500},     # the shipped model-best steps
    },
    "en": {
        "ud_train": [(UDX / "UD_English-EWT/en_ewt-ud-train.conllu", {})],
        "ud_dev": [(UD / "UD_English-EWT/en_ewt-ud-dev.conllu", {})],
        "ud_test": {"ewt-test": UD / "UD_English-EWT/en_ewt-ud-test.conllu"},
        "lemma_fn": None,
        "ner_train": NER / "conll2003-en/train.txt",
        "ner_test": {"conll2003-valid": NER / "conll2003-en/valid.txt"},
        "speed_text": UD / "UD_English-EWT/en_ewt-ud-test.conllu",
        "max_steps": {"syntax": 4500, "ner": 3000},
    },
    # German, French, Spanish: the GSD/AnCora train splits could not be had (data/README.md), so
    # the syntax models train on the dev splits plus the smaller treebanks with licences that
    # allow shipping (the non-commercial German-LIT and French-ParTUT are left out), and are
    # scored on the untouched GSD/AnCora test splits. Multiword tokens are merged into their
    # surface form (convert._read_conllu_surface) because spaCy's tokenizers keep "du", "del", "zum".
    "de": {
        "ud_train": [
            (UD / "UD_German-GSD/de_gsd-ud-dev.conllu", {"keep": lambda i: i % 5 != 0}),
            (UDX / "UD_German-PUD/de_pud-ud-test.conllu", {}),
        ],
        "ud_dev": [(UD / "UD_German-GSD/de_gsd-ud-dev.conllu", {"keep": lambda i: i % 5 == 0})],
        "ud_test": {"gsd-test": UD / "UD_German-GSD/de_gsd-ud-test.conllu"},
        "merge_mwt": True,
        "lemma_fn": None,
        # GermEval 2014 has no train split here: its dev and every other test pseudo-article train,
        # the other half of its test is the held-out test; German Europarl NER adds gold MISC.
        "ner_train": lambda: (list(convert.read_germeval(NER / "davidsbatista-NER-datasets/GermEval2014/NER-de-dev.tsv"))
                              + [a for i, a in enumerate(convert.read_germeval(GERMEVAL_TEST)) if i % 2 == 0]
                              + list(convert.read_tsv_ner(NER / "SuperGLEBer/EuroParl/train.tsv"))),
        "ner_test": {"germeval-test-odd": lambda: [a for i, a in enumerate(convert.read_germeval(GERMEVAL_TEST)) if i % 2 == 1]},
        "speed_text": UD / "UD_German-GSD/de_gsd-ud-test.conllu",
        "licence": "CC BY-SA 4.0 (syntax); NER: GermEval CC BY 4.0 + Europarl NER research-only, see MODEL_CARD.md",
        "max_steps": {"syntax": 3000, "ner": 2500},
    },
    "fr": {
        "ud_train": [
            (UD / "UD_French-GSD/fr_gsd-ud-dev.conllu", {"keep": lambda i: i % 5 != 0}),
            *[(UDX / f"UD_French-{tb}/fr_{tb.lower()}-ud-{part}.conllu", {})
              for tb in ("Sequoia", "Rhapsodie", "ParisStories", "ALTS") for part in ("train", "dev")],
            (UDX / "UD_French-PUD/fr_pud-ud-test.conllu", {}),
            (UDX / "UD_French-FQB/fr_fqb-ud-test.conllu", {}),
        ],
        "ud_dev": [(UD / "UD_French-GSD/fr_gsd-ud-dev.conllu", {"keep": lambda i: i % 5 == 0})],
        "ud_test": {"gsd-test": UD / "UD_French-GSD/fr_gsd-ud-test.conllu",
                    "sequoia-test": UDX / "UD_French-Sequoia/fr_sequoia-ud-test.conllu"},
        "merge_mwt": True,
        "lemma_fn": None,
        # no gold French NER here: WikiANN silver (PER/ORG/LOC, no MISC), scored on WikiANN test (silver)
        "ner_train": None,
        "ner_silver": (NER / "davidsbatista-NER-datasets/WikiANN/fr/train", 20000),
        "ner_dev_silver": (NER / "davidsbatista-NER-datasets/WikiANN/fr/dev", 2000),
        "ner_test": {"wikiann-test-silver": lambda: [[s] for s in convert.read_wikiann(
            NER / "davidsbatista-NER-datasets/WikiANN/fr/test")]},
        "speed_text": UD / "UD_French-GSD/fr_gsd-ud-test.conllu",
        "licence": "CC BY-SA 4.0 / LGPL-LR (syntax); NER: WikiANN silver (Wikipedia-derived), see MODEL_CARD.md",
        "max_steps": {"syntax": 2500, "ner": 2000},
    },
    "es": {
        "ud_train": [
            (UD / "UD_Spanish-AnCora/2021-10-29_642d3bc/es_ancora-ud-dev.conllu", {}),
            (UD / "UD_Spanish-GSD/es_gsd-ud-dev.conllu", {"keep": lambda i: i % 5 != 0}),
            (UDX / "UD_Spanish-PUD/es_pud-ud-test.conllu", {}),
            (UDX / "UD_Spanish-COSER/es_coser-ud-test.conllu", {}),
        ],
        "ud_dev": [(UD / "UD_Spanish-GSD/es_gsd-ud-dev.conllu", {"keep": lambda i: i % 5 == 0})],
        "ud_test": {"ancora-test": UD / "UD_Spanish-AnCora/2021-10-29_642d3bc/es_ancora-ud-test.conllu",
                    "gsd-test": UD / "UD_Spanish-GSD/es_gsd-ud-test.conllu"},
        "merge_mwt": True,
        "lemma_fn": None,
        "ner_train": NER / "conll2002-nl-es/esp.train",
        "ner_test": {"conll2002-testa": NER / "conll2002-nl-es/esp.testa"},
        "speed_text": UD / "UD_Spanish-AnCora/2021-10-29_642d3bc/es_ancora-ud-test.conllu",
        "licence": "CC BY 4.0 / CC BY-SA 4.0 (syntax); NER research-only data (CoNLL-2002), see MODEL_CARD.md",
        "max_steps": {"syntax": 2500, "ner": 2500},
    },
}


def stage_corpus(lang: str) -> None:
    import spacy

    spec = LANGS[lang]
    vocab = spacy.blank(lang).vocab
    out = CORPUS / lang
    lemma_fn = spec["lemma_fn"] or convert._identity
    report = {}

    merge_mwt = spec.get("merge_mwt", False)

    def ud_docs(entries):
        for path, opts in entries:
            yield from convert.conllu_to_docs(
                path, vocab, n_sents=10, lemma_fn=lemma_fn, merge_mwt=merge_mwt,
                dep_map=opts.get("dep_map"), keep=opts.get("keep"), fix_v1=opts.get("fix_v1", False))

    def ner_articles(source):
        # a CoNLL file (split at -DOCSTART-, or into 10-sentence pieces when it has none) or a callable
        arts = source() if callable(source) else list(convert.read_conll_ner(source))
        if len(arts) == 1:
            arts = [arts[0][k:k + 10] for k in range(0, len(arts[0]), 10)]
        return arts

    report["ud-train"] = convert.write_docbin(ud_docs(spec["ud_train"]), out / "ud-train.spacy")
    report["ud-dev"] = convert.write_docbin(ud_docs(spec["ud_dev"]), out / "ud-dev.spacy")
    for name, path in spec["ud_test"].items():
        # test docs: one sentence per doc is not needed; 10 sentences keeps context like training
        report[f"ud-test-{name}"] = convert.write_docbin(
            convert.conllu_to_docs(path, vocab, n_sents=10, lemma_fn=lemma_fn, merge_mwt=merge_mwt),
            out / f"ud-test-{name}.spacy")

    if spec["ner_train"] is not None:
        arts = ner_articles(spec["ner_train"])
        train_arts = [a for i, a in enumerate(arts) if i % 10 != 9]     # every 10th article -> dev
        dev_arts = [a for i, a in enumerate(arts) if i % 10 == 9]
        report["ner-train"] = convert.write_docbin(convert.ner_docs(train_arts, vocab), out / "ner-train.spacy")
        report["ner-dev"] = convert.write_docbin(convert.ner_docs(dev_arts, vocab), out / "ner-dev.spacy")
    else:
        # silver only: train and dev from the silver corpus
        silver_path, limit = spec["ner_silver"]
        report["ner-train"] = convert.write_docbin(
            convert.silver_ner_docs(convert.read_wikiann(silver_path), vocab, limit=limit), out / "ner-train.spacy")
        dev_path, dev_limit = spec["ner_dev_silver"]
        report["ner-dev"] = convert.write_docbin(
            convert.silver_ner_docs(convert.read_wikiann(dev_path), vocab, limit=dev_limit), out / "ner-dev.spacy")
    if spec.get("ner_silver") and spec["ner_train"] is not None:
        import shutil
        plus = out / "ner-train-plus"
        plus.mkdir(exist_ok=True)
        shutil.copy(out / "ner-train.spacy", plus / "conll.spacy")
        silver_path, limit = spec["ner_silver"]
        report["ner-train-plus/silver"] = convert.write_docbin(
            convert.silver_ner_docs(convert.read_wikiann(silver_path), vocab, limit=limit),
            plus / "wikiann-silver.spacy")
    for name, path in spec["ner_test"].items():
        report[f"ner-test-{name}"] = convert.write_docbin(
            convert.ner_docs(ner_articles(path), vocab), out / f"ner-test-{name}.spacy")
    (out / "corpus.json").write_text(json.dumps(
        {k: {"docs": v[0], "words": v[1]} for k, v in report.items()}, indent=1))
    for k, (d, w) in report.items():
        print(f"{k:40s} docs={d:6d} words={w:8d}")


def stage_train(lang: str, what: str, max_steps: int | None, extra: list[str], silver: bool = False) -> None:
    cfg = HERE / "configs" / f"{what}.cfg"
    out = OUTPUT / lang / (what + ("-silver" if silver else ""))
    prefix = "ud" if what == "syntax" else "ner"
    train = CORPUS / lang / (f"{prefix}-train-plus" if silver else f"{prefix}-train.spacy")
    cmd = ["nice", "-n", "19", sys.executable, "-m", "spacy", "train", str(cfg),
           "--output", str(out), "--nlp.lang", lang,
           "--paths.train", str(train),
           "--paths.dev", str(CORPUS / lang / f"{prefix}-dev.spacy")]
    if max_steps:
        cmd += ["--training.max_steps", str(max_steps)]
    cmd += extra
    env = dict(os.environ, **THREAD_ENV)
    out.mkdir(parents=True, exist_ok=True)
    print(" ".join(cmd), flush=True)
    t0 = time.time()
    subprocess.run(cmd, env=env, check=True)
    (out / "train_time.json").write_text(json.dumps({"seconds": round(time.time() - t0), "cmd": cmd}))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("lang", choices=sorted(LANGS))
    ap.add_argument("--stage", default="all",
                    choices=["all", "corpus", "syntax", "ner", "assemble", "evaluate", "ship"])
    ap.add_argument("--max-steps", type=int, default=None,
                    help="override training.max_steps (default: the per-language steps in LANGS)")
    ap.add_argument("--silver", action="store_true",
                    help="ner: add the silver corpus (ner-train-plus/), output to training/output/<lang>/ner-silver")
    ap.add_argument("extra", nargs="*", help="extra spacy train overrides, e.g. --training.patience=2000")
    a, unknown = ap.parse_known_args(argv)
    a.extra = list(a.extra) + unknown
    for k, v in THREAD_ENV.items():
        os.environ.setdefault(k, v)
    stages = ["corpus", "syntax", "ner", "assemble", "evaluate", "ship"] if a.stage == "all" else [a.stage]
    for st in stages:
        print(f"== {a.lang}: {st}", flush=True)
        if st == "corpus":
            stage_corpus(a.lang)
        elif st in ("syntax", "ner"):
            steps = a.max_steps or LANGS[a.lang].get("max_steps", {}).get(st)
            stage_train(a.lang, st, steps, a.extra, a.silver)
        else:
            import pipeline_tools
            getattr(pipeline_tools, f"stage_{st}")(a.lang, LANGS[a.lang])


if __name__ == "__main__":
    main()
