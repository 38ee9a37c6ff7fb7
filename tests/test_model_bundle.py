"""Model bundles and the registry: safe loading, checksums, atomic promote, rollback, and the
`sourcing models` / `sourcing score` commands refusing a tampered model with exit code 2."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from conftest import REPO
from model_fixtures import tiny_bundle_dir

from core.errors import UserError
from core.model.bundle import BundleError, load_bundle, verify_bundle
from core.model.registry import ModelRegistry


def tamper(folder, name="model.keras"):
    path = folder / name
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.fixture()
def registry(tmp_path):
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    bundled.mkdir()
    reg = ModelRegistry([bundled, user])
    return reg


def test_bundle_has_the_documented_files_and_loads_in_safe_mode():
    folder = tiny_bundle_dir()
    meta = verify_bundle(folder)
    assert set(meta["files"]) == {"model.keras", "preprocessing.json"}
    assert meta["features"] == json.loads((folder / "preprocessing.json").read_text())["features"]
    bundle = load_bundle(folder)
    layer_types = {type(layer).__name__ for layer in bundle.model._flatten_layers()}
    assert "Lambda" not in layer_types
    assert bundle.model.output_shape[-1] == 4  # 2 members x (mu, sigma)
    assert not list(folder.glob("*.pkl")) and not list(folder.glob("*.pickle"))


def test_tampered_or_incomplete_bundles_are_refused(tmp_path):
    for broken, damage in (
        ("altered", lambda f: tamper(f)),
        ("incomplete", lambda f: (f / "preprocessing.json").unlink()),
        ("incomplete", lambda f: (f / "metadata.json").unlink()),
    ):
        folder = tmp_path / f"b{len(list(tmp_path.iterdir()))}"
        shutil.copytree(tiny_bundle_dir(), folder)
        damage(folder)
        with pytest.raises(BundleError, match=broken):
            load_bundle(folder)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(BundleError, match="^There is no model in "):  # not "incomplete: metadata.json is missing"
        verify_bundle(empty)


def test_register_promote_rollback_and_a_tampered_version_never_becomes_active(registry):
    v1 = registry.register(tiny_bundle_dir())
    v2 = registry.register(tiny_bundle_dir())
    assert (v1, v2) == ("v1", "v2")
    assert registry.active_version() is None
    registry.promote(v1)
    registry.promote(v2)
    assert (registry.writable / "active").read_text().strip() == "v2"
    assert [i.version for i in registry.list_versions() if i.active] == ["v2"]
    assert json.loads((registry.writable / "v2" / "metadata.json").read_text())["version"] == "v2"

    v3 = registry.register(tiny_bundle_dir())
    tamper(registry.path_of(v3))
    with pytest.raises(BundleError, match="altered"):
        registry.promote(v3)
    assert registry.active_version() == "v2"
    assert registry.load_active().version == "v2"  # the previous model keeps working
    assert not [i for i in registry.list_versions() if i.version == v3][0].valid

    assert registry.rollback() == "v1"
    assert registry.active_version() == "v1"
    with pytest.raises(UserError):
        registry.rollback()
    assert not list(registry.writable.glob(".*tmp")), "no temporary file left behind"


def test_versions_in_the_bundled_folder_are_listed_but_never_written(registry):
    bundled = registry.roots[0]
    shutil.copytree(tiny_bundle_dir(), bundled / "v1")
    (bundled / "active").write_text("v1\n")
    assert registry.active_version() == "v1"
    v2 = registry.register(tiny_bundle_dir())
    registry.promote(v2)
    assert (bundled / "active").read_text().strip() == "v1"
    assert registry.active_version() == "v2"
    assert registry.rollback() == "v1"


RUN_CLI = "import sys; from core.cli import main; sys.exit(main(sys.argv[1:]))"


def _sourcing(*args, env_dir):
    env = {"SOURCING_DATA_DIR": str(env_dir), "PATH": "/usr/bin:/bin", "TF_CPP_MIN_LOG_LEVEL": "3"}
    return subprocess.run(
        [sys.executable, "-c", RUN_CLI, "--lang", "en", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_command_line_refuses_a_tampered_model_with_exit_code_2(tmp_path):
    user = tmp_path / "data"
    models = user / "models"
    models.mkdir(parents=True)
    reg = ModelRegistry([models])
    version = reg.register(tiny_bundle_dir())
    good = reg.register(tiny_bundle_dir())
    tamper(reg.path_of(version))
    offers = tmp_path / "offers.csv"
    offers.write_text(
        "supplier,product,ingredient,origin,pack_qty,pack_unit,price,currency\nA,Quinua,quinoa,Puno,1,kg,10,PEN\n",
        encoding="utf-8",
    )

    done = _sourcing("models", "promote", version, env_dir=user)
    assert done.returncode == 2, done.stderr
    assert "altered" in done.stderr and "Traceback" not in done.stderr
    done = _sourcing("score", str(offers), "--out", str(tmp_path / "s.csv"), "--model", version, env_dir=user)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert not (tmp_path / "s.csv").exists()

    done = _sourcing("models", "promote", good, env_dir=user)
    assert done.returncode == 0, done.stderr
    listing = _sourcing("models", "list", env_dir=user)
    assert listing.returncode == 0
    line = [row for row in listing.stdout.splitlines() if row.startswith("*")]
    assert line and good in line[0]
    assert "damaged" in [row for row in listing.stdout.splitlines() if f" {version} " in row][0]


# ------------------------------------------------ issue 13, case 3: a complete check before any switch


def rehash(folder):
    """Record the files' current checksums, as a careful forger (or a buggy exporter) would."""
    from core.model.bundle import HASHED_FILES, sha256_of

    meta = json.loads((folder / "metadata.json").read_text())
    meta["files"] = {name: sha256_of(folder / name) for name in HASHED_FILES}
    (folder / "metadata.json").write_text(json.dumps(meta))


