"""Storing coded documents (DuckDB) and exporting events (jsonl, csv, parquet, PLOVER, POLECAT).

`Store` is imported on first use: DuckDB and pyarrow take most of a second to import,
and exporting text formats needs neither.
"""
from heron.store.export import FORMATS, write

__all__ = ["Store", "write", "FORMATS"]


def __getattr__(name: str):
    if name == "Store":
        from heron.store.duckdb_store import Store
        return Store
    raise AttributeError(f"module 'heron.store' has no attribute {name!r}")
