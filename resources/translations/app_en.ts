<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditQueuePanel</name>
    <message numerus="yes">
        <source>%n offer(s) to audit next, most useful first.</source>
        <translation>
            <numerusform>%n offer to audit next.</numerusform>
            <numerusform>%n offers to audit next, most useful first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message numerus="yes">
        <source>%n audited label(s) entered in the app are not in the dataset yet.</source>
        <translation>
            <numerusform>%n audited label entered in the app is not in the dataset yet.</numerusform>
            <numerusform>%n audited labels entered in the app are not in the dataset yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) were added as a new dataset version (%1).</source>
        <translation>
            <numerusform>%n label was added as a new dataset version (%1).</numerusform>
            <numerusform>%n labels were added as a new dataset version (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>the list is older than %n day(s)</source>
        <translation>
            <numerusform>the list is older than %n day</numerusform>
            <numerusform>the list is older than %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftPanel</name>
    <message numerus="yes">
        <source>%n recent offer(s) checked.</source>
        <translation>
            <numerusform>%n recent offer checked.</numerusform>
            <numerusform>%n recent offers checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n offer</numerusform>
            <numerusform>%n offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) wait for your decision (Review tab) and are not recommended until then.</source>
        <translation>
            <numerusform>%n offer waits for your decision (Review tab) and is not recommended until then.</numerusform>
            <numerusform>%n offers wait for your decision (Review tab) and are not recommended until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n offer(s)</source>
        <translation>
            <numerusform>Import %n offer</numerusform>
            <numerusform>Import %n offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review (%n)</source>
        <translation>
            <numerusform>Review (%n)</numerusform>
            <numerusform>Review (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message numerus="yes">
        <source>%1… (%n rows)</source>
        <translation>
            <numerusform>%1… (%n row)</numerusform>
            <numerusform>%1… (%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n offer(s) imported.</source>
        <translation>
            <numerusform>%n offer imported.</numerusform>
            <numerusform>%n offers imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) wait for review</source>
        <translation>
            <numerusform>%n offer waits for review</numerusform>
            <numerusform>%n offers wait for review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OffersTableModel</name>
    <message numerus="yes">
        <source>This list is older than %n day(s): ask the supplier for a new one.</source>
        <translation>
            <numerusform>This list is older than %n day: ask the supplier for a new one.</numerusform>
            <numerusform>This list is older than %n days: ask the supplier for a new one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message numerus="yes">
        <source>S/ %1 · %2 kg CO2e · %n delivery(ies) · %4</source>
        <translation>
            <numerusform>S/ %1 · %2 kg CO2e · %n delivery · %4</numerusform>
            <numerusform>S/ %1 · %2 kg CO2e · %n deliveries · %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait for review (shown with “Show excluded”)</source>
        <translation>
            <numerusform>%n waits for review (shown with “Show excluded”)</numerusform>
            <numerusform>%n wait for review (shown with “Show excluded”)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuppliersWindow</name>
    <message numerus="yes">
        <source>%n supplier(s) in %1</source>
        <translation>
            <numerusform>%n supplier in %1</numerusform>
            <numerusform>%n suppliers in %1</numerusform>
        </translation>
    </message>
</context>
</TS>
