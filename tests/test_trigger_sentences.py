"""One sentence per lexicon entry group, per language: tests/data/trigger_sentences/<lang>.tsv.

Each row is a sentence written for the trigger it tests (not taken from a gold set) and the one
event Heron must code from it: type, actor countries, recipient countries (comma-separated,
empty for none). A row whose type is '-' says the sentence codes no event at all.

The rows test the lexicons and the rules, so they are coded by every stage but the recipient
model, which adds recipients the rules leave empty (tests/test_recipient_model.py, and its
measured effect in heron/events/recipient_model/CARD.md).
"""
import csv
from pathlib import Path

import pytest

from heron.document import Document
from heron.events import recipient_model
from heron.pipeline import STAGES, Pipeline

# the rules' events, whatever the confidence model rates them (its threshold has its own tests)
RULES = Pipeline(stages=[s for s in STAGES if s is not recipient_model.choose], min_confidence=0.0)
DATA = Path(__file__).parent / "data" / "trigger_sentences"


def _rows():
    for path in sorted(DATA.glob("*.tsv")):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"):
                yield pytest.param(path.stem, row, id=f"{path.stem}:{row['sentence'][:40]}")


def _split(field: str) -> list[str]:
    return sorted(x for x in (field or "").split(",") if x)


@pytest.mark.parametrize("lang,row", list(_rows()))
def test_trigger_sentence(lang, row):
    events = [(e.event_type, sorted({a["country"] for a in e.actor if a["country"]}),
               sorted({r["country"] for r in e.recipient if r["country"]}))
              for e in RULES(Document(id="t", text=row["sentence"], language=lang,
                                      publication_date="2025-03-12")).events]
    if row["type"] == "-":
        assert events == []
    else:
        assert (row["type"], _split(row["actor"]), _split(row["recipient"])) in events, events
