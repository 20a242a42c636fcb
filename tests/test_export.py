"""Exports: jsonl, csv, parquet, PLOVER JSON lines, POLECAT TSV."""
import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from event_factory import make_event, protest_event

from heron.document import Event
from heron.store import write
from heron.store.export import CSV_COLUMNS
from heron.store.polecat import POLECAT_COLUMNS

EVENTS = [make_event("seed", 1), protest_event("seed", 2)]


def test_jsonl_to_path_is_utf8_one_event_per_line(tmp_path):
    out = tmp_path / "events.jsonl"
    events = EVENTS + [make_event("seed", 3, sentence="Moskou “waardeert” Kabul.")]
    assert write(events, "jsonl", out) == 3
    raw = out.read_bytes().decode("utf-8")
    assert "“waardeert”" in raw   # not \u201c escapes
    lines = raw.splitlines()
    assert len(lines) == 3
    assert [Event(**json.loads(line)) for line in lines] == events


def test_jsonl_to_binary_and_text_streams():
    b = io.BytesIO()
    write(EVENTS, "jsonl", b)
    assert not b.closed
    s = io.StringIO()
    write(EVENTS, "jsonl", s)
    assert b.getvalue().decode("utf-8") == s.getvalue()


def test_csv_is_flat(tmp_path):
    two_actors = make_event("seed", 3, actor=[
        {"text": "Moskou", "name": "Russia", "country": "RUS", "sector": "GOV",
         "wikidata": "Q159", "start": 0, "end": 6},
        {"text": "Peking", "name": None, "country": "CHN", "sector": "GOV",
         "wikidata": None, "start": 10, "end": 16}])
    out = tmp_path / "events.csv"
    assert write(EVENTS + [two_actors], "csv", out) == 3
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(CSV_COLUMNS)
    first, protest, pair = rows
    assert first["contexts"] == "terrorism;military"
    assert first["actor_country"] == "RUS" and first["recipient_name"] == "Taliban"
    assert first["location_name"] == "" and first["trigger_text"] == "helpen"
    assert protest["location_geonames_id"] == "551487" and protest["location_lat"] == "55.79"
    assert protest["n_mentions"] == "2" and protest["recipient_country"] == ""
    # one ';' slot per actor, so countries and names stay aligned
    assert pair["actor_country"] == "RUS;CHN" and pair["actor_name"] == "Russia;"


def test_parquet_round_trip(tmp_path):
    out = tmp_path / "events.parquet"
    assert write(EVENTS, "parquet", out) == 2
    table = pq.read_table(out)
    assert table.num_rows == 2
    rows = table.to_pylist()
    assert rows[1]["location"]["geonames_id"] == 551487
    assert rows[0]["actor"][0]["country"] == "RUS"
    assert json.loads(rows[1]["mentions"])[1]["text"] == "protesteerden"


def test_parquet_needs_a_path_or_binary_stream():
    with pytest.raises(ValueError, match="parquet"):
        write(EVENTS, "parquet", io.StringIO())
    assert write(EVENTS, "parquet", io.BytesIO()) == 2


def test_unknown_format():
    with pytest.raises(ValueError, match="unknown format"):
        write(EVENTS, "xml", io.StringIO())


def test_plover_uses_the_manuals_field_names():
    s = io.StringIO()
    write(EVENTS, "plover", s)
    agree, protest = [json.loads(line) for line in s.getvalue().splitlines()]
    required = {"id", "date", "actor", "event"}   # PLOVER manual, "Data Fields"
    assert required <= set(agree)
    assert agree["id"] == "seed-e1" and agree["event"] == ["AGREE"]
    assert agree["actor"] == [{"code": "RUS", "sector": "GOV", "entity_text": "Rusland",
                               "identifier_id": "Q159", "identifier_text": "Russia"}]
    assert agree["recipient"][0]["code"] == "AFG"
    assert agree["mode"] is None and agree["context"] == ["terrorism", "military"]
    assert agree["quad_code"] == 1 and agree["event_scale"] == 2.5
    assert protest["mode"] == ["demo"] and protest["context"] is None
    loc = protest["event_loc"]
    assert (loc["geonameid"], loc["country_code"], loc["resolution"]) == (551487, "RUS", 4)
    assert protest["event_text"][0].startswith("Vorige maand")
    own = {k for k in agree if k not in {
        "id", "has_event", "date", "actor", "recipient", "event", "event_loc", "event_text",
        "quad_code", "event_scale", "mode", "context", "text_info", "cite_info", "coder"}}
    assert all(k.startswith("heron_") for k in own)


def test_polecat_tsv_has_40_columns(tmp_path):
    assert len(POLECAT_COLUMNS) == 40 == len(set(POLECAT_COLUMNS))
    out = tmp_path / "events.tsv"
    multiline = make_event("seed", 3, source="RIA\tNovosti\nNL")
    assert write(EVENTS + [multiline], "polecat", out) == 3
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4
    assert all(len(line.split("\t")) == 40 for line in lines)
    rows = [dict(zip(lines[0].split("\t"), line.split("\t"), strict=True))
            for line in lines[1:]]
    agree, protest, third = rows
    assert agree["Event Type"] == "AGREE" and agree["Actor Country"] == "RUS"
    assert agree["Recipient Country"] == "AFG" and agree["Contexts"] == "terrorism; military"
    assert agree["Wikipedia Actor ID"] == "Q159" and agree["Primary Actor Sector"] == "GOV"
    assert protest["City"] == "Kazan" and protest["GeoNames ID"] == "551487"
    assert protest["Event Mode"] == "demo" and protest["Quad Code"] == "4"
    assert third["Source"] == "RIA Novosti NL"


def test_empty_input_writes_headers_only(tmp_path):
    assert write([], "csv", tmp_path / "e.csv") == 0
    assert (tmp_path / "e.csv").read_text().strip() == ",".join(CSV_COLUMNS)
    assert write(iter([]), "parquet", tmp_path / "e.parquet") == 0
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 0
