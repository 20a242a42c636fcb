"""Assemble, evaluate and ship trained pipelines (stages of train.py).

assemble: training/output/<lang>/syntax/model-best  +  ner sourced from .../ner/model-best
          -> training/output/<lang>/pipeline  (standard spaCy directory)
evaluate: held-out UD test sets (gold tokenisation, every token incl. punctuation, CoNLL-2018 style
          UPOS / lemma / UAS / LAS, plus LAS on universal relations) and the NER test set
          (exact-span P/R/F per label), plus speed with nlp.pipe -> training/output/<lang>/eval.json
ship:     heron/nlp/pipelines/<lang>/{config.cfg, meta.json, pipeline.bin, MODEL_CARD.md}
          (pipeline.bin = nlp.to_bytes(); a single file so that setuptools package-data globs
          pick it up; loaded by heron.nlp.models.load)
"""
from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from train import CORPUS, OUTPUT, SHIP

VERSION = "0.1.0"


def stage_assemble(lang: str, spec: dict) -> Path:
    syn = spacy.load(OUTPUT / lang / os.environ.get("HERON_SYNTAX_MODEL", "syntax/model-best"))
    ner = spacy.load(OUTPUT / lang / os.environ.get("HERON_NER_MODEL", "ner/model-best"))
    # the ner component carries its own inline tok2vec (configs/ner.cfg), so sourcing is safe
    syn.add_pipe("ner", source=ner)
    syn.meta.update({
        "name": "heron_core", "version": VERSION, "lang": lang,
        "description": f"Heron {lang} pipeline: tok2vec+morphologizer+trainable_lemmatizer+parser "
                       f"(UD) and ner (own tok2vec). See MODEL_CARD.md.",
        "author": "Heron project",
        "license": spec.get("licence", "CC BY-SA 4.0 (syntax); NER research-only data, see MODEL_CARD.md"),
        "vectors": {"width": 0, "vectors": 0, "keys": 0, "name": None},
    })
    out = OUTPUT / lang / "pipeline"
    if out.exists():
        shutil.rmtree(out)
    syn.to_disk(out)
    print("assembled", out, syn.pipe_names)
    return out


def _load_docs(path: Path, vocab) -> list[Doc]:
    return list(DocBin().from_disk(path).get_docs(vocab))


def _bare(nlp, ref: Doc) -> Doc:
    return Doc(nlp.vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref])


def score_ud(nlp, refs: list[Doc]) -> dict:
    preds = list(nlp.pipe((_bare(nlp, r) for r in refs), batch_size=64))
    n = upos = lemma = uas = las = ulas = feats = 0
    for p, g in zip(preds, refs):
        for tp, tg in zip(p, g):
            n += 1
            upos += tp.pos_ == tg.pos_
            feats += str(tp.morph) == str(tg.morph)
            lemma += tp.lemma_ == tg.lemma_
            head_ok = tp.head.i == tg.head.i
            uas += head_ok
            # spaCy calls the root relation "ROOT", UD "root"
            dp, dg = tp.dep_.lower() if tp.dep_ == "ROOT" else tp.dep_, tg.dep_.lower() if tg.dep_ == "ROOT" else tg.dep_
            las += head_ok and dp == dg
            ulas += head_ok and dp.split(":")[0] == dg.split(":")[0]
    # spaCy's own scorer (punctuation excluded from UAS/LAS; raw text through the tokenizer)
    raw = nlp.evaluate([Example(nlp.make_doc(r.text), r) for r in refs])
    return {
        "words": n, "upos": upos / n, "ufeats": feats / n, "lemma": lemma / n,
        "uas": uas / n, "las": las / n, "las_universal": ulas / n,
        "spacy_raw_text": {k: raw[k] for k in ("token_acc", "pos_acc", "morph_acc", "lemma_acc",
                                                "dep_uas", "dep_las", "sents_f")},
    }


