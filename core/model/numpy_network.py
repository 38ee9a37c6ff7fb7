"""The bundle's saved Keras network evaluated with numpy, without starting TensorFlow.

Why: scoring a price list is a few small matrix products, but importing TensorFlow costs
several seconds and ~750 MB of memory before the first one (measured: ``import tensorflow``
alone peaks at 755 MB resident). The command line and the window read ``model.keras`` as
data instead: ``config.json`` (the layer graph, plain JSON) and ``model.weights.h5`` (the
arrays, read with h5py; no pickle, no code). The graph is walked layer by layer with the
standard inference semantics of each supported layer; anything else (a layer type or an
activation not listed below, a custom registered layer) makes ``from_keras_file`` return
None, and the bundle then runs the network through Keras as before. Tests compare both on
every bundle (tests/test_numpy_network.py), so a new network design either runs here with the
same outputs or falls back visibly (``Bundle.runtime``, and a log line saying why). Registering
a bundle (core.model.registry) also loads it with Keras in safe mode and checks this evaluator
against Keras on probe inputs (``parity_difference``); a bundle where they differ by more than
PARITY_TOLERANCE is recorded to run through Keras.

Computed in float32, like Keras on CPU; results agree with TensorFlow's to ~1e-6 (the order
of the sums inside a matrix product differs).
"""

from __future__ import annotations

import io
import json
import logging
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import h5py  # a dependency of Keras: the weights file is HDF5
import numpy as np

log = logging.getLogger(__name__)

CONFIG_FILE = "config.json"
PARITY_TOLERANCE = 1e-5  # largest difference from Keras accepted for the numpy evaluator
WEIGHTS_FILE = "model.weights.h5"


def _sigmoid(x: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        positive = 1.0 / (1.0 + np.exp(-x))
        negative = np.exp(x) / (1.0 + np.exp(x))
    return np.where(x >= 0, positive, negative).astype(x.dtype)


def _softplus(x: np.ndarray) -> np.ndarray:
    return np.logaddexp(np.zeros((), x.dtype), x).astype(x.dtype)


def _elu(x: np.ndarray) -> np.ndarray:
    return np.where(x > 0, x, np.expm1(np.minimum(x, 0))).astype(x.dtype)


ACTIVATIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "linear": lambda x: x,
    "relu": lambda x: np.maximum(x, 0),
    "sigmoid": _sigmoid,
    "softplus": _softplus,
    "tanh": np.tanh,
    "elu": _elu,
    "exponential": np.exp,
    "softsign": lambda x: x / (1 + np.abs(x)),
    "silu": lambda x: x * _sigmoid(x),
    "swish": lambda x: x * _sigmoid(x),
}
# Layers that do nothing at inference time.
IDENTITY_LAYERS = {"Dropout", "GaussianNoise", "GaussianDropout", "AlphaDropout", "ActivityRegularization", "Identity"}
MERGE_LAYERS: dict[str, Callable[[list[np.ndarray]], np.ndarray]] = {
    "Add": lambda xs: np.sum(xs, axis=0),
    "Subtract": lambda xs: xs[0] - xs[1],
    "Multiply": lambda xs: np.prod(xs, axis=0),
    "Average": lambda xs: np.mean(xs, axis=0),
    "Maximum": lambda xs: np.max(xs, axis=0),
    "Minimum": lambda xs: np.min(xs, axis=0),
}


class Unsupported(Exception):
    """The saved network uses something this evaluator does not know: use Keras instead."""


def _activation(spec: Any) -> Callable[[np.ndarray], np.ndarray]:
    name = spec if isinstance(spec, str) else None
    if isinstance(spec, dict) and spec.get("module") in ("keras.activations", "builtins"):
        name = spec.get("config") if isinstance(spec.get("config"), str) else spec.get("class_name")
    if name is None or name not in ACTIVATIONS:
        raise Unsupported(f"activation {spec!r}")
    return ACTIVATIONS[name]


def _weights_by_layer(h5_bytes: bytes) -> dict[str, list[np.ndarray]]:
    """Every layer's variables, keyed by the layer name Keras stores beside them."""
    found: dict[str, list[np.ndarray]] = {}
    with h5py.File(io.BytesIO(h5_bytes), "r") as handle:

        def visit(path: str, item: Any) -> None:
            if isinstance(item, h5py.Group) and path.endswith("vars") and "name" in item.attrs:
                name = str(item.attrs["name"])
                arrays = [np.asarray(item[k], dtype=np.float32) for k in sorted(item.keys(), key=int)]
                if name in found and arrays:
                    raise Unsupported(f"two layers named {name}")
                if arrays or name not in found:
                    found[name] = arrays

        handle.visititems(visit)
    return found


class _Graph:
    """One Functional model's layers, evaluated in their (topological) config order."""

    def __init__(self, config: dict, weights: dict[str, list[np.ndarray]]):
        if config.get("class_name") not in ("Functional", "Model") and config.get("module") != (
            "keras.src.models.functional"
        ):
            raise Unsupported(f"model class {config.get('class_name')}")
        body = config["config"]
        self.layers = body["layers"]
        self.inputs = [ref[0] for ref in _refs(body["input_layers"])]
        self.outputs = _refs(body["output_layers"])
        self.ops: dict[str, Callable[[list[np.ndarray]], np.ndarray]] = {}
        for layer in self.layers:
            if layer["class_name"] != "InputLayer":
                self.ops[layer["name"]] = _layer_op(layer, weights)

    def __call__(self, inputs: list[np.ndarray]) -> list[np.ndarray]:
        values: dict[tuple[str, int, int], np.ndarray] = {}
        for name, x in zip(self.inputs, inputs, strict=True):
            values[(name, 0, 0)] = x
        for layer in self.layers:
            if layer["class_name"] == "InputLayer":
                continue
            for node_index, node in enumerate(layer["inbound_nodes"]):
                kwargs = node.get("kwargs") or {}  # training= does not matter here (always inference); mask=None
                if any(v is not None for k, v in kwargs.items() if k != "training"):
                    raise Unsupported(f"keyword arguments to {layer['name']}")
                args = [_resolve(a, values) for a in node["args"]]
                flat = args[0] if len(args) == 1 and isinstance(args[0], list) else args
                values[(layer["name"], node_index, 0)] = self.ops[layer["name"]](flat)
        return [values[(name, node, tensor)] for name, node, tensor in self.outputs]


