"""Timing helper shared by the benchmarks."""

from __future__ import annotations

import time


def best_of(n, fn):
    """(fastest wall time of ``n`` calls of ``fn``, the last result)."""
    times, result = [], None
    for _ in range(n):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result
