"""Settings: one typed declaration with defaults, a version, migrations, atomic JSON."""

from __future__ import annotations

import json

from core.appstate.settings import SETTINGS_VERSION, Settings, load_settings, save_settings, settings_path
from core.paths import user_data_dir


def test_defaults_are_lima_spanish_and_local_spark():
    settings = load_settings()
    assert settings == Settings()
    assert settings.version == SETTINGS_VERSION
    assert settings.restaurant_place == "lima" and settings.restaurant_lat is None
    assert settings.language == "es"
    assert settings.spark_master == "local[*]"
    assert settings.admin_pin_hash == ""
    assert abs(sum(settings.default_weights.values()) - 1.0) < 1e-9


def test_saved_settings_come_back_and_live_in_the_user_folder():
    settings = Settings(
        language="en",
        restaurant_place="cusco",
        currency_rates={"USD": 3.71},
        default_weights={"sustainability": 0.7, "price": 0.3},
        spark_master="spark://h:7077",
        dvc_remote="s3://bucket/dvc",
    )
    path = save_settings(settings)
    assert path == settings_path() and path.parent == user_data_dir()
    again = load_settings()
    assert again.language == "en" and again.restaurant_place == "cusco"
    assert again.currency_rates == {"USD": 3.71}
    assert again.default_weights["sustainability"] == 0.7 and again.default_weights["co2"] == 0.1
    assert again.spark_master == "spark://h:7077" and again.dvc_remote == "s3://bucket/dvc"
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_unreadable_file_gives_defaults_instead_of_stopping_the_app():
    settings_path().write_text("{not json", encoding="utf-8")
    assert load_settings() == Settings()


def test_wrong_types_and_unknown_keys_fall_back_to_defaults():
    settings_path().write_text(
        json.dumps(
            {
                "version": SETTINGS_VERSION,
                "language": "fr",
                "restaurant_lat": "south",
                "spark_master": 7,
                "currency_rates": {"usd": 3.8, "EUR": -1, "GBP": "x"},
                "colour": "green",
            }
        ),
        encoding="utf-8",
    )
    settings = load_settings()
    assert settings.language == "es"
    assert settings.restaurant_lat is None
    assert settings.spark_master == "local[*]"
    assert settings.currency_rates == {"USD": 3.8}


def test_version_1_file_is_migrated():
    settings_path().write_text(
        json.dumps(
            {
                "version": 1,
                "restaurant": "arequipa",
                "language": "en",
                "default_weights": {"sustainability": 0.6, "price": 0.4, "distance": 0.0},
            }
        ),
        encoding="utf-8",
    )
    settings = load_settings()
    assert settings.version == SETTINGS_VERSION
    assert settings.restaurant_place == "arequipa"
    assert settings.default_weights == {
        "sustainability": 0.6,
        "price": 0.4,
        "distance": 0.0,
        "co2": 0.1,
        "lead_time": 0.0,
    }


def test_pin_is_stored_only_as_the_hash_field():
    save_settings(Settings(admin_pin_hash="pbkdf2$abc"))
    data = json.loads(settings_path().read_text(encoding="utf-8"))
    assert data["admin_pin_hash"] == "pbkdf2$abc"
    assert not any("pin" in key and key != "admin_pin_hash" for key in data)


def test_the_start_screen_speaks_the_saved_language_before_the_settings_are_loaded(monkeypatch, tmp_path):
    from core.appstate.settings_file import stored_language

    assert stored_language() == "es"  # nothing saved: Spanish
    save_settings(Settings(language="en"))
    assert stored_language() == "en" == load_settings().language
    settings_path().write_text("{not json", encoding="utf-8")
    assert stored_language() == "es" == load_settings().language
    site = tmp_path / "site-defaults.json"
    site.write_text(json.dumps({"language": "en"}), encoding="utf-8")
    monkeypatch.setenv("SOURCING_SITE_CONFIG", str(site))
    settings_path().unlink()
    assert stored_language() == "en" == load_settings().language
