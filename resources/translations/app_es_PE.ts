<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_PE" sourcelanguage="en">
<context>
    <name>AdminWindow</name>
    <message>
        <source>A retraining is running. Cancel it and close?</source>
        <translation>Hay un reentrenamiento en curso. ¿Cancelarlo y cerrar?</translation>
    </message>
    <message>
        <source>Administration: data, retraining and models</source>
        <translation>Administración: datos, reentrenamiento y modelos</translation>
    </message>
    <message>
        <source>Compare and promote</source>
        <translation>Comparar y promover</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Deriva</translation>
    </message>
    <message>
        <source>Offers to audit next</source>
        <translation>Ofertas por auditar</translation>
    </message>
    <message>
        <source>Pipeline settings</source>
        <translation>Configuración del entrenamiento</translation>
    </message>
    <message>
        <source>Prepare the training data</source>
        <translation>Preparar los datos de entrenamiento</translation>
    </message>
    <message>
        <source>Preparing the training data was cancelled; retraining, the drift check and the Dataset tab need them: press “Prepare the training data” to try again.</source>
        <translation>Se canceló la preparación de los datos de entrenamiento; el reentrenamiento, la revisión de deriva y la pestaña Datos los necesitan: pulse «Preparar los datos de entrenamiento» para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Preparing the training data…</source>
        <translation>Preparando los datos de entrenamiento…</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Reentrenar</translation>
    </message>
    <message>
        <source>Retraining is running</source>
        <translation>Hay un reentrenamiento en curso</translation>
    </message>
    <message>
        <source>The training data are being prepared (%1); retraining, the drift check and the Dataset tab are available as soon as they are here.</source>
        <translation>Se están preparando los datos de entrenamiento (%1); el reentrenamiento, la revisión de deriva y la pestaña Datos estarán disponibles en cuanto lleguen.</translation>
    </message>
    <message>
        <source>The training data are not on this PC yet; retraining, the drift check and the Dataset tab need them.</source>
        <translation>Los datos de entrenamiento aún no están en esta PC; el reentrenamiento, la revisión de deriva y la pestaña Datos los necesitan.</translation>
    </message>
    <message>
        <source>The training data could not be prepared (%1); retraining, the drift check and the Dataset tab need them.</source>
        <translation>No se pudieron preparar los datos de entrenamiento (%1); el reentrenamiento, la revisión de deriva y la pestaña Datos los necesitan.</translation>
    </message>
    <message>
        <source>The training data were generated with the pipeline&apos;s generate stage.</source>
        <translation>Los datos de entrenamiento se generaron con la etapa de generación del proceso.</translation>
    </message>
    <message>
        <source>The training data were pulled from the DVC remote “%1”.</source>
        <translation>Los datos de entrenamiento se descargaron del remoto DVC «%1».</translation>
    </message>
    <message>
        <source>from the DVC remote “%1”</source>
        <translation>desde el remoto DVC «%1»</translation>
    </message>
    <message>
        <source>with the pipeline&apos;s generate stage</source>
        <translation>con la etapa de generación del proceso</translation>
    </message>
