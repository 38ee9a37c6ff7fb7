<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="60" />
        <source>Administration: data, retraining and models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="63" />
        <source>Dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="64" />
        <source>Retrain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="65" />
        <source>Compare and promote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="66" />
        <source>Drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="67" />
        <source>Offers to audit next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="89" />
        <source>Retraining is running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="89" />
        <source>A retraining is running. Cancel it and close?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditQueuePanel</name>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="69" />
        <source>Audit these offers first: the model is least sure of them (a wide interval) or has moved furthest from the written rubric there. Each audited label you enter teaches the model the most here. Offers already audited or unlike anything the model learned from are left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="75" />
        <source>Offers to list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="76" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="88" />
        <source>Import price lists and wait for their scores to see which offers to audit.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="108" />
        <source>%n offer(s) to audit next, most useful first.</source>
        <translation>
            <numerusform>%n offer to audit next.</numerusform><numerusform>%n offers to audit next, most useful first.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="110" />
        <source>No offer needs an audit: every scored offer is audited or needs a review first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="116" />
        <source>Supplier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="117" />
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="118" />
        <source>Ingredient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="119" />
        <source>Model score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="120" />
        <source>Likely between</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="121" />
        <source>Rubric score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/audit_queue_panel.py" line="122" />
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../../desktop_app/operations.py" line="149" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="55" />
        <source>Price vs sustainability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="56" />
        <source>Top options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="57" />
        <source>Criteria of the selected offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="68" />
        <source>Price (S/ per base unit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="69" />
        <source>Sustainability score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="70" />
        <source>Best trade-offs (Pareto front)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="71" />
        <source>No offers to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="73" />
        <source>Overall score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="73" />
        <source>No ranked offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="75" />
        <source>Contribution to the overall score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="76" />
        <source>Select an offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="77" />
        <source>Sustainability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="78" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="79" />
        <source>Distance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="80" />
        <source>kg CO2e</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="81" />
        <source>Lead time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="113" />
        <source>Candidate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="114" />
        <source>Compute errors per category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="116" />
        <source>Scores the held-out suppliers of the training data with both models (takes a little while).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="118" />
        <source>Promote the candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="119" />
        <source>Roll back to the previous model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="160" />
        <source>Active model: %1. There is no candidate yet: run a retraining first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="161" />
        <location filename="../../desktop_app/admin/compare_panel.py" line="170" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="167" />
        <source>Active model: %1. Candidate: %2, made %3. Green: the candidate is better; red: the active model is better.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="178" />
        <source>Mean absolute error (MAE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="179" />
        <source>F1 of “recommended”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="180" />
        <source>Ranking quality (NDCG@3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="181" />
        <source>Interval coverage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="188" />
        <source>MAE for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="199" />
        <source>Measure (held-out suppliers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="200" />
        <source>Active (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="201" />
        <source>Candidate (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="206" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="207" />
        <source>Candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="208" />
        <source>No candidate to compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="212" />
        <source>Coverage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="221" />
        <source>MAE per category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="222" />
        <source>Errors per category not computed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="246" />
        <source>The training data are not on this computer; run `dvc pull` to get them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="254" />
        <source>Scoring the held-out suppliers with both models…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="270" />
        <source>Checking and promoting %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="271" />
        <source>Model %1 is now active.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="280" />
        <source>Rolling back…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="281" />
        <source>Rolled back: model %1 is active again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="289" />
        <source>Model changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="60" />
        <source>Training data (DVC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="62" />
        <source>Version (md5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="62" />
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="62" />
        <source>Last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="65" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="85" />
        <source>not recorded (run `dvc repro` once)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="87" />
        <source>not on this computer (run `dvc pull` to get the data)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="90" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/admin/dataset_panel.py" line="93" />
        <source>%n audited label(s) entered in the app are not in the dataset yet.</source>
        <translation>
            <numerusform>%n audited label entered in the app is not in the dataset yet.</numerusform>
            <numerusform>%n audited labels entered in the app are not in the dataset yet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="95" />
        <source>Every audited label entered in the app is in the dataset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="98" />
        <source>Supplier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="99" />
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="100" />
        <source>Ingredient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="101" />
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="102" />
        <source>Audited score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="108" />
        <source>Add as a new dataset version and push to “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="110" />
        <source>Add as a new dataset version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="126" />
        <source>Adding the audited labels to the dataset…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/admin/dataset_panel.py" line="135" />
        <source>%n label(s) were added as a new dataset version (%1).</source>
        <translation>
            <numerusform>%n label was added as a new dataset version (%1).</numerusform>
            <numerusform>%n labels were added as a new dataset version (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="139" />
        <source>They were pushed to the DVC remote “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="140" />
        <source>Dataset updated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="104" />
        <source>Sustainability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="105" />
        <source>Carbon footprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="106" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="107" />
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="108" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="109" />
        <source>Audited score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="113" />
        <source>Enter an audited score (sustainability officer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="114" />
        <source>Save audited score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="129" />
        <source>Select an offer in the table or on the chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="134" />
        <source>No offer selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="134" />
        <location filename="../../desktop_app/detail_pane.py" line="202" />
        <source>Effect on the sustainability score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="140" />
        <source>not scored yet (the model is loading or missing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="143" />
        <source>%1 (likely between %2 and %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="153" />
        <source>%1 kg CO2e per %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="156" />
        <source>%1 kg CO2e per %2: ingredient %3, transport %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="164" />
        <source>S/ %1 per %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="171" />
        <source>%1 (%2 km away)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="175" />
        <source>%1, sheet “%2”, row %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="180" />
        <source>none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="185" />
        <source>unlike the offers the model learned from, so the score is less certain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="188" />
        <source>flagged at import: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="189" />
        <source>Needs review: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="195" />
        <source>Ingredient footprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="196" />
        <source>Origin and distance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="197" />
        <source>Transport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="198" />
        <source>Certifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="199" />
        <source>Production practice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="200" />
        <source>Packaging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="201" />
        <source>Season</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="203" />
        <source>No explanation yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DriftPanel</name>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="89" />
        <source>Offers imported in the last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="90" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="91" />
        <source>Check drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="94" />
        <source>Thresholds: PSI below %1 stable; from %1 a moderate shift (warning); from %2 a large shift (retraining advised). Unknown categories: a warning above %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="114" />
        <source>Comparing recent offers with the training data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="152" />
        <source>Feature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="152" />
        <location filename="../../desktop_app/admin/drift_panel.py" line="193" />
        <source>PSI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="152" />
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="156" />
        <source>No offers were imported in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="158" />
        <source>Press “Check drift” to compare the recent offers with the training data.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/admin/drift_panel.py" line="169" />
        <source>%n recent offer(s) checked.</source>
        <translation>
            <numerusform>%n recent offer checked.</numerusform>
            <numerusform>%n recent offers checked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="171" />
        <source>Share with categories the model never saw: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="178" />
        <source>No warnings: the recent offers look like the training data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="194" />
        <source>moderate shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="195" />
        <source>large shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="196" />
        <source>No drift computed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="197" />
        <source>Predicted score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="198" />
        <source>mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="199" />
        <source>10th–90th percentile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="203" />
        <source>No scored offers in this period</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop_app/error_dialog.py" line="24" />
        <source>Something went wrong and the task was stopped. Nothing was changed; the details are in the log file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/error_dialog.py" line="39" />
        <source>Could not finish</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="140" />
        <source>Import price lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="141" />
        <source>Price lists to import (Excel, LibreOffice or CSV):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="142" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="143" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="144" />
        <source>Check how each column is read; correct it if needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="145" />
        <source>Read again with these columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="146" />
        <source>Sheets and columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="147" />
        <source>Cleansing report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="152" />
        <source>Everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="153" />
        <source>Refused rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="154" />
        <source>Flagged rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="155" />
        <source>Fixed values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="156" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="172" />
        <source>Choose price lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="174" />
        <source>Price lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="208" />
        <source>Reading price lists…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="217" />
        <source>Reading was cancelled; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/import_dialog.py" line="232" />
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n offer</numerusform>
            <numerusform>%n offers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="238" />
        <source>No price list found in this sheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="256" />
        <source>Some files could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="289" />
        <source>Columns changed: press “Read again with these columns” to see the result.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/import_dialog.py" line="305" />
        <source>Import %n offer(s)</source>
        <translation>
            <numerusform>Import %n offer</numerusform>
            <numerusform>Import %n offers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="15" />
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="16" />
        <source>Flagged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="17" />
        <source>Fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="18" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="45" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="46" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="47" />
        <source>Sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="48" />
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="49" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="50" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IngredientListModel</name>
    <message>
        <location filename="../../desktop_app/ingredient_list.py" line="46" />
        <source>(not recognised)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ingredient_list.py" line="61" />
        <source>Ingredient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ingredient_list.py" line="62" />
        <source>Offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ingredient_list.py" line="63" />
        <source>Recommended</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/main_window.py" line="128" />
        <source>Sustainable Sourcing Optimizer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="129" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="130" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="131" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="132" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="133" />
        <source>Import price lists…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="134" />
        <source>Import the price lists suppliers sent (Ctrl+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="135" />
        <source>Export Excel report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="136" />
        <source>Export the ranking as an Excel report (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="137" />
        <source>Save audited scores for retraining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="138" />
        <source>Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="139" />
        <source>Admin…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="140" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="141" />
        <source>Open the log folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="142" />
        <location filename="../../desktop_app/main_window.py" line="309" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="143" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="155" />
        <source>Loading model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="157" />
        <source>Model %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="159" />
        <source>No model: offers are shown without scores</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/main_window.py" line="185" />
        <source>%n offer(s) imported.</source>
        <translation>
            <numerusform>%n offer imported.</numerusform>
            <numerusform>%n offers imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="196" />
        <source>sourcing_report.xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="198" />
        <source>Export Excel report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="198" />
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="210" />
        <source>Writing the Excel report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="221" />
        <source>Report saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="223" />
        <source>Report exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="223" />
        <source>The Excel report was saved as:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="239" />
        <source>Audited score saved; it will be used at the next retraining.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="249" />
        <source>Audited scores saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="250" />
        <source>The audited scores were saved for retraining in:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="267" />
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="311" />
        <source>Sustainable Sourcing Optimizer
Imports supplier price lists, scores the sustainability of every offer and ranks the options for each ingredient.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="20" />
        <source>(not used)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="21" />
        <source>Supplier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="22" />
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="23" />
        <source>Pack (quantity and unit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="24" />
        <source>Pack quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="25" />
        <source>Pack unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="26" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="27" />
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="28" />
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="29" />
        <source>Transport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="30" />
        <source>Certifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="31" />
        <source>Production practice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="32" />
        <source>Packaging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="33" />
        <source>Lead time (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="34" />
        <source>Audited score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="83" />
        <source>Header row found here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="121" />
        <source>No header row with product and price columns was found in this sheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="132" />
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="134" />
        <source>Read as</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OffersTableModel</name>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="60" />
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="61" />
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="62" />
        <source>Supplier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="65" />
        <source>Sustainability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="71" />
        <source>S/ per base unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="75" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="76" />
        <source>Distance (km)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="77" />
        <source>kg CO2e</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="78" />
        <source>Lead time (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="79" />
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="80" />
        <source>Certifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="81" />
        <source>Overall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="152" />
        <source>Needs review: flagged at import or unlike the offers the model learned from.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="72" />
        <source>Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="75" />
        <source>Choose an admin PIN (at least 4 digits). It protects retraining and model changes; only a salted hash of it is stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="79" />
        <source>Enter the admin PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="81" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="82" />
        <source>PIN again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="94" />
        <source>Too many wrong PINs; try again in %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="105" />
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="110" />
        <source>The PIN must be at least 4 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="115" />
        <source>The PIN could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="128" />
        <location filename="../../desktop_app/admin/pin_dialog.py" line="134" />
        <source>Wrong PIN.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RetrainPanel</name>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="72" />
        <source>Retraining runs the DVC pipeline with Spark (master: %1) on the training data and the audited labels, and registers the result as a candidate. The active model does not change until you promote the candidate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="77" />
        <source>Start retraining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="78" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="83" />
        <source>This installed app does not retrain models: retraining runs on the admin computer with a Python install of the project and Java 17 or newer (docs/installing.md, 'Retraining and Java'). To use a model trained there: sourcing models register FOLDER --promote.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="98" />
        <location filename="../../desktop_app/admin/retrain_panel.py" line="113" />
        <source>Starting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="99" />
        <source>Getting the data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="100" />
        <source>Generating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="101" />
        <source>Preparing the data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="102" />
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="103" />
        <source>Evaluating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="104" />
        <source>Registering the candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="105" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="111" />
        <source>Not running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="137" />
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RetrainProcess</name>
    <message>
        <location filename="../../desktop_app/admin/retrain_process.py" line="75" />
        <source>The retraining did not stop when asked; it was ended forcibly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_process.py" line="123" />
        <location filename="../../desktop_app/admin/retrain_process.py" line="136" />
        <source>The retraining was cancelled; the active model and the dataset are unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_process.py" line="129" />
        <source>The retraining process crashed. The active model is unchanged; the log above shows how far it got.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_process.py" line="133" />
        <source>The retraining finished and registered a new candidate model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_process.py" line="144" />
        <source>The retraining stopped with an error (exit code %1). The active model is unchanged; the log above has the details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_process.py" line="153" />
        <source>The retraining could not be started: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../desktop_app/review_view.py" line="137" />
        <source>Filter by product, supplier, origin…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/review_view.py" line="138" />
        <source>Certified only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/review_view.py" line="139" />
        <source>No air freight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/review_view.py" line="140" />
        <source>Show excluded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/review_view.py" line="192" />
        <source>No offers yet. Import a supplier's price list (Ctrl+O) or drop it here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/review_view.py" line="194" />
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="86" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="88" />
        <source>Restaurant location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="89" />
        <source>Exchange rates to soles (0 = use the bundled rate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="90" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="91" />
        <source>Default weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="92" />
        <source>Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="97" />
        <source>Place (town or region)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="98" />
        <source>Latitude (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="99" />
        <source>Longitude (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="100" />
        <source>1 US dollar in soles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="101" />
        <source>1 euro in soles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="102" />
        <source>Language of the app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="103" />
        <source>Sustainability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="104" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="105" />
        <source>Distance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="106" />
        <source>Carbon footprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="107" />
        <source>Lead time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="108" />
        <source>Admin PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="109" />
        <source>Spark master</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="110" />
        <source>DVC remote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="115" />
        <source>set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="115" />
        <source>not set (set it on the admin screen)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop_app/main.py" line="39" />
        <source>Workspace problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main.py" line="44" />
        <source>You can start a fresh workspace: the damaged file is kept beside it, renamed, so nothing is deleted. Your price lists are not affected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main.py" line="51" />
        <source>Start a fresh workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main.py" line="53" />
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main.py" line="54" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="54" />
        <source>What matters most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="56" />
        <source>Sustainability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="57" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="58" />
        <source>Distance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="59" />
        <source>Carbon footprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="60" />
        <source>Lead time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="64" />
        <source>Back to my default weights</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>