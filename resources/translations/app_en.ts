<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="50" />
        <source>Administration: data, retraining and models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="51" />
        <source>Dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="51" />
        <source>Retrain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="51" />
        <source>Compare and promote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="52" />
        <source>Drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="67" />
        <source>Retraining is running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/admin_window.py" line="68" />
        <source>A retraining is running. Cancel it and close?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../../desktop_app/operations.py" line="148" />
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
        <location filename="../../desktop_app/charts_panel.py" line="67" />
        <source>Price (S/ per base unit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="67" />
        <source>Sustainability score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="68" />
        <source>Best trade-offs (Pareto front)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="68" />
        <source>No offers to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="69" />
        <source>Overall score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="69" />
        <source>No ranked offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="70" />
        <source>Contribution to the overall score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="70" />
        <source>Select an offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="71" />
        <source>Sustainability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="71" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="72" />
        <source>Distance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="72" />
        <source>kg CO2e</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/charts_panel.py" line="73" />
        <source>Lead time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="100" />
        <source>Candidate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="101" />
        <source>Compute errors per category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="102" />
        <source>Scores the held-out suppliers of the training data with both models (takes a little while).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="104" />
        <source>Promote the candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="105" />
        <source>Roll back to the previous model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="146" />
        <source>Active model: %1. There is no candidate yet: run a retraining first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="147" />
        <location filename="../../desktop_app/admin/compare_panel.py" line="150" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="149" />
        <source>Active model: %1. Candidate: %2, made %3. Green: the candidate is better; red: the active model is better.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="155" />
        <source>Mean absolute error (MAE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="155" />
        <source>F1 of “recommended”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="156" />
        <source>Ranking quality (NDCG@3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="156" />
        <source>Interval coverage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="162" />
        <source>MAE for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="167" />
        <source>Measure (held-out suppliers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="167" />
        <source>Active (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="168" />
        <source>Candidate (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="171" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="171" />
        <source>Candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="172" />
        <source>No candidate to compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="173" />
        <source>Coverage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="176" />
        <source>MAE per category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="177" />
        <source>Errors per category not computed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="198" />
        <source>The training data are not on this computer; run `dvc pull` to get them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="204" />
        <source>Scoring the held-out suppliers with both models…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="217" />
        <source>Checking and promoting %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="218" />
        <source>Model %1 is now active.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="224" />
        <source>Rolling back…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="225" />
        <source>Rolled back: model %1 is active again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/compare_panel.py" line="231" />
        <source>Model changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="61" />
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
        <location filename="../../desktop_app/admin/dataset_panel.py" line="64" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="84" />
        <source>not recorded (run `dvc repro` once)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="86" />
        <source>not on this computer (run `dvc pull` to get the data)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="89" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/admin/dataset_panel.py" line="91" />
        <source>%n audited label(s) entered in the app are not in the dataset yet.</source>
        <translation><numerusform>%n audited label entered in the app is not in the dataset yet.</numerusform><numerusform>%n audited labels entered in the app are not in the dataset yet.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="93" />
        <source>Every audited label entered in the app is in the dataset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="94" />
        <source>Supplier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="94" />
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="94" />
        <source>Ingredient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="94" />
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="95" />
        <source>Audited score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="99" />
        <source>Add as a new dataset version and push to “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="100" />
        <source>Add as a new dataset version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="113" />
        <source>Adding the audited labels to the dataset…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/admin/dataset_panel.py" line="119" />
        <source>%n label(s) were added as a new dataset version (%1).</source>
        <translation><numerusform>%n label was added as a new dataset version (%1).</numerusform><numerusform>%n labels were added as a new dataset version (%1).</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="122" />
        <source>They were pushed to the DVC remote “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/dataset_panel.py" line="123" />
        <source>Dataset updated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="93" />
        <source>Sustainability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="93" />
        <source>Carbon footprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="94" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="94" />
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="94" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="95" />
        <source>Audited score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="98" />
        <source>Enter an audited score (sustainability officer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="99" />
        <source>Save audited score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="114" />
        <source>Select an offer in the table or on the chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="118" />
        <source>No offer selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="119" />
        <location filename="../../desktop_app/detail_pane.py" line="159" />
        <source>Effect on the sustainability score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="124" />
        <source>not scored yet (the model is loading or missing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="126" />
        <source>%1 (likely between %2 and %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="129" />
        <source>%1 kg CO2e per %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="132" />
        <source>S/ %1 per %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="137" />
        <source>%1 (%2 km away)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="140" />
        <source>%1, sheet “%2”, row %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="142" />
        <source>none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="147" />
        <source>unlike the offers the model learned from, so the score is less certain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="150" />
        <source>flagged at import: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="151" />
        <source>Needs review: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="156" />
        <source>Ingredient footprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="156" />
        <source>Origin and distance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="157" />
        <source>Transport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="157" />
        <source>Certifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="158" />
        <source>Production practice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="158" />
        <source>Packaging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="159" />
        <source>Season</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/detail_pane.py" line="160" />
        <source>No explanation yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DriftPanel</name>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="90" />
        <source>Offers imported in the last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="91" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="92" />
        <source>Check drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="93" />
        <source>Thresholds: PSI below %1 stable; from %1 a moderate shift (warning); from %2 a large shift (retraining advised). Unknown categories: a warning above %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="109" />
        <source>Comparing recent offers with the training data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="140" />
        <source>Feature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="140" />
        <location filename="../../desktop_app/admin/drift_panel.py" line="175" />
        <source>PSI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="140" />
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="143" />
        <source>No offers were imported in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="145" />
        <source>Press “Check drift” to compare the recent offers with the training data.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/admin/drift_panel.py" line="154" />
        <source>%n recent offer(s) checked.</source>
        <translation><numerusform>%n recent offer checked.</numerusform><numerusform>%n recent offers checked.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="155" />
        <source>Share with categories the model never saw: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="162" />
        <source>No warnings: the recent offers look like the training data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="175" />
        <source>moderate shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="175" />
        <source>large shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="176" />
        <source>No drift computed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="176" />
        <source>Predicted score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="176" />
        <source>mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="177" />
        <source>10th–90th percentile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/drift_panel.py" line="180" />
        <source>No scored offers in this period</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop_app/error_dialog.py" line="25" />
        <source>Something went wrong and the task was stopped. Nothing was changed; the details are in the log file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/error_dialog.py" line="35" />
        <source>Could not finish</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="123" />
        <source>Import price lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="124" />
        <source>Price lists to import (Excel, LibreOffice or CSV):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="125" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="126" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="127" />
        <source>Check how each column is read; correct it if needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="128" />
        <source>Read again with these columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="129" />
        <source>Sheets and columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="130" />
        <source>Cleansing report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="134" />
        <source>Everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="134" />
        <source>Refused rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="135" />
        <source>Flagged rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="135" />
        <source>Fixed values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="136" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="149" />
        <source>Choose price lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="150" />
        <source>Price lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="182" />
        <source>Reading price lists…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="189" />
        <source>Reading was cancelled; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/import_dialog.py" line="204" />
        <source>%n offer(s)</source>
        <translation><numerusform>%n offer</numerusform><numerusform>%n offers</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="210" />
        <source>No price list found in this sheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="228" />
        <source>Some files could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_dialog.py" line="261" />
        <source>Columns changed: press “Read again with these columns” to see the result.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/import_dialog.py" line="277" />
        <source>Import %n offer(s)</source>
        <translation><numerusform>Import %n offer</numerusform><numerusform>Import %n offers</numerusform></translation>
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
        <location filename="../../desktop_app/import_report_table.py" line="15" />
        <source>Flagged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="15" />
        <source>Fixed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="15" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="40" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="40" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="40" />
        <source>Sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="40" />
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="40" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/import_report_table.py" line="40" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IngredientListModel</name>
    <message>
        <location filename="../../desktop_app/ingredient_list.py" line="44" />
        <source>(not recognised)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ingredient_list.py" line="57" />
        <source>Ingredient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ingredient_list.py" line="58" />
        <source>Offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/ingredient_list.py" line="59" />
        <source>Recommended</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/main_window.py" line="123" />
        <source>Sustainable Sourcing Optimizer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="124" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="125" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="126" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="127" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="128" />
        <source>Import price lists…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="129" />
        <source>Import the price lists suppliers sent (Ctrl+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="130" />
        <source>Export Excel report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="131" />
        <source>Export the ranking as an Excel report (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="132" />
        <source>Save audited scores for retraining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="133" />
        <source>Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="134" />
        <source>Admin…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="135" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="136" />
        <source>Open the log folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="137" />
        <location filename="../../desktop_app/main_window.py" line="299" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="138" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="150" />
        <source>Loading model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="152" />
        <source>Model %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="154" />
        <source>No model: offers are shown without scores</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/main_window.py" line="180" />
        <source>%n offer(s) imported.</source>
        <translation><numerusform>%n offer imported.</numerusform><numerusform>%n offers imported.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="190" />
        <source>sourcing_report.xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="191" />
        <source>Export Excel report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="192" />
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="202" />
        <source>Writing the Excel report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="210" />
        <source>Report saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="211" />
        <source>Report exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="211" />
        <source>The Excel report was saved as:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="226" />
        <source>Audited score saved; it will be used at the next retraining.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="234" />
        <source>Audited scores saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="235" />
        <source>The audited scores were saved for retraining in:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="253" />
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="300" />
        <source>Sustainable Sourcing Optimizer
Imports supplier price lists, scores the sustainability of every offer and ranks the options for each ingredient.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="21" />
        <source>(not used)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="21" />
        <source>Supplier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="21" />
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="22" />
        <source>Pack (quantity and unit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="22" />
        <source>Pack quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="22" />
        <source>Pack unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="23" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="23" />
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="23" />
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="24" />
        <source>Transport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="24" />
        <source>Certifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="25" />
        <source>Production practice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="25" />
        <source>Packaging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="26" />
        <source>Lead time (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="26" />
        <source>Audited score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="75" />
        <source>Header row found here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="112" />
        <source>No header row with product and price columns was found in this sheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="119" />
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/sheet_preview.py" line="120" />
        <source>Read as</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OffersTableModel</name>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="53" />
        <source>Rank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="54" />
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="55" />
        <source>Supplier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="56" />
        <source>Sustainability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="57" />
        <source>S/ per base unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="58" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="59" />
        <source>Distance (km)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="60" />
        <source>kg CO2e</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="61" />
        <source>Lead time (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="62" />
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="63" />
        <source>Certifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="64" />
        <source>Overall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/offers_table.py" line="131" />
        <source>Needs review: flagged at import or unlike the offers the model learned from.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="67" />
        <source>Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="68" />
        <source>Choose an admin PIN (at least 4 digits). It protects retraining and model changes; only a salted hash of it is stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="70" />
        <source>Enter the admin PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="71" />
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="72" />
        <source>PIN again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="83" />
        <source>Too many wrong PINs; try again in %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="93" />
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="98" />
        <source>The PIN must be at least 4 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="103" />
        <source>The PIN could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/pin_dialog.py" line="116" />
        <location filename="../../desktop_app/admin/pin_dialog.py" line="122" />
        <source>Wrong PIN.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RetrainPanel</name>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="68" />
        <source>Retraining runs the DVC pipeline with Spark (master: %1) on the training data and the audited labels, and registers the result as a candidate. The active model does not change until you promote the candidate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="72" />
        <source>Start retraining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="73" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="82" />
        <location filename="../../desktop_app/admin/retrain_panel.py" line="92" />
        <source>Starting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="82" />
        <source>Getting the data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="82" />
        <source>Generating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="83" />
        <source>Preparing the data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="83" />
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="84" />
        <source>Evaluating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="84" />
        <source>Registering the candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="85" />
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="90" />
        <source>Not running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_panel.py" line="116" />
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
        <location filename="../../desktop_app/admin/retrain_process.py" line="122" />
        <location filename="../../desktop_app/admin/retrain_process.py" line="130" />
        <source>The retraining was cancelled; the active model and the dataset are unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_process.py" line="125" />
        <source>The retraining process crashed. The active model is unchanged; the log above shows how far it got.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_process.py" line="128" />
        <source>The retraining finished and registered a new candidate model.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_process.py" line="135" />
        <source>The retraining stopped with an error (exit code %1). The active model is unchanged; the log above has the details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/admin/retrain_process.py" line="140" />
        <source>The retraining could not be started: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../desktop_app/review_view.py" line="126" />
        <source>Filter by product, supplier, origin…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/review_view.py" line="127" />
        <source>Certified only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/review_view.py" line="128" />
        <source>No air freight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/review_view.py" line="129" />
        <source>Show excluded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/review_view.py" line="177" />
        <source>No offers yet. Import a supplier's price list (Ctrl+O) or drop it here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/review_view.py" line="179" />
        <source>%n option(s)</source>
        <translation><numerusform>%n option</numerusform><numerusform>%n options</numerusform></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="77" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="78" />
        <source>Restaurant location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="78" />
        <source>Exchange rates to soles (0 = use the bundled rate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="79" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="79" />
        <source>Default weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="80" />
        <source>Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="83" />
        <source>Place (town or region)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="83" />
        <source>Latitude (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="84" />
        <source>Longitude (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="84" />
        <source>1 US dollar in soles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="85" />
        <source>1 euro in soles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="85" />
        <source>Language of the app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="86" />
        <source>Sustainability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="86" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="87" />
        <source>Distance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="87" />
        <source>Carbon footprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="88" />
        <source>Lead time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="88" />
        <source>Admin PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="89" />
        <source>Spark master</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="89" />
        <source>DVC remote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="92" />
        <source>set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/settings_dialog.py" line="93" />
        <source>not set (set it on the admin screen)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop_app/main.py" line="38" />
        <source>Workspace problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main.py" line="39" />
        <source>You can start a fresh workspace: the damaged file is kept beside it, renamed, so nothing is deleted. Your price lists are not affected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main.py" line="41" />
        <source>Start a fresh workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main.py" line="42" />
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/main.py" line="43" />
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
        <location filename="../../desktop_app/weights_panel.py" line="55" />
        <source>Sustainability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="55" />
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="56" />
        <source>Distance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="56" />
        <source>Carbon footprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="56" />
        <source>Lead time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop_app/weights_panel.py" line="59" />
        <source>Back to my default weights</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>