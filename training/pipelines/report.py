"""Print the held-out figures of training/output/<lang>/eval.json as markdown (for bench/RESULTS-pipelines.md).

    python training/pipelines/report.py nl en
"""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "output"

for lang in sys.argv[1:]:
    res = json.loads((OUT / lang / "eval.json").read_text())
    print(f"### {lang}\n")
    print("| test set | words | UPOS | UFeats | lemma | UAS | LAS | LAS univ. | spaCy raw-text LAS (no punct) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in res["ud"].items():
        print(f"| {name} | {r['words']:,} | {r['upos']:.3f} | {r['ufeats']:.3f} | {r['lemma']:.3f} | {r['uas']:.3f} | "
              f"{r['las']:.3f} | {r['las_universal']:.3f} | {r['spacy_raw_text']['dep_las']:.3f} |")
    print()
    print("| NER test set | label | P | R | F |\n|---|---|---:|---:|---:|")
    for name, r in res["ner"].items():
        for lab, v in sorted(r["per_type"].items()):
            print(f"| {name} | {lab} | {v['p']:.3f} | {v['r']:.3f} | {v['f']:.3f} |")
        print(f"| {name} | all | {r['p']:.3f} | {r['r']:.3f} | {r['f']:.3f} |")
    sp = res["speed"]
    print(f"\nSpeed (1 thread, nlp.pipe batch 256, {sp['full']['words']:,} held-out words): full pipeline "
          f"{sp['full']['words_per_cpu_second']:,} words/CPU-s ({sp['full']['words_per_second']:,} words/s wall at load "
          f"{sp['full']['load_avg']:.1f}); without ner {sp['without_ner']['words_per_cpu_second']:,} words/CPU-s "
          f"({sp['without_ner']['words_per_second']:,} wall)\n")
