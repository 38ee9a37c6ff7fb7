"""The contents of the Excel report's sheets: Summary, Options, Import issues and About (the
Charts sheet is in core.report.charts). Texts in the report's language; ids shown as names."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core.catalogs import name_column, origins_shown
from core.cleansing.review import waiting_for_review
from core.features import group_label
from core.i18n import N_, normalise_language, tr, trn
from core.paths import reference_dir
from core.ranking.audits import evidence_name, score_source_text
from core.ranking.rank import CRITERIA, criterion_label, exclusion_text
from core.ranking.summary import note_text
from core.report.about import ReportAbout
from core.report.cells import LINE_PT, MAX_LINES, Column, ReportBook, bold_font, colour_scale_rule, wrapped_lines
from core.report.printing import page_header_text, set_up_page
from core.unit_names import unit_name


def ingredient_names(lang: str) -> dict[str, str]:
    """Catalog names from data/reference/ingredients.csv; {} when the file is not there yet."""
    return catalog_names("ingredients", lang)


def catalog_names(catalog: str, lang: str) -> dict[str, str]:
    """id -> name in ``lang`` from data/reference/<catalog>.csv; {} when the file is not there."""
    path = reference_dir() / f"{catalog}.csv"
    column = name_column(catalog, normalise_language(lang))
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, usecols=lambda c: c in ("id", column))
        return {k: v for k, v in zip(table["id"], table[column], strict=False) if v}
    except (OSError, ValueError, KeyError):
        return {}


def _column(frame: pd.DataFrame, name: str, default: object = "") -> pd.Series:
    return frame[name] if name in frame else pd.Series([default] * len(frame), index=frame.index, dtype=object)


def _mask(frame: pd.DataFrame, name: str) -> np.ndarray:
    """A yes/no column as booleans; missing (absent, None, NaN) is no."""
    values = _column(frame, name, False)
    return values.notna().to_numpy() & values.to_numpy(dtype=object).astype(bool)


def _flag(frame: pd.DataFrame, name: str, lang: str) -> np.ndarray:
    return np.where(_mask(frame, name), tr("Yes", lang=lang), "")


def _translate_unique(values: pd.Series, translate) -> pd.Series:
    values = values.fillna("").astype(str)
    return values.map({v: translate(v) for v in values.unique()})


def explanation_texts(explanations: pd.Series, lang: str, top: int = 3) -> pd.Series:
    """JSON explanations -> "Ingredient footprint −0.21; Certifications +0.06" (the ``top``
    largest effects, in the report's language); "" where there is none."""

    def text(value: str) -> str:
        try:
            contributions = json.loads(value) if value else {}
        except (TypeError, ValueError):
            return ""
        largest = sorted(contributions.items(), key=lambda item: -abs(float(item[1])))[:top]
        return "; ".join(f"{group_label(g, lang)} {float(v):+.2f}".replace("-", "−") for g, v in largest)

    return _translate_unique(explanations, text)


def method_label(method: str, lang: str) -> str:
    if method == "topsis":
        return tr("TOPSIS (closeness to the ideal option)", lang=lang)
    return tr("Weighted sum of normalised criteria", lang=lang)


def certificate_labels(ids: str, names: dict[str, str]) -> str:
    """';'-separated certificate ids as ``names`` (catalog_names("certifications", lang)) names
    them: 'Orgánico UE, Rainforest Alliance'; an id the catalog lacks stays as written."""
    return ", ".join(names.get(i.strip(), i.strip()) for i in str(ids or "").split(";") if i.strip())


def display_names(ids: pd.Series, names: dict[str, str], lang: str) -> pd.Series:
    ids = ids.fillna("").astype(str)
    shown = ids.map(names).fillna(ids).astype(str)
    return shown.where(ids != "", tr("(not recognised)", lang=lang)).astype(str)


def order_for_report(ranked: pd.DataFrame, names: dict[str, str], lang: str) -> pd.DataFrame:
    """By ingredient name (unrecognised last), ranked offers first in rank order, then the rest."""
    frame = ranked.copy()
    frame["_name"] = display_names(_column(frame, "ingredient"), names, lang)
    name_codes = pd.factorize(frame["_name"].str.casefold(), sort=True)[0]
    unmatched = (_column(frame, "ingredient").fillna("").astype(str) == "").to_numpy()
    eligible = _mask(frame, "eligible")
    rank = pd.to_numeric(_column(frame, "rank", np.nan), errors="coerce").to_numpy(dtype=float, na_value=np.inf)
    order = np.lexsort((np.arange(len(frame)), rank, ~eligible, name_codes, unmatched))
    return frame.iloc[order]


def options_columns(ordered: pd.DataFrame, names: dict[str, str], lang: str) -> list[Column]:
    T = lambda text: tr(text, lang=lang)
    get = lambda name: _column(ordered, name, np.nan)
    text = lambda name: _column(ordered, name, "")
    modes, certificates = catalog_names("transport", lang), catalog_names("certifications", lang)  # read once
    missing = _translate_unique(
        text("missing_criteria"), lambda v: ", ".join(criterion_label(c, lang) for c in v.split(";") if c in CRITERIA)
    )
    columns = [
        Column(T("Ingredient"), ordered["_name"], width=24, wrap=True),  # "Vegetable shortening (palm)": 2 lines
        Column(T("Rank"), get("rank").astype(float), "number", "int", 7),
        Column(T("Supplier"), text("supplier"), width=24),
        Column(T("Product"), text("product"), width=28),
        Column(T("Overall score"), get("rank_score"), "number", "overall", 10),
        Column(T("Best trade-off"), _flag(ordered, "pareto", lang), width=10),
        Column(T("Sustainability"), get("score_for_ranking"), "number", "score", 12),
        Column(
            T("Score source"), _translate_unique(text("score_source"), lambda c: score_source_text(c, lang)), width=10
        ),
        Column(T("Model's score"), get("sustainability_score_pred"), "number", "score", 9, printed=False),
        Column(T("Score low"), get("score_low"), "number", "score", 8, printed=False),
        Column(T("Score high"), get("score_high"), "number", "score", 8, printed=False),
        Column(T("Outside the model's experience"), _flag(ordered, "ood", lang), width=12),
        Column(T("Price (S/ per base unit)"), get("price_pen_per_base_unit"), "number", "pen", 13),
        Column(T("Base unit"), _translate_unique(text("base_unit"), lambda u: unit_name(u, lang)), width=8),
        Column(T("Distance (km)"), get("distance_km"), "number", "km", 10),
        Column(T("kg CO2e per base unit"), get("kg_co2e_per_base_unit"), "number", "co2", 15),
        Column(T("of which transport (kg CO2e)"), get("transport_kg_co2e_per_base_unit"), "number", "co2", 14),
        Column(T("Lead time (days)"), get("lead_time_days"), "number", "days", 9),
        Column(T("Transport"), _translate_unique(text("transport_mode"), lambda m: modes.get(m, m)), width=14),
        Column(
            T("Certifications"),
            _translate_unique(text("certifications"), lambda v: certificate_labels(v, certificates)),
            width=24,  # catalog names ("Comercio Justo Fairtrade") are longer than the ids were
            wrap=True,  # two or three certificates: every name printed, the row taller
        ),
        Column(
            T("Origin"),
            origins_shown(_column(ordered, "origin_place"), _column(ordered, "origin"), catalog_names("places", lang)),
            width=16,
        ),
        Column(T("Current supplier"), _flag(ordered, "current", lang), width=10),
        Column(
            T("Not ranked because"),
            _translate_unique(text("excluded_codes"), lambda v: exclusion_text(v, lang)),
            width=30,
        ),
        Column(T("Unknown values (counted as the worst)"), missing, width=18),
        Column(T("Audited by"), text("audited_by"), width=16, printed=False),
        Column(T("Audit date"), text("audited_on"), width=11, printed=False),
        Column(T("Audit note"), text("audit_note"), width=30, printed=False),
        Column(
            T("Audit evidence"),
            text("audit_evidence").fillna("").astype(str).map(evidence_name),
            width=22,
            printed=False,
        ),
        Column(
            T("What drives the model's score"), explanation_texts(text("explanation"), lang), width=40, printed=False
        ),
    ]
    columns += [
        Column(
            tr("Contribution: {criterion}", lang=lang, criterion=criterion_label(c, lang)),
            get(f"contrib_{c}"),
            "number",
            "overall",
            12,
            printed=False,
        )
        for c in CRITERIA
    ]
    if "change_pct" in ordered:  # offers of dated lists (the app's workspace)
        columns += [
            Column(T("List date"), text("list_date"), width=11),
            Column(T("Price change since the previous list"), get("change_pct"), "number", PERCENT_POINTS, 12),
            Column(T("Price jump (check it)"), _flag(ordered, "price_jump", lang), width=10),
            Column(T("Stale list"), _flag(ordered, "stale", lang), width=8),
        ]
    columns += [
        Column(T("Source file"), text("source_file"), width=24, printed=False),
        Column(T("Source row"), get("source_row"), "number", "int", 8, printed=False),
    ]
    if not _mask(ordered, "current").any():
        columns = [c for c in columns if c.header != T("Current supplier")]  # none marked: an empty column
    # What prints comes first; the technical columns (model internals, audit trail, source
    # cells) follow on screen, outside the print area.
    return [c for c in columns if c.printed] + [c for c in columns if not c.printed]


PERCENT_POINTS = '+0.0" %";-0.0" %";0.0" %"'  # values in percent (18.0 = +18 %)


def _recommended(ranked: pd.DataFrame, summary: pd.DataFrame, column: str) -> pd.Series:
    """``column`` of each summary line's recommended offer ("" when there is none)."""
    values = _column(ranked, column, "")
    labels = summary["recommended_index"]
    found = labels.notna() & labels.isin(values.index)
    out = pd.Series("", index=summary.index, dtype=object)
    out[found] = values.reindex(labels[found]).fillna("").astype(str).to_numpy()
    return out


def summary_table(
    summary: pd.DataFrame, ranked: pd.DataFrame, names: dict[str, str], lang: str
) -> tuple[list[Column], list[tuple[str, int, dict[int, tuple[object, str | None]]]], str]:
    """The Summary sheet's columns, its totals lines (label, its column, {column: (value, format)})
    and the footnote under them."""
    T = lambda text: tr(text, lang=lang)
    frame = summary.copy()
    frame["_name"] = display_names(frame["ingredient"], names, lang)
    frame = frame.sort_values("_name", key=lambda s: s.str.casefold(), kind="stable")
    columns = [
        Column(T("Ingredient"), frame["_name"], width=24, wrap=True),  # long English names on two lines
        Column(T("Base unit"), frame["base_unit"].map(lambda u: unit_name(u, lang)), width=8),
        Column(T("Offers"), frame["offers"], "number", "int", 9),
        Column(T("Ranked offers"), frame["eligible_offers"], "number", "int", 12),
        Column(T("Recommended supplier"), frame["recommended_supplier"], width=24),
        Column(T("Recommended product"), frame["recommended_product"], width=26),
        Column(T("Price (S/ per base unit)"), frame["recommended_price"], "number", "pen", 14),
        Column(T("Sustainability"), frame["recommended_score"], "number", "score", 14),
        Column(T("kg CO2e per base unit"), frame["recommended_co2"], "number", "co2", 15),
        Column(T("Cheapest supplier"), frame["cheapest_supplier"], width=24),
        Column(T("Cheapest price (S/)"), frame["cheapest_price"], "number", "pen", 14),  # S/ 32,300.00 (saffron)
        Column(T("Most sustainable supplier"), frame["most_sustainable_supplier"], width=24),
        Column(T("Best sustainability"), frame["most_sustainable_score"], "number", "score", 12),
        Column(T("Note"), frame["note"].map(lambda code: note_text(code, lang)), width=40, wrap=True),
        Column(
            T("Score source"),
            _translate_unique(_recommended(ranked, frame, "score_source"), lambda c: score_source_text(c, lang)),
            width=10,
            printed=False,
        ),
        Column(
            T("What drives the model's score"),
            explanation_texts(_recommended(ranked, frame, "explanation"), lang),
            width=44,
            printed=False,
        ),
    ]
    # the switching columns mean something only where a current supplier is marked
    switching = bool((frame["current_supplier"].fillna("").astype(str).str.strip() != "").any())
    if switching:
        note = next(k for k, c in enumerate(columns) if c.header == T("Note"))
        columns[note:note] = [  # before the note
            Column(T("Current supplier"), frame["current_supplier"], width=22),
            Column(T("Current price (S/)"), frame["current_price"], "number", "pen", 12),
            Column(
                T("Cost change if switching (S/ per base unit)"),
                frame["switch_cost_change"],
                "number",
                "pen_change",
                14,
            ),
            Column(T("Cost change (%)"), frame["switch_cost_change_pct"], "number", "pct", 9),
            Column(T("kg CO2e change if switching"), frame["switch_co2_change"], "number", "co2_change", 15),
            Column(T("kg CO2e change (%)"), frame["switch_co2_change_pct"], "number", "pct", 9),
        ]
    eligible = _mask(ranked, "eligible")
    unmatched = int((_column(ranked, "ingredient").fillna("").astype(str) == "").sum())
    counts = [
        (T("Ingredients with a recommendation"), int(frame["recommended_supplier"].notna().sum())),
        (T("Offers not ranked (see the Options sheet)"), int((~eligible).sum())),
        (T("Offers whose ingredient was not recognised"), unmatched),
        (T("Offers waiting for review (not recommended until accepted)"), int(waiting_for_review(ranked).sum())),
    ]
    if switching:
        counts += [
            (T("Ingredients where switching lowers the cost"), int((frame["switch_cost_change"] < 0).sum())),
            (T("Ingredients where switching lowers kg CO2e"), int((frame["switch_co2_change"] < 0).sum())),
        ]
    column_of = {c.header: k + 1 for k, c in enumerate(columns)}  # the sheet's column of each header
    # (label, label column, {column: (value, format)}); a count stands before its label, which
    # then has the empty cells to its right to run into.
    total: dict[int, tuple[object, str | None]] = {
        column_of[T("Offers")]: (int(frame["offers"].sum()), "int"),
        column_of[T("Ranked offers")]: (int(frame["eligible_offers"].sum()), "int"),
    }
    if switching:
        total[column_of[T("Cost change if switching (S/ per base unit)")]] = (
            float(frame["switch_cost_change"].sum()),
            "pen_change",
        )
        total[column_of[T("kg CO2e change if switching")]] = (float(frame["switch_co2_change"].sum()), "co2_change")
    # "Total" stands in the repeated ingredient column only when totals are printed on the pages
    # to the right too (the switching columns); else it would stand alone there, beside nothing
    total_label = 1 if switching else column_of[T("Base unit")]
    totals: list[tuple[str, int, dict[int, tuple[object, str | None]]]] = [(T("Total"), total_label, total)]
    totals += [
        (label, column_of[T("Ranked offers")], {column_of[T("Offers")]: (value, "int")}) for label, value in counts
    ]
    footnote = (
        T(
            "Prices, kg CO2e and changes are per base unit (kg, l or unit); the total adds one base unit of "
            "each ingredient with a current supplier."
        )
        if switching
        else T(
            "Prices and kg CO2e are per base unit (kg, l or unit). No current supplier is marked (the plan's "
            "needs table), so the report has no switching columns."
        )
    )
    return columns, totals, footnote


METHOD_EXPLANATIONS = {
    "weighted": N_(
        "Within each ingredient every criterion is rescaled from its worst offer (0) to its best (1) and "
        "the overall score is the weighted sum; an unknown value counts as the worst."
    ),
    "topsis": N_(
        "Within each ingredient TOPSIS scores how close each offer is to an ideal one (the best value of "
        "every criterion) and how far from the worst; an unknown value counts as the worst."
    ),
}
SYNTHETIC_NOTICE = N_(
    "The sustainability model was trained on synthetic data made for this demonstration: its scores "
    "are estimates for comparing offers, not audited facts."
)


def about_rows(about: ReportAbout, ranked: pd.DataFrame, lang: str) -> list[tuple[str, object]]:
    T = lambda text: tr(text, lang=lang)
    yes_no = lambda flag: T("Yes") if flag else T("No")
    weights = about.weights.as_dict()
    constraints = about.constraints.as_dict()
    method = about.method
    created = about.created
    sources = list(about.data_sources)
    sources += [s for s in _column(ranked, "source_file").dropna().astype(str).unique() if s and s not in sources]
    eligible = int(_mask(ranked, "eligible").sum())
    rows: list[tuple[str, object]] = [
        (T("About this report"), ""),
        (T("Created"), created.strftime("%Y-%m-%d %H:%M")),
        (T("Language"), "Español (Perú)" if lang == "es" else "English"),
        (T("Model version"), about.model_version),
        (T("Ranking method"), method_label(method, lang)),
    ]
    rows += [
        (tr("Weight: {criterion}", lang=lang, criterion=criterion_label(c, lang)), f"{float(weights.get(c, 0)):.0%}")
        for c in CRITERIA
    ]
    max_price, min_score = constraints.get("max_price_pen"), constraints.get("min_score")
    rows += [
        (T("Certified offers only"), yes_no(constraints.get("certified_only"))),
        (T("Maximum price (S/ per base unit)"), f"{max_price:.2f}" if max_price is not None else "—"),
        (T("No air freight"), yes_no(constraints.get("no_air_freight"))),
        (T("Minimum sustainability score"), f"{min_score:.2f}" if min_score is not None else "—"),
        (T("Excluded suppliers"), ", ".join(about.constraints.excluded_suppliers) or "—"),
        (
            T("Offers"),
            trn(
                "{count} offer; ranked: {ranked}",
                "{count} offers; ranked: {ranked}",
                len(ranked),
                lang=lang,
                ranked=eligible,
            ),
        ),
        (T("How offers are compared"), T(METHOD_EXPLANATIONS.get(method, METHOD_EXPLANATIONS["weighted"]))),
        (T("Data sources"), "; ".join(sources) or "—"),
        (
            T("Reference data"),
            T(
                "Food emission factors: Poore & Nemecek (2018) via Our World in Data; transport: "
                "UK DESNZ/DEFRA conversion factors."
            ),
        ),
        (T("Synthetic data"), about.synthetic_notice or T(SYNTHETIC_NOTICE)),
    ]
    return rows


def sheet_titles(lang: str) -> dict[str, str]:
    return {
        "summary": tr("Summary", lang=lang),
        "options": tr("Options", lang=lang),
        "charts": tr("Charts", lang=lang),
        "issues": tr("Import issues", lang=lang),
        "about": tr("About", lang=lang),
    }


def printed_columns(columns: list[Column]) -> int:
    """How many of ``columns`` print (the printed ones come first)."""
    return sum(c.printed for c in columns)


def summary_sheet(
    book: ReportBook,
    ws: Worksheet,
    ranked: pd.DataFrame,
    summary: pd.DataFrame,
    names: dict[str, str],
    about: ReportAbout,
) -> None:
    lang = book.lang
    title = tr("Sustainable sourcing report", lang=lang)
    subtitle = tr(
        "Created {date} · ranking method: {method} · model {model}",
        lang=lang,
        date=about.created.strftime("%Y-%m-%d %H:%M"),
        method=method_label(about.method, lang),
        model=about.model_version,
    )
    book.put(ws, 1, 1, title).font = bold_font(14)
    book.put(ws, 2, 1, subtitle)
    columns, totals, footnote = summary_table(summary, ranked, names, lang)
    book.header(ws, 4, 1, [c.header for c in columns], [c.width for c in columns])
    lines = [1] * len(summary)  # of the tallest wrapped cell of each row
    for offset, column in enumerate(columns):
        for i, value in enumerate(pd.Series(column.values).tolist()):
            cell = book.put(ws, 5 + i, offset + 1, value, column.number_format)
            if column.wrap and isinstance(value, str) and value:
                cell.alignment = Alignment(wrap_text=True)
                lines[i] = max(lines[i], min(wrapped_lines(value, column.width), MAX_LINES))
    for i, count in enumerate(lines):
        if count > 1:
            ws.row_dimensions[5 + i].height = count * LINE_PT
    last = 4 + len(summary)
    ws.freeze_panes = "B5"
    ws.auto_filter.ref = f"A4:{get_column_letter(len(columns))}{max(last, 5)}"
    score_col = next(i for i, c in enumerate(columns) if c.header == tr("Sustainability", lang=lang))
    if len(summary):
        letter = get_column_letter(score_col + 1)
        ws.conditional_formatting.add(f"{letter}5:{letter}{last}", colour_scale_rule(higher_is_better=True))
    row = last
    for row, (label, label_col, values) in enumerate(totals, start=last + 2):
        book.put(ws, row, label_col, label, bold=bool(values) and label_col < min(values))  # "Total"
        for col, (value, number_format) in values.items():
            book.put(ws, row, col, value, number_format, bold=True)
    # The footnote wraps under the counts (their label column to the score column): written in the
    # repeated ingredient column it ran across and was cut on the pages to the right.
    row += 1
    first = totals[-1][1]  # the counts' label column
    last_col = score_col + 1
    book.put(ws, row, first, footnote).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last_col)
    span = sum(columns[c - 1].width for c in range(first, last_col + 1))
    ws.row_dimensions[row].height = min(wrapped_lines(footnote, span), MAX_LINES) * LINE_PT
    # Printed from the table down, the title in the page header: on the pages to the right the
    # title cells would be cut at the repeated ingredient column.
    set_up_page(ws, printed_columns(columns), first_row=4, last_row=row, title_rows=(4, 4), title_col=True)
    ws.oddHeader.left.text = page_header_text(f"{title} · {subtitle}")


