"""The complete check a model bundle passes before it is registered as a version or made the
active model (sourcing models register / promote / rollback, the admin screen).

In order, each failure one sentence (BundleError) and nothing switched:
1. the folder: regular files only, no links to elsewhere, no sub-folders;
2. metadata.json and preprocessing.json: their declared shape (core.model.bundle_schema), the
   feature layout the code builds from the vocabularies, the checksums of every file;
3. the model: loaded with Keras ``safe_mode`` (no Lambda layers, no arbitrary code);
4. a fixed set of reference offers (known and unknown ingredients, every kind of transport,
   certified and not, missing values) scored: every score and interval must be a number
   between 0 and 1, with the interval around the score.
A bundle that passes is one the app can score with; a bundle that would make every later
scoring fail is refused while the previous model is still active.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from core.cleansing.derive import derive_columns
from core.contract import CANONICAL_COLUMNS
from core.features import build_features
from core.i18n import tr
from core.model.bundle import Bundle, BundleError, first_line, load_bundle
from core.model.ensemble import combine_members, predict_raw

REFERENCE_MONTH = 6
_REFERENCE_ROWS = [
    # supplier, product, ingredient, qty, unit, price, currency, origin, transport, certifications, practice, packaging
    ("Cooperativa Andina", "Quinua blanca", "quinoa", 50, "kg", 420.0, "PEN", "Puno", "truck", "organic", "", "bulk"),
    ("Agro Sierra", "Papa amarilla", "papa_amarilla", 50, "kg", 210.0, "PEN", "Huancayo", "rail", "", "", ""),
    ("Importadora", "Salmón", "", 1, "kg", 22.5, "USD", "Noruega", "air", "", "", "single_use_plastic"),
    ("Caleta Norte", "Corvina", "corvina", 1, "kg", 38.0, "PEN", "Paita", "truck", "", "artisanal_fishing", ""),
    ("Finca Selva", "Café tostado", "coffee", 500, "g", 38.5, "PEN", "Chanchamayo", "", "organic;fairtrade", "", ""),
    ("Desconocido", "Producto raro", "", 1, "unit", 5.0, "EUR", "", "", "", "", ""),
]


def reference_offers() -> pd.DataFrame:
    """The fixed offers every bundle must score sensibly (canonical columns)."""
    columns = list(CANONICAL_COLUMNS)[: len(_REFERENCE_ROWS[0])]  # supplier … packaging, as in the rows
    frame = pd.DataFrame(_REFERENCE_ROWS, columns=columns)
    frame["lead_time_days"] = 2.0
    frame["sustainability_score"] = np.nan
    frame["source_file"] = "reference"
    frame["source_sheet"] = ""
    frame["source_row"] = range(1, len(frame) + 1)
    return frame[list(CANONICAL_COLUMNS)]


def score_reference(bundle: Bundle) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Scores and intervals of the reference offers (eagerly, without the app's compiled path)."""
    offers = derive_columns(reference_offers())
    offers["month"] = REFERENCE_MONTH
    x, _ood = build_features(offers, bundle.prep)
    raw = predict_raw(bundle.model, x)
    if raw.ndim != 2 or raw.shape[0] != len(x) or raw.shape[1] < 2 or raw.shape[1] % 2:
        raise ValueError("unexpected output shape")
    return combine_members(raw, bundle.coverage)


def check_bundle(folder: str | Path) -> Bundle:
    """Everything above, in order; the loaded bundle when it passes."""
    folder = Path(folder)
    bundle = load_bundle(folder)
    try:
        score, low, high = score_reference(bundle)
    except Exception as exc:  # any failure to score is a bundle the app cannot use
        raise BundleError(
            tr(
                "The model in {path} was refused: it cannot score the reference offers ({reason}).",
                path=folder,
                reason=first_line(exc),
            )
        ) from exc
    values = np.concatenate([score, low, high])
    if not np.all(np.isfinite(values)) or values.min() < -1e-6 or values.max() > 1 + 1e-6 or np.any(low > high):
        raise BundleError(
            tr(
                "The model in {path} was refused: its scores for the reference offers are not numbers between 0 and 1.",
                path=folder,
            )
        )
    return bundle
