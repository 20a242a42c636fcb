"""Helpers shared by the readers: decoding bytes, dates, ids, the `date` marker.

Every problem becomes a `HeronInputError` whose message is one line, "PATH: reason".
"""
from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import hashlib
import re
from pathlib import Path

from heron.document import Document, HeronInputError


def fail(path: str | Path, reason: str) -> HeronInputError:
    """A one-line input error naming the file (newlines in the reason are flattened)."""
    return HeronInputError(f"{path}: {' '.join(str(reason).split())}")


def read_bytes(path: str | Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise fail(path, "no such file") from None
    except IsADirectoryError:
        raise fail(path, "is a directory") from None
    except OSError as e:
        raise fail(path, f"cannot read: {e.strerror or e}") from None


# Byte-order marks that declare the encoding outright (not a guess): UTF-32 before UTF-16,
# whose BOM is a prefix of UTF-32-LE's.
_BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16")]


def wide_bom(data: bytes) -> bool:
    """True when data opens with a UTF-16 or UTF-32 byte-order mark."""
    return any(data.startswith(bom) for bom, codec in _BOMS if codec != "utf-8-sig")


def decode(data: bytes, path: str | Path) -> str:
    """Decode text as UTF-8 (a BOM is honoured); binary or other encodings are errors.

    We never fall back to a guessed 8-bit codec: that would silently turn a Latin-1 or
    Windows-1252 file into plausible-looking garbage.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as e:
                reason = f"not valid {codec} despite its byte-order mark ({e.reason})"
                raise fail(path, reason) from None
    if b"\x00" in data[:8192]:
        raise fail(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        bad = data[e.start:e.start + 1].hex()
        raise fail(path, f"not valid UTF-8 (byte 0x{bad} at offset {e.start}); "
                         "re-save the file as UTF-8") from None


_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_TIMESTAMP_TAIL = re.compile(r"[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")


def iso_date(value: object) -> str | None:
    """ISO 8601 date at its precision: '2025', '2025-05', '2025-05-02'.

    Full timestamps ('2025-05-02T10:00:00Z', '2025-05-02 10:00+02:00') and RFC 822 dates
    (RSS) are reduced to the calendar date as written. None/'' -> None; else ValueError.
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    m = _ISO.match(text)
    rest = text[m.end():] if m else text
    if m and (not rest or (m.group(3) and _TIMESTAMP_TAIL.fullmatch(rest))):
        y, mo, d = m.group(1), m.group(2), m.group(3)
        dt.date(int(y), int(mo or 1), int(d or 1))   # validates; raises ValueError
        return "-".join(p for p in (y, mo, d) if p)
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"not an ISO 8601 date: {text!r}") from None


# The `date YYYY[-MM[-DD]]` marker at the head of a text, possibly after whitespace and
# followed on the same line by the text itself (see examples/seed/article.txt).
# Only digits and dashes count, so a text that opens with the word "date" is left alone.
_MARKER = re.compile(r"\s*date[ \t]+(\d{4}(?:-\d+)*)(?=\s|$)")


def text_document(raw: str, doc_id: str, path: str | Path, **meta) -> Document:
    """A Document from raw text that may start with a `date` marker.

    Document.text is what follows the marker with surrounding whitespace removed; all
    later offsets refer to it.
    """
    date = None
    m = _MARKER.match(raw)
    if m:
        try:
            date = iso_date(m.group(1))
        except ValueError:
            reason = f"bad date marker 'date {m.group(1)}' (want date YYYY[-MM[-DD]])"
            raise fail(path, reason) from None
        raw = raw[m.end():]
    text = raw.strip()
    if not text:
        raise fail(path, "empty text")
    return Document(id=doc_id, text=text, publication_date=date, **meta)


def stable_id(key: str) -> str:
    """A short id that is the same for the same key in every run (URLs, feed entry ids)."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def language_code(value: object) -> str | None:
    """'nl-NL' / 'NL' / 'nl_BE' -> 'nl'; empty -> None."""
    text = str(value or "").strip()
    if not text:
        return None
    return re.split(r"[-_]", text)[0].lower() or None
