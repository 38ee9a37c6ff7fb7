"""Ranking the offers of each ingredient: weights, constraints, two scoring methods, Pareto.

``rank_offers`` keeps every row of the scored table and adds:

- ``eligible`` / ``excluded_codes`` / ``excluded_reason``: whether the offer takes part and,
  if not, why (codes are language-free ids, the reason is a translated sentence fragment);
- ``score_for_ranking``: the sustainability value used: the officer's audited score when there
  is one (core.ranking.audits), else the model's prediction (its interval's low end when
  ``cautious``), else the price list's own label; ``score_source`` says which ("audited",
  "model", "price_list", "" when none);
- ``rank`` (1 = best of its ingredient, among eligible offers), ``rank_score`` in [0, 1];
- ``contrib_<criterion>``: how much each criterion added to ``rank_score`` (they sum to it);
- ``pareto``: no other eligible offer of the ingredient is both cheaper-or-equal and
  more-or-equally sustainable (and strictly better in one);
- ``missing_criteria``: weighted criteria whose value was unknown and counted as the worst.

Everything is vectorised over the whole table (group codes + numpy), so re-ranking 10,000
offers after a weight change takes a few milliseconds. docs/ranking.md explains the maths.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

import numpy as np
import pandas as pd

from core.cleansing.review import eligible_for_recommendation
from core.errors import UserError
from core.i18n import N_, tr
from core.progress import Progress
from core.ranking import METHODS
from core.text import fold

CRITERIA = ("sustainability", "price", "distance", "co2", "lead_time")
CRITERION_COLUMNS = {
    "sustainability": "score_for_ranking",
    "price": "price_pen_per_base_unit",
    "distance": "distance_km",
    "co2": "kg_co2e_per_base_unit",
    "lead_time": "lead_time_days",
}
BENEFIT = np.array([c == "sustainability" for c in CRITERIA])  # higher is better; the rest lower
TIE_DECIMALS = 12  # scores equal to 12 decimals are a tie (keeps float noise from ordering them)

# Why an offer is left out, in the order the reasons are listed; N_ marks the English for translation.
EXCLUSIONS = {
    "unmatched": N_("ingredient not recognised"),
    "needs_review": N_("waiting for review (flagged at import)"),
    "not_certified": N_("no certification"),
    "price_unknown": N_("price per base unit unknown"),
    "over_max_price": N_("above the maximum price"),
    "air_freight": N_("air freight"),
    "score_unknown": N_("no sustainability score"),
    "below_min_score": N_("below the minimum score"),
    "excluded_supplier": N_("supplier excluded"),
}


def criterion_label(criterion: str, lang: str | None = None) -> str:
    labels = {
        "sustainability": N_("Sustainability"),
        "price": N_("Price"),
        "distance": N_("Distance"),
        "co2": N_("kg CO2e"),
        "lead_time": N_("Lead time"),
    }
    return tr(labels[criterion], lang=lang)


def exclusion_text(codes: str, lang: str | None = None) -> str:
    """'not_certified;air_freight' -> 'no certification; air freight' in ``lang``."""
    return "; ".join(tr(EXCLUSIONS[c], lang=lang) for c in codes.split(";") if c in EXCLUSIONS)


@dataclass(frozen=True)
class Weights:
    """How much each criterion counts. Non-negative, adding up to 1 (checked on creation)."""

    sustainability: float = 0.0
    price: float = 0.0
    distance: float = 0.0
    co2: float = 0.0
    lead_time: float = 0.0

    def __post_init__(self) -> None:
        for name in CRITERIA:
            value = getattr(self, name)
            try:
                number = float(value)
            except (TypeError, ValueError):
                raise UserError(
                    tr('The weight of {name} must be a number, not "{value}".', name=name, value=value)
                ) from None
            if not math.isfinite(number):
                raise UserError(tr("The weight of {name} must be a finite number.", name=name))
            if number < 0:
                raise UserError(tr("The weight of {name} cannot be negative ({value:g}).", name=name, value=number))
            object.__setattr__(self, name, number)
        total = sum(self.as_dict().values())
        if abs(total - 1.0) > 1e-6:
            raise UserError(tr("The weights must add up to 1, but they add up to {total:g}.", total=total))

    def as_dict(self) -> dict[str, float]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def vector(self) -> np.ndarray:
        return np.array([getattr(self, c) for c in CRITERIA], dtype=float)

    @classmethod
    def parse(cls, text: str) -> Weights:
        """Read 'sustainability=.6,price=.3,distance=.1' (criteria left out weigh 0)."""
        values: dict[str, object] = {}
        for item in (part.strip() for part in str(text).split(",")):
            if not item:
                continue
            name, sep, value = (s.strip() for s in item.partition("="))
            if not sep or not name:
                raise UserError(
                    tr('Write each weight as criterion=value, e.g. sustainability=0.6 (got "{item}").', item=item)
                )
            if name not in CRITERIA:
                raise UserError(
                    tr('Unknown criterion "{name}" in the weights: use {names}.', name=name, names=", ".join(CRITERIA))
                )
            if name in values:
                raise UserError(tr("The weight of {name} is given twice.", name=name))
            try:
                values[name] = float(value)
            except ValueError:
                raise UserError(
                    tr('The weight of {name} must be a number, not "{value}".', name=name, value=value)
                ) from None
        return cls(**values)  # type: ignore[arg-type]

    @classmethod
    def normalised(cls, raw: dict[str, float]) -> Weights:
        """Weights from relative importances (e.g. sliders at 0..100), scaled to add up to 1."""
        unknown = [k for k in raw if k not in CRITERIA]
        if unknown:
            raise UserError(
                tr(
                    'Unknown criterion "{name}" in the weights: use {names}.',
                    name=unknown[0],
                    names=", ".join(CRITERIA),
                )
            )
        values = {k: float(v) for k, v in raw.items()}
        negative = [k for k, v in values.items() if v < 0]
        if negative:
            raise UserError(
                tr("The weight of {name} cannot be negative ({value:g}).", name=negative[0], value=values[negative[0]])
            )
        total = sum(values.values())
        if not total > 0 or not math.isfinite(total):
            raise UserError(tr("Give at least one criterion a weight above zero."))
        scaled = {k: v / total for k, v in values.items()}
        biggest = max(scaled, key=scaled.__getitem__)  # absorb rounding so the sum is 1 exactly
        scaled[biggest] += 1.0 - sum(scaled.values())
        return cls(**scaled)


@dataclass(frozen=True)
class Constraints:
    """Offers that break one of these are kept in the table but not ranked."""

    certified_only: bool = False
    max_price_pen: float | None = None  # per base unit
    no_air_freight: bool = False
    min_score: float | None = None  # on score_for_ranking, in [0, 1]
    excluded_suppliers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.max_price_pen is not None:
            price = float(self.max_price_pen)
            if not price >= 0:
                raise UserError(tr("The maximum price must be zero or more."))
            object.__setattr__(self, "max_price_pen", price)
        if self.min_score is not None:
            score = float(self.min_score)
            if not 0.0 <= score <= 1.0:
                raise UserError(tr("The minimum score must be between 0 and 1."))
            object.__setattr__(self, "min_score", score)
        suppliers = self.excluded_suppliers
        if isinstance(suppliers, str):
            suppliers = (suppliers,)
        object.__setattr__(self, "excluded_suppliers", tuple(str(s) for s in suppliers or ()))

    def as_dict(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _numbers(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame:
        return np.full(len(frame), np.nan)
    return pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float, na_value=np.nan)


def _texts(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame:
        return pd.Series("", index=frame.index, dtype=object)
    return frame[column].fillna("").astype(str)


def _sustainability(frame: pd.DataFrame, cautious: bool) -> tuple[np.ndarray, np.ndarray]:
    """The value the sustainability criterion uses and where it came from: the officer's
    audited score (core.ranking.audits), else the model's score (or its interval's low end),
    else the price list's own label."""
    audited = _numbers(frame, "audited_score")
    value = _numbers(frame, "sustainability_score_pred")
    if cautious:
        low = _numbers(frame, "score_low")
        value = np.where(np.isnan(low), value, low)
    label = _numbers(frame, "sustainability_score")
    known = [~np.isnan(audited), ~np.isnan(value), ~np.isnan(label)]
    source = np.select(known, ["audited", "model", "price_list"], "").astype(object)
    return np.select(known, [audited, value, label], np.nan), source


