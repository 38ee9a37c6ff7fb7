"""Which offers may be planned at all: an offer flagged for review is never bought until a
person accepts it (shared/DESIGN.md, "The week's decision").

``awaiting_review`` is the ONE place that decides it, so that the import's own eligibility
rule (issue 12, "Import you can trust") can replace it without touching the optimiser. Until
then it reads the ``flags`` column the cleansing writes today.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.i18n import N_

# Flags that make an offer's facts doubtful enough that buying it needs a person's yes:
# the ingredient may be another one, the price may be a typo, the origin (and so the kg CO2e)
# is unknown, the pack cannot be expressed in the ingredient's unit.
REVIEW_FLAGS = ("uncertain_match", "unmatched_ingredient", "price_outlier", "origin_unknown", "unit_not_convertible")
REVIEW_TEXT = N_("awaiting review")


def awaiting_review(offers: pd.DataFrame) -> np.ndarray:
    """True for every offer that needs a person's acceptance before it can be planned.

    An offer with a true ``accepted`` column (a person looked at it) is planned whatever its
    flags say.
    """
    if offers.empty:
        return np.zeros(0, dtype=bool)
    flags = offers["flags"].fillna("").astype(str) if "flags" in offers else pd.Series("", index=offers.index)
    parts = flags.str.split(";")
    flagged = parts.map(lambda names: any(name.strip() in REVIEW_FLAGS for name in names)).to_numpy(dtype=bool)
    if "accepted" in offers:
        flagged &= ~offers["accepted"].fillna(False).astype(bool).to_numpy()
    return flagged
