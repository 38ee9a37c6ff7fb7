"""How an offer changed since the supplier's previous list, in words, for the table's cells
and tooltips and the detail pane (core.history.changes computes the values)."""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from core.catalogs import load_catalogs
from core.contract import list_values
from core.i18n import current_language
from core.unit_names import unit_name


def _number(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan


def certificate_names(ids: object) -> str:
    """'organic;fairtrade' -> 'Organic, Fair trade' in the app's language."""
    catalogs = load_catalogs()
    language = current_language()
    return ", ".join(catalogs.label("certifications", ident, language) for ident in list_values(str(ids or "")))


def change_cell(status: object, change_pct: object) -> str:
    """What the Change column shows: '+18.0 %', 'new', or nothing."""
    if status == "new":
        return QCoreApplication.translate("ChangeText", "new")
    number = _number(change_pct)
    if math.isnan(number):
        return ""
    return f"{number:+.1f} %"


def change_summary(offer: Mapping[str, object], jump_pct: float | None = None) -> str:
    """One or two sentences: the price before and after, certificates added or dropped, score."""
    status = offer.get("change_status", "")
    if status == "new":
        return QCoreApplication.translate("ChangeText", "New in this list: the supplier did not offer it before.")
    if status == "" or status is None:
        return QCoreApplication.translate("ChangeText", "The supplier's first list: nothing to compare with yet.")
    parts = []
    before, now = _number(offer.get("previous_price_pen_per_base_unit")), _number(offer.get("price_pen_per_base_unit"))
    change = _number(offer.get("change_pct"))
    unit = unit_name(offer.get("base_unit", "") or "")
    if not math.isnan(before) and not math.isnan(now):
        parts.append(
            QCoreApplication.translate("ChangeText", "S/ %1 per %2 on %3, now S/ %4 (%5).")
            .replace("%1", f"{before:.2f}")
            .replace("%2", unit)
            .replace("%3", str(offer.get("previous_list_date", "")))
            .replace("%4", f"{now:.2f}")
            .replace("%5", f"{change:+.1f} %")
        )
    added, dropped = offer.get("certifications_added", ""), offer.get("certifications_dropped", "")
    if added:
        parts.append(
            QCoreApplication.translate("ChangeText", "Certificates added: %1.").replace("%1", certificate_names(added))
        )
    if dropped:
        parts.append(
            QCoreApplication.translate("ChangeText", "Certificates dropped: %1.").replace(
                "%1", certificate_names(dropped)
            )
        )
    score_change = _number(offer.get("score_change"))
    if not math.isnan(score_change) and abs(score_change) >= 0.005:
        parts.append(
            QCoreApplication.translate("ChangeText", "Sustainability score %1.").replace("%1", f"{score_change:+.2f}")
        )
    if bool(offer.get("price_jump", False)) and jump_pct is not None:
        parts.append(
            QCoreApplication.translate("ChangeText", "The price moved more than %1 %: check it before buying.").replace(
                "%1", f"{jump_pct:g}"
            )
        )
    return " ".join(parts) or QCoreApplication.translate("ChangeText", "Unchanged since the previous list.")