def issues_sheet(book: ReportBook, ws: Worksheet, report: pd.DataFrame) -> None:
    lang = book.lang
    severity = {
        "fixed": tr("Fixed", lang=lang),
        "flagged": tr("Flagged", lang=lang),
        "refused": tr("Refused", lang=lang),
        "info": tr("Note", lang=lang),
    }
    frame = report if report is not None else pd.DataFrame()
    get = lambda c: frame[c] if c in frame else pd.Series([""] * len(frame), dtype=object)
    if frame.empty:
        book.put(ws, 1, 1, tr("No issues were reported when the price lists were imported.", lang=lang))
        book.cut_notice_at(ws, 2, 1)
        set_up_page(ws, 1)  # one sentence, still on A4 with page numbers
        return
    columns = [
        Column(tr("File", lang=lang), get("file"), width=28),
        Column(tr("Sheet", lang=lang), get("sheet"), width=14),
        Column(tr("Row", lang=lang), get("row").replace(0, np.nan), "number", "int", 7),
        Column(tr("Column", lang=lang), get("column"), width=16),
        Column(tr("Severity", lang=lang), get("severity").map(lambda s: severity.get(s, s)), width=12),
        Column(tr("Rule", lang=lang), get("rule"), width=22),
        Column(tr("Message", lang=lang), get("message"), width=70, wrap=True),  # one A4 width at ≥ 8 pt
    ]
    book.table(ws, 1, columns)
    book.cut_notice_at(ws, 1, len(columns) + 2)  # beside the header: the rows below are the table's
    ws.freeze_panes = "A2"
    set_up_page(ws, len(columns), last_row=1 + len(frame), title_rows=(1, 1))


