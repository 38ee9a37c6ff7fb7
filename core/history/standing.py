"""Supplier standing per period (month or quarter), after ERPNext's supplier scorecard, with
sustainability beside price.

For each supplier and period (its lists dated in the period):

- ``offers``: offers in those lists; ``lists``: how many lists;
- ``recommended_share``: share of its offers that were the recommended option of their
  ingredient (rank 1 under the restaurant's weights) in the market of their week;
- ``mean_score``: mean sustainability score (the model's stored score, else the audited label);
- ``price_index``: how its prices compare with the market: the geometric mean over its offers
  of price ÷ the ingredient's median price in the market of that week, × 100 (100 = the
  median; only ingredients offered by two suppliers or more that week count);
- ``completeness``: share of rows that stated origin, transport and certification;
- ``flagged_share``: share of rows flagged or refused at import.

The market of a week is each supplier's newest list dated up to that week's Sunday and not
older than ``stale_days`` on that Sunday (a list dated in the week always counts): a monthly
list competes with weekly ones for as long as it is fresh.
Each list is judged in the market of its own week (a list replaced within the same week by a
newer one of its supplier is not judged). Suppliers are ranked by recommended share, then mean
score, then price index; ``*_change`` columns compare with the previous period.

Judging a week ranks its whole market (core.ranking), so it is done once and remembered per
list (counts and sums in ``standing_lists``) for the weights, constraints and freshness it
used; a stored list or score marks its week and the later ones to be judged again
(core.appstate.price_lists). ``prepare_weeks`` does the judging (the app runs it in the
background after imports and scoring); ``standing_table`` judges what is still missing, then
adds up the remembered facts of the lists of the period.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from core.appstate.price_lists import STANDING_FACTS
from core.appstate.workspace import Workspace
from core.cleansing.review import waiting_for_review
from core.history.lists import DEFAULT_STALE_DAYS
from core.progress import Progress
from core.ranking.rank import Constraints, Weights, rank_offers

MONTH, QUARTER = "month", "quarter"
PERIOD_KINDS = (MONTH, QUARTER)
METRICS = ("recommended_share", "mean_score", "price_index", "completeness", "flagged_share")
STANDING_COLUMNS = (
    ["period", "rank", "previous_rank", "rank_change", "supplier", "lists", "offers"]
    + list(METRICS)
    + [f"{m}_change" for m in METRICS]
)
_MARKET_COLUMNS = (
    "o.offer_id, o.list_id, o.ingredient, o.price_pen_per_base_unit, o.distance_km, o.kg_co2e_per_base_unit, "
    "o.lead_time_days, o.certifications, o.transport_mode, o.supplier, o.sustainability_score, o.score_pred, "
    "o.flags"  # what waits for review is neither recommended nor a market price (core.cleansing.review)
)
JUDGING_RULES = 2  # 2: offers waiting for review left out; a change re-judges the weeks judged before
WEEKS_AT_ONCE = 8  # judged together: one market read and one ranking per chunk


def period_label(dates: pd.Series, kind: str) -> pd.Series:
    """'2026-11' for a month, '2026-Q4' for a quarter."""
    dates = pd.to_datetime(dates)
    if kind == MONTH:
        return dates.dt.strftime("%Y-%m")
    return dates.dt.year.astype(str) + "-Q" + dates.dt.quarter.astype(str)


def _parts(label: str) -> tuple[int, int, bool]:
    """'2026-Q4' -> (2026, 10, True): year, first month, whether a quarter."""
    year, _, rest = label.partition("-")
    if rest.startswith("Q"):
        return int(year), 3 * int(rest[1:]) - 2, True
    return int(year), int(rest), False


def _label(year: int, month: int, quarter: bool) -> str:
    return f"{year}-Q{(month - 1) // 3 + 1}" if quarter else f"{year}-{month:02d}"


def period_start(label: str) -> pd.Timestamp:
    year, month, _ = _parts(label)
    return pd.Timestamp(year, month, 1)


def _shift(label: str, steps: int) -> str:
    year, month, quarter = _parts(label)
    index = year * 12 + month - 1 + steps * (3 if quarter else 1)
    return _label(index // 12, index % 12 + 1, quarter)


def previous_period(label: str, kind: str) -> str:
    return _shift(label, -1)


def periods(lists: pd.DataFrame, kind: str) -> list[str]:
    """The periods that have lists, newest first."""
    if lists.empty:
        return []
    return sorted(set(period_label(lists["list_date"], kind)), reverse=True)


def _week_start(dates: pd.Series) -> pd.Series:
    dates = pd.to_datetime(dates).dt.normalize()
    return dates - pd.to_timedelta(dates.dt.weekday, unit="D")


def market_lists(lists: pd.DataFrame, weeks: pd.Series, stale_days: int) -> pd.DataFrame:
    """(week, list_id) pairs: in each week, each supplier's newest list up to its Sunday, if fresh."""
    frame = pd.DataFrame({"week": pd.Series(weeks).drop_duplicates().to_numpy()})
    frame["week_end"] = frame["week"] + pd.Timedelta(days=6)
    pairs = frame.merge(lists[["list_id", "supplier", "list_date"]], how="cross")
    recent = pairs["list_date"] > pairs["week_end"] - pd.Timedelta(days=int(stale_days))
    fresh = (pairs["list_date"] <= pairs["week_end"]) & (recent | (pairs["list_date"] >= pairs["week"]))
    pairs = pairs[fresh].sort_values(["week", "supplier", "list_date", "list_id"], kind="stable")
    return pairs.drop_duplicates(["week", "supplier"], keep="last")[["week", "list_id"]]


