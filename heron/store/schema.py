"""The Arrow schema of an event table, shared by the DuckDB store and the Parquet export.

Lists and dicts keep their shape as Arrow LIST/STRUCT (DuckDB: LIST/STRUCT), so
`SELECT unnest(actor).country FROM events` works and Parquet readers see real columns.
The struct fields follow `ActorMention.entity()` and `PlaceMention.location()` in
heron.document (a test checks that they agree). `mentions` has no fixed shape yet, so it
is kept as JSON text.
"""
from __future__ import annotations

import dataclasses
import json
from typing import Iterable

import pyarrow as pa

from heron.document import Event

ENTITY = pa.struct([("text", pa.string()), ("name", pa.string()), ("country", pa.string()),
                    ("sector", pa.string()), ("wikidata", pa.string()),
                    ("start", pa.int64()), ("end", pa.int64())])
LOCATION = pa.struct([("text", pa.string()), ("name", pa.string()), ("country", pa.string()),
                      ("admin1", pa.string()), ("geonames_id", pa.int64()),
                      ("lat", pa.float64()), ("lon", pa.float64()),
                      ("precision", pa.string()), ("start", pa.int64()), ("end", pa.int64())])
TRIGGER = pa.struct([("text", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
                     ("lemma", pa.string())])

# One column per Event field, in the dataclass's order.
_TYPES: dict[str, pa.DataType] = {
    "event_id": pa.string(), "doc_id": pa.string(), "event_type": pa.string(),
    "mode": pa.string(), "contexts": pa.list_(pa.string()), "quad_code": pa.int32(),
    "intensity": pa.float64(), "cameo": pa.string(),
    "actor": pa.list_(ENTITY), "recipient": pa.list_(ENTITY),
    "date": pa.string(), "date_precision": pa.string(), "date_source": pa.string(),
    "date_text": pa.string(), "modality": pa.string(), "location": LOCATION,
    "sentence": pa.string(), "sentence_start": pa.int64(), "trigger": TRIGGER,
    "language": pa.string(), "publication_date": pa.string(), "confidence": pa.float64(),
    "speaker": ENTITY, "historical": pa.bool_(), "source": pa.string(), "url": pa.string(),
    "coder_version": pa.string(), "mentions": pa.string(),
}
EVENT_SCHEMA = pa.schema([(f.name, _TYPES[f.name]) for f in dataclasses.fields(Event)])
_JSON_FIELDS = ("mentions",)


def events_table(events: Iterable[Event]) -> pa.Table:
    """An Arrow table with one row per event (dict keys outside the schema are dropped)."""
    cols: dict[str, list] = {name: [] for name in EVENT_SCHEMA.names}
    for e in events:
        for name, values in cols.items():
            values.append(getattr(e, name))
    for k in _JSON_FIELDS:
        cols[k] = [json.dumps(v, ensure_ascii=False) for v in cols[k]]
    return pa.table(cols, schema=EVENT_SCHEMA)


def table_events(table: pa.Table) -> list[Event]:
    """Events back from a table with (at least) the EVENT_SCHEMA columns."""
    names = [f.name for f in dataclasses.fields(Event)]
    out = []
    for row in table.select(names).to_pylist():
        for k in _JSON_FIELDS:
            row[k] = json.loads(row[k]) if row[k] else []
        out.append(Event(**row))
    return out

