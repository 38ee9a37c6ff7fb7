"""Issue 13, case 2: every operating-system error a user can cause is one sentence (which file,
what is wrong, what to do) and exit code 2; temporary files of killed runs are removed later."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SAMPLES
from os_faults import full_disk, unprivileged, world_folder

from core.cli import main

SAMPLE = SAMPLES / "distribuidora_andina.xlsx"


def run_cli(capsys, *args: str) -> tuple[int, str]:
    code = main(["--lang", "en", *args])
    err = capsys.readouterr().err.strip()
    return code, err


def run_unprivileged(*args: str) -> tuple[int, str]:
    """``sourcing`` as a user whom file permissions apply to, in the current folder and environment."""
    done = subprocess.run(
        unprivileged([sys.executable, "-m", "core.cli", "--lang", "en", *args]),
        cwd=os.getcwd(),
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.returncode, done.stderr.strip()


def one_sentence(err: str) -> str:
    assert err.startswith("sourcing: ") and "\n" not in err and "Traceback" not in err and "Errno" not in err, err
    return err.removeprefix("sourcing: ")


@pytest.fixture
def place(monkeypatch):
    """A folder the unprivileged user can use, with a price list and a private data folder."""
    with world_folder() as folder:
        shutil.copy(SAMPLE, folder / "lista.xlsx")
        (folder / "lista.xlsx").chmod(0o644)
        data = folder / "data"
        data.mkdir(mode=0o777)
        data.chmod(0o777)
        monkeypatch.setenv("SOURCING_DATA_DIR", str(data))
        monkeypatch.chdir(folder)
        yield folder


def test_a_price_list_without_read_permission(place, capsys):
    secret = place / "secreta.xlsx"
    shutil.copy(SAMPLE, secret)
    secret.chmod(0o000)
    code, err = run_unprivileged("import", "secreta.xlsx", "--out", "o.csv")
    assert code == 2
    assert one_sentence(err) == (
        "File secreta.xlsx cannot be read: you do not have permission. Copy it to a folder of yours or ask IT "
        "for access."
    )


def test_a_folder_given_as_a_file(place, capsys):
    (place / "carpeta").mkdir()
    code, err = run_cli(capsys, "import", "carpeta", "--out", "o.csv")
    assert code == 2 and one_sentence(err) == "carpeta is a folder, not a price list file."
    code, err = run_cli(capsys, "score", "carpeta", "--out", "s.csv")
    assert code == 2 and one_sentence(err) == "carpeta is a folder, not an offers table (CSV file)."


@pytest.mark.parametrize("option", ["--out", "--report"])
def test_out_or_report_naming_a_folder_is_refused_before_the_work(place, capsys, option):
    (place / "carpeta").mkdir()
    args = ["import", "lista.xlsx", "--out", "o.csv", option, "carpeta"]
    code, err = run_cli(capsys, *args)
    assert code == 2
    assert one_sentence(err) == "carpeta is a folder; give the name of a file to write instead."
    assert sorted(p.name for p in (place / "carpeta").iterdir()) == []
    code, err = run_cli(capsys, "rank", "lista.xlsx", "--report", "carpeta")
    assert code == 2 and "carpeta is a folder" in one_sentence(err)


def test_a_read_only_folder(place, capsys):
    (place / "solo_lectura").mkdir(mode=0o555)
    (place / "solo_lectura").chmod(0o555)
    code, err = run_unprivileged("import", "lista.xlsx", "--out", "solo_lectura/ofertas.csv")
    assert code == 2
    sentence = one_sentence(err)
    assert sentence.startswith("solo_lectura/ofertas.csv cannot be written: you do not have permission")
    assert sentence.endswith("Choose another place or ask IT for access.")


def test_a_full_disk_leaves_nothing_and_says_so(place, capsys, monkeypatch):
    with full_disk(place / "pequeno", monkeypatch) as disk:
        code, err = run_cli(capsys, "import", "lista.xlsx", "--out", str(disk / "ofertas.csv"))
        left = sorted(p.name for p in disk.iterdir())
    assert code == 2
    assert one_sentence(err) == (
        f"The disk holding {disk / 'ofertas.csv'} is full; nothing was written. Free some space or choose another "
        "place and try again."
    )
    assert left == []  # neither a half-written file nor a temporary one


def test_a_data_folder_that_cannot_be_created(place, capsys, monkeypatch):
    locked = place / "ajeno"
    locked.mkdir(mode=0o555)
    locked.chmod(0o555)
    monkeypatch.setenv("SOURCING_DATA_DIR", str(locked / "sub" / "datos"))
    code, err = run_unprivileged("models", "list")
    assert code == 2
    assert one_sentence(err) == (
        f"The data folder {locked / 'sub' / 'datos'} cannot be created or written (permission denied). Set "
        "SOURCING_DATA_DIR to a folder you can write, or ask IT to fix the folder's permissions."
    )


def test_the_workspace_on_a_full_disk_is_one_sentence_and_stays_usable(monkeypatch, tmp_path):
    """A full disk at COMMIT: a plain sentence, nothing stored, the next write works."""
    from test_workspace import REPORT, offers_frame

    from core.appstate.workspace import Workspace
    from core.errors import UserError

    with full_disk(tmp_path / "disco", monkeypatch, size="192k") as disk:
        if not os.path.ismount(disk):
            pytest.skip("SQLite writes with its own I/O calls: this needs a real tmpfs (root with CAP_SYS_ADMIN)")
        workspace = Workspace.open(disk / "workspace.sqlite")
        workspace.add_import(offers_frame(), REPORT, ["andina.xlsx"], "2 offers")
        many = offers_frame(file="grande.xlsx", products=[f"Producto {i} " + "x" * 300 for i in range(1000)])
        with pytest.raises(UserError) as raised:
            workspace.add_import(many, REPORT, ["grande.xlsx"], "1000 offers")
        assert str(raised.value) == (
            f"The disk holding the workspace {disk / 'workspace.sqlite'} is full; nothing was saved. "
            "Free some space and try again."
        )
        assert not workspace.in_transaction
        assert sorted(workspace.offers()["product"]) == ["Papa amarilla", "Quinua blanca"]
        workspace.save_mapping("Andina", {"Precio": "price"})  # the connection still works
        workspace.close()


KILLED_WRITER = r"""
import sys, time
from core.atomic_write import atomic_path
with atomic_path(sys.argv[1]) as tmp:
    tmp.write_text("half")
    print("writing", flush=True)
    time.sleep(600)