def edit_json(folder, name, change):
    data = json.loads((folder / name).read_text())
    change(data)
    (folder / name).write_text(json.dumps(data))
    rehash(folder)


def with_lambda_layer(folder):
    import keras

    width = len(json.loads((folder / "preprocessing.json").read_text())["features"])
    inputs = keras.Input((width,))
    outputs = keras.layers.Lambda(lambda t: keras.ops.sigmoid(t[:, :4]))(inputs)
    keras.Model(inputs, outputs).save(folder / "model.keras")
    rehash(folder)


def with_nan_weights(folder):
    import keras
    import numpy as np

    model = keras.saving.load_model(folder / "model.keras", compile=False, safe_mode=True)
    model.set_weights([np.full_like(w, np.nan) for w in model.get_weights()])
    model.save(folder / "model.keras")
    rehash(folder)


def with_outside_link(folder):
    outside = folder.parent / f"{folder.name}-outside.json"
    shutil.move(folder / "preprocessing.json", outside)
    (folder / "preprocessing.json").symlink_to(outside)  # same bytes: the checksum still matches


BROKEN = {
    "a Lambda layer": (with_lambda_layer, "cannot be loaded safely"),
    "features: null": (lambda f: edit_json(f, "metadata.json", lambda m: m.update(features=None)), "features"),
    "metrics: abc": (lambda f: edit_json(f, "metadata.json", lambda m: m.update(metrics="abc")), "metrics"),
    "text in the scaling constants": (
        lambda f: edit_json(f, "preprocessing.json", lambda p: p["numeric"]["log_distance_km"].update(std="abc")),
        "preprocessing.json has a wrong value for numeric.log_distance_km.std",
    ),
    "a feature list the code does not build": (
        lambda f: edit_json(f, "preprocessing.json", lambda p: p["vocab"]["certification"].pop()),
        "does not describe the features the model was trained on",
    ),
    "a link to a file outside": (with_outside_link, "preprocessing.json is a link to a file outside the bundle"),
    "scores that are not numbers": (with_nan_weights, "not numbers between 0 and 1"),
}


@pytest.mark.parametrize("damage", sorted(BROKEN))
def test_a_bundle_with_valid_checksums_but_unusable_content_is_refused_before_any_switch(registry, tmp_path, damage):
    make, phrase = BROKEN[damage]
    good = registry.register(tiny_bundle_dir())
    registry.promote(good)
    candidate = tmp_path / "candidate"
    shutil.copytree(tiny_bundle_dir(), candidate)
    make(candidate)
    with pytest.raises(BundleError) as refused:
        registry.register(candidate)
    message = str(refused.value)
    assert phrase in message and "\n" not in message, message
    assert [i.version for i in registry.list_versions()] == [good]  # nothing was registered

    placed = registry.writable / "v2"  # the same bundle copied straight into the registry
    shutil.copytree(candidate, placed, symlinks=True)
    with pytest.raises(BundleError, match=phrase.split(":")[0][:30]):
        registry.promote("v2")
    assert registry.active_version() == good
    assert registry.load_active().version == good  # the previous model keeps working
    listed = {i.version: i for i in registry.list_versions()}
    assert listed[good].valid and listed[good].metrics["keras"]["mae"] == 0.1
    if damage in ("metrics: abc", "features: null", "a link to a file outside"):
        assert not listed["v2"].valid and listed["v2"].metrics == {}


def test_models_list_shows_a_damaged_version_and_lists_the_rest(tmp_path):
    user = tmp_path / "data"
    reg = ModelRegistry([user / "models"])
    first, broken, last = (reg.register(tiny_bundle_dir()) for _ in range(3))
    reg.promote(last)
    edit_json(reg.path_of(broken), "metadata.json", lambda m: m.update(metrics="abc"))
    listing = _sourcing("models", "list", env_dir=user)
    assert listing.returncode == 0, listing.stderr
    rows = {row[2:].split()[0]: row for row in listing.stdout.splitlines()[1:] if row.strip()}
    assert set(rows) == {first, broken, last}
    assert "+00:00" not in listing.stdout  # dates as people read them ("5 Dec 2026, 00:23"), not ISO with an offset
    assert rows[broken].rstrip().endswith("damaged") and "0.1000" not in rows[broken]
    assert rows[first].rstrip().endswith("ok") and "0.1000" in rows[first]
    assert rows[last].startswith("*")
