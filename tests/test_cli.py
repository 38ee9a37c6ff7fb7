"""The `sourcing` command line as a user runs it: outputs, exit codes, one-sentence errors."""

from __future__ import annotations

import subprocess
import sys

import openpyxl
import pandas as pd
import pytest
from conftest import REPO, SAMPLES


def sourcing(*args: str, cwd=REPO):
    return subprocess.run(
        [sys.executable, "-m", "core.cli", "--lang", "en", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )


def test_import_writes_the_canonical_table_and_prints_the_report(tmp_path):
    out = tmp_path / "offers.csv"
    done = sourcing(
        "import", str(SAMPLES / "granja_sierra.ods"), str(SAMPLES / "bodega_selva_central.csv"), "--out", str(out)
    )
    assert done.returncode == 0, done.stderr
    offers = pd.read_csv(out)
    assert list(offers.columns[:17]) == [
        "supplier",
        "product",
        "ingredient",
        "pack_qty",
        "pack_unit",
        "price",
        "currency",
        "origin",
        "transport_mode",
        "certifications",
        "practice",
        "packaging",
        "lead_time_days",
        "sustainability_score",
        "source_file",
        "source_sheet",
        "source_row",
    ]
    assert len(offers) == 28 + 32
    assert "rows refused" in done.stdout and "granja_sierra.ods" in done.stdout


def test_unreadable_file_exits_2_with_one_sentence_and_writes_nothing(tmp_path):
    bad = tmp_path / "precios.xlsx"
    bad.write_bytes(b"this is not a spreadsheet at all")
    out = tmp_path / "offers.csv"
    done = sourcing("import", str(bad), "--out", str(out))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0 and "precios.xlsx" in done.stderr
    assert not out.exists()


def test_bad_weights_exit_2_with_a_plain_sentence(tmp_path):
    done = sourcing(
        "rank",
        str(SAMPLES / "granja_sierra.ods"),
        "--weights",
        "sustainability=.9,price=.3",
        "--report",
        str(tmp_path / "r.xlsx"),
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "1" in done.stderr  # says the weights must add up to 1
    assert not (tmp_path / "r.xlsx").exists()


def test_rank_runs_the_whole_path_into_a_workbook(tmp_path):
    report, ranked_csv = tmp_path / "report.xlsx", tmp_path / "ranked.csv"
    done = sourcing(
        "rank",
        str(SAMPLES / "distribuidora_andina.xlsx"),
        str(SAMPLES / "pesqueria_del_pacifico.xls"),
        "--weights",
        "sustainability=.6,price=.3,distance=.1",
        "--report",
        str(report),
        "--out",
        str(ranked_csv),
    )
    assert done.returncode == 0, done.stderr[-2000:]
    book = openpyxl.load_workbook(report)
    assert len(book.sheetnames) == 5
    ranked = pd.read_csv(ranked_csv)
    best = ranked[ranked["rank"] == 1]
    assert best["ingredient"].is_unique and len(best) > 10
    assert ranked["sustainability_score_pred"].between(0, 1).all()


def test_every_command_has_help():
    for command in ("import", "rank", "score", "models"):
        done = sourcing(command, "--help")
        assert done.returncode == 0 and "usage" in done.stdout.lower(), command


def test_help_and_argument_errors_speak_the_language_asked_for():
    """`--lang en` before the command: the help was written in Spanish, the default, because the
    parser was built before --lang was read; argparse's own words were always English."""
    run = lambda *args: subprocess.run(
        [sys.executable, "-m", "core.cli", *args], cwd=REPO, capture_output=True, text=True, timeout=600
    )
    english = run("--lang", "en", "corrections", "add", "--help")
    assert "Remember a correction for a supplier" in english.stdout and "show this help message" in english.stdout
    spanish = run("--lang", "es", "corrections", "add", "--help")
    assert spanish.stdout.startswith("uso: sourcing corrections add")
    assert "Guarda una corrección" in spanish.stdout and "muestra esta ayuda y termina" in spanish.stdout
    missing = run("--lang=es", "corrections", "add")
    assert missing.returncode == 2
    assert missing.stderr.strip().endswith("sourcing corrections add: error: faltan estos argumentos: --supplier")
    # the placeholders too: "--supplier PROVEEDOR", "faltan estos argumentos: ARCHIVO"
    spanish = run("--lang", "es", "import", "--help").stdout
    assert "--supplier PROVEEDOR" in spanish and "ARCHIVO [ARCHIVO ...]" in spanish and "SUPPLIER" not in spanish
    assert "--date AAAA-MM-DD" in spanish
    assert run("--lang", "es", "import").stderr.strip().endswith("faltan estos argumentos: ARCHIVO")
    assert "--explain {none,all}" in run("--lang", "es", "score", "--help").stdout  # choices are shown as they are
    english = run("--lang", "en", "import", "--help").stdout
    assert "--supplier SUPPLIER" in english and "FILE [FILE ...]" in english
    unknown = run("--lang", "fr", "corrections", "list")
    # said in the default language, Spanish, instead of falling back to it without a word
    assert unknown.returncode == 2
    assert unknown.stderr.strip().endswith("argumento --lang: 'fr' no es un idioma de este programa: use es o en")


def test_option_numbers_are_read_as_people_write_them_here(tmp_path, capsys):
    """`--score 0,82` and `--budget "2 500,50"` were refused by argparse's float ("invalid float
    value: '0,82'"); they follow the price lists' number grammar now, and anything else is one sentence."""
    from core.cli import main

    audit = ["audits", "add", "--supplier", "Bodega", "--product", "Café", "--auditor", "Ana"]
    assert main([*audit, "--score", "0,82"]) == 0
    assert main(["audits", "list", "--out", str(tmp_path / "audits.csv")]) == 0
    assert "0.82  Ana  Bodega — Café" in capsys.readouterr().out
    with pytest.raises(SystemExit) as refused:
        main(["rank", "lista.csv", "--report", "r.xlsx", "--out", "r.csv", "--max-price", "12,5 soles"])
    assert refused.value.code == 2
    assert capsys.readouterr().err.strip().endswith("argument --max-price: '12,5 soles' is not a number")
    needs = SAMPLES / "planning" / "needs_week.csv"
    lists = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".xlsx", ".xls", ".ods", ".csv"))
    plan = ["plan", str(needs), *map(str, lists), "--out", str(tmp_path / "plan.csv"), "--budget", "2 500,50"]
    assert main(plan) == 2
    assert "The budget of S/ 2,500.50 is below the cheapest plan" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["rank", "lista.csv", "--report", "informe.csv"], "argument --report: 'informe.csv' does not end in .xlsx"),
        (["rank", "lista.csv", "--report", "informe"], "argument --report: 'informe' does not end in .xlsx"),
        (["plan", "needs.csv", "lista.csv", "--out", "plan.xlsx"], "argument --out: 'plan.xlsx' ends in .xlsx"),
        (["plan", "n.csv", "l.csv", "--out", "p.csv", "--orders", "pedidos.csv"], "argument --orders: 'pedidos.csv'"),
        (["import", "lista.csv", "--out", "ofertas.ods"], "argument --out: 'ofertas.ods' ends in .ods"),
    ],
)
def test_a_file_to_write_must_carry_the_name_of_what_it_holds(args, says, capsys):
    """An Excel report written to "informe.csv", or a CSV plan to "plan.xlsx", was written without a
    word: the spreadsheet program then refuses to open it, or shows garbage."""
    from core.cli import main

    with pytest.raises(SystemExit) as refused:
        main(["--lang", "en", *args])
    assert refused.value.code == 2
    assert says in capsys.readouterr().err.strip().splitlines()[-1]


