"""The installer build (packaging/).

Fast (default suite): the PyInstaller spec parses, ships every data folder the app reads at
run time (catalogs, samples, the default model bundle, icons, style sheet, translations) and
takes its version from pyproject.toml.

Slow (``make test-slow`` / ``pytest -m slow tests/test_packaging.py``): the built one-folder
package in dist/ (or SOURCING_DIST_DIR) runs without the source tree's Python: the frozen app
starts offscreen, imports a sample through its import dialog, scores it with the bundled model,
exports the Excel report and exits 0; the frozen CLI ranks a sample; the package scores on
Keras/JAX exactly as the source tree does on TensorFlow. Skipped, saying why, when there is no build.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "packaging" / "sourcing.spec"
DIST = Path(os.environ.get("SOURCING_DIST_DIR", REPO / "dist"))
PACKAGE = DIST / "sustainable-sourcing"
EXE = ".exe" if sys.platform == "win32" else ""
APP = PACKAGE / f"sourcing-app{EXE}"
CLI = PACKAGE / f"sourcing{EXE}"
BUNDLED = PACKAGE / "_internal"
NO_BUILD = (
    "no package build in dist/sustainable-sourcing: build it first with `make package` "
    "(or bash packaging/build_linux.sh)"
)


def _spec_function(name: str, **names):
    """A function defined in the spec, compiled alone (the spec itself needs PyInstaller to run)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    node = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == name)
    namespace = {"Path": Path, "WITH_SPARK": False, "BACKEND": "jax", **names}
    exec(compile(ast.Module(body=[node], type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace[name]


def test_spec_parses_and_builds_a_gui_and_a_cli_in_one_folder():
    text = SPEC.read_text(encoding="utf-8")
    tree = ast.parse(text)
    calls = [n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
    assert calls.count("EXE") == 2 and calls.count("COLLECT") == 1 and calls.count("Analysis") == 1
    assert 'name="sourcing-app"' in text and 'name="sourcing"' in text
    assert "pyproject.toml" in text  # the version comes from there


def test_spec_ships_every_data_folder_the_installed_app_reads(tmp_path):
    version = tmp_path / "VERSION"
    version.write_text("0.0.0\n")
    translation_files = _spec_function("translation_files")
    pairs = _spec_function(
        "data_folders",
        version_file=lambda root: version,
        build_file=lambda *_: version,
        translation_files=translation_files,
    )(REPO)
    destinations = {dest for _, dest in pairs}
    for source, _ in pairs:
        assert Path(source).exists(), source
    for folder in ("data/reference", "data/samples", "models", "resources/icons", "resources/qss"):
        if (REPO / folder).is_dir():
            assert folder in destinations, f"{folder} is not in the package"
    # the built translations (tests/conftest.py builds them, as the package build does), not their sources
    shipped = {(Path(source).name, dest) for source, dest in pairs}
    assert {("app_es_PE.qm", "resources/translations"), ("app_en.qm", "resources/translations")} <= shipped
    assert ("sourcing.mo", "resources/translations/es_PE/LC_MESSAGES") in shipped  # read by gettext
    assert ("qtbase_es.qm", "PySide6/Qt/translations") in shipped  # Qt's own dialogs in Spanish
    assert not any(source.endswith((".ts", ".po", ".pot")) for source, _ in pairs)
    assert (REPO / "models" / "active").is_file()  # the default bundle the package starts with
    # the model card the admin screen shows, in both languages
    assert {("model_card.md", "docs"), ("model_card.es.md", "docs")} <= shipped


def test_build_script_and_installers_name_the_same_version_source():
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert version
    assert "pyproject.toml" in (REPO / "packaging" / "build_linux.sh").read_text(encoding="utf-8")
    iss = (REPO / "packaging" / "windows" / "sourcing.iss").read_text(encoding="utf-8")
    assert "#ifndef AppVersion" in iss and "PrivilegesRequiredOverridesAllowed" in iss


# ---------------------------------------------------------------- the built package (slow)


def _frozen_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "SOURCING_"))}
    env.update(QT_QPA_PLATFORM="offscreen", SOURCING_DATA_DIR=str(tmp_path / "userdata"), TF_CPP_MIN_LOG_LEVEL="2")
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    return env


def _report(path: Path) -> tuple[list[str], str, int]:
    """(sheet names, all cell text, offer rows from granja_sierra.ods) of an exported report."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    rows = [row for ws in book.worksheets for row in ws.iter_rows(values_only=True)]
    text = "\n".join(str(c) for row in rows for c in row if c is not None)
    offers = sum(1 for row in book["Opciones"].iter_rows(values_only=True) if "granja_sierra.ods" in row)
    return book.sheetnames, text, offers


def _assert_spanish_report_of_the_sample(path: Path) -> None:
    sheets, text, offers = _report(path)
    assert "Opciones" in sheets and "Acerca de" in sheets  # the bundled es_PE translations were found
    assert offers == 28  # every offer of the sample is in the report
    assert "Carne de alpaca – pierna" in text
    assert "modelo " + (REPO / "models" / "active").read_text().strip() in text  # scored by the bundled model


@pytest.mark.slow
@pytest.mark.skipif(not APP.exists(), reason=NO_BUILD)
def test_frozen_app_imports_a_sample_and_exports_a_report_offscreen(tmp_path):
    sample = BUNDLED / "data" / "samples" / "granja_sierra.ods"  # the copy inside the package
    report = tmp_path / "informe.xlsx"
    done = subprocess.run(
        [str(APP), "--smoke-test", str(sample), "--export", str(report)],
        cwd=tmp_path,
        env=_frozen_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    timings = json.loads(done.stdout.strip().splitlines()[-1])
    assert timings["model"] == (REPO / "models" / "active").read_text().strip()
    assert timings["offers"] == 28 and timings["scored"] > 0
    _assert_spanish_report_of_the_sample(report)
    print(f"\nfrozen app timings: {timings}")


@pytest.mark.slow
@pytest.mark.skipif(not APP.exists(), reason=NO_BUILD)
def test_package_carries_its_version_and_leaves_spark_and_dvc_out():
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert (BUNDLED / "VERSION").read_text(encoding="utf-8").strip() == version
    assert (BUNDLED / "site-defaults.example.toml").is_file()  # IT's template travels with the app
    # The retraining decision (docs/installing.md): no Spark jars, no DVC, no pyarrow in the package.
    for left_out in ("pyspark", "dvc", "pyarrow", "tensorboard"):
        assert not (BUNDLED / left_out).exists(), left_out
    # The inference decision (README "Packaging"): Keras on JAX, no TensorFlow at all.
    assert (BUNDLED / "KERAS_BACKEND").read_text(encoding="utf-8").strip() == "jax"
    assert not (BUNDLED / "tensorflow").exists() and (BUNDLED / "jaxlib").is_dir()


@pytest.mark.slow
@pytest.mark.skipif(not CLI.exists(), reason=NO_BUILD)
def test_frozen_cli_ranks_a_sample_and_refuses_a_bad_file_in_one_sentence(tmp_path):
    report = tmp_path / "x.xlsx"
    done = subprocess.run(
        [str(CLI), "rank", str(REPO / "data" / "samples" / "granja_sierra.ods"), "--report", str(report)],
        cwd=tmp_path,
        env=_frozen_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    _assert_spanish_report_of_the_sample(report)

    missing = subprocess.run(
        [str(CLI), "rank", str(tmp_path / "nope.xlsx"), "--report", str(tmp_path / "y.xlsx")],
        cwd=tmp_path,
        env=_frozen_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert missing.returncode == 2
    last_line = missing.stderr.strip().splitlines()[-1]  # progress lines come before it
    assert "Traceback" not in missing.stderr
    assert last_line.startswith("sourcing:") and "nope.xlsx" in last_line
    assert not (tmp_path / "y.xlsx").exists()


@pytest.mark.slow
@pytest.mark.skipif(not APP.exists(), reason=NO_BUILD)
def test_frozen_app_takes_its_first_start_settings_from_the_site_defaults_file(tmp_path):
    site = tmp_path / "site-defaults.toml"
    site.write_text('language = "en"\nrestaurant_place = "cusco"\n', encoding="utf-8")
    env = _frozen_env(tmp_path)
    env["SOURCING_SITE_CONFIG"] = str(site)
    report = tmp_path / "report.xlsx"
    done = subprocess.run(
        [str(APP), "--smoke-test", str(BUNDLED / "data" / "samples" / "granja_sierra.ods"), "--export", str(report)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    import openpyxl

    assert "Options" in openpyxl.load_workbook(report, read_only=True).sheetnames  # English, from the site file


@pytest.mark.slow
@pytest.mark.skipif(not CLI.exists(), reason=NO_BUILD)
def test_package_scores_every_sample_offer_as_tensorflow_does(tmp_path):
    """What the user sees: the frozen CLI (Keras on JAX) against the source tree (TensorFlow),
    on every offer of the sample price lists. The CSV holds scores rounded to 4 decimals, so a
    raw difference <= 1e-5 (tests/test_inference_parity.py) shows here as at most one unit of 1e-4."""
    from core.model.bundle import load_bundle
    from core.model.scoring import score_offers
    from core.offers_csv import read_offers

    samples = sorted(
        str(p) for p in (REPO / "data" / "samples").iterdir() if p.suffix in {".csv", ".xlsx", ".xls", ".ods"}
    )
    offers, scored = tmp_path / "offers.csv", tmp_path / "scored.csv"
    for command in (
        ["import", *samples, "--out", str(offers)],
        ["score", str(offers), "--out", str(scored), "--month", "3"],
    ):
        done = subprocess.run(
            [str(CLI), *command], cwd=tmp_path, env=_frozen_env(tmp_path), capture_output=True, text=True, timeout=600
        )
        assert done.returncode == 0, done.stderr[-3000:]
    frozen = read_offers(scored)
    shipped = (REPO / "models" / "active").read_text(encoding="utf-8").strip()  # the bundled default model
    ours = score_offers(read_offers(offers), load_bundle(REPO / "models" / shipped), explain=False, month=3)
    assert len(frozen) == len(ours) > 100
    for column in ("sustainability_score_pred", "score_low", "score_high"):
        difference = (frozen[column].astype(float) - ours[column].astype(float)).abs()
        assert difference.max() <= 1e-4 + 1e-9, column
        assert (difference < 1e-9).mean() >= 0.95, column  # rounding flips at most a few


def test_frozen_entry_points_set_the_bundled_keras_backend_before_keras_loads(tmp_path, monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location("frozen_backend", REPO / "packaging" / "frozen_backend.py")
    frozen_backend = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(frozen_backend)
    monkeypatch.setenv("KERAS_BACKEND", "tensorflow")  # a user's own setting must not win: the package has one backend
    monkeypatch.delenv("KERAS_HOME", raising=False)
    monkeypatch.setenv("SOURCING_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "KERAS_BACKEND").write_text("jax\n")
    assert frozen_backend.select_keras_backend(tmp_path) == "jax"
    assert os.environ["KERAS_BACKEND"] == "jax" and os.environ["KERAS_HOME"] == str(tmp_path / "data" / "keras")
    assert frozen_backend.select_keras_backend(tmp_path / "source-tree") is None  # no file: nothing changed
    # Both programs choose it first: before any import that may reach keras.
    for entry in ("entry_app.py", "entry_cli.py"):
        text = (REPO / "packaging" / entry).read_text(encoding="utf-8")
        first_app_import = min(
            text.index(m) for m in ("from core", "from desktop_app", "from sourcing_smoke") if m in text
        )
        assert text.index("select_keras_backend()") < first_app_import, entry


def test_the_smoke_test_stops_at_once_with_the_app_s_sentence_when_the_export_cannot_be_written(tmp_path):
    """From the source tree, as IT runs it on an installed PC: a report folder the user cannot
    write is the app's one sentence on stderr and exit 1, not a five-minute wait."""
    target = tmp_path / "Informe.xlsx"
    target.mkdir()  # a folder of that name: no one can write the report there, not even root
    env = dict(os.environ, SOURCING_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "sourcing_smoke.py"), "--smoke-test",
         str(REPO / "data" / "samples" / "granja_sierra.ods"), "--export", str(target), "--timeout", "240"],
        env=env, capture_output=True, text=True, timeout=300, cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 1 and time.monotonic() - started < 200
    assert "smoke test failed: the app showed an error while waiting for the Excel export" in done.stderr
    assert "Informe.xlsx" in done.stderr  # the sentence says where
