"""Helpers shared by the core tests (plain functions; fixtures live in conftest.py)."""

from __future__ import annotations

from quotedesk.core.store import Store


def all_rows(store: Store) -> dict[str, list[dict]]:
    """Every row of the annotation tables, in a stable order (for exact comparisons)."""
    return {
        table: store.rows(f"SELECT * FROM {table} ORDER BY 1")
        for table in ("articles", "spans", "quotes", "entities")
    }
