"""Places, distances and the transport leg of an offer's footprint.

Distance is the great-circle (haversine) distance between the origin's catalog
coordinates and the restaurant's; the route is longer than that by the transport mode's
``routing_factor`` (data/reference/transport.csv), which the footprint uses.

Overseas goods by sea follow their port's route instead (data/reference/ports.csv): by
truck from the origin to the country's port, the sea route from that port to Callao (its
length in the catalog, e.g. Santos round the Strait of Magellan, Rotterdam through the
Panama Canal), then by truck from Callao to the restaurant.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.catalogs import Catalogs, Match

EARTH_RADIUS_KM = 6371.0088
# Peru's extent with a margin: a restaurant's own latitude and longitude must fall inside (a
# forgotten minus sign puts Lima in the Sahara or the Bay of Bengal)
PERU_LATITUDES, PERU_LONGITUDES = (-18.5, 0.2), (-81.5, -68.5)
COLD_CHAIN_CATEGORIES = {"fish_freshwater", "fish_marine", "seafood", "meat", "poultry", "dairy"}


@dataclass(frozen=True)
class Location:
    place_id: str
    lat: float
    lon: float


def restaurant_location(
    catalogs: Catalogs, place: str = "lima", lat: float | None = None, lon: float | None = None
) -> Location:
    """The restaurant's location: explicit coordinates, or a catalog place (default Lima)."""
    if lat is not None and lon is not None:
        return Location(place, float(lat), float(lon))
    match = catalogs.place_vocabulary.lookup(place)
    ident = match.id if match else "lima"
    row = catalogs.places.loc[ident]
    return Location(ident, float(row["lat"]), float(row["lon"]))


def in_peru(lat: float, lon: float) -> bool:
    return PERU_LATITUDES[0] <= lat <= PERU_LATITUDES[1] and PERU_LONGITUDES[0] <= lon <= PERU_LONGITUDES[1]


def haversine_km(lat1, lon1, lat2, lon2):
    """Vectorised great-circle distance in km (numpy arrays or floats)."""
    lat1, lon1, lat2, lon2 = (np.radians(np.asarray(v, dtype=float)) for v in (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))


_SPLIT = re.compile(r"[,/\-–(]")


def find_place(catalogs: Catalogs, origin: str) -> Match | None:
    """'Huancayo, Junín' -> huancayo; 'Valle del Mantaro' -> its alias; unknown -> None."""
    match = catalogs.place_vocabulary.lookup(origin)
    if match:
        return match
    for part in _SPLIT.split(origin):
        match = catalogs.place_vocabulary.lookup(part)
        if match:
            return Match(match.id, min(match.score, 95.0), match.name)
    return None


def default_transport(catalogs: Catalogs, place_id: str, ingredient: str) -> str:
    """How goods usually travel from a place to Lima, refrigerated for perishables."""
    mode = catalogs.place_transport.get(place_id, "")
    if mode == "truck" and catalogs.ingredient_category.get(ingredient) in COLD_CHAIN_CATEGORIES:
        return "refrigerated_truck"
    return mode


HOME_COUNTRY = "PE"
PORT_OF_ARRIVAL = "callao"  # places.csv id: where sea freight lands
ROAD_MODE = "truck"  # to the port and from Callao (cold chain or not: the legs are short)


def sea_route_legs_km(catalogs: Catalogs, place_id: str, restaurant: Location) -> tuple[float, float, float] | None:
    """(road km origin -> port, sea km port -> Callao, road km Callao -> restaurant) for a
    foreign place whose country has a port in ports.csv; None otherwise. Road km are
    great-circle km (the caller applies the road's routing factor)."""
    if place_id not in catalogs.places.index:
        return None
    place = catalogs.places.loc[place_id]
    country = str(place["country"]).upper()
    if country == HOME_COUNTRY or country not in catalogs.ports.index or PORT_OF_ARRIVAL not in catalogs.places.index:
        return None
    port = catalogs.ports.loc[country]
    callao = catalogs.places.loc[PORT_OF_ARRIVAL]
    inland = float(haversine_km(place["lat"], place["lon"], port["lat"], port["lon"]))
    last = float(haversine_km(callao["lat"], callao["lon"], restaurant.lat, restaurant.lon))
    return inland, float(port["sea_km"]), last


def transport_leg_per_kg(
    catalogs: Catalogs, modes: np.ndarray, place_ids: np.ndarray, distance_km: np.ndarray, restaurant: Location
) -> np.ndarray:
    """kg CO2e to move one kg from each offer's origin to the restaurant (NaN when the mode or
    the distance is unknown): mode factor x route km / 1000, where the route is the
    great-circle distance x the mode's routing factor, or for sea freight from abroad the
    port route (``sea_route_legs_km``)."""
    transport = catalogs.transport
    modes = np.asarray(modes, dtype=object)
    place_ids = np.asarray(place_ids, dtype=object)
    factor = pd.Series(modes).map(transport["kg_co2e_per_tonne_km"]).to_numpy(dtype=float)
    routing = pd.Series(modes).map(transport["routing_factor"]).to_numpy(dtype=float)
    leg = factor * routing * np.asarray(distance_km, dtype=float) / 1000.0
    by_sea = (modes == "sea") & np.isfinite(np.asarray(distance_km, dtype=float))
    if by_sea.any() and "sea" in transport.index and ROAD_MODE in transport.index:
        sea, road = transport.loc["sea", "kg_co2e_per_tonne_km"], transport.loc[ROAD_MODE]
        road_per_km = float(road["kg_co2e_per_tonne_km"]) * float(road["routing_factor"])
        routes = {}
        for place in pd.unique(place_ids[by_sea]):
            legs = sea_route_legs_km(catalogs, place, restaurant)
            routes[place] = (
                np.nan if legs is None else (road_per_km * (legs[0] + legs[2]) + float(sea) * legs[1]) / 1000.0
            )
        port_leg = pd.Series(place_ids[by_sea]).map(routes).to_numpy(dtype=float)
        rows = np.flatnonzero(by_sea)
        has_port = np.isfinite(port_leg)
        leg[rows[has_port]] = port_leg[has_port]
    return leg


def transport_kg_co2e_per_kg(catalogs: Catalogs, mode: str, distance_km: float) -> float:
    """kg CO2e to move one kg over the route: tonne-km factor x route length / 1000."""
    if mode not in catalogs.transport.index or not math.isfinite(distance_km):
        return float("nan")
    row = catalogs.transport.loc[mode]
    return float(row["kg_co2e_per_tonne_km"]) * distance_km * float(row["routing_factor"]) / 1000.0
