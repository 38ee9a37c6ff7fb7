"""Model bundles: ``models/<version>/`` with model.keras, preprocessing.json, metadata.json.

metadata.json lists the sha256 of every other file; ``load_bundle`` checks them all before
it opens anything (and that the folder holds no links or sub-folders, and that both JSON files
have their declared shape, core.model.bundle_schema), then reads the network as data for numpy
(core.model.numpy_network) or loads the Keras file with ``safe_mode=True`` (no Lambda layers,
no pickle anywhere). A tampered, incomplete or malformed bundle raises ``BundleError`` (a
UserError: the command line prints one sentence and exits with code 2). core.model.bundle_check
adds the last step before a bundle is registered or made active: scoring a fixed set of
reference offers.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from core.atomic_write import write_text_atomic
from core.errors import UserError
from core.features import feature_layout
from core.i18n import tr
from core.model.bundle_schema import (
    BUNDLE_FORMAT,
    METADATA_FILE,
    PREPROCESSING_FILE,
    check_metadata,
    check_preprocessing,
)
from core.model.ensemble import native_stderr_silenced, quiet_tensorflow
from core.model.numpy_network import PARITY_TOLERANCE, NumpyNetwork, parity_difference

MODEL_FILE = "model.keras"
HASHED_FILES = (MODEL_FILE, PREPROCESSING_FILE)
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


def _read_json(folder: Path, name: str) -> object:
    try:
        return json.loads((folder / name).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError(
            tr("The model in {path} is damaged: {file} is not valid JSON.", path=folder, file=name)
        ) from exc
    except OSError as exc:
        raise BundleError(tr("The model in {path} cannot be read: {file}.", path=folder, file=name)) from exc


def read_metadata(folder: str | Path) -> dict[str, Any]:
    """metadata.json after its declared shape was checked (core.model.bundle_schema)."""
    folder = Path(folder)
    if not (folder / METADATA_FILE).is_file():
        raise BundleError(tr("The model in {path} is incomplete: metadata.json is missing.", path=folder))
    data = _read_json(folder, METADATA_FILE)
    try:
        check_metadata(folder, data)
    except ValueError as exc:
        raise BundleError(str(exc)) from exc
    return data  # type: ignore[return-value]


def check_layout(folder: Path) -> None:
    """A bundle is one real folder of regular files: no links (they could point anywhere on the
    machine, and the checksums would then vouch for a file outside the bundle), no sub-folders."""
    if folder.is_symlink():
        raise BundleError(tr("The model in {path} was refused: the folder is a link to another place.", path=folder))
    for entry in os.scandir(folder):
        if entry.is_symlink():
            raise BundleError(
                tr(
                    "The model in {path} was refused: {file} is a link to a file outside the bundle.",
                    path=folder,
                    file=entry.name,
                )
            )
        if entry.is_dir(follow_symlinks=False):
            raise BundleError(
                tr("The model in {path} was refused: it holds a folder ({file}).", path=folder, file=entry.name)
            )


def verify_bundle(folder: str | Path) -> dict[str, Any]:
    """Check the folder, metadata.json's shape and that every file is present with the sha256
    recorded; return the metadata. Cheap: no model is loaded."""
    folder = Path(folder)
    if not folder.is_dir() or not any(folder.iterdir()):  # an empty folder holds no model, not a damaged one
        raise BundleError(tr("There is no model in {path}.", path=folder))
    check_layout(folder)
    meta = read_metadata(folder)
    recorded = meta["files"]
    for name in HASHED_FILES:
        if name not in recorded:
            raise BundleError(
                tr("The model in {path} is damaged: no hash recorded for {file}.", path=folder, file=name)
            )
    for name, expected in recorded.items():
        path = folder / name
        if not path.is_file():
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


def read_preprocessing(folder: Path, meta: dict[str, Any]) -> dict[str, Any]:
    """preprocessing.json after its declared shape and its agreement with the feature layout
    the code builds (and with metadata.json) were checked."""
    prep = _read_json(folder, PREPROCESSING_FILE)
    try:
        check_preprocessing(folder, prep)
    except ValueError as exc:
        raise BundleError(str(exc)) from exc
    assert isinstance(prep, dict)
    names, groups = feature_layout(prep)
    spans_agree = {k: list(v) for k, v in groups.items()} == {k: list(v) for k, v in prep["feature_groups"].items()}
    if (
        names != prep["features"]
        or not spans_agree
        or len(prep["baseline"]) != len(names)
        or list(meta.get("features", [])) != names
    ):
        raise BundleError(
            tr(
                "The model in {path} is damaged: its preprocessing.json does not describe the features the "
                "model was trained on; it was not used.",
                path=folder,
            )
        )
    return prep


@dataclass
class Bundle:
    """A verified bundle. ``raw`` runs the network: with numpy when ``network`` could read the
    saved graph (core.model.numpy_network: no TensorFlow in the process), else with Keras.
    ``model`` (the Keras model) is loaded in safe mode on first use: training, evaluation and
    tests that compare both runtimes ask for it, scoring does not."""

    path: Path
    metadata: dict[str, Any]
    prep: dict[str, Any]
    network: NumpyNetwork | None = None
    _model: Any = field(default=None, repr=False)

    @property
    def version(self) -> str:
        return str(self.metadata.get("version") or self.path.name)

    @property
    def coverage(self) -> float:
        return float(self.metadata.get("interval", 0.9))

    @property
    def runtime(self) -> str:
        """ "numpy" or "keras": what ``raw`` runs on (shown by benchmarks, checked by tests)."""
        return "numpy" if self.network is not None else "keras"

    @property
    def model(self) -> Any:
        if self._model is None:
            self._model = _load_keras_model(self.path, len(self.prep.get("features", [])))
        return self._model

    def raw(self, x: np.ndarray) -> np.ndarray:
        """All members' [mu, sigma] for a float32 matrix, in one forward pass."""
        x = np.ascontiguousarray(x, dtype=np.float32)
        if self.network is not None:
            return self.network(x)
        return self._keras_raw(x)

    def _keras_raw(self, x: np.ndarray) -> np.ndarray:
        """One compiled forward pass with Keras when numpy cannot read the network.

        Backend-neutral: Keras' ``predict_on_batch`` compiles the pass with the backend in use
        (tf.function on TensorFlow, jax.jit on JAX) without ``model.predict``'s per-call set-up
        (~100 ms). Rows are padded with zeros to ``padded_rows(n)`` and cut back: every row goes
        through the network alone, and the pass is compiled for a few shapes only (JAX compiles
        once per input shape; one compile per scoring call would cost more than the scoring)."""
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


