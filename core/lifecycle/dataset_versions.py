"""The DVC-tracked training data as the admin screen shows it, and adding audited labels to it.

* ``training_data_info``: the version of data/training recorded in dvc.lock (its md5), its rows
  (from the parquet footer, without reading the data) and when dvc.lock last changed (git, else
  the file's modification time).
* ``pending_labels``: the audited labels entered in the app that no versioned feedback file
  (data/feedback/audited_labels_<UTC time>.csv) holds yet.
* ``add_labels_version``: writes them as a new feedback file, records data/feedback with
  ``dvc add`` (making the folder DVC-tracked the first time) and pushes to the DVC remote when
  one is configured.

The app's own working copy ``data/feedback/audited_labels.csv`` (rewritten with every label
on each save) is not a version: it is replaced by the versioned file so that no label is
counted twice by the prepare stage. Every failure is one plain sentence (UserError).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from core.atomic_write import atomic_path
from core.contract import CANONICAL_COLUMNS
from core.errors import UserError
from core.i18n import tr

TRAINING = "data/training"
TRAINING_FILE = "data/training/offers.parquet"
FEEDBACK = "data/feedback"
WORKING_COPY = "audited_labels.csv"  # core.appstate.workspace.FEEDBACK_FILE, the app's unversioned copy
VERSION_PREFIX = "audited_labels_"
# what makes two labels the same label: the offer (as written and where it came from) and the score
LABEL_KEY = ("supplier", "product", "source_file", "source_sheet", "source_row", "sustainability_score")
TIMEOUT = 600


@dataclass(frozen=True)
class TrainingDataInfo:
    md5: str  # "" when dvc.lock records no data/training
    rows: int | None  # None when the data are not in the working tree (not pulled)
    last_change: str  # ISO 8601, "" when unknown
    present: bool  # data/training/offers.parquet is here

    @property
    def short_hash(self) -> str:
        return self.md5.removesuffix(".dir")[:10]


def training_md5(root: Path) -> str:
    """The md5 DVC recorded for data/training in dvc.lock ("" before the first ``dvc repro``)."""
    lock = Path(root) / "dvc.lock"
    if not lock.is_file():
        return ""
    try:
        stages = (yaml.safe_load(lock.read_text(encoding="utf-8")) or {}).get("stages", {})
    except yaml.YAMLError as error:
        raise UserError(tr("dvc.lock cannot be read ({error}).", error=str(error).splitlines()[0])) from error
    for stage in stages.values():
        for out in stage.get("outs", []) or []:
            if out.get("path") == TRAINING:
                return str(out.get("md5", ""))
    return ""


def _last_change(root: Path) -> str:
    lock = root / "dvc.lock"
    git = shutil.which("git")
    if git and (root / ".git").exists():
        try:
            done = subprocess.run(
                [git, "log", "-1", "--format=%cI", "--", "dvc.lock"],
                cwd=root,
                capture_output=True,
                text=True,
                timeout=30,
            )
            if done.returncode == 0 and done.stdout.strip():
                return done.stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            pass
    if lock.is_file():
        stamp = dt.datetime.fromtimestamp(lock.stat().st_mtime, dt.UTC)
        return stamp.replace(microsecond=0).isoformat()
    return ""


def training_data_info(root: Path) -> TrainingDataInfo:
    root = Path(root)
    parquet = root / TRAINING_FILE
    rows = None
    if parquet.is_file():
        import pyarrow.parquet as pq  # only the admin machine has DVC training data; the package leaves pyarrow out

        try:
            rows = int(pq.read_metadata(parquet).num_rows)
        except (OSError, ValueError) as error:
            raise UserError(
                tr(
                    "The training data {path} cannot be read ({error}).",
                    path=parquet,
                    error=str(error).splitlines()[0] if str(error) else type(error).__name__,
                )
            ) from error
    return TrainingDataInfo(training_md5(root), rows, _last_change(root), parquet.is_file())


# ------------------------------------------------------------------------ audited labels


def _keys(frame: pd.DataFrame) -> pd.Series:
    parts = []
    for column in LABEL_KEY:
        values = frame[column] if column in frame else pd.Series([""] * len(frame), index=frame.index)
        if column == "sustainability_score":
            values = pd.to_numeric(values, errors="coerce").round(4).map(lambda v: f"{v:.4f}")
        elif column == "source_row":
            values = pd.to_numeric(values, errors="coerce").map(lambda v: "" if pd.isna(v) else str(int(v)))
        else:
            values = values.fillna("").astype(str)
        parts.append(values)
    return pd.Series(["\x1f".join(row) for row in zip(*parts, strict=False)], index=frame.index, dtype=object)


def versioned_label_files(root: Path) -> list[Path]:
    folder = Path(root) / FEEDBACK
    return sorted(folder.glob(f"{VERSION_PREFIX}*.csv")) if folder.is_dir() else []


def pending_labels(workspace, root: Path) -> pd.DataFrame:
    """The workspace's audited labels (canonical columns) that no versioned feedback file holds."""
    labels = workspace.labels()[list(CANONICAL_COLUMNS)]
    if labels.empty:
        return labels
    known: set[str] = set()
    for path in versioned_label_files(root):
        try:
            known.update(_keys(pd.read_csv(path, dtype=str, keep_default_na=False)))
        except (OSError, ValueError, pd.errors.ParserError) as error:
            raise UserError(
                tr(
                    "The feedback file {path} cannot be read ({error}).",
                    path=path.name,
                    error=str(error).splitlines()[0],
                )
            ) from error
    return labels[~_keys(labels).isin(known)].reset_index(drop=True)


