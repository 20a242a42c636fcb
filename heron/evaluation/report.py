"""Printing an evaluation result as a table (rich), with --show listing misses and false events."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from heron.evaluation.score import Result


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def print_report(result: Result, show: bool = False, console: Console | None = None) -> None:
    console = console or Console(highlight=False, soft_wrap=True)
    console.print(f"documents {len(result.outcomes)}  precision {_pct(result.precision)}  "
                  f"recall {_pct(result.recall)}  F1 {_pct(result.f1)}  "
                  f"date accuracy {_pct(result.date_accuracy())}  place accuracy {_pct(result.place_accuracy())}  "
                  f"not-event errors {result.not_event_errors()}")
    table = Table("type", "tp", "fp", "missed", "precision", "recall", "F1")
    for etype, (tp, fp, fn) in result.per_type().items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        table.add_row(etype, str(tp), str(fp), str(fn), _pct(p), _pct(r), _pct(f))
    console.print(table)
    if not show:
        return
    for o in result.outcomes:
        for g in o.missed:
            console.print(f"[bold red]missed[/] {o.name} {g.get('id', '')} {'/'.join(g['event_type'])} "
                          f"{g.get('actor')}->{g.get('recipient')}: {g.get('evidence', '')}")
        for e in o.false:
            actors = [a.get("country") for a in e.actor]
            recipients = [r.get("country") for r in e.recipient]
            console.print(f"[bold yellow]false[/] {o.name} {e.event_type} {actors}->{recipients} "
                          f"'{e.trigger['text']}': {e.sentence}")
        for g, e in o.matched:
            flags = []
            if g.get("date") and e.date not in [g["date"]] + g.get("date_alternatives", []):
                flags.append(f"date {e.date} != {g['date']}")
            if "location" in g and (e.location or {}).get("country") != g["location"]:
                flags.append(f"place {(e.location or {}).get('country')} != {g['location']}")
            if flags:
                console.print(f"[bold blue]matched with errors[/] {o.name} {g.get('id', '')}: {'; '.join(flags)}")
