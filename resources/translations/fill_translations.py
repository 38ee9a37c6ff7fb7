"""Fill the desktop app's .ts files after `pyside6-lupdate` (run by hand when texts change):
Spanish (Peru) from the table below, English plural forms for %n texts.

    .venv/bin/pyside6-lupdate desktop_app/*.py -source-language en -target-language es_PE \
        -ts resources/translations/app_es_PE.ts -no-obsolete
    .venv/bin/pyside6-lupdate desktop_app/*.py -source-language en -target-language en \
        -ts resources/translations/app_en.ts -no-obsolete
    .venv/bin/python resources/translations/fill_translations.py
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER = Path(__file__).resolve().parent

SPANISH = {
    "Cancel": "Cancelar",
    "Price vs sustainability": "Precio frente a sostenibilidad",
    "Top options": "Mejores opciones",
    "Criteria of the selected offer": "Criterios de la oferta elegida",
    "Price (S/ per base unit)": "Precio (S/ por unidad base)",
    "Sustainability score": "Puntaje de sostenibilidad",
    "Best trade-offs (Pareto front)": "Mejores compromisos (frente de Pareto)",
    "No offers to show": "No hay ofertas que mostrar",
    "Overall score": "Puntaje global",
    "No ranked offers": "No hay ofertas clasificadas",
    "Contribution to the overall score": "Aporte al puntaje global",
    "Select an offer": "Elija una oferta",
    "Sustainability": "Sostenibilidad",
    "Price": "Precio",
    "Distance": "Distancia",
    "kg CO2e": "kg CO2e",
    "Lead time": "Plazo de entrega",
    "Carbon footprint": "Huella de carbono",
    "Origin": "Origen",
    "From": "Procedencia del dato",
    "Audited score": "Puntaje auditado",
    "Enter an audited score (sustainability officer)": "Registrar un puntaje auditado (responsable de sostenibilidad)",
    "Save audited score": "Guardar puntaje auditado",
    "Select an offer in the table or on the chart.": "Elija una oferta en la tabla o en el gráfico.",
    "No offer selected": "Ninguna oferta elegida",
    "Effect on the sustainability score": "Efecto en el puntaje de sostenibilidad",
    "not scored yet (the model is loading or missing)": "aún sin puntaje (el modelo se está cargando o no está instalado)",
    "%1 (likely between %2 and %3)": "%1 (probablemente entre %2 y %3)",
    "%1 kg CO2e per %2": "%1 kg CO2e por %2",
    "S/ %1 per %2": "S/ %1 por %2",
    "%1 (%2 km away)": "%1 (a %2 km)",
    "%1, sheet “%2”, row %3": "%1, hoja «%2», fila %3",
    "none yet": "ninguno todavía",
    "unlike the offers the model learned from, so the score is less certain": "distinta de las ofertas con las que aprendió el modelo, así que el puntaje es menos seguro",
    "flagged at import: %1": "marcada al importar: %1",
    "Needs review: %1": "Requiere revisión: %1",
    "Ingredient footprint": "Huella del ingrediente",
    "Origin and distance": "Origen y distancia",
    "Transport": "Transporte",
    "Certifications": "Certificaciones",
    "Production practice": "Práctica de producción",
    "Packaging": "Empaque",
    "Season": "Temporada",
    "No explanation yet": "Aún no hay explicación",
    "Something went wrong and the task was stopped. Nothing was changed; the details are in the log file.": "Algo salió mal y la tarea se detuvo. No se cambió nada; los detalles están en el archivo de registro.",
    "Could not finish": "No se pudo terminar",
    "Import price lists": "Importar listas de precios",
    "Price lists to import (Excel, LibreOffice or CSV):": "Listas de precios a importar (Excel, LibreOffice o CSV):",
    "Add files…": "Agregar archivos…",
    "Remove": "Quitar",
    "Check how each column is read; correct it if needed.": "Revise cómo se lee cada columna; corríjala si hace falta.",
    "Read again with these columns": "Volver a leer con estas columnas",
    "Sheets and columns": "Hojas y columnas",
    "Cleansing report": "Informe de limpieza",
    "Everything": "Todo",
    "Refused rows": "Filas rechazadas",
    "Flagged rows": "Filas marcadas",
    "Fixed values": "Valores corregidos",
    "Notes": "Notas",
    "Choose price lists": "Elegir listas de precios",
    "Price lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)": "Listas de precios (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)",
    "Reading price lists…": "Leyendo las listas de precios…",
    "Reading was cancelled; nothing was imported.": "Se canceló la lectura; no se importó nada.",
    "%n offer(s)": ("%n oferta", "%n ofertas"),
    "No price list found in this sheet.": "No se encontró una lista de precios en esta hoja.",
    "Some files could not be read": "Algunos archivos no se pudieron leer",
    "Columns changed: press “Read again with these columns” to see the result.": "Columnas cambiadas: pulse «Volver a leer con estas columnas» para ver el resultado.",
    "Import %n offer(s)": ("Importar %n oferta", "Importar %n ofertas"),
    "Refused": "Rechazada",
    "Flagged": "Marcada",
    "Fixed": "Corregida",
    "Note": "Nota",
    "What": "Qué",
    "File": "Archivo",
    "Sheet": "Hoja",
    "Row": "Fila",
    "Column": "Columna",
    "Reason": "Motivo",
    "(not recognised)": "(no reconocido)",
    "Ingredient": "Ingrediente",
    "Offers": "Ofertas",
    "Recommended": "Recomendada",
    "Sustainable Sourcing Optimizer": "Optimizador de Abastecimiento Sostenible",
    "&File": "&Archivo",
    "&View": "&Ver",
    "Language": "Idioma",
    "&Help": "A&yuda",
    "Import price lists…": "Importar listas de precios…",
    "Import the price lists suppliers sent (Ctrl+O)": "Importar las listas de precios que enviaron los proveedores (Ctrl+O)",
    "Export Excel report…": "Exportar informe Excel…",
    "Export the ranking as an Excel report (Ctrl+E)": "Exportar la clasificación como informe Excel (Ctrl+E)",
    "Save audited scores for retraining": "Guardar puntajes auditados para reentrenar",
    "Settings…": "Configuración…",
    "Quit": "Salir",
    "Open the log folder": "Abrir la carpeta de registros",
    "About": "Acerca de",
    "Main toolbar": "Barra principal",
    "Loading model…": "Cargando modelo…",
    "Model %1": "Modelo %1",
    "No model: offers are shown without scores": "Sin modelo: las ofertas se muestran sin puntaje",
    "%n offer(s) imported.": ("%n oferta importada.", "%n ofertas importadas."),
    "sourcing_report.xlsx": "informe_abastecimiento.xlsx",
    "Export Excel report": "Exportar informe Excel",
    "Excel workbook (*.xlsx)": "Libro de Excel (*.xlsx)",
    "Writing the Excel report…": "Escribiendo el informe Excel…",
    "Report saved: %1": "Informe guardado: %1",
    "Report exported": "Informe exportado",
    "The Excel report was saved as:\n%1": "El informe Excel se guardó como:\n%1",
    "Audited score saved; it will be used at the next retraining.": "Puntaje auditado guardado; se usará en el próximo reentrenamiento.",
    "Audited scores saved": "Puntajes auditados guardados",
    "The audited scores were saved for retraining in:\n%1": "Los puntajes auditados se guardaron para reentrenar en:\n%1",
    "The settings could not be saved: %1": "No se pudo guardar la configuración: %1",
    "Sustainable Sourcing Optimizer\nImports supplier price lists, scores the sustainability of every offer and ranks "
    "the options for each ingredient.": "Optimizador de Abastecimiento Sostenible\nImporta las listas de precios de los proveedores, califica la "
    "sostenibilidad de cada oferta y ordena las opciones de cada ingrediente.",
    "(not used)": "(no se usa)",
    "Supplier": "Proveedor",
    "Product": "Producto",
    "Pack (quantity and unit)": "Presentación (cantidad y unidad)",
    "Pack quantity": "Cantidad por presentación",
    "Pack unit": "Unidad de la presentación",
    "Currency": "Moneda",
    "Lead time (days)": "Entrega (días)",
    "Header row found here": "Aquí se encontró la fila de encabezados",
    "No header row with product and price columns was found in this sheet.": "No se encontró en esta hoja una fila de encabezados con columnas de producto y precio.",
    "Column in the file": "Columna en el archivo",
    "Read as": "Se lee como",
    "Rank": "Puesto",
    "S/ per base unit": "S/ por unidad base",
    "Unit": "Unidad",
    "Distance (km)": "Distancia (km)",
    "Overall": "Global",
    "Needs review: flagged at import or unlike the offers the model learned from.": "Requiere revisión: marcada al importar o distinta de las ofertas con las que aprendió el modelo.",
    "Filter by product, supplier, origin…": "Filtrar por producto, proveedor, origen…",
    "Certified only": "Solo certificadas",
    "No air freight": "Sin transporte aéreo",
    "Show excluded": "Mostrar excluidas",
    "No offers yet. Import a supplier's price list (Ctrl+O) or drop it here.": "Aún no hay ofertas. Importe la lista de precios de un proveedor (Ctrl+O) o arrástrela aquí.",
    "%n option(s)": ("%n opción", "%n opciones"),
    "Settings": "Configuración",
    "Restaurant location": "Ubicación del restaurante",
    "Exchange rates to soles (0 = use the bundled rate)": "Tipos de cambio a soles (0 = usar el tipo incluido)",
    "Default weights": "Pesos predeterminados",
    "Administration": "Administración",
    "Place (town or region)": "Lugar (ciudad o región)",
    "Latitude (optional)": "Latitud (opcional)",
    "Longitude (optional)": "Longitud (opcional)",
    "1 US dollar in soles": "1 dólar estadounidense en soles",
    "1 euro in soles": "1 euro en soles",
    "Language of the app": "Idioma de la aplicación",
    "Admin PIN": "PIN de administración",
    "Spark master": "Spark master",
    "DVC remote": "Remoto DVC",
    "set": "configurado",
    "not set (set it on the admin screen)": "no configurado (configúrelo en la pantalla de administración)",
    "Workspace problem": "Problema con el espacio de trabajo",
    "You can start a fresh workspace: the damaged file is kept beside it, renamed, so nothing is deleted. Your price "
    "lists are not affected.": "Puede empezar un espacio de trabajo nuevo: el archivo dañado se conserva al lado con otro nombre, así que no "
    "se borra nada. Sus listas de precios no se ven afectadas.",
    "Start a fresh workspace": "Empezar un espacio de trabajo nuevo",
    "Try again": "Intentar de nuevo",
    "What matters most": "Qué importa más",
    "Back to my default weights": "Volver a mis pesos predeterminados",
}

ENGLISH_PLURALS = {
    "%n offer(s)": ("%n offer", "%n offers"),
    "Import %n offer(s)": ("Import %n offer", "Import %n offers"),
    "%n offer(s) imported.": ("%n offer imported.", "%n offers imported."),
    "%n option(s)": ("%n option", "%n options"),
}


def fill(path: Path, table: dict, only_plurals: bool = False) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        value = table.get(source)
        if value is None:
            if not only_plurals:
                missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    missing = fill(FOLDER / "app_es_PE.ts", SPANISH)
    fill(FOLDER / "app_en.ts", ENGLISH_PLURALS, only_plurals=True)
    for source in missing:
        print(f"no Spanish for: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
