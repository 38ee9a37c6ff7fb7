"""The selected offer: its score and interval, the model's explanation as bars, footprint,
price per base unit, where it came from (file, sheet, row), whether it needs review, and
the audited score the sustainability officer may enter."""

from __future__ import annotations

import json
import math

import pandas as pd
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.charts import offers as charts


def _number(value: object) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


class DetailPane(QWidget):
    auditedScoreEntered = Signal(int, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._offer: pd.Series | None = None
        self._audited: float | None = None
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.review = QLabel()
        self.review.setObjectName("needsReview")
        self.review.setWordWrap(True)
        self.fields: dict[str, QLabel] = {
            k: QLabel() for k in ("score", "co2", "price", "origin", "provenance", "audited")
        }
        for label in self.fields.values():
            label.setWordWrap(True)
        self.form = QFormLayout()
        self._captions = {k: QLabel() for k in self.fields}
        for key, label in self.fields.items():
            self.form.addRow(self._captions[key], label)
        self._drawn: tuple | None = None
        self.explanation = None  # a matplotlib canvas, installed after the window shows (fast start)
        self.explanation_axes = None
        self.audit_box = QGroupBox()
        self.audit_value = QDoubleSpinBox()
        self.audit_value.setObjectName("auditedScore")
        self.audit_value.setRange(0.0, 1.0)
        self.audit_value.setSingleStep(0.05)
        self.audit_value.setDecimals(2)
        self.audit_save = QPushButton()
        self.audit_save.setObjectName("saveAuditedScore")
        self.audit_save.clicked.connect(self._save_audit)
        audit_row = QHBoxLayout(self.audit_box)
        audit_row.addWidget(self.audit_value)
        audit_row.addWidget(self.audit_save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.review)
        layout.addLayout(self.form)
        self.explanation_slot = QVBoxLayout()
        layout.addLayout(self.explanation_slot)
        layout.addWidget(self.audit_box)
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
        self.show_offer(self._offer, self._audited)

    def _draw_explanation(self, contributions: dict[str, float], names: dict[str, str]) -> None:
        if self.explanation is None or self._drawn == (contributions, names):
            return  # already on screen: redrawing costs tens of milliseconds
        self._drawn = (dict(contributions), dict(names))

        charts.explanation_bars(self.explanation_axes, contributions, names)
        self.explanation.draw_idle()

    def retranslate(self) -> None:
        captions = {
            "score": self.tr("Sustainability"),
            "co2": self.tr("Carbon footprint"),
            "price": self.tr("Price"),
            "origin": self.tr("Origin"),
            "provenance": self.tr("From"),
            "audited": self.tr("Audited score"),
        }
        for key, caption in captions.items():
            self._captions[key].setText(caption)
        self.audit_box.setTitle(self.tr("Enter an audited score (sustainability officer)"))
        self.audit_save.setText(self.tr("Save audited score"))
        self.show_offer(self._offer, self._audited)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def offer_id(self) -> int | None:
        return int(self._offer["offer_id"]) if self._offer is not None else None

    def show_offer(self, offer: pd.Series | None, audited: float | None = None) -> None:
        self._offer, self._audited = offer, audited
        self.audit_box.setEnabled(offer is not None)
        if offer is None:
            self.title.setText(self.tr("Select an offer in the table or on the chart."))
            self.review.clear()
            for label in self.fields.values():
                label.clear()
            self._draw_explanation(
                {}, {"empty": self.tr("No offer selected"), "x": self.tr("Effect on the sustainability score")}
            )
            return
        self.title.setText(f"<b>{offer.get('product', '')}</b> — {offer.get('supplier', '')}")
        score, low, high = (_number(offer.get(k)) for k in ("sustainability_score_pred", "score_low", "score_high"))
        if math.isnan(score):
            self.fields["score"].setText(self.tr("not scored yet (the model is loading or missing)"))
        else:
            self.fields["score"].setText(
                self.tr("%1 (likely between %2 and %3)")
                .replace("%1", f"{score:.2f}")
                .replace("%2", f"{low:.2f}")
                .replace("%3", f"{high:.2f}")
            )
        co2, unit = _number(offer.get("kg_co2e_per_base_unit")), str(offer.get("base_unit", "") or "")
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
        distance = _number(offer.get("distance_km"))
        origin = str(offer.get("origin", "") or "")
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
        self.fields["audited"].setText(self.tr("none yet") if audited is None else f"{audited:.2f}")
        if audited is not None:
            self.audit_value.setValue(audited)
        reasons = []
        if bool(offer.get("ood", False)) is True:
            reasons.append(self.tr("unlike the offers the model learned from, so the score is less certain"))
        flags = str(offer.get("flags", "") or "")
        if flags:
            reasons.append(self.tr("flagged at import: %1").replace("%1", flags.replace(";", ", ")))
        self.review.setText(("⚠ " + self.tr("Needs review: %1").replace("%1", "; ".join(reasons))) if reasons else "")
        try:
            contributions = json.loads(offer.get("explanation") or "{}")
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

    def _save_audit(self) -> None:
        offer_id = self.offer_id()
        if offer_id is not None:
            self.auditedScoreEntered.emit(offer_id, float(self.audit_value.value()))