def _refs(value: Any) -> list[tuple[str, int, int]]:
    if value and isinstance(value[0], str):
        return [(value[0], int(value[1]), int(value[2]))]
    return [(v[0], int(v[1]), int(v[2])) for v in value]


def _resolve(arg: Any, values: dict) -> Any:
    if isinstance(arg, list):
        return [_resolve(a, values) for a in arg]
    if isinstance(arg, dict) and arg.get("class_name") == "__keras_tensor__":
        name, node, tensor = arg["config"]["keras_history"]
        return values[(name, int(node), int(tensor))]
    raise Unsupported(f"argument {str(arg)[:60]}")


def _layer_op(layer: dict, weights: dict[str, list[np.ndarray]]) -> Callable[[list[np.ndarray]], np.ndarray]:
    kind, config = layer["class_name"], layer["config"]
    if layer.get("registered_name") not in (None, kind) or not str(layer.get("module", "")).startswith("keras"):
        raise Unsupported(f"custom layer {layer.get('registered_name') or kind}")
    if kind == "Dense":
        variables = weights.get(config["name"], [])
        if len(variables) != (2 if config.get("use_bias", True) else 1) or config.get("quantization_config"):
            raise Unsupported(f"weights of {config['name']}")
        kernel = variables[0]
        bias = variables[1] if len(variables) == 2 else np.zeros(kernel.shape[1], np.float32)
        act = _activation(config.get("activation", "linear"))
        return lambda xs: act(xs[0] @ kernel + bias)
    if kind == "Activation":
        act = _activation(config["activation"])
        return lambda xs: act(xs[0])
    if kind == "ReLU" and not any(config.get(k) for k in ("max_value", "negative_slope", "threshold")):
        return lambda xs: np.maximum(xs[0], 0)
    if kind == "Concatenate":
        axis = int(config.get("axis", -1))
        return lambda xs: np.concatenate(xs, axis=axis)
    if kind in MERGE_LAYERS:
        merge = MERGE_LAYERS[kind]
        return lambda xs: merge(xs).astype(np.float32)
    if kind in IDENTITY_LAYERS:
        return lambda xs: xs[0]
    if kind in ("Functional", "Model"):
        inner = _Graph(layer, weights)
        if len(inner.outputs) != 1:
            raise Unsupported(f"nested model {config.get('name')} with several outputs")
        return lambda xs: inner(xs)[0]
    raise Unsupported(f"layer type {kind}")


class NumpyNetwork:
    """``net(x)`` -> the network's output for a float32 matrix, like ``model(x, training=False)``."""

    def __init__(self, graph: _Graph, n_inputs: int, n_outputs: int):
        self._graph = graph
        self.n_inputs = n_inputs
        self.n_outputs = n_outputs

    def __call__(self, x: np.ndarray) -> np.ndarray:
        x = np.ascontiguousarray(x, dtype=np.float32)
        return np.asarray(self._graph([x])[0], dtype=np.float32)

    @classmethod
    def from_keras_file(cls, path: str | Path) -> NumpyNetwork | None:
        """Read a ``.keras`` file as data; None when its network uses anything unsupported."""
        try:
            with zipfile.ZipFile(path) as archive:
                config = json.loads(archive.read(CONFIG_FILE))
                weights = _weights_by_layer(archive.read(WEIGHTS_FILE))
            graph = _Graph(config, weights)
            if len(graph.inputs) != 1 or len(graph.outputs) != 1:
                raise Unsupported("several inputs or outputs")
            shape = _input_width(config)
            probe = graph([np.zeros((1, shape), np.float32)])[0]
        except (Unsupported, KeyError, ValueError, TypeError, IndexError, OSError, zipfile.BadZipFile) as reason:
            log.info("The model in %s runs through Keras: the numpy evaluator does not support it (%s).", path, reason)
            return None
        return cls(graph, shape, int(probe.shape[-1]))


def parity_difference(network: NumpyNetwork, model: Any, baseline: list[float], rows: int = 256) -> float:
    """Largest |numpy - Keras| over probe inputs around the training mean (``baseline``),
    spread like standardised features; fixed seed, so the figure is reproducible."""
    rng = np.random.default_rng(0)
    centre = np.asarray(baseline, dtype=np.float32)
    probes = (centre + rng.normal(0.0, 1.0, (rows, len(centre)))).astype(np.float32)
    probes = np.vstack([centre[None, :], probes])
    return float(np.max(np.abs(network(probes) - np.asarray(model(probes, training=False)))))


def _input_width(config: dict) -> int:
    for layer in config["config"]["layers"]:
        if layer["class_name"] == "InputLayer":
            shape = layer["config"].get("batch_shape") or layer["config"].get("batch_input_shape")
            return int(shape[-1])
    raise Unsupported("no input layer")
