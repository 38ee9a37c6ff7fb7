"""The offers table on disk: ``write_offers`` builds the CSV itself (faster than pandas' writer,
which formatted a 50,000-row import cell by cell) and must write exactly the bytes pandas
writes, so that everything that reads offers.csv (``sourcing score``, Spark, the accountant's
spreadsheet) sees the same file as before."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from core.offers_csv import csv_text, write_offers

TEXT = st.text(alphabet=st.sampled_from(list('ab ,;"\n\r\t\x00éñ—S/.1')), max_size=8)
FLOATS = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from([0.1, 1e16, 1e-5, -0.0, 123456789012.5])
MIXED = st.one_of(TEXT, FLOATS, st.none(), st.integers(-(10**6), 10**6), st.booleans())


@st.composite
def frames(draw):
    rows = draw(st.integers(0, 6))
    kinds = draw(st.lists(st.sampled_from(["text", "float", "int", "bool", "mixed"]), min_size=1, max_size=5))
    columns = {}
    for number, kind in enumerate(kinds):
        name = draw(st.sampled_from(["price", "product", 'a,"b"', "origen\nlugar", str(number)])) + f"{number}"
        if kind == "text":
            columns[name] = pd.Series(draw(st.lists(TEXT, min_size=rows, max_size=rows)), dtype=object)
        elif kind == "float":
            columns[name] = pd.Series(draw(st.lists(FLOATS, min_size=rows, max_size=rows)), dtype=float)
        elif kind == "int":
            columns[name] = pd.Series(draw(st.lists(st.integers(-(2**62), 2**62), min_size=rows, max_size=rows)))
        elif kind == "bool":
            columns[name] = pd.Series(draw(st.lists(st.booleans(), min_size=rows, max_size=rows)), dtype=bool)
        else:
            columns[name] = pd.Series(draw(st.lists(MIXED, min_size=rows, max_size=rows)), dtype=object)
    return pd.DataFrame(columns)


@settings(max_examples=300, deadline=None)
@given(frames())
def test_the_csv_is_what_pandas_writes(frame):
    text = csv_text(frame)
    assert text is None or text == frame.to_csv(index=False)


def test_an_imported_table_is_written_as_pandas_writes_it_and_reads_back(tmp_path):
    frame = pd.DataFrame(
        {
            "supplier": ["Distribuidora Andina S.A.C.", 'Granja "La Sierra"', "Pesquería, del Pacífico"],
            "product": ["Papa amarilla x kg", "Quinua\nroja", None],
            "price": [12.5, np.nan, 0.1 + 0.2],
            "source_row": [4, 5, 6],
            "sustainability_score": pd.Series([np.nan, 0.85, None], dtype=object),
        }
    )
    ours = tmp_path / "offers.csv"
    write_offers(frame, ours)
    theirs = tmp_path / "pandas.csv"
    frame.to_csv(theirs, index=False, encoding="utf-8")
    assert ours.read_bytes() == theirs.read_bytes()
    back = pd.read_csv(ours, keep_default_na=False)
    assert list(back["product"]) == ["Papa amarilla x kg", "Quinua\nroja", ""]
    assert float(back["price"].iloc[2]) == 0.1 + 0.2  # every digit kept


def test_columns_pandas_formats_itself_are_left_to_pandas(tmp_path):
    frame = pd.DataFrame({"date": pd.to_datetime(["2025-11-12"]), "price": [3.5]})
    assert csv_text(frame) is None
    write_offers(frame, tmp_path / "dated.csv")
    assert (tmp_path / "dated.csv").read_text(encoding="utf-8") == frame.to_csv(index=False)
