"""Switching language changes what the user reads: menus, buttons, table headers, status."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .qt_helpers import SAMPLES, import_through_dialog, wait_idle


def visible_texts(window):
    review = window.review
    return {
        "menus": [a.text() for a in window.menuBar().actions()],
        "import": window.import_action.text(),
        "rank_header": review.offers.headerData(0, Qt.Orientation.Horizontal),
        "ingredient_header": review.ingredients.headerData(0, Qt.Orientation.Horizontal),
        "filter": review.filter.placeholderText(),
        "weights": review.weights.box.title(),
        "model": window.model_label.text(),
        "chart_tab": review.charts.tabs.tabText(0),
    }


def test_switching_language_changes_the_visible_texts(make_window, qtbot):
    window = make_window(language="en")
    import_through_dialog(qtbot, window, [SAMPLES / "distribuidora_andina.xlsx"])
    english = visible_texts(window)
    assert english["menus"] == ["&File", "&View", "&Help"]
    assert english["rank_header"] == "Rank"

    window.language_actions["es"].trigger()
    wait_idle(qtbot)
    spanish = visible_texts(window)
    assert spanish["menus"] == ["&Archivo", "&Ver", "A&yuda"]
    assert spanish["import"] == "Importar listas de precios…"
    assert spanish["rank_header"] == "Puesto" and spanish["ingredient_header"] == "Ingrediente"
    assert spanish["weights"] == "Qué importa más"
    assert spanish["model"] == "Sin modelo: las ofertas se muestran sin puntaje"
    assert spanish["chart_tab"] == "Precio frente a sostenibilidad"
    assert window.review.heading.text().endswith(("opción", "opciones"))
    assert all(spanish[k] != english[k] for k in english)
    assert window.settings.language == "es"

    # the choice is saved, and the core's own messages follow it
    from core.appstate.settings import load_settings
    from core.i18n import current_language

    assert load_settings().language == "es" and current_language() == "es"

    window.language_actions["en"].trigger()
    assert visible_texts(window) == english


def test_a_new_window_starts_in_the_saved_language(make_window):
    window = make_window(language="es")
    assert window.import_action.text() == "Importar listas de precios…"
    assert window.windowTitle() == "Optimizador de Abastecimiento Sostenible"