def standing_params(weights: Weights, constraints: Constraints, stale_days: int) -> str:
    """The parameters judged facts depend on, as stable text (a week is valid only for these)."""
    return json.dumps(
        {
            "weights": weights.as_dict(),
            "constraints": constraints.as_dict(),
            "stale_days": int(stale_days),
            "rules": JUDGING_RULES,
        },
        sort_keys=True,
        default=list,
    )


def _market_offers(workspace: Workspace, list_ids: list[int]) -> pd.DataFrame:
    marks = ",".join(str(int(i)) for i in list_ids) or "NULL"
    rows = workspace.query(f"SELECT {_MARKET_COLUMNS} FROM offers o WHERE o.list_id IN ({marks})")
    columns = [c.split(".")[-1] for c in _MARKET_COLUMNS.split(", ")]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    numbers = [
        "price_pen_per_base_unit",
        "distance_km",
        "kg_co2e_per_base_unit",
        "lead_time_days",
        "sustainability_score",
        "score_pred",
    ]
    frame[numbers] = frame[numbers].astype(float)
    for column in ("ingredient", "certifications", "transport_mode", "supplier", "flags"):
        frame[column] = frame[column].fillna("")
    return frame.rename(columns={"score_pred": "sustainability_score_pred"})


def judge_weeks(
    workspace: Workspace, weeks: list[pd.Timestamp], weights: Weights, constraints: Constraints, stale_days: int
) -> pd.DataFrame:
    """The standing facts of each list dated in ``weeks`` (``list_id`` + STANDING_FACTS): how
    many of its offers were judged in the market of its week (none for a list replaced in its
    own week) and recommended there, the sum and count of its scores, and the sum and count of
    the logs of price ÷ the market median of the ingredient."""
    lists = workspace.price_lists()
    lists["week"] = _week_start(lists["list_date"])
    judged = lists[lists["week"].isin(weeks)]
    market = market_lists(lists, pd.Series(weeks), stale_days)
    offers = _market_offers(workspace, sorted(set(market["list_id"]) | set(judged["list_id"])))
    mine = offers[offers["list_id"].isin(judged["list_id"])]
    score = mine["sustainability_score_pred"].fillna(mine["sustainability_score"])
    facts = pd.DataFrame(
        {
            "scored": score.notna().groupby(mine["list_id"]).sum(),
            "score_sum": score.fillna(0.0).groupby(mine["list_id"]).sum(),
        }
    ).reindex(judged["list_id"], fill_value=0)
    rows = market.merge(offers, on="list_id")
    own = judged[["week", "list_id"]].merge(market, on=["week", "list_id"])
    if not rows.empty and not own.empty:
        week_code = pd.Series(pd.factorize(rows["week"])[0].astype(str), index=rows.index)
        ingredient = rows["ingredient"]
        rows["ingredient"] = ingredient.where(ingredient == "", ingredient + "|" + week_code)
        ranked = rank_offers(rows, weights, constraints)
        by = ranked["ingredient"]
        waiting = waiting_for_review(ranked)  # not a market price until the chef accepts it
        price = ranked["price_pen_per_base_unit"].where(~waiting)
        median = price.groupby(by).transform("median")
        suppliers = ranked["supplier"].where(price.notna()).groupby(by).transform("nunique")
        usable = (median > 0) & (price > 0) & (suppliers >= 2) & (by != "")
        with np.errstate(divide="ignore", invalid="ignore"):
            ranked["log_index"] = np.log(price / median).where(usable)
        ranked["recommended"] = (ranked["rank"] == 1).fillna(False).astype(int)
        ranked = ranked.merge(own, on=["week", "list_id"])
        grouped = ranked.groupby("list_id")
        facts["judged"] = grouped.size().reindex(facts.index, fill_value=0)
        facts["recommended"] = grouped["recommended"].sum().reindex(facts.index, fill_value=0)
        facts["indexed"] = grouped["log_index"].count().reindex(facts.index, fill_value=0)
        facts["log_index_sum"] = grouped["log_index"].sum().reindex(facts.index, fill_value=0.0)
    for column in STANDING_FACTS:
        if column not in facts:
            facts[column] = 0
    return facts.reset_index(names="list_id")[["list_id", *STANDING_FACTS]]


