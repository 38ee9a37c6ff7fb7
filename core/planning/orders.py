"""The orders workbook: a summary sheet, then one purchase order per supplier, each printable
on A4 (portrait, fitted to the page width, the table header repeated on every page).

Every text cell goes through core.report.cells (``ReportBook.put``): a supplier's product
name that starts with "=" stays text, never a formula. Written to a temporary name and
renamed (core.atomic_write).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path

from openpyxl.styles import Alignment, Border, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core.atomic_write import atomic_path
from core.i18n import N_, normalise_language, tr
from core.planning.terms import DAYS, day_names, next_delivery
from core.planning.week import WeekPlan
from core.progress import Progress
from core.report.cells import ReportBook, bold_font
from core.report.printing import set_up_page
from core.report.sheets import ingredient_names
from core.unit_names import unit_name

ORDER_HEADER_ROW = 9
ORDER_COLUMNS = 9  # A:I, the columns of a supplier's order (the summary has one more)
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_RULE = Side(style="thin", color="999999")


def sheet_name(supplier: str, taken: set[str]) -> str:
    """A valid, unique sheet name (31 characters, none of []:*?/\\) for a supplier."""
    base = _SHEET_FORBIDDEN.sub(" ", supplier).strip().strip("'")[:31].strip() or "—"
    name, n = base, 2
    while name.casefold() in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)].rstrip() + suffix, n + 1
    taken.add(name.casefold())
    return name


def a4(
    ws: Worksheet, header_row: int | None, last_row: int, landscape: bool = False, columns: int = ORDER_COLUMNS
) -> None:
    """A4, fitted to the page width while text stays ≥ 8 pt (as many pages down as needed),
    header row repeated, page numbers in the footer (core.report.printing)."""
    title_rows = (header_row, header_row) if header_row is not None else None
    set_up_page(ws, columns, last_row=last_row, title_rows=title_rows, landscape=landscape)
    ws.print_options.horizontalCentered = True


def delivery_text(days: str, week_start: dt.date, lang: str) -> str:
    first = next_delivery(days, week_start)
    if first is None:
        return tr("to be agreed with the supplier", lang=lang)
    when = f"{day_names(DAYS[first.weekday()], lang)} {first.strftime('%d/%m/%Y')}"
    return tr("{day} (delivers {days})", day=when, days=day_names(days, lang), lang=lang)


def _labelled(book: ReportBook, ws: Worksheet, row: int, label: str, value: object, fmt: str | None = None) -> None:
    book.put(ws, row, 1, label, bold=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    book.put(ws, row, 3, value, fmt).alignment = Alignment(horizontal="left")


def _supplier_sheet(book, ws, supplier, lines, names, terms, restaurant, created, week_start) -> None:
    lang = book.lang
    T = lambda text: tr(text, lang=lang)
    book.put(ws, 1, 1, T("Purchase order")).font = bold_font(16)
    days, minimum = terms
    _labelled(book, ws, 3, T("Restaurant"), restaurant)
    _labelled(book, ws, 4, T("Supplier"), supplier)
    _labelled(book, ws, 5, T("Order date"), created.strftime("%d/%m/%Y"))
    _labelled(book, ws, 6, T("Delivery"), delivery_text(days, week_start, lang))
    _labelled(book, ws, 7, T("Week of"), week_start.strftime("%d/%m/%Y"))
    headers = [
        "#",
        T("Product"),
        T("Ingredient"),
        T("Packs"),
        T("Pack size"),
        T("Quantity"),
        T("Unit"),
        T("Price per pack (S/)"),
        T("Line total (S/)"),
    ]
    widths = [4, 34, 17, 9, 11, 10, 7, 13, 13]
    book.header(ws, ORDER_HEADER_ROW, 1, headers)
    ws.row_dimensions[ORDER_HEADER_ROW].height = 30  # two-line headers (wrapped)
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    row = ORDER_HEADER_ROW
    for number, line in enumerate(lines.itertuples(index=False), start=1):
        row += 1
        values = [
            (number, "int"),
            (line.product, None),
            (names.get(line.ingredient, line.ingredient), None),
            (int(line.packs), "int"),
            (f"{line.pack_qty:g} {unit_name(line.pack_unit, lang)}", None),
            (float(line.quantity_base), "#,##0.###"),
            (unit_name(line.base_unit, lang), None),
            (float(line.price_pen_per_pack), "pen"),
            (float(line.line_pen), "pen"),
        ]
        for col, (value, fmt) in enumerate(values, start=1):
            cell = book.put(ws, row, col, value, fmt)
            cell.border = Border(bottom=_RULE)
            # one baseline for the row (the product wraps from the top); packs and pack size centred:
            # right- and left-aligned side by side they printed as "35 1 kg", read as 351 kg
            cell.alignment = Alignment(
                wrap_text=col == 2, vertical="top", horizontal="center" if col in (4, 5) else None
            )
    total = float(lines["line_pen"].sum())
    row += 1
    book.put(ws, row, 8, T("Total"), bold=True).alignment = Alignment(horizontal="right")
    book.put(ws, row, 9, total, "pen", bold=True)
    row += 2
    if minimum and minimum > 0:
        met = T("reached") if total >= minimum - 1e-6 else T("NOT reached")
        book.put(ws, row, 1, tr("Minimum order: {amount} ({met}).", amount=f"S/ {minimum:,.2f}", met=met, lang=lang))
        row += 1
    book.put(
        ws, row, 1, tr("Footprint of this order: {co2:,.1f} kg CO2e.", co2=float(lines["kg_co2e"].sum()), lang=lang)
    )
    a4(ws, ORDER_HEADER_ROW, row)


PLAN_LABELS = {
    "plan": N_("This plan"),
    "cheapest": N_("Cheapest plan"),
    "greenest": N_("Greenest plan"),
    "current": N_("Current suppliers"),
}


def _summary_sheet(book, ws, week: WeekPlan, restaurant, created, week_start, order_sheets) -> None:
    lang = book.lang
    T = lambda text: tr(text, lang=lang)
    plan = week.plan
    book.put(ws, 1, 1, tr("Purchase plan for the week of {date}", date=week_start.strftime("%d/%m/%Y"), lang=lang))
    ws["A1"].font = bold_font(16)
    options = week.options
    objective = T("lowest cost") if options.objective == "cost" else T("lowest kg CO2e")
    quality = (
        T("proven optimal")
        if plan.optimal and plan.gap <= 1e-6
        else tr("within {gap:.2%} of the best possible plan", gap=plan.gap, lang=lang)
    )
    facts = [
        (T("Restaurant"), restaurant),
        (T("Created"), created.strftime("%d/%m/%Y %H:%M")),
        (T("Objective"), objective),
        (T("Budget"), f"S/ {options.budget_pen:,.2f}" if options.budget_pen else "—"),
        (T("Maximum number of suppliers"), str(options.max_suppliers) if options.max_suppliers else "—"),
        (T("Optimality"), quality),
    ]
    for row, (label, value) in enumerate(facts, start=3):
        _labelled(book, ws, row, label, value)
    top = 3 + len(facts) + 1
    headers = [
        T("Supplier"),
        T("Order sheet"),
        T("Delivery"),
        T("Lines"),
        T("Packs"),
        T("Total (S/)"),
        T("kg CO2e"),
        T("Mean score"),
        T("Minimum order (S/)"),
    ]
    book.header(ws, top, 1, headers)
    ws.row_dimensions[top].height = 30
    terms = dict(zip(week.problem.suppliers, zip(week.problem.delivery_days, week.problem.min_order, strict=True)))
    row = top
    for supplier_row in plan.by_supplier().itertuples(index=False):
        row += 1
        days, minimum = terms.get(supplier_row.supplier, ("", 0.0))
        values = [
            (supplier_row.supplier, None),
            (order_sheets.get(supplier_row.supplier, ""), None),
            (delivery_text(days, week_start, lang), None),
            (supplier_row.lines, "int"),
            (supplier_row.packs, "int"),
            (supplier_row.cost_pen, "pen"),
            (supplier_row.kg_co2e, "#,##0.0"),
            (supplier_row.mean_score, "score"),
            (minimum if minimum > 0 else None, "pen"),
        ]
        for col, (value, fmt) in enumerate(values, start=1):
            book.put(ws, row, col, value, fmt)
    row += 1
    book.put(ws, row, 1, T("Total"), bold=True)
    book.put(ws, row, 4, len(plan.lines), "int", bold=True)
    book.put(ws, row, 5, int(plan.lines["packs"].sum()) if len(plan.lines) else 0, "int", bold=True)
    book.put(ws, row, 6, plan.cost_pen, "pen", bold=True)
    book.put(ws, row, 7, plan.kg_co2e, "#,##0.0", bold=True)
    book.put(ws, row, 8, plan.mean_score, "score", bold=True)
    row += 2
    book.put(ws, row, 1, T("Compared with other plans")).font = bold_font(12)
    row += 1
    ws.row_dimensions[row].height = 30
    # under the supplier table's own columns (deliveries under lines, total, kg CO2e, mean score):
    # in columns of their own the figures stood far right of wide text columns, away from their labels
    compared = {
        1: T("Plan"),
        4: T("Deliveries"),
        6: T("Total (S/)"),
        7: T("kg CO2e"),
        8: T("Mean score"),
        9: T("Cost vs this plan (S/)"),
        10: T("kg CO2e vs this plan"),
    }
    book.header(ws, row, 1, [compared.get(col, "") for col in range(1, max(compared) + 1)])
    for entry in week.comparison().itertuples(index=False):
        row += 1
        figures = {
            1: (T(PLAN_LABELS[entry.plan]), None),
            4: (entry.deliveries, "int"),
            6: (entry.cost_pen, "pen"),
            7: (entry.kg_co2e, "#,##0.0"),
            8: (entry.mean_score, "score"),
            9: (entry.cost_vs_plan if entry.plan != "plan" else None, "pen_change"),
            10: (entry.co2_vs_plan if entry.plan != "plan" else None, "co2_change"),
        }
        for col, (value, fmt) in figures.items():
            if isinstance(value, float) and math.isnan(value):
                value = None
            book.put(ws, row, col, value, fmt)
        if entry.problem:  # why this plan could not be made: on its own line, across the table
            row += 1
            book.put(ws, row, 2, entry.problem).alignment = Alignment(wrap_text=True, vertical="top")
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=max(compared))
            ws.row_dimensions[row].height = 15 * max(1, -(-len(entry.problem) // 110))  # about 110 characters a line
    widths = [26, 28, 30, 9, 9, 13, 17, 10, 14, 14]  # B: order sheet names up to 31 characters
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    a4(ws, None, row, landscape=True, columns=len(widths))


def write_orders(
    path: str | Path,
    week: WeekPlan,
    restaurant: str = "",
    lang: str = "es",
    week_start: dt.date | None = None,
    created: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the summary and one A4 purchase order per supplier of ``week.plan``."""
    lang = normalise_language(lang)
    progress = progress or Progress.silent()
    created = created or dt.datetime.now()
    week_start = week_start or (created.date() + dt.timedelta(days=(7 - created.weekday()) % 7 or 7))
    restaurant = restaurant or tr("(restaurant name: set it in the settings)", lang=lang)
    names = ingredient_names(lang)
    book = ReportBook(lang)
    summary = book.sheet(tr("Summary", lang=lang))
    taken = {summary.title.casefold()}
    terms = dict(zip(week.problem.suppliers, zip(week.problem.delivery_days, week.problem.min_order, strict=True)))
    order_sheets: dict[str, str] = {}
    suppliers = list(week.plan.lines.groupby("supplier", sort=True)) if len(week.plan.lines) else []
    for position, (supplier, lines) in enumerate(suppliers):
        progress.step(position / max(len(suppliers), 1), tr("Writing the order for {supplier}", supplier=supplier))
        ws = book.sheet(sheet_name(str(supplier), taken))
        order_sheets[str(supplier)] = ws.title
        _supplier_sheet(
            book, ws, str(supplier), lines, names, terms.get(supplier, ("", 0.0)), restaurant, created, week_start
        )
    _summary_sheet(book, summary, week, restaurant, created, week_start, order_sheets)
    with atomic_path(path) as tmp:
        book.save(tmp, progress.sub(0.9, 1.0))
    return Path(path)
