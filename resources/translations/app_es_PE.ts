<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_PE" sourcelanguage="en">
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="60" />
        <source>Administration: data, retraining and models</source>
        <translation>Administración: datos, reentrenamiento y modelos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="63" />
        <source>Dataset</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="64" />
        <source>Retrain</source>
        <translation>Reentrenar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="65" />
        <source>Compare and promote</source>
        <translation>Comparar y promover</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="66" />
        <source>Drift</source>
        <translation>Deriva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="67" />
        <source>Offers to audit next</source>
        <translation>Ofertas por auditar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="89" />
        <source>Retraining is running</source>
        <translation>Hay un reentrenamiento en curso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="89" />
        <source>A retraining is running. Cancel it and close?</source>
        <translation>Hay un reentrenamiento en curso. ¿Cancelarlo y cerrar?</translation>
    </message>
</context>
<context>
    <name>AuditQueuePanel</name>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="69" />
        <source>Audit these offers first: the model is least sure of them (a wide interval) or has moved furthest from the written rubric there. Each audited label you enter teaches the model the most here. Offers already audited or unlike anything the model learned from are left out.</source>
        <translation>Audite primero estas ofertas: el modelo está menos seguro de ellas (un intervalo amplio) o es donde más se ha alejado de la rúbrica escrita. Cada puntaje auditado que registre aquí le enseña más al modelo. Se omiten las ofertas ya auditadas y las que no se parecen a nada de lo que el modelo aprendió.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="75" />
        <source>Offers to list</source>
        <translation>Ofertas a listar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="76" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="88" />
        <source>Import price lists and wait for their scores to see which offers to audit.</source>
        <translation>Importe listas de precios y espere sus puntajes para ver qué ofertas auditar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="108" />
        <source>%n offer(s) to audit next, most useful first.</source>
        <translation>
            <numerusform>%n oferta por auditar, la más útil primero.</numerusform><numerusform>%n ofertas por auditar, las más útiles primero.</numerusform><numerusform>%n ofertas por auditar, las más útiles primero.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="110" />
        <source>No offer needs an audit: every scored offer is audited or needs a review first.</source>
        <translation>Ninguna oferta necesita auditoría: todas las ofertas con puntaje están auditadas o requieren primero una revisión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="116" />
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="117" />
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="118" />
        <source>Ingredient</source>
        <translation>Ingrediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="119" />
        <source>Model score</source>
        <translation>Puntaje del modelo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="120" />
        <source>Likely between</source>
        <translation>Probablemente entre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="121" />
        <source>Rubric score</source>
        <translation>Puntaje de la rúbrica</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="122" />
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../../desktop_app/operations.py" line="149" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="55" />
        <source>Price vs sustainability</source>
        <translation>Precio frente a sostenibilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="56" />
        <source>Top options</source>
        <translation>Mejores opciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="57" />
        <source>Criteria of the selected offer</source>
        <translation>Criterios de la oferta elegida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="68" />
        <source>Price (S/ per base unit)</source>
        <translation>Precio (S/ por unidad base)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="69" />
        <source>Sustainability score</source>
        <translation>Puntaje de sostenibilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="70" />
        <source>Best trade-offs (Pareto front)</source>
        <translation>Mejores compromisos (frente de Pareto)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="71" />
        <source>No offers to show</source>
        <translation>No hay ofertas que mostrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="73" />
        <source>Overall score</source>
        <translation>Puntaje global</translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="73" />
        <source>No ranked offers</source>
        <translation>No hay ofertas clasificadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="75" />
        <source>Contribution to the overall score</source>
        <translation>Aporte al puntaje global</translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="76" />
        <source>Select an offer</source>
        <translation>Elija una oferta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="77" />
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="78" />
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="79" />
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="80" />
        <source>kg CO2e</source>
        <translation>kg CO2e</translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="81" />
        <source>Lead time</source>
        <translation>Plazo de entrega</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="113" />
        <source>Candidate:</source>
        <translation>Candidato:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="114" />
        <source>Compute errors per category</source>
        <translation>Calcular errores por categoría</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="116" />
        <source>Scores the held-out suppliers of the training data with both models (takes a little while).</source>
        <translation>Puntúa a los proveedores reservados de los datos de entrenamiento con ambos modelos (toma un momento).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="118" />
        <source>Promote the candidate</source>
        <translation>Promover el candidato</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="119" />
        <source>Roll back to the previous model</source>
        <translation>Volver al modelo anterior</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="160" />
        <source>Active model: %1. There is no candidate yet: run a retraining first.</source>
        <translation>Modelo activo: %1. Aún no hay candidato: primero ejecute un reentrenamiento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="161" />
        <location filename="../../desktop_app/admin/compare_panel.py" line="170" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="167" />
        <source>Active model: %1. Candidate: %2, made %3. Green: the candidate is better; red: the active model is better.</source>
        <translation>Modelo activo: %1. Candidato: %2, creado el %3. En verde: el candidato es mejor; en rojo: el modelo activo es mejor.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="178" />
        <source>Mean absolute error (MAE)</source>
        <translation>Error absoluto medio (MAE)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="179" />
        <source>F1 of “recommended”</source>
        <translation>F1 de «recomendado»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="180" />
        <source>Ranking quality (NDCG@3)</source>
        <translation>Calidad del orden (NDCG@3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="181" />
        <source>Interval coverage</source>
        <translation>Cobertura del intervalo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="188" />
        <source>MAE for %1</source>
        <translation>MAE de %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="199" />
        <source>Measure (held-out suppliers)</source>
        <translation>Medida (proveedores reservados)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="200" />
        <source>Active (%1)</source>
        <translation>Activo (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="201" />
        <source>Candidate (%1)</source>
        <translation>Candidato (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="206" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="207" />
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="208" />
        <source>No candidate to compare</source>
        <translation>No hay candidato que comparar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="212" />
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="221" />
        <source>MAE per category</source>
        <translation>MAE por categoría</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="222" />
        <source>Errors per category not computed yet</source>
        <translation>Errores por categoría aún no calculados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="246" />
        <source>The training data are not on this computer; run `dvc pull` to get them.</source>
        <translation>Los datos de entrenamiento no están en esta computadora; ejecute `dvc pull` para obtenerlos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="254" />
        <source>Scoring the held-out suppliers with both models…</source>
        <translation>Puntuando a los proveedores reservados con ambos modelos…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="270" />
        <source>Checking and promoting %1…</source>
        <translation>Verificando y promoviendo %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="271" />
        <source>Model %1 is now active.</source>
        <translation>El modelo %1 ya está activo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="280" />
        <source>Rolling back…</source>
        <translation>Volviendo al modelo anterior…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="281" />
        <source>Rolled back: model %1 is active again.</source>
        <translation>Se volvió atrás: el modelo %1 está activo otra vez.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="289" />
        <source>Model changed</source>
        <translation>Modelo cambiado</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="60" />
        <source>Training data (DVC)</source>
        <translation>Datos de entrenamiento (DVC)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="62" />
        <source>Version (md5)</source>
        <translation>Versión (md5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="62" />
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="62" />
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="65" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="85" />
        <source>not recorded (run `dvc repro` once)</source>
        <translation>no registrada (ejecute `dvc repro` una vez)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="87" />
        <source>not on this computer (run `dvc pull` to get the data)</source>
        <translation>no están en esta computadora (ejecute `dvc pull` para obtener los datos)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="90" />
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/admin/dataset_panel.py" line="93" />
        <source>%n audited label(s) entered in the app are not in the dataset yet.</source>
        <translation>
            <numerusform>%n puntaje auditado ingresado en la aplicación aún no está en los datos.</numerusform>
            <numerusform>%n puntajes auditados ingresados en la aplicación aún no están en los datos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="95" />
        <source>Every audited label entered in the app is in the dataset.</source>
        <translation>Todos los puntajes auditados ingresados en la aplicación ya están en los datos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="98" />
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="99" />
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="100" />
        <source>Ingredient</source>
        <translation>Ingrediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="101" />
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="102" />
        <source>Audited score</source>
        <translation>Puntaje auditado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="108" />
        <source>Add as a new dataset version and push to “%1”</source>
        <translation>Agregar como nueva versión de los datos y subir a «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="110" />
        <source>Add as a new dataset version</source>
        <translation>Agregar como nueva versión de los datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="126" />
        <source>Adding the audited labels to the dataset…</source>
        <translation>Agregando los puntajes auditados a los datos…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/admin/dataset_panel.py" line="135" />
        <source>%n label(s) were added as a new dataset version (%1).</source>
        <translation>
            <numerusform>Se agregó %n puntaje como nueva versión de los datos (%1).</numerusform>
            <numerusform>Se agregaron %n puntajes como nueva versión de los datos (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="139" />
        <source>They were pushed to the DVC remote “%1”.</source>
        <translation>Se subieron al remoto DVC «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="140" />
        <source>Dataset updated</source>
        <translation>Datos actualizados</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="104" />
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="105" />
        <source>Carbon footprint</source>
        <translation>Huella de carbono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="106" />
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="107" />
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="108" />
        <source>From</source>
        <translation>Procedencia del dato</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="109" />
        <source>Audited score</source>
        <translation>Puntaje auditado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="113" />
        <source>Enter an audited score (sustainability officer)</source>
        <translation>Registrar un puntaje auditado (responsable de sostenibilidad)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="114" />
        <source>Save audited score</source>
        <translation>Guardar puntaje auditado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="129" />
        <source>Select an offer in the table or on the chart.</source>
        <translation>Elija una oferta en la tabla o en el gráfico.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="134" />
        <source>No offer selected</source>
        <translation>Ninguna oferta elegida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="134" />
        <location filename="../../desktop_app/detail_pane.py" line="202" />
        <source>Effect on the sustainability score</source>
        <translation>Efecto en el puntaje de sostenibilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="140" />
        <source>not scored yet (the model is loading or missing)</source>
        <translation>aún sin puntaje (el modelo se está cargando o no está instalado)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="143" />
        <source>%1 (likely between %2 and %3)</source>
        <translation>%1 (probablemente entre %2 y %3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="153" />
        <source>%1 kg CO2e per %2</source>
        <translation>%1 kg CO2e por %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="156" />
        <source>%1 kg CO2e per %2: ingredient %3, transport %4</source>
        <translation>%1 kg CO2e por %2: ingrediente %3, transporte %4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="164" />
        <source>S/ %1 per %2</source>
        <translation>S/ %1 por %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="171" />
        <source>%1 (%2 km away)</source>
        <translation>%1 (a %2 km)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="175" />
        <source>%1, sheet “%2”, row %3</source>
        <translation>%1, hoja «%2», fila %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="180" />
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="185" />
        <source>unlike the offers the model learned from, so the score is less certain</source>
        <translation>distinta de las ofertas con las que aprendió el modelo, así que el puntaje es menos seguro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="188" />
        <source>flagged at import: %1</source>
        <translation>marcada al importar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="189" />
        <source>Needs review: %1</source>
        <translation>Requiere revisión: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="195" />
        <source>Ingredient footprint</source>
        <translation>Huella del ingrediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="196" />
        <source>Origin and distance</source>
        <translation>Origen y distancia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="197" />
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="198" />
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="199" />
        <source>Production practice</source>
        <translation>Práctica de producción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="200" />
        <source>Packaging</source>
        <translation>Empaque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="201" />
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="203" />
        <source>No explanation yet</source>
        <translation>Aún no hay explicación</translation>
    </message>
</context>
<context>
    <name>DriftPanel</name>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="89" />
        <source>Offers imported in the last</source>
        <translation>Ofertas importadas en los últimos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="90" />
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="91" />
        <source>Check drift</source>
        <translation>Revisar la deriva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="94" />
        <source>Thresholds: PSI below %1 stable; from %1 a moderate shift (warning); from %2 a large shift (retraining advised). Unknown categories: a warning above %3.</source>
        <translation>Umbrales: PSI menor que %1, estable; desde %1, cambio moderado (aviso); desde %2, cambio grande (se recomienda reentrenar). Categorías desconocidas: aviso por encima de %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="114" />
        <source>Comparing recent offers with the training data…</source>
        <translation>Comparando las ofertas recientes con los datos de entrenamiento…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="152" />
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="152" />
        <location filename="../../desktop_app/admin/drift_panel.py" line="193" />
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="152" />
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="156" />
        <source>No offers were imported in this period.</source>
        <translation>No se importaron ofertas en este periodo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="158" />
        <source>Press “Check drift” to compare the recent offers with the training data.</source>
        <translation>Pulse «Revisar la deriva» para comparar las ofertas recientes con los datos de entrenamiento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/admin/drift_panel.py" line="169" />
        <source>%n recent offer(s) checked.</source>
        <translation>
            <numerusform>Se revisó %n oferta reciente.</numerusform>
            <numerusform>Se revisaron %n ofertas recientes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="171" />
        <source>Share with categories the model never saw: %1.</source>
        <translation>Proporción con categorías que el modelo nunca vio: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="178" />
        <source>No warnings: the recent offers look like the training data.</source>
        <translation>Sin avisos: las ofertas recientes se parecen a los datos de entrenamiento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="194" />
        <source>moderate shift</source>
        <translation>cambio moderado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="195" />
        <source>large shift</source>
        <translation>cambio grande</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="196" />
        <source>No drift computed yet</source>
        <translation>Aún no se calculó la deriva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="197" />
        <source>Predicted score</source>
        <translation>Puntaje predicho</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="198" />
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="199" />
        <source>10th–90th percentile</source>
        <translation>percentil 10–90</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="203" />
        <source>No scored offers in this period</source>
        <translation>No hay ofertas con puntaje en este periodo</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop_app/error_dialog.py" line="24" />
        <source>Something went wrong and the task was stopped. Nothing was changed; the details are in the log file.</source>
        <translation>Algo salió mal y la tarea se detuvo. No se cambió nada; los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/error_dialog.py" line="39" />
        <source>Could not finish</source>
        <translation>No se pudo terminar</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="140" />
        <source>Import price lists</source>
        <translation>Importar listas de precios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="141" />
        <source>Price lists to import (Excel, LibreOffice or CSV):</source>
        <translation>Listas de precios a importar (Excel, LibreOffice o CSV):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="142" />
        <source>Add files…</source>
        <translation>Agregar archivos…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="143" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="144" />
        <source>Check how each column is read; correct it if needed.</source>
        <translation>Revise cómo se lee cada columna; corríjala si hace falta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="145" />
        <source>Read again with these columns</source>
        <translation>Volver a leer con estas columnas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="146" />
        <source>Sheets and columns</source>
        <translation>Hojas y columnas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="147" />
        <source>Cleansing report</source>
        <translation>Informe de limpieza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="152" />
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="153" />
        <source>Refused rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="154" />
        <source>Flagged rows</source>
        <translation>Filas marcadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="155" />
        <source>Fixed values</source>
        <translation>Valores corregidos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="156" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="172" />
        <source>Choose price lists</source>
        <translation>Elegir listas de precios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="174" />
        <source>Price lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation>Listas de precios (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="208" />
        <source>Reading price lists…</source>
        <translation>Leyendo las listas de precios…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="217" />
        <source>Reading was cancelled; nothing was imported.</source>
        <translation>Se canceló la lectura; no se importó nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/import_dialog.py" line="232" />
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n oferta</numerusform>
            <numerusform>%n ofertas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="238" />
        <source>No price list found in this sheet.</source>
        <translation>No se encontró una lista de precios en esta hoja.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="256" />
        <source>Some files could not be read</source>
        <translation>Algunos archivos no se pudieron leer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="289" />
        <source>Columns changed: press “Read again with these columns” to see the result.</source>
        <translation>Columnas cambiadas: pulse «Volver a leer con estas columnas» para ver el resultado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/import_dialog.py" line="305" />
        <source>Import %n offer(s)</source>
        <translation>
            <numerusform>Importar %n oferta</numerusform>
            <numerusform>Importar %n ofertas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="15" />
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="16" />
        <source>Flagged</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="17" />
        <source>Fixed</source>
        <translation>Corregida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="18" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="45" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="46" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="47" />
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="48" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="49" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="50" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>IngredientListModel</name>
    <message>
        <location filename="../../desktop_app/ingredient_list.py" line="46" />
        <source>(not recognised)</source>
        <translation>(no reconocido)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ingredient_list.py" line="61" />
        <source>Ingredient</source>
        <translation>Ingrediente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ingredient_list.py" line="62" />
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ingredient_list.py" line="63" />
        <source>Recommended</source>
        <translation>Recomendada</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/main_window.py" line="128" />
        <source>Sustainable Sourcing Optimizer</source>
        <translation>Optimizador de Abastecimiento Sostenible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="129" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="130" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="131" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="132" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="133" />
        <source>Import price lists…</source>
        <translation>Importar listas de precios…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="134" />
        <source>Import the price lists suppliers sent (Ctrl+O)</source>
        <translation>Importar las listas de precios que enviaron los proveedores (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="135" />
        <source>Export Excel report…</source>
        <translation>Exportar informe Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="136" />
        <source>Export the ranking as an Excel report (Ctrl+E)</source>
        <translation>Exportar la clasificación como informe Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="137" />
        <source>Save audited scores for retraining</source>
        <translation>Guardar puntajes auditados para reentrenar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="138" />
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="139" />
        <source>Admin…</source>
        <translation>Administración…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="140" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="141" />
        <source>Open the log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="142" />
        <location filename="../../desktop_app/main_window.py" line="309" />
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="143" />
        <source>Main toolbar</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="155" />
        <source>Loading model…</source>
        <translation>Cargando modelo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="157" />
        <source>Model %1</source>
        <translation>Modelo %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="159" />
        <source>No model: offers are shown without scores</source>
        <translation>Sin modelo: las ofertas se muestran sin puntaje</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/main_window.py" line="185" />
        <source>%n offer(s) imported.</source>
        <translation>
            <numerusform>%n oferta importada.</numerusform>
            <numerusform>%n ofertas importadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="196" />
        <source>sourcing_report.xlsx</source>
        <translation>informe_abastecimiento.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="198" />
        <source>Export Excel report</source>
        <translation>Exportar informe Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="198" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="210" />
        <source>Writing the Excel report…</source>
        <translation>Escribiendo el informe Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="221" />
        <source>Report saved: %1</source>
        <translation>Informe guardado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="223" />
        <source>Report exported</source>
        <translation>Informe exportado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="223" />
        <source>The Excel report was saved as:
%1</source>
        <translation>El informe Excel se guardó como:
%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="239" />
        <source>Audited score saved; it will be used at the next retraining.</source>
        <translation>Puntaje auditado guardado; se usará en el próximo reentrenamiento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="249" />
        <source>Audited scores saved</source>
        <translation>Puntajes auditados guardados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="250" />
        <source>The audited scores were saved for retraining in:
%1</source>
        <translation>Los puntajes auditados se guardaron para reentrenar en:
%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="267" />
        <source>The settings could not be saved: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="311" />
        <source>Sustainable Sourcing Optimizer
Imports supplier price lists, scores the sustainability of every offer and ranks the options for each ingredient.</source>
        <translation>Optimizador de Abastecimiento Sostenible
Importa las listas de precios de los proveedores, califica la sostenibilidad de cada oferta y ordena las opciones de cada ingrediente.</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="20" />
        <source>(not used)</source>
        <translation>(no se usa)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="21" />
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="22" />
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="23" />
        <source>Pack (quantity and unit)</source>
        <translation>Presentación (cantidad y unidad)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="24" />
        <source>Pack quantity</source>
        <translation>Cantidad por presentación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="25" />
        <source>Pack unit</source>
        <translation>Unidad de la presentación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="26" />
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="27" />
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="28" />
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="29" />
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="30" />
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="31" />
        <source>Production practice</source>
        <translation>Práctica de producción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="32" />
        <source>Packaging</source>
        <translation>Empaque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="33" />
        <source>Lead time (days)</source>
        <translation>Entrega (días)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="34" />
        <source>Audited score</source>
        <translation>Puntaje auditado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="83" />
        <source>Header row found here</source>
        <translation>Aquí se encontró la fila de encabezados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="121" />
        <source>No header row with product and price columns was found in this sheet.</source>
        <translation>No se encontró en esta hoja una fila de encabezados con columnas de producto y precio.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="132" />
        <source>Column in the file</source>
        <translation>Columna en el archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="134" />
        <source>Read as</source>
        <translation>Se lee como</translation>
    </message>
</context>
<context>
    <name>OffersTableModel</name>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="60" />
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="61" />
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="62" />
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="65" />
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="71" />
        <source>S/ per base unit</source>
        <translation>S/ por unidad base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="75" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="76" />
        <source>Distance (km)</source>
        <translation>Distancia (km)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="77" />
        <source>kg CO2e</source>
        <translation>kg CO2e</translation>
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="78" />
        <source>Lead time (days)</source>
        <translation>Entrega (días)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="79" />
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="80" />
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="81" />
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="152" />
        <source>Needs review: flagged at import or unlike the offers the model learned from.</source>
        <translation>Requiere revisión: marcada al importar o distinta de las ofertas con las que aprendió el modelo.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="72" />
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="75" />
        <source>Choose an admin PIN (at least 4 digits). It protects retraining and model changes; only a salted hash of it is stored.</source>
        <translation>Elija un PIN de administración (al menos 4 dígitos). Protege el reentrenamiento y los cambios de modelo; solo se guarda un hash con sal del PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="79" />
        <source>Enter the admin PIN.</source>
        <translation>Ingrese el PIN de administración.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="81" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="82" />
        <source>PIN again</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="94" />
        <source>Too many wrong PINs; try again in %1 s.</source>
        <translation>Demasiados PIN incorrectos; vuelva a intentarlo en %1 s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="105" />
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden; escriba el mismo PIN dos veces.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="110" />
        <source>The PIN must be at least 4 digits.</source>
        <translation>El PIN debe tener al menos 4 dígitos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="115" />
        <source>The PIN could not be saved: %1</source>
        <translation>No se pudo guardar el PIN: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="128" />
        <location filename="../../desktop_app/admin/pin_dialog.py" line="134" />
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
</context>
<context>
    <name>RetrainPanel</name>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="72" />
        <source>Retraining runs the DVC pipeline with Spark (master: %1) on the training data and the audited labels, and registers the result as a candidate. The active model does not change until you promote the candidate.</source>
        <translation>El reentrenamiento ejecuta el pipeline de DVC con Spark (master: %1) sobre los datos de entrenamiento y los puntajes auditados, y registra el resultado como candidato. El modelo activo no cambia hasta que usted promueva el candidato.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="77" />
        <source>Start retraining</source>
        <translation>Iniciar reentrenamiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="78" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="83" />
        <source>This installed app does not retrain models: retraining runs on the admin computer with a Python install of the project and Java 17 or newer (docs/installing.md, 'Retraining and Java'). To use a model trained there: sourcing models register FOLDER --promote.</source>
        <translation>Esta aplicación instalada no reentrena modelos: el reentrenamiento se hace en la computadora de administración, con una instalación de Python del proyecto y Java 17 o posterior (docs/installing.md, 'Retraining and Java'). Para usar un modelo entrenado allí: sourcing models register CARPETA --promote.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="98" />
        <location filename="../../desktop_app/admin/retrain_panel.py" line="113" />
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="99" />
        <source>Getting the data</source>
        <translation>Obteniendo los datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="100" />
        <source>Generating</source>
        <translation>Generando</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="101" />
        <source>Preparing the data</source>
        <translation>Preparando los datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="102" />
        <source>Training</source>
        <translation>Entrenando</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="103" />
        <source>Evaluating</source>
        <translation>Evaluando</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="104" />
        <source>Registering the candidate</source>
        <translation>Registrando el candidato</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="105" />
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="111" />
        <source>Not running.</source>
        <translation>Sin ejecutar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="137" />
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>RetrainProcess</name>
    <message>
        <location filename="../../desktop_app/admin/retrain_process.py" line="75" />
        <source>The retraining did not stop when asked; it was ended forcibly.</source>
        <translation>El reentrenamiento no se detuvo al pedírselo; se terminó a la fuerza.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_process.py" line="123" />
        <location filename="../../desktop_app/admin/retrain_process.py" line="136" />
        <source>The retraining was cancelled; the active model and the dataset are unchanged.</source>
        <translation>Se canceló el reentrenamiento; el modelo activo y los datos no cambiaron.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_process.py" line="129" />
        <source>The retraining process crashed. The active model is unchanged; the log above shows how far it got.</source>
        <translation>El proceso de reentrenamiento falló de golpe. El modelo activo no cambió; el registro de arriba muestra hasta dónde llegó.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_process.py" line="133" />
        <source>The retraining finished and registered a new candidate model.</source>
        <translation>El reentrenamiento terminó y registró un nuevo modelo candidato.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_process.py" line="144" />
        <source>The retraining stopped with an error (exit code %1). The active model is unchanged; the log above has the details.</source>
        <translation>El reentrenamiento se detuvo con un error (código de salida %1). El modelo activo no cambió; el registro de arriba tiene los detalles.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_process.py" line="153" />
        <source>The retraining could not be started: %1</source>
        <translation>No se pudo iniciar el reentrenamiento: %1</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../desktop_app/review_view.py" line="137" />
        <source>Filter by product, supplier, origin…</source>
        <translation>Filtrar por producto, proveedor, origen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/review_view.py" line="138" />
        <source>Certified only</source>
        <translation>Solo certificadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/review_view.py" line="139" />
        <source>No air freight</source>
        <translation>Sin transporte aéreo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/review_view.py" line="140" />
        <source>Show excluded</source>
        <translation>Mostrar excluidas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/review_view.py" line="192" />
        <source>No offers yet. Import a supplier's price list (Ctrl+O) or drop it here.</source>
        <translation>Aún no hay ofertas. Importe la lista de precios de un proveedor (Ctrl+O) o arrástrela aquí.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/review_view.py" line="194" />
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n opción</numerusform>
            <numerusform>%n opciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="86" />
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="88" />
        <source>Restaurant location</source>
        <translation>Ubicación del restaurante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="89" />
        <source>Exchange rates to soles (0 = use the bundled rate)</source>
        <translation>Tipos de cambio a soles (0 = usar el tipo incluido)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="90" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="91" />
        <source>Default weights</source>
        <translation>Pesos predeterminados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="92" />
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="97" />
        <source>Place (town or region)</source>
        <translation>Lugar (ciudad o región)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="98" />
        <source>Latitude (optional)</source>
        <translation>Latitud (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="99" />
        <source>Longitude (optional)</source>
        <translation>Longitud (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="100" />
        <source>1 US dollar in soles</source>
        <translation>1 dólar estadounidense en soles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="101" />
        <source>1 euro in soles</source>
        <translation>1 euro en soles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="102" />
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="103" />
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="104" />
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="105" />
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="106" />
        <source>Carbon footprint</source>
        <translation>Huella de carbono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="107" />
        <source>Lead time</source>
        <translation>Plazo de entrega</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="108" />
        <source>Admin PIN</source>
        <translation>PIN de administración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="109" />
        <source>Spark master</source>
        <translation>Spark master</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="110" />
        <source>DVC remote</source>
        <translation>Remoto DVC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="115" />
        <source>set</source>
        <translation>configurado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="115" />
        <source>not set (set it on the admin screen)</source>
        <translation>no configurado (configúrelo en la pantalla de administración)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop_app/main.py" line="39" />
        <source>Workspace problem</source>
        <translation>Problema con el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main.py" line="44" />
        <source>You can start a fresh workspace: the damaged file is kept beside it, renamed, so nothing is deleted. Your price lists are not affected.</source>
        <translation>Puede empezar un espacio de trabajo nuevo: el archivo dañado se conserva al lado con otro nombre, así que no se borra nada. Sus listas de precios no se ven afectadas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main.py" line="51" />
        <source>Start a fresh workspace</source>
        <translation>Empezar un espacio de trabajo nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main.py" line="53" />
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main.py" line="54" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="54" />
        <source>What matters most</source>
        <translation>Qué importa más</translation>
    </message>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="56" />
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="57" />
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="58" />
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="59" />
        <source>Carbon footprint</source>
        <translation>Huella de carbono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="60" />
        <source>Lead time</source>
        <translation>Plazo de entrega</translation>
    </message>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="64" />
        <source>Back to my default weights</source>
        <translation>Volver a mis pesos predeterminados</translation>
    </message>
</context>
</TS>