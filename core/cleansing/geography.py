"""Places, distances and the transport leg of an offer's footprint.

Distance is the great-circle (haversine) distance between the origin's catalog
coordinates and the restaurant's; the route is longer than that by the transport mode's
``routing_factor`` (data/reference/transport.csv), which the footprint uses.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from core.catalogs import Catalogs, Match

EARTH_RADIUS_KM = 6371.0088
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


def transport_kg_co2e_per_kg(catalogs: Catalogs, mode: str, distance_km: float) -> float:
    """kg CO2e to move one kg over the route: tonne-km factor x route length / 1000."""
    if mode not in catalogs.transport.index or not math.isfinite(distance_km):
        return float("nan")
    row = catalogs.transport.loc[mode]
    return float(row["kg_co2e_per_tonne_km"]) * distance_km * float(row["routing_factor"]) / 1000.0