def score_ner(nlp, refs: list[Doc]) -> dict:
    exs = [Example(_bare(nlp, r), r) for r in refs]
    sc = nlp.evaluate(exs)
    return {"p": sc["ents_p"], "r": sc["ents_r"], "f": sc["ents_f"],
            "per_type": sc["ents_per_type"], "words": sum(len(r) for r in refs)}


def measure_speed(nlp, texts: list[str], repeats: int = 2) -> dict:
    list(nlp.pipe(texts[:50]))  # warm-up
    best = best_cpu = None
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        n = sum(len(d) for d in nlp.pipe(texts, batch_size=256))
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        wps, cps = n / dt, n / dc
        best = wps if best is None else max(best, wps)
        best_cpu = cps if best_cpu is None else max(best_cpu, cps)
    # words_per_second: wall clock; words_per_cpu_second: per second of CPU time of this
    # (single-threaded) process, i.e. per core, independent of other load on the machine
    return {"words": n, "words_per_second": round(best), "words_per_cpu_second": round(best_cpu),
            "threads": 1, "n_process": 1, "batch_size": 256, "load_avg": os.getloadavg()[0]}


def _speed_texts(nlp, spec: dict) -> list[str]:
    # held-out text: the first UD test set, as paragraphs of 10 sentences (detokenised via SpaceAfter)
    import convert
    docs = convert.conllu_to_docs(spec["speed_text"], nlp.vocab, n_sents=10)
    return [d.text for d in docs]


def stage_evaluate(lang: str, spec: dict, path: Path | None = None) -> dict:
    try:
        from threadpoolctl import threadpool_limits
        threadpool_limits(1)
    except ImportError:
        pass
    path = path or OUTPUT / lang / "pipeline"
    nlp = spacy.load(path)
    res: dict = {"pipeline": str(path), "ud": {}, "ner": {}}
    for name in spec["ud_test"]:
        refs = _load_docs(CORPUS / lang / f"ud-test-{name}.spacy", nlp.vocab)
        res["ud"][name] = score_ud(nlp, refs)
        print(name, json.dumps(res["ud"][name]))
    for name in spec["ner_test"]:
        refs = _load_docs(CORPUS / lang / f"ner-test-{name}.spacy", nlp.vocab)
        res["ner"][name] = score_ner(nlp, refs)
        print(name, json.dumps({k: v for k, v in res["ner"][name].items()}))
    texts = _speed_texts(nlp, spec)
    res["speed"] = {"full": measure_speed(nlp, texts)}
    with nlp.select_pipes(disable=["ner"]):
        res["speed"]["without_ner"] = measure_speed(nlp, texts)
    res["corpus"] = json.loads((CORPUS / lang / "corpus.json").read_text())
    for part in ("syntax", "ner"):
        f = OUTPUT / lang / part / "train_time.json"
        if f.exists():
            res.setdefault("train_seconds", {})[part] = json.loads(f.read_text())["seconds"]
    print("speed", res["speed"])
    (OUTPUT / lang / "eval.json").write_text(json.dumps(res, indent=1))
    return res


def stage_ship(lang: str, spec: dict) -> Path:
    src = OUTPUT / lang / "pipeline"
    res = json.loads((OUTPUT / lang / "eval.json").read_text())
    nlp = spacy.load(src)
    acc = summary_accuracy(res)
    nlp.meta["heron_accuracy"] = acc
    nlp.meta["heron_speed_wps"] = res["speed"]["full"]["words_per_cpu_second"]
    dest = SHIP / lang
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    (dest / "pipeline.bin").write_bytes(nlp.to_bytes(exclude=["vocab.vectors"]))
    cfg = nlp.config.copy()
    for key in list(cfg["paths"]):
        cfg["paths"][key] = None          # no absolute training paths in the shipped config
    for key in list(cfg.get("corpora", {})):
        if "path" in cfg["corpora"][key]:
            cfg["corpora"][key]["path"] = None
    cfg.to_disk(dest / "config.cfg")
    (dest / "meta.json").write_text(json.dumps(nlp.meta, indent=1, ensure_ascii=False))
    card_src = Path(__file__).parent / "cards" / f"{lang}.md"
    if card_src.exists():
        (dest / "MODEL_CARD.md").write_text(render_card(card_src.read_text(), res, nlp))
    size = sum(f.stat().st_size for f in dest.iterdir())
    print(f"shipped {dest} ({size / 1e6:.1f} MB)")
    return dest


