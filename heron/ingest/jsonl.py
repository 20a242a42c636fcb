"""JSON Lines: one article per line.

Keys: id, text, date (publication date, ISO at any precision or a full timestamp; also
accepted as `publication_date`), and optional language, title, url, source. A bad line is
reported as "PATH:LINE: reason" and the rest of the file is still read.
"""
from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Iterator

from heron.document import Document, HeronInputError
from heron.ingest.common import decode, fail, iso_date, language_code, read_bytes, wide_bom

_OPTIONAL_TEXT = ("title", "url", "source")


def read_jsonl(path: str | Path) -> Iterator[Document | HeronInputError]:
    """Documents, and a HeronInputError value for each bad line (file errors are raised)."""
    path = Path(path)
    found = False
    for number, line in enumerate(_lines(read_bytes(path), path), 1):
        if not line.strip():
            continue
        found = True
        try:
            if isinstance(line, bytes):   # decoded here so one bad line spoils only itself
                line = decode(line, f"{path}:{number}")
            yield _document(json.loads(line), path)
        except HeronInputError as e:
            yield e
        except (ValueError, TypeError) as e:   # json.JSONDecodeError is a ValueError
            yield fail(f"{path}:{number}", e)
    if not found:
        raise fail(path, "empty file (no JSON lines)")


def _lines(data: bytes, path: Path) -> list[bytes] | list[str]:
    """Lines split on "\n" only: str.splitlines would also split inside a JSON string
    holding a raw U+2028 or form feed, which JSON allows."""
    if wide_bom(data):
        return decode(data, path).split("\n")
    if b"\x00" in data[:8192]:
        raise fail(path, "binary file (contains NUL bytes), not JSON lines")
    return data.removeprefix(codecs.BOM_UTF8).split(b"\n")


def _document(obj: object, path: Path) -> Document:
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
    doc_id, text = obj.get("id"), obj.get("text")
    if doc_id is None or str(doc_id).strip() == "" or isinstance(doc_id, (dict, list, bool)):
        raise ValueError("missing 'id'")
    if not isinstance(text, str):
        raise ValueError("missing 'text'" if text is None else "'text' is not a string")
    if not text.strip():
        raise ValueError("empty text")
    date = obj.get("date", obj.get("publication_date"))
    try:
        date = iso_date(date)
    except ValueError as e:
        raise ValueError(f"bad date: {e}") from None
    extra = {k: str(obj[k]) for k in _OPTIONAL_TEXT if obj.get(k) not in (None, "")}
    extra.setdefault("source", path.name)
    return Document(id=str(doc_id), text=text.strip(), publication_date=date,
                    language=language_code(obj.get("language")), **extra)
