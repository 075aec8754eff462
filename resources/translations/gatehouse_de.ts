<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AllocationsChecks</name>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>no %1 samples</source>
        <translation>keine %1-Messwerte</translation>
    </message>
    <message>
        <source>CV undefined (mean 0)</source>
        <translation>CV undefiniert (Mittelwert 0)</translation>
    </message>
    <message>
        <source>CV %1 % &gt;= %2 %</source>
        <translation>CV %1 % ≥ %2 %</translation>
    </message>
    <message>
        <source>drift %1 &gt; %2</source>
        <translation>Drift %1 &gt; %2</translation>
    </message>
    <message>
        <source>drift %1 &lt; -%2</source>
        <translation>Drift %1 &lt; -%2</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>baseline value only, no runs</source>
        <translation>nur Baseline-Wert, keine Runs</translation>
    </message>
    <message>
        <source>failed in %1</source>
        <translation>fehlgeschlagen in %1</translation>
    </message>
    <message>
        <source>At least %1 runs</source>
        <translation>Mindestens %1 Runs</translation>
    </message>
    <message>
        <source>%1 (%2 needed)</source>
        <translation>%1 (%2 nötig)</translation>
    </message>
    <message>
        <source>no benchmark runs</source>
        <translation>keine Benchmark-Runs</translation>
    </message>
    <message>
        <source>all %1 below %2 %</source>
        <translation>alle %1 unter %2 %</translation>
    </message>
    <message>
        <source>%1 of %2 at or above %3 %: %4</source>
        <translation>%1 von %2 bei oder über %3 %: %4</translation>
    </message>
    <message>
        <source>Every detector&apos;s %1 CV below %2 %</source>
        <translation>CV (%1) jedes Detektors unter %2 %</translation>
    </message>
    <message>
        <source>not checked: the baseline cannot be read</source>
        <translation>nicht geprüft: die Baseline ist nicht lesbar</translation>
    </message>
    <message>
        <source>no baseline: nothing to compare</source>
        <translation>keine Baseline: nichts zu vergleichen</translation>
    </message>
    <message>
        <source>%1 with a baseline value, all within %2</source>
        <translation>%1 mit Baseline-Wert, alle innerhalb von %2</translation>
    </message>
    <message>
        <source>%1 of %2 drift more than %3: %4</source>
        <translation>Drift über %3 bei %1 von %2: %4</translation>
    </message>
    <message>
        <source>Every detector&apos;s drift from its baseline at most %1</source>
        <translation>Drift jedes Detektors gegenüber seiner Baseline höchstens %1</translation>
    </message>
    <message>
        <source>No detector failed in a selected run</source>
        <translation>Kein Detektor ist in einem gewählten Run fehlgeschlagen</translation>
    </message>
    <message>
        <source>no --- FAIL results</source>
        <translation>keine --- FAIL-Ergebnisse</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>baselines.json readable (absent is fine)</source>
        <translation>baselines.json lesbar (Fehlen ist in Ordnung)</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>blockiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Run</numerusform>
            <numerusform>%n Runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detector(s)</source>
        <translation>
            <numerusform>%n Detektor</numerusform>
            <numerusform>%n Detektoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detector(s) with a baseline</source>
        <translation>
            <numerusform>%n Detektor mit Baseline</numerusform>
            <numerusform>%n Detektoren mit Baseline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllocationsPage</name>
    <message numerus="yes">
        <source>%Ln selected run(s)</source>
        <translation>
            <numerusform>%Ln ausgewählten Run</numerusform>
            <numerusform>%Ln ausgewählte Runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllocationsReport</name>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
    <message>
        <source>OK (CV &lt; %1 %)</source>
        <translation>OK (CV &lt; %1 %)</translation>
    </message>
    <message>
        <source>OVER (CV &gt;= %1 %)</source>
        <translation>DARÜBER (CV ≥ %1 %)</translation>
    </message>
    <message>
        <source>BASELINE ONLY (no runs)</source>
        <translation>NUR BASELINE (keine Runs)</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>stdev</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <source>CV %</source>
        <translation>CV %</translation>
    </message>
    <message>
        <source>CV 95% CI</source>
        <translation>CV 95-%-KI</translation>
    </message>
    <message>
        <source>mode share</source>
        <translation>Modalanteil</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>%1: no benchmark runs, baseline values only</source>
        <translation>%1: keine Benchmark-Runs, nur Baseline-Werte</translation>
    </message>
    <message>
        <source>%1 over the last %2 of %3 runs (need %4); CV &lt; %5 %, drift within +-%6</source>
        <translation>%1 über die letzten %2 von %3 Runs (%4 nötig); CV &lt; %5 %, Drift innerhalb ±%6</translation>
    </message>
    <message>
        <source>### Allocations gate: %1

</source>
        <translation>### Allokations-Gate: %1

</translation>
    </message>
    <message>
        <source>No benchmark runs were found: the table shows the committed baseline values as single samples, not measurements. </source>
        <translation>Es wurden keine Benchmark-Runs gefunden: Die Tabelle zeigt die eingecheckten Baseline-Werte als einzelne Messwerte, nicht als Messungen. </translation>
    </message>
    <message>
        <source>`%1` over the last %2 of %3 runs. </source>
        <translation>`%1` über die letzten %2 von %3 Runs. </translation>
    </message>
    <message>
        <source>detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <source>**Status: %1** (%2)</source>
        <translation>**Status: %1** (%2)</translation>
    </message>
    <message>
        <source>
&gt; **Warning:** </source>
        <translation>
&gt; **Warnung:** </translation>
    </message>
    <message>
        <source>runs %1 and %2 more</source>
        <translation>Runs %1 und %2 weitere</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Run %1</translation>
    </message>
    <message>
        <source>runs %1</source>
        <translation>Runs %1</translation>
    </message>
    <message>
        <source>failed in %1 (%2)</source>
        <translation>fehlgeschlagen in %1 (%2)</translation>
    </message>
    <message>
        <source>no %1 samples</source>
        <translation>keine %1-Messwerte</translation>
    </message>
    <message>
        <source>n = %1 &lt; %2 runs</source>
        <translation>n = %1 &lt; %2 Runs</translation>
    </message>
    <message>
        <source>CV undefined (mean 0)</source>
        <translation>CV undefiniert (Mittelwert 0)</translation>
    </message>
    <message>
        <source>CV %1 %: %2 of %3 samples off the mode</source>
        <translation>CV %1 %: %2 von %3 Messwerten weichen vom Modalwert ab</translation>
    </message>
    <message>
        <source>drift %1 &gt; %2</source>
        <translation>Drift %1 &gt; %2</translation>
    </message>
    <message>
        <source>drift %1 &lt; -%2</source>
        <translation>Drift %1 &lt; -%2</translation>
    </message>
    <message>
        <source>fewer samples in %1 than other detectors</source>
        <translation>weniger Messwerte in %1 als bei anderen Detektoren</translation>
    </message>
    <message>
        <source>no baseline value</source>
        <translation>kein Baseline-Wert</translation>
    </message>
    <message>
        <source>no %1 samples in the %2 (units present: %3)</source>
        <translation>keine %1-Messwerte in den %2 (vorhandene Einheiten: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 runs (%2 needed)</source>
        <translation>%1 Runs (%2 nötig)</translation>
    </message>
    <message>
        <source>%1 over CV %2 %</source>
        <translation>%1 über CV %2 %</translation>
    </message>
    <message>
        <source>%1 outside the baseline (|drift| &gt; %2)</source>
        <translation>%1 außerhalb der Baseline (|Drift| &gt; %2)</translation>
    </message>
    <message>
        <source>%1 failed in some runs</source>
        <translation>%1 in einzelnen Runs fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 in fewer than %2 runs</source>
        <translation>%1 in weniger als %2 Runs</translation>
    </message>
    <message>
        <source>baseline %1 cannot be read: %2</source>
        <translation>Baseline %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>no baseline loaded: drift not checked</source>
        <translation>keine Baseline geladen: Drift nicht geprüft</translation>
    </message>
    <message>
        <source>%1 without a baseline value</source>
        <translation>%1 ohne Baseline-Wert</translation>
    </message>
    <message>
        <source>%1 runs, %2: every CV &lt; %3 %, every baseline within +-%4</source>
        <translation>%1 Runs, %2: jeder CV &lt; %3 %, jede Baseline innerhalb ±%4</translation>
    </message>
    <message>
        <source>baseline value only: no benchmark runs</source>
        <translation>nur Baseline-Wert: keine Benchmark-Runs</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Run</numerusform>
            <numerusform>%n Runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected run(s)</source>
        <translation>
            <numerusform>%n ausgewählten Run</numerusform>
            <numerusform>%n ausgewählten Runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detector(s)</source>
        <translation>
            <numerusform>%n Detektor</numerusform>
            <numerusform>%n Detektoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n baseline value(s)</source>
        <translation>
            <numerusform>%n Baseline-Wert</numerusform>
            <numerusform>%n Baseline-Werte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisSession</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>not a valid file</source>
        <translation>keine gültige Datei</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message numerus="yes">
        <source>Whitelisting this reason would hide %Ln FAIL run(s)</source>
        <translation>
            <numerusform>Diesen Grund auf die Whitelist zu setzen, würde %Ln FAIL-Run verbergen</numerusform>
            <numerusform>Diesen Grund auf die Whitelist zu setzen, würde %Ln FAIL-Runs verbergen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln Run</numerusform>
            <numerusform>%Ln Runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln FAIL run(s)</source>
        <translation>
            <numerusform>%Ln FAIL-Run</numerusform>
            <numerusform>%Ln FAIL-Runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln top reason(s)</source>
        <translation>
            <numerusform>%Ln Top-Reason</numerusform>
            <numerusform>%Ln Top-Reasons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>changed</source>
        <translation>änderte sich</translation>
    </message>
    <message>
        <source>rose %1 %</source>
        <translation>stieg um %1 %</translation>
    </message>
    <message>
        <source>fell %1 %</source>
        <translation>sank um %1 %</translation>
    </message>
    <message>
        <source>%1 %2 at run %3 (%4 → %5, p = %6), the first run of policy %7</source>
        <translation>%1 %2 bei Run %3 (%4 → %5, p = %6), dem ersten Run der Policy %7</translation>
    </message>
    <message>
        <source>%1 %2 at run %3 (%4 → %5, p = %6)</source>
        <translation>%1 %2 bei Run %3 (%4 → %5, p = %6)</translation>
    </message>
    <message>
        <source>## What changed

</source>
        <translation>## Was sich geändert hat

</translation>
    </message>
    <message>
        <source>Change points (Otava&apos;s method: window %1, p ≤ %2, minimum magnitude %3):

</source>
        <translation>Änderungspunkte (Verfahren von Otava: Fenster %1, p ≤ %2, Mindestausmaß %3):

</translation>
    </message>
    <message>
        <source>no change point</source>
        <translation>kein Änderungspunkt</translation>
    </message>
    <message>
        <source>%1 (%2 in all)</source>
        <translation>%1 (insgesamt %2)</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Allokationen</translation>
    </message>
    <message>
        <source>Install duration</source>
        <translation>Installationsdauer</translation>
    </message>
    <message>
        <source>install duration</source>
        <translation>Installationsdauer</translation>
    </message>
    <message>
        <source>Gate-V1 rollout</source>
        <translation>Gate-V1-Rollout</translation>
    </message>
    <message>
        <source>unknown_rate</source>
        <translation>unknown_rate</translation>
    </message>
    <message>
        <source>
Benchmarks, last %1 runs against the %2 before (benchstat&apos;s U test, α = %3): </source>
        <translation>
Benchmarks, die letzten %1 Runs gegen die %2 davor (U-Test von benchstat, α = %3): </translation>
    </message>
    <message>
        <source>not enough runs to compare.
</source>
        <translation>zu wenige Runs für einen Vergleich.
</translation>
    </message>
    <message>
        <source>no significant change in %1 rows.
</source>
        <translation>keine signifikante Änderung in %1 Zeilen.
</translation>
    </message>
    <message>
        <source>%1 significant of %2 rows:

</source>
        <translation>%1 von %2 Zeilen signifikant:

</translation>
    </message>
    <message>
        <source>- … and %1 more (compare.csv lists every row)
</source>
        <translation>- … und %1 weitere (compare.csv enthält jede Zeile)
</translation>
    </message>
</context>
<context>
    <name>ClassEffectsModel</name>
    <message numerus="yes">
        <source>%Ln FAIL run(s)</source>
        <translation>
            <numerusform>%Ln FAIL-Run</numerusform>
            <numerusform>%Ln FAIL-Runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due: review_by %1 is %Ln day(s) away (due within %2 days). It turns stale the day after.</source>
        <translation>
            <numerusform>Fällig: review_by %1 ist in %Ln Tag (fällig innerhalb von %2 Tagen). Am Tag danach ist sie überfällig.</numerusform>
            <numerusform>Fällig: review_by %1 ist in %Ln Tagen (fällig innerhalb von %2 Tagen). Am Tag danach ist sie überfällig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Add the built-in demo artifacts to the sources (as gatehouse-cli --demo).</source>
        <translation>Die eingebauten Demo-Artefakte zu den Quellen hinzufügen (wie gatehouse-cli --demo).</translation>
    </message>
    <message>
        <source>Load, save every page as DIR/&lt;page&gt;.png at 1400x900, and quit.</source>
        <translation>Laden, jede Seite als DIR/&lt;Seite&gt;.png in 1400x900 speichern und beenden.</translation>
    </message>
    <message>
        <source>Language for this run: system, en or de (View &gt; Language is kept).</source>
        <translation>Sprache für diesen Start: system, en oder de (Ansicht &gt; Sprache bleibt erhalten).</translation>
    </message>
    <message>
        <source>Gatehouse: decide when a CI gate may graduate, from the artifacts its runs left.
With no source it reopens the last sources, or the demo on first start.
GATEHOUSE_DARK=1 selects a dark palette.</source>
        <translation>Gatehouse: entscheiden, wann ein CI-Gate hochgestuft werden kann, anhand der Artefakte seiner Runs.
Ohne Quelle öffnet es die zuletzt verwendeten Quellen wieder, beim ersten Start die Demo.
GATEHOUSE_DARK=1 wählt eine dunkle Farbpalette.</translation>
    </message>
    <message>
        <source>Artifact folders or zip files.</source>
        <translation>Ordner oder Zip-Dateien mit Artefakten.</translation>
    </message>
</context>
<context>
    <name>GateChecks</name>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>nicht bereit</translation>
    </message>
    <message>
        <source>waiting for runs</source>
        <translation>wartet auf Runs</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1 gelesen</translation>
    </message>
    <message>
        <source>unreadable: %1 (%2)</source>
        <translation>nicht lesbar: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>GateReport</name>
    <message>
        <source>## Rules in force

</source>
        <translation>## Geltende Regeln

</translation>
    </message>
    <message>
        <source>Rules from `%1`, no overrides.
</source>
        <translation>Regeln aus `%1`, keine Überschreibungen.
</translation>
    </message>
    <message>
        <source>Built-in default rules (no gatehouse.toml), no overrides.
</source>
        <translation>Eingebaute Standardregeln (keine gatehouse.toml), keine Überschreibungen.
</translation>
    </message>
    <message numerus="yes">
        <source>Rules from `%1`, with %n override(s):

</source>
        <translation>
            <numerusform>Regeln aus `%1`, mit %n Überschreibung:

</numerusform>
            <numerusform>Regeln aus `%1`, mit %n Überschreibungen:

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Built-in default rules (no gatehouse.toml), with %n override(s):

</source>
        <translation>
            <numerusform>Eingebaute Standardregeln (keine gatehouse.toml), mit %n Überschreibung:

</numerusform>
            <numerusform>Eingebaute Standardregeln (keine gatehouse.toml), mit %n Überschreibungen:

</numerusform>
        </translation>
    </message>
    <message>
        <source># Graduation review

</source>
        <translation># Bewertung der Hochstufung

</translation>
    </message>
    <message>
        <source>Generated by Gatehouse on %1 from %2 files (%3 parse issues).

</source>
        <translation>Erstellt von Gatehouse am %1 aus %2 Dateien (%3 Einleseprobleme).

</translation>
    </message>
    <message>
        <source>| Gate | Status | Verdict |
|---|---|---|
</source>
        <translation>| Gate | Status | Urteil |
|---|---|---|
</translation>
    </message>
    <message>
        <source>| Allocations (soft → hard) | %1 | %2 |
</source>
        <translation>| Allokationen (weich → hart) | %1 | %2 |
</translation>
    </message>
    <message>
        <source>| Install duration | %1 | %2 |
</source>
        <translation>| Installationsdauer | %1 | %2 |
</translation>
    </message>
    <message>
        <source>| Gate-V1 rollout (COMMENT → WARN) | %1 | %2 |

</source>
        <translation>| Gate-V1-Rollout (COMMENT → WARN) | %1 | %2 |

</translation>
    </message>
    <message>
        <source>
## Parse issues

</source>
        <translation>
## Einleseprobleme

</translation>
    </message>
    <message>
        <source>- … and %1 more (parse_issues.csv lists every one)
</source>
        <translation>- … und %1 weitere (parse_issues.csv enthält alle)
</translation>
    </message>
</context>
<context>
    <name>InstallReport</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Run</numerusform>
            <numerusform>%n Runs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left out by the filters (%2, %3)</source>
        <translation>%1 durch die Filter ausgeschlossen (%2, %3)</translation>
    </message>
    <message>
        <source>no install durations found</source>
        <translation>keine Installationsdauern gefunden</translation>
    </message>
    <message>
        <source>no run left after the filters</source>
        <translation>nach den Filtern bleibt kein Run übrig</translation>
    </message>
    <message>
        <source>median %1 %2 budget %3 over the last %4</source>
        <translation>Median %1 %2 Budget %3 über die letzten %4</translation>
    </message>
    <message>
        <source>only %1 kept, need ≥ %2 runs</source>
        <translation>nur %1 behalten, ≥ %2 Runs nötig</translation>
    </message>
    <message>
        <source>runs over budget: %1 of %2</source>
        <translation>Runs über dem Budget: %1 von %2</translation>
    </message>
    <message>
        <source>%1 without metadata or head_branch: branch unknown</source>
        <translation>%1 ohne Metadaten oder head_branch: Branch unbekannt</translation>
    </message>
    <message>
        <source>At least %1 runs after the filters (%2, %3)</source>
        <translation>Mindestens %1 Runs nach den Filtern (%2, %3)</translation>
    </message>
    <message>
        <source>%1 after the filters (%2 needed)</source>
        <translation>%1 nach den Filtern (%2 nötig)</translation>
    </message>
    <message>
        <source>Median within the %1 budget</source>
        <translation>Median innerhalb des Budgets von %1</translation>
    </message>
    <message>
        <source>median %1 %2 %3 over the last %4</source>
        <translation>Median %1 %2 %3 über die letzten %4</translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>keine Runs</translation>
    </message>
    <message>
        <source>any branch</source>
        <translation>jeder Branch</translation>
    </message>
    <message>
        <source>any conclusion</source>
        <translation>jedes Ergebnis</translation>
    </message>
    <message>
        <source>## Install-duration gate (helm install → DaemonSet Ready)

</source>
        <translation>## Installationsdauer-Gate (helm install → DaemonSet Ready)

</translation>
    </message>
    <message>
        <source>
Status: **%1** (%2). %3.
</source>
        <translation>
Status: **%1** (%2). %3.
</translation>
    </message>
    <message>
        <source>
Left out by the filters:

</source>
        <translation>
Durch die Filter ausgeschlossen:

</translation>
    </message>
    <message>
        <source>- run %1: %2
</source>
        <translation>- Run %1: %2
</translation>
    </message>
    <message>
        <source>- … and %1 more (install_durations.csv lists every run with its branch and conclusion)
</source>
        <translation>- … und %1 weitere (install_durations.csv enthält jeden Run mit Branch und Ergebnis)
</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>Branch %1</translation>
    </message>
    <message>
        <source>conclusion %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <source>no install durations (%1, %2): %3</source>
        <translation>keine Installationsdauern (%1, %2): %3</translation>
    </message>
    <message>
        <source>median %1 %2 budget %3 over the last %4: %5</source>
        <translation>Median %1 %2 Budget %3 über die letzten %4: %5</translation>
    </message>
    <message>
        <source> (need ≥ %1 runs)</source>
        <translation> (≥ %1 Runs nötig)</translation>
    </message>
</context>
<context>
    <name>IssueBanner</name>
    <message numerus="yes">
        <source>%Ln file(s) could not be used</source>
        <translation>
            <numerusform>%Ln Datei konnte nicht verwendet werden</numerusform>
            <numerusform>%Ln Dateien konnten nicht verwendet werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) about the loaded files</source>
        <translation>
            <numerusform>%Ln Warnung zu den geladenen Dateien</numerusform>
            <numerusform>%Ln Warnungen zu den geladenen Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParseIssue</name>
    <message>
        <source>error</source>
        <comment>severity</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>severity</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <comment>severity</comment>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Hinweis</numerusform>
            <numerusform>%Ln Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 per detector: baseline values only, no runs</source>
        <translation>%1 je Detektor: nur Baseline-Werte, keine Runs</translation>
    </message>
    <message>
        <source>%1 per detector over the last %2 runs</source>
        <translation>%1 je Detektor über die letzten %2 Runs</translation>
    </message>
    <message>
        <source>samples (box Q1–Q3, whiskers 1.5 × IQR)</source>
        <translation>Messwerte (Box Q1–Q3, Whisker 1.5 × IQR)</translation>
    </message>
    <message>
        <source>outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>no benchmark runs</source>
        <translation>keine Benchmark-Runs</translation>
    </message>
    <message>
        <source>Select a detector</source>
        <translation>Detektor auswählen</translation>
    </message>
    <message>
        <source>%1: baseline value only, no runs</source>
        <translation>%1: nur Baseline-Wert, keine Runs</translation>
    </message>
    <message>
        <source>%1: %2 run by run</source>
        <translation>%1: %2 Run für Run</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>run mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>baseline ± %1</source>
        <translation>Baseline ± %1</translation>
    </message>
    <message>
        <source>failed result line</source>
        <translation>FAIL-Zeile</translation>
    </message>
    <message>
        <source>selected run</source>
        <translation>gewählter Run</translation>
    </message>
    <message>
        <source>run id (%1…)</source>
        <translation>Run-ID (%1…)</translation>
    </message>
    <message>
        <source>run id</source>
        <translation>Run-ID</translation>
    </message>
    <message>
        <source>%1 (%2 samples)