def first_line(error: BaseException, limit: int = 200) -> str:
    """The first sentence of an error from a library, for our sentence (its name when it says nothing)."""
    text = str(error).strip()
    if not text:
        return type(error).__name__
    return text.splitlines()[0].split(". ")[0].rstrip(".")[:limit]


def _load_keras_model(folder: Path, n_features: int) -> Any:
    quiet_tensorflow()
    try:
        with native_stderr_silenced():
            import keras  # Keras and its backend (TensorFlow or JAX) start only when a model is loaded

            model = keras.saving.load_model(folder / MODEL_FILE, compile=False, safe_mode=True)
    except Exception as exc:  # any failure to load is a bad bundle, said in one sentence
        raise BundleError(
            tr("The model in {path} cannot be loaded safely: {reason}", path=folder, reason=first_line(exc) + ".")
        ) from exc
    if model.input_shape[-1] != n_features:
        raise BundleError(tr("The model in {path} does not match its preprocessing.json.", path=folder))
    return model


def load_bundle(path: str | Path) -> Bundle:
    """Verify the folder, the JSON files' shape and every sha256, then read the network as data (numpy) or, when it uses
    layers the numpy evaluator does not know, load it with Keras in safe mode."""
    folder = Path(path)
    meta = verify_bundle(folder)
    prep = read_preprocessing(folder, meta)
    n_features = len(prep.get("features", []))
    keras_only = meta.get("runtime") == "keras"  # recorded by verify_loads_safely
    network = None if keras_only else NumpyNetwork.from_keras_file(folder / MODEL_FILE)
    if network is None:
        return Bundle(folder, meta, prep, None, _load_keras_model(folder, n_features))
    if network.n_inputs != n_features:
        raise BundleError(tr("The model in {path} does not match its preprocessing.json.", path=folder))
    return Bundle(folder, meta, prep, network)


def verify_loads_safely(folder: str | Path) -> dict[str, Any]:
    """Load the bundle's Keras file in safe mode (a bundle that does not is refused with
    BundleError) and compare the numpy evaluator with Keras on probe inputs. Returns the
    metadata to record: ``runtime`` "numpy" when they agree within PARITY_TOLERANCE, else
    "keras" (load_bundle then always uses Keras for it). Run when a bundle is registered."""
    bundle = load_bundle(folder)
    model = bundle.model  # keras.saving.load_model(safe_mode=True)
    if bundle.network is None:
        return {"runtime": "keras"}
    difference = parity_difference(bundle.network, model, bundle.prep["baseline"])
    return {"runtime": "numpy" if difference <= PARITY_TOLERANCE else "keras", "numpy_max_difference": difference}


def copy_bundle(source: str | Path, target: str | Path) -> Path:
    """Copy a verified bundle's files (and only those) into a new folder."""
    source, target = Path(source), Path(target)
    verify_bundle(source)
    target.mkdir(parents=True, exist_ok=False)
    for name in (*HASHED_FILES, METADATA_FILE):
        shutil.copy2(source / name, target / name)
    return target
