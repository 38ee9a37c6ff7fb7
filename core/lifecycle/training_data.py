"""Synthetic labelled offers for training, and the written audit rubric that labels them.

No public data set of audited supplier scores exists, so the default training data are
SYNTHETIC: ``generate_offers`` draws realistic supplier price lists from the reference
catalogs (domestic and imported supply per ingredient, certification prevalence, practices,
transport, packaging, months, missing fields as in real lists) and ``rubric_score`` labels
each offer with the audit rubric of docs/model_card.md plus auditor noise. Labels that the
sustainability officer enters in the app (data/feedback/*.csv) are real and are added by
``load_feedback``.

All functions are pure (catalogs and a seed in, a table out) so that a DVC stage or a Spark
task can call them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from core.cleansing.derive import derive_columns
from core.contract import CANONICAL_COLUMNS, OFFER_COLUMNS, list_values
from core.features import catalog_constants
from core.i18n import tr
from core.progress import Progress
from core.rubric import HOME_COUNTRY, rubric_breakdown
from core.rubric import rubric_score as _rubric_score

# ------------------------------------------------------------------------ the rubric
# Rubric v2 lives in core.rubric (the network reads its terms as inputs, so scoring needs it
# too); these two wrappers take the catalogs, as the generator and the tests have them.


def rubric_points(offers: pd.DataFrame, catalogs, month: np.ndarray | None = None) -> pd.DataFrame:
    """Rubric points per component for offers with derived columns (one column per component
    and the total), as docs/model_card.md lists them."""
    return rubric_breakdown(offers, catalog_constants(catalogs), month)


def rubric_score(offers: pd.DataFrame, catalogs, month: np.ndarray | None = None) -> np.ndarray:
    """The noise-free audited score in [0, 1]: logistic of the total rubric points."""
    return _rubric_score(offers, catalog_constants(catalogs), month)


# ------------------------------------------------------------------------ the generator


@dataclass(frozen=True)
class GeneratorParams:
    n_offers: int = 60000
    n_suppliers: int = 900
    seed: int = 20261127
    label_noise: float = 0.035  # auditor noise (sd) per offer
    supplier_bias: float = 0.02  # one auditor per supplier: a shared offset (sd)
    missing_origin: float = 0.06
    missing_transport: float = 0.35  # left empty: cleansing fills the usual route from the origin
    missing_practice: float = 0.25
    missing_packaging: float = 0.25
    missing_lead_time: float = 0.12
    import_share: float = 0.25  # mean share of imported offers per ingredient


COLD = {"fish_freshwater", "fish_marine", "seafood", "meat", "poultry", "dairy"}
AQUATIC = {"fish_freshwater", "fish_marine", "seafood"}
PACKS = {
    "kg": [(1, "kg"), (5, "kg"), (10, "kg"), (500, "g"), (2, "lb"), (25, "kg")],
    "l": [(1, "l"), (5, "l"), (500, "ml"), (750, "ml")],
    "unit": [(1, "unit"), (1, "dozen"), (12, "unit"), (6, "unit")],
}


def _applies(applies_to: str, category: str, ingredient: str) -> bool:
    targets = list_values(applies_to.replace(",", ";")) if applies_to else []
    if not targets or {"all", "any", "*"} & set(targets):
        return True
    return category in targets or ingredient in targets or any(category.startswith(t) for t in targets)


def _cert_applies(kind: str, ident: str, category: str) -> bool:
    text = f"{kind} {ident}".lower()
    aquatic = any(w in text for w in ("fish", "marine", "aqua", "seafood", "msc", "asc"))
    if aquatic:
        return category in AQUATIC
    animal = any(w in text for w in ("animal", "welfare", "humane"))
    if animal:
        return category in {"meat", "poultry", "dairy", "egg", "eggs"}
    if category in AQUATIC and "organic" in text:
        return False
    return True


def generate_offers(
    catalogs, params: GeneratorParams = GeneratorParams(), progress: Progress | None = None
) -> pd.DataFrame:
    """``params.n_offers`` synthetic canonical offers (plus ``month``), with derived columns
    (core.cleansing.derive.derive_columns) and an audited ``sustainability_score``."""
    progress = progress or Progress.silent()
    rng = np.random.default_rng(params.seed)
    ing = catalogs.ingredients
    places = catalogs.places
    domestic = places[places["country"].str.upper().eq(HOME_COUNTRY) & places["kind"].ne("country")]
    foreign = places[places["kind"].eq("country") & places["country"].str.upper().ne(HOME_COUNTRY)]
    categories = sorted(ing["category"].unique())

    # Suppliers: a specialty (categories), a home region, a sustainability leaning, imports.
    n_sup = params.n_suppliers
    leaning = rng.beta(2.0, 2.5, n_sup)
    importer = rng.random(n_sup) < 0.3
    home = rng.integers(0, len(domestic), n_sup)
    specialty = [
        sorted(set(rng.choice(categories, size=min(len(categories), int(rng.integers(1, 4))), replace=False)))
        for _ in range(n_sup)
    ]
    size = rng.pareto(1.5, n_sup) + 1.0
    names = [
        f"{rng.choice(['Agro', 'Distribuidora', 'Cooperativa', 'Importadora', 'Pesquera', 'Granja', 'Comercial'])}"
        f" {rng.choice(['Andina', 'del Sur', 'Inca', 'Pacífico', 'Amazónica', 'Norteña', 'Central', 'Global'])}"
        f" {k:04d}"
        for k in range(n_sup)
    ]

    # Per-ingredient supply: how much of it is imported and from where.
    ing_ids = ing.index.to_numpy()
    ing_cat = ing["category"].to_numpy()
    import_share = np.clip(rng.beta(1.2, 1.2 / params.import_share - 1.2, len(ing_ids)), 0.0, 0.95)
    ing_foreign = [rng.choice(len(foreign), size=min(len(foreign), 3), replace=False) for _ in ing_ids]
    ing_domestic = [rng.choice(len(domestic), size=min(len(domestic), 5), replace=False) for _ in ing_ids]
    by_category = {c: np.flatnonzero(ing_cat == c) for c in categories}

    certs = catalogs.certifications
    cert_ids_all = certs.index.to_numpy()
    kinds = certs["kind"].fillna("").to_numpy(str) if "kind" in certs else np.full(len(certs), "")
    cert_ok = {
        c: np.array([_cert_applies(k, i, c) for k, i in zip(kinds, cert_ids_all, strict=False)]) for c in categories
    }
    organic_ids = {i for k, i in zip(kinds, cert_ids_all, strict=False) if "organic" in f"{k} {i}"}
    practice_impact = catalogs.practices["impact"].fillna(0).to_dict()
    options: dict[tuple[str, str, str], tuple[list[str], np.ndarray]] = {}
    base_units = ing["base_unit"].to_dict()
    dom_rows = domestic.to_dict("records")
    for_rows = foreign.to_dict("records")
    cert_prevalence = rng.uniform(0.005, 0.05, len(certs))
    rows: list[dict] = []
    supplier_of = rng.choice(n_sup, size=params.n_offers, p=size / size.sum())
    for k, s in enumerate(supplier_of):
        if k % 5000 == 0:
            progress.step(0.6 * k / params.n_offers, tr("generating offers"))
        choices = np.concatenate([by_category[c] for c in specialty[s]])
        i = int(rng.choice(choices))
        ingredient, category = ing_ids[i], ing_cat[i]
        green = leaning[s]
        imported = rng.random() < (import_share[i] * (2.2 if importer[s] else 0.5))
        if imported:
            place = for_rows[int(rng.choice(ing_foreign[i]))]
        else:
            place = dom_rows[int(home[s]) if rng.random() < 0.4 else int(rng.choice(ing_domestic[i]))]
        aliases = list_values(place["aliases"])
        origin = place["name"] if not aliases or rng.random() < 0.7 else str(rng.choice(aliases))
        if rng.random() < params.missing_origin:
            origin = ""
        perishable = category in COLD or category in {"fruit", "herb", "vegetable", "leafy"}
        if imported:
            p_air = 0.45 if perishable else 0.1
            mode = "air" if rng.random() < p_air else (place["default_transport"] or "sea")
        else:
            usual = place["default_transport"] or "truck"
            if usual == "truck" and category in COLD:
                usual = "refrigerated_truck"
            mode = "air" if rng.random() < (0.12 if perishable else 0.03) else usual
            if rng.random() < params.missing_transport:
                mode = ""
        held = cert_ok[category] & (rng.random(len(cert_ids_all)) < cert_prevalence * (0.2 + 2.0 * green))
        cert_ids = [str(c) for c in cert_ids_all[held]]
        practice = _pick(rng, catalogs.practices, category, ingredient, green, params.missing_practice, options)
        pack = _pick(rng, catalogs.packaging, category, ingredient, green, params.missing_packaging, options)
        if practice and practice_impact.get(practice, 0) < 0 and organic_ids.intersection(cert_ids):
            practice = ""  # an organic certificate and a harmful practice do not go together
        base_unit = base_units.get(ingredient) or "kg"
        qty, unit = PACKS.get(base_unit, PACKS["kg"])[int(rng.integers(0, len(PACKS.get(base_unit, PACKS["kg"]))))]
        lead = {"air": rng.uniform(2, 7), "sea": rng.uniform(20, 45)}.get(mode, rng.uniform(1, 5))
        if rng.random() < params.missing_lead_time:
            lead = np.nan
        rows.append(
            {
                "supplier": names[s],
                "product": catalogs.ingredient_name(ingredient, "es"),
                "ingredient": ingredient,
                "pack_qty": float(qty),
                "pack_unit": unit,
                "origin": origin,
                "transport_mode": mode,
                "certifications": ";".join(cert_ids),
                "practice": practice,
                "packaging": pack,
                "lead_time_days": round(float(lead), 1) if np.isfinite(lead) else np.nan,
                "imported": imported,
                "month": int(rng.integers(1, 13)),
            }
        )
    frame = pd.DataFrame(rows)
    progress.step(0.65, tr("pricing"))
    frame = _prices(frame, catalogs, rng)
    frame["source_file"] = "synthetic"
    frame["source_sheet"] = ""
    frame["source_row"] = np.arange(1, len(frame) + 1)
    frame["sustainability_score"] = np.nan
    progress.step(0.7, tr("deriving columns"))
    month = frame["month"].to_numpy()
    derived = derive_columns(frame[list(CANONICAL_COLUMNS)], catalogs)
    derived["month"] = month
    progress.step(0.9, tr("labelling"))
    clean = rubric_score(derived, catalogs, month)
    bias = rng.normal(0, params.supplier_bias, n_sup)
    noisy = clean + rng.normal(0, params.label_noise, len(clean)) + bias[supplier_of]
    derived["sustainability_score"] = np.round(np.clip(noisy, 0.0, 1.0), 3)
    progress.step(1.0, tr("done"))
    return derived[OFFER_COLUMNS + ["month"]]


def _pick(rng, catalog: pd.DataFrame, category: str, ingredient: str, green: float, missing: float, cache: dict) -> str:
    """A practice or packaging that applies to the ingredient, greener ones for greener suppliers."""
    if rng.random() < missing:
        return ""
    key = (str(catalog.columns.tolist()) + str(len(catalog)) + catalog.index[0], category, ingredient)
    if key not in cache:
        column = catalog["applies_to"] if "applies_to" in catalog else pd.Series("", index=catalog.index)
        ok = [c for c in catalog.index if _applies(column.get(c, ""), category, ingredient)]
        cache[key] = (ok, catalog.loc[ok, "impact"].fillna(0).to_numpy(float))
    ok, impact = cache[key]
    if not ok:
        return ""
    weights = np.exp(3.0 * (green - 0.45) * impact)
    return str(rng.choice(ok, p=weights / weights.sum()))


def _prices(frame: pd.DataFrame, catalogs, rng) -> pd.DataFrame:
    """Plausible prices: a per-ingredient base price in soles, premiums for certificates,
    imports and air freight; a quarter of imported offers quoted in USD."""
    ids = frame["ingredient"].unique()
    base = {i: float(np.exp(rng.normal(np.log(14.0), 0.8))) for i in ids}
    per_base = frame["ingredient"].map(base).to_numpy(float)
    per_base *= 1 + 0.12 * frame["certifications"].str.count(";").add(frame["certifications"].ne("").astype(int))
    per_base *= np.where(frame["imported"], 1.6, 1.0) * np.where(frame["transport_mode"].eq("air"), 1.4, 1.0)
    per_base *= rng.lognormal(0, 0.15, len(frame))
    factor = (
        frame["pack_unit"]
        .map(lambda u: float(catalogs.units.at[u, "factor_to_base"]) if u in catalogs.units.index else 1.0)
        .to_numpy(float)
    )
    factor = np.where(
        frame["pack_unit"].isin(["unit", "dozen"]), np.where(frame["pack_unit"].eq("dozen"), 12, 1), factor
    )
    usd = frame["imported"].to_numpy() & (rng.random(len(frame)) < 0.25)
    rate = catalogs.rate_to_pen("USD") or 3.75
    price = per_base * frame["pack_qty"].to_numpy(float) * np.nan_to_num(factor, nan=1.0)
    frame["price"] = np.round(np.where(usd, price / rate, price), 2)
    frame["currency"] = np.where(usd, "USD", "PEN")
    return frame.drop(columns=["imported"])


# ------------------------------------------------------------------------ feedback labels


def load_feedback(folder: str | Path, catalogs=None) -> pd.DataFrame:
    """Labels entered by the sustainability officer: every CSV in ``folder`` with the canonical
    columns and a ``sustainability_score``; rows without a score are dropped. Derived columns
    are computed when missing."""
    files = sorted(Path(folder).glob("*.csv")) if Path(folder).is_dir() else []
    frames = [
        pd.read_csv(
            f, dtype={"certifications": str, "practice": str, "packaging": str}, keep_default_na=True, encoding="utf-8"
        )
        for f in files
    ]
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=OFFER_COLUMNS + ["month"])
    frame = pd.concat(frames, ignore_index=True)
    frame["sustainability_score"] = pd.to_numeric(frame.get("sustainability_score"), errors="coerce")
    frame = frame[frame["sustainability_score"].between(0, 1)].reset_index(drop=True)
    month = pd.to_numeric(frame["month"], errors="coerce") if "month" in frame else None
    derived = derive_columns(frame, catalogs)
    derived["month"] = month.to_numpy() if month is not None else np.nan
    return derived[OFFER_COLUMNS + ["month"]]
