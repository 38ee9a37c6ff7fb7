"""Derived columns of the offers table, from the canonical columns alone.

One vectorised implementation used by the importer (after row cleansing), by
``sourcing score`` on a canonical-only file, by the training-data generator and inside
Spark (mapInPandas over pandas chunks). Adds: base_unit, price_pen_per_base_unit,
origin_place, distance_km, kg_co2e_per_base_unit, transport_kg_co2e_per_base_unit,
match_score, flags; fills an empty transport_mode from the origin's usual route (flagged
"transport_imputed").

Footprint per base unit = (catalog kg CO2e per kg + transport leg per kg) x kg per base
unit; the transport leg alone is its own column. The leg is the mode's kg CO2e per
tonne-km x route km / 1000: the great-circle distance x the mode's routing factor, or for
sea freight from abroad the route through the country's port to Callao
(core.cleansing.geography.transport_leg_per_kg).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.catalogs import Catalogs, load_catalogs
from core.cleansing.geography import (
    default_transport,
    find_place,
    haversine_km,
    restaurant_location,
    transport_leg_per_kg,
)
from core.cleansing.import_report import ImportReport
from core.cleansing.packs import Pack, to_base
from core.contract import CANONICAL_COLUMNS, OFFER_COLUMNS
from core.i18n import current_language, tr
from core.unit_names import unit_name


def _add_flag(flags: pd.Series, mask: pd.Series, flag: str) -> pd.Series:
    mask = mask.fillna(False).to_numpy(dtype=bool)
    if not mask.any():
        return flags
    added = _per_distinct(flags.to_numpy(dtype=object), mask, lambda f: f"{f};{flag}" if f else flag)
    return pd.Series(added, flags.index)


def _per_distinct(values: np.ndarray, mask: np.ndarray | None, change) -> np.ndarray:
    """``values`` with ``change(value)`` where ``mask`` (everywhere when None), computed once per
    distinct value: the flags of 50,000 offers are a few distinct strings."""
    chosen = values if mask is None else values[mask]
    codes, distinct = pd.factorize(chosen)
    changed = np.array([change(value) for value in distinct], dtype=object)[codes]
    if mask is None:
        return changed
    out = values.copy()
    out[mask] = changed
    return out


def base_unit_factors(frame: pd.DataFrame, catalogs: Catalogs) -> tuple[np.ndarray, np.ndarray]:
    """(base unit, base units per one pack unit) of each offer: a pack of ``pack_qty`` holds
    ``pack_qty x factor`` base units (NaN when the unit cannot be converted). The conversion
    is linear in the quantity, so it runs once per distinct (ingredient, pack unit)."""
    pairs = frame[["ingredient", "pack_unit"]]
    codes = pairs.groupby(["ingredient", "pack_unit"], sort=False, dropna=False).ngroup().to_numpy()
    _, first = np.unique(codes, return_index=True)  # the first offer of each pair, in code order
    units = np.empty(len(first), dtype=object)
    factors = np.full(len(first), np.nan)
    for code, (ingredient, unit) in enumerate(pairs.iloc[first].itertuples(index=False)):
        units[code] = ""
        if unit in catalogs.units.index:
            result = to_base(catalogs, Pack(1.0, unit), ingredient)
            units[code] = result.base_unit
            factors[code] = result.base_qty if result.base_qty else np.nan
    return units[codes], factors[codes]


def _normalise_canonical(offers: pd.DataFrame, text_is_clean: bool) -> pd.DataFrame:
    frame = offers.copy()
    for column, kind in CANONICAL_COLUMNS.items():
        if column not in frame:
            frame[column] = "" if kind == "str" else np.nan
        if kind == "str" and not text_is_clean:
            frame[column] = frame[column].fillna("").astype(str).str.strip()
        elif kind == "float":
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype(float)
    frame["source_row"] = pd.to_numeric(frame["source_row"], errors="coerce").fillna(0).astype("int64")
    return frame


def derive_columns(
    offers: pd.DataFrame,
    catalogs: Catalogs | None = None,
    settings=None,
    report: ImportReport | None = None,
    headers: dict[str, str] | None = None,
    text_is_clean: bool = False,
) -> pd.DataFrame:
    """Return ``offers`` with every column of OFFER_COLUMNS, derived from the canonical ones.

    ``text_is_clean``: the text columns are already stripped strings (the row cleanser's
    output), so the normalisation that a CSV from elsewhere needs can be skipped."""
    cat = catalogs or load_catalogs()
    headers = headers or {}
    rates_override = getattr(settings, "rates", None) or {}
    restaurant = getattr(settings, "restaurant", None) or restaurant_location(cat)
    frame = _normalise_canonical(offers, text_is_clean)
    flags = frame["flags"].fillna("").astype(str) if "flags" in frame else pd.Series("", index=frame.index)
    if "match_score" in frame:
        frame["match_score"] = pd.to_numeric(frame["match_score"], errors="coerce").fillna(0.0)
    else:
        frame["match_score"] = np.where(frame["ingredient"].ne(""), 100.0, 0.0)

    # ---- origin -> place -> distance (a place already given, e.g. by the row cleanser or the
    # chef's correction, is kept)
    given = frame["origin_place"].fillna("").astype(str) if "origin_place" in frame else pd.Series("", frame.index)
    to_find = given.eq("") & frame["origin"].ne("")
    place_of = {}
    for origin in frame.loc[to_find, "origin"].unique():
        match = find_place(cat, origin)
        place_of[origin] = match.id if match else ""
    frame["origin_place"] = given.where(~to_find, frame["origin"].map(place_of)).fillna("")
    places = cat.places.reindex(frame["origin_place"])
    frame["distance_km"] = haversine_km(
        restaurant.lat, restaurant.lon, places["lat"].to_numpy(), places["lon"].to_numpy()
    )
    missing_origin = frame["origin"].eq("")
    decided = pd.Series(
        _per_distinct(flags.to_numpy(dtype=object), None, lambda f: "origin_not_in_catalog" in f).astype(bool),
        flags.index,
    )
    unknown_origin = ~missing_origin & frame["origin_place"].eq("") & ~decided
    flags = _add_flag(flags, missing_origin, "origin_missing")
    flags = _add_flag(flags, unknown_origin, "origin_unknown")

    # ---- transport filled from the origin's usual route
    known_modes = set(cat.transport.index)
    needs_mode = ~frame["transport_mode"].isin(known_modes) & frame["origin_place"].ne("")
    if needs_mode.any():
        chosen = frame.loc[needs_mode]
        pairs = pd.Series(list(zip(chosen["origin_place"], chosen["ingredient"])), dtype=object)
        codes, usual_pairs = pd.factorize(pairs)
        usual = np.array([default_transport(cat, p, i) for p, i in usual_pairs], dtype=object)
        frame.loc[needs_mode, "transport_mode"] = usual[codes]
        flags = _add_flag(flags, needs_mode, "transport_imputed")

    # ---- pack -> base unit
    frame["base_unit"], per_pack_unit = base_unit_factors(frame, cat)
    rates = {c: cat.rate_to_pen(c, rates_override) for c in frame["currency"].unique()}
    rate = frame["currency"].map({c: np.nan if r is None else r for c, r in rates.items()}).astype(float)
    base_qty = frame["pack_qty"].to_numpy(dtype=float) * per_pack_unit
    with np.errstate(divide="ignore", invalid="ignore"):
        per_base = frame["price"].to_numpy(dtype=float) * rate.to_numpy() / base_qty
    frame["price_pen_per_base_unit"] = np.where(np.isfinite(per_base) & (base_qty > 0), per_base, np.nan)
    not_convertible = ~np.isfinite(per_pack_unit)
    flags = _add_flag(flags, pd.Series(not_convertible, index=frame.index), "unit_not_convertible")

    # ---- footprint
    ingredients = cat.ingredients.reindex(frame["ingredient"])
    kg_per_base = np.select(
        [
            frame["base_unit"].eq("kg").to_numpy(),
            frame["base_unit"].eq("l").to_numpy(),
            frame["base_unit"].eq("unit").to_numpy(),
        ],
        [
            1.0,
            ingredients["density_kg_per_l"].to_numpy(dtype=float),
            ingredients["unit_weight_kg"].to_numpy(dtype=float),
        ],
        default=np.nan,
    )
    leg = transport_leg_per_kg(
        cat,
        frame["transport_mode"].to_numpy(dtype=object),
        frame["origin_place"].to_numpy(dtype=object),
        frame["distance_km"].to_numpy(dtype=float),
        restaurant,
    )
    frame["kg_co2e_per_base_unit"] = (
        ingredients["kg_co2e_per_kg"].to_numpy(dtype=float) + np.where(np.isfinite(leg), leg, 0.0)
    ) * kg_per_base
    frame["transport_kg_co2e_per_base_unit"] = leg * kg_per_base
    frame["flags"] = _per_distinct(flags.to_numpy(dtype=object), None, lambda f: f.strip(";"))

    if report is not None:
        lang = current_language()
        _report(
            frame,
            report,
            headers,
            missing_origin,
            unknown_origin,
            needs_mode,
            not_convertible,
            lambda mode: cat.label("transport_mode", mode, lang),
        )
    return frame[OFFER_COLUMNS]


def _per_value(values, sentence) -> np.ndarray:
    """``sentence(value)`` for each row, written once per distinct value (one sentence per
    distinct assumption, not per row)."""
    codes, uniques = pd.factorize(pd.Series(list(values), dtype=object))
    return np.array([sentence(u) for u in uniques] + [""], dtype=object)[codes]


def _report(frame, report, headers, missing_origin, unknown_origin, needs_mode, not_convertible, label=str) -> None:
    files, sheets = frame["source_file"].to_numpy(), frame["source_sheet"].to_numpy()
    rows = frame["source_row"].to_numpy()
    origins, modes, units, bases = (
        frame["origin"].to_numpy(),
        frame["transport_mode"].to_numpy(),
        frame["pack_unit"].to_numpy(),
        frame["base_unit"].to_numpy(),
    )
    origin_header = headers.get("origin", "origin")
    mode_header = headers.get("transport_mode", "transport_mode")
    pack_header = headers.get("pack", "pack")

    def add(mask: np.ndarray, column: str, severity: str, rule: str, messages) -> None:
        chosen = np.flatnonzero(mask)
        if len(chosen):
            said = messages if isinstance(messages, str) else messages(chosen)
            report.add_rows(files[chosen], sheets[chosen], rows[chosen], column, severity, rule, said)

    add(
        missing_origin.to_numpy(),
        origin_header,
        "flagged",
        "origin_missing",
        tr("No origin given; distance and transport footprint unknown."),
    )
    add(
        unknown_origin.to_numpy(),
        origin_header,
        "flagged",
        "origin_unknown",
        lambda chosen: _per_value(
            origins[chosen],
            lambda origin: tr("The origin '{origin}' is not in the places catalog; distance unknown.", origin=origin),
        ),
    )
    add(
        needs_mode.to_numpy() & (modes != ""),
        mode_header,
        "fixed",
        "transport_from_origin",
        lambda chosen: _per_value(
            list(zip(modes[chosen], origins[chosen])),
            lambda pair: tr(
                "No transport given; '{mode}' assumed, the usual way from {origin} to the restaurant.",
                mode=label(pair[0]),
                origin=pair[1],
            ),
        ),
    )
    add(
        not_convertible,
        pack_header,
        "flagged",
        "unit_not_convertible",
        lambda chosen: _per_value(
            list(zip(units[chosen], bases[chosen])),
            lambda pair: tr(
                "A pack per {unit} cannot be converted to {base}, the ingredient's base unit; this offer has no "
                "price per base unit.",
                unit=unit_name(pair[0]),  # "unidad", not the code "unit"
                base=unit_name(pair[1]),
            ),
        ),
    )
