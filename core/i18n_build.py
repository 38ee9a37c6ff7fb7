"""The translation tool chain in one place: build what the app reads, collect new texts.

    python -m core.i18n_build             # build: .ts -> .qm (pyside6-lrelease), .po -> .mo (pybabel compile)
    python -m core.i18n_build --force     # rebuild every file
    python -m core.i18n_build --update    # `make translations`: collect new texts into .ts/.po, then build

Build runs in the set-up, the package build and the tests: a file is rebuilt only when it is
missing or older than its source, and written atomically (several test workers may build at
once). Update runs pyside6-lupdate over desktop_app/ and pybabel extract/update over core/, with
no source line numbers and a sorted order so that branches adding texts merge cleanly; it keeps
every existing translation (a text removed from the code stays in the file as vanished/obsolete)
and refuses to write files that lost one. The tools come from the Python environment running this
(PySide6; Babel, a development dependency: the installed app reads the built files with Qt and
gettext and ships neither this module nor Babel). The workflow: resources/translations/README.md.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.pofile import read_po

from core.i18n import DOMAIN, LOCALES, translations_dir
from core.paths import app_root

# Qt .ts files and the language lupdate writes into them. English is the source language: its
# file holds only the plural forms ("%n offer(s)" -> "1 offer" / "2 offers").
TS_FILES = {"app_es_PE.ts": "es_PE", "app_en.ts": "en"}
POT_FILE = f"{DOMAIN}.pot"
BABEL_KEYWORDS = ("tr", "N_", "T", "trn:1,2")  # T: the report's local alias of tr (lambda text: tr(text, lang=lang))


def tool(name: str) -> str | None:
    """A command-line tool installed beside this Python (the venv's bin/), else on PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return shutil.which(name)


def lrelease_command() -> str | None:
    return tool("pyside6-lrelease") or shutil.which("lrelease")


def _required(name: str, found: str | None) -> str:
    if found is None:
        raise RuntimeError(f"{name} was not found; run the set-up (bash scripts/setup.sh) to install it.")
    return found


def _run(command: list[str], what: str) -> str:
    done = subprocess.run(command, capture_output=True, text=True, cwd=app_root())
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed: {(done.stderr or done.stdout).strip()}")
    return done.stdout + done.stderr


def _compile(source: Path, target: Path, command: list[str], what: str) -> None:
    """Run ``command`` + [a temporary output file], then move the result onto ``target`` in one step."""
    handle, name = tempfile.mkstemp(suffix=target.suffix, dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        _run([*command, str(temporary)], f"{what} on {source.name}")
        if temporary.stat().st_size == 0:
            raise RuntimeError(f"{what} wrote nothing for {source.name}")
        temporary.chmod(0o644)  # mkstemp makes it private; every user of the installed app reads it
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def _stale(source: Path, target: Path, force: bool) -> bool:
    return force or not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def build(folder: Path | None = None, force: bool = False) -> list[Path]:
    """Compile each .ts to .qm and each catalogue .po to .mo when missing or stale; return the files written."""
    folder = folder or translations_dir()
    written = []
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        if _stale(source, target, force):
            lrelease = _required("pyside6-lrelease", lrelease_command())
            _compile(source, target, [lrelease, "-silent", str(source), "-qm"], "lrelease")
            written.append(target)
    for source in sorted(folder.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        target = source.with_suffix(".mo")
        if _stale(source, target, force):
            pybabel = _required("pybabel (Babel)", tool("pybabel"))
            locale = source.parent.parent.name
            command = [pybabel, "compile", "-D", DOMAIN, "-l", locale, "-i", str(source), "-o"]
            _compile(source, target, command, "pybabel compile")
            written.append(target)
    return written


# ------------------------------------------------------------------ update (make translations)


def ts_messages(path: Path) -> list[dict]:
    """Every message of a .ts file: context, source, plural or not, state, translation text(s)."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            state = "finished" if translation is None else translation.get("type", "finished")
            if translation is None:
                text = ""
            elif message.get("numerus") == "yes":
                text = "\x00".join(form.text or "" for form in translation.iter("numerusform"))
            else:
                text = translation.text or ""
            found.append(
                {
                    "context": name,
                    "source": message.findtext("source") or "",
                    "plural": message.get("numerus") == "yes",
                    "state": state,
                    "text": text,
                }
            )
    return found


def po_messages(path: Path) -> list[dict]:
    """Every message of a .po file: msgid, msgstr, fuzzy, obsolete."""
    with path.open("rb") as handle:
        catalog = read_po(handle)
    entries = [(message, False) for message in catalog if message.id] + [
        (message, True) for message in catalog.obsolete.values()
    ]
    return [
        {"source": _singular(message.id), "text": _forms(message.string), "fuzzy": message.fuzzy, "obsolete": obsolete}
        for message, obsolete in entries
    ]


def _singular(msgid) -> str:
    """A message's id: its singular form when it has plural forms (as gettext keys it)."""
    return str(msgid[0]) if isinstance(msgid, (tuple, list)) else str(msgid)


def _forms(msgstr) -> str:
    """A translation's text; plural forms joined by NUL as in .ts files, '' while one is missing."""
    if isinstance(msgstr, (tuple, list)):
        return "\x00".join(msgstr) if all(msgstr) else ""
    return str(msgstr or "")


def _update_qt(root: Path, folder: Path) -> list[str]:
    lupdate = _required("pyside6-lupdate", tool("pyside6-lupdate"))
    lines = []
    for name, language in TS_FILES.items():
        path = folder / name
        command = [lupdate, "-extensions", "py", str(root / "desktop_app"), "-source-language", "en"]
        command += ["-target-language", language, "-locations", "none", "-sort-messages", "-silent"]
        if language == "en":
            command.append("-pluralonly")
        _run([*command, "-ts", str(path)], f"pyside6-lupdate {name}")
        messages = [m for m in ts_messages(path) if m["state"] not in ("vanished", "obsolete")]
        todo = [m for m in messages if m["state"] != "finished" and (language != "en" or m["plural"])]
        lines.append(f"{name}: {len(messages)} texts, {len(todo)} to translate")
        lines += [f"    [{m['context']}] {m['source']}" for m in todo]
    return lines


def _update_core(root: Path, folder: Path) -> list[str]:
    pybabel = _required("pybabel (Babel)", tool("pybabel"))
    template = folder / POT_FILE
    command = [pybabel, "extract", "-F", str(folder / "babel.cfg"), "--no-default-keywords"]
    command += [arg for keyword in BABEL_KEYWORDS for arg in ("-k", keyword)]
    command += ["-c", "TRANSLATORS:", "--no-location", "--sort-output", "--no-wrap", "--omit-header"]
    _run([*command, "-o", str(template), str(root / "core")], "pybabel extract")
    lines = []
    for locale in LOCALES.values():
        path = folder / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
        update = [pybabel, "update", "-i", str(template), "-d", str(folder), "-D", DOMAIN, "-l", locale]
        _run([*update, "--no-wrap", "--ignore-pot-creation-date"], "pybabel update")
        messages = [m for m in po_messages(path) if not m["obsolete"]]
        todo = [m for m in messages if m["fuzzy"] or not m["text"]]
        lines.append(f"{path.relative_to(folder)}: {len(messages)} texts, {len(todo)} to translate")
        lines += [f"    {'(fuzzy) ' if m['fuzzy'] else ''}{m['source']}" for m in todo]
    return lines


def update(root: Path | None = None, allow_loss: bool = False) -> list[str]:
    """Collect the texts of desktop_app/ and core/ into the .ts and .po files; a summary, line by line.

    Raises RuntimeError, and puts the files back as they were, if any translation would be lost,
    unless ``allow_loss`` (``--allow-loss``: an English text was changed on purpose and its old
    translation, offered as a fuzzy suggestion for the new one, may go)."""
    root = root or app_root()
    folder = root / "resources" / "translations"
    files = [folder / name for name in TS_FILES] + [
        folder / locale / "LC_MESSAGES" / f"{DOMAIN}.po" for locale in LOCALES.values()
    ]
    before = {path: path.read_bytes() for path in files}
    kept_before = _translations_in(files)
    try:
        lines = _update_qt(root, folder) + _update_core(root, folder)
        lost = kept_before - _translations_in(files)
        if lost and not allow_loss:
            raise RuntimeError(
                "these translations would be lost (if their English text was changed on purpose, run "
                "`python -m core.i18n_build --update --allow-loss`): "
                + "; ".join(str(entry) for entry in sorted(lost)[:10])
            )
    except BaseException:
        for path, content in before.items():
            path.write_bytes(content)
        raise
    return lines


def _translations_in(files: list[Path]) -> set[tuple[str, str, str, str]]:
    """(file, context, source, translation) of every translated message, current or vanished/obsolete."""
    found = set()
    for path in files:
        messages = ts_messages(path) if path.suffix == ".ts" else po_messages(path)
        found |= {
            (path.name, m.get("context", ""), m["source"], m["text"]) for m in messages if m["text"].replace("\x00", "")
        }
    return found


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        if "--update" in args:
            for line in update(allow_loss="--allow-loss" in args):
                print(line)
        for path in build(force="--force" in args):
            print(f"built {path.relative_to(app_root())}")
    except RuntimeError as error:
        print(f"translations: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
