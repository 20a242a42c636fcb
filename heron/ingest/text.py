"""Plain-text articles (`.txt`, or any file without a known suffix) and standard input.

A text may open with a `date YYYY[-MM[-DD]]` marker giving its publication date.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO, Iterator

from heron.document import Document
from heron.ingest.common import decode, read_bytes, text_document


def read_txt(path: str | Path) -> Iterator[Document]:
    """One Document: id = the file's stem, source = the file's name."""
    path = Path(path)
    raw = decode(read_bytes(path), path)
    yield text_document(raw, path.stem, path, source=path.name)


def read_stdin(stream: BinaryIO | None = None) -> Iterator[Document]:
    """One Document from standard input (bytes), id 'stdin'."""
    stream = stream if stream is not None else sys.stdin.buffer
    raw = decode(stream.read(), "-")
    yield text_document(raw, "stdin", "-", source="stdin")
