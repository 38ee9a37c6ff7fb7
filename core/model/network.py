"""The network: the audit rubric plus a learned, monotone correction, as a deep ensemble of
small heteroscedastic members in ONE Keras model.

Every member computes, from the same feature vector (core.features, format 2):

    logit = rubric base terms                                   (fixed weights, no training)
          + sum_c a_c(x) * headroom * gain_c                    (the rubric's label gains, scaled)
          + free(x_free)                                        (correction of everything else)
          + sum_j gate_j(x_free) * m_j(x_monotone)              (monotone correction)
    mu = sigmoid(logit),  sigma = softplus(...)

- The rubric's terms are inputs (core.rubric.rubric_terms); the fixed layers below recombine
  them exactly as core.rubric.points_from_terms, so an untrained member IS the rubric (all
  correction weights start at zero, every multiplier a_c at 1).
- Monotone by construction: the monotone features (certificates, labour, mitigated risks,
  practice and packaging impact, transport saving, not flown) reach the output only through
  non-negative weights (keras.constraints.NonNeg) and increasing activations, multiplied by
  non-negative factors that do not depend on them: a_c = relu(u_c(x_free) + v_c(x_monotone))
  with v_c non-decreasing, gate_j = softplus(...) of the free features, m_j = tanh of a
  NonNeg layer. So adding a certificate, a better practice or packaging, or not flying can
  never lower mu, whatever the weights learned. The correction can still make a label worth
  LESS than the rubric says (a_c below 1), never negative.
- Standard layers only (Dense, Multiply, Add, Maximum, Concatenate, Activation; the column
  selections are frozen 0/1 Dense layers), so the saved .keras file loads with safe_mode.
- Uncertainty (docs/model_card.md): a deep ensemble (Lakshminarayanan et al., 2017) of
  members that differ by initialisation, batch order and optionally bootstrap weights; the
  interval comes from the mixture of their Gaussians.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from core.rubric import (
    BASE_TERMS,
    CENTER,
    GAIN_TERMS,
    LABEL_MITIGATES,
    PRACTICE_MITIGATES,
    RISK_MITIGATION,
    RISK_TERMS,
    SCALE,
)

SIGMA_FLOOR = 1e-3
# The mean is fitted as under a fixed sigma (beta = 1 for the mean): a row the model cannot
# explain yet must not earn a wide sigma that mutes its pull on the mean.
FIT_SIGMA = 0.05
N_GAINS = len(GAIN_TERMS) + 1  # + the mitigated risk


@dataclass(frozen=True)
class HyperParams:
    units: tuple[int, ...] = (64, 32)
    learning_rate: float = 0.002
    dropout: float = 0.0
    l2: float = 1e-4  # on the correction's weights: pulls the model towards the rubric
    batch_size: int = 256
    monotone_units: int = 16

    @classmethod
    def from_dict(cls, values: dict) -> HyperParams:
        known = {k: v for k, v in values.items() if k in cls.__dataclass_fields__}
        if "units" in known:
            known["units"] = tuple(int(u) for u in known["units"])
        return cls(**known)

    def to_dict(self) -> dict:
        return {
            "units": list(self.units),
            "learning_rate": self.learning_rate,
            "dropout": self.dropout,
            "l2": self.l2,
            "batch_size": self.batch_size,
            "monotone_units": self.monotone_units,
        }


@dataclass(frozen=True)
class NetworkLayout:
    """Which input columns are free, monotone, or rubric terms (core.features.feature_roles)."""

    n_features: int
    free: tuple[int, ...]
    monotone: tuple[int, ...]
    terms: tuple[tuple[str, int], ...]

    @classmethod
    def from_prep(cls, prep: dict[str, Any]) -> NetworkLayout:
        roles = prep["feature_roles"]
        return cls(
            len(prep["features"]),
            tuple(int(k) for k in roles["free"]),
            tuple(int(k) for k in roles["monotone"]),
            tuple(sorted((str(k), int(v)) for k, v in roles["terms"].items())),
        )

    def column(self, term: str) -> int:
        return dict(self.terms)[term]

    def selection(self, columns: list[int] | tuple[int, ...]) -> np.ndarray:
        """An (n_features x len(columns)) 0/1 matrix picking ``columns``."""
        matrix = np.zeros((self.n_features, len(columns)), dtype=np.float32)
        matrix[list(columns), np.arange(len(columns))] = 1.0
        return matrix

    def weighted_sum(self, columns: list[int], weights: list[float]) -> np.ndarray:
        """An (n_features x 1) matrix: the sum of ``columns`` with ``weights``."""
        matrix = np.zeros((self.n_features, 1), dtype=np.float32)
        for column, weight in zip(columns, weights, strict=True):
            matrix[column, 0] += weight
        return matrix


def _frozen(keras, x, matrix: np.ndarray, name: str, bias: float | None = None):
    """A Dense layer with fixed weights: a column selection or a fixed weighted sum."""
    layer = keras.layers.Dense(matrix.shape[1], use_bias=bias is not None, trainable=False, name=name)
    out = layer(x)
    layer.set_weights([matrix] + ([np.full(matrix.shape[1], bias, np.float32)] if bias is not None else []))
    return out


def rubric_inputs(keras, inputs, layout: NetworkLayout) -> dict[str, Any]:
    """The rubric recombined from its input terms (fixed layers): the base logit and the
    vector of label gains already multiplied by the footprint headroom."""
    base_cols = [layout.column(t) for t in BASE_TERMS] + [layout.column(t) for t in RISK_TERMS]
    base_weights = [1.0] * len(BASE_TERMS) + [-1.0] * len(RISK_TERMS)
    base = _frozen(keras, inputs, layout.weighted_sum(base_cols, base_weights), "rubric_base", bias=-CENTER / SCALE)
    risks = _frozen(keras, inputs, layout.selection([layout.column(t) for t in RISK_TERMS]), "rubric_risks")
    by_label = _frozen(keras, inputs, layout.selection([layout.column(t) for t in LABEL_MITIGATES]), "rubric_label_mit")
    by_practice = _frozen(
        keras, inputs, layout.selection([layout.column(t) for t in PRACTICE_MITIGATES]), "rubric_practice_mit"
    )
    mitigated = keras.layers.Maximum(name="rubric_mitigated")([by_label, by_practice])
    recovered = _frozen(
        keras,
        keras.layers.Multiply(name="rubric_risk_mitigated")([risks, mitigated]),
        np.full((len(RISK_TERMS), 1), RISK_MITIGATION, np.float32),
        "rubric_recovered",
    )
    plain = _frozen(keras, inputs, layout.selection([layout.column(t) for t in GAIN_TERMS]), "rubric_gains")
    gains = keras.layers.Concatenate(name="rubric_gain_vector")([plain, recovered])
    headroom = _frozen(keras, inputs, layout.selection([layout.column("headroom")] * N_GAINS), "rubric_headroom")
    return {"base": base, "bounded_gains": keras.layers.Multiply(name="rubric_bounded_gains")([headroom, gains])}


def build_member(inputs, x_free, x_monotone, rubric: dict[str, Any], hp: HyperParams, name: str):
    """One member's output [mu, sigma] (see the module doc)."""
    import keras  # TensorFlow starts only when a model is built or loaded

    regularizer = keras.regularizers.L2(hp.l2) if hp.l2 else None
    nonneg = keras.constraints.NonNeg()
    h = x_free
    for k, units in enumerate(hp.units):
        h = keras.layers.Dense(units, activation="relu", kernel_regularizer=regularizer, name=f"{name}_dense{k}")(h)
        if hp.dropout:
            h = keras.layers.Dropout(hp.dropout, name=f"{name}_dropout{k}")(h)
    m = keras.layers.Dense(
        hp.monotone_units,
        activation="tanh",
        kernel_constraint=nonneg,
        kernel_regularizer=regularizer,
        name=f"{name}_mono",
    )(x_monotone)
    free = keras.layers.Dense(1, kernel_initializer="zeros", kernel_regularizer=regularizer, name=f"{name}_free")(h)
    gate = keras.layers.Dense(hp.monotone_units, activation="softplus", name=f"{name}_gate")(h)
    mono = keras.layers.Dense(
        1,
        use_bias=False,
        kernel_initializer="zeros",
        kernel_constraint=nonneg,
        kernel_regularizer=regularizer,
        name=f"{name}_mono_out",
    )(keras.layers.Multiply(name=f"{name}_gated")([gate, m]))
    u = keras.layers.Dense(
        N_GAINS, kernel_initializer="zeros", bias_initializer="ones", kernel_regularizer=regularizer, name=f"{name}_u"
    )(h)
    v = keras.layers.Dense(
        N_GAINS,
        use_bias=False,
        kernel_initializer="zeros",
        kernel_constraint=nonneg,
        kernel_regularizer=regularizer,
        name=f"{name}_v",
    )(m)
    multipliers = keras.layers.Activation("relu", name=f"{name}_multipliers")(
        keras.layers.Add(name=f"{name}_uv")([u, v])
    )
    scaled = keras.layers.Multiply(name=f"{name}_scaled_gains")([multipliers, rubric["bounded_gains"]])
    labels = _frozen(keras, scaled, np.ones((N_GAINS, 1), np.float32), f"{name}_labels")
    logit = keras.layers.Add(name=f"{name}_logit")([rubric["base"], labels, free, mono])
    mu = keras.layers.Activation("sigmoid", name=f"{name}_mu")(logit)
    sigma = keras.layers.Dense(1, activation="softplus", name=f"{name}_sigma")(
        keras.layers.Concatenate(name=f"{name}_both")([h, m])
    )
    return keras.layers.Concatenate(name=f"{name}_out")([mu, sigma])


