<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AllocationsChecks</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detector(s)</source>
        <translation>
            <numerusform>%n detector</numerusform>
            <numerusform>%n detectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detector(s) with a baseline</source>
        <translation>
            <numerusform>%n detector with a baseline</numerusform>
            <numerusform>%n detectors with a baseline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GateReport</name>
    <message numerus="yes">
        <source>Rules from `%1`, with %n override(s):

</source>
        <translation>
            <numerusform>Rules from `%1`, with %n override:

</numerusform>
            <numerusform>Rules from `%1`, with %n overrides:

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Built-in default rules (no gatehouse.toml), with %n override(s):

</source>
        <translation>
            <numerusform>Built-in default rules (no gatehouse.toml), with %n override:

</numerusform>
            <numerusform>Built-in default rules (no gatehouse.toml), with %n overrides:

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstallReport</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>change point (%n)</source>
        <translation>
            <numerusform>change point (%n)</numerusform>
            <numerusform>change point (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message numerus="yes">
        <source>All %n checks are met</source>
        <translation>
            <numerusform>All %n check is met</numerusform>
            <numerusform>All %n checks are met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) met</source>
        <translation>
            <numerusform>%1 of %n check met</numerusform>
            <numerusform>%1 of %n checks met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolloutChecks</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) stale as of %1: %2</source>
        <translation>
            <numerusform>%n class stale as of %1: %2</numerusform>
            <numerusform>%n classes stale as of %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolloutReport</name>
    <message numerus="yes">
        <source>%n run(s) (%1 needed)</source>
        <translation>
            <numerusform>%n run (%1 needed)</numerusform>
            <numerusform>%n runs (%1 needed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CompareModel</name>
    <message numerus="yes">
        <source>over %n rows</source>
        <translation>
            <numerusform>over %n rows</numerusform>
            <numerusform>over %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DownloadDialog</name>
    <message numerus="yes">
        <source>%n artifact(s) could not be stored; the table says why.</source>
        <translation>
            <numerusform>%n artifact could not be stored; the table says why.</numerusform>
            <numerusform>%n artifacts could not be stored; the table says why.</numerusform>
        </translation>
    </message>
</context>
</TS>
