"""MEANTIME news articles (shared/data/events/meantime-*) as Heron Documents, for benchmarks.

English comes as token XML (CAT format); Dutch and Spanish as JSONL of sentences.
Tokens are joined with spaces and sentences with newlines: these are benchmark inputs,
not gold for offsets.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from heron.document import Document

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "events"


def english() -> list[Document]:
    docs = []
    for path in sorted((DATA / "meantime-en" / "intra-doc_annotation").glob("*/*.xml")):
        root = ET.parse(path).getroot()
        sentences: dict[str, list[str]] = {}
        for tok in root.iter("token"):
            sentences.setdefault(tok.get("sentence"), []).append(tok.text or "")
        text = "\n".join(" ".join(toks) for toks in sentences.values())
        dct = root.find(".//TIMEX3[@functionInDocument='CREATION_TIME']")
        date = dct.get("value")[:10] if dct is not None and dct.get("value") else None
        docs.append(Document(id=f"en-{root.get('doc_id')}", text=text, publication_date=date, language="en"))
    return docs


def translated(lang: str) -> list[Document]:
    path = DATA / f"meantime-{lang}-derived" / f"meantime_{lang}_docs_detokenized.jsonl"
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        docs.append(Document(id=f"{lang}-{row['doc_id']}", text="\n".join(row["sentences"]),
                             publication_date=row.get("dct"), language=lang))
    return docs


def all_documents() -> list[Document]:
    return english() + translated("nl") + translated("es")
