"""Audited scores: the sustainability officer's score counts at once, before any retraining.

An audit gives a score in [0, 1] with the auditor, the date, a note and optionally an evidence
file, for one of two scopes:

- ``offer``: one supplier's product, recognised again in later lists by supplier, product and
  pack (as written, compared without case or accents; without a pack: every pack of it);
- ``supplier_ingredient``: every offer of an ingredient from one supplier (e.g. all the
  corvina a fishery sells).

``apply_audits`` adds the audit columns (AUDIT_COLUMNS) to a scored table; the most specific
audit wins (offer with its pack, then offer, then supplier and ingredient), and among equally
specific ones the newest. The
ranking (core.ranking.rank) then takes ``audited_score`` when present and the model's
prediction otherwise, and says which in ``score_source``. Stored by core.appstate.workspace.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from core.i18n import N_, tr
from core.text import fold

SCOPES = ("offer", "supplier_ingredient")
# One row per audit, as the workspace returns them (oldest first).
AUDIT_FIELDS = [
    "audit_id",
    "scope",
    "supplier",
    "product",
    "pack_qty",
    "pack_unit",
    "ingredient",
    "score",
    "auditor",
    "audit_date",
    "note",
    "evidence",
    "offer_id",
    "created",
]
# What apply_audits adds to each offer ("" / NaN when it has no audit).
AUDIT_COLUMNS: dict[str, str] = {
    "audited_score": "float",
    "audit_scope": "str",
    "audited_by": "str",
    "audited_on": "str",  # YYYY-MM-DD
    "audit_note": "str",
    "audit_evidence": "str",  # the evidence file's copy in the user's data folder
}
# Where the sustainability value used by the ranking came from (core.ranking.rank).
SCORE_SOURCES = {"audited": N_("audited"), "model": N_("model"), "price_list": N_("price list"), "": ""}


def evidence_copy_name(sha256: str, original: str) -> str:
    """The evidence copy's file name: the content's sha256 prefix, then the original name."""
    return f"{sha256[:16]}-{original}"


def evidence_name(path: str) -> str:
    """The original file name of an evidence copy (what people attached), '' for none."""
    name = Path(path).name if path else ""
    return name[17:] if re.fullmatch(r"[0-9a-f]{16}-.+", name) else name


def score_source_text(code: str, lang: str | None = None) -> str:
    return tr(SCORE_SOURCES[code], lang=lang) if SCORE_SOURCES.get(code) else ""


def _folded(values: pd.Series) -> np.ndarray:
    """fold() of every value, computed once per distinct value."""
    codes, uniques = pd.factorize(values.fillna("").astype(str))
    return np.array([fold(u) for u in uniques] + [""], dtype=object)[codes]


def _pack(qty: pd.Series, unit: pd.Series) -> np.ndarray:
    numbers = pd.to_numeric(qty, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    text = np.array([f"{q:g}" if np.isfinite(q) else "" for q in numbers], dtype=object)
    return text + "\x1f" + _folded(unit)


def offer_keys(frame: pd.DataFrame) -> np.ndarray:
    """Supplier, product and pack, folded: what makes an audited offer the same in a later list."""
    get = lambda c: frame[c] if c in frame else pd.Series("", index=frame.index, dtype=object)
    return (
        _folded(get("supplier")) + "\x1f" + _folded(get("product")) + "\x1f" + _pack(get("pack_qty"), get("pack_unit"))
    )


def product_keys(frame: pd.DataFrame) -> np.ndarray:
    """Supplier and product, folded: an offer audit given without its pack covers every pack."""
    get = lambda c: frame[c] if c in frame else pd.Series("", index=frame.index, dtype=object)
    return _folded(get("supplier")) + "\x1f" + _folded(get("product"))


def supplier_ingredient_keys(frame: pd.DataFrame) -> np.ndarray:
    get = lambda c: frame[c] if c in frame else pd.Series("", index=frame.index, dtype=object)
    return _folded(get("supplier")) + "\x1f" + get("ingredient").fillna("").astype(str).to_numpy(dtype=object)


def empty_audits() -> pd.DataFrame:
    return pd.DataFrame(columns=AUDIT_FIELDS)


def apply_audits(scored: pd.DataFrame, audits: pd.DataFrame | None) -> pd.DataFrame:
    """A copy of ``scored`` with AUDIT_COLUMNS filled from ``audits`` (AUDIT_FIELDS rows)."""
    frame = scored.copy()
    n = len(frame)
    values = {
        c: (np.full(n, np.nan) if kind == "float" else np.full(n, "", dtype=object))
        for c, kind in AUDIT_COLUMNS.items()
    }
    if audits is not None and len(audits) and n:
        ordered = audits.sort_values("audit_id", kind="stable")
        pack_given = (
            ordered["pack_unit"].fillna("").astype(str).str.strip().ne("")
            | pd.to_numeric(ordered["pack_qty"], errors="coerce").notna()
        )
        is_offer = ordered["scope"] == "offer"
        # the least specific first, so that a more specific audit overwrites it
        for chosen, keys_of, scope in (
            (ordered[ordered["scope"] == "supplier_ingredient"], supplier_ingredient_keys, "supplier_ingredient"),
            (ordered[is_offer & ~pack_given], product_keys, "offer"),
            (ordered[is_offer & pack_given], offer_keys, "offer"),
        ):
            if chosen.empty:
                continue
            latest = pd.Series(np.arange(len(chosen)), index=keys_of(chosen)).groupby(level=0).last()
            position = pd.Series(keys_of(frame)).map(latest).to_numpy(dtype=float, na_value=np.nan)
            hit = np.isfinite(position)
            rows = chosen.iloc[position[hit].astype(int)]
            values["audited_score"][hit] = pd.to_numeric(rows["score"], errors="coerce").to_numpy(dtype=float)
            values["audit_scope"][hit] = scope
            for column, field in (
                ("audited_by", "auditor"),
                ("audited_on", "audit_date"),
                ("audit_note", "note"),
                ("audit_evidence", "evidence"),
            ):
                values[column][hit] = rows[field].fillna("").astype(str).to_numpy(dtype=object)
    for column, array in values.items():
        frame[column] = array
    return frame
