"""The model registry (shared/DESIGN.md, "Model bundle"): versions, the active one, atomic
promote and rollback.

A registry view merges several roots: the bundled ``models/`` shipped with the app (read-only
once installed) and the user's ``<data folder>/models`` where new versions go. The LAST root is
the writable one. Each root may hold ``active`` (one line: the version the app uses) and
``history`` (previously active versions, newest last, for rollback). Promoting writes a
temporary file naming the version and renames it over ``active`` (os.replace, atomic), and
only after the complete check of core.model.bundle_check (files, schemas, checksums, safe
loading, reference offers), so a tampered or unusable bundle is never made active and the
previous model keeps working.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import UserError
from core.i18n import tr
from core.model.bundle import (
    Bundle,
    BundleError,
    copy_bundle,
    load_bundle,
    update_metadata,
    verify_bundle,
    verify_loads_safely,
    write_public,
)
from core.model.bundle_check import check_bundle
from core.paths import bundled_models_dir, user_data_dir

ACTIVE_FILE = "active"
HISTORY_FILE = "history"
_VERSION = re.compile(r"^v(\d+)$")


def _version_number(version: str) -> int:
    """'v12' -> 12 (only called on names that matched _VERSION)."""
    found = _VERSION.match(version)
    return int(found.group(1)) if found else -1


@dataclass(frozen=True)
class VersionInfo:
    version: str
    path: Path
    created: str
    metrics: dict[str, Any]
    active: bool
    valid: bool
    problem: str = ""


def _readable_metadata(path: Path) -> dict[str, Any]:
    """Whatever metadata.json of a damaged version still says (for its line in the list)."""
    try:
        meta = json.loads((path / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


class ModelRegistry:
    def __init__(self, roots: list[str | Path] | None = None):
        if roots is None:
            roots = [bundled_models_dir(), user_data_dir() / "models"]
        self.roots = [Path(r) for r in roots]
        self.writable = self.roots[-1]

    # ------------------------------------------------------------------ reading
    def _folders(self) -> dict[str, Path]:
        found: dict[str, Path] = {}
        for root in self.roots:  # later roots win: the user's copy over the bundled one
            if root.is_dir():
                for child in root.iterdir():
                    if child.is_dir() and _VERSION.match(child.name):
                        found[child.name] = child
        return dict(sorted(found.items(), key=lambda item: _version_number(item[0])))

    def path_of(self, version: str) -> Path:
        folders = self._folders()
        if version not in folders:
            raise UserError(
                tr(
                    "There is no model version '{version}'. Known versions: {known}.",
                    version=version,
                    known=", ".join(folders) or tr("none"),
                )
            )
        return folders[version]

    def active_version(self) -> str | None:
        for root in reversed(self.roots):
            pointer = root / ACTIVE_FILE
            if pointer.is_file():
                name = pointer.read_text(encoding="utf-8").strip()
                if name:
                    return name
        return None

    def list_versions(self) -> list[VersionInfo]:
        active = self.active_version()
        infos = []
        for version, path in self._folders().items():
            try:
                meta = verify_bundle(path)
                valid, problem = True, ""
            except BundleError as exc:  # listed as damaged, with what can still be read
                meta, valid, problem = _readable_metadata(path), False, str(exc)
            metrics = meta.get("metrics") if valid else {}
            infos.append(
                VersionInfo(
                    version,
                    path,
                    str(meta.get("created", "")),
                    dict(metrics) if isinstance(metrics, dict) else {},
                    version == active,
                    valid,
                    problem,
                )
            )
        return infos

    def load_active(self) -> Bundle:
        version = self.active_version()
        if not version:
            raise BundleError(
                tr(
                    "No model is active yet: train one with `sourcing retrain` or promote a version "
                    "with `sourcing models promote`."
                )
            )
        return load_bundle(self.path_of(version))

    def _history(self) -> list[str]:
        path = self.writable / HISTORY_FILE
        if not path.is_file():
            return []
        return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    # ------------------------------------------------------------------ writing
    def _set_active(self, version: str) -> None:
        self.writable.mkdir(parents=True, exist_ok=True)
        write_public(self.writable / ACTIVE_FILE, version + "\n")

    def promote(self, version: str) -> str:
        """Make ``version`` active after the complete check (core.model.bundle_check: files,
        schemas, checksums, safe loading, reference offers); returns the previous active."""
        path = self.path_of(version)
        check_bundle(path)
        previous = self.active_version()
        if previous == version:
            return previous
        if previous:
            write_public(self.writable / HISTORY_FILE, "\n".join([*self._history(), previous]) + "\n")
        self._set_active(version)
        return previous or ""

    def rollback(self) -> str:
        """Re-activate the previously active version (completely checked first); returns it."""
        history = self._history()
        while history:
            candidate = history.pop()
            try:
                check_bundle(self.path_of(candidate))
            except UserError:
                continue  # a previous version that was removed or damaged is skipped
            write_public(self.writable / HISTORY_FILE, "".join(f"{v}\n" for v in history))
            self._set_active(candidate)
            return candidate
        raise UserError(tr("There is no previous model version to roll back to."))

    def next_version(self) -> str:
        numbers = [_version_number(v) for v in self._folders()]
        return f"v{max(numbers, default=0) + 1}"

    def register(self, candidate_dir: str | Path) -> str:
        """Copy a completely checked candidate bundle in as the next version (not active); returns it.
        The Keras file must load in safe mode; which runtime scores with it is recorded."""
        check_bundle(candidate_dir)
        runtime = verify_loads_safely(candidate_dir)
        self.writable.mkdir(parents=True, exist_ok=True)
        version = self.next_version()
        staging = Path(tempfile.mkdtemp(prefix=f".{version}.", dir=self.writable))
        try:
            shutil.rmtree(staging)
            copy_bundle(candidate_dir, staging)
            update_metadata(staging, version=version, **runtime)
            verify_bundle(staging)  # the copy is what was checked
            os.replace(staging, self.writable / version)
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
        return version
