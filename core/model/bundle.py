"""Model bundles: ``models/<version>/`` with model.keras, preprocessing.json, metadata.json.

metadata.json lists the sha256 of every other file; ``load_bundle`` checks them all before
it opens anything, then loads the Keras file with ``safe_mode=True`` (no Lambda layers, no
pickle anywhere). A tampered or incomplete bundle raises ``BundleError`` (a UserError: the
command line prints one sentence and exits with code 2).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from core.atomic_write import write_text_atomic
from core.errors import UserError
from core.i18n import tr
from core.model.ensemble import native_stderr_silenced, quiet_tensorflow

MODEL_FILE = "model.keras"
PREPROCESSING_FILE = "preprocessing.json"
METADATA_FILE = "metadata.json"
HASHED_FILES = (MODEL_FILE, PREPROCESSING_FILE)
BUNDLE_FORMAT = 1
MIN_BATCH = 256  # smallest compiled batch: one shape serves every small import


class BundleError(UserError):
    """A model bundle that is missing, incomplete or altered."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_public(path: Path, text: str) -> None:
    """Write atomically and leave the file readable by everyone (a shared install)."""
    write_text_atomic(path, text)
    os.chmod(path, 0o644)


def write_bundle(folder: str | Path, model, prep: dict[str, Any], metadata: dict[str, Any]) -> Path:
    """Write a complete bundle into ``folder`` (created; must not hold another bundle)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    model.save(folder / MODEL_FILE)
    write_public(folder / PREPROCESSING_FILE, json.dumps(prep, indent=1, sort_keys=True))
    meta = dict(metadata)
    meta.setdefault("format", BUNDLE_FORMAT)
    meta.setdefault("created", _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat())
    meta["features"] = list(prep["features"])
    meta["files"] = {name: sha256_of(folder / name) for name in HASHED_FILES}
    write_public(folder / METADATA_FILE, json.dumps(meta, indent=1, sort_keys=True))
    return folder


def update_metadata(folder: str | Path, **changes: Any) -> dict[str, Any]:
    """Change metadata fields that are not hashes (version, metrics, dataset hash)."""
    folder = Path(folder)
    meta = read_metadata(folder)
    meta.update(changes)
    write_public(folder / METADATA_FILE, json.dumps(meta, indent=1, sort_keys=True))
    return meta


def read_metadata(folder: str | Path) -> dict[str, Any]:
    folder = Path(folder)
    path = folder / METADATA_FILE
    if not path.is_file():
        raise BundleError(tr("The model in {path} is incomplete: metadata.json is missing.", path=folder))
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError(tr("The model in {path} is damaged: metadata.json is not valid JSON.", path=folder)) from exc
    if not isinstance(meta, dict) or not isinstance(meta.get("files"), dict):
        raise BundleError(tr("The model in {path} is damaged: metadata.json has no file hashes.", path=folder))
    return meta


def verify_bundle(folder: str | Path) -> dict[str, Any]:
    """Check that every file is present and has the sha256 recorded; return the metadata."""
    folder = Path(folder)
    if not folder.is_dir():
        raise BundleError(tr("There is no model in {path}.", path=folder))
    meta = read_metadata(folder)
    recorded = meta["files"]
    for name in HASHED_FILES:
        if name not in recorded:
            raise BundleError(
                tr("The model in {path} is damaged: no hash recorded for {file}.", path=folder, file=name)
            )
    for name, expected in recorded.items():
        path = folder / name
        if Path(name).name != name or not path.is_file():
            raise BundleError(tr("The model in {path} is incomplete: {file} is missing.", path=folder, file=name))
        if sha256_of(path) != expected:
            raise BundleError(
                tr(
                    "The model in {path} was altered: {file} does not match its recorded checksum. It was not loaded.",
                    path=folder,
                    file=name,
                )
            )
    return meta


@dataclass
class Bundle:
    path: Path
    metadata: dict[str, Any]
    prep: dict[str, Any]
    model: Any

    @property
    def version(self) -> str:
        return str(self.metadata.get("version") or self.path.name)

    @property
    def coverage(self) -> float:
        return float(self.metadata.get("interval", 0.9))

    def raw(self, x: np.ndarray) -> np.ndarray:
        """All members' [mu, sigma] for a float32 matrix: one compiled forward pass.

        Backend-neutral: Keras' ``predict_on_batch`` compiles the pass with the backend in use
        (tf.function on TensorFlow, jax.jit on JAX) without ``model.predict``'s per-call set-up
        (~100 ms). Rows are padded with zeros to ``padded_rows(n)`` and cut back: every row goes
        through the network alone, and the pass is compiled for a few shapes only (JAX compiles
        once per input shape; one compile per scoring call would cost more than the scoring)."""
        x = np.ascontiguousarray(x, dtype=np.float32)
        n = len(x)
        if n == 0:
            return np.zeros((0, self.model.output_shape[-1]), np.float32)
        rows = padded_rows(n)
        if rows != n:
            x = np.concatenate([x, np.zeros((rows - n, x.shape[1]), np.float32)])
        return np.asarray(self.model.predict_on_batch(x), dtype=np.float32)[:n]


def padded_rows(n: int) -> int:
    """The batch size ``n`` rows are scored in: the next power of two, at least MIN_BATCH."""
    return max(MIN_BATCH, 1 << (int(n) - 1).bit_length())


def load_bundle(path: str | Path) -> Bundle:
    """Verify the sha256 of every file, then load the model in safe mode."""
    folder = Path(path)
    meta = verify_bundle(folder)
    try:
        prep = json.loads((folder / PREPROCESSING_FILE).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError(
            tr("The model in {path} is damaged: preprocessing.json is not valid JSON.", path=folder)
        ) from exc
    quiet_tensorflow()
    try:
        with native_stderr_silenced():
            import keras  # Keras and its backend (TensorFlow or JAX) start only when a model is loaded

            model = keras.saving.load_model(folder / MODEL_FILE, compile=False, safe_mode=True)
    except Exception as exc:  # any failure to load is a bad bundle, said in one sentence
        raise BundleError(
            tr(
                "The model in {path} cannot be loaded safely: {reason}",
                path=folder,
                reason=str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__,
            )
        ) from exc
    if model.input_shape[-1] != len(prep.get("features", [])):
        raise BundleError(tr("The model in {path} does not match its preprocessing.json.", path=folder))
    return Bundle(folder, meta, prep, model)


def copy_bundle(source: str | Path, target: str | Path) -> Path:
    """Copy a verified bundle's files (and only those) into a new folder."""
    source, target = Path(source), Path(target)
    verify_bundle(source)
    target.mkdir(parents=True, exist_ok=False)
    for name in (*HASHED_FILES, METADATA_FILE):
        shutil.copy2(source / name, target / name)
    return target
