"""Events as rows of a POLECAT-style tab-separated file.

POLECAT_COLUMNS are the 40 column headers of the POLECAT weekly event files published on
Harvard Dataverse (doi:10.7910/DVN/AJGVIT), as they appear in the files' header line
and in public code that reads them. Values we do not produce stay empty: COW codes,
actor titles, district, and the story-level people/organisation/location lists.
Multi-valued cells are joined with "; " as in POLECAT. Wikipedia IDs hold Wikidata QIDs,
the nearest identifier we have.
"""
from __future__ import annotations

from typing import Any

from heron.document import Event

POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code",
    "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors",
    "Actor Title", "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
    "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
    "GeoNames ID", "Raw Placename", "Feature Type",
    "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations",
    "Language", "Version",
)
# Our place precision as a GeoNames feature code (POLECAT's "Feature Type").
_FEATURE = {"city": "PPL", "admin2": "ADM2", "admin1": "ADM1", "country": "PCLI", "continent": "CONT"}


def polecat_row(e: Event) -> list[str]:
    """The 40 cells of one event, in POLECAT_COLUMNS order, as tab/newline-free strings."""
    loc = e.location or {}
    precision = loc.get("precision")
    values: dict[str, Any] = {
        "Event ID": e.event_id, "Event Date": e.date, "Event Type": e.event_type,
        "Event Mode": e.mode, "Intensity": e.intensity, "Quad Code": e.quad_code,
        "Contexts": _join(e.contexts),
        **_side("Actor", e.actor), **_side("Recipient", e.recipient),
        "Placename": loc.get("name"), "City": loc.get("name") if precision == "city" else None,
        "Province": loc.get("admin1"), "Country": loc.get("country"),
        "Latitude": loc.get("lat"), "Longitude": loc.get("lon"),
        "GeoNames ID": loc.get("geonames_id"), "Raw Placename": loc.get("text"),
        "Feature Type": _FEATURE.get(precision),
        "Source": e.source, "Publication Date": e.publication_date,
        "Language": e.language, "Version": e.coder_version,
    }
    return [_cell(values.get(c)) for c in POLECAT_COLUMNS]


def _side(role: str, entities: list[dict[str, Any]]) -> dict[str, str]:
    def col(key: str) -> str:   # one slot per entity, so the columns stay aligned
        values = ["" if a.get(key) is None else str(a.get(key)) for a in entities]
        return "; ".join(values) if any(values) else ""
    return {f"{role} Name": col("name"), f"{role} Country": col("country"),
            f"Primary {role} Sector": entities[0].get("sector") if entities else None,
            f"{role} Sectors": col("sector"), f"{role} Name Raw": col("text"),
            f"Wikipedia {role} ID": col("wikidata")}


def _join(values) -> str:
    return "; ".join(str(v) for v in values if v not in (None, ""))


def _cell(value: Any) -> str:
    # Our own TSV writing: no quoting, so tabs and line breaks inside a value become spaces.
    return "" if value is None else " ".join(str(value).split())