median %3, Q1 %4, Q3 %5
whiskers %6 – %7, min %8, max %9</source>
        <translation>%1 (%2 Messwerte)
Median %3, Q1 %4, Q3 %5
Whisker %6 – %7, Min. %8, Max. %9</translation>
    </message>
    <message>
        <source>
%1 outliers</source>
        <translation>
%1 Ausreißer</translation>
    </message>
    <message>
        <source>
baseline %1, mean %2</source>
        <translation>
Baseline %1, Mittelwert %2</translation>
    </message>
    <message>
        <source>%1: %2%3 × %4 samples
runs %5</source>
        <translation>%1: %2%3 × %4 Messwerte
Runs %5</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Run %1</translation>
    </message>
    <message>
        <source>no samples</source>
        <translation>keine Messwerte</translation>
    </message>
    <message>
        <source>
run mean %1</source>
        <translation>
Run-Mittelwert %1</translation>
    </message>
    <message>
        <source>, baseline %1</source>
        <translation>, Baseline %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>change point at run %1</source>
        <translation>Änderungspunkt bei Run %1</translation>
    </message>
    <message>
        <source>%1 → %2 (%3), p = %4</source>
        <translation>%1 → %2 (%3), p = %4</translation>
    </message>
    <message>
        <source>first run of policy %1</source>
        <translation>erster Run der Policy %1</translation>
    </message>
    <message>
        <source>segment mean</source>
        <translation>Segment-Mittelwert</translation>
    </message>
    <message>
        <source>segment mean (%1)</source>
        <translation>Segment-Mittelwert (%1)</translation>
    </message>
    <message numerus="yes">
        <source>change point (%n)</source>
        <translation>
            <numerusform>Änderungspunkt (%n)</numerusform>
            <numerusform>Änderungspunkte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>run created (UTC)</source>
        <translation>Run erstellt (UTC)</translation>
    </message>
    <message>
        <source>no install durations</source>
        <translation>keine Installationsdauern</translation>
    </message>
    <message>
        <source>Install to Ready, %1 runs (%2, %3)</source>
        <translation>Installation bis Ready, %1 Runs (%2, %3)</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>rolling median of %1</source>
        <translation>gleitender Median über %1</translation>
    </message>
    <message>
        <source>budget %1 s</source>
        <translation>Budget %1 s</translation>
    </message>
    <message>
        <source>gate median %1 s</source>
        <translation>Gate-Median %1 s</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>über dem Budget</translation>
    </message>
    <message>
        <source>no timestamp (placed in run order)</source>
        <translation>ohne Zeitstempel</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source> (over the budget)</source>
        <translation> (über dem Budget)</translation>
    </message>
    <message>
        <source>, rolling median %1 s</source>
        <translation>, gleitender Median %1 s</translation>
    </message>
    <message>
        <source>
sha %1</source>
        <translation>
SHA %1</translation>
    </message>
    <message>
        <source>
branch %1</source>
        <translation>
Branch %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>
not among the last N runs of the gate median</source>
        <translation>
nicht unter den letzten N Runs des Gate-Medians</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(kein Grund)</translation>
    </message>
    <message>
        <source>unknown_rate per run</source>
        <translation>unknown_rate je Run</translation>
    </message>
    <message>
        <source>%1 spike &gt; %2</source>
        <translation>%1 Spike &gt; %2</translation>
    </message>
    <message>
        <source>WARN &gt; %1</source>
        <translation>WARN &gt; %1</translation>
    </message>
    <message>
        <source>spike: %1</source>
        <translation>Spike: %1</translation>
    </message>
    <message>
        <source>spike: other (%1)</source>
        <translation>Spike: sonstige (%1)</translation>
    </message>
    <message>
        <source>run time (UTC)</source>
        <translation>Run-Zeit (UTC)</translation>
    </message>
    <message>
        <source>run (in run order)</source>
        <translation>Run (in Run-Reihenfolge)</translation>
    </message>
    <message>
        <source>unknown_rate</source>
        <translation>unknown_rate</translation>
    </message>
    <message>
        <source>Spikes by primary top reason (no spikes)</source>
        <translation>Spikes nach primärem Top-Reason (keine Spikes)</translation>
    </message>
    <message>
        <source>Spikes by primary top reason</source>
        <translation>Spikes nach primärem Top-Reason</translation>
    </message>
    <message>
        <source>whitelisted</source>
        <translation>gelistet</translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation>nicht gelistet</translation>
    </message>
    <message>
        <source>other (%1)</source>
        <translation>sonstige (%1)</translation>
    </message>
    <message>
        <source>no reasons</source>
        <translation>keine Gründe</translation>
    </message>
    <message>
        <source>spikes</source>
        <translation>Spikes</translation>
    </message>
    <message>
        <source>unknown_rate %1 (policy %2, %3)</source>
        <translation>unknown_rate %1 (Policy %2, %3)</translation>
    </message>
    <message>
        <source>reasons: %1</source>
        <translation>Gründe: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> (stale class)</source>
        <translation> (überfällige Klasse)</translation>
    </message>
    <message>
        <source>spike</source>
        <translation>Spike</translation>
    </message>
    <message>
        <source>would WARN</source>
        <translation>würde WARN auslösen</translation>
    </message>
    <message>
        <source>would WARN without whitelist</source>
        <translation>würde ohne Whitelist WARN auslösen</translation>
    </message>
    <message>
        <source>%1 per detector over the last %2 runs: value × samples (dot size = share)</source>
        <translation>%1 je Detektor über die letzten %2 Runs: Wert × Messwerte (Punktgröße = Anteil)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>lowest ≤ fp_max</source>
        <translation>kleinste ≤ fp_max</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
    <message>
        <source>WARN threshold %1: FP rate %2 without, %3 with the whitelist; FAIL recall %4</source>
        <translation>WARN-Schwelle %1: False-Positive-Rate %2 ohne, %3 mit Whitelist; FAIL-Trefferquote %4</translation>
    </message>
    <message>
        <source>WARN trade-off: a run WARNs when unknown_rate &gt; threshold</source>
        <translation>WARN-Abwägung: WARN, wenn unknown_rate &gt; Schwelle</translation>
    </message>
    <message>
        <source>%1: undefined</source>
        <translation>%1: undefiniert</translation>
    </message>
    <message>
        <source>FP, no whitelist</source>
        <translation>FP, ohne Whitelist</translation>
    </message>
    <message>
        <source>FP, whitelist</source>
        <translation>FP, mit Whitelist</translation>
    </message>
    <message>
        <source>FAIL recall</source>
        <translation>FAIL-Trefferquote</translation>
    </message>
    <message>
        <source>fp_max %1</source>
        <translation>fp_max %1</translation>
    </message>
    <message>
        <source>WARN threshold (unknown_rate)</source>
        <translation>WARN-Schwelle</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>dragged ranges: %1 runs (%2 … %3) vs %4 runs (%5 … %6)</source>
        <translation>gezogene Bereiche: %1 Runs (%2 … %3) gegen %4 Runs (%5 … %6)</translation>
    </message>
    <message>
        <source>%1 runs: need more than %2 to compare the last %2 with the runs before them</source>
        <translation>%1 Runs: mehr als %2 nötig, um die letzten %2 mit den Runs davor zu vergleichen</translation>
    </message>
    <message>
        <source>runs %1 … %2 vs the last %3 (%4 … %5); Shift+drag two ranges on the run-by-run chart to choose others</source>
        <translation>Runs %1 … %2 gegen die letzten %3 (%4 … %5); mit Umschalt+Ziehen zwei andere Bereiche im Run-für-Run-Diagramm wählen</translation>
    </message>
    <message>
        <source>install to Ready</source>
        <translation>Installation bis Ready</translation>
    </message>
    <message>
        <source>the last %1 kept runs against the %1 before them</source>
        <translation>die letzten %1 behaltenen Runs gegen die %1 davor</translation>
    </message>
    <message>
        <source>%1 kept runs: need more than %2 to compare windows</source>
        <translation>%1 behaltene Runs: mehr als %2 nötig, um Fenster zu vergleichen</translation>
    </message>
    <message>
        <source>one policy_hash: nothing to compare</source>
        <translation>nur ein policy_hash: nichts zu vergleichen</translation>
    </message>
    <message>
        <source>each policy_hash against the one before it; the change is the difference of the medians</source>
        <translation>jeder policy_hash gegen den vorherigen; die Änderung ist die Differenz der Mediane</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>%1 + %2 more</source>
        <translation>%1 + %2 weitere</translation>
    </message>
    <message>
        <source>No verdict: the rules file has errors (see the notice above)</source>
        <translation>Kein Urteil: Die Regeldatei enthält Fehler (siehe Hinweis oben)</translation>
    </message>
    <message>
        <source>1 percentage point</source>
        <translation>1 Prozentpunkt</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 Prozentpunkte</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1 = %2: override; rules: %3 (%4). Rules &gt; Reset to Rules removes it.</source>
        <translation>%1 = %2: Überschreibung; Regeln: %3 (%4). Regeln &gt; Auf Regeln zurücksetzen entfernt sie.</translation>
    </message>
    <message>
        <source>%1 = %2 (rules: %3)</source>
        <translation>%1 = %2 (Regeln: %3)</translation>
    </message>
    <message>
        <source>Rules from %1 (%2)</source>
        <translation>Regeln aus %1 (%2)</translation>
    </message>
    <message>
        <source>Built-in default rules (no gatehouse.toml)</source>
        <translation>Eingebaute Standardregeln (keine gatehouse.toml)</translation>
    </message>
    <message>
        <source>Save Rules As</source>
        <translation>Regeln speichern unter</translation>
    </message>
    <message>
        <source>Gate rules (*.toml)</source>
        <translation>Gate-Regeln (*.toml)</translation>
    </message>
    <message>
        <source>Rules not saved</source>
        <translation>Regeln nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Edit %1 of &quot;%2&quot;</source>
        <translation>%1 von „%2“ bearbeiten</translation>
    </message>
    <message>
        <source>Add class</source>
        <translation>Klasse hinzufügen</translation>
    </message>
    <message>
        <source>Add class &quot;%1&quot;</source>
        <translation>Klasse „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove class &quot;%1&quot;</source>
        <translation>Klasse „%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Extend review of &quot;%1&quot; by %n day(s)</source>
        <translation>
            <numerusform>Prüftermin von „%1“ um %n Tag verschieben</numerusform>
            <numerusform>Prüftermin von „%1“ um %n Tage verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend review of %Ln class(es) by %1 days</source>
        <translation>
            <numerusform>Prüftermin von %Ln Klasse um %1 Tage verschieben</numerusform>
            <numerusform>Prüftermin von %Ln Klassen um %1 Tage verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln class(es)</source>
        <translation>
            <numerusform>%Ln Klasse entfernen</numerusform>
            <numerusform>%Ln Klassen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>in force</source>
        <translation>gilt</translation>
    </message>
    <message>
        <source>defaults</source>
        <comment>the rules&apos; source: the built-in defaults</comment>
        <translation>Standardregeln</translation>
    </message>
    <message numerus="yes">
        <source>