def weeks_to_judge(
    workspace: Workspace,
    periods_wanted: list[str] | None,
    kind: str,
    weights: Weights,
    constraints: Constraints,
    stale_days: int = DEFAULT_STALE_DAYS,
) -> int:
    """How many weeks of these periods (and the ones before them) still need judging."""
    return len(_missing_weeks(workspace, _with_previous(periods_wanted, kind), kind, weights, constraints, stale_days))


def _with_previous(periods_wanted: list[str] | None, kind: str) -> list[str] | None:
    if periods_wanted is None:
        return None
    return sorted(set(periods_wanted) | {previous_period(p, kind) for p in periods_wanted})


def _missing_weeks(
    workspace: Workspace,
    periods_wanted: list[str] | None,
    kind: str,
    weights: Weights,
    constraints: Constraints,
    stale_days: int,
) -> list[pd.Timestamp]:
    dates = pd.to_datetime(pd.Series([row[0] for row in workspace.query("SELECT DISTINCT list_date FROM price_lists")]))
    if dates.empty:
        return []
    if periods_wanted is not None:
        dates = dates[period_label(dates, kind).isin(periods_wanted)]
    done = workspace.valid_standing_weeks(standing_params(weights, constraints, stale_days))
    return [w for w in sorted(set(_week_start(dates))) if w.date().isoformat() not in done]


def prepare_weeks(
    workspace: Workspace,
    periods_wanted: list[str] | None,
    kind: str,
    weights: Weights,
    constraints: Constraints,
    stale_days: int = DEFAULT_STALE_DAYS,
    progress: Progress | None = None,
) -> int:
    """Judge the weeks of ``periods_wanted`` (all when None) not judged yet with these parameters;
    returns how many weeks were judged. Pure core work: the app runs it in the background."""
    progress = progress or Progress.silent()
    params = standing_params(weights, constraints, stale_days)
    missing = _missing_weeks(workspace, periods_wanted, kind, weights, constraints, stale_days)
    for start in range(0, len(missing), WEEKS_AT_ONCE):
        progress.check()
        chunk = missing[start : start + WEEKS_AT_ONCE]
        facts = judge_weeks(workspace, chunk, weights, constraints, stale_days)
        workspace.save_standing_facts([w.date().isoformat() for w in chunk], params, facts)
        progress.step((start + len(chunk)) / len(missing))
    return len(missing)


def standing_table(
    workspace: Workspace,
    kind: str = QUARTER,
    chosen: list[str] | None = None,
    weights: Weights | None = None,
    constraints: Constraints | None = None,
    stale_days: int = DEFAULT_STALE_DAYS,
) -> pd.DataFrame:
    """STANDING_COLUMNS for the ``chosen`` periods (default: all), each compared with the period
    before it. Sorted by period (newest first), then rank."""
    weights = weights or Weights(sustainability=0.5, price=0.3, distance=0.1, co2=0.1)
    constraints = constraints or Constraints()
    wanted = _with_previous(chosen, kind)
    prepare_weeks(workspace, wanted, kind, weights, constraints, stale_days)
    per_list = _facts_per_list(workspace, wanted, kind, standing_params(weights, constraints, stale_days))
    if per_list.empty:
        return pd.DataFrame(columns=STANDING_COLUMNS)
    table = _ranked_with_changes(_per_supplier(per_list), kind)
    if chosen is not None:
        table = table[table["period"].isin(chosen)]
    return table.sort_values(["period", "rank"], ascending=[False, True], kind="stable").reset_index(drop=True)


