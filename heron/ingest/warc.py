"""Web archives (`.warc`, `.warc.gz`) via warcio: one Document per HTML response record."""
from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from heron.document import Document, HeronInputError
from heron.ingest.common import fail, iso_date, stable_id
from heron.ingest.html import html_document

_HTML = ("text/html", "application/xhtml+xml")


def read_warc(path: str | Path) -> Iterator[Document | HeronInputError]:
    """Documents, and a HeronInputError value for each HTML record without main text.

    id = a stable hash of WARC-Target-URI; url = that URI; date = the page's own
    publication date when its metadata gives one, else the WARC-Date (the crawl date,
    which is only an upper bound on publication). The crawl date is kept in meta.
    """
    path = Path(path)
    try:
        stream = open(path, "rb")
    except FileNotFoundError:
        raise fail(path, "no such file") from None
    except OSError as e:
        raise fail(path, f"cannot read: {e.strerror or e}") from None
    with stream:
        _check_magic(stream, path)
        found = 0
        try:
            for record in ArchiveIterator(stream):
                doc = _record(record, path)
                if doc is not None:
                    found += 1
                    yield doc
        except ArchiveLoadFailed as e:
            raise fail(path, f"not a WARC file ({e})") from None
        except (OSError, EOFError, zlib.error) as e:   # truncated or corrupt gzip members
            raise fail(path, f"corrupt WARC file ({e})") from None
        if not found:
            raise fail(path, "no HTML responses in the archive")


def _check_magic(stream, path: Path) -> None:
    """Our own check that the file is a WARC (plain or gzipped): warcio would read other
    bytes as a lenient ARC file, printing warnings and finding nothing."""
    head = stream.read(5)
    if head[:2] == b"\x1f\x8b":
        stream.seek(0)
        try:
            with gzip.GzipFile(fileobj=stream) as z:
                head = z.read(5)
        except (OSError, EOFError, zlib.error):
            head = b""
    stream.seek(0)
    if head != b"WARC/":
        raise fail(path, "not a WARC file (no WARC/ header)")


def _record(record, path: Path) -> Document | HeronInputError | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    status = record.http_headers.get_statuscode() or ""
    if ctype not in _HTML or not status.startswith("2"):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    try:
        crawled = iso_date(record.rec_headers.get_header("WARC-Date"))
    except ValueError:
        crawled = None
    try:
        doc = html_document(record.content_stream().read(), stable_id(uri), f"{path}: {uri}",
                            url=uri or None, date=crawled)
    except HeronInputError as e:
        return e
    doc.url = uri or doc.url
    doc.meta["crawl_date"] = crawled
    return doc
