"""The committed reference catalogs (data/reference/*.csv) are complete and consistent.

Reads the CSV files with pandas only (no product code), so a broken catalog is caught even
when the library that loads it is being changed. See data/reference/README.md for the rules.
"""

from __future__ import annotations

import math
import re
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from core.catalogs import load_catalogs

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "reference"

FILES = {
    "ingredients.csv": [
        "id",
        "name_es",
        "name_en",
        "synonyms",
        "category",
        "base_unit",
        "unit_weight_kg",
        "density_kg_per_l",
        "kg_co2e_per_kg",
        "footprint_source_product",
        "season_months",
        "risk",
        "source",
        "price_low_pen",
        "price_high_pen",
        "price_source",
        "price_date",
        "other_products",
    ],
    "places.csv": [
        "id",
        "name",
        "name_en",
        "kind",
        "parent",
        "country",
        "lat",
        "lon",
        "aliases",
        "default_transport",
        "source",
    ],
    "certifications.csv": ["id", "name_es", "name_en", "aliases", "kind", "bonus", "meaning", "source"],
    "practices.csv": ["id", "name_es", "name_en", "aliases", "applies_to", "impact", "meaning", "source"],
    "packaging.csv": ["id", "name_es", "name_en", "aliases", "impact", "meaning", "source"],
    "transport.csv": ["id", "name_es", "name_en", "aliases", "kg_co2e_per_tonne_km", "routing_factor", "source"],
    "currencies.csv": ["code", "name_es", "name_en", "aliases", "rate_to_pen", "rate_date", "source"],
    "units.csv": ["id", "kind", "factor_to_base", "aliases", "source"],
}
ALIAS_COLUMN = {"ingredients.csv": "synonyms"}
NAME_COLUMNS = {"places.csv": ("name", "name_en"), "units.csv": ()}
KEY = {"currencies.csv": "code"}

CATEGORIES = {
    "grain",
    "tuber",
    "vegetable",
    "chili",
    "fruit",
    "herb",
    "legume",
    "fish_freshwater",
    "fish_marine",
    "seafood",
    "meat",
    "poultry",
    "dairy",
    "egg",
    "oil",
    "cacao_coffee",
    "sweetener",
    "other",
}
BASE_UNITS = {"kg", "l", "unit"}
RISKS = {"deforestation", "overfishing", "threatened_species", "bycatch", "water_stress"}
CERT_KINDS = {"organic", "social", "environmental", "fisheries", "aquaculture", "origin", "quality"}
UNIT_KINDS = {"mass", "volume", "count", "bunch", "container"}
TRANSPORT_IDS = {"truck", "refrigerated_truck", "rail", "sea", "river_boat", "air"}
SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")
PERU_LAT, PERU_LON = (-18.4, 0.0), (-81.4, -68.6)

MUST_HAVE_INGREDIENTS = [
    "quinoa",
    "kiwicha",
    "canihua",
    "oca",
    "olluco",
    "aji_amarillo",
    "aji_limo",
    "aji_panca",
    "rocoto",
    "paiche",
    "camu_camu",
    "aguaje",
    "cocona",
    "corvina",
    "lenguado",
    "pulpo",
    "conchas_de_abanico",
    "langostinos",
    "anchoveta",
    "cacao",
    "coffee",
    "cuy",
    "alpaca",
    "beef",
    "pork",
    "chicken",
    "duck",
    "olive_oil",
    "salmon",
    "butter",
    "milk",
    "eggs",
    "papa_amarilla",
    "culantro",
    "palta",
    "limon",
]


