"""The inputs of the admin screen's drift check (the measures are core.lifecycle.drift's).

* the reference profile of the DVC-tracked training data (data/training/offers.parquet),
  computed once per dataset version and kept as JSON in the user's data folder, keyed by the
  md5 dvc.lock records for data/training;
* the offers imported in the last N days, with the date of their import.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd

from core.atomic_write import write_text_atomic
from core.errors import UserError
from core.i18n import tr
from core.lifecycle.dataset_versions import TRAINING_FILE, training_md5
from core.lifecycle.drift import reference_profile
from core.paths import user_data_dir
from core.progress import Progress


def _cache_path(md5: str) -> Path:
    safe = re.sub(r"[^0-9A-Za-z.]", "_", md5) or "unversioned"
    return user_data_dir() / "drift" / f"reference_{safe}.json"


def cached_reference_profile(root: Path, progress: Progress | None = None) -> dict:
    """The training data's profile (from the cache when this dataset version was profiled before)."""
    progress = progress or Progress.silent()
    root = Path(root)
    md5 = training_md5(root)
    cache = _cache_path(md5)
    if md5 and cache.is_file():
        try:
            return json.loads(cache.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass  # a damaged cache is recomputed
    parquet = root / TRAINING_FILE
    if not parquet.is_file():
        raise UserError(
            tr(
                "The training data are not on this computer, so drift cannot be measured; run `dvc pull` "
                "in {root} to get them.",
                root=root,
            )
        )
    progress.step(0.1, tr("Reading the training data…"))
    offers = pd.read_parquet(parquet)
    progress.step(0.6, tr("Profiling the training data…"))
    profile = reference_profile(offers)
    profile["dataset_md5"] = md5
    if md5:
        write_text_atomic(cache, json.dumps(profile))
    return profile


def offers_with_import_dates(workspace) -> pd.DataFrame:
    """The workspace's offers with ``imported_at``: the time of the newest import of their file
    (a newer import of the same file replaces its offers)."""
    offers = workspace.offers()
    created: dict[str, str] = {}
    for entry in workspace.imports():  # oldest first: later imports win
        for name in entry["files"]:
            created[str(name)] = entry["created"]
    offers["imported_at"] = pd.to_datetime(offers["source_file"].map(created), errors="coerce")
    return offers


def recent_offers(workspace, days: int, now: dt.datetime | None = None) -> pd.DataFrame:
    offers = offers_with_import_dates(workspace)
    now = now or dt.datetime.now()
    since = pd.Timestamp(now - dt.timedelta(days=int(days)))
    return offers[offers["imported_at"] >= since].reset_index(drop=True)