_PER_LIST = f"""SELECT p.id, p.supplier, p.list_date, p.offers, p.flagged, p.complete_known, p.complete,
    (SELECT COALESCE(SUM(rows_refused), 0) FROM price_list_files f WHERE f.list_id = p.id),
    {", ".join(f"COALESCE(s.{c}, 0)" for c in STANDING_FACTS)}
    FROM price_lists p LEFT JOIN standing_lists s ON s.list_id = p.id AND s.params = ?"""
_PER_LIST_COLUMNS = [
    "list_id",
    "supplier",
    "list_date",
    "offers",
    "flagged",
    "complete_known",
    "complete",
    "refused",
    *STANDING_FACTS,
]


def _facts_per_list(workspace: Workspace, wanted: list[str] | None, kind: str, params: str) -> pd.DataFrame:
    sql, values = _PER_LIST, [params]
    if wanted:
        first = min(period_start(p) for p in wanted)
        last = max(_period_end(p, kind) for p in wanted)
        sql += " WHERE p.list_date >= ? AND p.list_date < ?"
        values += [first.date().isoformat(), last.date().isoformat()]
    frame = pd.DataFrame.from_records(workspace.query(sql, tuple(values)), columns=_PER_LIST_COLUMNS)
    frame["period"] = period_label(frame["list_date"], kind)
    if wanted:
        frame = frame[frame["period"].isin(wanted)]
    return frame


def _per_supplier(per_list: pd.DataFrame) -> pd.DataFrame:
    grouped = per_list.groupby(["period", "supplier"])
    sums = grouped[_PER_LIST_COLUMNS[3:]].sum().astype(float)
    sums["lists"] = grouped.size()
    ratio = lambda top, bottom: (sums[top] / sums[bottom].where(sums[bottom] > 0)).astype(float)  # noqa: E731
    sums["recommended_share"] = ratio("recommended", "judged")
    sums["mean_score"] = ratio("score_sum", "scored")
    sums["price_index"] = 100.0 * np.exp(ratio("log_index_sum", "indexed"))
    sums["completeness"] = ratio("complete", "complete_known")
    read = sums["offers"] + sums["refused"]
    sums["flagged_share"] = ((sums["flagged"] + sums["refused"]) / read.where(read > 0)).astype(float)
    sums["offers"] = sums["offers"].astype(int)
    return sums.reset_index()[["period", "supplier", "lists", "offers", *METRICS]]


def _ranked_with_changes(table: pd.DataFrame, kind: str) -> pd.DataFrame:
    order = table.sort_values(
        ["period", "recommended_share", "mean_score", "price_index", "supplier"],
        ascending=[True, False, False, True, True],
        na_position="last",
        kind="stable",
    )
    table["rank"] = order.groupby("period").cumcount().reindex(table.index) + 1
    before = table.assign(period=table["period"].map(lambda p: _next_period(p, kind)))
    before = before.set_index(["period", "supplier"])
    merged = table.join(before[["rank", *METRICS]], on=["period", "supplier"], rsuffix="_previous")
    table["previous_rank"] = merged["rank_previous"].astype("Int64")
    table["rank_change"] = (merged["rank_previous"] - merged["rank"]).astype("Int64")  # + = moved up
    for metric in METRICS:
        table[f"{metric}_change"] = merged[metric] - merged[f"{metric}_previous"]
    return table[STANDING_COLUMNS]


def _period_end(label: str, kind: str) -> pd.Timestamp:
    return period_start(_shift(label, 1))


def _next_period(label: str, kind: str) -> str:
    return _shift(label, 1)


def scorecard(
    workspace: Workspace,
    supplier: str,
    kind: str = MONTH,
    weights: Weights | None = None,
    constraints: Constraints | None = None,
    stale_days: int = DEFAULT_STALE_DAYS,
) -> pd.DataFrame:
    """One supplier's standing in every period it sent lists, oldest first."""
    table = standing_table(workspace, kind, None, weights, constraints, stale_days)
    mine = table[table["supplier"] == supplier]
    return mine.sort_values("period", kind="stable").reset_index(drop=True)
