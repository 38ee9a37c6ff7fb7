"""What waits for a person's decision, and the one rule that says whether an offer may be
recommended or planned (shared/DESIGN.md: "Offers flagged for review ... are never
recommended nor planned until a person accepts them").

An offer is questioned by a *blocking* flag: its ingredient is unrecognised or uncertain, its
price implausible (price_bands.py), or its origin unknown. It stays in the table and on
screen, but ranking and planning leave it out until the chef decides; a decision replaces the
flag with one that says so (``ingredient_corrected``, ``price_accepted``, ``origin_corrected``,
``*_not_in_catalog``), so the offers table itself records what was decided. An unknown
certificate and a price far from the other offers of the same list (``price_outlier``) also
ask for a look but do not block: a left-out label can only lower the score, and in a small
group the outlier rule questions the cheap and the dear offer alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from core.catalogs import Catalogs, load_catalogs
from core.cleansing.import_report import ImportReport
from core.contract import list_values
from core.i18n import N_, current_language, tr, trn
from core.text import fold

# blocking flag -> the kind of decision that settles it
BLOCKING = {
    "unmatched_ingredient": "ingredient",
    "uncertain_match": "ingredient",
    "price_implausible": "price",
    "origin_unknown": "place",
}
# flags that ask for a look without blocking
ADVISORY = {"price_outlier": "price", "certification_unknown": "certification"}
QUESTIONS = {**BLOCKING, **ADVISORY}
KINDS = ("ingredient", "price", "place", "certification")

# Every flag as a person reads it (the offers table stores the ids, docs/cleansing.md lists them).
FLAG_NAMES = {
    "currency_assumed": N_("currency assumed"),
    "unmatched_ingredient": N_("ingredient not recognised"),
    "uncertain_match": N_("ingredient read with low confidence"),
    "ingredient_corrected": N_("ingredient set by your correction"),
    "ingredient_not_in_catalog": N_("not in the catalog (your decision)"),
    "price_implausible": N_("price far from the usual"),
    "price_outlier": N_("price far from the other offers"),
    "price_accepted": N_("price accepted by you"),
    "origin_missing": N_("no origin given"),
    "origin_unknown": N_("origin not in the places catalog"),
    "origin_corrected": N_("origin set by your correction"),
    "origin_not_in_catalog": N_("origin not in the catalog (your decision)"),
    "transport_unknown": N_("transport not recognised"),
    "transport_imputed": N_("transport assumed from the origin"),
    "certification_unknown": N_("a certificate not in the catalog"),
    "practice_unknown": N_("practice not recognised"),
    "packaging_unknown": N_("packaging not recognised"),
    "lead_time_unreadable": N_("lead time unreadable"),
    "score_invalid": N_("audited score not usable"),
    "unit_not_convertible": N_("pack not convertible to the base unit"),
}


def flag_names(flags: str, lang: str | None = None) -> list[str]:
    """'price_implausible;transport_imputed' -> ['price far from the usual', 'transport assumed …']."""
    return [tr(FLAG_NAMES[f], lang=lang) if f in FLAG_NAMES else f for f in list_values(flags)]


def _blocked(flags: str) -> bool:
    return any(flag in BLOCKING for flag in list_values(flags))


def eligible_for_recommendation(offers: pd.DataFrame) -> np.ndarray:
    """True where an offer may be recommended (ranking, report) or planned: it names a catalog
    ingredient and no blocking flag questions it (a person's decision removes the flag)."""
    if offers.empty:
        return np.zeros(0, dtype=bool)
    flags = offers["flags"].fillna("").astype(str) if "flags" in offers else pd.Series("", index=offers.index)
    codes, distinct = pd.factorize(flags)
    blocked = np.array([_blocked(cell) for cell in distinct], dtype=bool)
    named = offers["ingredient"].fillna("").astype(str).str.strip().ne("").to_numpy()
    return named & ~(blocked[codes] if len(distinct) else np.zeros(len(offers), dtype=bool))


def waiting_for_review(offers: pd.DataFrame) -> np.ndarray:
    """True where an offer carries a blocking flag (it waits for the chef's decision)."""
    if offers.empty or "flags" not in offers:
        return np.zeros(len(offers), dtype=bool)
    return blocked_by_flags(offers["flags"].fillna("").astype(str).to_numpy(dtype=object))


def blocked_by_flags(flags) -> np.ndarray:
    """True for each flags text (';'-separated ids, None for none) holding a blocking flag."""
    codes, distinct = pd.factorize(pd.Series(flags, dtype=object).fillna(""))
    blocked = np.array([_blocked(cell) for cell in distinct], dtype=bool)
    return blocked[codes] if len(distinct) else np.zeros(len(codes), dtype=bool)


@dataclass(frozen=True)
class Question:
    """One decision the chef is asked for: per supplier and product (ingredient, price) or per
    supplier and text as written (place, certificate)."""

    kind: str  # ingredient | price | place | certification
    supplier: str
    written: str  # product, origin or certificate as the supplier wrote it
    reason: str  # the flag that asks: unmatched_ingredient, uncertain_match, price_implausible, …
    offers: int  # offers it concerns
    ingredient: str = ""  # the current reading (for uncertain matches and prices)
    price: float = float("nan")  # price of one pack as quoted (for prices)
    currency: str = ""
    price_per_base: float = float("nan")
    base_unit: str = ""
    blocking: bool = True
    also: str = ""  # an uncertain match: another ingredient the product names too ("Manteca de cacao": cacao)
    made_into: str = ""  # an uncertain match: a word that may make it another product ("coco", "pasta")

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, fold(self.supplier), fold(self.written))


