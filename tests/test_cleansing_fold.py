"""Folding many product names at once (core.text.fold_many, used by the ingredient matcher and
the duplicate rule on 50,000-name lists) gives each name exactly what folding it alone gives:
the same ingredient for the same name, however long the list."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.text import fold, fold_many

PIECES = st.sampled_from(
    [
        "Ají",
        "amarillo",
        " ",
        "  ",
        "\t",
        "\n",
        "\u00a0",
        "\u2028",
        "-",
        ".",
        "(",
        "S/.",
        "ﬁ",
        "½",
        "é",
        "e\u0301",
        "\u034f",
        "Σ",
        "ΟΔΟΣ",
        "İ",
        "ß",
        "—",
        "\x00",
        "\x1f",
        "12,50",
        "Cañihua",
    ]
)
NAMES = st.lists(PIECES, max_size=6).map("".join) | st.text(max_size=12)


@settings(max_examples=400, deadline=None)
@given(st.lists(NAMES, max_size=8))
def test_folding_names_together_is_folding_each_alone(names):
    assert fold_many(names) == [fold(name) for name in names]


def test_a_real_list_of_names_folds_as_each_alone():
    names = ["  Papa  Amarilla  ", "AJÍ PANCA, seco.", "Quinua roja orgánica de Puno", "ﬁlete ½ kg", "", "..."]
    assert fold_many(names) == [
        "papa amarilla",
        "aji panca, seco",
        "quinua roja organica de puno",
        "filete 1⁄2 kg",
        "",
        "",
    ]