def current_supplier_offers(frame: pd.DataFrame, current: dict[str, str]) -> np.ndarray:
    """True for the offers of each ingredient's current supplier (``current``: ingredient ->
    supplier name, compared without case or accents)."""
    if frame.empty or not current:
        return np.zeros(len(frame), dtype=bool)
    wanted = {(fold(i), fold(s)) for i, s in current.items() if s}
    pairs = zip(_texts(frame, "ingredient").map(fold), _texts(frame, "supplier").map(fold), strict=False)
    return np.array([pair in wanted for pair in pairs], dtype=bool)


def _current_mask(frame: pd.DataFrame, current_offers) -> np.ndarray:
    if current_offers is None:
        if "current" in frame:
            return frame["current"].fillna(False).astype(bool).to_numpy()
        return np.zeros(len(frame), dtype=bool)
    if isinstance(current_offers, pd.Series) and current_offers.dtype == bool:
        return current_offers.reindex(frame.index, fill_value=False).to_numpy(dtype=bool)
    values = np.asarray(list(current_offers) if not isinstance(current_offers, np.ndarray) else current_offers)
    if values.dtype == bool and len(values) == len(frame):
        return values
    return frame.index.isin(values)  # index labels of the offers bought today


def _exclusion_bits(frame: pd.DataFrame, score: np.ndarray, constraints: Constraints) -> np.ndarray:
    """One bit per EXCLUSIONS entry that applies to each row."""
    price = _numbers(frame, "price_pen_per_base_unit")
    unmatched = _texts(frame, "ingredient").str.strip().eq("").to_numpy()
    # nothing questionable is recommended until a person accepts it (core/cleansing/review.py)
    reasons = {"unmatched": unmatched, "needs_review": ~eligible_for_recommendation(frame) & ~unmatched}
    if constraints.certified_only:
        certs = _texts(frame, "certifications").str.replace(";", "", regex=False).str.strip()
        reasons["not_certified"] = certs.eq("").to_numpy()
    if constraints.max_price_pen is not None:
        reasons["price_unknown"] = np.isnan(price)
        reasons["over_max_price"] = price > constraints.max_price_pen
    if constraints.no_air_freight:
        reasons["air_freight"] = _texts(frame, "transport_mode").str.strip().str.lower().eq("air").to_numpy()
    if constraints.min_score is not None:
        reasons["score_unknown"] = np.isnan(score)
        reasons["below_min_score"] = score < constraints.min_score
    if constraints.excluded_suppliers:
        banned = {s.strip().casefold() for s in constraints.excluded_suppliers}
        reasons["excluded_supplier"] = _texts(frame, "supplier").str.strip().str.casefold().isin(banned).to_numpy()
    bits = np.zeros(len(frame), dtype=np.int64)
    for position, code in enumerate(EXCLUSIONS):
        if code in reasons:
            bits |= reasons[code].astype(np.int64) << position
    return bits


