"""``make run`` before the window exists: import the bundled sample price lists and show
the import report and the resulting canonical table."""

from __future__ import annotations

import sys
from pathlib import Path

from core.atomic_write import atomic_path
from core.i18n import tr
from core.importer import import_files
from core.paths import samples_dir
from core.progress import Progress


def main() -> int:
    samples = sorted(p for p in samples_dir().iterdir() if p.suffix.lower() in {".xlsx", ".xls", ".ods", ".csv"})
    progress = Progress(lambda f, m: print(f"[{f:4.0%}] {m}", file=sys.stderr) if m else None)
    result = import_files(samples, progress=progress)
    print(result.report.render_text(max_lines_per_rule=5))
    out = Path("out") / "offers.csv"
    with atomic_path(out) as tmp:
        result.offers.to_csv(tmp, index=False)
    print()
    print(tr("{count} offers written to {path}.", count=len(result.offers), path=out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
