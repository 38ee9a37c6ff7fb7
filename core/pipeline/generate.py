"""Stage generate: synthetic labelled offers -> data/training/offers.parquet."""

from __future__ import annotations

from pathlib import Path

from core.catalogs import load_catalogs
from core.lifecycle.training_data import GeneratorParams, generate_offers
from core.pipeline import load_params, printing_progress, stage_arguments

OUT = Path("data/training/offers.parquet")
ROW_GROUP = 50_000


def main(argv=None) -> None:
    args = stage_arguments(__doc__, argv)
    section = load_params(args.params).get("generate", {})
    params = GeneratorParams(**{k: v for k, v in section.items() if k in GeneratorParams.__dataclass_fields__})
    offers = generate_offers(load_catalogs(), params, printing_progress("generate"))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    offers.to_parquet(OUT, index=False, row_group_size=ROW_GROUP)  # row groups: Spark reads in parallel
    print(f"[generate] {len(offers)} offers, {offers['supplier'].nunique()} suppliers -> {OUT}", flush=True)


if __name__ == "__main__":
    main()