%Ln result line(s) cut by --- FAIL</source>
        <translation>
            <numerusform>
%Ln Ergebniszeile durch --- FAIL abgeschnitten</numerusform>
            <numerusform>
%Ln Ergebniszeilen durch --- FAIL abgeschnitten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>run created (UTC); %Ln run(s) without a timestamp placed in run order (hollow)</source>
        <translation>
            <numerusform>Run erstellt (UTC); %Ln Run ohne Zeitstempel in Run-Reihenfolge eingeordnet (hohl)</numerusform>
            <numerusform>Run erstellt (UTC); %Ln Runs ohne Zeitstempel in Run-Reihenfolge eingeordnet (hohl)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>run, in run order (%Ln run(s) with no timestamp)</source>
        <translation>
            <numerusform>Run, in Run-Reihenfolge (%Ln Run ohne Zeitstempel)</numerusform>
            <numerusform>Run, in Run-Reihenfolge (%Ln Runs ohne Zeitstempel)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reason(s)</source>
        <translation>
            <numerusform>%Ln Grund</numerusform>
            <numerusform>%Ln Gründe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>The check is met</source>
        <translation>Die Prüfung ist erfüllt</translation>
    </message>
    <message>
        <source>no change point</source>
        <translation>kein Änderungspunkt</translation>
    </message>
    <message>
        <source>Allocations gate</source>
        <translation>Allokations-Gate</translation>
    </message>
    <message>
        <source>soft gate → hard gate</source>
        <translation>weiches Gate → hartes Gate</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Detectors</source>
        <translation>Detektoren</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Latest change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Install-duration gate</source>
        <translation>Installationsdauer-Gate</translation>
    </message>
    <message>
        <source>median helm install → Ready within budget</source>
        <translation>Median helm install → Ready im Budget</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>install duration</source>
        <translation>Installationsdauer</translation>
    </message>
    <message>
        <source>Gate-V1 rollout</source>
        <translation>Gate-V1-Rollout</translation>
    </message>
    <message>
        <source>COMMENT phase → WARN phase</source>
        <translation>COMMENT-Phase → WARN-Phase</translation>
    </message>
    <message>
        <source>WARN threshold</source>
        <translation>WARN-Schwelle</translation>
    </message>
    <message>
        <source>unknown_rate &gt; %1%2</source>
        <translation>unknown_rate &gt; %1%2</translation>
    </message>
    <message>
        <source> (given)</source>
        <translation> (vorgegeben)</translation>
    </message>
    <message>
        <source>False positives</source>
        <translation>False Positives</translation>
    </message>
    <message>
        <source>%1 with whitelist, %2 without</source>
        <translation>%1 mit Whitelist, %2 ohne</translation>
    </message>
    <message>
        <source>%1 (%2, %3 stale)</source>
        <translation>%1 (%2, %3 überfällig)</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Whitelist</translation>
    </message>
    <message>
        <source>unknown_rate</source>
        <translation>unknown_rate</translation>
    </message>
    <message>
        <source>the rules file has errors</source>
        <translation>die Regeldatei enthält Fehler</translation>
    </message>
    <message>
        <source>No verdict until the rules file is fixed or the built-in defaults are chosen</source>
        <translation>Kein Urteil, bis die Regeldatei korrigiert ist oder die eingebauten Standardregeln gewählt sind</translation>
    </message>
    <message numerus="yes">
        <source>All %n checks are met</source>
        <translation>
            <numerusform>Die %n Prüfung ist erfüllt</numerusform>
            <numerusform>Alle %n Prüfungen sind erfüllt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) met</source>
        <translation>
            <numerusform>%1 von %n Prüfung erfüllt</numerusform>
            <numerusform>%1 von %n Prüfungen erfüllt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Run</numerusform>
            <numerusform>%n Runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n Klasse</numerusform>
            <numerusform>%n Klassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%Ln file(s) used</source>
        <translation>
            <numerusform>%Ln Datei verwendet</numerusform>
            <numerusform>%Ln Dateien verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln parse issue(s)</source>
        <translation>
            <numerusform>%Ln Einleseproblem</numerusform>
            <numerusform>%Ln Einleseprobleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln override(s):</source>
        <translation>
            <numerusform>; %Ln Überschreibung:</numerusform>
            <numerusform>; %Ln Überschreibungen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolloutChecks</name>
    <message>
        <source>undefined: no runs with an outcome other than FAIL</source>
        <translation>undefiniert: keine Runs mit einem anderen Ergebnis als FAIL</translation>
    </message>
    <message>
        <source>%1: %2 of %3 non-FAIL runs would WARN at threshold %4</source>
        <translation>%1: %2 von %3 Nicht-FAIL-Runs würden bei Schwelle %4 WARN auslösen</translation>
    </message>
    <message>
        <source> (%1 without the whitelist)</source>
        <translation> (%1 ohne Whitelist)</translation>
    </message>
    <message>
        <source>whitelist unreadable</source>
        <translation>Whitelist nicht lesbar</translation>
    </message>
    <message>
        <source>no whitelist loaded</source>
        <translation>keine Whitelist geladen</translation>
    </message>
    <message>
        <source>all %1 within review_by</source>
        <translation>alle %1 innerhalb von review_by</translation>
    </message>
    <message>
        <source>%1 (review_by %2)</source>
        <translation>%1 (review_by %2)</translation>
    </message>
    <message>
        <source>At least %1 runs</source>
        <translation>Mindestens %1 Runs</translation>
    </message>
    <message>
        <source>%1 (%2 needed)</source>
        <translation>%1 (%2 nötig)</translation>
    </message>
    <message>
        <source>unknown_whitelist.json readable (absent is fine)</source>
        <translation>unknown_whitelist.json lesbar (Fehlen ist in Ordnung)</translation>
    </message>
    <message>
        <source>False-positive rate with the whitelist at most %1</source>
        <translation>False-Positive-Rate mit Whitelist höchstens %1</translation>
    </message>
    <message>
        <source>No stale whitelist class</source>
        <translation>Keine überfällige Whitelist-Klasse</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Run</numerusform>
            <numerusform>%n Runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) stale as of %1: %2</source>
        <translation>
            <numerusform>%n Klasse überfällig zum %1: %2</numerusform>
            <numerusform>%n Klassen überfällig zum %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolloutReport</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
    <message>
        <source>%1 percentage point</source>
        <translation>%1 Prozentpunkt</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 Prozentpunkte</translation>
    </message>
    <message>
        <source>unknown_rate &gt; %1 (absolute threshold)</source>
        <translation>unknown_rate &gt; %1 (absolute Schwelle)</translation>
    </message>
    <message>
        <source>unknown_rate &gt; median + max(%1 × 1.4826 × MAD, %2) within each policy_hash</source>
        <translation>unknown_rate &gt; Median + max(%1 × 1.4826 × MAD, %2) innerhalb jedes policy_hash</translation>
    </message>
    <message>
        <source>%1 (given)</source>
        <translation>%1 (vorgegeben)</translation>
    </message>
    <message>
        <source>undefined (no runs)</source>
        <translation>undefiniert (keine Runs)</translation>
    </message>
    <message>
        <source>%1 (median %2 + max(3 × 1.4826 × MAD %3, %4) over the last %5 runs)</source>
        <translation>%1 (Median %2 + max(3 × 1.4826 × MAD %3, %4) über die letzten %5 Runs)</translation>
    </message>
    <message>
        <source>P(spike | whitelisted) = %1, P(spike | unlisted) = %2</source>
        <translation>P(Spike | gelistet) = %1, P(Spike | nicht gelistet) = %2</translation>
    </message>
    <message>
        <source>undefined: %1 (%2)</source>
        <translation>undefiniert: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (95 % CI, Newcombe hybrid score; %2)</source>
        <translation>%1 (95-%-KI, Newcombe-Hybrid-Score; %2)</translation>
    </message>
    <message>
        <source>P(FAIL | spike) = %1, P(FAIL | no spike) = %2</source>
        <translation>P(FAIL | Spike) = %1, P(FAIL | kein Spike) = %2</translation>
    </message>
    <message>
        <source>%1 (95 % CI, Katz log; %2)</source>
        <translation>%1 (95-%-KI, Katz-log; %2)</translation>
    </message>
    <message>
        <source>undefined (no runs with outcome other than FAIL)</source>
        <translation>undefiniert (keine Runs mit einem anderen Ergebnis als FAIL)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 runs with outcome other than FAIL would WARN)</source>
        <translation>%1 (%2 von %3 Runs mit einem anderen Ergebnis als FAIL würden WARN auslösen)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) (%1 needed)</source>
        <translation>
            <numerusform>%n Run (%1 nötig)</numerusform>
            <numerusform>%n Runs (%1 nötig)</numerusform>
        </translation>
    </message>
    <message>
        <source>`%1` (review_by %2)</source>
        <translation>`%1` (review_by %2)</translation>
    </message>
    <message>
        <source># Gate-V1 rollout series

</source>
        <translation># Gate-V1-Rollout-Serie

</translation>
    </message>
    <message>
        <source>- Runs: %1
</source>
        <translation>- Runs: %1
</translation>
    </message>
    <message>
        <source>- Policies: %1
</source>
        <translation>- Policies: %1
</translation>
    </message>
    <message>
        <source>- Whitelist classes: %1 (%2 stale as of %3)
</source>
        <translation>- Whitelist-Klassen: %1 (%2 überfällig zum %3)
</translation>
    </message>
    <message>
        <source>- Whitelist: %1 cannot be read (%2); runs are judged without it
</source>
        <translation>- Whitelist: %1 ist nicht lesbar (%2); die Runs werden ohne sie bewertet
</translation>
    </message>
    <message>
        <source>- Whitelist: none loaded
</source>
        <translation>- Whitelist: keine geladen
</translation>
    </message>
    <message>
        <source>- Spike rule: %1
</source>
        <translation>- Spike-Regel: %1
</translation>
    </message>
    <message>
        <source>
## unknown_rate per policy_hash

</source>
        <translation>
## unknown_rate je policy_hash

</translation>
    </message>
    <message>
        <source>policy_hash</source>
        <translation>policy_hash</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>spike threshold</source>
        <translation>Spike-Schwelle</translation>
    </message>
    <message>
        <source>spikes</source>
        <translation>Spikes</translation>
    </message>
    <message>
        <source>FAILs</source>
        <translation>FAILs</translation>
    </message>
    <message>
        <source>
## Class frequency

</source>
        <translation>
## Klassenhäufigkeit

</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>whitelisted</source>
        <translation>gelistet</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>
## Spikes by primary reason

</source>
        <translation>
## Spikes nach primärem Grund

</translation>
    </message>
    <message>
        <source>No spikes.
</source>
        <translation>Keine Spikes.
</translation>
    </message>
    <message>
        <source>primary reason</source>
        <translation>primärer Grund</translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation>nicht gelistet</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>kein Grund</translation>
    </message>
    <message>
        <source>
## Whitelist classes

</source>
        <translation>
## Whitelist-Klassen

</translation>
    </message>
    <message>
        <source>review_by</source>
        <translation>review_by</translation>
    </message>
    <message>
        <source>runs matched</source>
        <translation>erfasste Runs</translation>
    </message>
    <message>
        <source>
## Policy changes (Mann-Whitney U test)

</source>
        <translation>
## Policy-Wechsel (Mann-Whitney-U-Test)

</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>median before</source>
        <translation>Median vorher</translation>
    </message>
    <message>
        <source>median after</source>
        <translation>Median nachher</translation>
    </message>
    <message>
        <source>delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <source>
## Risk difference (whitelisted vs. unlisted)

</source>
        <translation>
## Risk Difference (gelistet vs. nicht gelistet)

</translation>
    </message>
    <message>
        <source>RD = P(spike | whitelisted) − P(spike | unlisted): %1
</source>
        <translation>RD = P(Spike | gelistet) − P(Spike | nicht gelistet): %1
</translation>
    </message>
    <message>
        <source>
## Risk ratio (signal vs. unknown)

</source>
        <translation>
## Risk Ratio (FAIL mit und ohne Spike)

</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>not FAIL</source>
        <translation>nicht FAIL</translation>
    </message>
    <message>
        <source>spike</source>
        <translation>Spike</translation>
    </message>
    <message>
        <source>no spike</source>
        <translation>kein Spike</translation>
    </message>
    <message>
        <source>
RR = P(FAIL | spike) / P(FAIL | no spike): %1
</source>
        <translation>
RR = P(FAIL | Spike) / P(FAIL | kein Spike): %1
</translation>
    </message>
    <message>
        <source>
## WARN-phase preview

</source>
        <translation>
## Vorschau auf die WARN-Phase

</translation>
    </message>
    <message>
        <source>- Threshold: %1
</source>
        <translation>- Schwelle: %1
</translation>
    </message>
    <message>
        <source>- Would WARN: %1 runs without whitelist, %2 with whitelist
</source>
        <translation>- Würden WARN auslösen: %1 Runs ohne Whitelist, %2 mit Whitelist
</translation>
    </message>
    <message>
        <source>- False-positive rate without whitelist: %1
</source>
        <translation>- False-Positive-Rate ohne Whitelist: %1
</translation>
    </message>
    <message>
        <source>- False-positive rate with whitelist: %1
</source>
        <translation>- False-Positive-Rate mit Whitelist: %1
</translation>
    </message>
    <message>
        <source>- Reduction: %1
</source>
        <translation>- Reduktion: %1
</translation>
    </message>
    <message>
        <source>- Readiness: %1
</source>
        <translation>- Bereitschaft: %1
</translation>
    </message>
    <message>
        <source>
## Verdict: %1 (%2)

</source>
        <translation>
## Urteil: %1 (%2)

</translation>
    </message>
    <message>
        <source>### Gate-V1 rollout: COMMENT → WARN

</source>
        <translation>### Gate-V1-Rollout: COMMENT → WARN

</translation>
    </message>
    <message>
        <source>
Status: **%1** (%2).
</source>
        <translation>
