"""Readers that turn inputs into `Document`s.

    for item in heron.ingest.read(["articles/", "feed.rss", "-"]):
        if isinstance(item, HeronInputError): print(item)    # one line: "PATH: reason"
        else: code(item)

Each reader `read_<kind>(path)` is a generator of Documents. A problem that ends a file
(missing, unreadable, binary, bad encoding, empty) is raised as HeronInputError; a problem
with one record in a multi-record file (a JSONL line, a feed entry, a WARC record) is
yielded as a HeronInputError value and the reader goes on. `read` turns both into values,
so a batch never stops on one bad input.
"""
from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Callable, Iterable, Iterator

from heron.document import Document, HeronInputError
from heron.ingest.common import fail, iso_date, text_document
from heron.ingest.text import read_stdin, read_txt

Reader = Callable[[Path], Iterable["Document | HeronInputError"]]

# Suffix -> "module:reader". Files in a directory are read only when their suffix is
# listed here. Modules load on first use: trafilatura alone takes most of a second to
# import, and a batch of .txt files needs none of them.
READERS: dict[str, str] = {
    ".txt": "text:read_txt",
    ".jsonl": "jsonl:read_jsonl", ".ndjson": "jsonl:read_jsonl",
    ".html": "html:read_html", ".htm": "html:read_html",
    ".xml": "feed:read_feed", ".rss": "feed:read_feed", ".atom": "feed:read_feed",
    ".warc": "warc:read_warc", ".warc.gz": "warc:read_warc",
}
_LAZY = {"read_jsonl": "jsonl", "read_html": "html", "read_feed": "feed", "read_warc": "warc"}

__all__ = ["read", "read_path", "reader_for", "read_txt", "read_stdin", "read_jsonl", "read_html",
           "read_feed", "read_warc", "text_document", "iso_date", "READERS"]


def read(paths: Iterable[str]) -> Iterator[Document | HeronInputError]:
    """Documents from files, directories (recursive, sorted, hidden entries skipped) and
    '-' (standard input), in order; every problem comes out as a HeronInputError value."""
    for p in paths:
        if p == "-":
            yield from _guard(lambda _: read_stdin(), Path("-"))
        elif Path(p).is_dir():
            for f in _walk(Path(p)):
                yield from _guard(reader_for(f), f)
        else:
            yield from read_path(p)


def read_path(path: str | Path) -> Iterator[Document | HeronInputError]:
    """One file, by its suffix; a file without a suffix is read as plain text."""
    path = Path(path)
    suffix = _suffix(path)
    if not path.exists():
        yield fail(path, "no such file")
        return
    if suffix in READERS:
        reader = reader_for(path)
    elif not path.suffix:
        reader = read_txt
    else:
        known = ", ".join(sorted(READERS))
        yield fail(path, f"unsupported file type '{path.suffix}' (known: {known})")
        return
    yield from _guard(reader, path)


def reader_for(path: Path) -> Reader:
    """The reader for a file's suffix (KeyError if there is none)."""
    module, name = READERS[_suffix(path)].split(":")
    return getattr(importlib.import_module(f"heron.ingest.{module}"), name)


def __getattr__(name: str) -> Reader:
    if name in _LAZY:
        return getattr(importlib.import_module(f"heron.ingest.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'heron.ingest' has no attribute {name!r}")


def _guard(reader: Reader, path: Path) -> Iterator[Document | HeronInputError]:
    try:
        yield from reader(path)
    except HeronInputError as e:
        yield e


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def _walk(root: Path) -> Iterator[Path]:
    """Readable files under root in sorted order, skipping hidden files and folders."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            f = Path(folder, name)
            if not name.startswith(".") and _suffix(f) in READERS:
                yield f
