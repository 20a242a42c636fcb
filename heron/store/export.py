"""Writing events out: jsonl, csv, parquet, plover (PLOVER JSON lines), polecat (TSV).

    write(events, "csv", "events.csv")        # a path
    write(events, "jsonl", sys.stdout)        # or an open text or binary stream

Text formats are UTF-8 and stream one event at a time; parquet needs a path or a binary
stream. Returns the number of events written.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from heron.document import Event
from heron.store.plover import plover_record
from heron.store.polecat import POLECAT_COLUMNS, polecat_row

FORMATS = ("jsonl", "csv", "parquet", "plover", "polecat")
_PARQUET_BATCH = 10_000

# CSV: one row per event, lists joined with ';' and nested objects flattened.
CSV_COLUMNS = (
    "event_id", "doc_id", "event_type", "mode", "contexts", "quad_code", "intensity",
    "cameo", "actor_country", "actor_sector", "actor_name", "actor_text", "actor_wikidata",
    "recipient_country", "recipient_sector", "recipient_name", "recipient_text",
    "recipient_wikidata", "date", "date_precision", "date_source", "date_text", "modality",
    "historical", "location_text", "location_name", "location_country", "location_admin1",
    "location_geonames_id", "location_lat", "location_lon", "location_precision",
    "speaker_text", "speaker_name", "sentence", "sentence_start", "trigger_text",
    "trigger_start", "trigger_end", "trigger_lemma", "language", "publication_date",
    "source", "url", "confidence", "coder_version", "n_mentions",
)
_EVENT_FIELDS = [f.name for f in dataclasses.fields(Event)]
_ENTITY_KEYS = ("country", "sector", "name", "text", "wikidata")
_LOCATION_KEYS = ("text", "name", "country", "admin1", "geonames_id", "lat", "lon", "precision")


def write(events: Iterable[Event], fmt: str, out: str | Path | IO) -> int:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, (str, Path)) and not _binary(out):
            raise ValueError("parquet is binary: give a file path or a binary stream")
        return _write_parquet(events, out)
    with _text_stream(out) as f:
        return _WRITERS[fmt](events, f)


def event_fields(e: Event) -> dict[str, Any]:
    """The event's fields as a shallow dict: what Event.to_dict() gives, ~50x faster
    (dataclasses.asdict deep-copies every nested dict and list), fine for writing out."""
    return {name: getattr(e, name) for name in _EVENT_FIELDS}


def csv_row(e: Event) -> dict[str, Any]:
    """One event as a flat dict with the CSV_COLUMNS keys."""
    d = event_fields(e)
    row = {k: d[k] for k in CSV_COLUMNS if k in d}
    row["contexts"] = ";".join(e.contexts)
    for role in ("actor", "recipient"):
        for k in _ENTITY_KEYS:   # one ';'-slot per entity, so the columns stay aligned
            values = ["" if a.get(k) is None else str(a.get(k)) for a in d[role]]
            row[f"{role}_{k}"] = ";".join(values) if any(values) else ""
    loc = e.location or {}
    row.update({f"location_{k}": loc.get(k) for k in _LOCATION_KEYS})
    speaker = e.speaker or {}
    row.update({"speaker_text": speaker.get("text"), "speaker_name": speaker.get("name")})
    row.update({f"trigger_{k}": e.trigger.get(k) for k in ("text", "start", "end", "lemma")})
    row["n_mentions"] = max(1, len(e.mentions))
    return row


def _write_jsonl(events: Iterable[Event], f: IO[str]) -> int:
    return _lines(f, (json.dumps(event_fields(e), ensure_ascii=False) for e in events))


def _write_plover(events: Iterable[Event], f: IO[str]) -> int:
    return _lines(f, (json.dumps(plover_record(e), ensure_ascii=False) for e in events))


def _write_polecat(events: Iterable[Event], f: IO[str]) -> int:
    f.write("\t".join(POLECAT_COLUMNS) + "\n")
    return _lines(f, ("\t".join(polecat_row(e)) for e in events))


def _write_csv(events: Iterable[Event], f: IO[str]) -> int:
    writer = csv.DictWriter(f, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for e in events:
        writer.writerow(csv_row(e))
        n += 1
    return n


def _write_parquet(events: Iterable[Event], out: str | Path | IO[bytes]) -> int:
    """Written in row groups of _PARQUET_BATCH events, so memory stays bounded."""
    import pyarrow.parquet as pq  # here: pyarrow takes a while to import, text formats need none

    from heron.store.schema import EVENT_SCHEMA, events_table
    it, n = iter(events), 0
    with pq.ParquetWriter(out if not isinstance(out, Path) else str(out), EVENT_SCHEMA) as w:
        while batch := list(islice(it, _PARQUET_BATCH)):
            w.write_table(events_table(batch))
            n += len(batch)
    return n


_WRITERS = {"jsonl": _write_jsonl, "plover": _write_plover, "polecat": _write_polecat,
            "csv": _write_csv}


def _lines(f: IO[str], lines: Iterable[str]) -> int:
    n = 0
    for line in lines:
        f.write(line + "\n")
        n += 1
    return n


@contextmanager
def _text_stream(out: str | Path | IO) -> Iterator[IO[str]]:
    """A UTF-8 text stream over a path, a binary stream, or a text stream as given."""
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as f:
            yield f
    elif _binary(out):   # wrap without closing the caller's stream
        f = io.TextIOWrapper(out, encoding="utf-8", newline="")
        try:
            yield f
        finally:
            f.flush()
            f.detach()
    else:
        yield out


def _binary(out: IO) -> bool:
    return isinstance(out, (io.RawIOBase, io.BufferedIOBase)) or "b" in getattr(out, "mode", "")