def test_a_mapping_with_a_typing_error_is_said_not_followed_silently(tmp_path, capsys):
    """`--mapping '{"Producto": "prize"}'` took the product column away and then said "no price list
    found"; a header the sheet does not have was left out without a word."""
    from core.cli import main

    source = str(SAMPLES / "granja_sierra.ods")
    base = ["--lang", "en", "import", source, "--out", str(tmp_path / "offers.csv"), "--mapping"]
    assert main([*base, '{"Producto": "prize"}']) == 2
    said = capsys.readouterr().err.strip()
    assert said.startswith("sourcing: The --mapping maps 'Producto' to 'prize', which is not a column")
    assert "use one of: supplier, product, pack" in said and "\n" not in said
    assert main([*base, '["price"]']) == 2
    assert "must map headers to columns" in capsys.readouterr().err
    assert main([*base, '{"Precio x kilo": "price"}']) == 0
    assert (
        "The column mapping names 'Precio x kilo', which this sheet's header row does not have; "
        "the other columns were recognised by their names."
    ) in capsys.readouterr().out
    assert len(pd.read_csv(tmp_path / "offers.csv")) == 28  # the list itself is read as before


def test_a_plan_from_one_supplier_says_one_delivery(tmp_path, capsys):
    from core.cli import main

    needs = tmp_path / "needs.csv"
    needs.write_text("ingrediente,cantidad,unidad\nPapa amarilla,20,kg\n", encoding="utf-8")
    lists = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".xlsx", ".xls", ".ods", ".csv"))
    assert main(["--lang", "en", "plan", str(needs), *map(str, lists), "--out", str(tmp_path / "plan.csv")]) == 0
    assert ", 1 delivery." in capsys.readouterr().out  # it said "1 deliveries"
