"""Heron: multilingual political event coding (PLOVER, with CAMEO crosswalk), offline on a CPU.

    import heron
    events = heron.code("Rusland zal de Taliban helpen ...", publication_date="2025-05")
"""
from __future__ import annotations

__version__ = "0.1.0"


def code(text: str, publication_date: str | None = None, language: str | None = None,
         doc_id: str = "text", include_unasserted: bool = False, min_confidence: float | None = None) -> list:
    """Code one article's text into a list of `heron.document.Event`. Events the confidence model
    rates under `min_confidence` are left out (default: its threshold; 0 keeps every event)."""
    from heron.document import Document
    from heron.pipeline import ASSERTED, EVERY_MODALITY, Pipeline
    modalities = EVERY_MODALITY if include_unasserted else ASSERTED
    document = Document(id=doc_id, text=text, language=language, publication_date=publication_date)
    return Pipeline(modalities=modalities, min_confidence=min_confidence)(document).events
