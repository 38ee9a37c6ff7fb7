"""What people call the units of data/reference/units.csv, in their language.

The catalog's ids are kg, g, l, ml… (written the same in both languages) and words such as
``unit``, ``dozen``, ``bunch`` or ``saco``: ids, not text for people. ``unit_name`` gives the
word a Spanish or an English reader expects ("atado" and "bunch", "saco" and "sack"); an id
that is a symbol, or one this table does not know, is shown as it is.
"""

from __future__ import annotations

from core.i18n import N_, tr

UNIT_NAMES = {
    "unit": N_("unit"),
    "dozen": N_("dozen"),
    "half_dozen": N_("half dozen"),
    "ciento": N_("hundred"),
    "millar": N_("thousand"),
    "sixpack": N_("six-pack"),
    "bunch": N_("bunch"),
    "arroba": N_("arroba"),
    "quintal": N_("quintal"),
    "saco": N_("sack"),
    "caja": N_("box"),
    "bolsa": N_("bag"),
    "jaba": N_("crate"),
    "balde": N_("bucket"),
    "bandeja": N_("tray"),
    "paquete": N_("pack"),
    "frasco": N_("jar"),
    "botella": N_("bottle"),
    "lata": N_("can"),
    "bidon": N_("drum"),
    "malla": N_("mesh bag"),
}


def unit_name(unit: object, lang: str | None = None) -> str:
    """'bunch' -> 'atado' in Spanish, 'bunch' in English; 'kg' -> 'kg'; '' and None -> ''."""
    text = "" if unit is None or unit != unit else str(unit)  # None and NaN: no unit
    return tr(UNIT_NAMES[text], lang=lang) if text in UNIT_NAMES else text