</context>
<context>
    <name>AuditEntryBox</name>
    <message>
        <source>Attach a document (audit report, certificate); a copy is kept</source>
        <translation>Adjunte un documento (informe de auditoría, certificado); se guarda una copia</translation>
    </message>
    <message>
        <source>Audit:</source>
        <translation>Auditoría:</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor(a)</translation>
    </message>
    <message>
        <source>Date of the audit</source>
        <translation>Fecha de la auditoría</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx);;All files (*)</source>
        <translation>Documentos (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Evidence for the audit</source>
        <translation>Evidencia de la auditoría</translation>
    </message>
    <message>
        <source>Evidence…</source>
        <translation>Evidencia…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save audit</source>
        <translation>Guardar auditoría</translation>
    </message>
    <message>
        <source>The audited sustainability score, 0 to 1</source>
        <translation>El puntaje de sostenibilidad auditado, de 0 a 1</translation>
    </message>
    <message>
        <source>Type the audited score and the auditor&apos;s name first.</source>
        <translation>Primero escriba el puntaje auditado y el nombre de quien audita.</translation>
    </message>
    <message>
        <source>What the audited score applies to, in this list and in later ones</source>
        <translation>A qué se aplica el puntaje auditado, en esta lista y en las siguientes</translation>
    </message>
    <message>
        <source>this ingredient from this supplier</source>
        <translation>este ingrediente de este proveedor</translation>
    </message>
    <message>
        <source>this offer</source>
        <translation>esta oferta</translation>
    </message>
</context>
<context>
    <name>AuditQueuePanel</name>
    <message numerus="yes">
        <source>%n offer(s) to audit next, most useful first.</source>
        <translation>
            <numerusform>%n oferta por auditar, la más útil primero.</numerusform>
            <numerusform>%n ofertas por auditar, las más útiles primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit these offers first: the model is least sure of them (a wide interval) or has moved furthest from the written rubric there. Each audited label you enter teaches the model the most here. Offers already audited or unlike anything the model learned from are left out.</source>
        <translation>Audite primero estas ofertas: el modelo está menos seguro de ellas (un intervalo amplio) o es donde más se ha alejado de la rúbrica escrita. Cada puntaje auditado que registre aquí le enseña más al modelo. Se omiten las ofertas ya auditadas y las que no se parecen a nada de lo que el modelo aprendió.</translation>
    </message>
    <message>
        <source>Import price lists and wait for their scores to see which offers to audit.</source>
        <translation>Importe listas de precios y espere sus puntajes para ver qué ofertas auditar.</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ingrediente</translation>
    </message>
    <message>
        <source>Likely between</source>
        <translation>Probablemente entre</translation>
    </message>
    <message>
        <source>Model score</source>
        <translation>Puntaje del modelo</translation>
    </message>
    <message>
        <source>No offer needs an audit: every scored offer is audited or needs a review first.</source>
        <translation>Ninguna oferta necesita auditoría: todas las ofertas con puntaje están auditadas o requieren primero una revisión.</translation>
    </message>
    <message>
        <source>Offers to list</source>
        <translation>Ofertas a listar</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Rubric score</source>
        <translation>Puntaje de la rúbrica</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <source>Type part of a name or synonym (Spanish or English)…</source>
        <translation>Escriba parte de un nombre o sinónimo (en castellano o inglés)…</translation>
    </message>
</context>
<context>
    <name>ChangeIngredientDialog</name>
    <message>
        <source>Change ingredient</source>
        <translation>Cambiar ingrediente</translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation>No está en el catálogo</translation>
    </message>
    <message>
        <source>Which ingredient is “%1” from %2? The choice is remembered for this supplier&apos;s next lists.</source>
        <translation>¿Qué ingrediente es «%1» de %2? La elección se recuerda para las próximas listas de este proveedor.</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>Certificates added: %1.</source>
        <translation>Certificaciones nuevas: %1.</translation>
    </message>
    <message>
        <source>Certificates dropped: %1.</source>
        <translation>Certificaciones que ya no tiene: %1.</translation>
    </message>
    <message>
        <source>New in this list: the supplier did not offer it before.</source>
        <translation>Nuevo en esta lista: el proveedor no lo ofrecía antes.</translation>
    </message>
    <message>
        <source>S/ %1 per %2 on %3, now S/ %4 (%5).</source>
        <translation>S/ %1 por %2 el %3, ahora S/ %4 (%5).</translation>
    </message>
    <message>
        <source>Sustainability score %1.</source>
        <translation>Puntaje de sostenibilidad %1.</translation>
    </message>
    <message>
        <source>The price moved more than %1 %: check it before buying.</source>
        <translation>El precio cambió más de %1 %: revíselo antes de comprar.</translation>
    </message>
    <message>
        <source>The supplier&apos;s first list: nothing to compare with yet.</source>
        <translation>Primera lista del proveedor: aún no hay con qué comparar.</translation>
    </message>
    <message>
        <source>Unchanged since the previous list.</source>
        <translation>Sin cambios desde la lista anterior.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Above: %1. Below: sustainability score (0 to 1).</source>
        <translation>Arriba: %1. Abajo: puntaje de sostenibilidad (0 a 1).</translation>
    </message>
    <message>
        <source>Best trade-offs (Pareto front)</source>
        <translation>Mejores compromisos (frente de Pareto)</translation>
    </message>
    <message>
        <source>Contribution to the overall score</source>
        <translation>Aporte al puntaje global</translation>
    </message>
    <message>
        <source>Criteria of the selected offer</source>
        <translation>Criterios de la oferta elegida</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Plazo de entrega</translation>
    </message>
    <message>
        <source>Market median</source>
        <translation>Mediana del mercado</translation>
    </message>
    <message>
        <source>No offers to show</source>
        <translation>No hay ofertas que mostrar</translation>
    </message>
    <message>
        <source>No price history for this ingredient yet</source>
        <translation>Aún no hay historial de precios de este ingrediente</translation>
    </message>
    <message>
        <source>No ranked offers</source>
        <translation>No hay ofertas clasificadas</translation>
    </message>
    <message>
        <source>Not recommended: excluded, or waiting for your review</source>
        <translation>No recomendada: excluida o a la espera de su revisión</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Puntaje global</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Price (S/ per base unit)</source>
        <translation>Precio (S/ por unidad base)</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>Evolución de precios</translation>
    </message>
    <message>
        <source>Price vs sustainability</source>
        <translation>Precio frente a sostenibilidad</translation>
    </message>
    <message>
        <source>S/ %1 per %2</source>
        <translation>S/ %1 por %2</translation>
    </message>
    <message>
        <source>S/ per base unit</source>
        <translation>S/ por unidad base</translation>
    </message>
    <message>
        <source>Select an offer</source>
        <translation>Elija una oferta</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <source>Sustainability %1</source>
        <translation>Sostenibilidad %1</translation>
    </message>
    <message>
        <source>Sustainability score</source>
        <translation type="vanished">Puntaje de sostenibilidad</translation>
    </message>
    <message>
        <source>Top options</source>
        <translation>Mejores opciones</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>kg CO2e</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Active (%1)</source>
        <translation>Activo (%1)</translation>
    </message>
    <message>
        <source>Active model: %1. Candidate: %2, made %3. Green: the candidate is better; red: the active model is better.</source>
        <translation>Modelo activo: %1. Candidato: %2, creado el %3. En verde: el candidato es mejor; en rojo: el modelo activo es mejor.</translation>
    </message>
    <message>
        <source>Active model: %1. There is no candidate yet: run a retraining first.</source>
        <translation>Modelo activo: %1. Aún no hay candidato: primero ejecute un reentrenamiento.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Candidate (%1)</source>
        <translation>Candidato (%1)</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Candidato:</translation>
    </message>
    <message>
        <source>Checking and promoting %1…</source>
        <translation>Verificando y promoviendo %1…</translation>
    </message>
    <message>
        <source>Compute errors per category</source>
        <translation>Calcular errores por categoría</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Errors per category not computed yet</source>
        <translation>Errores por categoría aún no calculados</translation>
    </message>
    <message>
        <source>F1 of “recommended”</source>
        <translation>F1 de «recomendado»</translation>
    </message>
    <message>
        <source>Interval coverage</source>
        <translation>Cobertura del intervalo</translation>
    </message>
    <message>
        <source>MAE for %1</source>
        <translation>MAE de %1</translation>
    </message>
    <message>
        <source>MAE per category</source>
        <translation>MAE por categoría</translation>
    </message>
    <message>
        <source>Makes model %1 active again.</source>
        <translation>Vuelve a activar el modelo %1.</translation>
    </message>
    <message>
        <source>Mean absolute error (MAE)</source>
        <translation>Error absoluto medio (MAE)</translation>
    </message>
    <message>
        <source>Measure (held-out suppliers)</source>
        <translation>Medida (proveedores reservados)</translation>
    </message>
    <message>
        <source>Model %1 is now active.</source>
        <translation>El modelo %1 ya está activo.</translation>
    </message>
    <message>
        <source>Model changed</source>
        <translation>Modelo cambiado</translation>
    </message>
    <message>
        <source>No candidate to compare</source>
        <translation>No hay candidato que comparar</translation>
    </message>
    <message>
        <source>Promote the candidate</source>
        <translation>Promover el candidato</translation>
    </message>
    <message>
        <source>Ranking quality (NDCG@3)</source>
        <translation>Calidad del orden (NDCG@3)</translation>
    </message>
    <message>
        <source>Roll back to the previous model</source>
        <translation>Volver al modelo anterior</translation>
    </message>
    <message>
        <source>Rolled back: model %1 is active again.</source>
        <translation>Se volvió atrás: el modelo %1 está activo otra vez.</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Volviendo al modelo anterior…</translation>
    </message>
    <message>
        <source>Scores the held-out suppliers of the training data with both models (takes a little while).</source>
        <translation>Puntúa a los proveedores reservados de los datos de entrenamiento con ambos modelos (toma un momento).</translation>
    </message>
    <message>
        <source>Scoring the held-out suppliers with both models…</source>
        <translation>Puntuando a los proveedores reservados con ambos modelos…</translation>
    </message>
    <message>
        <source>The training data are not on this computer; run `dvc pull` to get them.</source>
        <translation>Los datos de entrenamiento no están en esta computadora; ejecute `dvc pull` para obtenerlos.</translation>
    </message>
    <message>
        <source>There is no earlier model to go back to: no other version has been active on this PC.</source>
        <translation>No hay un modelo anterior al cual volver: ninguna otra versión ha estado activa en esta PC.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message numerus="yes">
        <source>%n audited label(s) entered in the app are not in the dataset yet.</source>
        <translation>
            <numerusform>%n puntaje auditado ingresado en la aplicación aún no está en los datos.</numerusform>
            <numerusform>%n puntajes auditados ingresados en la aplicación aún no están en los datos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) were added as a new dataset version (%1).</source>
        <translation>
            <numerusform>Se agregó %n puntaje como nueva versión de los datos (%1).</numerusform>
            <numerusform>Se agregaron %n puntajes como nueva versión de los datos (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Add as a new dataset version</source>
        <translation>Agregar como nueva versión de los datos</translation>
    </message>
    <message>
        <source>Add as a new dataset version and push to “%1”</source>
        <translation>Agregar como nueva versión de los datos y subir a «%1»</translation>
    </message>
    <message>
        <source>Adding the audited labels to the dataset…</source>
        <translation>Agregando los puntajes auditados a los datos…</translation>
    </message>
    <message>
        <source>Audited score</source>
        <translation>Puntaje auditado</translation>
    </message>
    <message>
        <source>Dataset updated</source>
        <translation>Datos actualizados</translation>
    </message>
    <message>
        <source>Every audited label entered in the app is in the dataset.</source>
        <translation>Todos los puntajes auditados ingresados en la aplicación ya están en los datos.</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ingrediente</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>They were pushed to the DVC remote “%1”.</source>
        <translation>Se subieron al remoto DVC «%1».</translation>
    </message>
    <message>
        <source>Training data (DVC)</source>
        <translation>Datos de entrenamiento (DVC)</translation>
    </message>
    <message>
        <source>Version (md5)</source>
        <translation>Versión (md5)</translation>
    </message>
    <message>
        <source>not on this computer (run `dvc pull` to get the data)</source>
        <translation>no están en esta computadora (ejecute `dvc pull` para obtener los datos)</translation>
    </message>
    <message>
        <source>not recorded (run `dvc repro` once)</source>
        <translation>no registrada (ejecute `dvc repro` una vez)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>%1 (%2 km away)</source>
        <translation>%1 (a %2 km)</translation>
    </message>
    <message>
        <source>%1 (likely between %2 and %3)</source>
        <translation>%1 (probablemente entre %2 y %3)</translation>
    </message>
    <message>
        <source>%1 kg CO2e per %2</source>
        <translation>%1 kg CO2e por %2</translation>
    </message>
    <message>
        <source>%1 kg CO2e per %2: ingredient %3, transport %4</source>
        <translation>%1 kg CO2e por %2: ingrediente %3, transporte %4</translation>
    </message>
    <message>
        <source>%1, sheet “%2”, row %3</source>
        <translation>%1, hoja «%2», fila %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 audited&lt;/b&gt; by %2 on %3&lt;br&gt;model&apos;s estimate: %4</source>
        <translation>&lt;b&gt;%1 auditado&lt;/b&gt; por %2 el %3&lt;br&gt;estimación del modelo: %4</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Audited score</source>
        <translation type="vanished">Puntaje auditado</translation>
    </message>
    <message>
        <source>Carbon footprint</source>
        <translation>Huella de carbono</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Effect on the sustainability score</source>
        <translation>Efecto en el puntaje de sostenibilidad</translation>
    </message>
    <message>
        <source>Enter an audited score (sustainability officer)</source>
        <translation type="vanished">Registrar un puntaje auditado (responsable de sostenibilidad)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Procedencia del dato</translation>
    </message>
    <message>
        <source>Ingredient footprint</source>
        <translation>Huella del ingrediente</translation>
    </message>
    <message>
        <source>Needs review: %1</source>
        <translation>Requiere revisión: %1</translation>
    </message>
    <message>
        <source>No explanation yet</source>
        <translation>Aún no hay explicación</translation>
    </message>
    <message>
        <source>No offer selected</source>
        <translation>Ninguna oferta elegida</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Origin and distance</source>
        <translation>Origen y distancia</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Empaque</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Production practice</source>
        <translation>Práctica de producción</translation>
    </message>
    <message>
        <source>S/ %1 per %2</source>
        <translation>S/ %1 por %2</translation>
    </message>
    <message>
        <source>Save audited score</source>
        <translation type="vanished">Guardar puntaje auditado</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Select an offer in the table or on the chart.</source>
        <translation>Elija una oferta en la tabla o en el gráfico.</translation>
    </message>
    <message>
        <source>Since the previous list</source>
        <translation>Desde la lista anterior</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Worth checking: %1</source>
        <translation>Conviene verificar: %1</translation>
    </message>
    <message>
        <source>applies to this ingredient from this supplier</source>
        <translation>se aplica a este ingrediente de este proveedor</translation>
    </message>
    <message>
        <source>applies to this offer</source>
        <translation>se aplica a esta oferta</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>evidencia: %1</translation>
    </message>
    <message>
        <source>flagged at import: %1</source>
        <translation>marcada al importar: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="vanished">ninguno todavía</translation>
    </message>
    <message>
        <source>none yet: the ranking uses the model&apos;s estimate</source>
        <translation>ninguna aún: el orden usa la estimación del modelo</translation>
    </message>
    <message>
        <source>not recommended until you decide (%1)</source>
        <translation>no se recomienda hasta que usted decida (%1)</translation>
    </message>
    <message>
        <source>not scored yet (the model is loading or missing)</source>
        <translation>aún sin puntaje (el modelo se está cargando o no está instalado)</translation>
    </message>
    <message>
        <source>the list is older than %1 days</source>
        <translation type="vanished">la lista tiene más de %1 días</translation>
    </message>
    <message numerus="yes">
        <source>the list is older than %n day(s)</source>
        <translation>
            <numerusform>la lista tiene más de %n día</numerusform>
            <numerusform>la lista tiene más de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>the price changed more than %1 % since the previous list</source>
        <translation>el precio cambió más de %1 % desde la lista anterior</translation>
    </message>
    <message>
        <source>unlike the offers the model learned from, so the score is less certain</source>
        <translation>distinta de las ofertas con las que aprendió el modelo, así que el puntaje es menos seguro</translation>
    </message>
</context>
<context>
    <name>DishesModel</name>
    <message>
        <source>Covers</source>
        <translation>Cubiertos</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>Plato</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingredientes</translation>
    </message>
    <message>
        <source>S/ per portion</source>
        <translation>S/ por porción</translation>
    </message>
    <message>
        <source>kg CO2e per portion</source>
        <translation>kg CO2e por porción</translation>
    </message>
</context>
<context>
    <name>DriftPanel</name>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message numerus="yes">
        <source>%n recent offer(s) checked.</source>
        <translation>
            <numerusform>Se revisó %n oferta reciente.</numerusform>
            <numerusform>Se revisaron %n ofertas recientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>10th–90th percentile</source>
        <translation>percentil 10–90</translation>
    </message>
    <message>
        <source>Check drift</source>
        <translation>Revisar la deriva</translation>
    </message>
    <message>
        <source>Comparing recent offers with the training data…</source>
        <translation>Comparando las ofertas recientes con los datos de entrenamiento…</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>No drift computed yet</source>
        <translation>Aún no se calculó la deriva</translation>
    </message>
    <message>
        <source>No offers were imported in this period.</source>
        <translation>No se importaron ofertas en este periodo.</translation>
    </message>
    <message>
        <source>No scored offers in this period</source>
        <translation>No hay ofertas con puntaje en este periodo</translation>
    </message>
    <message>
        <source>No warnings: the recent offers look like the training data.</source>
        <translation>Sin avisos: las ofertas recientes se parecen a los datos de entrenamiento.</translation>
    </message>
    <message>
        <source>Offers imported in the last</source>
        <translation>Ofertas importadas en los últimos</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>Predicted score</source>
        <translation>Puntaje predicho</translation>
    </message>
    <message>
        <source>Press “Check drift” to compare the recent offers with the training data.</source>
        <translation>Pulse «Revisar la deriva» para comparar las ofertas recientes con los datos de entrenamiento.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Share with categories the model never saw: %1.</source>
        <translation>Proporción con categorías que el modelo nunca vio: %1.</translation>
    </message>
    <message>
        <source>Thresholds: PSI below %1 stable; from %1 a moderate shift (warning); from %2 a large shift (retraining advised). Unknown categories: a warning above %3.</source>
        <translation>Umbrales: PSI menor que %1, estable; desde %1, cambio moderado (aviso); desde %2, cambio grande (se recomienda reentrenar). Categorías desconocidas: aviso por encima de %3.</translation>
    </message>
    <message>
        <source>large shift</source>
        <translation>cambio grande</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>moderate shift</source>
        <translation>cambio moderado</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Could not finish</source>
        <translation>No se pudo terminar</translation>
    </message>
    <message>
        <source>Something went wrong and the task was stopped. Nothing was changed; the details are in the log file.</source>
        <translation>Algo salió mal y la tarea se detuvo. No se cambió nada; los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>ExportSavedMessage</name>
    <message>
        <source>No program on this PC opened %1; open it from your file manager.</source>
        <translation>Ningún programa de esta PC abrió %1; ábralo desde el explorador de archivos.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Informe exportado</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>The Excel report was saved as:
%1</source>
        <translation>El informe Excel se guardó como:
%1</translation>
    </message>
</context>
<context>
    <name>FileDatesTable</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>List date</source>
        <translation>Fecha de la lista</translation>
    </message>
    <message>
        <source>Where the date comes from</source>
        <translation>De dónde sale la fecha</translation>
    </message>
    <message>
        <source>corrected by you</source>
        <translation>corregida por usted</translation>
    </message>
    <message>
        <source>no date in the file: the day it was last saved</source>
        <translation>el archivo no indica fecha: el día en que se guardó por última vez</translation>
    </message>
    <message>
        <source>read from the file: “%1”</source>
        <translation>leída del archivo: «%1»</translation>
    </message>
</context>
<context>
    <name>FrontierChart</name>
    <message>
        <source>Cheapest</source>
        <translation>Más barato</translation>
    </message>
    <message>
        <source>Cost of the week (S/)</source>
        <translation>Costo de la semana (S/)</translation>
    </message>
    <message>
        <source>Current suppliers</source>
        <translation>Proveedores actuales</translation>
    </message>
    <message>
        <source>Greenest</source>
        <translation>Más verde</translation>
    </message>
    <message>
        <source>Press “Plan with trade-off chart” to compare plans</source>
        <translation>Pulse «Planificar con curva de compromiso» para comparar planes</translation>
    </message>
    <message>
        <source>kg CO2e of the week&apos;s purchases</source>
        <translation>kg CO2e de las compras de la semana</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n oferta</numerusform>
            <numerusform>%n ofertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) wait for your decision (Review tab) and are not recommended until then.</source>
        <translation>
            <numerusform>%n oferta espera su decisión (pestaña Revisar) y no se recomienda hasta entonces.</numerusform>
            <numerusform>%n ofertas esperan su decisión (pestaña Revisar) y no se recomiendan hasta entonces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Agregar archivos…</translation>
    </message>
    <message>
        <source>Check how each column is read; correct it if needed.</source>
        <translation>Revise cómo se lee cada columna; corríjala si hace falta.</translation>
    </message>
    <message>
        <source>Choose price lists</source>
        <translation>Elegir listas de precios</translation>
    </message>
    <message>
        <source>Cleansing report</source>
        <translation>Informe de limpieza</translation>
    </message>
    <message>
        <source>Columns changed: press “Read again with these columns” to see the result.</source>
        <translation>Columnas cambiadas: pulse «Volver a leer con estas columnas» para ver el resultado.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Fixed values</source>
        <translation>Valores corregidos</translation>
    </message>
    <message>
        <source>Flagged rows</source>
        <translation>Filas marcadas</translation>
    </message>
    <message numerus="yes">
        <source>Import %n offer(s)</source>
        <translation>
            <numerusform>Importar %n oferta</numerusform>
            <numerusform>Importar %n ofertas</numerusform>
        </translation>
    </message>
    <message>
        <source>Import price lists</source>
        <translation>Importar listas de precios</translation>
    </message>
    <message>
        <source>No price list found in this sheet.</source>
        <translation>No se encontró una lista de precios en esta hoja.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Price lists (%1)</source>
        <translation>Listas de precios (%1)</translation>
    </message>
    <message>
        <source>Price lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation type="vanished">Listas de precios (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <source>Price lists to import (Excel, LibreOffice or CSV), each with the date of its prices:</source>
        <translation>Listas de precios a importar (Excel, LibreOffice o CSV), cada una con la fecha de sus precios:</translation>
    </message>
    <message>
        <source>Price lists to import (Excel, LibreOffice or CSV):</source>
        <translation type="vanished">Listas de precios a importar (Excel, LibreOffice o CSV):</translation>
    </message>
    <message>
        <source>Read again with these columns</source>
        <translation>Volver a leer con estas columnas</translation>
    </message>
    <message>
        <source>Reading price lists…</source>
        <translation>Leyendo las listas de precios…</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing was imported.</source>
        <translation>Se canceló la lectura; no se importó nada.</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message numerus="yes">
        <source>Review (%n)</source>
        <translation>
            <numerusform>Revisar (%n)</numerusform>
            <numerusform>Revisar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheets and columns</source>
        <translation>Hojas y columnas</translation>
    </message>
    <message>
        <source>Some files could not be read</source>
        <translation>Algunos archivos no se pudieron leer</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message numerus="yes">
        <source>%1… (%n rows)</source>
        <translation>
            <numerusform>%1… (%n fila)</numerusform>
            <numerusform>%1… (%n filas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Double-click to see this row in the sheet</source>
        <translation>Doble clic para ver esta fila en la hoja</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corregida</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
</context>
<context>
    <name>IngredientListModel</name>
    <message>
        <source>(not recognised)</source>
        <translation>(no reconocido)</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ingrediente</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendada</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Recomendada: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n offer(s) imported.</source>
        <translation>
            <numerusform>%n oferta importada.</numerusform>
            <numerusform>%n ofertas importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) wait for review</source>
        <translation>
            <numerusform>%n oferta espera revisión</numerusform>
            <numerusform>%n ofertas esperan revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Admin…</source>
        <translation>Administración…</translation>
    </message>
    <message>
        <source>Audit saved: the ranking uses it now, and it will feed the next retraining.</source>
        <translation>Auditoría guardada: el orden ya la usa y servirá para el próximo reentrenamiento.</translation>
    </message>
    <message>
        <source>Audited score saved; it will be used at the next retraining.</source>
        <translation type="vanished">Puntaje auditado guardado; se usará en el próximo reentrenamiento.</translation>
    </message>
    <message>
        <source>Audited scores saved</source>
        <translation>Puntajes auditados guardados</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Excel report</source>
        <translation>Exportar informe Excel</translation>
    </message>
    <message>
        <source>Export Excel report…</source>
        <translation>Exportar informe Excel…</translation>
    </message>
    <message>
        <source>Export the ranking as an Excel report (Ctrl+E)</source>
        <translation>Exportar la clasificación como informe Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Import price lists…</source>
        <translation>Importar listas de precios…</translation>
    </message>
    <message>
        <source>Import the price lists suppliers sent (Ctrl+O)</source>
        <translation>Importar las listas de precios que enviaron los proveedores (Ctrl+O)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Cargando modelo…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modelo %1</translation>
    </message>
    <message>
        <source>No model: offers are shown without scores</source>
        <translation>Sin modelo: las ofertas se muestran sin puntaje</translation>
    </message>
    <message>
        <source>Not recommended until you decide: choose “Change ingredient…” on the offer (Ctrl+I), or accept its price or place when you import the supplier&apos;s list again.</source>
        <translation>No se recomiendan hasta que usted decida: elija «Cambiar ingrediente…» en la oferta (Ctrl+I), o acepte su precio o lugar al importar de nuevo la lista del proveedor.</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <source>Purchase plan</source>
        <translation>Plan de compras</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation type="vanished">Informe exportado</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Informe guardado: %1</translation>
    </message>
    <message>
        <source>Save audited scores for retraining</source>
        <translation>Guardar puntajes auditados para reentrenar</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Sourcing report %1.xlsx</source>
        <translation>Informe de abastecimiento %1.xlsx</translation>
    </message>
    <message>
        <source>Supplier standing per month or quarter, scorecards and the latest price changes (Ctrl+Shift+U)</source>
        <translation>Posición de los proveedores por mes o trimestre, fichas de evaluación y los últimos cambios de precio (Ctrl+Mayús+U)</translation>
    </message>
    <message>
        <source>Suppliers over time…</source>
        <translation>Proveedores en el tiempo…</translation>
    </message>
    <message>
        <source>Sustainable Sourcing Optimizer</source>
        <translation>Optimizador de Abastecimiento Sostenible</translation>
    </message>
    <message>
        <source>Sustainable Sourcing Optimizer
Imports supplier price lists, scores the sustainability of every offer and ranks the options for each ingredient.</source>
        <translation>Optimizador de Abastecimiento Sostenible
Importa las listas de precios de los proveedores, califica la sostenibilidad de cada oferta y ordena las opciones de cada ingrediente.</translation>
    </message>
    <message>
        <source>The Excel report was saved as:
%1</source>
        <translation type="vanished">El informe Excel se guardó como:
%1</translation>
    </message>
    <message>
        <source>The audited scores were saved for retraining in:
%1</source>
        <translation>Los puntajes auditados se guardaron para reentrenar en:
%1</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
    </message>
    <message>
        <source>Writing the Excel report…</source>
        <translation>Escribiendo el informe Excel…</translation>
    </message>
    <message>
        <source>sourcing_report.xlsx</source>
        <translation type="vanished">informe_abastecimiento.xlsx</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>(not used)</source>
        <translation>(no se usa)</translation>
    </message>
    <message>
        <source>Audited score</source>
        <translation>Puntaje auditado</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna en el archivo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Header row found here</source>
        <translation>Aquí se encontró la fila de encabezados</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Entrega (días)</translation>
    </message>
    <message>
        <source>No header row with product and price columns was found in this sheet.</source>
        <translation>No se encontró en esta hoja una fila de encabezados con columnas de producto y precio.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Pack (quantity and unit)</source>
        <translation>Presentación (cantidad y unidad)</translation>
    </message>
    <message>
        <source>Pack quantity</source>
        <translation>Cantidad por presentación</translation>
    </message>
    <message>
        <source>Pack unit</source>
        <translation>Unidad de la presentación</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Empaque</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Production practice</source>
        <translation>Práctica de producción</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Se lee como</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <source>Current supplier</source>
        <translation>Proveedor actual</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ingrediente</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
</context>
<context>
    <name>OffersTableModel</name>
    <message>
        <source>Audited score: the ranking uses it instead of the model&apos;s estimate.</source>
        <translation>Puntaje auditado: la clasificación lo usa en lugar de la estimación del modelo.</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Distancia (km)</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Entrega (días)</translation>
    </message>
    <message>
        <source>List date</source>
        <translation>Fecha de la lista</translation>
    </message>
    <message>
        <source>Needs review: flagged at import or unlike the offers the model learned from.</source>
        <translation>Requiere revisión: marcada al importar o distinta de las ofertas con las que aprendió el modelo.</translation>
    </message>
    <message>
        <source>Needs review: the price changed more than %1 % since the previous list.</source>
        <translation>Requiere revisión: el precio cambió más de %1 % desde la lista anterior.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Price (S/)</source>
        <translation>Precio (S/)</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Cambio de precio</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>S/ per base unit</source>
        <translation type="vanished">S/ por unidad base</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <source>This list is older than %1 days: ask the supplier for a new one.</source>
        <translation type="vanished">Esta lista tiene más de %1 días: pida al proveedor una nueva.</translation>
    </message>
    <message numerus="yes">
        <source>This list is older than %n day(s): ask the supplier for a new one.</source>
        <translation>
            <numerusform>Esta lista tiene más de %n día: pida al proveedor una nueva.</numerusform>
            <numerusform>Esta lista tiene más de %n días: pida al proveedor una nueva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>audited</source>
        <translation>auditado</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>kg CO2e</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>price list</source>
        <translation>lista de precios</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desactualizada</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Choose an admin PIN (at least 4 digits). It protects retraining and model changes; only a salted hash of it is stored.</source>
        <translation>Elija un PIN de administración (al menos 4 dígitos). Protege el reentrenamiento y los cambios de modelo; solo se guarda un hash con sal del PIN.</translation>
    </message>
    <message>
        <source>Enter the admin PIN.</source>
        <translation>Ingrese el PIN de administración.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <source>The PIN could not be saved: %1</source>
        <translation>No se pudo guardar el PIN: %1</translation>
    </message>
    <message>
        <source>The PIN must be at least 4 digits.</source>
        <translation>El PIN debe tener al menos 4 dígitos.</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden; escriba el mismo PIN dos veces.</translation>
    </message>
    <message>
        <source>Too many wrong PINs; try again in %1 s.</source>
        <translation>Demasiados PIN incorrectos; vuelva a intentarlo en %1 s.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
</context>
<context>
    <name>PipelineSettingsPanel</name>
    <message>
        <source>DVC remote</source>
        <translation>Remoto DVC</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Spark master</source>
        <translation>Maestro de Spark</translation>
    </message>
    <message>
        <source>The name of a remote in the project&apos;s DVC configuration; empty uses the project&apos;s default remote. The training data are pulled from it and new audited labels are pushed to it.</source>
        <translation>El nombre de un remoto de la configuración DVC del proyecto; vacío usa el remoto predeterminado del proyecto. De él se descargan los datos de entrenamiento y a él se suben las nuevas etiquetas auditadas.</translation>
    </message>
    <message>
        <source>Where retraining runs and where the training data are kept.</source>
        <translation>Dónde se ejecuta el reentrenamiento y dónde se guardan los datos de entrenamiento.</translation>
    </message>
    <message>
        <source>local[*] runs Spark on this PC with every core; spark://host:7077 uses a Spark cluster.</source>
        <translation>local[*] ejecuta Spark en esta PC con todos sus núcleos; spark://host:7077 usa un clúster de Spark.</translation>
    </message>
</context>
<context>
    <name>PlanTables</name>
    <message>
        <source>Base unit</source>
        <translation type="vanished">Unidad base</translation>
    </message>
    <message>
        <source>Cheapest plan</source>
        <translation>Plan más barato</translation>
    </message>
    <message>
        <source>Current suppliers</source>
        <translation>Proveedores actuales</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Greenest plan</source>
        <translation>Plan más verde</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ingrediente</translation>
    </message>
    <message>
        <source>Line S/</source>
        <translation>S/ de la línea</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Puntaje medio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="vanished">Empaque</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="vanished">Empaques</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>S/ per pack</source>
        <translation>S/ por empaque</translation>
    </message>
    <message>
        <source>S/ vs this plan</source>
        <translation>S/ vs. este plan</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>Este plan</translation>
    </message>
    <message>
        <source>Total S/</source>
        <translation>Total S/</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="vanished">Unidad</translation>
    </message>
    <message>
        <source>kg CO2e</source>
        <translation>kg CO2e</translation>
    </message>
    <message>
        <source>kg CO2e vs this plan</source>
        <translation>kg CO2e vs. este plan</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Add ingredient</source>
        <translation>Agregar ingrediente</translation>
    </message>
    <message>
        <source>Budget (S/)</source>
        <translation>Presupuesto (S/)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Certified only</source>
        <translation>Solo certificados</translation>
    </message>
    <message>
        <source>Cost and carbon trade-off</source>
        <translation>Compromiso costo–carbono</translation>
    </message>
    <message>
        <source>Cost and kg CO2e per portion as bought in the plan.</source>
        <translation>Costo y kg CO2e por porción según lo comprado en el plan.</translation>
    </message>
    <message>
        <source>Cost and kg CO2e per portion at the cheapest offer that may be planned.</source>
        <translation>Costo y kg CO2e por porción a la oferta más barata que se puede planificar.</translation>
    </message>
    <message>
        <source>Current suppliers: %1</source>
        <translation>Proveedores actuales: %1</translation>
    </message>
    <message>
        <source>Enter the week&apos;s needs (or import them), then make the plan.</source>
        <translation>Ingrese las necesidades de la semana (o impórtelas) y haga el plan.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import needs…</source>
        <translation>Importar necesidades…</translation>
    </message>
    <message>
        <source>Import recipes</source>
        <translation>Importar recetas</translation>
    </message>
    <message>
        <source>Import recipes…</source>
        <translation>Importar recetas…</translation>
    </message>
    <message>
        <source>Import the week&apos;s needs</source>
        <translation>Importar las necesidades de la semana</translation>
    </message>
    <message>
        <source>Lowest cost</source>
        <translation>Menor costo</translation>
    </message>
    <message>
        <source>Lowest kg CO2e</source>
        <translation>Menor kg CO2e</translation>
    </message>
    <message>
        <source>Make the plan</source>
        <translation>Hacer el plan</translation>
    </message>
    <message>
        <source>Minimise</source>
        <translation>Minimizar</translation>
    </message>
    <message>
        <source>Minimum orders read from a price list cannot be changed here; enter the terms of the other suppliers (a minimum of 0 means none).</source>
        <translation>Los pedidos mínimos leídos de una lista de precios no se cambian aquí; ingrese las condiciones de los demás proveedores (un mínimo de 0 significa ninguno).</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Puntaje mínimo</translation>
    </message>
    <message>
        <source>Most suppliers</source>
        <translation>Máximo de proveedores</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>No air freight</source>
        <translation>Sin carga aérea</translation>
    </message>
    <message>
        <source>Orders by supplier</source>
        <translation>Pedidos por proveedor</translation>
    </message>
    <message>
        <source>Orders saved</source>
        <translation>Pedidos guardados</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan with trade-off chart</source>
        <translation>Planificar con curva de compromiso</translation>
    </message>
    <message>
        <source>Planning the week&apos;s purchases…</source>
        <translation>Planificando las compras de la semana…</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planificando…</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Recetas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>S/ %1 · %2 kg CO2e · %3 deliveries · %4</source>
        <translation type="vanished">S/ %1 · %2 kg CO2e · %3 entregas · %4</translation>
    </message>
    <message numerus="yes">
        <source>S/ %1 · %2 kg CO2e · %n delivery(ies) · %4</source>
        <translation>
            <numerusform>S/ %1 · %2 kg CO2e · %n entrega · %4</numerusform>
            <numerusform>S/ %1 · %2 kg CO2e · %n entregas · %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Save orders…</source>
        <translation>Guardar pedidos…</translation>
    </message>
    <message>
        <source>Save plan as CSV…</source>
        <translation>Guardar plan como CSV…</translation>
    </message>
    <message>
        <source>Save the orders</source>
        <translation>Guardar los pedidos</translation>
    </message>
    <message>
        <source>Save the plan as CSV</source>
        <translation>Guardar el plan como CSV</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Tables (%1)</source>
        <translation>Tablas (%1)</translation>
    </message>
    <message>
        <source>The orders were saved as:
%1</source>
        <translation>Los pedidos se guardaron como:
%1</translation>
    </message>
    <message>
        <source>Use the covers as this week&apos;s needs</source>
        <translation>Usar los cubiertos como necesidades de la semana</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Writing the orders…</source>
        <translation>Escribiendo los pedidos…</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>orders_%1.xlsx</source>
        <translation>pedidos_%1.xlsx</translation>
    </message>
    <message>
        <source>plan_%1.csv</source>
        <translation>plan_%1.csv</translation>
    </message>
    <message>
        <source>proven optimal</source>
        <translation>óptimo demostrado</translation>
    </message>
    <message>
        <source>within %1 % of the best possible</source>
        <translation>a menos de %1 % del mejor posible</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre de archivo:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tipo de archivo:</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>As written</source>
        <translation>Tal como está escrito</translation>
    </message>
    <message>
        <source>Certificate not in the catalog</source>
        <translation>Certificación fuera del catálogo</translation>
    </message>
    <message>
        <source>Ingredient not recognised</source>
        <translation>Ingrediente no reconocido</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Origin not in the catalog</source>
        <translation>Procedencia fuera del catálogo</translation>
    </message>
    <message>
        <source>Price far from the other offers</source>
        <translation>Precio lejos de las demás ofertas</translation>
    </message>
    <message>
        <source>Price far from the usual</source>
        <translation>Precio lejos de lo habitual</translation>
    </message>
    <message>
        <source>Read as %1, but &apos;%2&apos; may make it another product</source>
        <translation>Leído como %1, pero «%2» puede hacerlo otro producto</translation>
    </message>
    <message>
        <source>Read as %1, but it also names %2</source>
        <translation>Leído como %1, pero también nombra %2</translation>
    </message>
    <message>
        <source>Read as %1, not sure</source>
        <translation>Leído como %1, sin certeza</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>RetrainPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Evaluating</source>
        <translation>Evaluando</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Generando</translation>
    </message>
    <message>
        <source>Getting the data</source>
        <translation>Obteniendo los datos</translation>
    </message>
    <message>
        <source>Measuring how audits teach the model</source>
        <translation>Midiendo cuánto enseñan las auditorías al modelo</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Sin ejecutar.</translation>
    </message>
    <message>
        <source>Preparing the data</source>
        <translation>Preparando los datos</translation>
    </message>
    <message>
        <source>Registering the candidate</source>
        <translation>Registrando el candidato</translation>
    </message>
    <message>
        <source>Retraining runs the DVC pipeline with Spark (master: %1) on the training data and the audited labels, and registers the result as a candidate. The active model does not change until you promote the candidate.</source>
        <translation>El reentrenamiento ejecuta el pipeline de DVC con Spark (master: %1) sobre los datos de entrenamiento y los puntajes auditados, y registra el resultado como candidato. El modelo activo no cambia hasta que usted promueva el candidato.</translation>
    </message>
    <message>
        <source>Start retraining</source>
        <translation>Iniciar reentrenamiento</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>This installed app does not retrain models: retraining runs on the admin computer with a Python install of the project and Java 17 or newer (docs/installing.md, &apos;Retraining and Java&apos;). To use a model trained there: sourcing models register FOLDER --promote.</source>
        <translation>Esta aplicación instalada no reentrena modelos: el reentrenamiento se hace en la computadora de administración, con una instalación de Python del proyecto y Java 17 o posterior (docs/installing.md, &apos;Retraining and Java&apos;). Para usar un modelo entrenado allí: sourcing models register CARPETA --promote.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenando</translation>
    </message>
</context>
<context>
    <name>RetrainProcess</name>
    <message>
        <source>The retraining could not be started: %1</source>
        <translation>No se pudo iniciar el reentrenamiento: %1</translation>
    </message>
    <message>
        <source>The retraining did not stop when asked; it was ended forcibly.</source>
        <translation>El reentrenamiento no se detuvo al pedírselo; se terminó a la fuerza.</translation>
    </message>
    <message>
        <source>The retraining finished and registered a new candidate model.</source>
        <translation>El reentrenamiento terminó y registró un nuevo modelo candidato.</translation>
    </message>
    <message>
        <source>The retraining process crashed. The active model is unchanged; the log above shows how far it got.</source>
        <translation>El proceso de reentrenamiento falló de golpe. El modelo activo no cambió; el registro de arriba muestra hasta dónde llegó.</translation>
    </message>
    <message>
        <source>The retraining stopped with an error (exit code %1). The active model is unchanged; the log above has the details.</source>
        <translation>El reentrenamiento se detuvo con un error (código de salida %1). El modelo activo no cambió; el registro de arriba tiene los detalles.</translation>
    </message>
    <message>
        <source>The retraining was cancelled; the active model and the dataset are unchanged.</source>
        <translation>Se canceló el reentrenamiento; el modelo activo y los datos no cambiaron.</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Accept the price</source>
        <translation>Aceptar el precio</translation>
    </message>
    <message>
        <source>Decisions can be undone with “Change ingredient…” or `sourcing corrections`.</source>
        <translation>Las decisiones se pueden deshacer con «Cambiar ingrediente…» o con `sourcing corrections`.</translation>
    </message>
    <message>
        <source>If the price is right, accept it; if the ingredient is wrong, pick the right one:</source>
        <translation>Si el precio es correcto, acéptelo; si el ingrediente está mal, elija el correcto:</translation>
    </message>
    <message>
        <source>Not in the catalog</source>
        <translation>No está en el catálogo</translation>
    </message>
    <message>
        <source>Nothing waits for a decision.</source>
        <translation>Nada espera una decisión.</translation>
    </message>
    <message>
        <source>These products need your decision. Offers in bold are kept but not recommended until you decide; each decision is remembered for the supplier and applied to its next lists.</source>
        <translation>Estos productos necesitan su decisión. Las ofertas en negrita se conservan, pero no se recomiendan hasta que usted decida; cada decisión se recuerda para el proveedor y se aplica a sus próximas listas.</translation>
    </message>
    <message>
        <source>Use this certificate</source>
        <translation>Usar esta certificación</translation>
    </message>
    <message>
        <source>Use this ingredient</source>
        <translation>Usar este ingrediente</translation>
    </message>
    <message>
        <source>Use this place</source>
        <translation>Usar este lugar</translation>
    </message>
    <message>
        <source>Which certificate of the catalog is it?</source>
        <translation>¿Qué certificación del catálogo es?</translation>
    </message>
    <message>
        <source>Which ingredient is it?</source>
        <translation>¿Qué ingrediente es?</translation>
    </message>
    <message>
        <source>Which place of the catalog is it?</source>
        <translation>¿Qué lugar del catálogo es?</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n opción</numerusform>
            <numerusform>%n opciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait for review (shown with “Show excluded”)</source>
        <translation>
            <numerusform>%n espera revisión (se ve con «Mostrar excluidas»)</numerusform>
            <numerusform>%n esperan revisión (se ven con «Mostrar excluidas»)</numerusform>
        </translation>
    </message>
    <message>
        <source>Certified only</source>
        <translation>Solo certificadas</translation>
    </message>
    <message>
        <source>Change ingredient…</source>
        <translation>Cambiar ingrediente…</translation>
    </message>
    <message>
        <source>Filter by product, supplier, origin…</source>
        <translation>Filtrar por producto, proveedor, origen…</translation>
    </message>
    <message>
        <source>Filter the offers (Ctrl+F)</source>
        <translation>Filtrar las ofertas (Ctrl+F)</translation>
    </message>
    <message>
        <source>No air freight</source>
        <translation>Sin transporte aéreo</translation>
    </message>
    <message>
        <source>No offers yet. Import a supplier&apos;s price list (Ctrl+O) or drop it here.</source>
        <translation>Aún no hay ofertas. Importe la lista de precios de un proveedor (Ctrl+O) o arrástrela aquí.</translation>
    </message>
    <message>
        <source>Show excluded</source>
        <translation>Mostrar excluidas</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>%1 (region)</source>
        <translation>%1 (región)</translation>
    </message>
    <message>
        <source>%1, %2 is not in Peru: south and west are negative there (Lima is about -12.05, -77.04).</source>
        <translation>%1, %2 no está en el Perú: allí el sur y el oeste son negativos (Lima está en -12.05, -77.04, aprox.).</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>1 US dollar in soles</source>
        <translation>1 dólar estadounidense en soles</translation>
    </message>
    <message>
        <source>1 euro in soles</source>
        <translation>1 euro en soles</translation>
    </message>
    <message>
        <source>A list is stale after (days)</source>
        <translation>Una lista queda desactualizada después de (días)</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administración</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Carbon footprint</source>
        <translation>Huella de carbono</translation>
    </message>
    <message>
        <source>DVC remote</source>
        <translation type="vanished">Remoto DVC</translation>
    </message>
    <message>
        <source>Default weights</source>
        <translation>Pesos predeterminados</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Exchange rates to soles</source>
        <translation>Tipos de cambio a soles</translation>
    </message>
    <message>
        <source>Exchange rates to soles (0 = use the bundled rate)</source>
        <translation type="vanished">Tipos de cambio a soles (0 = usar el tipo incluido)</translation>
    </message>
    <message>
        <source>Flag a price change above (%)</source>
        <translation>Marcar un cambio de precio mayor a (%)</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither (the place&apos;s position is used then).</source>
        <translation>Indique la latitud y la longitud, o ninguna de las dos (entonces se usa la posición del lugar).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <source>Latitude (optional)</source>
        <translation>Latitud (opcional)</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Plazo de entrega</translation>
    </message>
    <message>
        <source>Longitude (optional)</source>
        <translation>Longitud (opcional)</translation>
    </message>
    <message>
        <source>Name (printed on purchase orders)</source>
        <translation>Nombre (se imprime en las órdenes de compra)</translation>
    </message>
    <message>
        <source>Place (town or region)</source>
        <translation>Lugar (ciudad o región)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>Historial de precios</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurante</translation>
    </message>
    <message>
        <source>Restaurant location</source>
        <translation type="vanished">Ubicación del restaurante</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Spark master</source>
        <translation type="vanished">Spark master</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <source>The %1 “%2” is not a number.</source>
        <translation>La %1 «%2» no es un número.</translation>
    </message>
    <message>
        <source>The rates in use. Included rates: %1. Change them to your bank&apos;s rate if it differs.</source>
        <translation>Los tipos en uso. Tipos incluidos: %1. Cámbielos por el de su banco si es distinto.</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitud</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitud</translation>
    </message>
    <message>
        <source>not set (set it on the admin screen)</source>
        <translation>no configurado (configúrelo en la pantalla de administración)</translation>
    </message>
    <message>
        <source>set</source>
        <translation>configurado</translation>
    </message>
    <message>
        <source>set by IT for this computer</source>
        <translation>definido por TI para esta computadora</translation>
    </message>
    <message>
        <source>“%1” is not a place the app knows: choose one from the list.</source>
        <translation>«%1» no es un lugar que la aplicación conozca: elija uno de la lista.</translation>
    </message>
</context>
<context>
    <name>StandingModel</name>
    <message>
        <source>Before (S/ per base unit)</source>
        <translation>Antes (S/ por unidad base)</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>Cambio (puntos)</translation>
    </message>
    <message>
        <source>Complete rows</source>
        <translation>Filas completas</translation>
    </message>
    <message>
        <source>Current list</source>
        <translation>Lista actual</translation>
    </message>
    <message>
        <source>Flagged or refused</source>
        <translation>Marcadas o rechazadas</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Mean sustainability</source>
        <translation>Sostenibilidad promedio</translation>
    </message>
    <message>
        <source>Now (S/ per base unit)</source>
        <translation>Ahora (S/ por unidad base)</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <source>Previous list</source>
        <translation>Lista anterior</translation>
    </message>
    <message>
        <source>Price index</source>
        <translation>Índice de precios</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Rank change</source>
        <translation>Cambio de puesto</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendada</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>no longer offered</source>
        <translation>ya no se ofrece</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot start</source>
        <translation>No se puede iniciar</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Start a fresh workspace</source>
        <translation>Empezar un espacio de trabajo nuevo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Workspace problem</source>
        <translation>Problema con el espacio de trabajo</translation>
    </message>
    <message>
        <source>You can start a fresh workspace: the damaged file is kept beside it, renamed, so nothing is deleted. Your price lists are not affected.</source>
        <translation>Puede empezar un espacio de trabajo nuevo: el archivo dañado se conserva al lado con otro nombre, así que no se borra nada. Sus listas de precios no se ven afectadas.</translation>
    </message>
</context>
<context>
    <name>SuppliersWindow</name>
    <message numerus="yes">
        <source>%n supplier(s) in %1</source>
        <translation>
            <numerusform>%n proveedor en %1</numerusform>
            <numerusform>%n proveedores en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing the suppliers week by week…</source>
        <translation>Comparando a los proveedores semana a semana…</translation>
    </message>
    <message>
        <source>Complete rows</source>
        <translation>Filas completas</translation>
    </message>
    <message>
        <source>Latest changes</source>
        <translation>Últimos cambios</translation>
    </message>
    <message>
        <source>Mean sustainability score</source>
        <translation>Puntaje de sostenibilidad promedio</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>No lists from this supplier yet</source>
        <translation>Aún no hay listas de este proveedor</translation>
    </message>
    <message>
        <source>No price lists stored yet.</source>
        <translation>Aún no hay listas de precios guardadas.</translation>
    </message>
    <message>
        <source>Only price changes above the threshold</source>
        <translation>Solo cambios de precio por encima del umbral</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Price index (100 = market median)</source>
        <translation>Índice de precios (100 = mediana del mercado)</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Recommended: share of the supplier&apos;s offers that were the best option of their ingredient that week, with the default weights of the settings. Price index: its prices against each ingredient&apos;s market median (100 = median; below 100 is cheaper). Complete rows: origin, transport and certification stated. Flagged or refused: rows flagged or refused at import. Changes compare with the previous period. Double-click a supplier for its scorecard.</source>
        <translation>Recomendada: parte de las ofertas del proveedor que fueron la mejor opción de su ingrediente esa semana, con los pesos predeterminados de la configuración. Índice de precios: sus precios frente a la mediana del mercado de cada ingrediente (100 = mediana; por debajo de 100 es más barato). Filas completas: indican origen, transporte y certificación. Marcadas o rechazadas: filas marcadas o rechazadas al importar. Los cambios se comparan con el periodo anterior. Haga doble clic en un proveedor para ver su ficha.</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Ficha de evaluación</translation>
    </message>
    <message>
        <source>Share recommended</source>
        <translation>Parte recomendada</translation>
    </message>
    <message>
        <source>Showing:</source>
        <translation>Mostrando:</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Supplier:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Suppliers over time</source>
        <translation>Proveedores en el tiempo</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <source>Delivery days</source>
        <translation>Días de reparto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen del dato</translation>
    </message>
    <message>
        <source>Maximum order (S/)</source>
        <translation>Pedido máximo (S/)</translation>
    </message>
    <message>
        <source>Minimum order (S/)</source>
        <translation>Pedido mínimo (S/)</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>Back to my default weights</source>
        <translation>Volver a mis pesos predeterminados</translation>
    </message>
    <message>
        <source>Carbon footprint</source>
        <translation>Huella de carbono</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Plazo de entrega</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <source>What matters most</source>
        <translation>Qué importa más</translation>
    </message>
</context>
</TS>
