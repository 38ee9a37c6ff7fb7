"""The model card the admin screen shows is in the app's language (docs/model_card.es.md for
Spanish), and the translation cannot drift from the English card: same sections, tables,
figures and code names, so a figure updated in one and not the other fails here."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from conftest import REPO

from core.lifecycle.model_comparison import model_card_text

ENGLISH = REPO / "docs" / "model_card.md"
SPANISH = REPO / "docs" / "model_card.es.md"


def test_the_admin_screen_shows_the_card_in_the_apps_language(tmp_path):
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    metadata = {"model_card": "docs/model_card.md"}
    assert model_card_text(bundle, metadata, REPO, lang="es").startswith("# Ficha del modelo")
    assert model_card_text(bundle, metadata, REPO, lang="en").startswith("# Model card")


def test_a_bundle_with_its_own_card_and_no_translation_shows_that_card_in_both_languages(tmp_path):
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "model_card.md").write_text("# Card of an experimental model\n", encoding="utf-8")
    for lang in ("es", "en"):
        assert model_card_text(bundle, {}, REPO, lang=lang) == "# Card of an experimental model\n"


def _headings(text: str) -> list[int]:
    return [len(line) - len(line.lstrip("#")) for line in text.splitlines() if line.startswith("#")]


def _table_rows(text: str) -> list[int]:
    return [line.count("|") for line in text.splitlines() if line.startswith("|")]


@pytest.fixture(scope="module")
def cards() -> tuple[str, str]:
    return ENGLISH.read_text(encoding="utf-8"), SPANISH.read_text(encoding="utf-8")


def test_the_spanish_card_has_the_same_sections_and_tables(cards):
    english, spanish = cards
    assert _headings(spanish) == _headings(english)
    assert _table_rows(spanish) == _table_rows(english)


def test_the_spanish_card_states_every_figure_and_code_name_of_the_english_one(cards):
    english, spanish = cards
    number = re.compile(r"\d+(?:[.,]\d+)*")
    stated, translated = Counter(number.findall(english)), Counter(number.findall(spanish))
    short = {figure: (count, translated[figure]) for figure, count in stated.items() if translated[figure] < count}
    assert not short, f"figures of model_card.md missing from model_card.es.md (en, es): {short}"
    missing = sorted(span for span in set(re.findall(r"`[^`\n]+`", english)) if span not in spanish)
    assert not missing, f"code names of model_card.md missing from model_card.es.md: {missing}"