Status: **%1** (%2).
</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>geltend</translation>
    </message>
    <message>
        <source>default rule</source>
        <translation>Standardregel</translation>
    </message>
    <message>
        <source>lowest meeting fp_max</source>
        <translation>niedrigste, die fp_max einhält</translation>
    </message>
    <message>
        <source>## WARN trade-off

</source>
        <translation>## WARN-Abwägung

</translation>
    </message>
    <message>
        <source>No runs: no threshold to judge.
</source>
        <translation>Keine Runs: keine Schwelle zu bewerten.
</translation>
    </message>
    <message>
        <source>A run would WARN when unknown_rate &gt; threshold; with the whitelist, whitelisted runs never WARN. fp_max = %1.

</source>
        <translation>Ein Run würde WARN auslösen, wenn unknown_rate &gt; Schwelle; mit Whitelist lösen gelistete Runs nie WARN aus. fp_max = %1.

</translation>
    </message>
    <message>
        <source>| threshold | which | FP rate without whitelist | FP rate with whitelist | FAIL recall |
|---:|---|---:|---:|---:|
</source>
        <translation>| Schwelle | welche | FP-Rate ohne Whitelist | FP-Rate mit Whitelist | FAIL-Trefferquote |
|---:|---|---:|---:|---:|
</translation>
    </message>
    <message>
        <source>no FAIL runs</source>
        <translation>keine FAIL-Runs</translation>
    </message>
    <message>
        <source>
No threshold meets fp_max with the whitelist.
</source>
        <translation>
Keine Schwelle hält fp_max mit Whitelist ein.
</translation>
    </message>
    <message>
        <source>## Whitelist classes: what each one does

</source>
        <translation>## Whitelist-Klassen: was jede bewirkt

</translation>
    </message>
    <message>
        <source>No whitelist classes.
</source>
        <translation>Keine Whitelist-Klassen.
</translation>
    </message>
    <message>
        <source>At the threshold in force (%1). Decisive runs are whitelisted only because of the class.

</source>
        <translation>Bei der geltenden Schwelle (%1). Entscheidende Runs sind nur wegen dieser Klasse gelistet.

</translation>
    </message>
    <message>
        <source>| class | matched runs | decisive runs | spikes covered | FAILs matched | FP rate without it | stale | warnings |
|---|---:|---:|---:|---:|---:|---|---|
</source>
        <translation>| Klasse | erfasste Runs | entscheidende Runs | abgedeckte Spikes | erfasste FAILs | FP-Rate ohne sie | überfällig | Warnungen |
|---|---:|---:|---:|---:|---:|---|---|
</translation>
    </message>
    <message>
        <source>
Candidates (unlisted reasons, by the FP rate if added):

| reason | runs | spikes | FAILs | FP rate if added |
|---|---:|---:|---:|---:|
</source>
        <translation>
Kandidaten (nicht gelistete Gründe, nach der False-Positive-Rate bei Aufnahme):

| Grund | Runs | Spikes | FAILs | FP-Rate bei Aufnahme |
|---|---:|---:|---:|---:|
</translation>
    </message>
    <message>
        <source>main_spike_driver</source>
        <comment>class warning</comment>
        <translation>Haupt-Spike-Treiber</translation>
    </message>
    <message>
        <source>matches_fail</source>
        <comment>class warning</comment>
        <translation>erfasst FAIL</translation>
    </message>
</context>
<context>
    <name>RolloutRunsModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>RulesBanner</name>
    <message numerus="yes">
        <source>The rules file has %Ln error(s); no gate has a verdict until they are fixed (then Reload) or you use the built-in defaults:</source>
        <translation>
            <numerusform>Die Regeldatei hat einen Fehler; kein Gate hat ein Urteil, bis er behoben ist (dann Neu laden) oder Sie die eingebauten Standardregeln verwenden:</numerusform>
            <numerusform>Die Regeldatei hat %Ln Fehler; kein Gate hat ein Urteil, bis sie behoben sind (dann Neu laden) oder Sie die eingebauten Standardregeln verwenden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>%1 detectors, %2 values</source>
        <translation>%1 Detektoren, %2 Werte</translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>, %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, %1 machines</source>
        <translation>, %1 Maschinen</translation>
    </message>
    <message>
        <source>, no metadata</source>
        <translation>, keine Metadaten</translation>
    </message>
    <message>
        <source>, branch %1</source>
        <translation>, Branch %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1, policy %2, unknown_rate %3</source>
        <translation>%1, Policy %2, unknown_rate %3</translation>
    </message>
