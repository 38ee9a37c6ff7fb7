"""The transport leg of an offer's footprint (core.cleansing.geography, derive): its own derived
column next to the total, overseas goods by sea through their country's port and the sea
route to Callao (data/reference/ports.csv), air freight at the DESNZ 2025 factor."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from model_fixtures import offer

from core.catalogs import load_catalogs
from core.cleansing.derive import derive_columns
from core.cleansing.geography import haversine_km
from core.contract import DERIVED_COLUMNS


@pytest.fixture(scope="module")
def cat():
    return load_catalogs()


def derived(rows):
    return derive_columns(pd.DataFrame(rows))


def test_the_transport_leg_is_a_derived_column_next_to_the_total():
    names = list(DERIVED_COLUMNS)
    assert names.index("transport_kg_co2e_per_base_unit") == names.index("kg_co2e_per_base_unit") + 1


def test_brazilian_beef_by_sea_goes_by_road_to_santos_then_round_the_strait_of_magellan(cat):
    frame = derived([offer(ingredient="beef", origin="Brasil", transport_mode="sea")])
    brazil, santos, callao, lima = (
        cat.places.loc["BR"],
        cat.ports.loc["BR"],
        cat.places.loc["callao"],
        cat.places.loc["lima"],
    )
    road = (
        0.107
        * 1.4
        * (
            haversine_km(brazil.lat, brazil.lon, santos.lat, santos.lon)
            + haversine_km(callao.lat, callao.lon, lima.lat, lima.lon)
        )
    )
    expected = (road + 0.016 * float(santos.sea_km)) / 1000.0
    assert float(santos.sea_km) > 8000  # not great-circle x 1.2 across the continent (about 3,800 km)
    assert frame["transport_kg_co2e_per_base_unit"].iloc[0] == pytest.approx(expected, rel=1e-9)
    assert frame["kg_co2e_per_base_unit"].iloc[0] == pytest.approx(99.48 + expected, rel=1e-9)


def test_flown_from_spain_costs_the_air_factor_over_the_great_circle(cat):
    frame = derived([offer(ingredient="manchego", origin="España", transport_mode="air")])
    distance = frame["distance_km"].iloc[0]
    assert frame["transport_kg_co2e_per_base_unit"].iloc[0] == pytest.approx(0.899 * 1.05 * distance / 1000.0)


def test_every_port_route_emits_far_less_than_flying(cat):
    countries = cat.ports.index.tolist()
    rows = [
        offer(ingredient="quinoa", origin=cat.places.at[c, "name"], transport_mode=m)
        for c in countries
        for m in ("sea", "air")
    ]
    legs = derived(rows)["transport_kg_co2e_per_base_unit"].to_numpy().reshape(-1, 2)
    assert (legs[:, 0] * 3 < legs[:, 1]).all()


def test_per_unit_offers_carry_the_leg_of_one_piece_and_unknown_origins_none(cat):
    frame = derived(
        [
            offer(ingredient="eggs", pack_unit="unit", origin="Arequipa", transport_mode="truck"),
            offer(ingredient="quinoa", pack_unit="kg", origin="Arequipa", transport_mode="truck"),
            offer(ingredient="quinoa", origin="", transport_mode=""),
        ]
    )
    per_unit, per_kg, unknown = frame["transport_kg_co2e_per_base_unit"].to_numpy()
    assert frame["base_unit"].tolist()[:2] == ["unit", "kg"]
    assert per_unit == pytest.approx(per_kg * float(cat.ingredients.at["eggs", "unit_weight_kg"]))
    assert np.isnan(unknown)
    assert frame["kg_co2e_per_base_unit"].iloc[2] == pytest.approx(1.79)
