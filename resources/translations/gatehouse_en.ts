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
    <name>AllocationsPage</name>
    <message numerus="yes">
        <source>%Ln selected run(s)</source>
        <translation>
            <numerusform>%Ln selected run</numerusform>
            <numerusform>%Ln selected runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllocationsReport</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected run(s)</source>
        <translation>
            <numerusform>%n selected run</numerusform>
            <numerusform>%n selected runs</numerusform>
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
        <source>%n baseline value(s)</source>
        <translation>
            <numerusform>%n baseline value</numerusform>
            <numerusform>%n baseline values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message numerus="yes">
        <source>Whitelisting this reason would hide %Ln FAIL run(s)</source>
        <translation>
            <numerusform>Whitelisting this reason would hide %Ln FAIL run</numerusform>
            <numerusform>Whitelisting this reason would hide %Ln FAIL runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln FAIL run(s)</source>
        <translation>
            <numerusform>%Ln FAIL run</numerusform>
            <numerusform>%Ln FAIL runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln top reason(s)</source>
        <translation>
            <numerusform>%Ln top reason</numerusform>
            <numerusform>%Ln top reasons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassEffectsModel</name>
    <message numerus="yes">
        <source>%Ln FAIL run(s)</source>
        <translation>
            <numerusform>%Ln FAIL run</numerusform>
            <numerusform>%Ln FAIL runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due: review_by %1 is %Ln day(s) away (due within %2 days). It turns stale the day after.</source>
        <translation>
            <numerusform>Due: review_by %1 is %Ln day away (due within %2 days). It turns stale the day after.</numerusform>
            <numerusform>Due: review_by %1 is %Ln days away (due within %2 days). It turns stale the day after.</numerusform>
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
    <name>IssueBanner</name>
    <message numerus="yes">
        <source>%Ln file(s) could not be used</source>
        <translation>
            <numerusform>%Ln file could not be used</numerusform>
            <numerusform>%Ln files could not be used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) about the loaded files</source>
        <translation>
            <numerusform>%Ln warning about the loaded files</numerusform>
            <numerusform>%Ln warnings about the loaded files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
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
    <message numerus="yes">
        <source>Extend review of &quot;%1&quot; by %n day(s)</source>
        <translation>
            <numerusform>Extend review of &quot;%1&quot; by %n day</numerusform>
            <numerusform>Extend review of &quot;%1&quot; by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend review of %Ln class(es) by %1 days</source>
        <translation>
            <numerusform>Extend review of %Ln class by %1 days</numerusform>
            <numerusform>Extend review of %Ln classes by %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln class(es)</source>
        <translation>
            <numerusform>Remove %Ln class</numerusform>
            <numerusform>Remove %Ln classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%Ln result line(s) cut by --- FAIL</source>
        <translation>
            <numerusform>
%Ln result line cut by --- FAIL</numerusform>
            <numerusform>
%Ln result lines cut by --- FAIL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>run created (UTC); %Ln run(s) without a timestamp placed in run order (hollow)</source>
        <translation>
            <numerusform>run created (UTC); %Ln run without a timestamp placed in run order (hollow)</numerusform>
            <numerusform>run created (UTC); %Ln runs without a timestamp placed in run order (hollow)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>run, in run order (%Ln run(s) with no timestamp)</source>
        <translation>
            <numerusform>run, in run order (%Ln run with no timestamp)</numerusform>
            <numerusform>run, in run order (%Ln runs with no timestamp)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reason(s)</source>
        <translation>
            <numerusform>%Ln reason</numerusform>
            <numerusform>%Ln reasons</numerusform>
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
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%Ln file(s) used</source>
        <translation>
            <numerusform>%Ln file used</numerusform>
            <numerusform>%Ln files used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln parse issue(s)</source>
        <translation>
            <numerusform>%Ln parse issue</numerusform>
            <numerusform>%Ln parse issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln override(s):</source>
        <translation>
            <numerusform>; %Ln override:</numerusform>
            <numerusform>; %Ln overrides:</numerusform>
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
    <name>RulesBanner</name>
    <message numerus="yes">
        <source>The rules file has %Ln error(s); no gate has a verdict until they are fixed (then Reload) or you use the built-in defaults:</source>
        <translation>
            <numerusform>The rules file has an error; no gate has a verdict until it is fixed (then Reload) or you use the built-in defaults:</numerusform>
            <numerusform>The rules file has %Ln errors; no gate has a verdict until they are fixed (then Reload) or you use the built-in defaults:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnknownRatePage</name>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhitelistPage</name>
    <message numerus="yes">
        <source>%Ln class(es), %1 stale as of %2</source>
        <translation>
            <numerusform>%Ln class, %1 stale as of %2</numerusform>
            <numerusform>%Ln classes, %1 stale as of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es) · %1 stale · %2 due within %3 days</source>
        <translation>
            <numerusform>%Ln class · %1 stale · %2 due within %3 days</numerusform>
            <numerusform>%Ln classes · %1 stale · %2 due within %3 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>review_by of %Ln class(es) moved %1 days on; Ctrl+Z undoes.</source>
        <translation>
            <numerusform>review_by of %Ln class moved %1 days on; Ctrl+Z undoes.</numerusform>
            <numerusform>review_by of %Ln classes moved %1 days on; Ctrl+Z undoes.</numerusform>
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
