"""Benchmark: built packages side by side (README "Packaging"): folder size, tarball size, start
to the visible window, model ready, and score parity with the source tree on TensorFlow.

    SOURCING_BENCH_PACKAGES="jax=dist,tensorflow-cpu=/tmp/b/tensorflow-cpu" make bench

SOURCING_BENCH_PACKAGES lists NAME=DIST_DIR pairs, each DIST_DIR holding a build
(sustainable-sourcing/) and, when made, its tarball; default: dist/ alone. Start-up is timed
as a user meets it: the program launched from nothing with a fresh data folder
(packaging/measure_start.py), the builds taken in turn within each round so that the machine's
load falls on all of them alike; the first round is the coldest. Parity: the frozen CLI imports
and scores every sample offer; the scores are compared with the source tree's TensorFlow scores
of the same offers (4-decimal CSV: a difference of 1e-4 is one rounding step). Figures printed.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NAME = "sustainable-sourcing"
ROUNDS = int(os.environ.get("SOURCING_BENCH_ROUNDS", "3"))


def _builds() -> dict[str, Path]:
    listed = os.environ.get("SOURCING_BENCH_PACKAGES", f"package={REPO / 'dist'}")
    pairs = (item.split("=", 1) for item in listed.split(",") if "=" in item)
    return {name.strip(): Path(folder.strip()) for name, folder in pairs}


def _measure_start():
    spec = importlib.util.spec_from_file_location("measure_start", REPO / "packaging" / "measure_start.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.time_to_ready


def _disk_mb(folder: Path) -> float:
    return float(subprocess.run(["du", "-sm", str(folder)], capture_output=True, text=True).stdout.split()[0])


def _scores_difference(cli: Path, tmp: Path) -> float:
    from core.model.bundle import load_bundle
    from core.model.scoring import score_offers
    from core.offers_csv import read_offers

    samples = sorted(
        str(p) for p in (REPO / "data" / "samples").iterdir() if p.suffix in {".csv", ".xlsx", ".xls", ".ods"}
    )
    offers, scored = tmp / "offers.csv", tmp / "scored.csv"
    env = dict(os.environ, SOURCING_DATA_DIR=str(tmp / "data"), TF_CPP_MIN_LOG_LEVEL="2")
    for command in (
        ["import", *samples, "--out", str(offers)],
        ["score", str(offers), "--out", str(scored), "--month", "3"],
    ):
        done = subprocess.run([str(cli), *command], env=env, capture_output=True, text=True, timeout=900)
        assert done.returncode == 0, done.stderr[-2000:]
    frozen = read_offers(scored)
    shipped = (REPO / "models" / "active").read_text(encoding="utf-8").strip()  # the bundled default model
    ours = score_offers(read_offers(offers), load_bundle(REPO / "models" / shipped), explain=False, month=3)
    return float((frozen["sustainability_score_pred"].astype(float) - ours["sustainability_score_pred"]).abs().max())


@pytest.mark.benchmark
@pytest.mark.timeout(7200)  # whole-program starts of several builds on a shared machine
def test_packages_side_by_side(tmp_path):
    builds = {name: dist for name, dist in _builds().items() if (dist / NAME / "sourcing-app").is_file()}
    if not builds:
        pytest.skip("no package build: make package, or set SOURCING_BENCH_PACKAGES")
    time_to_ready = _measure_start()
    starts: dict[str, list[dict[str, float]]] = {name: [] for name in builds}
    for _ in range(ROUNDS):
        for name, dist in builds.items():
            starts[name].append(time_to_ready(dist / NAME / "sourcing-app"))
            print(f"\n{name}: {starts[name][-1]}", flush=True)  # each start as it is measured

    print(
        f"\n{'build':<16} {'folder':>9} {'tarball':>9} {'window s':>17} {'model ready s':>17} "
        f"{'ready after window s':>21} {'max score diff':>15}"
    )
    for name, dist in builds.items():
        tarballs = sorted(dist.glob(f"{NAME}-*-linux-*.tar.gz"))
        tarball = f"{tarballs[-1].stat().st_size / 1e6:6.0f} MB" if tarballs else "-"
        runs = starts[name]
        window = [r["window"] for r in runs]
        ready = [r["model_ready"] for r in runs]
        after = [round(r["model_ready"] - r["window"], 2) for r in runs]
        cpu = [r.get("cpu_model_ready", float("nan")) for r in runs]
        folder = tmp_path / name
        folder.mkdir()
        difference = _scores_difference(dist / NAME / "sourcing", folder)
        print(
            f"{name:<16} {_disk_mb(dist / NAME):6.0f} MB {tarball:>9} "
            f"{window[0]:6.2f} / {statistics.median(window):5.2f} med "
            f"{ready[0]:6.2f} / {statistics.median(ready):5.2f} med "
            f"{after[0]:8.2f} / {statistics.median(after):5.2f} med {difference:15.1e} "
            f"cpu to model ready {statistics.median(cpu):5.1f} s"
        )
        assert difference <= 1e-4 + 1e-9, f"{name} scores differ from TensorFlow's by {difference}"
    print(
        f"(first run / median of {ROUNDS}; the builds take turns in every round; load {os.getloadavg()[0]:.1f}; "
        f"python {sys.version.split()[0]})"
    )
