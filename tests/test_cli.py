"""The `heron` command end to end, as a user runs it (a real subprocess, real files, real DuckDB)."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed"
HERON = [sys.executable, "-m", "heron"]
REQUIRED = {"event_id", "doc_id", "event_type", "mode", "contexts", "quad_code", "intensity", "cameo",
            "actor", "recipient", "date", "date_precision", "date_source", "modality", "location",
            "sentence", "trigger", "language", "publication_date", "confidence"}


def run(*args, stdin=None, cwd=None):
    return subprocess.run(HERON + list(args), input=stdin, capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def seed_article(tmp_path_factory):
    if not SEED.is_dir():
        pytest.skip("shared/examples/seed not present")
    return SEED / "article.txt"


def test_code_seed_to_jsonl(seed_article):
    proc = run("code", str(seed_article))
    assert proc.returncode == 0, proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(events) >= 9
    for e in events:
        assert REQUIRED <= e.keys()
        assert e["doc_id"] == "article"
        assert e["language"] == "nl"
        assert e["publication_date"] == "2025-05"
    types = {e["event_type"] for e in events}
    assert {"AGREE", "SUPPORT", "CONCEDE", "ASSAULT", "ACCUSE", "CONSULT"} <= types
    assert "Traceback" not in proc.stderr


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path, seed_article):
    shutil.copy(seed_article, tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 20)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au lait \xe0 Paris".encode("latin-1"))
    (tmp_path / "unknown.txt").write_text("1234 5678 ---- 99 ++ 42")
    proc = run("code", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    for name in ("empty.txt", "binary.txt", "latin1.txt", "unknown.txt"):
        lines = [line for line in proc.stderr.splitlines() if name in line]
        assert len(lines) == 1, (name, proc.stderr)
    assert {json.loads(line)["doc_id"] for line in proc.stdout.splitlines()} == {"good"}


def test_nothing_coded_is_a_failure(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    proc = run("code", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"))
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert "missing.txt" in proc.stderr and "empty.txt" in proc.stderr


def test_stdin_with_date_marker_and_english():
    text = "date 2024-03-12\nJapan praised South Korea for its calm handling of the fishing dispute on Monday.\n"
    proc = run("code", "-", stdin=text)
    assert proc.returncode == 0, proc.stderr
    (event,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert event["event_type"] == "SUPPORT"
    assert event["doc_id"] == "stdin"
    assert event["actor"][0]["country"] == "JPN" and event["recipient"][0]["country"] == "KOR"
    assert event["date"] == "2024-03-11" and event["date_source"] == "text"


@pytest.mark.parametrize("fmt", ["csv", "plover", "polecat", "parquet"])
def test_other_formats(tmp_path, seed_article, fmt):
    out = tmp_path / f"events.{fmt}"
    proc = run("code", str(seed_article), "--format", fmt, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 0
    if fmt == "parquet":
        n = duckdb.connect().execute(f"select count(*) from read_parquet('{out}')").fetchone()[0]
        assert n >= 9


def test_db_recoding_replaces_events(tmp_path, seed_article):
    db = tmp_path / "heron.duckdb"
    for _ in range(2):
        proc = run("code", str(seed_article), "--db", str(db), "--out", str(tmp_path / "e.jsonl"))
        assert proc.returncode == 0, proc.stderr
    n_lines = len((tmp_path / "e.jsonl").read_text().splitlines())
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from events").fetchone()[0] == n_lines
    assert con.execute("select count(*) from documents").fetchone()[0] == 1
    assert con.execute("select count(*) from actors where role = 'actor'").fetchone()[0] >= n_lines


def test_evaluate_command_prints_scores(seed_article):
    proc = run("evaluate", str(SEED), "--show")
    assert proc.returncode == 0, proc.stderr
    assert "precision" in proc.stdout and "F1" in proc.stdout


def test_code_with_the_dependency_parse(tmp_path):
    """`--parse` runs the trained parser; the coder then reads subjects and objects from it."""
    article = tmp_path / "a.txt"
    article.write_text("date 2024-05-12\nRusland heeft maandag Oekraïne aangevallen.\n", encoding="utf-8")
    done = run("code", str(article), "--parse")
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(e["event_type"], e["actor"][0]["country"], e["recipient"][0]["country"]) for e in events] == \
        [("ASSAULT", "RUS", "UKR")]
