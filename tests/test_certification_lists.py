"""A cell listing several certifications yields every one of them, whatever the separator,
order, case or accents; unknown members are reported by name (docs/cleansing.md, "Lists")."""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.catalogs import load_catalogs
from core.cleansing.vocabulary_values import map_list
from core.contract import list_values
from core.importer import import_files

SEPARATORS = [";", "; ", ",", ", ", "/", " / ", "+", " + ", " y ", " Y ", " and ", " AND ", " & ", "|"]


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


SPELLINGS = [str, str.upper, str.lower, str.title, _strip_accents]


def _labels() -> list[tuple[str, str]]:
    """(label as written in the catalog, the id it stands for): names and aliases."""
    catalogs = load_catalogs()
    vocabulary = catalogs.certification_vocabulary
    labels = []
    for row in catalogs.certifications.itertuples(index=False):
        for label in [row.name_es, row.name_en, *list_values(row.aliases)]:
            labels.append((label, vocabulary.exact(label)))
    return labels


LABELS = _labels()
VOCABULARY = load_catalogs().certification_vocabulary
NAMES = {ident: name for name, ident in reversed(LABELS)}  # one Spanish name per id


def _ids(cell: str) -> list[str]:
    found, unknown = map_list(cell, VOCABULARY)
    assert unknown == (), (cell, unknown)
    return found.split(";") if found else []


def test_every_pair_of_catalog_names_in_both_orders_with_every_separator():
    for (a, name_a), (b, name_b) in itertools.permutations(NAMES.items(), 2):
        for separator in SEPARATORS:
            assert _ids(f"{name_a}{separator}{name_b}") == [a, b], (name_a, separator, name_b)


labels = st.sampled_from(LABELS)
spellings = st.sampled_from(SPELLINGS)
separators = st.sampled_from(SEPARATORS)


@settings(max_examples=500, deadline=None)
@given(st.lists(labels, min_size=2, max_size=3, unique_by=lambda label: label[1]), spellings, separators, separators)
def test_any_pair_or_triple_of_labels_and_synonyms_yields_each_one(members, spelling, first, second):
    texts = [spelling(label) for label, _ in members]
    cell = first.join(texts[:2]) + (second + texts[2] if len(texts) == 3 else "")
    assert _ids(cell) == [ident for _, ident in members], cell


@settings(max_examples=300, deadline=None)
@given(labels, separators, st.sampled_from(["Sello Xyzzy", "AOP", "Kosher Andino"]), st.booleans())
def test_an_unknown_member_is_reported_by_name_and_the_others_kept(label, separator, unknown, unknown_first):
    parts = [unknown, label[0]] if unknown_first else [label[0], unknown]
    found, missing = map_list(separator.join(parts), VOCABULARY)
    assert found == label[1]
    assert missing == (unknown,)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Rainforest Alliance;Comercio Justo", "rainforest_alliance;fairtrade"),
        ("Orgánico; Comercio Justo", "organic;fairtrade"),
        ("Fairtrade;Rainforest Alliance", "fairtrade;rainforest_alliance"),
        ("Orgánico Comercio Justo", "fairtrade;organic"),  # no separator: both names found in it
        ("Reglamento UE 2018/848 y FAIRTRADE", "eu_organic;fairtrade"),  # a name holding a separator
        ("—", ""),
        ("ninguna", ""),
    ],
)
def test_cells_from_real_lists(cell, expected):
    assert map_list(cell, VOCABULARY)[0] == expected


def test_a_list_in_a_price_list_keeps_every_label_in_the_offer(tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text(
        "Producto,Presentación,Precio,Origen,Certificación\n"
        "Café tostado,500 g,25,Villa Rica,Rainforest Alliance;Comercio Justo\n"
        "Cacao en grano,x kg,18,Quillabamba,Orgánico / Sello Xyzzy\n",
        encoding="utf-8",
    )
    result = import_files([path])
    offers = result.offers.set_index("product")
    assert offers.at["Café tostado", "certifications"] == "rainforest_alliance;fairtrade"
    assert offers.at["Cacao en grano", "certifications"] == "organic"
    assert "certification_unknown" in offers.at["Cacao en grano", "flags"]
    report = result.report.to_frame()
    unknown = report[report.rule == "certification_unknown"]
    assert list(unknown.message) == ["The certification 'Sello Xyzzy' is not in the catalog; it was left out."]