def _dvc() -> list[str]:
    return [sys.executable, "-m", "dvc"]


def _run(command: list[str], root: Path, failure: str) -> subprocess.CompletedProcess:
    """Run a DVC or git command; a failure becomes one sentence ``failure`` + DVC's own reason."""
    try:
        done = subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=TIMEOUT)
    except FileNotFoundError as error:
        raise UserError(
            tr("{failure}: the program {program} was not found.", failure=failure, program=command[0])
        ) from error
    except subprocess.TimeoutExpired as error:
        raise UserError(
            tr("{failure}: it did not finish within {minutes} minutes.", failure=failure, minutes=TIMEOUT // 60)
        ) from error
    if done.returncode != 0:
        text = (done.stderr or done.stdout or "").strip()
        if "lock" in text.lower() and ("unable to acquire" in text.lower() or "is busy" in text.lower()):
            raise UserError(
                tr(
                    "{failure}: another DVC command (perhaps a retraining) is running; try again when it has finished.",
                    failure=failure,
                )
            )
        reason = next((line.strip() for line in text.splitlines() if line.strip().startswith("ERROR")), "")
        reason = reason or (text.splitlines()[-1].strip() if text else tr("exit code {code}", code=done.returncode))
        raise UserError(tr("{failure}: {reason}", failure=failure, reason=reason.removeprefix("ERROR: ")))
    return done


def _untrack_from_git(root: Path) -> None:
    """data/feedback was kept in git (a .gitkeep): hand it over to DVC (git keeps no copy)."""
    git = shutil.which("git")
    if git is None or not (root / ".git").exists():
        return
    listed = subprocess.run([git, "ls-files", "--", FEEDBACK], cwd=root, capture_output=True, text=True, timeout=60)
    if listed.returncode == 0 and listed.stdout.strip():
        _run(
            [git, "rm", "-r", "--cached", "-q", "--", FEEDBACK],
            root,
            tr("The feedback folder could not be handed from git to DVC"),
        )


@dataclass(frozen=True)
class LabelsVersion:
    path: Path  # the new feedback file
    labels: int
    md5: str  # DVC's md5 of data/feedback after the add
    pushed_to: str  # the remote pushed to, "" when none is configured


def add_labels_version(root: Path, labels: pd.DataFrame, remote: str = "") -> LabelsVersion:
    """Write ``labels`` as data/feedback/audited_labels_<UTC time>.csv, ``dvc add data/feedback``
    and ``dvc push -r remote`` when ``remote`` is set. Nothing is written when there are no labels."""
    root = Path(root)
    if labels.empty:
        raise UserError(tr("There are no new audited labels to add."))
    folder = root / FEEDBACK
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{VERSION_PREFIX}{stamp}.csv"
    with atomic_path(target) as tmp:
        labels.reindex(columns=list(CANONICAL_COLUMNS)).to_csv(tmp, index=False)
    working = folder / WORKING_COPY
    saved_working = working.read_bytes() if working.is_file() else None
    if working.is_file():
        working.unlink()  # its labels are now in a version; keeping it would count them twice
    try:
        _untrack_from_git(root)
        _run([*_dvc(), "add", FEEDBACK], root, tr("The new labels could not be added to the DVC dataset"))
    except UserError:
        target.unlink(missing_ok=True)
        if saved_working is not None:
            working.write_bytes(saved_working)
        raise
    md5 = _feedback_md5(root)
    pushed = ""
    if remote:
        _run(
            [*_dvc(), "push", "-r", remote, f"{FEEDBACK}.dvc"],
            root,
            tr("The labels were added locally but could not be pushed to the DVC remote '{remote}'", remote=remote),
        )
        pushed = remote
    return LabelsVersion(target, int(len(labels)), md5, pushed)


def _feedback_md5(root: Path) -> str:
    path = root / f"{FEEDBACK}.dvc"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return ""
    outs = data.get("outs") or [{}]
    return str(outs[0].get("md5", ""))