def options_sheet(book: ReportBook, ws: Worksheet, ordered: pd.DataFrame, names: dict[str, str]) -> None:
    columns = options_columns(ordered, names, book.lang)
    options = book.table(ws, 1, columns)
    ws.freeze_panes = "C2"
    for index, column in enumerate(columns):
        if column.number_format in ("overall", "score"):
            book.colour_scale(options, index, higher_is_better=True)
        elif column.number_format == "co2":
            book.colour_scale(options, index, higher_is_better=False)
    set_up_page(ws, printed_columns(columns), last_row=max(1 + len(ordered), 2), title_rows=(1, 1), title_col=True)


def about_sheet(book: ReportBook, ws: Worksheet, about: ReportAbout, ranked: pd.DataFrame) -> None:
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 34, 90
    for row, (label, value) in enumerate(about_rows(about, ranked, book.lang), start=1):
        book.put(ws, row, 1, label, bold=True).alignment = Alignment(vertical="top")
        book.put(ws, row, 2, value).alignment = Alignment(wrap_text=True, vertical="top")
        lines = max(1, -(-len(str(value)) // 85))  # openpyxl cannot measure text; about 85 characters a line
        if lines > 1:
            ws.row_dimensions[row].height = 15 * lines
    set_up_page(ws, 2)