def summary_accuracy(res: dict) -> dict:
    out = {}
    for name, r in res["ud"].items():
        out[name] = {k: round(r[k], 4) for k in ("upos", "ufeats", "lemma", "uas", "las", "las_universal")}
    for name, r in res["ner"].items():
        out[name] = {"ents_p": round(r["p"], 4), "ents_r": round(r["r"], 4), "ents_f": round(r["f"], 4),
                     "per_type": {k: {m: round(v[m], 4) for m in ("p", "r", "f")}
                                  for k, v in sorted(r["per_type"].items())}}
    return out


def render_card(template: str, res: dict, nlp) -> str:
    lines = ["| test set | words | UPOS | UFeats | lemma | UAS | LAS | LAS (universal rel.) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, r in res["ud"].items():
        lines.append(f"| {name} | {r['words']:,} | {r['upos']:.3f} | {r['ufeats']:.3f} | {r['lemma']:.3f} | "
                     f"{r['uas']:.3f} | {r['las']:.3f} | {r['las_universal']:.3f} |")
    lines += ["", "Raw text through the spaCy tokenizer (spaCy scorer; UAS/LAS exclude punctuation):", "",
              "| test set | token acc | UPOS | lemma | UAS | LAS | sentence F |", "|---|---:|---:|---:|---:|---:|---:|"]
    for name, r in res["ud"].items():
        s = r["spacy_raw_text"]
        lines.append(f"| {name} | {s['token_acc']:.3f} | {s['pos_acc']:.3f} | {s['lemma_acc']:.3f} | "
                     f"{s['dep_uas']:.3f} | {s['dep_las']:.3f} | {s['sents_f']:.3f} |")
    ud_table = "\n".join(lines)
    lines = ["| test set | label | P | R | F |", "|---|---|---:|---:|---:|"]
    for name, r in res["ner"].items():
        for lab, v in sorted(r["per_type"].items()):
            lines.append(f"| {name} | {lab} | {v['p']:.3f} | {v['r']:.3f} | {v['f']:.3f} |")
        lines.append(f"| {name} | **all** | **{r['p']:.3f}** | **{r['r']:.3f}** | **{r['f']:.3f}** |")
    ner_table = "\n".join(lines)
    sp = res["speed"]
    speed = (f"{sp['full']['words_per_cpu_second']:,} words per CPU-second (one core) for the full pipeline, "
             f"{sp['without_ner']['words_per_cpu_second']:,} without ner; wall clock "
             f"{sp['full']['words_per_second']:,} / {sp['without_ner']['words_per_second']:,} words/s at load "
             f"average {sp['full']['load_avg']:.1f} "
             f"(one process, one thread, `nlp.pipe(batch_size=256)`, {sp['full']['words']:,} words of held-out text)")
    corpus = "\n".join(["| corpus file | docs | words |", "|---|---:|---:|"] +
                       [f"| {k} | {v['docs']:,} | {v['words']:,} |" for k, v in res["corpus"].items()])
    return (template.replace("{{UD_TABLE}}", ud_table).replace("{{NER_TABLE}}", ner_table)
            .replace("{{SPEED}}", speed).replace("{{CORPUS}}", corpus)
            .replace("{{PIPELINE}}", ", ".join(nlp.pipe_names))
            .replace("{{TRAIN_SECONDS}}", json.dumps(res.get("train_seconds", {}))))
