"""What the report says about itself (its "About" sheet and the Summary's subtitle): one
dataclass, built by one function, used by the command line and the window alike."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from core.ranking.rank import Constraints, Weights

DATA_SOURCES = (
    "Poore & Nemecek (2018), Science 360:987, via Our World in Data: kg CO2e per kg of food",
    "UK DESNZ/DEFRA greenhouse gas conversion factors 2024: freight kg CO2e per tonne-km",
    "Open Food Facts Green-Score: label bonus scheme for certifications",
    "BCRP (Banco Central de Reserva del Perú): reference exchange rates",
    "INEI / Wikipedia / GeoNames: coordinates of regions, towns and countries",
)


@dataclass(frozen=True)
class ReportAbout:
    model_version: str
    weights: Weights
    constraints: Constraints = field(default_factory=Constraints)
    method: str = "weighted"
    created: datetime = field(default_factory=datetime.now)
    data_sources: tuple[str, ...] = DATA_SOURCES
    synthetic_notice: str | None = None  # None: the standard notice in the report's language


def report_about(
    model_version: str | None, weights: Weights, constraints: Constraints | None = None, method: str = "weighted"
) -> ReportAbout:
    """The About block of a report made now with these settings."""
    return ReportAbout(
        model_version=model_version or "—", weights=weights, constraints=constraints or Constraints(), method=method
    )
