"""Reading gold files (the format of shared/examples/seed/gold.json) and their articles.

A gold folder holds `article.txt` + `gold.json`, or sub-folders that each do, or
`articles/NAME.txt` beside `gold/NAME.json`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from heron.document import Document, HeronInputError
from heron.ingest import read_txt


@dataclass
class GoldDocument:
    name: str
    document: Document
    events: list[dict]
    not_events: list[dict]


def _pair(name: str, article: Path, gold_path: Path) -> GoldDocument:
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise HeronInputError(f"{gold_path}: not a readable gold file ({e})") from None
    document = next(iter(read_txt(article)))
    document.id = gold.get("doc_id") or name
    document.language = gold.get("language") or document.language
    document.publication_date = document.publication_date or gold.get("publication_date")
    return GoldDocument(name, document, gold.get("events", []), gold.get("not_events", []))


def load(folder: Path) -> list[GoldDocument]:
    if (folder / "gold.json").is_file() and (folder / "article.txt").is_file():
        return [_pair(folder.name, folder / "article.txt", folder / "gold.json")]
    if (folder / "articles").is_dir() and (folder / "gold").is_dir():
        pairs = []
        for gold_path in sorted((folder / "gold").glob("*.json")):
            article = folder / "articles" / f"{gold_path.stem}.txt"
            if not article.is_file():
                raise HeronInputError(f"{gold_path}: no article {article}")
            pairs.append(_pair(gold_path.stem, article, gold_path))
        return pairs
    pairs = [p for sub in sorted(folder.iterdir()) if sub.is_dir() for p in load(sub)]
    if not pairs:
        raise HeronInputError(f"{folder}: no article.txt/gold.json pairs and no articles/ + gold/ trees")
    return pairs