"""


def test_temporaries_of_a_killed_run_are_removed_at_the_next_start(tmp_path, monkeypatch, capsys):
    data = Path(os.environ["SOURCING_DATA_DIR"])
    targets = [data / "settings.json", tmp_path / "ofertas.csv"]
    for target in targets:
        writer = subprocess.Popen(
            [sys.executable, "-c", KILLED_WRITER, str(target)], cwd=REPO, stdout=subprocess.PIPE, text=True
        )
        assert writer.stdout.readline().strip() == "writing"
        writer.send_signal(signal.SIGKILL)
        writer.wait(10)
    left = [p for t in targets for p in t.parent.glob(f".{t.name}.*.tmp")]
    assert len(left) == 2
    mine = tmp_path / "notes.tmp"  # not ours: never touched
    mine.write_text("keep")
    unrelated = tmp_path / ".ofertas.csv.backup.tmp"
    unrelated.write_text("keep")

    monkeypatch.chdir(tmp_path)
    code, _ = run_cli(capsys, "models", "list")  # any command: the data folder is tidied at start
    assert code == 0
    assert not list(data.glob(".settings.json.*.tmp"))
    assert list(tmp_path.glob(".ofertas.csv.*-*.tmp"))  # another folder: removed when next written
    code, _ = run_cli(capsys, "import", str(SAMPLE), "--out", "ofertas.csv")
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [".ofertas.csv.backup.tmp", "notes.tmp", "ofertas.csv"]


def test_a_running_writers_temporary_is_left_alone(tmp_path):
    from core.atomic_write import atomic_path, remove_stale_temporaries

    with atomic_path(tmp_path / "informe.xlsx") as tmp:
        tmp.write_text("in progress")
        assert remove_stale_temporaries(tmp_path) == []
        assert tmp.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["informe.xlsx"]


def test_a_path_that_cannot_even_be_looked_at_is_described_not_a_traceback(monkeypatch):
    """As a user without rights on the folder, Path.is_dir itself raises (Python 3.11)."""
    import errno
    from pathlib import Path

    from core.os_errors import describe_os_error

    def no_permission(self):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "is_dir", no_permission)
    sentence = describe_os_error(PermissionError(errno.EACCES, "Permission denied"), "/srv/locked/report.xlsx")
    assert "report.xlsx" in sentence and "Traceback" not in sentence