def build_ensemble(layout: NetworkLayout, hp: HyperParams, members: int):
    """One model, ``members`` members sharing the input and the rubric; output (n, 2 x members)."""
    import keras  # TensorFlow starts only when a model is built or loaded

    inputs = keras.Input((layout.n_features,), name="features")
    x_free = _frozen(keras, inputs, layout.selection(layout.free), "select_free")
    x_monotone = _frozen(keras, inputs, layout.selection(layout.monotone), "select_monotone")
    rubric = rubric_inputs(keras, inputs, layout)
    outputs = [build_member(inputs, x_free, x_monotone, rubric, hp, f"member{k}") for k in range(members)]
    merged = keras.layers.Concatenate(name="members")(outputs) if members > 1 else outputs[0]
    return keras.Model(inputs, merged, name="sustainability_ensemble")


def split_target(y_true):
    """y_true columns: score target, noise target, fit weight, spread weight, then one
    bootstrap weight per member (core.model.dataset.with_audits, core.model.ensemble.member_targets).

    For an audited label both targets are the label. For a rubric-labelled (synthetic) row the
    score target is the rubric itself and the noise target the synthetic auditor's label: the
    row teaches the interval how far auditors stray from the score, but does not move the
    score (the network reads the rubric already; its noise would only be learned as false
    corrections). Returns (score, noise, fit weight, spread weight, member weights)."""
    return y_true[:, 0:1], y_true[:, 1:2], y_true[:, 2:3], y_true[:, 3:4], y_true[:, 4:]


