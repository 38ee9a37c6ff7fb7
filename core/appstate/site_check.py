"""IT's check of a site defaults file before it is deployed (``sourcing site check``, install.sh).

core.appstate.site_defaults reads the file at every start and, so that a bad line never stops
the app, ignores what it cannot use and only logs it. At install time the opposite is wanted:
every line the app would ignore, and every value it would not recognise, named in one
sentence each, so that IT corrects the file before a hundred PCs start with a typo. The rules
are the reader's own (``validate``), plus what only the catalogs and the PIN format can tell:
the restaurant place must be a place id, the language es or en, the PIN hash one made by
``sourcing site pin-hash``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.appstate.admin_pin import hash_pin
from core.appstate.site_defaults import SITE_KEYS, is_pin_hash, read_site_file, validate
from core.catalogs import load_catalogs
from core.cleansing.geography import in_peru
from core.i18n import tr

PIN_HASH_KEY = "admin_pin_hash"
LANGUAGES = ("es", "en")


def check_site_file(path: Path) -> tuple[dict[str, Any], list[str]]:
    """(the values the app will use, one sentence per problem); no problems means deploy it."""
    try:
        data = read_site_file(path)
    except (OSError, ValueError) as error:
        return {}, [tr("The site defaults file {path} cannot be read: {reason}", path=path, reason=error)]
    values = validate(data, source=str(path))
    problems = []
    for key in data:
        if key == PIN_HASH_KEY:  # read by core.appstate.site_defaults.site_admin_pin_hash only
            if is_pin_hash(data[key]):
                values[key] = data[key]  # the app uses it (listed as "(set)", never shown)
            else:
                problems.append(
                    tr("{path}: admin_pin_hash is not a PIN hash; make one with: sourcing site pin-hash", path=path)
                )
        elif key not in SITE_KEYS:
            problems.append(
                tr("{path}: {key} is not a setting a site can preset; it would be ignored.", path=path, key=key)
            )
        elif key not in values:
            problems.append(tr("{path}: {key} has a value of the wrong type; it would be ignored.", path=path, key=key))
    place = values.get("restaurant_place")
    if place and place not in load_catalogs().places.index:
        problems.append(
            tr(
                "{path}: restaurant_place {place} is not a place id of data/reference/places.csv.",
                path=path,
                place=place,
            )
        )
    if "restaurant_lat" in values and not in_peru(values["restaurant_lat"], values["restaurant_lon"]):
        problems.append(
            tr(
                "{path}: restaurant_lat {lat} and restaurant_lon {lon} are not in Peru; south and west are negative "
                "there (Lima is about -12.05, -77.04).",
                path=path,
                lat=values["restaurant_lat"],
                lon=values["restaurant_lon"],
            )
        )
    if "language" in values and values["language"] not in LANGUAGES:
        problems.append(tr("{path}: language must be es or en, not {value}.", path=path, value=values["language"]))
    return values, problems


def pin_hash_line(pin: str) -> str:
    """The TOML line that sets the admin PIN for a site (the PIN itself is never written)."""
    return f'{PIN_HASH_KEY} = "{hash_pin(pin)}"'
