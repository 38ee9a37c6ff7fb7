"""Fill the admin screen's texts (desktop_app/admin/) in the .ts files, after `pyside6-lupdate`
(see fill_translations.py, which fills the rest of the app; this adds the admin table):

    .venv/bin/pyside6-lupdate desktop_app/*.py desktop_app/admin/*.py -source-language en \
        -target-language es_PE -ts resources/translations/app_es_PE.ts -no-obsolete
    .venv/bin/pyside6-lupdate desktop_app/*.py desktop_app/admin/*.py -source-language en \
        -target-language en -ts resources/translations/app_en.ts -no-obsolete
    .venv/bin/python resources/translations/fill_admin_translations.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fill_translations import ENGLISH_PLURALS, FOLDER, SPANISH, fill  # noqa: E402

ADMIN_SPANISH = {
    "Admin…": "Administración…",
    "Administration: data, retraining and models": "Administración: datos, reentrenamiento y modelos",
    "Dataset": "Datos",
    "Retrain": "Reentrenar",
    "Compare and promote": "Comparar y promover",
    "Drift": "Deriva",
    "Retraining is running": "Hay un reentrenamiento en curso",
    "A retraining is running. Cancel it and close?": "Hay un reentrenamiento en curso. ¿Cancelarlo y cerrar?",
    # PIN
    "Choose an admin PIN (at least 4 digits). It protects retraining and model changes; only a salted hash of it "
    "is stored.": "Elija un PIN de administración (al menos 4 dígitos). Protege el reentrenamiento y los cambios de "
    "modelo; solo se guarda un hash con sal del PIN.",
    "Enter the admin PIN.": "Ingrese el PIN de administración.",
    "PIN": "PIN",
    "PIN again": "Repita el PIN",
    "Too many wrong PINs; try again in %1 s.": "Demasiados PIN incorrectos; vuelva a intentarlo en %1 s.",
    "The two PINs differ; type the same PIN twice.": "Los dos PIN no coinciden; escriba el mismo PIN dos veces.",
    "The PIN must be at least 4 digits.": "El PIN debe tener al menos 4 dígitos.",
    "The PIN could not be saved: %1": "No se pudo guardar el PIN: %1",
    "Wrong PIN.": "PIN incorrecto.",
    # dataset
    "Training data (DVC)": "Datos de entrenamiento (DVC)",
    "Version (md5)": "Versión (md5)",
    "Rows": "Filas",
    "Last change": "Último cambio",
    "Refresh": "Actualizar",
    "not recorded (run `dvc repro` once)": "no registrada (ejecute `dvc repro` una vez)",
    "not on this computer (run `dvc pull` to get the data)": "no están en esta computadora (ejecute `dvc pull` para "
    "obtener los datos)",
    "unknown": "desconocido",
    "%n audited label(s) entered in the app are not in the dataset yet.": (
        "%n puntaje auditado ingresado en la aplicación aún no está en los datos.",
        "%n puntajes auditados ingresados en la aplicación aún no están en los datos.",
    ),
    "Every audited label entered in the app is in the dataset.": "Todos los puntajes auditados ingresados en la aplicación ya están en los datos.",
    "Add as a new dataset version and push to “%1”": "Agregar como nueva versión de los datos y subir a «%1»",
    "Add as a new dataset version": "Agregar como nueva versión de los datos",
    "Adding the audited labels to the dataset…": "Agregando los puntajes auditados a los datos…",
    "%n label(s) were added as a new dataset version (%1).": (
        "Se agregó %n puntaje como nueva versión de los datos (%1).",
        "Se agregaron %n puntajes como nueva versión de los datos (%1).",
    ),
    "They were pushed to the DVC remote “%1”.": "Se subieron al remoto DVC «%1».",
    "Dataset updated": "Datos actualizados",
    # retrain
    "Retraining runs the DVC pipeline with Spark (master: %1) on the training data and the audited labels, and "
    "registers the result as a candidate. The active model does not change until you promote the candidate.": "El reentrenamiento ejecuta el pipeline de DVC con Spark (master: %1) sobre los datos de entrenamiento y los "
    "puntajes auditados, y registra el resultado como candidato. El modelo activo no cambia hasta que usted "
    "promueva el candidato.",
    "Start retraining": "Iniciar reentrenamiento",
    "Starting": "Iniciando",
    "Getting the data": "Obteniendo los datos",
    "Generating": "Generando",
    "Preparing the data": "Preparando los datos",
    "Training": "Entrenando",
    "Evaluating": "Evaluando",
    "Registering the candidate": "Registrando el candidato",
    "Done": "Listo",
    "Not running.": "Sin ejecutar.",
    "Stopping…": "Deteniendo…",
    "The retraining did not stop when asked; it was ended forcibly.": "El reentrenamiento no se detuvo al pedírselo; se terminó a la fuerza.",
    "The retraining was cancelled; the active model and the dataset are unchanged.": "Se canceló el reentrenamiento; el modelo activo y los datos no cambiaron.",
    "The retraining process crashed. The active model is unchanged; the log above shows how far it got.": "El proceso de reentrenamiento falló de golpe. El modelo activo no cambió; el registro de arriba muestra "
    "hasta dónde llegó.",
    "The retraining finished and registered a new candidate model.": "El reentrenamiento terminó y registró un nuevo modelo candidato.",
    "The retraining stopped with an error (exit code %1). The active model is unchanged; the log above has the "
    "details.": "El reentrenamiento se detuvo con un error (código de salida %1). El modelo activo no cambió; el "
    "registro de arriba tiene los detalles.",
    "The retraining could not be started: %1": "No se pudo iniciar el reentrenamiento: %1",
    # compare
    "Candidate:": "Candidato:",
    "Compute errors per category": "Calcular errores por categoría",
    "Scores the held-out suppliers of the training data with both models (takes a little while).": "Puntúa a los proveedores reservados de los datos de entrenamiento con ambos modelos (toma un momento).",
    "Promote the candidate": "Promover el candidato",
    "Roll back to the previous model": "Volver al modelo anterior",
    "Active model: %1. There is no candidate yet: run a retraining first.": "Modelo activo: %1. Aún no hay candidato: primero ejecute un reentrenamiento.",
    "none": "ninguno",
    "Active model: %1. Candidate: %2, made %3. Green: the candidate is better; red: the active model is better.": "Modelo activo: %1. Candidato: %2, creado el %3. En verde: el candidato es mejor; en rojo: el modelo activo es mejor.",
    "Mean absolute error (MAE)": "Error absoluto medio (MAE)",
    "F1 of “recommended”": "F1 de «recomendado»",
    "Ranking quality (NDCG@3)": "Calidad del orden (NDCG@3)",
    "Interval coverage": "Cobertura del intervalo",
    "MAE for %1": "MAE de %1",
    "Measure (held-out suppliers)": "Medida (proveedores reservados)",
    "Active (%1)": "Activo (%1)",
    "Candidate (%1)": "Candidato (%1)",
    "Active": "Activo",
    "Candidate": "Candidato",
    "No candidate to compare": "No hay candidato que comparar",
    "Coverage": "Cobertura",
    "MAE per category": "MAE por categoría",
    "Errors per category not computed yet": "Errores por categoría aún no calculados",
    "The training data are not on this computer; run `dvc pull` to get them.": "Los datos de entrenamiento no están en esta computadora; ejecute `dvc pull` para obtenerlos.",
    "Scoring the held-out suppliers with both models…": "Puntuando a los proveedores reservados con ambos modelos…",
    "Checking and promoting %1…": "Verificando y promoviendo %1…",
    "Model %1 is now active.": "El modelo %1 ya está activo.",
    "Rolling back…": "Volviendo al modelo anterior…",
    "Rolled back: model %1 is active again.": "Se volvió atrás: el modelo %1 está activo otra vez.",
    "Model changed": "Modelo cambiado",
    # drift
    "Offers imported in the last": "Ofertas importadas en los últimos",
    " days": " días",
    "Check drift": "Revisar la deriva",
    "Thresholds: PSI below %1 stable; from %1 a moderate shift (warning); from %2 a large shift (retraining "
    "advised). Unknown categories: a warning above %3.": "Umbrales: PSI menor que %1, estable; desde %1, cambio moderado (aviso); desde %2, cambio grande (se "
    "recomienda reentrenar). Categorías desconocidas: aviso por encima de %3.",
    "Comparing recent offers with the training data…": "Comparando las ofertas recientes con los datos de entrenamiento…",
    "Feature": "Variable",
    "PSI": "PSI",
    "Reading": "Lectura",
    "No offers were imported in this period.": "No se importaron ofertas en este periodo.",
    "Press “Check drift” to compare the recent offers with the training data.": "Pulse «Revisar la deriva» para comparar las ofertas recientes con los datos de entrenamiento.",
    "%n recent offer(s) checked.": ("Se revisó %n oferta reciente.", "Se revisaron %n ofertas recientes."),
    "Share with categories the model never saw: %1.": "Proporción con categorías que el modelo nunca vio: %1.",
    "No warnings: the recent offers look like the training data.": "Sin avisos: las ofertas recientes se parecen a los datos de entrenamiento.",
    "moderate shift": "cambio moderado",
    "large shift": "cambio grande",
    "No drift computed yet": "Aún no se calculó la deriva",
    "Predicted score": "Puntaje predicho",
    "mean": "media",
    "10th–90th percentile": "percentil 10–90",
    "No scored offers in this period": "No hay ofertas con puntaje en este periodo",
}

ADMIN_ENGLISH_PLURALS = {
    "%n audited label(s) entered in the app are not in the dataset yet.": (
        "%n audited label entered in the app is not in the dataset yet.",
        "%n audited labels entered in the app are not in the dataset yet.",
    ),
    "%n label(s) were added as a new dataset version (%1).": (
        "%n label was added as a new dataset version (%1).",
        "%n labels were added as a new dataset version (%1).",
    ),
    "%n recent offer(s) checked.": ("%n recent offer checked.", "%n recent offers checked."),
}


def main() -> int:
    missing = fill(FOLDER / "app_es_PE.ts", {**SPANISH, **ADMIN_SPANISH})
    fill(FOLDER / "app_en.ts", {**ENGLISH_PLURALS, **ADMIN_ENGLISH_PLURALS}, only_plurals=True)
    for source in missing:
        print(f"no Spanish for: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
