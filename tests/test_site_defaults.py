"""Site defaults (IT's file next to the installation): found, read, validated, and merged under
the user's own settings."""

from __future__ import annotations

import json
import logging
import shutil
import sys
from pathlib import Path

import pytest

from core.appstate import site_defaults
from core.appstate.settings import Settings, load_settings, save_settings, settings_path
from core.appstate.site_defaults import ENV_VAR, load_site_defaults, site_defaults_path

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "packaging" / "site-defaults.example.toml"
REAL_INSTALLATION_DIR = site_defaults.installation_dir


@pytest.fixture(autouse=True)
def _no_site_file_from_outside(monkeypatch, tmp_path):
    """No SOURCING_SITE_CONFIG from the environment; the installation folder is a fresh one."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    install = tmp_path / "install"
    install.mkdir()
    monkeypatch.setattr(site_defaults, "installation_dir", lambda: install)
    return install


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_means_no_site_defaults_and_the_built_in_settings():
    assert site_defaults_path() is None
    assert load_site_defaults() == {}
    assert load_settings() == Settings()


def test_the_example_file_shipped_for_it_reads_as_lima_spanish_and_local_spark(_no_site_file_from_outside):
    shutil.copy(EXAMPLE, _no_site_file_from_outside / "site-defaults.toml")
    values = load_site_defaults()
    assert values["restaurant_place"] == "lima"
    assert values["language"] == "es"
    assert values["spark_master"] == "local[*]"
    assert values["currency_rates"] == {"USD": 3.40, "EUR": 3.97}
    assert "restaurant_lat" not in values  # commented out in the example


def test_file_next_to_the_programs_sets_the_first_start_settings(_no_site_file_from_outside):
    write(
        _no_site_file_from_outside / "site-defaults.toml",
        """
restaurant_place = "cusco"
language = "en"
dvc_remote = "nas"
spark_master = "spark://10.0.0.5:7077"
[currency_rates]
usd = 3.75
""",
    )
    settings = load_settings()
    assert settings.restaurant_place == "cusco" and settings.language == "en"
    assert settings.dvc_remote == "nas" and settings.spark_master == "spark://10.0.0.5:7077"
    assert settings.currency_rates == {"USD": 3.75}
    assert settings.default_weights == Settings().default_weights  # not in the file: built-in


def test_the_users_saved_settings_win_over_the_site_file(_no_site_file_from_outside):
    write(_no_site_file_from_outside / "site-defaults.toml", 'language = "en"\nrestaurant_place = "cusco"\n')
    save_settings(Settings(language="es", restaurant_place="arequipa"))
    settings = load_settings()
    assert settings.language == "es" and settings.restaurant_place == "arequipa"


def test_a_partial_user_file_keeps_the_site_values_it_does_not_mention(_no_site_file_from_outside):
    write(_no_site_file_from_outside / "site-defaults.toml", 'spark_master = "yarn"\nlanguage = "en"\n')
    settings_path().write_text(json.dumps({"version": 2, "language": "es"}), encoding="utf-8")
    settings = load_settings()
    assert settings.language == "es" and settings.spark_master == "yarn"


def test_environment_variable_names_a_json_file_anywhere(tmp_path, monkeypatch, _no_site_file_from_outside):
    write(_no_site_file_from_outside / "site-defaults.toml", 'language = "es"\n')
    (tmp_path / "share").mkdir()
    shared = write(
        tmp_path / "share" / "sourcing.json",
        json.dumps({"language": "en", "restaurant_lat": -13.5, "restaurant_lon": -71.97}),
    )
    monkeypatch.setenv(ENV_VAR, str(shared))
    assert site_defaults_path() == shared
    settings = load_settings()
    assert settings.language == "en"
    assert (settings.restaurant_lat, settings.restaurant_lon) == (-13.5, -71.97)


def test_environment_variable_naming_a_missing_file_uses_no_site_file(
    tmp_path, monkeypatch, caplog, _no_site_file_from_outside
):
    write(_no_site_file_from_outside / "site-defaults.toml", 'language = "en"\n')
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "nowhere.toml"))
    with caplog.at_level(logging.WARNING, logger="core.appstate.site_defaults"):
        assert load_site_defaults() == {}
    assert "nowhere.toml" in caplog.text


def test_broken_file_is_logged_and_ignored_not_fatal(caplog, _no_site_file_from_outside):
    write(_no_site_file_from_outside / "site-defaults.toml", 'language = "en\n[[[')
    with caplog.at_level(logging.WARNING, logger="core.appstate.site_defaults"):
        assert load_settings() == Settings()
    assert "could not be read" in caplog.text


def test_wrong_types_and_unknown_keys_are_dropped_one_by_one(caplog, _no_site_file_from_outside):
    write(
        _no_site_file_from_outside / "site-defaults.toml",
        """
language = "en"
spark_master = 7
admin_pin = "1234"
restaurant_lat = -12.1
[currency_rates]
USD = 3.8
EUR = "cheap"
GBP = -1
""",
    )
    with caplog.at_level(logging.WARNING, logger="core.appstate.site_defaults"):
        values = load_site_defaults()
    assert values == {"language": "en", "currency_rates": {"USD": 3.8}}
    for key in ("spark_master", "admin_pin", "restaurant_lat", "currency_rates"):
        assert key in caplog.text  # a plain PIN is never a setting: only its hash (next test)


def test_a_site_sets_the_admin_pin_as_a_hash(_no_site_file_from_outside):
    from core.appstate.site_check import pin_hash_line

    line = pin_hash_line("482917")
    write(_no_site_file_from_outside / "site-defaults.toml", line + "\n")
    assert site_defaults.site_admin_pin_hash().startswith("scrypt$") and "482917" not in line
    assert "admin_pin_hash" not in load_site_defaults()  # never merged into the user's settings


def test_frozen_app_looks_next_to_its_executable(tmp_path, monkeypatch):
    monkeypatch.setattr(site_defaults, "installation_dir", REAL_INSTALLATION_DIR)
    program = tmp_path / "sustainable-sourcing" / "sourcing-app"
    program.parent.mkdir()
    program.write_text("")
    write(program.parent / "site-defaults.json", json.dumps({"language": "en"}))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    assert site_defaults_path() == program.parent / "site-defaults.json"
    assert load_site_defaults() == {"language": "en"}
