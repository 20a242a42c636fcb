"""The `heron` command: code articles, evaluate the coder, list the installed pipelines."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from heron.document import Document, Event, HeronInputError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Heron: political event data (PLOVER/CAMEO) from news articles in many languages.")
err = Console(stderr=True, highlight=False)

#: show a progress bar once a batch has more documents than this
PROGRESS_AFTER = 3
DB_BATCH = 500


class _Batch:
    """Codes documents one by one, reports bad inputs on one line each, counts what was coded."""

    def __init__(self, paths: list[str], language: Optional[str], unasserted: bool,
                 min_confidence: Optional[float] = None):
        from heron.pipeline import ASSERTED, EVERY_MODALITY, Pipeline
        modalities = EVERY_MODALITY if unasserted else ASSERTED
        self.paths, self.language = paths, language
        self.pipeline = Pipeline(modalities=modalities, min_confidence=min_confidence)
        self.coded = self.failed = self.events = 0
        self.documents: list[Document] = []

    def _inputs(self) -> Iterator[Document | HeronInputError]:
        from heron import ingest
        for item in ingest.read(self.paths):
            if isinstance(item, Document) and self.language:
                item.language = self.language
            yield item

    def documents_coded(self) -> Iterator[Document]:
        progress = None
        try:
            for n, item in enumerate(self.pipeline.pipe(self._inputs()), 1):
                if n > PROGRESS_AFTER and progress is None and err.is_terminal:
                    progress = Progress(TextColumn("coding"), BarColumn(), MofNCompleteColumn(),
                                        TimeElapsedColumn(), console=err, transient=True)
                    progress.start()
                    task = progress.add_task("coding", total=None, completed=n - 1)
                if progress is not None:
                    progress.advance(task)
                if isinstance(item, HeronInputError):
                    self.failed += 1
                    err.print(f"heron: {item}", markup=False, soft_wrap=True)
                    continue
                self.coded += 1
                self.events += len(item.events)
                yield item
        finally:
            if progress is not None:
                progress.stop()


@app.command()
def code(
    paths: list[str] = typer.Argument(..., help="Files (.txt .jsonl .html .rss .warc), directories, or - for stdin."),
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl | csv | parquet | plover | polecat"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of stdout (needed for parquet)."),
    db: Optional[Path] = typer.Option(None, "--db", help="Also store documents, events, actors and mentions in this DuckDB file."),
    language: Optional[str] = typer.Option(None, "--language", "-l", help="Language code; detected per document when omitted."),
    unasserted: bool = typer.Option(False, "--unasserted", help="Also emit negated and hypothetical statements (flagged in `modality`)."),
    parse: bool = typer.Option(False, "--parse", help="Run the trained parser and take actors and objects from the dependency parse (measured less accurate than the default, see bench/RESULTS.md)."),
    min_confidence: Optional[float] = typer.Option(None, "--min-confidence", min=0.0, max=1.0, help="Leave out events the confidence model rates under this probability of being right (default: the model's threshold; 0 keeps every event; higher trades recall for precision, see heron/events/confidence_model/CARD.md)."),
) -> None:
    """Code articles into PLOVER events, one JSON object per line by default."""
    from heron.store import export
    if parse:
        from heron.nlp import analysis
        analysis.PARSE = True
    if format not in export.FORMATS:
        _fail(f"unknown format {format!r}; choose one of {', '.join(export.FORMATS)}")
    if format == "parquet" and out is None:
        _fail("parquet needs --out FILE")
    batch = _Batch(paths, language, unasserted, min_confidence)
    store = None
    if db is not None:
        from heron.store.duckdb_store import Store
        store = Store(db)

    def events() -> Iterator[Event]:
        pending: list[Document] = []
        for document in batch.documents_coded():
            if store is not None:
                pending.append(document)
                if len(pending) >= DB_BATCH:
                    store.write(pending)
                    pending = []
            yield from document.events
        if store is not None and pending:
            store.write(pending)

    target = out if out is not None else sys.stdout
    try:
        export.write(events(), format, target)
    finally:
        if store is not None:
            store.close()
    err.print(f"heron: coded {batch.coded} document(s), {batch.events} event(s)"
              + (f"; {batch.failed} input(s) could not be coded" if batch.failed else ""), markup=False)
    if batch.coded == 0:
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold_dir: Path = typer.Argument(..., help="A folder of article.txt/gold.json pairs, or with articles/ and gold/ trees."),
    show: bool = typer.Option(False, "--show", help="List the missed and the false events with their sentences."),
    parse: bool = typer.Option(False, "--parse", help="Score with arguments from the dependency parse (see `heron code --parse`)."),
) -> None:
    """Score the coder against gold events: precision, recall, F1, date and place accuracy."""
    from heron.evaluation import report, score
    if parse:
        from heron.nlp import analysis
        analysis.PARSE = True
    if not gold_dir.is_dir():
        _fail(f"{gold_dir}: not a folder")
    try:
        result = score.evaluate_dir(gold_dir)
    except HeronInputError as e:
        _fail(str(e))
    report.print_report(result, show=show)


@app.command()
def models() -> None:
    """List the installed language pipelines and their measured accuracy."""
    from rich.table import Table

    from heron.nlp import models as nlp_models
    rows = nlp_models.installed()
    out = Console(highlight=False)
    if not rows:
        out.print("no trained pipelines installed: every language uses the fallback (tokenizer + simplemma)")
        return
    table = Table("language", "components", "held-out set", "UPOS", "lemma", "LAS", "NER F1", "words/s")
    for row in rows:
        for test_set, acc in (row.get("accuracy") or {"": {}}).items():
            fmt = lambda k: f"{acc[k]:.3f}" if isinstance(acc.get(k), (int, float)) else ""  # noqa: E731
            table.add_row(row["language"], ", ".join(row.get("components") or []), test_set, fmt("upos"),
                          fmt("lemma"), fmt("las"), fmt("ents_f"), str(row.get("speed_wps") or ""))
    out.print(table)
    out.print("other languages: tokenizer + punctuation sentences + simplemma lemmas (no parse, no NER)")


def _fail(message: str) -> None:
    err.print(f"heron: {message}", markup=False)
    raise typer.Exit(2)


def main() -> None:   # pragma: no cover - entry point
    app()
