"""Readers: text with date marker, JSONL, HTML, feeds, WARC, directories, stdin, errors."""
import codecs
import gzip
import hashlib
import io
import json
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from heron.document import Document, HeronInputError
from heron.ingest import (
    iso_date,
    read,
    read_feed,
    read_html,
    read_jsonl,
    read_stdin,
    read_txt,
    read_warc,
)

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed" / "article.txt"
ARTICLE = ("Rusland zal de Taliban-autoriteiten in Afghanistan helpen in de strijd tegen de "
           "Afghaanse tak van Daesh.\n\nZamir Kabulov noemde Daesh de “gemeenschappelijke "
           "vijand” van Moskou en Kabul.")
PAGE = """<!DOCTYPE html><html lang="nl-NL"><head><meta charset="utf-8">
<title>Rusland helpt Taliban | Voorbeeldkrant</title>
<meta property="og:title" content="Rusland helpt Taliban">
<meta property="og:url" content="https://voorbeeld.nl/nieuws/rusland-taliban">
<meta property="og:site_name" content="Voorbeeldkrant">
<meta property="article:published_time" content="2025-05-02T09:30:00+02:00">
</head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Rusland helpt Taliban</h1>
<p>Rusland zal de Taliban-autoriteiten in Afghanistan helpen in de strijd tegen de Afghaanse
tak van Daesh, aldus de speciale vertegenwoordiger van Moskou voor het land.</p>
<p>Zamir Kabulov, een voormalig Russische ambassadeur in Kabul, noemde Daesh de
“gemeenschappelijke vijand” van Moskou en Kabul.</p></article>
<footer>© Voorbeeldkrant 2025</footer></body></html>"""


def docs(items):
    return [i for i in items if isinstance(i, Document)]


def errors(items):
    return [i for i in items if isinstance(i, HeronInputError)]


def one_error(items) -> str:
    errs = errors(items)
    assert len(errs) == 1, items
    message = str(errs[0])
    assert "\n" not in message
    return message


# ---------------------------------------------------------------- text and the date marker

def test_marker_on_the_same_line_as_the_text(tmp_path):
    f = tmp_path / "article.txt"
    f.write_text(" date 2025-05 " + ARTICLE + "\n", encoding="utf-8")
    [doc] = read_txt(f)
    assert (doc.id, doc.source, doc.publication_date) == ("article", "article.txt", "2025-05")
    assert doc.text == ARTICLE   # marker and leading whitespace gone: offsets refer to this
    assert doc.text[15:35] == "Taliban-autoriteiten"


@pytest.mark.parametrize("head, date", [
    ("date 2025\n", "2025"), ("\n\n  date 2025-05-23\n\n", "2025-05-23"),
    ("date 2025-05 ", "2025-05"), ("", None)])
def test_marker_forms(tmp_path, head, date):
    f = tmp_path / "a.txt"
    f.write_text(head + ARTICLE, encoding="utf-8")
    [doc] = read_txt(f)
    assert doc.publication_date == date and doc.text == ARTICLE


