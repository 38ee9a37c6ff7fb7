"""``make demo``: the command-line path on the bundled sample price lists: import, score with
the active model, rank, and write out/offers.csv, out/ranked.csv and out/report.xlsx."""

from __future__ import annotations

import sys
from pathlib import Path

from core.atomic_write import atomic_path
from core.i18n import current_language, tr, trn
from core.paths import samples_dir
from core.progress import Progress
from core.ranking.rank import Weights
from core.reading.formats import price_lists_in
from core.workflow import rank_price_lists


def main() -> int:
    samples = price_lists_in(samples_dir())
    progress = Progress(lambda f, m: print(f"[{f:4.0%}] {m}", file=sys.stderr) if m else None)
    out = Path("out")
    result = rank_price_lists(
        samples,
        Weights.parse("sustainability=.6,price=.3,distance=.1"),
        report_path=out / "report.xlsx",
        out_csv=out / "ranked.csv",
        lang=current_language(),
        progress=progress,
    )
    with atomic_path(out / "offers.csv") as tmp:
        result.imported.offers.to_csv(tmp, index=False)
    print(result.imported.report.render_text(max_lines_per_rule=5))
    print()
    offers = len(result.imported.offers)
    print(trn("{count} offer written to {path}.", "{count} offers written to {path}.", offers, path=out / "offers.csv"))
    print(tr("Report written to {path}.", path=out / "report.xlsx"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
