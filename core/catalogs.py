"""The reference catalogs (data/reference/*.csv) and lookups by name or synonym.

Loaded once per process (``load_catalogs()`` is cached). Every lookup folds the text
(lower case, no accents) and tries an exact name or alias first, then a close fuzzy match
(rapidfuzz), and says which it was, so the import report can tell the user.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz, process

from core.contract import list_values
from core.paths import reference_dir
from core.text import fold

FUZZY_MIN = 88  # for short vocabularies (certifications, modes, packaging, units)


@dataclass(frozen=True)
class Match:
    id: str
    score: float  # 100 = exact name or alias
    name: str  # the catalog name or alias that matched
    also: str = ""  # the id of another ingredient the product names as well ("Manteca de cacao": cacao)
    made_into: str = ""  # a word saying the product is made from it, not it ("pasta", "coco" of "Leche de coco")


class Vocabulary:
    """Folded names and aliases -> catalog id."""

    def __init__(self, pairs: list[tuple[str, str]]):
        self.by_name: dict[str, str] = {}
        for name, ident in pairs:
            key = fold(name)
            if key and key not in self.by_name:
                self.by_name[key] = ident
        self._keys = list(self.by_name)
        self._token_sets = [(frozenset(k.split()), k) for k in self._keys if len(k) >= 3]
        self._cache: dict[tuple[str, float], Match | None] = {}

    def lookup(self, text: object, fuzzy_min: float = FUZZY_MIN) -> Match | None:
        """Exact name or alias (100); else the longest name or alias whose words all appear
        in the text ("Caja de tecnopor con hielo" -> tecnopor: 92); else a close spelling."""
        key = fold(text)
        if not key:
            return None
        cache_key = (key, fuzzy_min)
        if cache_key not in self._cache:
            if len(self._cache) > 50000:
                self._cache.clear()
            self._cache[cache_key] = self._lookup(key, fuzzy_min)
        return self._cache[cache_key]

    def _lookup(self, key: str, fuzzy_min: float) -> Match | None:
        if key in self.by_name:
            return Match(self.by_name[key], 100.0, key)
        words = set(key.split())
        if len(words) > 1:
            inside = [(len(tokens), len(name), name) for tokens, name in self._token_sets if tokens <= words]
            if inside:
                name = max(inside)[2]
                return Match(self.by_name[name], 92.0, name)
        found = process.extractOne(key, self._keys, scorer=fuzz.ratio, score_cutoff=fuzzy_min)
        if found is None:
            return None
        name, score, _ = found
        return Match(self.by_name[name], float(score), name)

    def exact(self, text: object) -> str | None:
        """The id whose name or alias is exactly ``text`` (folded), else None."""
        return self.by_name.get(fold(text))

    def lookup_all(self, text: object, fuzzy_min: float = FUZZY_MIN) -> list[str]:
        """Every entry a text names: its exact name or alias; else every name or alias whose words
        all appear in it, longest first and not sharing a word ("Orgánico Comercio Justo" ->
        organic, fairtrade); else a close spelling. Empty when it names none."""
        key = fold(text)
        if not key:
            return []
        if key in self.by_name:
            return [self.by_name[key]]
        words = set(key.split())
        inside = sorted(
            ((len(tokens), len(name), name, tokens) for tokens, name in self._token_sets if tokens <= words),
            reverse=True,
        )
        ids: list[str] = []
        used: set[str] = set()
        for _, _, name, tokens in inside:
            if not tokens & used:
                used |= tokens
                if self.by_name[name] not in ids:
                    ids.append(self.by_name[name])
        if ids:
            return ids
        found = self.lookup(key, fuzzy_min)
        return [found.id] if found else []

    def ids(self) -> set[str]:
        return set(self.by_name.values())


def _read(name: str, folder: Path) -> pd.DataFrame:
    frame = pd.read_csv(folder / name, dtype=str, keep_default_na=False, encoding="utf-8")
    return frame.apply(lambda col: col.str.strip())


def _vocabulary(
    frame: pd.DataFrame,
    id_col: str = "id",
    name_cols: tuple[str, ...] = ("name_es", "name_en"),
    alias_col: str = "aliases",
) -> Vocabulary:
    pairs: list[tuple[str, str]] = []
    for row in frame.itertuples(index=False):
        record = row._asdict()
        ident = record[id_col]
        pairs.append((ident, ident))
        pairs.append((ident.replace("_", " "), ident))
        for col in name_cols:
            if record.get(col):
                pairs.append((record[col], ident))
        for alias in list_values(record.get(alias_col, "")):
            pairs.append((alias, ident))
    return Vocabulary(pairs)


def name_column(catalog: str, lang: str) -> str:
    """The column of data/reference/<catalog>.csv that names its entries in ``lang``: name_es
    and name_en, except the places catalog, whose Spanish names are its ``name``."""
    if catalog == "places":
        return "name_en" if lang == "en" else "name"
    return "name_en" if lang == "en" else "name_es"


def origins_shown(place_ids, written, names: Mapping[str, str]) -> list[str]:
    """What to show as each offer's origin: the name (``names``: place id -> name in the reader's
    language) of the place it was read as, so that 'Spain' and 'España' both read España in
    Spanish; the text as written when no place was recognised. ``place_ids`` may be None."""
    texts = ["" if w is None or w != w else str(w) for w in written]
    ids = list(place_ids) if place_ids is not None else [""] * len(texts)
    shown = []
    for ident, text in zip(ids, texts, strict=True):
        key = "" if ident is None or ident != ident else str(ident)
        shown.append(names.get(key, text) if key else text)
    return shown


class Catalogs:
    def __init__(self, folder: Path):
        self.folder = folder
        self.ingredients = _read("ingredients.csv", folder).set_index("id", drop=False)
        self.places = _read("places.csv", folder).set_index("id", drop=False)
        self._place_names: dict[str, dict[str, str]] = {}  # per language, made on first use
        self.certifications = _read("certifications.csv", folder).set_index("id", drop=False)
        self.practices = _read("practices.csv", folder).set_index("id", drop=False)
        self.packaging = _read("packaging.csv", folder).set_index("id", drop=False)
        self.transport = _read("transport.csv", folder).set_index("id", drop=False)
        self.currencies = _read("currencies.csv", folder).set_index("code", drop=False)
        self.units = _read("units.csv", folder).set_index("id", drop=False)
        self.ports = _read("ports.csv", folder).set_index("country", drop=False)
        self.risk_mitigation = _read("risk_mitigation.csv", folder)

        for frame, cols in (
            (
                self.ingredients,
                ["unit_weight_kg", "density_kg_per_l", "kg_co2e_per_kg", "price_low_pen", "price_high_pen"],
            ),
            (self.places, ["lat", "lon"]),
            (self.transport, ["kg_co2e_per_tonne_km", "routing_factor"]),
            (self.currencies, ["rate_to_pen"]),
            (self.units, ["factor_to_base"]),
            (self.certifications, ["bonus"]),
            (self.practices, ["impact"]),
            (self.packaging, ["impact"]),
            (self.ports, ["lat", "lon", "sea_km"]),
        ):
            for col in cols:
                frame[col] = pd.to_numeric(frame[col].replace("", None), errors="coerce")

        # plain dicts for lookups done once per distinct value of a long list (pandas .at is slow)
        self.place_transport: dict[str, str] = self.places["default_transport"].to_dict()
        self.ingredient_category: dict[str, str] = self.ingredients["category"].to_dict()
        self.ingredient_vocabulary = _vocabulary(self.ingredients, alias_col="synonyms")
        self.place_vocabulary = _place_vocabulary(self.places)
        self.certification_vocabulary = _vocabulary(self.certifications)
        self.practice_vocabulary = _vocabulary(self.practices)
        self.packaging_vocabulary = _vocabulary(self.packaging)
        self.transport_vocabulary = _vocabulary(self.transport)
        self.unit_vocabulary = _vocabulary(self.units, name_cols=())
        self.currency_vocabulary = _vocabulary(self.currencies, id_col="code")
        # names and symbols as written ("S/.", "US$", "soles"): price cells are read with them
        self.currency_symbols = {
            name: row.code
            for row in self.currencies.itertuples(index=False)
            for name in [row.code, row.name_es, row.name_en, *list_values(row.aliases)]
        }

    def ingredient_name(self, ident: str, lang: str = "es") -> str:
        if ident in self.ingredients.index:
            return self.ingredients.at[ident, "name_es" if lang == "es" else "name_en"]
        return ident

    def place_names(self, lang: str = "es") -> dict[str, str]:
        """Every place id -> its name as a reader of ``lang`` names it ('ES': España, Spain)."""
        if lang not in self._place_names:
            column = name_column("places", lang)
            names = self.places[column] if column in self.places else self.places["name"]
            fallback = self.places["name"]
            self._place_names[lang] = {
                ident: str(name) if isinstance(name, str) and name else str(fallback[ident])
                for ident, name in names.items()
            }
        return self._place_names[lang]

    def place_name(self, ident: str, lang: str = "es") -> str:
        """A places-catalog id as a reader of ``lang`` names it; else the id."""
        return self.place_names(lang).get(ident, ident)

    def origin_names(self, place_ids, written, lang: str = "es") -> list[str]:
        """What to show as each offer's origin (``origins_shown``) with this catalog's names."""
        return origins_shown(place_ids, written, self.place_names(lang))

    def label(self, kind: str, ident: str, lang: str = "es") -> str:
        """A catalog id as a person reads it: 'refrigerated_truck' -> 'Camión refrigerado'.
        ``kind`` is a canonical column (transport_mode, certifications, practice, packaging,
        origin or ingredient); ';'-separated ids are joined with commas."""
        frames = {
            "transport_mode": self.transport,
            "certifications": self.certifications,
            "practice": self.practices,
            "packaging": self.packaging,
            "ingredient": self.ingredients,
        }
        names = []
        for part in [p for p in str(ident).split(";") if p]:
            if kind == "origin":
                names.append(self.place_name(part, lang))
                continue
            frame = frames.get(kind)
            column = "name_es" if lang == "es" else "name_en"
            names.append(frame.at[part, column] if frame is not None and part in frame.index else part)
        return ", ".join(names)

    def rate_to_pen(self, currency: str, overrides: dict[str, float] | None = None) -> float | None:
        if overrides and currency in overrides:
            return float(overrides[currency])
        if currency in self.currencies.index:
            return float(self.currencies.at[currency, "rate_to_pen"])
        return None


def _place_vocabulary(places: pd.DataFrame) -> Vocabulary:
    # Towns first: "Cusco" names both a region and its city; the town is the more precise
    # place and lies inside the region, so the distance barely differs.
    order = {"town": 0, "region": 1, "country": 2}
    ranked = places.sort_values(by="kind", key=lambda s: s.map(order).fillna(3), kind="stable")
    pairs: list[tuple[str, str]] = []
    for row in ranked.itertuples(index=False):
        if len(row.id) > 3:  # "NO" (Norway) or "DE" must not match the words "no" and "de"
            pairs.append((row.id, row.id))
        pairs.append((row.name, row.id))
        for alias in list_values(row.aliases):
            pairs.append((alias, row.id))
    return Vocabulary(pairs)


@lru_cache(maxsize=4)
def load_catalogs(folder: str | None = None) -> Catalogs:
    return Catalogs(Path(folder) if folder else reference_dir())