</context>
<context>
    <name>StoredText</name>
    <message>
        <source>expected one number of seconds, found several: %1</source>
        <translation>eine Zahl von Sekunden erwartet, mehrere gefunden: %1</translation>
    </message>
    <message>
        <source>expected a whole number of seconds, found %1</source>
        <translation>eine ganze Zahl von Sekunden erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>the duration is negative: %1</source>
        <translation>die Dauer ist negativ: %1</translation>
    </message>
    <message>
        <source>expected plain digits without a sign, found %1</source>
        <translation>nur Ziffern ohne Vorzeichen erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected whole seconds, found %1</source>
        <translation>ganze Sekunden erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-negative whole number</source>
        <translation>„%1“ muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <source>the file is empty; expected one whole number of seconds</source>
        <translation>die Datei ist leer; erwartet wird eine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <source>the number is too large: %1</source>
        <translation>die Zahl ist zu groß: %1</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object with run metadata</source>
        <translation>ein JSON-Objekt mit Run-Metadaten erwartet</translation>
    </message>
    <message>
        <source>&quot;run_id&quot; must be a whole number or a non-empty string</source>
        <translation>„run_id“ muss eine ganze Zahl oder eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;created_at&quot; is not an ISO 8601 timestamp: &quot;%1&quot;</source>
        <translation>„created_at“ ist kein Zeitstempel nach ISO 8601: „%1“</translation>
    </message>
    <message>
        <source>branch %1, not %2</source>
        <translation>Branch %1, nicht %2</translation>
    </message>
    <message>
        <source>need ≥ %1 runs (have %2)</source>
        <translation>≥ %1 Runs nötig (vorhanden: %2)</translation>
    </message>
    <message>
        <source>%1 of the used runs without a known branch</source>
        <translation>%1 der verwendeten Runs ohne bekannten Branch</translation>
    </message>
    <message>
        <source>conclusion %1, not %2</source>
        <translation>Ergebnis %1, nicht %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be %2, found %3</source>
        <translation>Feld „%1“ muss %2 sein, gefunden: %3</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot; (%2)</source>
        <translation>Feld „%1“ fehlt (%2)</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot; (%2, may be empty)</source>
        <translation>Feld „%1“ fehlt (%2, darf leer sein)</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>a number in [0, 1]</source>
        <translation>eine Zahl in [0, 1]</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>a non-negative integer or a non-empty string</source>
        <translation>eine nicht negative ganze Zahl oder eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation>eine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <source>an ISO 8601 date-time string</source>
        <translation>ein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>expected a JSON object with policy_hash, outcome, unknown_rate and top_reasons, found %1</source>
        <translation>ein JSON-Objekt mit policy_hash, outcome, unknown_rate und top_reasons erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>a bare value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>die Datei ist leer; erwartet wird ein JSON-Objekt</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>Zahl %1</translation>
    </message>
    <message>
        <source>string &quot;%1&quot;</source>
        <translation>Zeichenkette „%1“</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>no error occurred</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>nicht abgeschlossenes Objekt</translation>
    </message>
    <message>
        <source>missing name separator</source>
        <translation>fehlender Namenstrenner</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>nicht abgeschlossenes Array</translation>
    </message>
    <message>
        <source>missing value separator</source>
        <translation>fehlender Werttrenner</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>ungültiger Wert</translation>
    </message>
    <message>
        <source>invalid termination by number</source>
        <translation>ungültiges Ende nach einer Zahl</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid UTF8 string</source>
        <translation>ungültige UTF-8-Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>object is missing after a comma</source>
        <translation>nach einem Komma fehlt ein Objekt</translation>
    </message>
    <message>
        <source>too deeply nested document</source>
        <translation>zu tief verschachteltes Dokument</translation>
    </message>
    <message>
        <source>too large document</source>
        <translation>zu großes Dokument</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>überzählige Zeichen am Ende des Dokuments</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>line of %1 bytes is longer than the %2-byte limit: skipped</source>
        <translation>Zeile mit %1 Bytes ist länger als die Grenze von %2 Bytes: übersprungen</translation>
    </message>
    <message>
        <source>%1 more line warnings in this file not listed</source>
        <translation>%1 weitere Zeilenwarnungen in dieser Datei nicht aufgeführt</translation>
    </message>
    <message>
        <source>benchmark %1 failed (--- FAIL): no values used from this line</source>
        <translation>Benchmark %1 fehlgeschlagen (--- FAIL): aus dieser Zeile keine Werte verwendet</translation>
    </message>
    <message>
        <source>result line for %1 has no values (cut by log output?): nothing used</source>
        <translation>Ergebniszeile für %1 hat keine Werte (durch Log-Ausgabe abgeschnitten?): nichts verwendet</translation>
    </message>
    <message>
        <source>result line for %1 is broken (log output mixed into it?): no values used</source>
        <translation>Ergebniszeile für %1 ist beschädigt (Log-Ausgabe hineingemischt?): keine Werte verwendet</translation>
    </message>
    <message>
        <source>%1: %2 (the benchmark binary crashed or was killed)</source>
        <translation>%1: %2 (das Benchmark-Programm ist abgestürzt oder wurde beendet)</translation>
    </message>
    <message>
        <source>benchmark %1 failed (--- FAIL, go test -v output): the failed runs give no values</source>
        <translation>Benchmark %1 fehlgeschlagen (--- FAIL, Ausgabe von go test -v): die fehlgeschlagenen Läufe liefern keine Werte</translation>
    </message>
    <message>
        <source>detector %1 has %2 samples, others have %3 (a result line may have been broken by log output)</source>
        <translation>Detektor %1 hat %2 Messwerte, andere haben %3 (eine Ergebniszeile wurde vielleicht durch Log-Ausgabe beschädigt)</translation>
    </message>
    <message>
        <source>results come from %1 machines (%2): numbers from different machines are not comparable</source>
        <translation>die Ergebnisse stammen von %1 Maschinen (%2): Zahlen verschiedener Maschinen sind nicht vergleichbar</translation>
    </message>
    <message>
        <source>the selected runs mix machines: %1; numbers from different machines can fake or hide a regression</source>
        <translation>die ausgewählten Runs stammen von verschiedenen Maschinen: %1; Zahlen verschiedener Maschinen können eine Regression vortäuschen oder verbergen</translation>
    </message>
    <message>
        <source>is %1, not a number or an object</source>
        <translation>ist %1, keine Zahl und kein Objekt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2, not a number</source>
        <translation>Feld „%1“ ist %2, keine Zahl</translation>
    </message>
    <message>
        <source>has no numeric value</source>
        <translation>hat keinen Zahlenwert</translation>
    </message>
    <message>
        <source>baselines.json must hold a JSON object of detectors</source>
        <translation>baselines.json muss ein JSON-Objekt mit Detektoren enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not an object of detectors</source>
        <translation>„%1“ ist %2, kein Objekt mit Detektoren</translation>
    </message>
    <message>
        <source>both &quot;detectors&quot; and &quot;benchmarks&quot; present: &quot;benchmarks&quot; is ignored</source>
        <translation>„detectors“ und „benchmarks“ sind beide vorhanden: „benchmarks“ wird ignoriert</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; %2: skipped</source>
        <translation>Eintrag „%1“ %2: übersprungen</translation>
    </message>
    <message>
        <source>keys %1 all name detector %2: &quot;%3&quot; is used</source>
        <translation>die Schlüssel %1 bezeichnen alle Detektor %2: „%3“ wird verwendet</translation>
    </message>
    <message>
        <source>baseline holds no detectors</source>
        <translation>die Baseline enthält keine Detektoren</translation>
    </message>
    <message>
        <source>%1 must be a non-empty reason, found %2</source>
        <translation>%1 muss ein nicht leerer Grund sein, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must be an object with a &quot;reason&quot;, found %2</source>
        <translation>%1 muss ein Objekt mit „reason“ sein, gefunden: %2</translation>
    </message>
    <message>
        <source>%1.reason must be a non-empty string, found %2</source>
        <translation>%1.reason muss eine nicht leere Zeichenkette sein, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 has no &quot;reason&quot; (a non-empty string)</source>
        <translation>%1 hat kein „reason“ (eine nicht leere Zeichenkette)</translation>
    </message>
    <message>
        <source>%1.%2 must be a string, found %3</source>
        <translation>%1.%2 muss eine Zeichenkette sein, gefunden: %3</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;): review_by &quot;%3&quot; is not a YYYY-MM-DD date; the class is never reported stale</source>
        <translation>%1 („%2“): review_by „%3“ ist kein Datum JJJJ-MM-TT; die Klasse wird nie als überfällig gemeldet</translation>
    </message>
    <message>
        <source>field &quot;version&quot; must be a positive integer, found %1</source>
        <translation>Feld „version“ muss eine positive ganze Zahl sein, gefunden: %1</translation>
    </message>
    <message>
        <source>version %1 is newer than this reader (1); known fields are used and the rest is kept as written</source>
        <translation>Version %1 ist neuer als dieses Programm (1); bekannte Felder werden verwendet, der Rest bleibt wie geschrieben erhalten</translation>
    </message>
    <message>
        <source>missing field &quot;classes&quot; (an array of classes)</source>
        <translation>Feld „classes“ fehlt (ein Array von Klassen)</translation>
    </message>
    <message>
        <source>field &quot;classes&quot; must be an array, found %1</source>
        <translation>Feld „classes“ muss ein Array sein, gefunden: %1</translation>
    </message>
    <message>
        <source>[%1] must be a non-empty reason string, found %2</source>
        <translation>[%1] muss ein nicht leerer Grund sein, gefunden: %2</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; is listed more than once; the first entry applies</source>
        <translation>Grund „%1“ ist mehrfach aufgeführt; es gilt der erste Eintrag</translation>
    </message>
    <message>
        <source>classes[%1] (&quot;%2&quot;): %3 &quot;%4&quot; is not a YYYY-MM-DD date</source>
        <translation>classes[%1] („%2“): %3 „%4“ ist kein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>is a folder, not a whitelist file</source>
        <translation>ist ein Ordner, keine Whitelist-Datei</translation>
    </message>
    <message>
        <source>ignored: not at the source root</source>
        <translation>ignoriert: nicht auf der obersten Ebene der Quelle</translation>
    </message>
    <message>
        <source>skipped: %1 bytes, more than the limit of %2</source>
        <translation>übersprungen: %1 Bytes, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>skipped: not a regular file</source>
        <translation>übersprungen: keine reguläre Datei</translation>
    </message>
    <message>
        <source>skipped: symlink whose target is missing or loops</source>
        <translation>übersprungen: symbolischer Link, dessen Ziel fehlt oder im Kreis verweist</translation>
    </message>
    <message>
        <source>skipped: symlink leads out of the source (to %1)</source>
        <translation>übersprungen: symbolischer Link führt aus der Quelle hinaus (nach %1)</translation>
    </message>
    <message>
        <source>skipped: not a regular file (device, FIFO or socket)</source>
        <translation>übersprungen: keine reguläre Datei (Gerät, FIFO oder Socket)</translation>
    </message>
    <message>
        <source>cannot list folder: %1</source>
        <translation>Ordner kann nicht gelistet werden: %1</translation>
    </message>
    <message>
        <source>ignored: the metadata of run %1 is read from %2</source>
        <translation>ignoriert: die Metadaten von Run %1 werden aus %2 gelesen</translation>
    </message>
    <message>
        <source>ignored: folder %1 is listed for run %2 already</source>
        <translation>ignoriert: Ordner %1 ist bereits für Run %2 aufgeführt</translation>
    </message>
    <message>
        <source>run_id %1 here, but %2 lists this folder for run %3; the artifact&apos;s run_id is used</source>
        <translation>hier run_id %1, aber %2 führt diesen Ordner für Run %3; die run_id des Artefakts wird verwendet</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot; here but &quot;%3&quot; in the run metadata from GitHub (%4); the artifact&apos;s value is used</source>
        <translation>%1 ist hier „%2“, in den Run-Metadaten von GitHub (%4) aber „%3“; der Wert des Artefakts wird verwendet</translation>
    </message>
    <message>
        <source>empty source path</source>
        <translation>leerer Quellpfad</translation>
    </message>
    <message>
        <source>source not found</source>
        <translation>Quelle nicht gefunden</translation>
    </message>
    <message>
        <source>source is not a folder, zip or regular file</source>
        <translation>die Quelle ist weder Ordner noch Zip-Datei noch reguläre Datei</translation>
    </message>
    <message>
        <source>skipped: already read as part of source %1</source>
        <translation>übersprungen: bereits als Teil der Quelle %1 gelesen</translation>
    </message>
    <message>
        <source>skipped: larger than the limit of %1 bytes</source>
        <translation>übersprungen: größer als die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>duplicate of run %1: %2 is used instead (%3)</source>
        <translation>Duplikat von Run %1: stattdessen wird %2 verwendet (%3)</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>ignored: another %1 is used (%2)</source>
        <translation>ignoriert: eine andere %1 wird verwendet (%2)</translation>
    </message>
    <message>
        <source>run_id %1 differs from the file name; run %1 is used</source>
        <translation>run_id %1 weicht vom Dateinamen ab; Run %1 wird verwendet</translation>
    </message>
    <message>
        <source>&quot;artifacts&quot; must be a list</source>
        <translation>„artifacts“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>ignored an artifact entry without a usable &quot;folder&quot;</source>
        <translation>Artefakt-Eintrag ohne verwendbaren „folder“ ignoriert</translation>
    </message>
    <message>
        <source>skipped zip entry with an absolute path: %1</source>
        <translation>Zip-Eintrag mit absolutem Pfad übersprungen: %1</translation>
    </message>
    <message>
        <source>skipped zip entry that climbs out with &apos;..&apos;: %1</source>
        <translation>Zip-Eintrag übersprungen, der mit „..“ hinausführt: %1</translation>
    </message>
    <message>
        <source>cannot read zip: %1</source>
        <translation>Zip-Datei nicht lesbar: %1</translation>
    </message>
    <message>
        <source>skipped zip entry #%1: %2</source>
        <translation>Zip-Eintrag Nr. %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>skipped zip entry stored as a symlink: %1</source>
        <translation>Zip-Eintrag übersprungen, der als symbolischer Link gespeichert ist: %1</translation>
    </message>
    <message>
        <source>skipped zip entry that is not a regular file: %1</source>
        <translation>Zip-Eintrag übersprungen, der keine reguläre Datei ist: %1</translation>
    </message>
    <message>
        <source>skipped: %1 bytes uncompressed, more than the limit of %2</source>
        <translation>übersprungen: %1 Bytes entpackt, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>cannot read zip entry: %1</source>
        <translation>Zip-Eintrag nicht lesbar: %1</translation>
    </message>
    <message>
        <source>skipped: more than the limit of %1 bytes uncompressed</source>
        <translation>übersprungen: entpackt mehr als die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>stopped reading: more than %1 zip entries</source>
        <translation>Lesen abgebrochen: mehr als %1 Zip-Einträge</translation>
    </message>
    <message>
        <source>skipped: zip nested more than %1 levels deep</source>
        <translation>übersprungen: Zip-Datei mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>stopped reading: more than %1 bytes uncompressed</source>
        <translation>Lesen abgebrochen: entpackt mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>skipped: more than %1 bytes</source>
        <translation>übersprungen: mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>zip nested too deep</source>
        <translation>Zip-Datei zu tief verschachtelt</translation>
    </message>
    <message>
        <source>(runs %1 and %2 more)</source>
        <translation>(Runs %1 und %2 weitere)</translation>
    </message>
    <message>
        <source>(runs %1)</source>
        <translation>(Runs %1)</translation>
    </message>
    <message>
        <source>(run %1)</source>
        <translation>(Run %1)</translation>
    </message>
    <message>
        <source>no benchmark runs</source>
        <translation>keine Benchmark-Runs</translation>
    </message>
    <message>
        <source>no benchmark runs, and the baseline has no %1 values</source>
        <translation>keine Benchmark-Runs, und die Baseline hat keine %1-Werte</translation>
    </message>
    <message>
        <source>no benchmark runs: showing %1 as single samples</source>
        <translation>keine Benchmark-Runs: %1 als einzelne Messwerte gezeigt</translation>
    </message>
    <message>
        <source>%1 baseline values</source>
        <translation>%1 Baseline-Werte</translation>
    </message>
    <message>
        <source>%1 baseline value</source>
        <translation>%1 Baseline-Wert</translation>
    </message>
    <message>
        <source>waiting %1 s: %2</source>
        <translation>warte %1 s: %2</translation>
    </message>
    <message>
        <source>retrying (attempt %1 of %2 failed): %3</source>
        <translation>neuer Versuch (Versuch %1 von %2 fehlgeschlagen): %3</translation>
    </message>
    <message>
        <source>listing the last %1 runs of %2/%3%4%5 on %6</source>
        <translation>Abruf der letzten %1 Runs von %2/%3%4%5 auf %6</translation>
    </message>
    <message>
        <source>listing workflow runs failed: %1</source>
        <translation>Abruf der Workflow-Runs fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>found %1 run(s)</source>
        <translation>Runs gefunden: %1</translation>
    </message>
    <message>
        <source>listing the artifacts of run %1 failed: %2</source>
        <translation>Abruf der Artefakte von Run %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>run %1 (#%2, %3, %4): %5 of %6 artifact(s) match</source>
        <translation>Run %1 (#%2, %3, %4): %5 von %6 Artefakten passen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>already stored in %1</source>
        <translation>bereits gespeichert in %1</translation>
    </message>
    <message>
        <source>past its retention on GitHub; not downloaded</source>
        <translation>Aufbewahrungsfrist auf GitHub abgelaufen; nicht heruntergeladen</translation>
    </message>
    <message>
        <source>stored in %1</source>
        <translation>gespeichert in %1</translation>
    </message>
    <message>
        <source>%1; not downloaded</source>
        <translation>%1; nicht heruntergeladen</translation>
    </message>
    <message>
        <source>downloading %1 (%2)</source>
        <translation>%1 wird heruntergeladen (%2)</translation>
    </message>
    <message>
        <source>fetch failed: %1</source>
        <translation>Herunterladen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>fetch cancelled</source>
        <translation>Herunterladen abgebrochen</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>wird heruntergeladen</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>heruntergeladen</translation>
    </message>
    <message>
        <source>already stored</source>
        <translation>bereits gespeichert</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be &quot;soft&quot; or &quot;hard&quot;</source>
        <translation>muss „soft“ oder „hard“ sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must be greater than %1</source>
        <translation>muss größer als %1 sein</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be less than %1</source>
        <translation>muss kleiner als %1 sein</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be an integer, not %1</source>
        <translation>muss eine ganze Zahl sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>muss eine Zahl sein, gefunden: %1</translation>
    </message>
    <message>
        <source>must be a table, not %1</source>
        <translation>muss eine Tabelle sein, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown key in [%1]</source>
        <translation>unbekannter Schlüssel in [%1]</translation>
    </message>
    <message>
        <source>unknown table [%1]</source>
        <translation>unbekannte Tabelle [%1]</translation>
    </message>
    <message>
        <source>unknown key outside any table</source>
        <translation>unbekannter Schlüssel außerhalb jeder Tabelle</translation>
    </message>
    <message>
        <source>syntax error: %1</source>
        <translation>Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a float</source>
        <translation>eine Gleitkommazahl</translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation>ein Datum oder eine Uhrzeit</translation>
    </message>
    <message>
        <source>sample is too small</source>
        <translation>Stichprobe zu klein</translation>
    </message>
    <message>
        <source>all samples are equal</source>
        <translation>alle Messwerte sind gleich</translation>
    </message>
    <message>
        <source>need &gt;= %1 samples for confidence interval at level %2</source>
        <translation>&gt;= %1 Messwerte nötig für ein Konfidenzintervall zum Niveau %2</translation>
    </message>
    <message>
        <source>need &gt; %1 samples for confidence interval at level %2</source>
        <translation>&gt; %1 Messwerte nötig für ein Konfidenzintervall zum Niveau %2</translation>
    </message>
    <message>
        <source>need %1 %2 samples to detect a difference at alpha level %3</source>
        <translation>%1 %2 Messwerte nötig, um einen Unterschied bei Alpha %3 zu erkennen</translation>
    </message>
</context>
<context>
    <name>UnknownRatePage</name>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln Run</numerusform>
            <numerusform>%Ln Runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhitelistPage</name>
    <message numerus="yes">
        <source>%Ln class(es), %1 stale as of %2</source>
        <translation>
            <numerusform>%Ln Klasse, %1 überfällig am %2</numerusform>
            <numerusform>%Ln Klassen, %1 überfällig am %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es) · %1 stale · %2 due within %3 days</source>
        <translation>
            <numerusform>%Ln Klasse · %1 überfällig · %2 fällig in %3 Tagen</numerusform>
            <numerusform>%Ln Klassen · %1 überfällig · %2 fällig in %3 Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln Problem</numerusform>
            <numerusform>%Ln Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>review_by of %Ln class(es) moved %1 days on; Ctrl+Z undoes.</source>
        <translation>
            <numerusform>review_by von %Ln Klasse um %1 Tage verschoben; Strg+Z macht es rückgängig.</numerusform>
            <numerusform>review_by von %Ln Klassen um %1 Tage verschoben; Strg+Z macht es rückgängig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhitelistValidation</name>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: the reason is empty</source>
        <translation>%1: Der Grund ist leer</translation>
    </message>
    <message>
        <source>%1 is listed %2 times; only the first entry applies</source>
        <translation>%1 steht %2-mal in der Liste; nur der erste Eintrag gilt</translation>
    </message>
    <message>
        <source>%1: added &quot;%2&quot; is not a YYYY-MM-DD date</source>
        <translation>%1: added „%2“ ist kein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>%1: review_by &quot;%2&quot; is not a YYYY-MM-DD date</source>
        <translation>%1: review_by „%2“ ist kein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>%1: review_by %2 is before added %3</source>
        <translation>%1: review_by %2 liegt vor added %3</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AboutDialog</name>
    <message>
        <source>About Gatehouse</source>
        <translation>Über Gatehouse</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Gatehouse %1&lt;/h2&gt;&lt;p&gt;A workbench for deciding when a CI gate may graduate: from a soft gate to a hard gate, or from a COMMENT phase to a WARN phase.&lt;/p&gt;&lt;p&gt;It reads the artifacts CI runs leave behind (folders, zip files) and answers three questions: are per-detector allocations stable, is the install-to-Ready time within budget, and how does the Gate-V1 unknown rate behave?&lt;/p&gt;&lt;p&gt;The same analyses run headless in &lt;tt&gt;gatehouse-cli&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Built with Qt %2, running on Qt %3.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Gatehouse %1&lt;/h2&gt;&lt;p&gt;Eine Werkbank für die Entscheidung, wann ein CI-Gate hochgestuft werden darf: von einem weichen zu einem harten Gate oder von einer COMMENT-Phase zu einer WARN-Phase.&lt;/p&gt;&lt;p&gt;Sie liest die Artefakte, die CI-Runs hinterlassen (Ordner, Zip-Dateien), und beantwortet drei Fragen: Sind die Allokationen je Detektor stabil, liegt die Zeit von der Installation bis Ready im Budget, und wie verhält sich die Unknown-Rate von Gate-V1?&lt;/p&gt;&lt;p&gt;Dieselben Analysen laufen ohne Oberfläche in &lt;tt&gt;gatehouse-cli&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Erstellt mit Qt %2, läuft auf Qt %3.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AllocationsPage</name>
    <message>
        <source>Right-click to show or hide columns (Stdev, Median, Min, Max)</source>
        <translation>Rechtsklick blendet Spalten ein oder aus (Std.-Abw., Median, Min., Max.)</translation>
    </message>
    <message>
        <source>Per detector, the %1 samples pooled over the selected runs. A detector is ready when its CV is below the threshold, its mean is within the drift of its baseline and it never failed; the Verdict column names every blocker. Bold italic controls are overrides of the rules.</source>
        <translation>Je Detektor die %1-Messwerte, zusammengefasst über die gewählten Runs. Ein Detektor ist bereit, wenn sein CV unter der Schwelle liegt, sein Mittelwert innerhalb der Drift seiner Baseline bleibt und er nie fehlgeschlagen ist; die Spalte „Urteil“ nennt jeden Blocker. Fett-kursive Bedienelemente überschreiben die Regeln.</translation>
    </message>
    <message>
        <source>The unit to judge: allocs/op, B/op, ns/op or any unit present</source>
        <translation>Die zu bewertende Einheit: allocs/op, B/op, ns/op oder jede vorhandene Einheit</translation>
    </message>
    <message>
        <source>all runs</source>
        <translation>alle Runs</translation>
    </message>
    <message>
        <source>last </source>
        <translation>letzte </translation>
    </message>
    <message>
        <source>Window N: the statistics pool the samples of the last N runs</source>
        <translation>Fenster N: Die Statistik fasst die Messwerte der letzten N Runs zusammen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>A detector is OK when its CV is below this</source>
        <translation>Ein Detektor ist OK, wenn sein CV darunter liegt</translation>
    </message>
    <message>
        <source>Largest |mean − baseline| that is still within the baseline</source>
        <translation>Größtes |Mittelwert − Baseline|, das noch innerhalb der Baseline liegt</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;Metrik</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>&amp;CV threshold</source>
        <translation>&amp;CV-Schwelle</translation>
    </message>
    <message>
        <source>&amp;Drift max</source>
        <translation>&amp;Drift max.</translation>
    </message>
    <message>
        <source>Window N: the statistics pool the samples of the last N runs; the gate needs at least N runs</source>
        <translation>Fenster N: Die Statistik fasst die Messwerte der letzten N Runs zusammen; das Gate braucht mindestens N Runs</translation>
    </message>
    <message>
        <source>A detector passes the CV check when its CV is below this</source>
        <translation>Ein Detektor besteht die CV-Prüfung, wenn sein CV darunter liegt</translation>
    </message>
    <message>
        <source>Baseline %1 cannot be read: %2; drift is not judged</source>
        <translation>Baseline %1 ist nicht lesbar: %2; die Drift wird nicht bewertet</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>Baseline %1</translation>
    </message>
    <message>
        <source>baseline unreadable</source>
        <translation>Baseline nicht lesbar</translation>
    </message>
    <message>
        <source>no baseline</source>
        <translation>keine Baseline</translation>
    </message>
    <message>
        <source>%1: no benchmark runs, baseline values only</source>
        <translation>%1: keine Benchmark-Runs, nur Baseline-Werte</translation>
    </message>
    <message>
        <source>%1 over %2 of %3 (%4 needed); CV &lt; %5 %, drift within ±%6; %7</source>
        <translation>%1 über %2 von %3 (%4 nötig); CV &lt; %5 %, Drift innerhalb ±%6; %7</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Allokationen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CandidatesModel</name>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
    <message>
        <source>A top reason that no whitelist class matches</source>
        <translation>Ein Top-Reason, den keine Whitelist-Klasse erfasst</translation>
    </message>
    <message>
        <source>Loaded runs listing this reason</source>
        <translation>Geladene Runs, die diesen Grund nennen</translation>
    </message>
    <message>
        <source>Spikes among those runs</source>
        <translation>Spikes unter diesen Runs</translation>
    </message>
    <message>
        <source>FAIL runs among those runs: whitelisting them hides real signals</source>
        <translation>FAIL-Runs unter diesen Runs: Sie auf die Whitelist zu setzen, verbirgt echte Signale</translation>
    </message>
    <message>
        <source>FP rate if added: the WARN false-positive rate at the threshold in force with this reason added as a class</source>
        <translation>FP-Rate bei Aufnahme: die WARN-False-Positive-Rate bei der geltenden Schwelle, wenn dieser Grund als Klasse aufgenommen wird</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>spikes</source>
        <translation>Spikes</translation>
    </message>
    <message>
        <source>FAILs</source>
        <translation>FAILs</translation>
    </message>
    <message>
        <source>FP if added</source>
        <translation>FP bei Aufnahme</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CandidatesPanel</name>
    <message>
        <source>&lt;b&gt;Candidates&lt;/b&gt;: %1 no class matches, ranked by the WARN false-positive rate if added (now %2 with the whitelist, at threshold %3).</source>
        <translation>&lt;b&gt;Kandidaten&lt;/b&gt;: %1 ohne passende Klasse, geordnet nach der WARN-False-Positive-Rate bei Aufnahme (jetzt %2 mit Whitelist, bei Schwelle %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Add to the whitelist</source>
        <translation>Zur Whitelist hinzufügen</translation>
    </message>
    <message>
        <source>Every top reason is matched by a class.</source>
        <translation>Jeder Top-Reason wird von einer Klasse erfasst.</translation>
    </message>
    <message>
        <source>Select a reason to see what adding it would do.</source>
        <translation>Einen Grund auswählen, um zu sehen, was seine Aufnahme bewirken würde.</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the white&amp;list</source>
        <translation>„%1“ zur White&amp;list hinzufügen</translation>
    </message>
    <message>
        <source>Adding &quot;%1&quot;: WARN false-positive rate with the whitelist %2 → &lt;b&gt;%3&lt;/b&gt;. It is listed by %4, %5 of them spikes.</source>
        <translation>„%1“ aufnehmen: WARN-False-Positive-Rate mit Whitelist %2 → &lt;b&gt;%3&lt;/b&gt;. Genannt von %4, davon %5 Spikes.</translation>
    </message>
    <message>
        <source>It is listed by %1: whitelisting it hides real FAIL signals.</source>
        <translation>Genannt von %1: Ihn auf die Whitelist zu setzen, verbirgt echte FAIL-Signale.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChangePointsModel</name>
    <message>
        <source>first run of policy %1</source>
        <translation>erster Run der Policy %1</translation>
    </message>
    <message>
        <source>no timestamp</source>
        <translation>kein Zeitstempel</translation>
    </message>
    <message>
        <source>The first run of the new segment</source>
        <translation>Der erste Run des neuen Segments</translation>
    </message>
    <message>
        <source>(mean after / mean before − 1) · 100</source>
        <translation>(Mittelwert nachher / Mittelwert vorher − 1) · 100</translation>
    </message>
    <message>
        <source>Two-sided t-test of the two segments (Otava); smaller is surer</source>
        <translation>Zweiseitiger t-Test der beiden Segmente (Otava); kleiner ist sicherer</translation>
    </message>
    <message>
        <source>change at run</source>
        <translation>Änderung bei Run</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>mean before</source>
        <translation>Mittelwert vorher</translation>
    </message>
    <message>
        <source>mean after</source>
        <translation>Mittelwert nachher</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChangesPanel</name>
    <message>
        <source>Change &amp;points</source>
        <translation>Änderungs&amp;punkte</translation>
    </message>
    <message>
        <source>Compare the last N runs with the N runs before them</source>
        <translation>Die letzten N Runs mit den N Runs davor vergleichen</translation>
    </message>
    <message>
        <source>previous N vs last &amp;N:</source>
        <translation>vorige N gegen letzte &amp;N:</translation>
    </message>
    <message>
        <source>Back to windows</source>
        <translation>Zurück zu den Fenstern</translation>
    </message>
    <message>
        <source>Forget the dragged ranges</source>
        <translation>Gezogene Bereiche verwerfen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Change &amp;points (%1)</source>
        <translation>Änderungs&amp;punkte (%1)</translation>
    </message>
    <message>
        <source>old: %1 runs from %2 — now Shift+drag the new range</source>
        <translation>alt: %1 Runs ab %2 — jetzt mit Umschalt+Ziehen den neuen Bereich wählen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChartView</name>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Export image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ClassEffectsModel</name>
    <message>
        <source>main spike driver</source>
        <translation>Haupt-Spike-Treiber</translation>
    </message>
    <message>
        <source>matches FAIL</source>
        <translation>erfasst FAIL</translation>
    </message>
    <message>
        <source>Not analysed yet for this class</source>
        <translation>Für diese Klasse noch nicht analysiert</translation>
    </message>
    <message>
        <source>FP rate at the threshold in force (%1) with this whitelist minus this class; with the whole whitelist: %2</source>
        <translation>False-Positive-Rate bei der geltenden Schwelle (%1) mit dieser Whitelist ohne diese Klasse; mit der ganzen Whitelist: %2</translation>
    </message>
    <message>
        <source>main_spike_driver: it matches %1, the primary reason with the most spikes; whitelisting it hides most of what the gate sees.</source>
        <translation>main_spike_driver: Sie erfasst %1, den primären Grund mit den meisten Spikes; sie auf die Whitelist zu setzen, verbirgt das meiste, was das Gate sieht.</translation>
    </message>
    <message>
        <source>matches_fail: it matches %1; a class that hides real FAIL signals is suspect.</source>
        <translation>matches_fail: Sie erfasst %1; eine Klasse, die echte FAIL-Signale verbirgt, ist verdächtig.</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>matched runs: loaded runs listing a reason this class matches</source>
        <translation>erfasste Runs: geladene Runs, die einen Grund nennen, den diese Klasse erfasst</translation>
    </message>
    <message>
        <source>stale once today is after review_by (it still applies); due when review_by is within %1 days</source>
        <translation>überfällig, sobald heute nach review_by liegt (sie gilt weiter); fällig, wenn review_by innerhalb von %1 Tagen liegt</translation>
    </message>
    <message>
        <source>decisive runs: whitelisted with the whole whitelist but not without this class</source>
        <translation>entscheidende Runs: mit der ganzen Whitelist gelistet, ohne diese Klasse aber nicht</translation>
    </message>
    <message>
        <source>Spikes among the decisive runs: what this class hides from the gate</source>
        <translation>Spikes unter den entscheidenden Runs: was diese Klasse vor dem Gate verbirgt</translation>
    </message>
    <message>
        <source>FAIL runs listing a reason this class matches</source>
        <translation>FAIL-Runs, die einen Grund nennen, den diese Klasse erfasst</translation>
    </message>
    <message>
        <source>WARN false-positive rate at the threshold in force if this class were removed</source>
        <translation>WARN-False-Positive-Rate bei der geltenden Schwelle, wenn diese Klasse entfernt würde</translation>
    </message>
    <message>
        <source>main spike driver: matches the primary reason with the most spikes; matches FAIL: hides FAIL runs</source>
        <translation>Haupt-Spike-Treiber: erfasst den primären Grund mit den meisten Spikes; erfasst FAIL: verbirgt FAIL-Runs</translation>
    </message>
    <message>
        <source>decisive</source>
        <translation>entscheidend</translation>
    </message>
    <message>
        <source>spikes covered</source>
        <translation>abgedeckte Spikes</translation>
    </message>
    <message>
        <source>FAILs matched</source>
        <translation>erfasste FAILs</translation>
    </message>
    <message>
        <source>FP rate without it</source>
        <translation>FP-Rate ohne sie</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ClassFrequencyModel</name>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>ja (%1)</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Whitelisted by &quot;%1&quot;, which is past its review_by date: it still applies, but is due for review</source>
        <translation>Gelistet durch „%1“, deren review_by-Datum überschritten ist: Sie gilt weiter, ist aber zur Prüfung fällig</translation>
    </message>
    <message>
        <source>Not whitelisted: select and press &quot;Whitelist this reason&quot;</source>
        <translation>Nicht gelistet: auswählen und „Diesen Grund auf die Whitelist“ drücken</translation>
    </message>
    <message>
        <source>Runs listing the reason among their top reasons</source>
        <translation>Runs, die den Grund unter ihren Top-Reasons nennen</translation>
    </message>
    <message>
        <source>policy_hash</source>
        <translation>policy_hash</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>spikes</source>
        <translation>Spikes</translation>
    </message>
    <message>
        <source>FAILs</source>
        <translation>FAILs</translation>
    </message>
    <message>
        <source>whitelisted</source>
        <translation>gelistet</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::CompareModel</name>
    <message>
        <source>Not significant: p = %1 &gt; alpha</source>
        <translation>Nicht signifikant: p = %1 &gt; Alpha</translation>
    </message>
    <message>
        <source>median %1, %2 % interval [%3, %4]</source>
        <translation>Median %1, %2-%-Intervall [%3, %4]</translation>
    </message>
    <message>
        <source>[geomean]</source>
        <translation>[geom. Mittel]</translation>
    </message>
    <message numerus="yes">
        <source>over %n rows</source>
        <translation>
            <numerusform>über %n Zeile</numerusform>
            <numerusform>über %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change of the median; &quot;~&quot; when the Mann–Whitney U test finds no significant difference (p &gt; alpha)</source>
        <translation>Änderung des Medians; „~“, wenn der Mann-Whitney-U-Test keinen signifikanten Unterschied findet (p &gt; Alpha)</translation>
    </message>
    <message>
        <source>series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>old (median ± CI)</source>
        <translation>alt (Median ± KI)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>new (median ± CI)</source>
        <translation>neu (Median ± KI)</translation>
    </message>
    <message>
        <source>vs old</source>
        <translation>gegen alt</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DetectorTableModel</name>
    <message>
        <source>n: samples pooled over the selected runs</source>
        <translation>n: Messwerte, zusammengefasst über die gewählten Runs</translation>
    </message>
    <message>
        <source>coefficient of variation, 100 · stdev / mean</source>
        <translation>Variationskoeffizient, 100 · Std.-Abw. / Mittelwert</translation>
    </message>
    <message>
        <source>95 % confidence interval of the CV (Vangel&apos;s modified McKay)</source>
        <translation>95-%-Konfidenzintervall des CV (modifizierter McKay nach Vangel)</translation>
    </message>
    <message>
        <source>share of samples equal to the most frequent value</source>
        <translation>Anteil der Messwerte, die dem häufigsten Wert gleichen</translation>
    </message>
    <message>
        <source>mean − baseline; within when |drift| ≤ %1</source>
        <translation>Mittelwert − Baseline; innerhalb, wenn |Drift| ≤ %1</translation>
    </message>
    <message>
        <source>ready, or blocked with every blocker (cv, drift, failed runs)</source>
        <translation>bereit, oder blockiert mit jedem Blocker (CV, Drift, fehlgeschlagene Runs)</translation>
    </message>
    <message>
        <source>why the detector is not graduating, or notes when it is</source>
        <translation>warum der Detektor nicht hochgestuft wird, oder Hinweise, wenn doch</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean
%1</source>
        <translation>Mittelwert
%1</translation>
    </message>
    <message>
        <source>Stdev</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <source>CV %</source>
        <translation>CV %</translation>
    </message>
    <message>
        <source>CV
95 % CI</source>
        <translation>CV
95-%-KI</translation>
    </message>
    <message>
        <source>Mode
share</source>
        <translation>Modal-
anteil</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
    <message>
        <source>BASELINE ONLY</source>
        <translation>NUR BASELINE</translation>
    </message>
    <message>
        <source>%1 of %2 samples equal %3</source>
        <translation>%1 von %2 Messwerten gleich %3</translation>
    </message>
    <message>
        <source>%1
CV gate (CV &lt; %2 %): %3</source>
        <translation>%1
CV-Gate (CV &lt; %2 %): %3</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::DownloadDialog</name>
    <message>
        <source>Download from GitHub Actions</source>
        <translation>Von GitHub Actions herunterladen</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>Besitzer/Name</translation>
    </message>
    <message>
        <source>all workflows, or a file such as bench.yml</source>
        <translation>alle Workflows oder eine Datei wie bench.yml</translation>
    </message>
    <message>
        <source>* for any branch</source>
        <translation>* für jeden Branch</translation>
    </message>
    <message>
        <source>Only successful runs</source>
        <translation>Nur erfolgreiche Runs</translation>
    </message>
    <message>
        <source>every artifact, or globs such as bench-detectors-raw-*</source>
        <translation>jedes Artefakt oder Globs wie bench-detectors-raw-*</translation>
    </message>
    <message>
        <source>GitHub Enterprise Server: https://HOST/api/v3</source>
        <translation>GitHub Enterprise Server: https://HOST/api/v3</translation>
    </message>
    <message>
        <source>a token with Actions: read (or repo scope)</source>
        <translation>ein Token mit Actions: read (oder repo-Berechtigung)</translation>
    </message>
    <message>
        <source>from %1 when left empty</source>
        <translation>aus %1, wenn leer</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Workflow:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <source>R&amp;uns:</source>
        <translation>R&amp;uns:</translation>
    </message>
    <message>
        <source>&amp;Artifacts:</source>
        <translation>&amp;Artefakte:</translation>
    </message>
    <message>
        <source>A&amp;PI URL:</source>
        <translation>A&amp;PI-URL:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern in:</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Save artifacts to</source>
        <translation>Artefakte speichern in</translation>
    </message>
    <message numerus="yes">
        <source>%n artifact(s) could not be stored; the table says why.</source>
        <translation>
            <numerusform>%n Artefakt konnte nicht gespeichert werden; die Tabelle nennt den Grund.</numerusform>
            <numerusform>%n Artefakte konnten nicht gespeichert werden; die Tabelle nennt die Gründe.</numerusform>
        </translation>
    </message>
    <message>
        <source>No artifact matched: check the branch, the workflow and the artifact patterns.</source>
        <translation>Kein Artefakt passte: Branch, Workflow und Artefaktmuster prüfen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::GateCard</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>No verdict: %1</source>
        <translation>Kein Urteil: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::InstallPage</name>
    <message>
        <source>helm install → DaemonSet Ready time per run, with the budget line and the rolling median of the previous N runs. The gate passes when the median of the last N kept runs is at most the budget. Bold italic controls are overrides of the rules.</source>
        <translation>Zeit von helm install bis DaemonSet Ready je Run, mit Budgetlinie und gleitendem Median der vorigen N Runs. Das Gate besteht, wenn der Median der letzten N behaltenen Runs höchstens das Budget erreicht. Fett-kursive Bedienelemente überschreiben die Regeln.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>PASS when the median of the last N runs is at most this</source>
        <translation>PASS, wenn der Median der letzten N Runs höchstens diesen Wert erreicht</translation>
    </message>
    <message>
        <source>last </source>
        <translation>letzte </translation>
    </message>
    <message>
        <source>N: the runs of the gate median and the rolling median window</source>
        <translation>N: die Runs des Gate-Medians und das Fenster des gleitenden Medians</translation>
    </message>
    <message>
        <source>Keep runs of this branch (runs without metadata are kept, flagged)</source>
        <translation>Runs dieses Branches behalten (Runs ohne Metadaten werden markiert behalten)</translation>
    </message>
    <message>
        <source>Keep runs with this conclusion</source>
        <translation>Runs mit diesem Ergebnis behalten</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>B&amp;ranch</source>
        <translation>B&amp;ranch</translation>
    </message>
    <message>
        <source>C&amp;onclusion</source>
        <translation>Er&amp;gebnis</translation>
    </message>
    <message>
        <source>any branch</source>
        <translation>jeder Branch</translation>
    </message>
    <message>
        <source>any conclusion</source>
        <translation>jedes Ergebnis</translation>
    </message>
    <message>
        <source>The median of the last N runs passes when it is at most this</source>
        <translation>Der Median der letzten N Runs besteht, wenn er höchstens diesen Wert erreicht</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>Run %1: %2</translation>
    </message>
    <message>
        <source>Install duration</source>
        <translation>Installationsdauer</translation>
    </message>
    <message>
        <source>&amp;Zoom to the gate window</source>
        <translation>Auf das Gate-Fenster &amp;zoomen</translation>
    </message>
    <message>
        <source>Show the runs the gate median is taken over (0 or Home resets)</source>
        <translation>Die Runs zeigen, über die der Gate-Median gebildet wird (0 oder Pos1 setzt zurück)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::InstallRunsModel</name>
    <message>
        <source>median of the window of %1 runs ending at this run</source>
        <translation>Median des Fensters von %1 Runs, das mit diesem Run endet</translation>
    </message>
    <message>
        <source>more than the budget of %1 s</source>
        <translation>mehr als das Budget von %1 s</translation>
    </message>
    <message>
        <source>one of the last %1 runs: part of the gate median</source>
        <translation>einer der letzten %1 Runs: Teil des Gate-Medians</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Rolling median</source>
        <translation>Gleitender Median</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Über Budget</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>Head SHA</source>
        <translation>Head-SHA</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>OVER</source>
        <translation>DARÜBER</translation>
    </message>
    <message>
        <source>used</source>
        <translation>verwendet</translation>
    </message>
    <message>
        <source>no metadata.json or no head_branch in it</source>
        <translation>keine metadata.json oder kein head_branch darin</translation>
    </message>
    <message>
        <source>median of the %1 runs ending here</source>
        <translation>Median der %1 Runs, die hier enden</translation>
    </message>
    <message>
        <source>double-click opens %1</source>
        <translation>Doppelklick öffnet %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::IssueBanner</name>
    <message>
        <source>Show problems</source>
        <translation>Probleme zeigen</translation>
    </message>
    <message>
        <source>Hide this notice until the next load</source>
        <translation>Diesen Hinweis bis zum nächsten Laden ausblenden</translation>
    </message>
    <message>
        <source>Hide notice</source>
        <translation>Hinweis ausblenden</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::IssuesModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::LoadProgress</name>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Laden abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>%1 % loaded</source>
        <translation>%1 % geladen</translation>
    </message>
    <message>
        <source> · about %1 min left</source>
        <translation> · noch etwa %1 min</translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation> · noch etwa %1 s</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Loading cancelled; showing what was loaded before.</source>
        <translation>Laden abgebrochen; angezeigt wird, was vorher geladen war.</translation>
    </message>
    <message>
        <source>Loaded %1 files from %2</source>
        <translation>%1 Dateien aus %2 geladen</translation>
    </message>
    <message>
        <source>%1 bench runs · %2 install runs · %3 gate runs · %4 parse issues</source>
        <translation>%1 Bench-Runs · %2 Install-Runs · %3 Gate-Runs · %4 Einleseprobleme</translation>
    </message>
    <message>
        <source>%1 files seen, %2 used, %3 of no known kind, %4 zips read</source>
        <translation>%1 Dateien gesehen, %2 verwendet, %3 unbekannter Art, %4 Zips gelesen</translation>
    </message>
    <message>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <source>%1%2 — Gatehouse</source>
        <translation>%1%2 — Gatehouse</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open &amp;Zip Files…</source>
        <translation>&amp;Zip-Dateien öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Cancel Loading</source>
        <translation>Laden &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Download from GitHub…</source>
        <translation>Von GitHub &amp;herunterladen…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Export All…</source>
        <translation>Alles &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>Über &amp;Gatehouse</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Recent &amp;Sources</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source> + %1 more</source>
        <translation> + %1 weitere</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open Artifact Folder</source>
        <translation>Artefaktordner öffnen</translation>
    </message>
    <message>
        <source>Open Artifact Zip Files</source>
        <translation>Artefakt-Zip-Dateien öffnen</translation>
    </message>
    <message>
        <source>Zip archives (*.zip);;All files (*)</source>
        <translation>Zip-Archive (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Wait for the load to finish before exporting.</source>
        <translation>Vor dem Export das Ende des Ladens abwarten.</translation>
    </message>
    <message>
        <source>Export All Into Folder (created if needed)</source>
        <translation>Alles in Ordner exportieren (wird bei Bedarf angelegt)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The export stopped after %1 files: %2</source>
        <translation>Der Export brach nach %1 Dateien ab: %2</translation>
    </message>
    <message>
        <source>Exported %1 files to %2</source>
        <translation>%1 Dateien nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Exported %1 files to %2. Open the folder?</source>
        <translation>%1 Dateien nach %2 exportiert. Ordner öffnen?</translation>
    </message>
    <message>
        <source>Open &amp;Rules…</source>
        <translation>&amp;Regeln öffnen…</translation>
    </message>
    <message>
        <source>Judge by another gatehouse.toml for this session</source>
        <translation>Für diese Sitzung nach einer anderen gatehouse.toml bewerten</translation>
    </message>
    <message>
        <source>Open &amp;Whitelist…</source>
        <translation>&amp;Whitelist öffnen…</translation>
    </message>
    <message>
        <source>Use this unknown_whitelist.json instead of the sources&apos; one until other sources are opened</source>
        <translation>Diese unknown_whitelist.json statt der aus den Quellen verwenden, bis andere Quellen geöffnet werden</translation>
    </message>
    <message>
        <source>Open &amp;Baseline…</source>
        <translation>&amp;Baseline öffnen…</translation>
    </message>
    <message>
        <source>Use this baselines.json instead of the sources&apos; one until other sources are opened</source>
        <translation>Diese baselines.json statt der aus den Quellen verwenden, bis andere Quellen geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Reset to Rules</source>
        <translation>Auf Regeln &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Remove every override: the rules in force decide</source>
        <translation>Alle Überschreibungen entfernen: Die geltenden Regeln entscheiden</translation>
    </message>
    <message>
        <source>&amp;Save Rules As…</source>
        <translation>Regeln &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Write the rules in force, overrides included, as a complete commented gatehouse.toml</source>
        <translation>Die geltenden Regeln samt Überschreibungen als vollständige, kommentierte gatehouse.toml schreiben</translation>
    </message>
    <message>
        <source>Rules saved.</source>
        <translation>Regeln gespeichert.</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Defaults</source>
        <translation>&amp;Eingebaute Standardregeln verwenden</translation>
    </message>
    <message>
        <source>Judge by the built-in default rules for this session</source>
        <translation>Für diese Sitzung nach den eingebauten Standardregeln bewerten</translation>
    </message>
    <message>
        <source>&amp;Reading the Verdicts</source>
        <translation>Die Urteile &amp;lesen</translation>
    </message>
    <message>
        <source>What PASS, FAIL, CV, drift, spikes, RD, RR and the false-positive rates mean, and the rule each uses</source>
        <translation>Was PASS, FAIL, CV, Drift, Spikes, RD, RR und die False-Positive-Raten bedeuten und welche Regel jeweils gilt</translation>
    </message>
    <message>
        <source>R&amp;ules</source>
        <translation>Re&amp;geln</translation>
    </message>
    <message>
        <source>Open Gate Rules</source>
        <translation>Gate-Regeln öffnen</translation>
    </message>
    <message>
        <source>Gate rules (*.toml);;All files (*)</source>
        <translation>Gate-Regeln (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Whitelist</source>
        <translation>Whitelist öffnen</translation>
    </message>
    <message>
        <source>Whitelist (*.json);;All files (*)</source>
        <translation>Whitelist (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Baseline</source>
        <translation>Baseline öffnen</translation>
    </message>
    <message>
        <source>Baseline (*.json);;All files (*)</source>
        <translation>Baseline (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the Verdicts</source>
        <translation>Die Urteile lesen</translation>
    </message>
    <message>
        <source>The help page is missing.</source>
        <translation>Die Hilfeseite fehlt.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>reloaded: %1 changed, %2 reused</source>
        <translation>neu geladen: %1 geändert, %2 unverändert übernommen</translation>
    </message>
    <message>
        <source>The sources changed on disk; save or undo the whitelist edits, then press F5 to reload.</source>
        <translation>Die Quellen haben sich auf der Festplatte geändert; speichern oder verwerfen Sie die Änderungen an der Whitelist und drücken Sie dann F5, um neu zu laden.</translation>
    </message>
    <message>
        <source>Open &amp;History…</source>
        <translation>&amp;Historie öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Watch Sources</source>
        <translation>Quellen &amp;überwachen</translation>
    </message>
    <message>
        <source>Reload by itself when files in the sources change (checked every %1 s, only what changed is read again)</source>
        <translation>Selbsttätig neu laden, wenn sich Dateien in den Quellen ändern (Prüfung alle %1 s; nur Geändertes wird neu gelesen)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::OpenHistoryDialog</name>
    <message>
        <source>Open History</source>
        <translation>Historie öffnen</translation>
    </message>
    <message>
        <source>&amp;SQLite file</source>
        <translation>&amp;SQLite-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Open History Store</source>
        <translation>Historienspeicher öffnen</translation>
    </message>
    <message>
        <source>History stores (*.sqlite);;All files (*)</source>
        <translation>Historienspeicher (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL</source>
        <translation>&amp;PostgreSQL</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>leer: PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>Im &amp;Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>OWNER/NAME; empty: every repository</source>
        <translation>BESITZER/NAME; leer: alle Repositorys</translation>
    </message>
    <message>
        <source>workflow name; empty: every workflow</source>
        <translation>Workflow-Name; leer: alle Workflows</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>Wor&amp;kflow:</source>
        <translation>Wor&amp;kflow:</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::PolicySummaryModel</name>
    <message>
        <source>Median absolute deviation of unknown_rate (unscaled)</source>
        <translation>Mediane absolute Abweichung der unknown_rate (unskaliert)</translation>
    </message>
    <message>
        <source>A run of this policy is a spike above this unknown_rate</source>
        <translation>Ein Run dieser Policy ist oberhalb dieser unknown_rate ein Spike</translation>
    </message>
    <message>
        <source>policy_hash</source>
        <translation>policy_hash</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>MAD</source>
        <translation>MAD</translation>
    </message>
    <message>
        <source>spike threshold</source>
        <translation>Spike-Schwelle</translation>
    </message>
    <message>
        <source>spikes</source>
        <translation>Spikes</translation>
    </message>
    <message>
        <source>FAILs</source>
        <translation>FAILs</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ProblemsPage</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Open &amp;Containing Folder</source>
        <translation>&amp;Übergeordneten Ordner öffnen</translation>
    </message>
    <message>
        <source>Every file that could not be used, or only in part: the file, the line where known and why. Errors left the file out of every gate; warnings kept it.</source>
        <translation>Jede Datei, die nicht oder nur teilweise verwendet werden konnte: die Datei, die Zeile, sofern bekannt, und der Grund. Fehler schließen die Datei aus jedem Gate aus; bei Warnungen bleibt sie drin.</translation>
    </message>
    <message>
        <source>Nothing loaded yet.</source>
        <translation>Noch nichts geladen.</translation>
    </message>
    <message>
        <source>No problems: every file that looked like an artifact was used.</source>
        <translation>Keine Probleme: Jede Datei, die wie ein Artefakt aussah, wurde verwendet.</translation>
    </message>
    <message>
        <source>%1 could not be used · %2</source>
        <translation>%1 nicht verwendbar · %2</translation>
    </message>
    <message>
        <source>The file is not on disk (embedded demo data or a missing source)</source>
        <translation>Die Datei liegt nicht auf der Platte (eingebettete Demodaten oder eine fehlende Quelle)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ReviewPage</name>
    <message>
        <source>Graduation review</source>
        <translation>Bewertung der Hochstufung</translation>
    </message>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation>Als Markdown &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the whole review as Markdown, ready to paste into a pull request</source>
        <translation>Die ganze Bewertung als Markdown kopieren, bereit zum Einfügen in einen Pull Request</translation>
    </message>
    <message>
        <source>&amp;Reset to Rules</source>
        <translation>Auf Regeln &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Remove every override: the rules in force decide again</source>
        <translation>Alle Überschreibungen entfernen: Wieder entscheiden die geltenden Regeln</translation>
    </message>
    <message>
        <source>Save Rules &amp;As…</source>
        <translation>Regeln speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Write the rules in force, overrides included, as a complete gatehouse.toml</source>
        <translation>Die geltenden Regeln samt Überschreibungen als vollständige gatehouse.toml schreiben</translation>
    </message>
    <message>
        <source>Full graduation review</source>
        <translation>Vollständige Bewertung der Hochstufung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Each card is one gate: its verdict and the checks it is derived from (✓ met, ✗ not met); below, the same review as Markdown. Help &gt; Reading the Verdicts explains each figure.</source>
        <translation>Jede Karte ist ein Gate: sein Urteil und die Prüfungen, aus denen es folgt (✓ erfüllt, ✗ nicht erfüllt); darunter dieselbe Bewertung als Markdown. Hilfe &gt; Die Urteile lesen erklärt jede Kennzahl.</translation>
    </message>
    <message>
        <source>Rules: %1 has errors (see the notice above)</source>
        <translation>Regeln: %1 enthält Fehler (siehe Hinweis oben)</translation>
    </message>
    <message>
        <source>; no overrides.</source>
        <translation>; keine Überschreibungen.</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>In die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>No review: the rules file has errors.

</source>
        <translation>Keine Bewertung: Die Regeldatei enthält Fehler.

</translation>
    </message>
    <message>
        <source>Open a folder or zip files of CI artifacts, or the demo.</source>
        <translation>Einen Ordner oder Zip-Dateien mit CI-Artefakten öffnen, oder die Demo.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RolloutRunsModel</name>
    <message>
        <source>unknown_rate %1 &gt; spike threshold %2 of policy %3</source>
        <translation>unknown_rate %1 &gt; Spike-Schwelle %2 der Policy %3</translation>
    </message>
    <message>
        <source>A reason matched a whitelist class past its review_by date</source>
        <translation>Ein Grund passte zu einer Whitelist-Klasse mit überschrittenem review_by-Datum</translation>
    </message>
    <message>
        <source>Would WARN once whitelisted runs are exempt</source>
        <translation>Würde WARN auslösen, sobald gelistete Runs ausgenommen sind</translation>
    </message>
    <message>
        <source>run id</source>
        <translation>Run-ID</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>policy_hash</source>
        <translation>policy_hash</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>unknown_rate</source>
        <translation>unknown_rate</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>spike</source>
        <translation>Spike</translation>
    </message>
    <message>
        <source>would WARN</source>
        <translation>würde WARN auslösen</translation>
    </message>
    <message>
        <source>WARN with whitelist</source>
        <translation>WARN mit Whitelist</translation>
    </message>
    <message>
        <source>whitelisted</source>
        <translation>gelistet</translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation>nicht gelistet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (überfällig)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RulesBanner</name>
    <message>
        <source>Use &amp;built-in defaults</source>
        <translation>&amp;Eingebaute Standardregeln verwenden</translation>
    </message>
    <message>
        <source>Judge with the built-in default rules for this session; the file is not changed</source>
        <translation>Für diese Sitzung nach den eingebauten Standardregeln bewerten; die Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>Open Rules…</source>
        <translation>Regeln öffnen…</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RunsModel</name>
    <message>
        <source>Open %1 in the browser</source>
        <translation>%1 im Browser öffnen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Run ID</source>
        <translation>Run-ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Source path</source>
        <translation>Quellpfad</translation>
    </message>
    <message>
        <source>CI page</source>
        <translation>CI-Seite</translation>
    </message>
    <message>
        <source>bench</source>
        <comment>run kind</comment>
        <translation>Bench</translation>
    </message>
    <message>
        <source>install</source>
        <comment>run kind</comment>
        <translation>Install</translation>
    </message>
    <message>
        <source>gate</source>
        <comment>run kind</comment>
        <translation>Gate</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RunsPage</name>
    <message>
        <source>Run kind</source>
        <translation>Run-Art</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter runs (id, path, details)…</source>
        <translation>Runs filtern (ID, Pfad, Details)…</translation>
    </message>
    <message>
        <source>&amp;Open CI Page</source>
        <translation>CI-Seite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected run&apos;s CI page in the browser (Enter)</source>
        <translation>Die CI-Seite des gewählten Runs im Browser öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>Every run loaded, of every kind, in run order: its id, time, branch and the file it came from. Select a run to highlight it on every page; double-click opens its CI page when known.</source>
        <translation>Jeder geladene Run jeder Art in Run-Reihenfolge: ID, Zeit, Branch und die Datei, aus der er stammt. Einen Run auswählen, um ihn auf jeder Seite hervorzuheben; ein Doppelklick öffnet seine CI-Seite, sofern bekannt.</translation>
    </message>
    <message>
        <source>%1 of %2 runs</source>
        <translation>%1 von %2 Runs</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::TableView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Export Table as CSV…</source>
        <translation>Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UnknownRatePage</name>
    <message>
        <source>unknown_rate of every gate_result.json run, per policy version; a spike is a run above median + max(k × 1.4826 × MAD, δ) of its version. The WARN preview shows which runs a threshold would flag and the false-positive rate (non-FAIL runs flagged) without and with the whitelist; the gate needs enough runs, a readable whitelist, that rate at most fp_max and no stale class.</source>
        <translation>unknown_rate jedes gate_result.json-Runs je Policy-Version; ein Spike ist ein Run über Median + max(k × 1,4826 × MAD, δ) seiner Version. Die WARN-Vorschau zeigt, welche Runs eine Schwelle markieren würde, und die False-Positive-Rate (markierte Nicht-FAIL-Runs) ohne und mit Whitelist; das Gate braucht genug Runs, eine lesbare Whitelist, diese Rate höchstens bei fp_max und keine überfällige Klasse.</translation>
    </message>
    <message>
        <source>Whitelist this reason</source>
        <translation>Diesen Grund auf die Whitelist</translation>
    </message>
    <message>
        <source>&amp;Whitelist this reason</source>
        <translation>Diesen Grund auf die &amp;Whitelist</translation>
    </message>
    <message>
        <source>Adds a class for the selected reason in the Whitelist editor (undoable there)</source>
        <translation>Legt im Whitelist-Editor eine Klasse für den gewählten Grund an (dort rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Per policy_hash and top reason; stale whitelist classes are highlighted.</source>
        <translation>Je policy_hash und Top-Reason; überfällige Whitelist-Klassen sind hervorgehoben.</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Runs</translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation>&amp;Policies</translation>
    </message>
    <message>
        <source>&amp;Class frequency</source>
        <translation>&amp;Klassenhäufigkeit</translation>
    </message>
    <message>
        <source>
Click to use this threshold.</source>
        <translation>
Klicken, um diese Schwelle zu verwenden.</translation>
    </message>
    <message>
        <source>Export rollout series</source>
        <translation>Rollout-Serie exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Unknown rate</source>
        <translation>Unknown-Rate</translation>
    </message>
    <message>
        <source>Policy &amp;versions</source>
        <translation>Policy-&amp;Versionen</translation>
    </message>
    <message>
        <source>Export rollout_series.csv…</source>
        <translation>rollout_series.csv exportieren…</translation>
    </message>
    <message>
        <source>WARN &amp;threshold:</source>
        <translation>WARN-&amp;Schwelle:</translation>
    </message>
    <message>
        <source>A run would WARN when its unknown_rate is above this. Each step (arrow keys; Page Up / Down: ten) is a threshold where a false-positive rate or the FAIL recall changes.</source>
        <translation>Ein Run würde WARN auslösen, wenn seine unknown_rate darüber liegt. Jeder Schritt (Pfeiltasten; Bild auf/ab: zehn) ist eine Schwelle, an der sich eine False-Positive-Rate oder die FAIL-Trefferquote ändert.</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>median + max(3 × 1.4826 × MAD, δ) of unknown_rate over the last 40 runs</source>
        <translation>Median + max(3 × 1,4826 × MAD, δ) der unknown_rate über die letzten 40 Runs</translation>
    </message>
    <message>
        <source>Use &amp;lowest meeting fp_max</source>
        <translation>&amp;Niedrigste, die fp_max einhält</translation>
    </message>
    <message>
        <source>No verdict: the rules file has errors · %1 (%2 needed)</source>
        <translation>Kein Urteil: Die Regeldatei enthält Fehler · %1 (%2 nötig)</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 (%4 needed)</source>
        <translation>%1 (%2) · %3 (%4 nötig)</translation>
    </message>
    <message>
        <source>⚠ Whitelist %1 cannot be read: %2. Runs are judged without it.</source>
        <translation>⚠ Whitelist %1 ist nicht lesbar: %2. Die Runs werden ohne sie bewertet.</translation>
    </message>
    <message>
        <source>Whitelist: %1%2</source>
        <translation>Whitelist: %1%2</translation>
    </message>
    <message>
        <source>edited, not saved</source>
        <translation>bearbeitet, nicht gespeichert</translation>
    </message>
    <message>
        <source>P(spike | whitelisted) = %1, P(spike | unlisted) = %2</source>
        <translation>P(Spike | gelistet) = %1, P(Spike | nicht gelistet) = %2</translation>
    </message>
    <message>
        <source>Risk difference (whitelisted − unlisted): %1, 95 % CI Newcombe; %2</source>
        <translation>Risk Difference (gelistet − nicht gelistet): %1, 95-%-KI Newcombe; %2</translation>
    </message>
    <message>
        <source>Risk difference (whitelisted − unlisted): undefined: %1 (%2)</source>
        <translation>Risk Difference (gelistet − nicht gelistet): undefiniert: %1 (%2)</translation>
    </message>
    <message>
        <source>P(FAIL | spike) = %1, P(FAIL | no spike) = %2</source>
        <translation>P(FAIL | Spike) = %1, P(FAIL | kein Spike) = %2</translation>
    </message>
    <message>
        <source>Risk ratio (FAIL given spike vs. no spike): %1, 95 % CI Katz log; %2</source>
        <translation>Risk Ratio (FAIL bei Spike vs. kein Spike): %1, 95-%-KI Katz-log; %2</translation>
    </message>
    <message>
        <source>Risk ratio (FAIL given spike vs. no spike): undefined: %1 (%2)</source>
        <translation>Risk Ratio (FAIL bei Spike vs. kein Spike): undefiniert: %1 (%2)</translation>
    </message>
    <message>
        <source>False positives without whitelist: &lt;b&gt;%1&lt;/b&gt; (%2 of %3 non-FAIL runs)</source>
        <translation>False Positives ohne Whitelist: &lt;b&gt;%1&lt;/b&gt; (%2 von %3 Nicht-FAIL-Runs)</translation>
    </message>
    <message>
        <source>with whitelist: &lt;b&gt;%1&lt;/b&gt; (%2 of %3)</source>
        <translation>mit Whitelist: &lt;b&gt;%1&lt;/b&gt; (%2 von %3)</translation>
    </message>
    <message>
        <source>reduction: %1</source>
        <translation>Reduktion: %1</translation>
    </message>
    <message>
        <source>WARN threshold %1, set here; Default restores the rule.</source>
        <translation>WARN-Schwelle %1, hier gesetzt; „Standard“ stellt die Regel wieder her.</translation>
    </message>
    <message>
        <source>WARN threshold %1 by the default rule: median %2 + max(3 × 1.4826 × MAD %3, δ %4) over the last %5 runs.</source>
        <translation>WARN-Schwelle %1 nach der Standardregel: Median %2 + max(3 × 1,4826 × MAD %3, δ %4) über die letzten %5 Runs.</translation>
    </message>
    <message>
        <source>No runs: no WARN threshold.</source>
        <translation>Keine Runs: keine WARN-Schwelle.</translation>
    </message>
    <message>
        <source>A run would WARN when its unknown_rate is above this</source>
        <translation>Ein Run würde WARN auslösen, wenn seine unknown_rate darüber liegt</translation>
    </message>
    <message>
        <source>Sets the WARN threshold to %1, the lowest whose false-positive rate with the whitelist is at most fp_max %2</source>
        <translation>Setzt die WARN-Schwelle auf %1, die niedrigste, deren False-Positive-Rate mit Whitelist höchstens fp_max %2 beträgt</translation>
    </message>
    <message>
        <source>No threshold keeps the false-positive rate with the whitelist at or below fp_max %1</source>
        <translation>Keine Schwelle hält die False-Positive-Rate mit Whitelist bei oder unter fp_max %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::WhitelistModel</name>
    <message>
        <source>Stale: past its review_by date %1. The class still applies; review it or move review_by.</source>
        <translation>Überfällig: review_by-Datum %1 ist überschritten. Die Klasse gilt weiter; prüfen oder review_by verschieben.</translation>
    </message>
    <message>
        <source>Glob pattern: * matches any text, ? one character.</source>
        <translation>Glob-Muster: * passt auf beliebigen Text, ? auf ein Zeichen.</translation>
    </message>
    <message>
        <source>Fields this editor does not know; they are kept when saving.</source>
        <translation>Felder, die dieser Editor nicht kennt; sie bleiben beim Speichern erhalten.</translation>
    </message>
    <message>
        <source>A top reason, matched exactly, or a glob when it holds * or ?</source>
        <translation>Ein Top-Reason, exakt verglichen, oder ein Glob, wenn er * oder ? enthält</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD</source>
        <translation>Ein Datum als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Loaded runs with a reason this class decided</source>
        <translation>Geladene Runs mit einem Grund, über den diese Klasse entschied</translation>
    </message>
    <message>
        <source>Stale once today is after review_by; a stale class still applies</source>
        <translation>Überfällig, sobald heute nach review_by liegt; eine überfällige Klasse gilt weiter</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>review_by</source>
        <translation>review_by</translation>
    </message>
    <message>
        <source>matched runs</source>
        <translation>erfasste Runs</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>other fields</source>
        <translation>weitere Felder</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::WhitelistPage</name>
    <message>
        <source>The classes of unknown_whitelist.json: a run whose top reasons all match a class is whitelisted and never WARNs. A reason matches a top reason exactly, or as a glob when it holds * or ?. A class past its review_by date is stale: it still applies until you change it. Double-click or type to edit; Ctrl+Z undoes.</source>
        <translation>Die Klassen der unknown_whitelist.json: Ein Run, dessen Top-Reasons alle zu einer Klasse passen, ist gelistet und löst nie WARN aus. Ein Grund passt exakt zu einem Top-Reason oder als Glob, wenn er * oder ? enthält. Eine Klasse mit überschrittenem review_by-Datum ist überfällig: Sie gilt weiter, bis sie geändert wird. Doppelklick oder Tippen zum Bearbeiten; Strg+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>&amp;Add class</source>
        <translation>Klasse &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Reload the file from disk, discarding edits (undoable)</source>
        <translation>Die Datei neu von der Platte laden und Änderungen verwerfen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Neu von der Platte laden</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Meine Fassung behalten</translation>
    </message>
    <message>
        <source>Not added: %1 could not be read, so the editor is read-only.</source>
        <translation>Nicht hinzugefügt: %1 war nicht lesbar, daher ist der Editor schreibgeschützt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the whitelist.</source>
        <translation>„%1“ steht bereits auf der Whitelist.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; (review_by in %2 months); add a note and an owner, then save.</source>
        <translation>„%1“ hinzugefügt (review_by in %2 Monaten); eine Notiz und einen Owner ergänzen, dann speichern.</translation>
    </message>
    <message>
        <source>%1, fix before saving: %2</source>
        <translation>%1, vor dem Speichern beheben: %2</translation>
    </message>
    <message>
        <source>%1 of %2 loaded runs whitelisted</source>
        <translation>%1 von %2 geladenen Runs gelistet</translation>
    </message>
    <message>
        <source>WARN false-positive rate %1 without, %2 with this whitelist</source>
        <translation>WARN-False-Positive-Rate %1 ohne, %2 mit dieser Whitelist</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Whitelist</translation>
    </message>
    <message>
        <source>main spike driver</source>
        <translation>Haupt-Spike-Treiber</translation>
    </message>
    <message>
        <source>E&amp;xtend review by %1 days</source>
        <translation>Prüftermin um %1 Tage &amp;verschieben</translation>
    </message>
    <message>
        <source>Moves review_by of the selected classes to %1 days after the later of review_by and today (undoable)</source>
        <translation>Verschiebt review_by der gewählten Klassen auf %1 Tage nach dem späteren von review_by und heute (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Whitelist&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Whitelist&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>Whitelist — %1</source>
        <translation>Whitelist — %1</translation>
    </message>
    <message>
        <source>⚠ %1 cannot be read: %2. Shown read-only, nothing was loaded; fix the file and Reload, or Save As a new whitelist.</source>
        <translation>⚠ %1 ist nicht lesbar: %2. Schreibgeschützt angezeigt, nichts wurde geladen; die Datei korrigieren und neu laden oder als neue Whitelist speichern.</translation>
    </message>
    <message>
        <source>No unknown_whitelist.json in the sources: start here and use Save As.</source>
        <translation>Keine unknown_whitelist.json in den Quellen: hier beginnen und „Speichern unter“ verwenden.</translation>
    </message>
    <message>
        <source>Built-in demo whitelist (read-only): Save writes a copy where you choose.</source>
        <translation>Eingebaute Demo-Whitelist (schreibgeschützt): „Speichern“ schreibt eine Kopie an einen Ort Ihrer Wahl.</translation>
    </message>
    <message>
        <source>%1 (read-only: Save writes a copy elsewhere)</source>
        <translation>%1 (schreibgeschützt: „Speichern“ schreibt eine Kopie anderswohin)</translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown in red first (%1).</source>
        <translation>Nicht gespeichert: zuerst die rot markierten Probleme beheben (%1).</translation>
    </message>
    <message>
        <source>Not saved: %1 was left as it is.</source>
        <translation>Nicht gespeichert: %1 blieb unverändert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot reload %1: %2</source>
        <translation>%1 kann nicht neu geladen werden: %2</translation>
    </message>
    <message>
        <source>Reloaded %1.</source>
        <translation>%1 neu geladen.</translation>
    </message>
    <message>
        <source>Unsaved whitelist</source>
        <translation>Ungespeicherte Whitelist</translation>
    </message>
    <message>
        <source>The whitelist has unsaved changes. Save them?</source>
        <translation>Die Whitelist hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Overwrite unreadable whitelist?</source>
        <translation>Unlesbare Whitelist überschreiben?</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).

Saving replaces the whole file with the classes shown here. Overwrite it?</source>
        <translation>%1 war nicht lesbar (%2).

Speichern ersetzt die ganze Datei durch die hier gezeigten Klassen. Überschreiben?</translation>
    </message>
    <message>
        <source>Save whitelist</source>
        <translation>Whitelist speichern</translation>
    </message>
    <message>
        <source>Whitelist (*.json)</source>
        <translation>Whitelist (*.json)</translation>
    </message>
    <message>
        <source>%1 was deleted on disk. Save writes it again.</source>
        <translation>%1 wurde auf der Platte gelöscht. „Speichern“ schreibt sie neu.</translation>
    </message>
    <message>
        <source>%1 changed on disk. Reload it (your edits can be undone afterwards) or keep your version?</source>
        <translation>%1 wurde auf der Platte geändert. Neu laden (Ihre Änderungen lassen sich danach rückgängig machen) oder Ihre Fassung behalten?</translation>
    </message>
    <message>
        <source>%1 changed on disk. Reload it?</source>
        <translation>%1 wurde auf der Platte geändert. Neu laden?</translation>
    </message>
</context>
</TS>
