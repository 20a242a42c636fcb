"""HTML pages: main text and metadata (title, date, url, site) via trafilatura, offline."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import lxml.html
import trafilatura

from heron.document import Document
from heron.ingest.common import fail, iso_date, language_code, read_bytes

# Dates only from the page's markup, never guessed from its text: htmldate's extensive
# search turns "(c) 2025" in a footer into 2025-01-01. original_date: published, not updated.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(path: str | Path) -> Iterator[Document]:
    """One Document: id = the file's stem; source = the site's name, else the file's name."""
    path = Path(path)
    data = read_bytes(path)
    if b"\x00" in data[:8192]:
        raise fail(path, "binary file (contains NUL bytes), not HTML")
    yield html_document(data, path.stem, path, source=path.name)


def html_document(html: bytes | str, doc_id: str, where: str | Path, url: str | None = None,
                  source: str | None = None, date: str | None = None) -> Document:
    """A Document from one HTML page (trafilatura detects the page's encoding itself).

    `url`, `source`, `date` are fallbacks for what the page's own metadata does not give.
    """
    try:
        found = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                            include_comments=False, include_tables=False,
                                            date_extraction_params=_DATE_PARAMS)
    except Exception as e:   # trafilatura/lxml raise assorted errors on broken input
        raise fail(where, f"cannot parse HTML: {e}") from None
    text = (found.text or "").strip() if found is not None else ""
    if not text:
        raise fail(where, "no main text found in the HTML")
    try:
        page_date = iso_date(found.date)
    except ValueError:
        page_date = None
    return Document(id=doc_id, text=text, title=found.title or None,
                    publication_date=page_date or date, url=found.url or url,
                    source=found.sitename or source or found.hostname or None,
                    language=_html_lang(html))


def _html_lang(html: bytes | str) -> str | None:
    """The page's declared language (<html lang="nl">): trafilatura's metadata has none."""
    try:
        return language_code(lxml.html.fromstring(html).get("lang"))
    except Exception:   # an unparsable page has simply no declared language
        return None


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's summary or content).

    trafilatura keeps paragraphs apart; for fragments it finds no text in (very short or
    plain-text summaries) we fall back to lxml's text content.
    """
    if not fragment or not fragment.strip():
        return ""
    text = trafilatura.extract(fragment, include_comments=False, favor_recall=True)
    if text:
        return text.strip()
    try:
        return lxml.html.fromstring(fragment).text_content().strip()
    except Exception:   # lxml rejects e.g. whitespace-only or pure-comment fragments
        return fragment.strip()
