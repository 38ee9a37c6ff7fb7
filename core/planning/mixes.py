"""Pack mixes: the ways one supplier can cover one ingredient's need with whole packs.

The plan buys each ingredient from one supplier in a week (one delivery, one quality all week
long, one line of traceability), possibly mixing that supplier's pack sizes: 27 kg of potatoes
as a 25 kg sack and two 1 kg bags. For every (ingredient, supplier) pair this module lists
the *efficient* mixes: those that cover the need and that no other mix of the same supplier
beats on both cost and kg CO2e. Any optimal plan, whatever its objective or CO2e cap, uses
efficient mixes only, so the optimiser chooses among a few mixes per pair instead of
rounding packs itself; that keeps its relaxation tight (docs/planning.md, "The model").

Enumeration: offers are added one at a time (largest pack first), each taking 0..(as many
packs as cover what is left); a partial mix that another one beats on amount covered, cost
and kg CO2e is dropped at once, so many offers of one ingredient stay cheap to combine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse

from core.errors import UserError
from core.i18n import tr

TOLERANCE = 1e-9  # relative: 2.0 kg in 0.5 kg packs is 4 packs, not 5
FAST_COMBINATIONS = 20_000  # counts of the larger packs tried all at once; more: grown offer by offer
MAX_COMBINATIONS = 200_000  # partial mixes kept at once; far beyond any real price list


@dataclass
class Mixes:
    """Efficient mixes of every (needed ingredient, supplier) pair, one row each."""

    need: np.ndarray  # position of the ingredient in the needs table
    supplier: np.ndarray  # position of the supplier in the suppliers list
    cost: np.ndarray  # S/
    co2: np.ndarray  # kg CO2e
    packs: sparse.csr_matrix  # mix x candidate offer: packs of each offer in the mix

    def __len__(self) -> int:
        return len(self.cost)

    def subset(self, keep: np.ndarray) -> Mixes:
        return Mixes(self.need[keep], self.supplier[keep], self.cost[keep], self.co2[keep], self.packs[keep])


def packs_to_cover(need: float | np.ndarray, size: np.ndarray | float) -> np.ndarray:
    """Whole packs of ``size`` that cover ``need`` (0 when nothing is needed)."""
    need = np.maximum(need, 0.0)
    return np.ceil(need / size - TOLERANCE * np.maximum(need / size, 1.0)).astype(np.int64)


def pair_mixes(need: float, size: np.ndarray, cost: np.ndarray, co2: np.ndarray) -> np.ndarray:
    """Efficient pack counts (one row per mix, one column per offer) covering ``need``."""
    k = len(size)
    useful = np.array(_useful_offers(size.tolist(), cost.tolist(), co2.tolist()), dtype=np.int64)
    order = useful[np.argsort(-size[useful], kind="stable")]
    larger, smallest = order[:-1], order[-1]
    ranges = [np.arange(int(packs_to_cover(need, size[j])) + 1) for j in larger]
    result = np.zeros((0, k), dtype=np.int64)
    if math.prod(len(r) for r in ranges) <= FAST_COMBINATIONS:
        counts = _grid(need, size, larger, smallest, ranges)
        keep = _efficient(counts @ cost[order], counts @ co2[order], counts.sum(axis=1))
        result = np.zeros((len(keep), k), dtype=np.int64)
        result[:, order] = counts[keep]
    else:
        grown = _grow(need, size[order], cost[order], co2[order])
        result = np.zeros((len(grown), k), dtype=np.int64)
        result[:, order] = grown
    return result


def _useful_offers(size: list[float], cost: list[float], co2: list[float]) -> list[int]:
    """Offers no other offer of the pair beats with a pack as big or bigger, as cheap and as
    green (a mix using the beaten one is never better than with the other); of equal ones the first."""
    kept = []
    for i in range(len(size)):
        beaten = any(
            size[j] >= size[i]
            and cost[j] <= cost[i]
            and co2[j] <= co2[i]
            and (size[j] > size[i] or cost[j] < cost[i] or co2[j] < co2[i] or j < i)
            for j in range(len(size))
            if j != i
        )
        if not beaten:
            kept.append(i)
    return kept


def _grid(need: float, size: np.ndarray, larger: np.ndarray, smallest: int, ranges: list[np.ndarray]) -> np.ndarray:
    """Every count of the larger packs (up to what covers the need alone) topped up with the
    smallest; columns in the order (larger…, smallest). Reaches every minimal cover."""
    if ranges:
        grid = np.stack(np.meshgrid(*ranges, indexing="ij"), axis=-1).reshape(-1, len(ranges))
    else:
        grid = np.zeros((1, 0), dtype=np.int64)
    top_up = packs_to_cover(need - grid @ size[larger], size[smallest])
    return np.column_stack([grid, top_up]).astype(np.int64)


def _efficient(cost: np.ndarray, co2: np.ndarray, packs: np.ndarray) -> np.ndarray:
    """Rows no other row beats on both cost and kg CO2e (of equal ones, the one with fewest packs)."""
    order = np.lexsort((packs, co2, cost))
    sorted_co2 = co2[order]
    best_before = np.concatenate([[np.inf], np.minimum.accumulate(sorted_co2)[:-1]])
    margin = 1e-9 * np.maximum(1.0, np.abs(np.where(np.isfinite(best_before), best_before, 0.0)))
    return order[sorted_co2 < best_before - margin]


def _grow(need: float, size: np.ndarray, cost: np.ndarray, co2: np.ndarray) -> np.ndarray:
    """For pairs with many useful offers: add offers one at a time (largest pack first), keeping
    only the partial mixes that no other beats on amount covered, cost and kg CO2e."""
    k = len(size)
    counts = np.zeros((1, k), dtype=np.int64)
    covered, spent, emitted = np.zeros(1), np.zeros(1), np.zeros(1)
    for j in range(k):
        repeat = packs_to_cover(need - covered, size[j]) + 1
        base = np.repeat(np.arange(len(covered)), repeat)
        added = np.arange(repeat.sum()) - np.repeat(np.cumsum(repeat) - repeat, repeat)
        counts = counts[base].copy()
        counts[:, j] = added
        covered = np.minimum(covered[base] + added * size[j], need)
        spent = spent[base] + added * cost[j]
        emitted = emitted[base] + added * co2[j]
        keep = _undominated(covered, spent, emitted)
        if len(keep) > MAX_COMBINATIONS:
            raise UserError(
                tr(
                    "One supplier offers the same ingredient in too many pack sizes to combine ({count}); "
                    "leave some of them out.",
                    count=k,
                )
            )
        counts, covered, spent, emitted = counts[keep], covered[keep], spent[keep], emitted[keep]
    full = covered >= need * (1 - TOLERANCE)
    counts, spent, emitted = counts[full], spent[full], emitted[full]
    return counts[_efficient(spent, emitted, counts.sum(axis=1))]


def _undominated(covered: np.ndarray, cost: np.ndarray, co2: np.ndarray) -> np.ndarray:
    """Rows no other row beats on all three: covers at least as much, costs and emits no more
    (of identical rows the first is kept). A sweep by cost with a Fenwick tree holding the
    least kg CO2e seen per amount covered: O(n log n)."""
    order = np.lexsort((-covered, co2, cost))
    levels = np.unique(covered)
    rank = len(levels) - np.searchsorted(levels, covered)  # 1 = covers the most
    tree = [math.inf] * (len(levels) + 1)
    kept = []
    for i in order.tolist():
        position, best = int(rank[i]), math.inf
        while position > 0:  # least kg CO2e among rows covering at least as much
            best = min(best, tree[position])
            position -= position & -position
        if best <= co2[i] + 1e-12:
            continue
        kept.append(i)
        position = int(rank[i])
        while position < len(tree):
            tree[position] = min(tree[position], float(co2[i]))
            position += position & -position
    return np.array(kept, dtype=np.int64)


def build_mixes(needs: pd.DataFrame, offers: pd.DataFrame, suppliers: list[str]) -> Mixes:
    """Mixes for every needed ingredient from every supplier with plannable offers of it.

    ``needs``: positional, columns ingredient and quantity_base. ``offers``: positional
    candidates with ingredient, supplier, base_qty, price_pen_per_pack, kg_co2e_per_pack.
    """
    need_of = {ingredient: i for i, ingredient in enumerate(needs["ingredient"])}
    supplier_of = {name: s for s, name in enumerate(suppliers)}
    amounts = needs["quantity_base"].to_numpy(dtype=float)
    ingredient = offers["ingredient"].map(need_of)
    usable = ingredient.notna().to_numpy()
    size = offers["base_qty"].to_numpy(dtype=float)
    price = offers["price_pen_per_pack"].to_numpy(dtype=float)
    footprint = offers["kg_co2e_per_pack"].to_numpy(dtype=float)
    groups = pd.DataFrame({"need": ingredient.to_numpy(), "supplier": offers["supplier"].map(supplier_of).to_numpy()})[
        usable
    ]
    rows_need, rows_supplier, rows, cols, values = [], [], [], [], []
    mix = 0
    for (i, s), members in groups.groupby(["need", "supplier"], sort=True).indices.items():
        positions = groups.index.to_numpy()[members]
        if len(positions) == 1:  # the common case: one pack size, one mix
            j = positions[0]
            counts = packs_to_cover(amounts[int(i)], size[j]).reshape(1, 1)
        else:
            counts = pair_mixes(amounts[int(i)], size[positions], price[positions], footprint[positions])
        for row in counts:
            nonzero = np.flatnonzero(row)
            rows.extend([mix] * len(nonzero))
            cols.extend(positions[nonzero].tolist())
            values.extend(row[nonzero].tolist())
            rows_need.append(int(i))
            rows_supplier.append(int(s))
            mix += 1
    packs = sparse.csr_matrix((values, (rows, cols)), shape=(mix, len(offers)), dtype=float)
    return Mixes(
        np.array(rows_need, dtype=np.int64),
        np.array(rows_supplier, dtype=np.int64),
        packs @ price if mix else np.zeros(0),
        packs @ footprint if mix else np.zeros(0),
        packs,
    )
