"""Draw the audit experiment's curve for the model card: reports/audit_experiment.csv ->
docs/images/audit_experiment.png (English; run after `dvc repro`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.charts.experiment import audit_curve  # noqa: E402


def main(
    source: Path = ROOT / "reports" / "audit_experiment.csv",
    target: Path = ROOT / "docs" / "images" / "audit_experiment.png",
) -> None:
    figure = Figure(figsize=(7, 4), layout="constrained")
    FigureCanvasAgg(figure)
    audit_curve(figure.add_subplot(), pd.read_csv(source), lang="en")
    target.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(target, dpi=120)
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