def test_a_text_that_starts_with_the_word_date_is_not_a_marker(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("date night in Kabul was quiet.", encoding="utf-8")
    [doc] = read_txt(f)
    assert doc.publication_date is None and doc.text == "date night in Kabul was quiet."


@pytest.mark.skipif(not SEED.exists(), reason="shared examples not beside the repository")
def test_the_seed_article():
    [doc] = read([str(SEED)])
    assert doc.id == "article" and doc.publication_date == "2025-05"
    assert doc.text.startswith("Rusland zal de Taliban-autoriteiten")


def test_utf8_bom_and_utf16_bom_are_decoded(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(codecs.BOM_UTF8 + ("date 2025-05 " + ARTICLE).encode("utf-8"))
    g = tmp_path / "wide.txt"
    g.write_bytes(("date 2025-05 " + ARTICLE).encode("utf-16"))   # writes its own BOM
    [a], [b] = read_txt(f), read_txt(g)
    assert a.text == b.text == ARTICLE and a.publication_date == b.publication_date == "2025-05"


@pytest.mark.parametrize("content, reason", [
    (b"", "empty text"),
    (b"  date 2025-05 \n\n", "empty text"),
    (b"date 2025-13 Rusland helpt.", "bad date marker"),
    ("Caf\u00e9 in Den Haag".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 3)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
])
def test_bad_text_files(tmp_path, content, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    message = one_error(list(read([str(f)])))
    assert message.startswith(f"{f}: ") and reason in message


def test_missing_unreadable_and_unsupported(tmp_path):
    (tmp_path / "gold.json").write_text("{}")
    (tmp_path / "folder.txt").mkdir()
    items = list(read([str(tmp_path / "nope.txt"), str(tmp_path / "gold.json")]))
    assert [str(e) for e in items] == [
        f"{tmp_path / 'nope.txt'}: no such file",
        f"{tmp_path / 'gold.json'}: unsupported file type '.json' (known: .atom, .htm, "
        ".html, .jsonl, .ndjson, .rss, .txt, .warc, .warc.gz, .xml)"]
    with pytest.raises(HeronInputError, match="is a directory"):
        list(read_txt(tmp_path / "folder.txt"))


def test_stdin(monkeypatch):
    [doc] = read_stdin(io.BytesIO(("date 2024-12-01\n" + ARTICLE).encode("utf-8")))
    assert (doc.id, doc.publication_date, doc.text) == ("stdin", "2024-12-01", ARTICLE)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    [doc] = read(["-"])
    assert doc.id == "stdin" and doc.publication_date is None
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"   \n")))
    assert one_error(list(read(["-"]))) == "-: empty text"


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("value, expected", [
    ("2025", "2025"), ("2025-05", "2025-05"), ("2025-05-02", "2025-05-02"),
    ("2025-05-02T23:30:00Z", "2025-05-02"), ("2025-05-02 23:30:00+02:00", "2025-05-02"),
    ("2025-05-02T23:30:00.123+0200", "2025-05-02"),
    ("Fri, 02 May 2025 23:30:00 +0200", "2025-05-02"), (None, None), ("", None)])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


@pytest.mark.parametrize("value", ["2025-02-30", "2025-13", "yesterday", "05/02/2025",
                                   "2025-05-02garbage"])
def test_iso_date_rejects(value):
    with pytest.raises(ValueError):
        iso_date(value)


# ---------------------------------------------------------------- JSONL

def test_jsonl_reads_good_lines_and_reports_bad_ones(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": ARTICLE, "date": "2025-05-02T08:00:00Z",
                    "language": "nl-NL", "title": "Rusland helpt", "url": "https://x.nl/1",
                    "source": "NOS"}, ensure_ascii=False),
        "",
        "{not json",
        json.dumps({"id": "a3", "date": "2025-05"}),
        json.dumps({"id": "a4", "text": "Kabul.", "date": "last friday"}),
        json.dumps(["a5", "text"]),
        json.dumps({"id": 6, "text": "  Moskou en Kabul.  ", "date": "2025"}),
        json.dumps({"text": "geen id"}),
        json.dumps({"id": "a9", "text": "Den Haag\u2028en\x0cKabul.\r"}, ensure_ascii=False),
    ]
    data = "\n".join(lines).encode("utf-8") + b"\n"
    f.write_bytes(data + '{"id": "a10", "text": "Caf\u00e9"}\n'.encode("latin-1"))
    items = list(read([str(f)]))
    good = docs(items)
    assert [d.id for d in good] == ["a1", "6", "a9"]
    a1, a6, a9 = good
    assert a9.text == "Den Haag\u2028en\x0cKabul."
    assert (a1.publication_date, a1.language, a1.title, a1.url, a1.source) == \
        ("2025-05-02", "nl", "Rusland helpt", "https://x.nl/1", "NOS")
    assert (a6.text, a6.publication_date, a6.source) == ("Moskou en Kabul.", "2025", "batch.jsonl")
    messages = [str(e) for e in errors(items)]
    assert [m.split(": ")[0] for m in messages] == [f"{f}:{n}" for n in (3, 4, 5, 6, 8, 10)]
    assert "missing 'text'" in messages[1] and "bad date" in messages[2]
    assert "expected a JSON object" in messages[3] and "missing 'id'" in messages[4]
    assert "not valid UTF-8" in messages[5]
    assert all("\n" not in m for m in messages)


