"""The PLOVER ontology as one set of tables: event types, modes, contexts, CAMEO crosswalk.

All numbers live in the TSV files beside this module; code asks this module, never
hard-codes a type's quad class or intensity.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


#: actor "country" codes that are not states (CODING.md section 3)
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})


@dataclass(frozen=True)
class EventType:
    name: str
    quad: int
    intensity: float
    cameo: str
    verbal: bool
    needs_recipient: bool
    description: str


@dataclass(frozen=True)
class Mode:
    event_type: str
    name: str
    intensity: float
    cameo: str


def _rows(filename: str) -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def event_types() -> dict[str, EventType]:
    return {r["type"]: EventType(r["type"], int(r["quad"]), float(r["intensity"]), r["cameo"],
                                 r["verbal"] == "1", r["needs_recipient"] == "1", r["description"])
            for r in _rows("event_types.tsv")}


@cache
def modes() -> dict[tuple[str, str], Mode]:
    return {(r["type"], r["mode"]): Mode(r["type"], r["mode"], float(r["intensity"]), r["cameo"])
            for r in _rows("modes.tsv")}


@cache
def contexts() -> tuple[str, ...]:
    text = resources.files(__package__).joinpath("contexts.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def event_type(name: str) -> EventType:
    try:
        return event_types()[name]
    except KeyError:
        raise ValueError(f"unknown PLOVER event type {name!r}") from None


def score(event_type_name: str, mode: str | None) -> tuple[int, float, str]:
    """(quad class, intensity, CAMEO code) for a type and optional mode."""
    etype = event_type(event_type_name)
    m = modes().get((event_type_name, mode)) if mode else None
    if m:
        return etype.quad, m.intensity, m.cameo
    return etype.quad, etype.intensity, etype.cameo


@cache
def _sovereigns() -> dict[str, str]:
    return {r["territory"]: r["state"] for r in _rows("territories.tsv")}


@cache
def _seats() -> dict[str, str]:
    return {r["state"]: r["organisation"] for r in _rows("seats.tsv")}


@cache
def _state_groups() -> dict[str, tuple[str, ...]]:
    return {r["group"]: tuple(r["members"].split("|")) for r in _rows("state_groups.tsv")}


def group_members(group: str) -> tuple[str, ...]:
    """The states of a group a text names by its region's word: 'baltic' -> EST, LVA, LTU (state_groups.tsv)."""
    return _state_groups().get(group, ())


def seated(country: str | None) -> str | None:
    """The organisation whose seat is the capital of a country: 'BEL' -> 'EUR' (seats.tsv)."""
    return _seats().get(country) if country else None


def sovereign(country: str | None) -> str | None:
    """The independent state coded for a country code: 'HKG' -> 'CHN' (territories.tsv)."""
    return _sovereigns().get(country, country) if country else country
