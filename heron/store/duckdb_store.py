"""The default store: one DuckDB file with documents, events, actors and mentions.

Rows go in through Arrow in bulk (a registered pyarrow table, then INSERT ... SELECT):
row-by-row inserts run at a few hundred rows a second. Writing a document that is
already stored replaces all of its rows in one transaction, so re-coding never
duplicates. Note that `end` is an SQL keyword: write "end" (quoted) in queries.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Iterable

import duckdb
import pyarrow as pa

import heron
from heron.document import Document, Event
from heron.store.schema import EVENT_SCHEMA, events_table, table_events

DOCUMENT_SCHEMA = pa.schema([
    ("id", pa.string()), ("text", pa.string()), ("language", pa.string()),
    ("publication_date", pa.string()), ("source", pa.string()), ("url", pa.string()),
    ("title", pa.string()), ("coded_at", pa.timestamp("us", tz="UTC")),
    ("coder_version", pa.string()), ("n_events", pa.int32())])
MENTION_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("doc_id", pa.string()), ("position", pa.int32()),
    ("sentence", pa.string()), ("trigger", pa.string()),
    ("start", pa.int64()), ("end", pa.int64())])

# actors: one row per actor and recipient entity, unnested from the events in SQL.
_INSERT_ACTORS = """
INSERT INTO actors
SELECT event_id, doc_id, role, position, a.text, a.name, a.country, a.sector, a.wikidata,
       a.start, a."end"
FROM (SELECT event_id, doc_id, 'actor' AS role, unnest(actor) AS a,
             generate_subscripts(actor, 1) AS position FROM new_events
      UNION ALL
      SELECT event_id, doc_id, 'recipient', unnest(recipient),
             generate_subscripts(recipient, 1) FROM new_events)
"""
_ACTORS_DDL = """
CREATE TABLE IF NOT EXISTS actors (event_id VARCHAR, doc_id VARCHAR, role VARCHAR,
    position INTEGER, text VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR,
    wikidata VARCHAR, start BIGINT, "end" BIGINT)
"""
_TABLES = ("mentions", "actors", "events", "documents")


class Store:
    """A DuckDB database of coded documents (`path` ':memory:' for a throwaway one)."""

    def __init__(self, path: str | Path = ":memory:"):
        self.path = str(path)
        self.con = duckdb.connect(self.path)
        self._create()

    def _create(self) -> None:
        empty = {"new_documents": DOCUMENT_SCHEMA.empty_table(),
                 "new_events": EVENT_SCHEMA.empty_table(),
                 "new_mentions": MENTION_SCHEMA.empty_table()}
        for name, table in empty.items():
            self.con.register(name, table)
            self.con.execute(f"CREATE TABLE IF NOT EXISTS {name[4:]} AS SELECT * FROM {name}")
            self.con.unregister(name)
        self.con.execute(_ACTORS_DDL)

    def write(self, documents: Iterable[Document]) -> int:
        """Store documents with their events, replacing earlier rows of the same ids.

        Returns the number of events written. When a batch holds the same id twice, the
        last one wins.
        """
        docs = list({d.id: d for d in documents}.values())
        events = [e for d in docs for e in d.events]
        for d in docs:
            for e in d.events:
                if e.doc_id != d.id:
                    raise ValueError(f"event {e.event_id} has doc_id {e.doc_id!r} "
                                     f"but belongs to document {d.id!r}")
        tables = {"new_documents": _documents_table(docs),
                  "new_events": events_table(events),
                  "new_mentions": _mentions_table(events)}
        for name, table in tables.items():
            self.con.register(name, table)
        try:
            self.con.begin()
            for t in _TABLES:
                key = "id" if t == "documents" else "doc_id"
                self.con.execute(f"DELETE FROM {t} WHERE {key} IN (SELECT id FROM new_documents)")
            for t in ("documents", "events", "mentions"):
                self.con.execute(f"INSERT INTO {t} BY NAME SELECT * FROM new_{t}")
            self.con.execute(_INSERT_ACTORS)
            self.con.commit()
        except Exception:
            self.con.rollback()
            raise
        finally:
            for name in tables:
                self.con.unregister(name)
        return len(events)

    def events(self, doc_id: str | None = None) -> list[Event]:
        """Stored events (of one document, or all), in document and text order."""
        where, params = ("WHERE doc_id = ?", [doc_id]) if doc_id is not None else ("", [])
        sql = (f"SELECT * FROM events {where} "
               "ORDER BY doc_id, sentence_start, trigger.start, event_id")
        return table_events(self.arrow(sql, params))

    def query(self, sql: str, params: list | None = None) -> list[dict[str, Any]]:
        """Rows of any SQL query as dicts."""
        return self.arrow(sql, params).to_pylist()

    def arrow(self, sql: str, params: list | None = None) -> pa.Table:
        """Result of any SQL query as an Arrow table (empty for a statement with no result)."""
        rel = self.con.sql(sql, params=params or None)
        if rel is None:
            return pa.table({})
        fetch = getattr(rel, "to_arrow_table", None) or rel.fetch_arrow_table  # duckdb 2 / 1
        return fetch()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _documents_table(docs: list[Document]) -> pa.Table:
    now = dt.datetime.now(dt.timezone.utc)

    def coded_at(d: Document) -> dt.datetime:   # meta may carry it as a datetime or ISO text
        value = d.meta.get("coded_at")
        return dt.datetime.fromisoformat(value) if isinstance(value, str) else value or now

    rows = [{"id": d.id, "text": d.text, "language": d.language,
             "publication_date": d.publication_date, "source": d.source, "url": d.url,
             "title": d.title, "coded_at": coded_at(d),
             "coder_version": d.meta.get("coder_version")
             or (d.events[0].coder_version if d.events else "") or heron.__version__,
             "n_events": len(d.events)} for d in docs]
    return pa.Table.from_pylist(rows, schema=DOCUMENT_SCHEMA)


def _mentions_table(events: list[Event]) -> pa.Table:
    """One row per mention; an event without a mentions list is its own one mention.

    A mention is a dict with `sentence` and either a `trigger` dict {text, start, end},
    or the trigger's text, start and end at its top level (`trigger` or `text`).
    """
    cols: dict[str, list] = {f.name: [] for f in MENTION_SCHEMA}
    for e in events:
        mentions = e.mentions or [{"sentence": e.sentence, "trigger": e.trigger}]
        for i, m in enumerate(mentions, 1):
            trig = m.get("trigger")
            where = trig if isinstance(trig, dict) else m
            text = trig if isinstance(trig, str) else where.get("text")
            for k, v in (("event_id", e.event_id), ("doc_id", e.doc_id), ("position", i),
                         ("sentence", m.get("sentence")), ("trigger", text),
                         ("start", where.get("start")), ("end", where.get("end"))):
                cols[k].append(v)
    return pa.table(cols, schema=MENTION_SCHEMA)
