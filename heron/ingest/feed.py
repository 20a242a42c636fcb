"""RSS and Atom feeds (`.rss`, `.atom`, `.xml`) via feedparser: one Document per entry."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import feedparser

from heron.document import Document, HeronInputError
from heron.ingest.common import fail, iso_date, language_code, read_bytes, stable_id
from heron.ingest.html import fragment_text


def read_feed(path: str | Path) -> Iterator[Document | HeronInputError]:
    """Documents, and a HeronInputError value for each entry without text.

    id = a stable hash of the entry's id (else its link, else file + position); text = the
    entry's content (else summary) as plain text; date = published (else updated).
    """
    path = Path(path)
    data = read_bytes(path)
    if b"\x00" in data[:8192]:
        raise fail(path, "binary file (contains NUL bytes), not a feed")
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = feed.get("bozo_exception") if feed.get("bozo") else None
        raise fail(path, f"not a feed ({reason})" if reason else "no feed entries")
    info = feed.get("feed", {})
    source = info.get("title") or path.name
    language = language_code(info.get("language"))
    for n, entry in enumerate(feed.entries, 1):
        key = entry.get("id") or entry.get("link") or f"{path.name}#{n}"
        where = f"{path}: entry {n}"
        try:
            text = _entry_text(entry)
            if not text:
                raise fail(where, "empty text")
            yield Document(id=stable_id(key), text=text, title=entry.get("title") or None,
                           url=entry.get("link") or None, source=source,
                           publication_date=_entry_date(entry),
                           language=language_code(_entry_language(entry)) or language)
        except HeronInputError as e:
            yield e


def _entry_text(entry) -> str:
    contents = [c.get("value", "") for c in entry.get("content", [])]
    for fragment in contents + [entry.get("summary", "")]:
        text = fragment_text(fragment)
        if text:
            return text
    return ""


def _entry_language(entry) -> str | None:
    for c in entry.get("content", []):
        if c.get("language"):
            return c["language"]
    return entry.get("summary_detail", {}).get("language")


def _entry_date(entry) -> str | None:
    """The date as the feed wrote it (local to the publisher), else feedparser's UTC parse."""
    for key in ("published", "updated", "created"):
        try:
            date = iso_date(entry.get(key))
        except ValueError:
            date = None
        if date:
            return date
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None