def beta_nll_loss(y_true, y_pred):
    """Per member: sigma learns by the Gaussian negative log-likelihood of the noise target
    around the (fixed) mean, weighted by sigma (beta-NLL, beta = 0.5, Seitzer et al. 2022);
    the mean learns the score target by squared error at the fixed scale FIT_SIGMA, so a hard
    row cannot mute itself by inflating sigma (``split_target`` has the targets and the two
    weights). Each member's terms carry its bootstrap weight. Training only; the saved model
    carries no custom object."""
    from keras import ops  # TensorFlow starts only when a model is built or loaded

    mu = y_pred[:, 0::2]
    sigma = y_pred[:, 1::2] + SIGMA_FLOOR
    mean, noisy, fit_weight, spread_weight, members = split_target(ops.cast(y_true, mu.dtype))
    fixed_mu, fixed_sigma = ops.stop_gradient(mu), ops.stop_gradient(sigma)
    spread = (ops.log(sigma) + 0.5 * ops.square((noisy - fixed_mu) / sigma)) * fixed_sigma
    fit = 0.5 * ops.square((mean - mu) / FIT_SIGMA) * FIT_SIGMA
    return ops.mean((spread * spread_weight + fit * fit_weight) * members, axis=-1)


def gaussian_nll(y_true, y_pred):
    """Mean Gaussian negative log-likelihood over the members against the noise target: the
    proper score that early stopping watches (the training loss is not comparable across
    epochs)."""
    from keras import ops  # TensorFlow starts only when a model is built or loaded

    mu = y_pred[:, 0::2]
    sigma = y_pred[:, 1::2] + SIGMA_FLOOR
    noisy = split_target(ops.cast(y_true, mu.dtype))[1]
    return ops.mean(ops.log(sigma) + 0.5 * ops.square((noisy - mu) / sigma), axis=-1)


def mixture_mae(y_true, y_pred):
    """MAE of the members' mean score (what the app shows) against the noise target (the label)."""
    from keras import ops  # TensorFlow starts only when a model is built or loaded

    mu = ops.mean(y_pred[:, 0::2], axis=-1)
    noisy = split_target(ops.cast(y_true, mu.dtype))[1]
    return ops.mean(ops.abs(ops.reshape(noisy, (-1,)) - mu))
