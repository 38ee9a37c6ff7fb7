"""One grammar for prices and quantities (core/cleansing/numbers.py, docs/cleansing.md):
a number written any accepted way reads back equal; anything else is refused with its
reason, never truncated to the number it starts with."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from core.catalogs import load_catalogs
from core.cleansing.numbers import EXTRA_TEXT, GROUPING, NO_NUMBER, TOO_LARGE, PriceReader, read_number
from core.importer import import_files

CATALOGS = load_catalogs()
PRICES = PriceReader(CATALOGS.currency_symbols)
CURRENCY_NAMES = sorted(CATALOGS.currency_symbols.items())

amounts = st.decimals(min_value=0, max_value=Decimal("99999999999.9999"), places=4, allow_nan=False)


@st.composite
def written(draw, amount=amounts):
    """(text, value, decimal mark): ``amount`` as a supplier might write it."""
    value = draw(amount).normalize()
    whole, _, fraction = f"{value:f}".partition(".")
    fraction = fraction + "0" * draw(st.integers(0, 2))  # "12.50": trailing zeros are allowed
    mark = draw(st.sampled_from([".", ","]))
    separator = draw(st.sampled_from(["", " ", "'", "_", "\u00a0", "." if mark == "," else ","]))
    if separator and len(whole) > 3:
        head = len(whole) % 3 or 3
        whole = separator.join([whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)])
    text = whole + (mark + fraction if fraction else "")
    if draw(st.booleans()):
        text = draw(st.sampled_from(["-", "- ", "+"])) + text
        value = -value if text.startswith("-") else value
    return text, Decimal(value), mark


@settings(max_examples=250, deadline=None)
@given(written())
def test_a_number_written_any_accepted_way_reads_back_equal(case):
    text, value, mark = case
    assert read_number(text, decimal_comma=mark == ",").value == float(value), text


@settings(max_examples=250, deadline=None)
@given(written())
def test_without_a_hint_only_a_lone_mark_before_three_digits_is_read_as_thousands(case):
    text, value, mark = case
    digits = text.lstrip("+- ")
    whole, _, fraction = digits.rpartition(mark)
    ambiguous = whole.strip("0") and len(fraction) == 3 and whole.isdigit()
    assume(not ambiguous)
    assert read_number(text).value == float(value), text


@settings(max_examples=200, deadline=None)
@given(
    st.decimals(min_value=Decimal("0.001"), max_value=Decimal("9.999"), places=3),
    st.integers(-4, 9),
    st.sampled_from([".", ","]),
    st.sampled_from(["E", "e"]),
    st.sampled_from(["+", "", "-"]),
)
def test_scientific_notation_reads_back_equal(mantissa, power, mark, e, sign):
    assume(sign != "-" or power < 0)
    if sign == "-":
        exponent = f"-{abs(power)}"
    else:
        assume(power >= 0)
        exponent = f"{sign}{power:02d}"
    text = f"{mantissa:f}".replace(".", mark) + e + exponent
    assert read_number(text).value == float(Decimal(f"{mantissa:f}e{exponent}")), text


@settings(max_examples=200, deadline=None)
@given(written(), st.sampled_from(CURRENCY_NAMES), st.booleans(), st.sampled_from(["", " ", "  "]))
def test_a_price_with_its_currency_before_or_after_reads_back_equal(case, currency, before, space):
    text, value, mark = case
    assume(not text.startswith(("-", "+")))
    name, code = currency
    cell = f"{name}{space}{text}" if before else f"{text}{space}{name}"
    assume(space or not (name[-1:].isdigit() or name[:1].isdigit()))
    parsed = PRICES.read(cell, decimal_comma=mark == ",")
    assert (parsed.amount, parsed.currency) == (float(value), code), cell


@settings(max_examples=200, deadline=None)
@given(written(), st.sampled_from(["aprox", "c/u", "x kg", "a 15", "o más", "?", "kg"]))
def test_other_text_is_refused_never_truncated(case, extra):
    text, _, mark = case
    reading = read_number(f"{text} {extra}", decimal_comma=mark == ",")
    assert reading.value is None and reading.problem == EXTRA_TEXT


@pytest.mark.parametrize(
    ("text", "value", "problem"),
    [
        ("1.5E+03", 1500.0, ""),
        ("1e308", None, TOO_LARGE),
        ("1_000", 1000.0, ""),
        ("9" * 400, None, TOO_LARGE),
        ("1,2,3", None, GROUPING),
        ("12 50", None, GROUPING),
        ("1.234,5.6", None, GROUPING),
        ("consultar", None, NO_NUMBER),
        ("12.50 aprox", None, EXTRA_TEXT),
        ("25.-", 25.0, ""),
        ("0,500", 0.5, ""),
        ("1.234.567", 1234567.0, ""),
    ],
)
def test_the_cases_of_the_issue(text, value, problem):
    reading = read_number(text)
    assert (reading.value, reading.problem) == (value, problem)


def test_prices_outside_the_grammar_are_refused_with_their_reason(tmp_path):
    path = tmp_path / "lista.csv"
    rows = ["1.5E+03", "1e308", "1_000", "9" * 400, "12.50 aprox", "1,2,3", "S/ 12 USD", "S/ 12,50"]
    path.write_text(
        "Producto,Presentación,Precio\n" + "".join(f'Quinua,x kg,"{price}"\n' for price in rows), encoding="utf-8"
    )
    result = import_files([path])
    assert sorted(result.offers.price) == [12.5, 1000.0, 1500.0]
    refused = result.report.to_frame().query("severity == 'refused'").set_index("row")
    assert refused.at[3, "rule"] == "price_too_large"
    assert refused.at[5, "rule"] == "price_too_large" and "99999…" in refused.at[5, "message"]
    assert refused.at[6, "message"] == (
        "The price '12.50 aprox' holds 'aprox', which is neither part of a number nor a currency; "
        "the row was not imported."
    )
    assert "groups of three" in refused.at[7, "message"]
    assert refused.at[8, "message"] == "The price 'S/ 12 USD' names two currencies; the row was not imported."


cells = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**13), 10**13),
    st.booleans(),
    st.none(),
    st.sampled_from(["", "S/ 12,50", "12.50 soles", "1,2,3", "US$ 3.99 S/", "abc", "9" * 20, "-4"]),
    written().map(lambda case: case[0]),
    st.dates(),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(cells, max_size=12), st.sampled_from([None, True, False]))
def test_a_column_of_cells_reads_as_each_cell_alone(values, decimal_comma):
    """The whole-column reader (plain numbers checked all at once) gives what ``read`` gives."""
    column = PRICES.read_many(values, decimal_comma)
    for position, value in enumerate(values):
        alone = PRICES.read(value, decimal_comma)
        amount = column.amount[position]
        assert (alone.amount is None and amount != amount) or alone.amount == amount, value
        assert (column.currency[position], column.problem[position]) == (alone.currency, alone.problem), value
        assert (column.reason[position], column.detail[position]) == (alone.reason, alone.detail), value