def test_jsonl_empty_file(tmp_path):
    f = tmp_path / "empty.jsonl"
    f.write_text("\n\n")
    assert one_error(list(read([str(f)]))) == f"{f}: empty file (no JSON lines)"
    with pytest.raises(HeronInputError):
        list(read_jsonl(f))


# ---------------------------------------------------------------- HTML

def test_html_main_text_and_metadata(tmp_path):
    f = tmp_path / "rusland-taliban.html"
    f.write_text(PAGE, encoding="utf-8")
    [doc] = read_html(f)
    assert doc.id == "rusland-taliban"
    assert "Taliban-autoriteiten in Afghanistan helpen" in doc.text
    assert "gemeenschappelijke vijand" in doc.text
    assert "Sport" not in doc.text and "©" not in doc.text   # boilerplate dropped
    assert doc.title == "Rusland helpt Taliban"
    assert doc.publication_date == "2025-05-02"
    assert doc.url == "https://voorbeeld.nl/nieuws/rusland-taliban"
    assert doc.source == "Voorbeeldkrant" and doc.language == "nl"


def test_html_without_text(tmp_path):
    f = tmp_path / "blank.htm"
    f.write_text("<html><head><title>Leeg</title></head><body><script>x()</script></body></html>")
    assert "no main text" in one_error(list(read([str(f)])))


# ---------------------------------------------------------------- feeds

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Voorbeeldkrant</title><link>https://voorbeeld.nl</link>
<language>nl-nl</language><description>Nieuws</description>
<item><title>Rusland helpt Taliban</title><link>https://voorbeeld.nl/1</link>
<guid>https://voorbeeld.nl/1</guid><pubDate>Fri, 02 May 2025 23:30:00 +0200</pubDate>
<description>&lt;p&gt;Rusland zal de Taliban helpen.&lt;/p&gt;
&lt;p&gt;Moskou noemde Daesh de vijand.&lt;/p&gt;</description></item>
<item><title>Leeg</title><link>https://voorbeeld.nl/2</link><description></description></item>
<item><title>Kabul</title><link>https://voorbeeld.nl/3</link>
<description>Kabul en Moskou praten verder.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id>
<updated>2025-05-03T10:00:00Z</updated>
<entry><title>Talks</title><id>urn:wire:42</id><link href="https://wire.example/42"/>
<published>2025-05-03T01:15:00+05:00</published><updated>2025-05-03T02:00:00Z</updated>
<content type="html" xml:lang="en">
&lt;p&gt;KABUL, May 3 (Wire) - Russia and the Taliban held talks.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_entries_become_documents(tmp_path):
    f = tmp_path / "news.rss"
    f.write_text(RSS, encoding="utf-8")
    items = list(read_feed(f))
    first, third = docs(items)
    assert first.text == "Rusland zal de Taliban helpen.\nMoskou noemde Daesh de vijand."
    assert first.publication_date == "2025-05-02"   # as the publisher wrote it, not UTC
    assert (first.title, first.url, first.source, first.language) == \
        ("Rusland helpt Taliban", "https://voorbeeld.nl/1", "Voorbeeldkrant", "nl")
    assert first.id == hashlib.sha1(b"https://voorbeeld.nl/1").hexdigest()[:16]
    assert third.text == "Kabul en Moskou praten verder." and third.publication_date is None
    assert one_error(items) == f"{f}: entry 2: empty text"


def test_atom_feed(tmp_path):
    f = tmp_path / "wire.atom"
    f.write_text(ATOM, encoding="utf-8")
    [doc] = read([str(f)])
    assert doc.text == "KABUL, May 3 (Wire) - Russia and the Taliban held talks."
    assert (doc.publication_date, doc.url, doc.language, doc.source) == \
        ("2025-05-03", "https://wire.example/42", "en", "Wire")


