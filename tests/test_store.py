"""The DuckDB store: tables, replacement on re-coding, round trip, bulk speed."""
import dataclasses
import time

from event_factory import TEXT, make_document, make_event, protest_event

from heron.document import ActorMention, Event, PlaceMention
from heron.store import Store
from heron.store.schema import ENTITY, EVENT_SCHEMA, LOCATION


def counts(store: Store) -> dict[str, int]:
    return {t: store.query(f"SELECT count(*) AS n FROM {t}")[0]["n"]
            for t in ("documents", "events", "actors", "mentions")}


def test_write_two_documents_then_recode_one(tmp_path):
    path = tmp_path / "events.duckdb"
    with Store(path) as store:
        store.write([make_document("a", [make_event("a", 1), protest_event("a", 2)]),
                     make_document("b", [make_event("b", 1)])])
        # actors: a-e1 has 1 actor + 1 recipient, a-e2 1 actor, b-e1 1 + 1
        # mentions: a-e1 none listed (its trigger counts as one), a-e2 two, b-e1 one
        assert counts(store) == {"documents": 2, "events": 3, "actors": 5, "mentions": 4}

        recoded = make_event("a", 1, event_type="SUPPORT", quad_code=1, intensity=5.0,
                             recipient=[])
        store.write([make_document("a", [recoded])])
        assert counts(store) == {"documents": 2, "events": 2, "actors": 3, "mentions": 2}
        assert [e.event_type for e in store.events("a")] == ["SUPPORT"]
        assert store.query("SELECT n_events FROM documents WHERE id = 'a'") == [{"n_events": 1}]
        # writing the same thing again changes nothing
        store.write([make_document("a", [recoded])])
        assert counts(store)["events"] == 2

    with Store(path) as again:   # it is on disk
        assert counts(again)["documents"] == 2


def test_document_without_events_is_stored():
    with Store() as store:
        store.write([make_document("empty", [])])
        row = store.query("SELECT id, n_events, coder_version, language FROM documents")[0]
        assert row == {"id": "empty", "n_events": 0, "coder_version": "0.1.0", "language": "nl"}


def test_same_id_twice_in_one_batch_keeps_the_last():
    first = make_document("a", [make_event("a", 1)])
    second = make_document("a", [make_event("a", 1), protest_event("a", 2)])
    second.meta["coded_at"] = "2025-06-01T12:00:00+00:00"
    with Store() as store:
        assert store.write([first, second]) == 2
        assert counts(store)["events"] == 2
        [row] = store.query("SELECT year(coded_at) AS y, n_events FROM documents")
        assert row == {"y": 2025, "n_events": 2}


def test_events_round_trip_and_sql_shape():
    events = [make_event("a", 1), protest_event("a", 2)]
    with Store() as store:
        store.write([make_document("a", events)])
        assert store.events() == events
        assert store.events("missing") == []
        rows = store.query("SELECT event_id, role, country, sector, start, \"end\" FROM actors "
                           "ORDER BY event_id, role DESC")
        assert rows[0] == {"event_id": "a-e1", "role": "recipient", "country": "AFG",
                           "sector": "GOV", "start": 15, "end": 35}
        assert TEXT[15:35] == "Taliban-autoriteiten"
        loc = store.query("SELECT location.geonames_id AS g, contexts FROM events "
                          "WHERE event_type = 'PROTEST'")
        assert loc == [{"g": 551487, "contexts": []}]
        m = store.query("SELECT trigger, start, \"end\" FROM mentions "
                        "WHERE event_id = 'a-e2' ORDER BY position")
        assert m == [{"trigger": "kwamen", "start": 166, "end": 172},
                     {"trigger": "protesteerden", "start": 200, "end": 213}]


def test_mismatched_doc_id_is_refused_and_nothing_written():
    with Store() as store:
        try:
            store.write([make_document("a", [make_event("b", 1)])])
        except ValueError as e:
            assert "doc_id" in str(e)
        else:
            raise AssertionError("expected ValueError")
        assert counts(store)["documents"] == 0


def test_schema_follows_the_data_model():
    assert EVENT_SCHEMA.names == [f.name for f in dataclasses.fields(Event)]
    assert [f.name for f in ENTITY] == list(ActorMention(0, 1, "x").entity())
    assert [f.name for f in LOCATION] == list(PlaceMention(0, 1, "x").location())


def test_ten_thousand_events_in_bulk(tmp_path):
    docs = [make_document(f"d{i}", [make_event(f"d{i}", j) for j in range(10)])
            for i in range(1000)]
    with Store(tmp_path / "big.duckdb") as store:
        t = time.perf_counter()
        assert store.write(docs) == 10_000
        elapsed = time.perf_counter() - t
        assert counts(store) == {"documents": 1000, "events": 10_000, "actors": 20_000,
                                 "mentions": 10_000}
        assert elapsed < 5, f"bulk write took {elapsed:.1f}s"
        t = time.perf_counter()
        store.write(docs[:500])   # re-coding half replaces, never duplicates
        assert counts(store)["events"] == 10_000
        assert time.perf_counter() - t < 5
