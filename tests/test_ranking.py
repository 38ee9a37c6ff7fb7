"""Ranking and recommendation on hand-made tables whose right answer is known."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from core.errors import UserError
from core.i18n import set_language
from core.ranking.rank import CRITERIA, Constraints, Weights, pareto_front, rank_offers
from core.ranking.summary import note_text, summarise

SUST_PRICE = Weights(sustainability=0.5, price=0.5)


def offers(rows: list[dict], **defaults) -> pd.DataFrame:
    """A scored offers table: each row gives what matters to the test, the rest is neutral."""
    base = dict(
        ingredient="papa_amarilla",
        supplier="S",
        product="P",
        price_pen_per_base_unit=10.0,
        sustainability_score_pred=0.5,
        score_low=np.nan,
        score_high=np.nan,
        sustainability_score=np.nan,
        distance_km=100.0,
        kg_co2e_per_base_unit=1.0,
        lead_time_days=2.0,
        certifications="organic",
        transport_mode="truck",
        base_unit="kg",
        ood=False,
        explanation="{}",
    )
    base.update(defaults)
    frame = pd.DataFrame([{**base, "supplier": f"S{i}", **row} for i, row in enumerate(rows)])
    return frame


# -- weights -----------------------------------------------------------------------------------


def test_weights_parse_reads_given_criteria_and_zeroes_the_rest():
    weights = Weights.parse("sustainability=.6, price=.3,distance=.1")
    assert weights.as_dict() == {"sustainability": 0.6, "price": 0.3, "distance": 0.1, "co2": 0.0, "lead_time": 0.0}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("taste=1", 'Unknown criterion "taste" in the weights: use sustainability, price, distance, co2, lead_time.'),
        ("sustainability=1.2,price=-0.2", "The weight of price cannot be negative (-0.2)."),
        ("sustainability=.5,price=.3", "The weights must add up to 1, but they add up to 0.8."),
        ("sustainability=.5,price=.3,distance=.3", "The weights must add up to 1, but they add up to 1.1."),
        ("sustainability=lots", 'The weight of sustainability must be a number, not "lots".'),
        ("sustainability", 'Write each weight as criterion=value, e.g. sustainability=0.6 (got "sustainability").'),
        ("price=.5,price=.5", "The weight of price is given twice."),
        ("sustainability=nan,price=1", "The weight of sustainability must be a finite number."),
    ],
)
def test_weights_parse_refuses_with_one_plain_sentence(text, expected):
    with pytest.raises(UserError) as error:
        Weights.parse(text)
    assert str(error.value) == expected


def test_weights_sum_tolerance_and_direct_construction():
    assert Weights.parse("sustainability=0.3333333,price=0.3333333,distance=0.3333334").sustainability == 0.3333333
    with pytest.raises(UserError, match="add up to 1"):
        Weights(sustainability=0.5)
    with pytest.raises(UserError, match="add up to 1"):
        Weights.parse("sustainability=0.5,price=0.49999")


def test_weights_normalised_from_slider_values():
    weights = Weights.normalised({"sustainability": 60, "price": 30, "distance": 10, "co2": 0, "lead_time": 0})
    assert weights.sustainability == pytest.approx(0.6) and weights.distance == pytest.approx(0.1)
    assert sum(weights.as_dict().values()) == pytest.approx(1.0, abs=1e-12)
    with pytest.raises(UserError, match="at least one criterion"):
        Weights.normalised({"price": 0})


def test_weight_messages_follow_the_language():
    set_language("es")
    with pytest.raises(UserError) as error:
        Weights.parse("sustainability=.5")
    assert str(error.value) == "Los pesos deben sumar 1, pero suman 0.5."


# -- scores -------------------------------------------------------------------------------------


def test_weighted_score_min_max_per_ingredient():
    table = offers(
        [
            dict(sustainability_score_pred=0.9, price_pen_per_base_unit=10.0),
            dict(sustainability_score_pred=0.5, price_pen_per_base_unit=5.0),
            dict(sustainability_score_pred=0.1, price_pen_per_base_unit=10.0),
            dict(ingredient="quinua", sustainability_score_pred=0.1, price_pen_per_base_unit=99.0),
        ]
    )
    ranked = rank_offers(table, SUST_PRICE)
    # sustainability utility 1, .5, 0; price utility 0, 1, 0 -> .5, .75, 0; quinua alone -> 1.
    assert ranked["rank_score"].tolist() == pytest.approx([0.5, 0.75, 0.0, 1.0])
    assert ranked["rank"].tolist() == [2, 1, 3, 1]
    assert ranked["contrib_sustainability"].tolist() == pytest.approx([0.5, 0.25, 0.0, 0.5])
    assert ranked["contrib_price"].tolist() == pytest.approx([0.0, 0.5, 0.0, 0.5])


@pytest.mark.parametrize("method", ["weighted", "topsis"])
def test_contributions_add_up_to_the_rank_score(method):
    rng = np.random.default_rng(3)
    n = 300
    table = offers([{} for _ in range(n)])
    table["ingredient"] = rng.choice(["a", "b", "c", "d"], n)
    table["sustainability_score_pred"] = rng.uniform(0, 1, n)
    table["price_pen_per_base_unit"] = rng.uniform(1, 50, n)
    table["distance_km"] = rng.uniform(1, 2000, n)
    table["lead_time_days"] = np.where(rng.random(n) < 0.1, np.nan, rng.integers(1, 9, n))
    weights = Weights(sustainability=0.4, price=0.3, distance=0.1, co2=0.1, lead_time=0.1)
    ranked = rank_offers(table, weights, method=method)
    contributions = ranked[[f"contrib_{c}" for c in CRITERIA]].sum(axis=1)
    assert np.allclose(contributions, ranked["rank_score"])
    assert ranked["rank_score"].between(0, 1).all()
    assert (ranked[[f"contrib_{c}" for c in CRITERIA]] >= -1e-12).all().all()


def _reference_topsis(values: np.ndarray, weights: np.ndarray, benefit: np.ndarray) -> np.ndarray:
    """Textbook TOPSIS for one group, written plainly."""
    norm = values / np.sqrt((values**2).sum(axis=0))
    v = norm * weights
    best = np.where(benefit, v.max(axis=0), v.min(axis=0))
    worst = np.where(benefit, v.min(axis=0), v.max(axis=0))
    d_best = np.sqrt(((v - best) ** 2).sum(axis=1))
    d_worst = np.sqrt(((v - worst) ** 2).sum(axis=1))
    return d_worst / (d_best + d_worst)


def test_topsis_matches_the_textbook_computation_per_ingredient():
    rng = np.random.default_rng(11)
    n = 60
    table = offers([{} for _ in range(n)])
    table["ingredient"] = rng.choice(["a", "b", "c"], n)
    for column, low, high in [
        ("sustainability_score_pred", 0.05, 1),
        ("price_pen_per_base_unit", 1, 40),
        ("distance_km", 5, 900),
        ("kg_co2e_per_base_unit", 0.1, 9),
        ("lead_time_days", 1, 8),
    ]:
        table[column] = rng.uniform(low, high, n)
    weights = Weights(sustainability=0.4, price=0.3, distance=0.1, co2=0.1, lead_time=0.1)
    ranked = rank_offers(table, weights, method="topsis")
    benefit = np.array([True, False, False, False, False])
    columns = [
        "sustainability_score_pred",
        "price_pen_per_base_unit",
        "distance_km",
        "kg_co2e_per_base_unit",
        "lead_time_days",
    ]
    for _, group in table.groupby("ingredient"):
        expected = _reference_topsis(group[columns].to_numpy(), weights.vector(), benefit)
        assert ranked.loc[group.index, "rank_score"].to_numpy() == pytest.approx(expected)
        best = ranked.loc[group.index, "rank_score"].idxmax()
        assert ranked.loc[best, "rank"] == 1


def test_topsis_dominating_offer_is_ideal():
    table = offers(
        [
            dict(sustainability_score_pred=0.9, price_pen_per_base_unit=5.0),
            dict(sustainability_score_pred=0.4, price_pen_per_base_unit=9.0),
        ]
    )
    ranked = rank_offers(table, SUST_PRICE, method="topsis")
    assert ranked["rank_score"].tolist() == pytest.approx([1.0, 0.0])
    assert ranked["rank"].tolist() == [1, 2]


def test_unknown_method_is_a_user_error():
    with pytest.raises(UserError, match='Unknown ranking method "best"'):
        rank_offers(offers([{}]), SUST_PRICE, method="best")


# -- Pareto ----------------------------------------------------------------------------------------


def test_pareto_flag_on_a_known_front():
    table = offers(
        [
            dict(price_pen_per_base_unit=10.0, sustainability_score_pred=0.9),  # 0 front (best score)
            dict(price_pen_per_base_unit=5.0, sustainability_score_pred=0.5),  # 1 front
            dict(price_pen_per_base_unit=10.0, sustainability_score_pred=0.8),  # 2 dominated by 0 (same price)
            dict(price_pen_per_base_unit=12.0, sustainability_score_pred=0.9),  # 3 dominated by 0 (same score)
            dict(price_pen_per_base_unit=5.0, sustainability_score_pred=0.5),  # 4 identical to 1: front too
            dict(price_pen_per_base_unit=3.0, sustainability_score_pred=0.2),  # 5 front (cheapest)
            dict(price_pen_per_base_unit=7.0, sustainability_score_pred=0.4),  # 6 dominated by 1
            dict(price_pen_per_base_unit=np.nan, sustainability_score_pred=1.0),  # 7 unknown price: never
            dict(ingredient="quinua", price_pen_per_base_unit=100.0, sustainability_score_pred=0.1),  # 8 alone: front
            dict(price_pen_per_base_unit=1.0, sustainability_score_pred=1.0, transport_mode="air"),  # 9 excluded
        ]
    )
    ranked = rank_offers(table, SUST_PRICE, Constraints(no_air_freight=True))
    assert ranked["pareto"].tolist() == [True, True, False, False, True, True, False, False, True, False]
    # Without the constraint, offer 9 dominates every other papa offer.
    ranked = rank_offers(table, SUST_PRICE)
    assert ranked["pareto"].tolist() == [False] * 8 + [True, True]


def test_pareto_front_function_matches_brute_force():
    rng = np.random.default_rng(5)
    n = 400
    codes = rng.integers(0, 7, n)
    price = rng.integers(1, 15, n).astype(float)
    score = rng.integers(0, 10, n) / 10
    flags = pareto_front(codes, price, score)
    for i in range(n):
        same = codes == codes[i]
        dominated = same & (price <= price[i]) & (score >= score[i]) & ((price < price[i]) | (score > score[i]))
        assert flags[i] == (not dominated.any())


# -- constraints -------------------------------------------------------------------------------------


def _excluded(ranked: pd.DataFrame) -> dict[str, str]:
    return dict(zip(ranked["supplier"], ranked["excluded_codes"], strict=False))


def test_each_constraint_excludes_with_its_reason():
    table = offers(
        [
            dict(supplier="Organic", certifications="organic"),
            dict(supplier="None", certifications=""),
            dict(supplier="Semicolon", certifications=";"),
            dict(supplier="Pricey", price_pen_per_base_unit=30.0),
            dict(supplier="AtMax", price_pen_per_base_unit=20.0),
            dict(supplier="NoPrice", price_pen_per_base_unit=np.nan),
            dict(supplier="Flown", transport_mode="air"),
            dict(supplier="Low", sustainability_score_pred=0.2),
            dict(supplier="AtMin", sustainability_score_pred=0.3),
            dict(supplier="Unscored", sustainability_score_pred=np.nan),
            dict(supplier="  banned co. "),
            dict(supplier="Unknown thing", ingredient=""),
        ]
    )
    assert _excluded(rank_offers(table, SUST_PRICE, Constraints(certified_only=True))) == {
        **{s: "" for s in table["supplier"]},
        "None": "not_certified",
        "Semicolon": "not_certified",
        "Unknown thing": "unmatched",
    }
    assert _excluded(rank_offers(table, SUST_PRICE, Constraints(max_price_pen=20))) == {
        **{s: "" for s in table["supplier"]},
        "Pricey": "over_max_price",
        "NoPrice": "price_unknown",
        "Unknown thing": "unmatched",
    }
    assert _excluded(rank_offers(table, SUST_PRICE, Constraints(no_air_freight=True))) == {
        **{s: "" for s in table["supplier"]},
        "Flown": "air_freight",
        "Unknown thing": "unmatched",
    }
    assert _excluded(rank_offers(table, SUST_PRICE, Constraints(min_score=0.3))) == {
        **{s: "" for s in table["supplier"]},
        "Low": "below_min_score",
        "Unscored": "score_unknown",
        "Unknown thing": "unmatched",
    }
    assert _excluded(rank_offers(table, SUST_PRICE, Constraints(excluded_suppliers=("Banned Co.",)))) == {
        **{s: "" for s in table["supplier"]},
        "  banned co. ": "excluded_supplier",
        "Unknown thing": "unmatched",
    }


def test_excluded_rows_are_kept_unranked_and_ranks_close_up():
    table = offers(
        [
            dict(price_pen_per_base_unit=1.0, transport_mode="air", certifications=""),
            dict(price_pen_per_base_unit=2.0),
            dict(price_pen_per_base_unit=3.0),
        ],
        sustainability_score_pred=0.5,
    )
    ranked = rank_offers(table, Weights(price=1.0), Constraints(no_air_freight=True, certified_only=True))
    assert len(ranked) == 3 and list(ranked.index) == [0, 1, 2]
    assert ranked["eligible"].tolist() == [False, True, True]
    assert ranked["excluded_reason"][0] == "no certification; air freight"
    assert ranked["rank"].isna()[0] and math.isnan(ranked["rank_score"][0])
    assert ranked["rank"][1:].tolist() == [1, 2]
    assert ranked["rank_score"][1:].tolist() == [1.0, 0.0]


def test_constraint_values_are_checked():
    with pytest.raises(UserError, match="minimum score must be between 0 and 1"):
        Constraints(min_score=1.5)
    with pytest.raises(UserError, match="maximum price must be zero or more"):
        Constraints(max_price_pen=-1)
    assert Constraints(excluded_suppliers="Solo").excluded_suppliers == ("Solo",)


# -- ties, missing values, scores used ------------------------------------------------------------------


def test_ties_keep_the_input_order():
    table = offers([dict(product=f"P{i}") for i in range(5)])  # five identical offers
    ranked = rank_offers(table, SUST_PRICE)
    assert ranked["rank"].tolist() == [1, 2, 3, 4, 5]
    reversed_table = table.iloc[::-1]
    ranked = rank_offers(reversed_table, SUST_PRICE)
    assert ranked.sort_values("rank")["product"].tolist() == ["P4", "P3", "P2", "P1", "P0"]


def test_float_noise_does_not_break_a_tie():
    # 0.1 + 0.2 != 0.3 in floating point; both offers score 0.3 and keep their input order.
    table = offers(
        [
            dict(product="first", sustainability_score_pred=0.3, price_pen_per_base_unit=2.0),
            dict(product="second", sustainability_score_pred=0.1 + 0.2, price_pen_per_base_unit=2.0),
            dict(product="worst", sustainability_score_pred=0.0, price_pen_per_base_unit=9.0),
        ]
    )
    ranked = rank_offers(table, SUST_PRICE)
    assert ranked["rank"].tolist() == [1, 2, 3]


def test_missing_lead_time_counts_as_the_worst_and_is_flagged():
    table = offers([dict(lead_time_days=1.0), dict(lead_time_days=np.nan), dict(lead_time_days=5.0)])
    ranked = rank_offers(table, Weights(sustainability=0.5, lead_time=0.5))
    assert ranked["contrib_lead_time"].tolist() == pytest.approx([0.5, 0.0, 0.0])
    assert ranked["missing_criteria"].tolist() == ["", "lead_time", ""]
    # An unweighted criterion is not reported as missing.
    assert rank_offers(table, SUST_PRICE)["missing_criteria"].tolist() == ["", "", ""]


def test_audited_label_stands_in_for_a_missing_prediction_and_cautious_uses_the_low_end():
    table = offers(
        [
            dict(sustainability_score_pred=0.6, score_low=0.1),
            dict(sustainability_score_pred=np.nan, sustainability_score=0.5, score_low=np.nan),
            dict(sustainability_score_pred=0.55, score_low=0.5),
        ]
    )
    ranked = rank_offers(table, Weights(sustainability=1.0))
    assert ranked["score_for_ranking"].tolist() == [0.6, 0.5, 0.55]
    assert ranked["rank"].tolist() == [1, 3, 2]
    cautious = rank_offers(table, Weights(sustainability=1.0), cautious=True)
    assert cautious["score_for_ranking"].tolist() == [0.1, 0.5, 0.5]
    assert cautious["rank"].tolist() == [3, 1, 2]


def test_rank_one_is_unique_per_ingredient_on_a_larger_table():
    rng = np.random.default_rng(2)
    n = 2000
    table = offers([{} for _ in range(n)])
    table["ingredient"] = rng.choice([f"i{k}" for k in range(30)] + [""], n)
    table["price_pen_per_base_unit"] = rng.integers(1, 5, n).astype(float)  # many ties
    ranked = rank_offers(table, SUST_PRICE, method="topsis")
    counts = ranked[ranked["eligible"]].groupby("ingredient")["rank"].agg(["min", "max", "count", "nunique"])
    assert (counts["min"] == 1).all() and (counts["max"] == counts["count"]).all()
    assert (counts["nunique"] == counts["count"]).all()


# -- recommendation summary -----------------------------------------------------------------------------------


def test_summary_recommended_cheapest_most_sustainable_and_switch_deltas():
    table = offers(
        [
            dict(
                supplier="Green", sustainability_score_pred=0.9, price_pen_per_base_unit=12.0, kg_co2e_per_base_unit=0.5
            ),
            dict(
                supplier="Cheap", sustainability_score_pred=0.3, price_pen_per_base_unit=6.0, kg_co2e_per_base_unit=2.0
            ),
            dict(
                supplier="Middle", sustainability_score_pred=0.8, price_pen_per_base_unit=8.0, kg_co2e_per_base_unit=1.0
            ),
            dict(supplier="Flown", sustainability_score_pred=1.0, price_pen_per_base_unit=1.0, transport_mode="air"),
            dict(supplier="Quinua", ingredient="quinua", transport_mode="air"),
        ]
    )
    ranked = rank_offers(
        table, Weights(sustainability=0.5, price=0.5), Constraints(no_air_freight=True), current_offers=[1]
    )
    assert ranked["current"].tolist() == [False, True, False, False, False]
    summary = summarise(ranked).set_index("ingredient")
    papa = summary.loc["papa_amarilla"]
    # utilities: Green (1, 0) = .5, Cheap (0, 1) = .5, Middle (.833, .667) = .75 -> Middle first.
    assert papa["recommended_supplier"] == "Middle" and papa["recommended_index"] == 2
    assert papa["cheapest_supplier"] == "Cheap" and papa["most_sustainable_supplier"] == "Green"
    assert papa["current_supplier"] == "Cheap"
    assert papa["offers"] == 4 and papa["eligible_offers"] == 3
    assert papa["switch_cost_change"] == pytest.approx(2.0)
    assert papa["switch_cost_change_pct"] == pytest.approx(2.0 / 6.0)
    assert papa["switch_co2_change"] == pytest.approx(-1.0)
    assert papa["switch_co2_change_pct"] == pytest.approx(-0.5)
    assert papa["note"] == "switch"
    quinua = summary.loc["quinua"]
    assert quinua["note"] == "no_eligible" and pd.isna(quinua["recommended_supplier"])


def test_summary_when_the_current_supplier_is_already_best_and_without_current():
    table = offers(
        [
            dict(sustainability_score_pred=0.9, price_pen_per_base_unit=5.0, current=True),
            dict(sustainability_score_pred=0.2, price_pen_per_base_unit=9.0, current=False),
        ]
    )
    summary = summarise(rank_offers(table, SUST_PRICE))
    assert summary.loc[0, "note"] == "current_is_recommended"
    assert summary.loc[0, "switch_cost_change"] == 0.0
    summary = summarise(rank_offers(table.drop(columns="current"), SUST_PRICE))
    assert summary.loc[0, "note"] == "" and pd.isna(summary.loc[0, "switch_cost_change"])


def test_a_recommendation_without_a_price_says_to_check_the_price():
    """Truffle oil sold by the 250 ml bottle, truffle priced per kg: no price per kg can be worked
    out, the offers are still ranked (price counts as the worst), and the summary says so."""
    table = offers(
        [
            dict(sustainability_score_pred=0.4, price_pen_per_base_unit=np.nan),
            dict(sustainability_score_pred=0.3, price_pen_per_base_unit=np.nan),
        ]
    )
    summary = summarise(rank_offers(table, SUST_PRICE))
    assert pd.isna(summary.loc[0, "recommended_price"]) and summary.loc[0, "note"] == "price_unknown"
    assert "check the price" in note_text("price_unknown", "en")
    priced = summarise(rank_offers(offers([dict(price_pen_per_base_unit=5.0), dict()]), SUST_PRICE))
    assert (priced["note"] != "price_unknown").all()


def test_an_ingredient_whose_offers_all_wait_for_review_says_so_not_that_none_meets_the_constraints():
    """The two truffle oils read as truffle wait for the chef (uncertain match): the summary said
    "No offer meets the constraints", which sends the manager to the constraints."""
    table = offers(
        [dict(ingredient="trufa", flags="uncertain_match"), dict(ingredient="trufa", flags="uncertain_match")]
        + [dict(ingredient="quinua", certifications="")]
    )
    ranked = rank_offers(table, SUST_PRICE, Constraints(certified_only=True))
    summary = summarise(ranked).set_index("ingredient")
    assert summary.loc["trufa", "note"] == "waiting_for_review"
    assert "wait for your review" in note_text("waiting_for_review", "en")
    assert "esperan su revisión" in note_text("waiting_for_review", "es")
    assert summary.loc["quinua", "note"] == "no_eligible"


def test_unmatched_offers_are_not_in_the_summary():
    table = offers([dict(ingredient=""), dict()])
    summary = summarise(rank_offers(table, SUST_PRICE))
    assert summary["ingredient"].tolist() == ["papa_amarilla"]
