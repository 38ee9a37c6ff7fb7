"""Training the ensemble and turning its raw outputs into scores and intervals."""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

from core.model.network import (
    SIGMA_FLOOR,
    HyperParams,
    NetworkLayout,
    beta_nll_loss,
    build_ensemble,
    gaussian_nll,
    mixture_mae,
)
from core.progress import Progress


def quiet_tensorflow() -> None:
    """Keep TensorFlow's C++ start-up chatter off the user's terminal."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


@contextlib.contextmanager
def native_stderr_silenced():
    """Silence file descriptor 2 while TensorFlow starts: TF 2.21 writes its oneDNN / CUDA
    start-up lines through absl before TF_CPP_MIN_LOG_LEVEL is read. Python exceptions still
    propagate normally. Set SOURCING_TF_VERBOSE=1 to see the lines."""
    try:
        fd = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):
        fd = -1
    if fd < 0 or os.environ.get("SOURCING_TF_VERBOSE"):
        yield
        return
    sys.stderr.flush()
    saved, devnull = os.dup(fd), os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, fd)
        os.close(saved)
        os.close(devnull)


def set_determinism(seed: int) -> None:
    """Same seed, same data -> same weights (checked on CPU: keras seeds + TF op determinism)."""
    quiet_tensorflow()
    with native_stderr_silenced():
        import keras  # TensorFlow starts only when a model is built or loaded
        import tensorflow as tf  # TensorFlow starts only when a model is built or loaded

        tf.constant(0.0)  # start the runtime (and its device probing) while stderr is silenced

    keras.utils.set_random_seed(int(seed))
    tf.config.experimental.enable_op_determinism()


@dataclass(frozen=True)
class FitConfig:
    layout: NetworkLayout  # which inputs are free, monotone or rubric terms (from the bundle's prep)
    members: int = 5
    epochs: int = 40
    patience: int = 5  # 0: no early stopping, train every epoch
    seed: int = 42
    bootstrap: bool = False  # each member sees its own Poisson(1) resample of the rows


def labels_of(y: np.ndarray) -> np.ndarray:
    """The labels (noise targets) of a 1-D label vector or of targets from
    core.model.dataset.with_audits."""
    y = np.asarray(y, np.float32)
    return y if y.ndim == 1 else y[:, 1]


def member_targets(y: np.ndarray, members: int, bootstrap: bool, seed: int) -> np.ndarray:
    """(n, 4 + members): score target, noise target, fit weight, spread weight
    (core.model.network.split_target; a 1-D ``y`` is both targets, weights 1) and each
    member's weight for the row: 1, or a Poisson(1) bootstrap count so that members disagree
    where few rows speak, e.g. a handful of audits."""
    y = np.asarray(y, np.float32)
    if y.ndim == 1:
        targets = np.column_stack([y, y, np.ones_like(y), np.ones_like(y)])
    elif y.shape[1] == 2:
        targets = np.hstack([y, np.ones((len(y), 2), np.float32)])
    else:
        targets = y[:, :4]
    if not bootstrap:
        return np.hstack([targets, np.ones((len(y), members), np.float32)])
    counts = np.random.default_rng(seed).poisson(1.0, (len(y), members)).astype(np.float32)
    return np.hstack([targets, counts])


def fit_ensemble(
    x_train: np.ndarray,
    y_train: np.ndarray,
    x_val: np.ndarray,
    y_val: np.ndarray,
    hp: HyperParams,
    config: FitConfig,
    sample_weight: np.ndarray | None = None,
    progress: Progress | None = None,
):
    """Train an ensemble (one Keras model) with early stopping on the validation NLL.

    Returns (model, history dict). The returned model is not compiled: it holds no custom
    object and can be saved and loaded in safe mode.
    """
    set_determinism(config.seed)
    import keras  # TensorFlow starts only when a model is built or loaded

    report: Progress = progress or Progress.silent()
    model = build_ensemble(config.layout, hp, config.members)
    model.compile(
        optimizer=keras.optimizers.Adam(hp.learning_rate), loss=beta_nll_loss, metrics=[gaussian_nll, mixture_mae]
    )

    class _Report(keras.callbacks.Callback):
        def on_epoch_end(self, epoch, logs=None):
            logs = logs or {}
            report.step(
                (epoch + 1) / config.epochs,
                f"epoch {epoch + 1}/{config.epochs} loss {logs.get('loss', float('nan')):.4f} "
                f"val_nll {logs.get('val_gaussian_nll', float('nan')):.4f} "
                f"val_mae {logs.get('val_mixture_mae', float('nan')):.4f}",
            )

    stop = keras.callbacks.EarlyStopping(
        monitor="val_gaussian_nll", mode="min", patience=config.patience, restore_best_weights=True
    )
    with native_stderr_silenced():  # tf.data's graph warnings; progress goes to stdout
        history = model.fit(
            x_train,
            member_targets(y_train, config.members, config.bootstrap, config.seed),
            sample_weight=sample_weight,
            validation_data=(x_val, member_targets(y_val, config.members, False, config.seed)),
            epochs=config.epochs,
            batch_size=hp.batch_size,
            shuffle=True,
            verbose=0,
            callbacks=[stop, _Report()] if config.patience > 0 else [_Report()],
        )
    clean = build_ensemble(config.layout, hp, config.members)
    clean.set_weights(model.get_weights())
    return clean, {k: [float(v) for v in values] for k, values in history.history.items()}


def z_for(coverage: float) -> float:
    """Two-sided normal quantile: 0.9 -> 1.645."""
    return NormalDist().inv_cdf(0.5 + coverage / 2.0)


def combine_members(raw: np.ndarray, coverage: float = 0.9) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Raw ensemble output (n, 2M) -> mixture mean, interval low, interval high (clipped to [0, 1])."""
    raw = np.asarray(raw, dtype=np.float32)
    mu = raw[:, 0::2]
    sigma = raw[:, 1::2] + SIGMA_FLOOR
    mean = mu.mean(axis=1)
    variance = (np.square(sigma) + np.square(mu)).mean(axis=1) - np.square(mean)
    half = z_for(coverage) * np.sqrt(np.maximum(variance, 0.0))
    return mean, np.clip(mean - half, 0.0, 1.0), np.clip(mean + half, 0.0, 1.0)


def predict_raw(model, x: np.ndarray, batch: int = 65536) -> np.ndarray:
    """Raw outputs by predict_on_batch in large chunks (no per-call model.predict overhead)."""
    x = np.asarray(x, dtype=np.float32)
    parts = [np.asarray(model.predict_on_batch(x[k : k + batch])) for k in range(0, len(x), batch)]
    return np.concatenate(parts) if parts else np.zeros((0, model.output_shape[-1]), np.float32)


__all__ = [
    "FitConfig",
    "combine_members",
    "fit_ensemble",
    "labels_of",
    "member_targets",
    "predict_raw",
    "set_determinism",
    "z_for",
]
