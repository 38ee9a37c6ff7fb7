"""The network: a deep ensemble of small heteroscedastic MLPs in ONE Keras model.

Each member maps the feature vector to a mean score (sigmoid) and a standard deviation
(softplus); the ensemble model feeds the same input to every member and concatenates
their outputs as [mu_1, sigma_1, mu_2, sigma_2, ...], so one forward pass gives all members.
Standard layers only (no Lambda), so the saved .keras file loads with ``safe_mode=True``.

Uncertainty (docs/model_card.md): a deep ensemble (Lakshminarayanan et al., 2017). The
members differ by their random initialisation and the order of the batches; the interval
comes from the mixture of their Gaussians, so it covers both the auditors' noise (sigma)
and the model's doubt where members disagree (spread of mu).
"""

from __future__ import annotations

from dataclasses import dataclass

SIGMA_FLOOR = 1e-3


@dataclass(frozen=True)
class HyperParams:
    units: tuple[int, ...] = (64, 32)
    learning_rate: float = 0.002
    dropout: float = 0.0
    l2: float = 0.0
    batch_size: int = 256

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
        }


def build_member(n_features: int, hp: HyperParams, name: str):
    import keras  # TensorFlow starts only when a model is built or loaded

    regularizer = keras.regularizers.L2(hp.l2) if hp.l2 else None
    inputs = keras.Input((n_features,), name=f"{name}_in")
    x = inputs
    for k, units in enumerate(hp.units):
        x = keras.layers.Dense(units, activation="relu", kernel_regularizer=regularizer, name=f"{name}_dense{k}")(x)
        if hp.dropout:
            x = keras.layers.Dropout(hp.dropout, name=f"{name}_dropout{k}")(x)
    mu = keras.layers.Dense(1, activation="sigmoid", name=f"{name}_mu")(x)
    sigma = keras.layers.Dense(1, activation="softplus", name=f"{name}_sigma")(x)
    outputs = keras.layers.Concatenate(name=f"{name}_out")([mu, sigma])
    return keras.Model(inputs, outputs, name=name)


def build_ensemble(n_features: int, hp: HyperParams, members: int):
    """One model, ``members`` sub-networks sharing the input; output (n, 2 x members)."""
    import keras  # TensorFlow starts only when a model is built or loaded

    inputs = keras.Input((n_features,), name="features")
    outputs = [build_member(n_features, hp, f"member{k}")(inputs) for k in range(members)]
    merged = keras.layers.Concatenate(name="members")(outputs) if members > 1 else outputs[0]
    return keras.Model(inputs, merged, name="sustainability_ensemble")


def beta_nll_loss(y_true, y_pred):
    """Gaussian negative log-likelihood of every member, weighted by sigma (beta-NLL with
    beta = 0.5, Seitzer et al. 2022) so that a member cannot shrug off hard rows by
    inflating sigma. Used for training only; the saved model carries no custom object."""
    from keras import ops  # TensorFlow starts only when a model is built or loaded

    mu = y_pred[:, 0::2]
    sigma = y_pred[:, 1::2] + SIGMA_FLOOR
    y = ops.cast(ops.reshape(y_true, (-1, 1)), mu.dtype)
    nll = ops.log(sigma) + 0.5 * ops.square((y - mu) / sigma)
    return ops.mean(nll * ops.stop_gradient(sigma), axis=-1)


def gaussian_nll(y_true, y_pred):
    """Mean Gaussian negative log-likelihood over the members: the proper score that early
    stopping watches (the beta-NLL training loss is not comparable across epochs)."""
    from keras import ops  # TensorFlow starts only when a model is built or loaded

    mu = y_pred[:, 0::2]
    sigma = y_pred[:, 1::2] + SIGMA_FLOOR
    y = ops.cast(ops.reshape(y_true, (-1, 1)), mu.dtype)
    return ops.mean(ops.log(sigma) + 0.5 * ops.square((y - mu) / sigma), axis=-1)


def mixture_mae(y_true, y_pred):
    """MAE of the members' mean score (what the app shows)."""
    from keras import ops  # TensorFlow starts only when a model is built or loaded

    mu = ops.mean(y_pred[:, 0::2], axis=-1)
    return ops.mean(ops.abs(ops.cast(ops.reshape(y_true, (-1,)), mu.dtype) - mu))
