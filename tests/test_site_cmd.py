"""``sourcing site check / show / pin-hash``: what IT runs before deploying a site defaults file
(install.sh --site-defaults and the Windows setup run ``check`` themselves)."""

from __future__ import annotations

import io
import tomllib

from core.appstate.admin_pin import verify_pin
from core.cli import main


def test_a_correct_file_is_accepted_and_its_values_listed_without_the_pin_hash(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("482917\n"))
    assert main(["--lang", "en", "site", "pin-hash"]) == 0
    pin_line = capsys.readouterr().out.strip()
    stored = tomllib.loads(pin_line)["admin_pin_hash"]
    assert verify_pin("482917", stored) and not verify_pin("000000", stored) and "482917" not in pin_line
    site = tmp_path / "site-defaults.toml"
    site.write_text(f'restaurant_place = "cusco"\ndvc_remote = "storage"\n{pin_line}\n', encoding="utf-8")
    assert main(["--lang", "en", "site", "check", str(site)]) == 0
    out = capsys.readouterr().out
    assert "restaurant_place=cusco" in out and "dvc_remote=storage" in out and "admin_pin_hash=(set)" in out
    assert "scrypt" not in out


def test_every_line_the_app_would_ignore_is_named_and_the_check_fails(tmp_path, capsys):
    site = tmp_path / "site-defaults.toml"
    site.write_text(
        'restaurant_place = "cuzco_city"\nlangauge = "en"\nlanguage = "fr"\n'
        'admin_pin_hash = "1234"\nspark_master = 7\nrestaurant_lat = 12.12\nrestaurant_lon = 77.03\n',
        encoding="utf-8",
    )
    assert main(["--lang", "en", "site", "check", str(site)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 6 and all(line.startswith("sourcing: ") and str(site) in line for line in lines)
    text = "\n".join(lines)
    for named in (
        "cuzco_city",
        "langauge",
        "language must be es or en, not fr",
        "admin_pin_hash",
        "spark_master",
        "restaurant_lat 12.12 and restaurant_lon 77.03 are not in Peru",  # a forgotten minus sign
    ):
        assert named in text
    assert "Traceback" not in text


def test_a_broken_or_missing_file_is_one_sentence_in_spanish(tmp_path, capsys):
    broken = tmp_path / "site-defaults.toml"
    broken.write_text('restaurant_place = "lima\n', encoding="utf-8")
    assert main(["--lang", "es", "site", "check", str(broken)]) == 2
    said = capsys.readouterr().err.strip()  # where it stopped, in Spanish (tomllib's own words were English)
    assert said.endswith(
        "No se puede leer el archivo de valores del local " + f"{broken}: no es TOML válido en la línea 1, columna 25"
    )
    assert main(["--lang", "es", "site", "check", str(tmp_path / "nope.toml")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "nope.toml" in err and "no existe" in err
    assert main(["--lang", "es", "site", "check", str(tmp_path)]) == 2  # it said the folder does not exist
    said = capsys.readouterr().err.strip()
    assert said == f"sourcing: {tmp_path} es una carpeta; indique el archivo de valores del local (TOML o JSON)."


def test_a_short_pin_is_refused_and_nothing_printed(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    assert main(["--lang", "en", "site", "pin-hash"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "at least 4 digits" in captured.err


def test_show_names_the_file_in_use(tmp_path, capsys, monkeypatch):
    site = tmp_path / "site.toml"
    site.write_text('restaurant_place = "arequipa"\n', encoding="utf-8")
    monkeypatch.setenv("SOURCING_SITE_CONFIG", str(site))
    assert main(["--lang", "en", "site", "show"]) == 0
    out = capsys.readouterr().out
    assert str(site) in out and "restaurant_place = arequipa" in out
    monkeypatch.setenv("SOURCING_SITE_CONFIG", "")
    monkeypatch.setattr("core.appstate.site_defaults.installation_dir", lambda: tmp_path / "no-install")
    assert main(["--lang", "en", "site", "show"]) == 0
    assert "uses no site defaults file" in capsys.readouterr().out