def fold(text: str) -> str:
    """Lower case, accents stripped (NFKD), spaces collapsed, edge punctuation removed."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return re.sub(r"\s+", " ", plain).strip(" \t\r\n.,;:-_*•·()[]{}\"'")


def split(cell: str) -> list[str]:
    return [part.strip() for part in str(cell).split(";") if part.strip()]


def load(name: str) -> pd.DataFrame:
    return pd.read_csv(REFERENCE / name, dtype=str, keep_default_na=False, encoding="utf-8")


def numbers(frame: pd.DataFrame, column: str) -> pd.Series:
    return pd.to_numeric(frame[column].replace("", None), errors="coerce")


def season_months(cell: str) -> list[int]:
    """'1-12' -> 1..12; '11-3' wraps -> 11, 12, 1, 2, 3; '4-7;11-1' -> union."""
    months: list[int] = []
    for part in split(cell):
        if "-" in part:
            start, end = (int(x) for x in part.split("-"))
            assert 1 <= start <= 12 and 1 <= end <= 12, cell
            month = start
            months.append(month)
            while month != end:
                month = month % 12 + 1
                months.append(month)
        else:
            month = int(part)
            assert 1 <= month <= 12, cell
            months.append(month)
    return months


@pytest.fixture(scope="module")
def cat() -> dict[str, pd.DataFrame]:
    return {name: load(name) for name in FILES}


@pytest.mark.parametrize("name", FILES)
def test_file_parses_with_expected_columns(name):
    frame = load(name)
    assert list(frame.columns) == FILES[name]
    assert len(frame) > 0
    assert (REFERENCE / name).read_bytes().decode("utf-8")  # valid UTF-8


@pytest.mark.parametrize("name", FILES)
def test_ids_unique_and_sources_present(cat, name):
    frame = cat[name]
    key = KEY.get(name, "id")
    assert frame[key].str.strip().ne("").all()
    duplicated = frame[key][frame[key].duplicated()].tolist()
    assert not duplicated, duplicated
    missing = frame[key][frame["source"].str.strip() == ""].tolist()
    assert not missing, f"{name}: rows without a source: {missing}"


@pytest.mark.parametrize("name", FILES)
def test_no_alias_names_two_rows(cat, name):
    """Every id, name and alias (folded) points to one row only. In places a town may share
    its name with its own parent region (the catalog prefers the town)."""
    frame = cat[name]
    key = KEY.get(name, "id")
    names = NAME_COLUMNS.get(name, ("name_es", "name_en"))
    alias_col = ALIAS_COLUMN.get(name, "aliases")
    owner: dict[str, set[str]] = {}
    for _, row in frame.iterrows():
        keys = {fold(row[key]), fold(row[key].replace("_", " "))}
        keys |= {fold(row[c]) for c in names if row[c]}
        keys |= {fold(a) for a in split(row[alias_col])}
        for k in keys - {""}:
            owner.setdefault(k, set()).add(row[key])
    clashes = {k: ids for k, ids in owner.items() if len(ids) > 1}
    if name == "places.csv":
        parent = dict(zip(frame["id"], frame["parent"], strict=False))
        kind = dict(zip(frame["id"], frame["kind"], strict=False))
        by_name = dict(zip(frame["id"], frame["name"].map(fold), strict=False))

        def town_and_its_region(k, ids):
            towns = [i for i in ids if kind[i] == "town"]
            regions = [i for i in ids if kind[i] == "region"]
            return (
                len(ids) == 2
                and len(towns) == 1
                and len(regions) == 1
                and parent[towns[0]] == regions[0]
                and by_name[towns[0]] == by_name[regions[0]] == k
            )

        clashes = {k: ids for k, ids in clashes.items() if not town_and_its_region(k, ids)}
    assert not clashes, clashes


def test_ingredients_content(cat):
    ing = cat["ingredients.csv"]
    assert len(ing) >= 70
    assert ing["id"].map(lambda s: bool(SNAKE.match(s))).all()
    missing = [i for i in MUST_HAVE_INGREDIENTS if i not in set(ing["id"])]
    assert not missing, missing
    assert (ing["name_es"].str.lower().str.contains("queso")).any(), "at least one cheese"
    assert set(ing["category"]) <= CATEGORIES, set(ing["category"]) - CATEGORIES
    assert set(ing["base_unit"]) <= BASE_UNITS
    co2 = numbers(ing, "kg_co2e_per_kg")
    assert co2.notna().all() and (co2 > 0).all()
    assert ing["footprint_source_product"].str.strip().ne("").all()
    for cell in ing["risk"]:
        assert set(split(cell)) <= RISKS, cell
    for cell in ing["season_months"]:
        months = season_months(cell)
        assert months and all(1 <= m <= 12 for m in months), cell


def test_ingredient_units_are_convertible(cat):
    ing = cat["ingredients.csv"]
    weight, density = numbers(ing, "unit_weight_kg"), numbers(ing, "density_kg_per_l")
    assert (weight.dropna() > 0).all() and (density.dropna() > 0).all()
    liquid = ing["base_unit"] == "l"
    assert density[liquid].notna().all(), ing.loc[liquid & density.isna(), "id"].tolist()
    assert density[~liquid].isna().all(), ing.loc[~liquid & density.notna(), "id"].tolist()
    per_unit = ing["base_unit"] == "unit"
    assert weight[per_unit].notna().all(), ing.loc[per_unit & weight.isna(), "id"].tolist()


def test_known_footprints_match_our_world_in_data(cat):
    ing = cat["ingredients.csv"].set_index("id")
    co2 = numbers(ing, "kg_co2e_per_kg")
    expected = {
        "beef": 99.48,
        "lamb": 39.72,
        "coffee": 28.53,
        "chocolate": 46.65,
        "langostinos": 26.87,
        "pork": 12.31,
        "chicken": 9.87,
        "eggs": 4.67,
        "milk": 3.15,
        "rice": 4.45,
        "olive_oil": 5.42,
        "papa_blanca": 0.46,
        "tomate": 2.09,
        "queso_fresco": 23.88,
        "salmon": 13.63,
    }
    for ident, value in expected.items():
        assert co2[ident] == pytest.approx(value), ident
    proxies = ing.loc[["quinoa", "cuy", "alpaca", "camu_camu", "aguaje"], "footprint_source_product"]
    assert proxies.str.startswith("Proxy:").all()


def test_no_synonym_names_another_ingredient(cat):
    """A synonym of one ingredient is never the name or id of another one."""
    ing = cat["ingredients.csv"]
    name_of = {}
    for _, row in ing.iterrows():
        for value in (row["id"], row["id"].replace("_", " "), row["name_es"], row["name_en"]):
            name_of.setdefault(fold(value), set()).add(row["id"])
    for _, row in ing.iterrows():
        for synonym in split(row["synonyms"]):
            others = name_of.get(fold(synonym), set()) - {row["id"]}
            assert not others, (row["id"], synonym, others)


def test_places(cat):
    places = cat["places.csv"]
    assert set(places["kind"]) <= {"region", "town", "country"}
    regions = places[places["kind"] == "region"]
    assert len(regions) == 25
    assert (regions["country"] == "PE").all() and (regions["parent"] == "PE").all()
    assert regions["id"].str.match(r"^PE-[A-Z]{3}$").all()
    assert {"PE-LIM", "PE-CAL", "PE-CUS", "PE-LOR"} <= set(regions["id"])
    towns = places[places["kind"] == "town"]
    assert len(towns) >= 40
    assert towns["id"].map(lambda s: bool(SNAKE.match(s))).all()
    assert towns["parent"].isin(set(regions["id"])).all()
    lima = places.set_index("id").loc["lima"]
    assert lima["kind"] == "town" and lima["parent"] == "PE-LIM"
    countries = places[places["kind"] == "country"]
    assert len(countries) >= 20
    assert countries["id"].str.match(r"^[A-Z]{2}$").all()
    assert (countries["id"] == countries["country"]).all() and (countries["parent"] == "").all()
    assert {"CL", "AR", "BO", "EC", "US", "ES", "IT", "FR", "NO", "NZ"} <= set(countries["id"])

    lat, lon = numbers(places, "lat"), numbers(places, "lon")
    assert lat.notna().all() and lon.notna().all()
    assert lat.between(-90, 90).all() and lon.between(-180, 180).all()
    peru = places["country"] == "PE"
    assert lat[peru].between(*PERU_LAT).all(), places.loc[peru & ~lat.between(*PERU_LAT), "id"].tolist()
    assert lon[peru].between(*PERU_LON).all(), places.loc[peru & ~lon.between(*PERU_LON), "id"].tolist()


def test_default_transport_is_a_transport_id(cat):
    modes = set(cat["transport.csv"]["id"])
    places = cat["places.csv"]
    assert places["default_transport"].isin(modes).all()
    by_id = places.set_index("id")["default_transport"]
    assert by_id["iquitos"] == "air" and by_id["huancayo"] == "truck" and by_id["ES"] == "sea"


def test_transport(cat):
    transport = cat["transport.csv"]
    assert set(transport["id"]) == TRANSPORT_IDS
    factor = numbers(transport, "kg_co2e_per_tonne_km")
    routing = numbers(transport, "routing_factor")
    assert (factor > 0).all() and routing.between(1.0, 2.0).all()
    by_id = dict(zip(transport["id"], factor, strict=False))
    assert by_id["sea"] < by_id["rail"] < by_id["truck"] < by_id["refrigerated_truck"] < by_id["air"]


def test_certifications(cat):
    certs = cat["certifications.csv"]
    assert len(certs) >= 15
    assert set(certs["kind"]) <= CERT_KINDS
    bonus = numbers(certs, "bonus")
    assert bonus.notna().all() and bonus.between(0, 20).all()
    assert {
        "organic",
        "organico_senasa",
        "usda_organic",
        "eu_organic",
        "fairtrade",
        "spp",
        "rainforest_alliance",
        "msc",
        "asc",
        "denominacion_de_origen",
        "participatory_guarantee",
        "haccp",
    } <= set(certs["id"])
    assert bonus[certs["id"] == "haccp"].iloc[0] == 0


@pytest.mark.parametrize("name", ["practices.csv", "packaging.csv"])
def test_impacts_in_range(cat, name):
    frame = cat[name]
    assert len(frame) >= 12
    impact = numbers(frame, "impact")
    assert impact.notna().all() and impact.between(-1, 1).all()
    assert frame["meaning"].str.strip().ne("").all()


def test_practices_apply_to_known_categories(cat):
    practices = cat["practices.csv"]
    assert len(practices) >= 15
    for cell in practices["applies_to"]:
        values = set(split(cell))
        assert values == {"any"} or values <= CATEGORIES, cell
    impact = dict(zip(practices["id"], numbers(practices, "impact"), strict=False))
    assert impact["bottom_trawl"] < impact["conventional"] < impact["agroecological"]


def test_currencies(cat):
    cur = cat["currencies.csv"]
    assert {"PEN", "USD", "EUR"} <= set(cur["code"])
    rate = dict(zip(cur["code"], numbers(cur, "rate_to_pen"), strict=False))
    assert rate["PEN"] == 1.0 and 2.5 < rate["USD"] < 5 and rate["EUR"] > 0
    assert pd.to_datetime(cur["rate_date"], format="%Y-%m-%d").notna().all()


def test_units(cat):
    units = cat["units.csv"]
    assert set(units["kind"]) <= UNIT_KINDS
    factor = dict(zip(units["id"], numbers(units, "factor_to_base"), strict=False))
    kind = dict(zip(units["id"], units["kind"], strict=False))
    for ident in ("kg", "g", "lb", "oz", "t", "arroba", "quintal", "l", "ml", "gal", "unit", "dozen", "bunch"):
        assert ident in factor, ident
    assert factor["arroba"] == 11.5 and factor["quintal"] == 46 and factor["dozen"] == 12
    for ident in ("saco", "caja", "bolsa", "jaba", "balde", "bandeja", "paquete", "frasco", "botella", "lata"):
        assert kind[ident] == "container", ident
        assert pd.isna(factor[ident])
    quantified = units[units["kind"] != "container"]
    assert (numbers(quantified, "factor_to_base") > 0).all()
    atado = [i for i, a in zip(units["id"], units["aliases"], strict=False) if "atado" in map(fold, split(a))]
    assert atado == ["bunch"]


PORT_COLUMNS = ["country", "port", "unlocode", "lat", "lon", "route", "via", "sea_km", "source"]
CALLAO = (-12.05, -77.16)


def great_circle_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = (math.radians(v) for v in (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def test_air_freight_is_desnz_2025_with_radiative_forcing_stated(cat):
    air = cat["transport.csv"].set_index("id").loc["air"]
    assert float(air["kg_co2e_per_tonne_km"]) == 0.899
    assert "2025" in air["source"] and "0.531" in air["source"] and "radiative forcing" in air["source"]


def test_ports_route_every_overseas_country_to_callao_by_sea():
    ports = load("ports.csv")
    assert list(ports.columns) == PORT_COLUMNS
    assert ports["country"].is_unique and ports["source"].str.strip().ne("").all()
    countries = load("places.csv").query("kind == 'country'").set_index("id")
    assert set(ports["country"]) <= set(countries.index)
    by_sea = set(countries.index[countries["default_transport"] == "sea"])
    assert by_sea <= set(ports["country"]), by_sea - set(ports["country"])
    assert set(ports["route"]) <= {"pacific", "panama", "magellan", "suez", "good_hope"}
    row = ports.set_index("country")
    assert row.loc["BR", "port"] == "Santos" and row.loc["BR", "route"] == "magellan"
    assert row.loc["UY", "port"] == "Montevideo" and row.loc["ES", "route"] == "panama"


def test_sea_distances_are_the_great_circle_legs_through_the_listed_waypoints():
    for row in load("ports.csv").itertuples(index=False):
        points = [(float(row.lat), float(row.lon))]
        points += [(float(a), float(b)) for a, b in re.findall(r"\((-?[\d.]+) (-?[\d.]+)\)", row.via)]
        points.append(CALLAO)
        legs = sum(great_circle_km(points[k], points[k + 1]) for k in range(len(points) - 1))
        assert abs(legs - float(row.sea_km)) <= 10, (row.country, legs, row.sea_km)
        assert float(row.sea_km) >= great_circle_km(points[0], CALLAO) - 10  # never shorter than the straight line


def test_every_risk_is_mitigated_only_by_catalog_labels_and_practices():
    mitigation = load("risk_mitigation.csv")
    assert list(mitigation.columns) == ["risk", "kind", "id", "meaning", "source"]
    assert set(mitigation["risk"]) == RISKS and set(mitigation["kind"]) <= {"certification", "practice"}
    assert not mitigation.duplicated(["risk", "kind", "id"]).any()
    assert mitigation["source"].str.strip().ne("").all()
    certs = load("certifications.csv").set_index("id")
    practices = set(load("practices.csv")["id"])
    labels = mitigation[mitigation["kind"] == "certification"]
    assert set(labels["id"]) <= set(certs.index)
    assert (numbers(certs.loc[labels["id"]].reset_index(), "bonus") > 0).all()  # a zero-bonus label mitigates nothing
    assert set(mitigation.loc[mitigation["kind"] == "practice", "id"]) <= practices
    by_risk = mitigation.groupby("risk")["id"].apply(set)
    assert {"msc"} <= by_risk["overfishing"] and "fairtrade" not in by_risk["deforestation"]
    assert {"rainforest_alliance", "organic", "deforestation_free"} <= by_risk["deforestation"]


def test_a_place_is_named_in_the_readers_language_and_an_offer_shows_the_place_it_was_read_as():
    cat = load_catalogs()
    assert (cat.place_name("ES", "es"), cat.place_name("ES", "en")) == ("España", "Spain")
    assert (cat.place_name("GR", "es"), cat.place_name("GR", "en")) == ("Grecia", "Greece")
    assert cat.place_name("callao", "en") == "Callao"  # Peruvian places keep their name
    shown = cat.origin_names(["ES", "ES", "", None], ["Spain", "España", "Valle del Mantaro", "Marte"], "es")
    assert shown == ["España", "España", "Valle del Mantaro", "Marte"]  # unrecognised: as written
    assert cat.origin_names(None, ["Spain"], "en") == ["Spain"]
    for row in cat.places[cat.places["name_en"] != cat.places["name"]].itertuples():
        assert cat.place_vocabulary.lookup(row.name_en).id == row.id, row.id  # the importer reads it too