def test_xml_that_is_not_a_feed(tmp_path):
    f = tmp_path / "data.xml"
    f.write_text("<?xml version='1.0'?><catalog><book id='1'/></catalog>")
    assert one_error(list(read([str(f)]))).startswith(f"{f}: ")


# ---------------------------------------------------------------- WARC

def write_warc(path: Path, gzip: bool) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)

        def response(uri, ctype, body, date):
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=http,
                warc_headers_dict={"WARC-Date": date}))

        response("https://voorbeeld.nl/nieuws/rusland-taliban", "text/html; charset=utf-8",
                 PAGE.encode("utf-8"), "2025-06-01T12:00:00Z")
        response("https://voorbeeld.nl/logo.png", "image/png", b"\x89PNG\x00\x00",
                 "2025-06-01T12:00:01Z")
        undated = "\n".join(line for line in PAGE.splitlines()
                            if "published_time" not in line and "og:url" not in line)
        response("https://voorbeeld.nl/b", "text/html", undated.encode("utf-8"),
                 "2025-06-02T08:00:00Z")
        response("https://voorbeeld.nl/leeg", "text/html", b"<html><body></body></html>",
                 "2025-06-02T08:00:01Z")


@pytest.mark.parametrize("name, gzip", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_responses(tmp_path, name, gzip):
    f = tmp_path / name
    write_warc(f, gzip)
    items = list(read([str(f)]))
    dated, undated = docs(items)
    uri = b"https://voorbeeld.nl/nieuws/rusland-taliban"
    assert dated.id == hashlib.sha1(uri).hexdigest()[:16]
    assert dated.url == "https://voorbeeld.nl/nieuws/rusland-taliban"
    assert dated.publication_date == "2025-05-02"          # the page's own date
    assert dated.meta["crawl_date"] == "2025-06-01"
    assert "Taliban-autoriteiten" in dated.text
    assert (undated.url, undated.publication_date) == ("https://voorbeeld.nl/b", "2025-06-02")
    assert one_error(items).startswith(f"{f}: https://voorbeeld.nl/leeg: no main text")
    assert [d.id for d in docs(read_warc(f))] == [dated.id, undated.id]   # stable ids


@pytest.mark.parametrize("content", [b"this is not a web archive\n" * 10,
                                     gzip.compress(b"not a web archive either\n"), b""])
def test_not_a_warc(tmp_path, content):
    f = tmp_path / "fake.warc.gz"
    f.write_bytes(content)
    assert one_error(list(read([str(f)]))) == f"{f}: not a WARC file (no WARC/ header)"


def test_warc_without_html(tmp_path):
    f = tmp_path / "images.warc"
    with open(f, "wb") as out:
        writer = WARCWriter(out, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://voorbeeld.nl/logo.png", "response", payload=io.BytesIO(b"\x89PNG"),
            http_headers=http))
    assert one_error(list(read([str(f)]))) == f"{f}: no HTML responses in the archive"


# ---------------------------------------------------------------- directories and batches

def test_directory_is_read_recursively_sorted_skipping_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "z.txt").write_text("date 2025 Kabul.")
    (tmp_path / "b" / "a.txt").write_text("Moskou.")
    (tmp_path / "a.txt").write_text("Den Haag.")
    (tmp_path / ".hidden.txt").write_text("geheim")
    (tmp_path / ".cache" / "c.txt").write_text("geheim")
    (tmp_path / "gold.json").write_text("{}")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00garbage\x00")
    items = list(read([str(tmp_path)]))
    assert [d.text for d in docs(items)] == ["Den Haag.", "Moskou.", "Kabul."]
    assert one_error(items).startswith(str(tmp_path / "bad.txt"))


def test_a_batch_goes_on_after_errors(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("date 2025-05-01 Rusland helpt.")
    items = list(read([str(tmp_path / "missing.txt"), str(good), str(tmp_path / "x.pdf")]))
    assert [type(i).__name__ for i in items] == ["HeronInputError", "Document", "HeronInputError"]
