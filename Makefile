# The README's set-up commands. Every target installs what it needs first.
PY := .venv/bin/python
SETUP := bash scripts/setup.sh

.PHONY: setup run demo lint test test-fast test-slow bench package test-package translations clean

setup:
	@$(SETUP)

## run: the app on the bundled defaults (default model; the sample price lists on a first run)
run: setup
	@$(PY) -m core.pipeline.bootstrap
	@$(PY) -m desktop_app.main --samples-if-empty

## demo: the command-line path on the samples (import, score, rank, Excel report in out/)
demo: setup
	@$(PY) -m core.cli.demo

## lint: ruff (lint + format check) and mypy; part of `make test`
lint:
	@$(SETUP) --test
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

## test: the default test suite (what CI runs): lint and type checks, then pytest
test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

## test-fast: the inner loop: no Spark, DVC or Keras-training tests, two workers (under a minute)
test-fast:
	@$(SETUP) --test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow and not benchmark and not heavy" -n 2 -q

## test-slow: long tests (real Spark cluster, full retrain, packaging)
test-slow:
	@$(SETUP) --test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m slow

## bench: performance benchmarks (tests/benchmarks), figures printed
bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/benchmarks -m benchmark -s -p no:cacheprovider

## translations: collect new texts (pyside6-lupdate over desktop_app/, pybabel over core/) into the
## .ts and .po files, list what still needs Spanish, build .qm/.mo (resources/translations/README.md)
translations: setup
	$(PY) -m core.i18n_build --update

## package: the installable build for IT (dist/sustainable-sourcing/ + Linux tarball; docs/installing.md)
package: setup
	$(PY) -m pip install -q "pyinstaller>=6.10,<7"
	bash packaging/build_linux.sh

## test-package: smoke test of the built package (frozen app offscreen + frozen CLI)
test-package:
	@$(SETUP) --test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/test_packaging.py -m slow -p no:cacheprovider

clean:
	rm -rf .venv build dist out