def _bits_to_codes(bits: np.ndarray, lang: str | None) -> tuple[np.ndarray, np.ndarray]:
    codes_of, text_of = {}, {}
    for value in np.unique(bits):
        codes = ";".join(code for position, code in enumerate(EXCLUSIONS) if value >> position & 1)
        codes_of[value], text_of[value] = codes, exclusion_text(codes, lang)
    series = pd.Series(bits)
    return series.map(codes_of).to_numpy(dtype=object), series.map(text_of).to_numpy(dtype=object)


def _group_extremes(values: np.ndarray, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    grouped = pd.DataFrame(values).groupby(codes, sort=False)
    return grouped.transform("min").to_numpy(dtype=float), grouped.transform("max").to_numpy(dtype=float)


def _weighted(values: np.ndarray, codes: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Min-max utilities per ingredient (1 = best offer, 0 = worst or unknown) times weights."""
    low, high = _group_extremes(values, codes)
    span = high - low
    with np.errstate(invalid="ignore", divide="ignore"):
        utility = np.where(BENEFIT, values - low, high - values) / span
    utility = np.where(span > 0, utility, 1.0)  # every known value equal: nobody is worse
    utility = np.where(np.isnan(values), 0.0, utility)
    contributions = utility * weights
    return contributions.sum(axis=1), contributions


def _topsis(values: np.ndarray, codes: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """TOPSIS per ingredient: vector normalisation, closeness to the ideal offer in [0, 1].

    Contributions split the closeness by each criterion's share of the squared distance
    from the worst (anti-ideal) offer, so they are >= 0 and add up to the closeness.
    """
    low, high = _group_extremes(values, codes)
    worst_value = np.where(BENEFIT, low, high)
    filled = np.where(np.isnan(values), worst_value, values)
    filled = np.where(np.isnan(filled), 0.0, filled)  # unknown for the whole ingredient
    norms = np.sqrt(pd.DataFrame(filled**2).groupby(codes, sort=False).transform("sum").to_numpy(dtype=float))
    with np.errstate(invalid="ignore", divide="ignore"):
        weighted = np.where(norms > 0, filled / norms, 0.0) * weights
    w_low, w_high = _group_extremes(weighted, codes)
    ideal, anti = np.where(BENEFIT, w_high, w_low), np.where(BENEFIT, w_low, w_high)
    to_ideal = np.sqrt(((weighted - ideal) ** 2).sum(axis=1))
    gaps = (weighted - anti) ** 2
    to_anti = np.sqrt(gaps.sum(axis=1))
    total = to_ideal + to_anti
    with np.errstate(invalid="ignore", divide="ignore"):
        closeness = np.where(total > 0, to_anti / total, 1.0)  # all offers alike: all ideal
        gap_sum = gaps.sum(axis=1, keepdims=True)
        shares = np.where(gap_sum > 0, gaps / gap_sum, 0.0)
    if np.any(total <= 0):  # identical offers: give the closeness by weight
        shares = np.where((total <= 0)[:, None], weights / weights.sum(), shares)
    return closeness, shares * closeness[:, None]


def _ranks(codes: np.ndarray, score: np.ndarray) -> np.ndarray:
    """1-based place within each group; ties keep the input order (stable)."""
    n = len(codes)
    order = np.lexsort((np.arange(n), -np.round(score, TIE_DECIMALS), codes))
    sorted_codes = codes[order]
    starts = np.r_[True, sorted_codes[1:] != sorted_codes[:-1]] if n else np.zeros(0, bool)
    first = np.maximum.accumulate(np.where(starts, np.arange(n), 0)) if n else np.zeros(0, int)
    ranks = np.empty(n, dtype=np.int64)
    ranks[order] = np.arange(n) - first + 1
    return ranks


def pareto_front(codes: np.ndarray, price: np.ndarray, score: np.ndarray) -> np.ndarray:
    """True where no offer of the same group has price <= and score >=, one of them strictly.

    Offers with an unknown price or score are never on the front.
    """
    result = np.zeros(len(codes), dtype=bool)
    known = np.flatnonzero(~np.isnan(price) & ~np.isnan(score))
    if not len(known):
        return result
    c, p, s = codes[known], price[known], score[known]
    order = np.lexsort((-s, p, c))  # by group, cheapest first, best score first within a price
    c, p, s = c[order], p[order], s[order]
    new_block = np.r_[True, (c[1:] != c[:-1]) | (p[1:] != p[:-1])]  # same group and price
    block = np.cumsum(new_block) - 1
    block_best, block_group = s[new_block], c[new_block]
    running = pd.Series(block_best).groupby(block_group, sort=False).cummax()
    cheaper_best = running.groupby(block_group, sort=False).shift(1).to_numpy(dtype=float)
    dominated = (cheaper_best[block] >= s) | (block_best[block] > s)  # NaN compares False
    result[known[order]] = ~dominated
    return result


def apply_constraints(
    scored: pd.DataFrame, constraints: Constraints = Constraints(), cautious: bool = False, lang: str | None = None
) -> pd.DataFrame:
    """A copy of ``scored`` with ``score_for_ranking``, ``score_source``, ``eligible``, ``excluded_codes`` and
    ``excluded_reason``: the one place the constraints decide which offers take part (the
    ranking and the purchase plan both use it)."""
    if not isinstance(constraints, Constraints):
        constraints = Constraints(**constraints)
    frame = scored.copy()
    frame["score_for_ranking"], frame["score_source"] = _sustainability(frame, cautious)
    bits = _exclusion_bits(frame, frame["score_for_ranking"].to_numpy(), constraints)
    frame["eligible"] = bits == 0
    frame["excluded_codes"], frame["excluded_reason"] = _bits_to_codes(bits, lang)
    return frame


def rank_offers(
    scored: pd.DataFrame,
    weights: Weights,
    constraints: Constraints = Constraints(),
    method: str = "weighted",
    current_offers=None,
    cautious: bool = False,
    lang: str | None = None,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """Rank every ingredient's offers. Returns a copy of ``scored`` with the columns above.

    ``current_offers``: the offers bought today, as a boolean mask over the rows or index
    labels (default: a boolean ``current`` column when there is one). ``cautious`` ranks on
    the low end of the model's interval instead of its central score.
    """
    if method not in METHODS:
        raise UserError(tr('Unknown ranking method "{method}": use weighted or topsis.', method=method))
    if not isinstance(weights, Weights):
        weights = Weights(**weights)
    if not isinstance(constraints, Constraints):
        constraints = Constraints(**constraints)
    progress = progress or Progress.silent()
    progress.step(0.0, tr("Ranking offers", lang=lang))

    frame = apply_constraints(scored, constraints, cautious=cautious, lang=lang)
    n = len(frame)
    frame["current"] = _current_mask(frame, current_offers)
    eligible = frame["eligible"].to_numpy(dtype=bool)

    values = np.column_stack([_numbers(frame, CRITERION_COLUMNS[c]) for c in CRITERIA]) if n else np.zeros((0, 5))
    w = weights.vector()
    chosen = np.flatnonzero(eligible)
    codes = pd.factorize(_texts(frame, "ingredient").to_numpy()[chosen])[0]
    sub = values[chosen]
    score_fn = _weighted if method == "weighted" else _topsis
    score, contributions = score_fn(sub, codes, w) if len(chosen) else (np.zeros(0), np.zeros((0, 5)))
    progress.step(0.6)

    rank_score = np.full(n, np.nan)
    rank_score[chosen] = score
    frame["rank_score"] = rank_score
    rank = pd.array(np.full(n, pd.NA), dtype="Int64")
    rank[chosen] = _ranks(codes, score)
    frame["rank"] = rank
    pareto = np.zeros(n, dtype=bool)
    pareto[chosen] = pareto_front(codes, sub[:, 1], sub[:, 0])
    frame["pareto"] = pareto
    for i, criterion in enumerate(CRITERIA):
        column = np.full(n, np.nan)
        column[chosen] = contributions[:, i]
        frame[f"contrib_{criterion}"] = column
    frame["missing_criteria"] = _missing_criteria(values, eligible, w)
    progress.step(1.0)
    return frame


def _missing_criteria(values: np.ndarray, eligible: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """';'-separated weighted criteria whose value was unknown (and counted as the worst)."""
    missing = np.isnan(values) & (weights > 0) & eligible[:, None]
    bits = (missing.astype(np.int64) << np.arange(len(CRITERIA))).sum(axis=1)
    names = {b: ";".join(c for i, c in enumerate(CRITERIA) if b >> i & 1) for b in np.unique(bits)}
    return pd.Series(bits).map(names).to_numpy(dtype=object)