def questions(offers: pd.DataFrame, report: ImportReport | None = None) -> list[Question]:
    """The decisions waiting in ``offers`` (and the unknown certificates ``report`` noted),
    one per supplier and product or text, in the order the offers come."""
    found: dict[tuple[str, str, str], Question] = {}
    rows: dict[tuple[str, str, str], set[int]] = {}

    def ask(question: Question, row: int) -> None:
        key = question.key
        rows.setdefault(key, set()).add(row)
        if key not in found or (question.blocking and not found[key].blocking):
            found[key] = question

    doubts = report.match_doubts if report is not None else {}
    if not offers.empty:
        codes, distinct = pd.factorize(offers["flags"].fillna("").astype(str))  # few distinct sets of flags
        asks = re.compile("|".join(QUESTIONS))
        asking = np.array([bool(asks.search(cell)) for cell in distinct], dtype=bool)[codes]  # few rows ask
        frame = offers[asking].fillna({"flags": "", "origin": "", "ingredient": ""})
        for position, row in zip(map(int, np.flatnonzero(asking)), frame.itertuples(index=False)):
            for flag in list_values(row.flags):
                kind, blocking = QUESTIONS.get(flag), flag in BLOCKING
                if kind == "place":
                    ask(Question(kind, row.supplier, row.origin, flag, 1), position)
                elif kind == "price":
                    price = (float(row.price), row.currency, float(row.price_pen_per_base_unit), row.base_unit)
                    ask(Question(kind, row.supplier, row.product, flag, 1, row.ingredient, *price, blocking), position)
                elif kind == "ingredient":
                    also, made_into = (
                        doubts.get((row.supplier, row.product), ("", "")) if flag == "uncertain_match" else ("", "")
                    )
                    ask(
                        Question(
                            kind, row.supplier, row.product, flag, 1, row.ingredient, also=also, made_into=made_into
                        ),
                        position,
                    )
    for number, (supplier, label) in enumerate(report.unknown_certificates if report is not None else ()):
        ask(Question("certification", supplier, label, "certification_unknown", 1, blocking=False), -1 - number)
    return [_with_count(q, len(rows[key])) for key, q in found.items()]


def _with_count(question: Question, count: int) -> Question:
    return Question(**{**question.__dict__, "offers": count})


def question_text(question: Question, catalogs: Catalogs | None = None, lang: str | None = None) -> str:
    """One sentence saying what is asked, e.g. "Distribuidora Andina S.A.C.: 'Hoja de bijao'
    matches no catalog ingredient (1 offer)."."""
    cat = catalogs or load_catalogs()
    offers = trn("{count} offer", "{count} offers", question.offers, lang=lang)  # "1 oferta", "3 ofertas"
    values: dict[str, Any] = dict(supplier=question.supplier, written=question.written, offers=offers)
    if question.reason == "unmatched_ingredient":
        return tr("{supplier}: '{written}' matches no catalog ingredient ({offers}).", lang=lang, **values)
    if question.reason == "uncertain_match":
        language = current_language() if lang is None else lang
        values["ingredient"] = cat.ingredient_name(question.ingredient, language)
        if question.also:
            return tr(
                "{supplier}: '{written}' read as '{ingredient}' with low confidence: it also names '{other}' "
                "({offers}).",
                lang=lang,
                other=cat.ingredient_name(question.also, language),
                **values,
            )
        if question.made_into:
            return tr(
                "{supplier}: '{written}' read as '{ingredient}' with low confidence: '{word}' may make it another "
                "product ({offers}).",
                lang=lang,
                word=question.made_into,
                **values,
            )
        return tr("{supplier}: '{written}' read as '{ingredient}' with low confidence ({offers}).", lang=lang, **values)
    if question.kind == "price":
        sentence = (
            N_("{supplier}: '{written}' at {price:,.2f} {currency} is far from the usual price ({offers}).")
            if question.reason == "price_implausible"
            else N_(
                "{supplier}: '{written}' at {price:,.2f} {currency} is far from the other offers' prices ({offers})."
            )
        )
        return tr(sentence, lang=lang, price=question.price, currency=question.currency, **values)
    if question.kind == "place":
        return tr("{supplier}: the origin '{written}' is not in the places catalog ({offers}).", lang=lang, **values)
    return tr(
        "{supplier}: the certificate '{written}' is not in the catalog; it was left out ({offers}).",
        lang=lang,
        **values,
    )
