"""The whole path in one go (``sourcing rank``): import price lists, score the offers with
the active model, rank the options per ingredient and write the Excel report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from core.atomic_write import atomic_path
from core.cleansing.row_cleansing import CleanseSettings
from core.i18n import tr
from core.importer import ImportResult, import_files
from core.model.registry import ModelRegistry
from core.model.scoring import explain_offers, score_offers
from core.progress import Progress
from core.ranking.audits import apply_audits
from core.ranking.rank import Constraints, Weights, rank_offers
from core.ranking.summary import summarise
from core.report.about import report_about
from core.report.workbook import write_report


@dataclass
class RankResult:
    imported: ImportResult
    scored: pd.DataFrame
    ranked: pd.DataFrame
    summary: pd.DataFrame
    model_version: str


def explain_recommended(ranked: pd.DataFrame, bundle) -> pd.DataFrame:
    """Fill ``explanation`` for each ingredient's recommended offer (rank 1): the offers the
    report puts in front of the reader. Other rows keep an empty explanation."""
    recommended = ranked["eligible"].to_numpy(dtype=bool) & (ranked["rank"] == 1).fillna(False).to_numpy(dtype=bool)
    if recommended.any():
        ranked.loc[recommended, "explanation"] = explain_offers(ranked.loc[recommended], bundle).to_numpy()
    return ranked


def rank_price_lists(
    files: list[Path],
    weights: Weights,
    constraints: Constraints = Constraints(),
    method: str = "weighted",
    report_path: Path | None = None,
    out_csv: Path | None = None,
    lang: str = "es",
    supplier: str | None = None,
    settings: CleanseSettings | None = None,
    mapping: dict[str, str] | None = None,
    bundle=None,
    progress: Progress | None = None,
    audits: pd.DataFrame | None = None,
    read=None,
) -> RankResult:
    """Import, score, rank and report. ``audits`` (core.ranking.audits.AUDIT_FIELDS rows, e.g.
    ``Workspace.audits()``) are the officer's audited scores: they replace the model's score of
    the offers they cover in the ranking and the report. ``read``: the files' reader already
    started (core.reading.reader_process.ReadAhead.read), as import_files takes it."""
    progress = progress or Progress.silent()
    imported = import_files(
        files, supplier=supplier, mapping=mapping, settings=settings, progress=progress.sub(0.0, 0.3), read=read
    )
    if bundle is None:
        progress.step(0.3, tr("Loading the sustainability model"))
        bundle = ModelRegistry().load_active()
    scored = score_offers(imported.offers, bundle=bundle, progress=progress.sub(0.35, 0.65), explain=False)
    progress.step(0.65, tr("Ranking the options of each ingredient"))
    ranked = rank_offers(apply_audits(scored, audits), weights, constraints, method=method, lang=lang)
    progress.step(0.7, tr("Explaining the recommended offers"))
    ranked = explain_recommended(ranked, bundle)
    summary = summarise(ranked)
    if out_csv is not None:
        with atomic_path(out_csv) as tmp:
            ranked.to_csv(tmp, index=False, encoding="utf-8")
    if report_path is not None:
        about = report_about(bundle.version, weights, constraints, method)
        write_report(
            report_path, ranked, summary, imported.report.to_frame(), about, lang=lang, progress=progress.sub(0.75, 1.0)
        )
    progress.step(1.0, tr("Done"))
    return RankResult(imported, scored, ranked, summary, bundle.version)
