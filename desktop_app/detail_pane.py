"""The selected offer: its score (audited, or the model's with its interval), the officer's
entry of an audited score right under it, footprint, price per base unit and its change since
the supplier's previous list, where it came from (file, sheet, row), whether it needs review,
and the model's explanation as bars (computed when the offer is shown, in the background:
``show_explanation``)."""

from __future__ import annotations

import html
import json
import math
from typing import Any

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from core.catalogs import load_catalogs
from core.charts import offers as charts
from core.cleansing.review import BLOCKING, flag_names
from core.contract import list_values
from core.i18n import current_language
from core.ranking.audits import evidence_name
from core.unit_names import unit_name
from desktop_app.audit_entry_box import AuditEntryBox
from desktop_app.change_text import change_summary
from desktop_app.chart_timing import pause_timer
from desktop_app.translations import Retranslated


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


class DetailPane(Retranslated, QWidget):
    auditEntered = Signal(int, dict)  # offer id, the entry (desktop_app.audit_entry_box)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._offer: pd.Series | None = None
        self._explanation: str = ""
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.review = QLabel()
        self.review.setObjectName("needsReview")
        self.review.setWordWrap(True)
        self.fields: dict[str, QLabel] = {
            k: QLabel() for k in ("score", "co2", "price", "change", "origin", "provenance", "audited")
        }
        self.fields["change"].setObjectName("changeSincePrevious")
        self.jump_pct: float | None = None
        self.stale_days: int | None = None
        for label in self.fields.values():
            label.setWordWrap(True)
        self.fields["score"].setObjectName("detailScore")
        self._captions = {k: QLabel() for k in self.fields}
        self.score_form = QFormLayout()  # the score, with the officer's entry just under it
        self.score_form.addRow(self._captions["score"], self.fields["score"])
        self.audit_box = AuditEntryBox()
        self.audit_box.auditEntered.connect(self._save_audit)
        self.form = QFormLayout()
        for form in (self.score_form, self.form):  # a narrow pane puts a caption above its text, nothing is cut
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, label in self.fields.items():
            if key != "score":
                self.form.addRow(self._captions[key], label)
        self._drawn: tuple | None = None
        self._pending: tuple[dict[str, float], dict[str, str]] | None = None
        self._draw_timer = pause_timer(self, self._draw_pending)  # drawn once the keys pause
        self.explanation = None  # a matplotlib canvas, installed after the window shows (fast start)
        self.explanation_axes = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.review)
        layout.addLayout(self.score_form)
        layout.addWidget(self.audit_box)
        layout.addLayout(self.form)
        self.explanation_slot = QVBoxLayout()
        layout.addLayout(self.explanation_slot)
        layout.addStretch(1)
        self.retranslate()

    def install_chart(self) -> None:
        """Create the explanation chart (imports matplotlib; called once the window is visible)."""
        if self.explanation is not None:
            return
        # matplotlib loads after the window is shown (start time)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure  # matplotlib loads after the window is shown (start time)

        self.explanation = FigureCanvasQTAgg(Figure(figsize=(4, 2.2), layout="constrained"))
        self.explanation.setMinimumHeight(160)
        self.explanation_axes = self.explanation.figure.add_subplot()
        self.explanation_slot.addWidget(self.explanation)
        self.show_offer(self._offer, self._explanation)

    def _draw_explanation(self, contributions: dict[str, float], names: dict[str, str]) -> None:
        if self.explanation is None:
            return
        self._pending = (dict(contributions), dict(names))
        self._draw_timer.start()

    def _draw_pending(self) -> None:
        if self.explanation is None or self._pending is None or self._drawn == self._pending:
            return  # already on screen: redrawing costs tens of milliseconds
        self._drawn = self._pending
        charts.explanation_bars(self.explanation_axes, *self._pending)
        self.explanation.draw_idle()

    def retranslate(self) -> None:
        captions = {
            "score": self.tr("Sustainability"),
            "co2": self.tr("Carbon footprint"),
            "price": self.tr("Price"),
            "change": self.tr("Since the previous list"),
            "origin": self.tr("Origin"),
            "provenance": self.tr("From"),
            "audited": self.tr("Audit"),
        }
        for key, caption in captions.items():
            self._captions[key].setText(caption)
        self.show_offer(self._offer, self._explanation, reset_entry=False)

    def offer_id(self) -> int | None:
        return int(self._offer["offer_id"]) if self._offer is not None else None

    def show_offer(self, offer: pd.Series | None, explanation: str = "", reset_entry: bool = True) -> None:
        """Show ``offer`` (a row of the ranking); ``explanation`` is its JSON explanation when
        already known. The audit entry is emptied unless ``reset_entry`` is False (same offer)."""
        same = self._offer is not None and offer is not None and self._same_offer(offer)
        self._offer, self._explanation = offer, explanation or ""
        self.audit_box.setEnabled(offer is not None)
        if reset_entry and not same:
            self.audit_box.reset()
        if offer is None:
            self.title.setText(self.tr("Select an offer in the table or on the chart."))
            self.review.clear()
            for label in self.fields.values():
                label.clear()
            self._draw_explanation(
                {}, {"empty": self.tr("No offer selected"), "x": self.tr("Effect on the sustainability score")}
            )
            return
        self.title.setText(
            f"<b>{html.escape(str(offer.get('product', '')))}</b> — {html.escape(str(offer.get('supplier', '')))}"
        )
        self.fields["score"].setText(self._score_text(offer))
        self.fields["audited"].setText(self._audit_text(offer))
        co2, unit = _number(offer.get("kg_co2e_per_base_unit")), unit_name(offer.get("base_unit", "") or "")
        transport = _number(offer.get("transport_kg_co2e_per_base_unit"))
        if math.isnan(co2):
            self.fields["co2"].setText("")
        elif math.isnan(transport):
            self.fields["co2"].setText(self.tr("%1 kg CO2e per %2").replace("%1", f"{co2:.2f}").replace("%2", unit))
        else:
            self.fields["co2"].setText(
                self.tr("%1 kg CO2e per %2: ingredient %3, transport %4")
                .replace("%1", f"{co2:.2f}")
                .replace("%2", unit)
                .replace("%3", f"{co2 - transport:.2f}")
                .replace("%4", f"{transport:.2f}")
            )
        price = _number(offer.get("price_pen_per_base_unit"))
        self.fields["price"].setText(
            "" if math.isnan(price) else self.tr("S/ %1 per %2").replace("%1", f"{price:.2f}").replace("%2", unit)
        )
        self.fields["change"].setText(change_summary(offer, self.jump_pct) if "change_status" in offer else "")
        distance = _number(offer.get("distance_km"))
        written = str(offer.get("origin", "") or "")
        place = str(offer.get("origin_place", "") or "")
        origin = load_catalogs().origin_names([place], [written], current_language())[0]
        if written and origin.casefold() != written.casefold():  # what the list said, when it differs
            origin += f" — “{written}”"
        self.fields["origin"].setText(
            origin
            if math.isnan(distance)
            else self.tr("%1 (%2 km away)").replace("%1", origin).replace("%2", f"{distance:,.0f}")
        )
        sheet = str(offer.get("source_sheet", "") or "")
        self.fields["provenance"].setText(
            self.tr("%1, sheet “%2”, row %3")
            .replace("%1", str(offer.get("source_file", "")))
            .replace("%2", sheet or "—")
            .replace("%3", str(offer.get("source_row", "")))
        )
        reasons = []
        if bool(offer.get("ood", False)) is True:
            reasons.append(self.tr("unlike the offers the model learned from, so the score is less certain"))
        flags = list_values(str(offer.get("flags", "") or ""))
        blocking = ";".join(f for f in flags if f in BLOCKING)
        if blocking:
            reasons.append(
                self.tr("not recommended until you decide (%1)").replace("%1", ", ".join(flag_names(blocking)))
            )
        others = ";".join(f for f in flags if f not in BLOCKING)
        if others:
            reasons.append(self.tr("flagged at import: %1").replace("%1", ", ".join(flag_names(others))))
        if bool(offer.get("price_jump", False)) is True:
            reasons.append(
                self.tr("the price changed more than %1 % since the previous list").replace(
                    "%1", f"{self.jump_pct or 0:g}"
                )
            )
        if bool(offer.get("stale", False)) is True:
            reasons.append(self.tr("the list is older than %n day(s)", "", int(self.stale_days or 0)))
        # a blocking flag waits for a decision; anything else is shown as worth a look, not as a hold
        heading = self.tr("Needs review: %1") if blocking else self.tr("Worth checking: %1")
        self.review.setText(("⚠ " + heading.replace("%1", "; ".join(reasons))) if reasons else "")
        try:
            contributions = json.loads(self._explanation or offer.get("explanation") or "{}")
        except (TypeError, ValueError):
            contributions = {}
        names = {
            "ingredient_footprint": self.tr("Ingredient footprint"),
            "origin_distance": self.tr("Origin and distance"),
            "transport": self.tr("Transport"),
            "certifications": self.tr("Certifications"),
            "practice": self.tr("Production practice"),
            "packaging": self.tr("Packaging"),
            "season": self.tr("Season"),
            "x": self.tr("Effect on the sustainability score"),
            "empty": self.tr("No explanation yet"),
        }
        self._draw_explanation(contributions, names)

    def show_explanation(self, offer_id: int, explanation: str) -> None:
        """The explanation computed in the background, if that offer is still the one shown."""
        if self._offer is not None and self.offer_id() == offer_id:
            self.show_offer(self._offer, explanation, reset_entry=False)

    def _same_offer(self, offer: pd.Series) -> bool:
        return "offer_id" in offer and self.offer_id() == int(offer["offer_id"])

    def _score_text(self, offer: pd.Series) -> str:
        score, low, high = (_number(offer.get(k)) for k in ("sustainability_score_pred", "score_low", "score_high"))
        model = (
            self.tr("not scored yet (the model is loading or missing)")
            if math.isnan(score)
            else self.tr("%1 (likely between %2 and %3)")
            .replace("%1", f"{score:.2f}")
            .replace("%2", f"{low:.2f}")
            .replace("%3", f"{high:.2f}")
        )
        audited = _number(offer.get("audited_score"))
        if math.isnan(audited):
            return model
        return (
            self.tr("<b>%1 audited</b> by %2 on %3<br>model's estimate: %4")
            .replace("%1", f"{audited:.2f}")
            .replace("%2", html.escape(str(offer.get("audited_by", "") or "")))
            .replace("%3", str(offer.get("audited_on", "") or ""))
            .replace("%4", model)
        )

    def _audit_text(self, offer: pd.Series) -> str:
        if math.isnan(_number(offer.get("audited_score"))):
            return self.tr("none yet: the ranking uses the model's estimate")
        scope = (
            self.tr("applies to this ingredient from this supplier")
            if offer.get("audit_scope") == "supplier_ingredient"
            else self.tr("applies to this offer")
        )
        parts = [scope]
        if offer.get("audit_note"):
            parts.append(f"“{offer.get('audit_note')}”")
        if offer.get("audit_evidence"):
            parts.append(self.tr("evidence: %1").replace("%1", evidence_name(str(offer.get("audit_evidence")))))
        return "; ".join(parts)

    def _save_audit(self, entry: dict) -> None:
        offer_id = self.offer_id()
        if offer_id is not None:
            self.auditEntered.emit(offer_id, entry)
