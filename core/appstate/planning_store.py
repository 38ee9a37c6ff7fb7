"""The purchase-planning part of the workspace: the week's needs, the recipes and covers, the
suppliers' terms (from price lists and entered in the window) and the current supplier of each
ingredient. Its tables are made by core.appstate.schema (version 4)."""

from __future__ import annotations

import contextlib
import sqlite3

import pandas as pd

from core.appstate.db import now, plain


class PlanningStore:
    """The week's needs, the recipes and covers, supplier terms and current suppliers."""

    _db: sqlite3.Connection

    def _write(self) -> contextlib.AbstractContextManager:  # the workspace's one transaction
        raise NotImplementedError

    # -- needs per week ------------------------------------------------------------------------
    def save_needs(self, week: str, needs: pd.DataFrame) -> None:
        """Replace the week's needs (columns ingredient, quantity, unit)."""
        rows = [
            (week, i, str(r["ingredient"]), float(r["quantity"]), str(r.get("unit") or ""))
            for i, r in enumerate(needs.to_dict("records"))
        ]
        with self._write():
            self._db.execute("DELETE FROM plan_needs WHERE week = ?", (week,))
            self._db.executemany("INSERT INTO plan_needs VALUES (?, ?, ?, ?, ?)", rows)

    def needs(self, week: str) -> pd.DataFrame:
        rows = self._db.execute(
            "SELECT ingredient, quantity, unit FROM plan_needs WHERE week = ? ORDER BY position", (week,)
        ).fetchall()
        return pd.DataFrame(rows, columns=["ingredient", "quantity", "unit"])

    def weeks_with_needs(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT DISTINCT week FROM plan_needs ORDER BY week")]

    # -- recipes and covers ----------------------------------------------------------------------
    def save_recipes(self, recipes: pd.DataFrame) -> None:
        """Replace the recipes (dish, ingredient, quantity, unit, yield)."""
        rows = [
            (i, str(r["dish"]), str(r["ingredient"]), float(r["quantity"]), str(r["unit"]), float(r["yield"]))
            for i, r in enumerate(recipes.to_dict("records"))
        ]
        with self._write():
            self._db.execute("DELETE FROM plan_recipes")
            self._db.executemany("INSERT INTO plan_recipes VALUES (?, ?, ?, ?, ?, ?)", rows)

    def recipes(self) -> pd.DataFrame:
        rows = self._db.execute(
            "SELECT dish, ingredient, quantity, unit, yield FROM plan_recipes ORDER BY position"
        ).fetchall()
        return pd.DataFrame(rows, columns=["dish", "ingredient", "quantity", "unit", "yield"])

    def save_covers(self, week: str, covers: dict[str, float]) -> None:
        with self._write():
            self._db.execute("DELETE FROM plan_covers WHERE week = ?", (week,))
            self._db.executemany(
                "INSERT INTO plan_covers VALUES (?, ?, ?)", [(week, d, float(c)) for d, c in covers.items()]
            )

    def covers(self, week: str) -> dict[str, float]:
        return dict(self._db.execute("SELECT dish, covers FROM plan_covers WHERE week = ?", (week,)).fetchall())

    # -- supplier terms ------------------------------------------------------------------------------
    def _put_terms(self, terms: pd.DataFrame, source: str) -> None:
        rows = [
            (
                str(r["supplier"]),
                source,
                plain(r.get("min_order_pen")),
                plain(r.get("max_order_pen")),
                str(r.get("delivery_days") or ""),
                now(),
            )
            for r in terms.to_dict("records")
            if str(r.get("supplier") or "").strip()
        ]
        self._db.executemany("INSERT OR REPLACE INTO supplier_terms VALUES (?, ?, ?, ?, ?, ?)", rows)

    def save_terms(self, terms: pd.DataFrame, source: str = "window") -> None:
        """Replace every term of ``source`` (what the manager entered: "window")."""
        with self._write():
            self._db.execute("DELETE FROM supplier_terms WHERE source = ?", (source,))
            self._put_terms(terms, source)

    def terms(self) -> pd.DataFrame:
        """Every stored term with its source (price_list, window), one row per supplier and source."""
        rows = self._db.execute(
            "SELECT supplier, min_order_pen, max_order_pen, delivery_days, source FROM supplier_terms"
        ).fetchall()
        frame = pd.DataFrame(rows, columns=["supplier", "min_order_pen", "max_order_pen", "delivery_days", "source"])
        for column in ("min_order_pen", "max_order_pen"):
            frame[column] = frame[column].astype(float)
        return frame

    # -- current supplier per ingredient --------------------------------------------------------------
    def set_current_supplier(self, ingredient: str, supplier: str) -> None:
        """Mark who supplies ``ingredient`` today ("" forgets it)."""
        with self._write():
            if supplier:
                self._db.execute(
                    "INSERT OR REPLACE INTO current_suppliers VALUES (?, ?, ?)", (ingredient, supplier, now())
                )
            else:
                self._db.execute("DELETE FROM current_suppliers WHERE ingredient = ?", (ingredient,))

    def current_suppliers(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT ingredient, supplier FROM current_suppliers").fetchall())
