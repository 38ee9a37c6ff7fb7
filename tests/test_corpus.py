"""Every real-world spreadsheet in shared/corpus is imported or refused with one plain
sentence, quickly and in bounded memory (the corpus holds zip bombs, password-protected,
truncated and malformed files written by many programs)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import CORPUS, REPO

RUN_CORPUS = r"""
import json, sys, time, traceback
from pathlib import Path
from core.errors import ReadError
from core.importer import import_files
from core.i18n import set_language
from core.reading.reader_process import own_peak_mb
set_language('en')
results = []
for path in sorted(Path(sys.argv[1]).rglob('*')):
    if not path.is_file() or path.name == 'README.md':
        continue
    start = time.perf_counter()
    try:
        result = import_files([path])
        outcome, message = 'imported', f'{len(result.offers)} offers'
    except ReadError as exc:
        outcome, message = 'refused', str(exc)
    except Exception:
        outcome, message = 'crashed', traceback.format_exc()
    results.append({'file': path.name, 'outcome': outcome, 'message': message,
                    'seconds': time.perf_counter() - start})
# VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so it would report the memory of
# the pytest worker that started this process (2 GB after the training tests in CI)
peak_mb = own_peak_mb()
print(json.dumps({'results': results, 'peak_mb': peak_mb}))
"""


@pytest.fixture(scope="module")
def corpus_outcomes():
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    done = subprocess.run(
        [sys.executable, "-c", RUN_CORPUS, str(CORPUS)], cwd=REPO, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_no_corpus_file_crashes_the_importer(corpus_outcomes):
    crashed = [r for r in corpus_outcomes["results"] if r["outcome"] == "crashed"]
    assert not crashed, "\n\n".join(f"{r['file']}:\n{r['message']}" for r in crashed)
    assert len(corpus_outcomes["results"]) >= 140


def test_refusals_are_one_plain_sentence_naming_the_file(corpus_outcomes):
    for result in corpus_outcomes["results"]:
        if result["outcome"] != "refused":
            continue
        message = result["message"]
        assert "\n" not in message and "Traceback" not in message, result
        assert result["file"] in message, result
        assert message.endswith("."), result
        assert len(message) < 300, result


def test_hostile_files_get_their_own_message(corpus_outcomes):
    by_file = {r["file"]: r for r in corpus_outcomes["results"]}
    for name in ("pass_protected.xlsx", "pass_protected.ods", "issue_385.xls"):
        assert by_file[name]["outcome"] == "refused" and "password" in by_file[name]["message"], by_file[name]
    assert by_file["issue_594_dos.ods"]["outcome"] == "refused"
    assert by_file["too_small.xls"]["outcome"] == "refused"


def test_each_file_is_fast_and_memory_stays_bounded(corpus_outcomes):
    slow = [(r["file"], round(r["seconds"], 1)) for r in corpus_outcomes["results"] if r["seconds"] > 30]
    assert not slow
    assert corpus_outcomes["peak_mb"] < 1500
