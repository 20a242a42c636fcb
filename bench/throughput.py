"""Throughput of the full coder over the MEANTIME articles (en, nl, es): articles per second
on one core and on both (one worker process per core, each loading the models once).

    python bench/throughput.py            # prints a markdown table row per setting
"""
from __future__ import annotations

import copy
import multiprocessing as mp
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from meantime import all_documents  # noqa: E402

from heron.pipeline import Pipeline  # noqa: E402

_pipeline = None


def _init():
    global _pipeline
    _pipeline = Pipeline()
    _pipeline(copy.deepcopy(all_documents()[0]))    # warm up: load models and data


def _code(doc):
    return len(_pipeline(doc).events)


def run(workers: int, docs, repeat: int) -> tuple[float, int, float]:
    batch = [copy.deepcopy(d) for _ in range(repeat) for d in docs]
    if workers == 1:
        _init()
        start = time.perf_counter()
        events = sum(_code(d) for d in batch)
    else:
        with mp.get_context("fork").Pool(workers, initializer=_init) as pool:
            pool.map(_code, batch[:workers * 2])          # make sure every worker is warm
            start = time.perf_counter()
            events = sum(pool.map(_code, batch, chunksize=8))
    elapsed = time.perf_counter() - start
    return len(batch) / elapsed, events, elapsed


def main() -> None:
    docs = all_documents()
    words = sum(len(d.text.split()) for d in docs)
    repeat = int(os.environ.get("HERON_BENCH_REPEAT", "3"))
    print(f"MEANTIME: {len(docs)} articles (en/nl/es), {words / len(docs):.0f} words per article on average; "
          f"each run codes them {repeat} times")
    print("| workers | articles/s | articles/min | events | seconds |")
    print("|---|---|---|---|---|")
    for workers in (1, 2):
        rate, events, elapsed = run(workers, docs, repeat)
        print(f"| {workers} | {rate:.1f} | {rate * 60:.0f} | {events} | {elapsed:.1f} |")


if __name__ == "__main__":
    main()
