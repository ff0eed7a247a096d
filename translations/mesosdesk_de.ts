<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MesosDesk</source>
        <translation>Über MesosDesk</translation>
    </message>
    <message>
        <source>MesosDesk</source>
        <translation>MesosDesk</translation>
    </message>
    <message>
        <source>A desktop console for operators of Apache Mesos and Marathon clusters.</source>
        <translation>Eine Desktop-Konsole für Betreiber von Apache-Mesos- und Marathon-Clustern.</translation>
    </message>
    <message>
        <source>unknown (not built from git)</source>
        <translation>unbekannt (nicht aus Git gebaut)</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebaut mit %2)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
</context>
<context>
    <name>AgentDrainModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>Wird geleert</translation>
    </message>
    <message>
        <source>Drained</source>
        <translation>Geleert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>kill policy</source>
        <translation>Kill-Richtlinie</translation>
    </message>
    <message>
        <source>Registered but not connected to the master: no offers until it reconnects.</source>
        <translation>Registriert, aber nicht mit dem Master verbunden: keine Angebote, bis er sich wieder verbindet.</translation>
    </message>
    <message>
        <source>No maximum grace period was given: each task&apos;s own kill policy applies.</source>
        <translation>Keine maximale Schonfrist angegeben: Es gilt die Kill-Richtlinie des jeweiligen Tasks.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mark gone</source>
        <translation>Als verschwunden</translation>
    </message>
    <message>
        <source>Max grace period</source>
        <translation>Max. Schonfrist</translation>
    </message>
    <message>
        <source>Drain started</source>
        <translation>Leeren begonnen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>AgentFlagsView</name>
    <message>
        <source>Filter flags (name or value)</source>
        <translation>Flags filtern (Name oder Wert)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the agent&apos;s flags again (they change only when it restarts)</source>
        <translation>Die Flags des Agents neu lesen (sie ändern sich nur bei seinem Neustart)</translation>
    </message>
    <message>
        <source>The agent&apos;s address is not known: its flags cannot be read.</source>
        <translation>Die Adresse des Agents ist unbekannt: Seine Flags können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reading the agent&apos;s flags…</source>
        <translation>Lese die Flags des Agents…</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) of %1, read at %2.</source>
        <translation>
            <numerusform>%n Flag von %1, gelesen um %2.</numerusform>
            <numerusform>%n Flags von %1, gelesen um %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgentOverviewView</name>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>The agent&apos;s --work_dir: every sandbox is below it. Mesos serves each executor&apos;s sandbox, not the folder itself: browse one from the Tasks tab.</source>
        <translation>Das --work_dir des Agents: Jede Sandbox liegt darunter. Mesos stellt die Sandbox jedes Executors bereit, nicht den Ordner selbst: Durchsuchen Sie eine über den Tab Tasks.</translation>
    </message>
    <message>
        <source>Reserved for:</source>
        <translation>Reserviert für:</translation>
    </message>
    <message>
        <source>Offered now:</source>
        <translation>Jetzt angeboten:</translation>
    </message>
    <message>
        <source>Fault domain:</source>
        <translation>Fehlerdomäne:</translation>
    </message>
    <message>
        <source>Work directory:</source>
        <translation>Arbeitsverzeichnis:</translation>
    </message>
    <message>
        <source>Capabilities:</source>
        <translation>Fähigkeiten:</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Deactivated:</source>
        <translation>Deaktiviert:</translation>
    </message>
    <message>
        <source>Max grace period:</source>
        <translation>Max. Schonfrist:</translation>
    </message>
    <message>
        <source>Mark gone:</source>
        <translation>Als verschwunden:</translation>
    </message>
    <message>
        <source>Drain started:</source>
        <translation>Leeren begonnen:</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The agent reports no attributes.</source>
        <translation>Der Agent meldet keine Attribute.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Used: %1
Total: %2</source>
        <translation>Belegt: %1
Gesamt: %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>%1: %2 CPUs, %3, disk %4</source>
        <translation>%1: %2 CPUs, %3, Datenträger %4</translation>
    </message>
    <message>
        <source>no reservations</source>
        <translation>keine Reservierungen</translation>
    </message>
    <message>
        <source>%1 CPUs, %2</source>
        <translation>%1 CPUs, %2</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>keine gemeldet</translation>
    </message>
    <message>
        <source>region %1, zone %2</source>
        <translation>Region %1, Zone %2</translation>
    </message>
    <message>
        <source>not known (master older than 1.9 / not yet polled)</source>
        <translation>unbekannt (Master älter als 1.9 / noch nicht abgefragt)</translation>
    </message>
    <message>
        <source>not listed by the master&apos;s GET_AGENTS</source>
        <translation>nicht in GET_AGENTS des Masters aufgeführt</translation>
    </message>
    <message>
        <source>not draining</source>
        <translation>wird nicht geleert</translation>
    </message>
    <message>
        <source>yes: no offers are made for it</source>
        <translation>ja: Für ihn werden keine Angebote gemacht</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>each task&apos;s kill policy</source>
        <translation>Kill-Richtlinie je Task</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not known until the agent&apos;s flags are read</source>
        <translation>unbekannt, bis die Flags des Agents gelesen sind</translation>
    </message>
</context>
<context>
    <name>AgentPage</name>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Registriert:</translation>
    </message>
    <message>
        <source>Re-registered:</source>
        <translation>Erneut registriert:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Open in Mesos web UI</source>
        <translation>In der Mesos-Web-UI öffnen</translation>
    </message>
    <message>
        <source>Drain, deactivate…</source>
        <translation>Leeren, deaktivieren…</translation>
    </message>
    <message>
        <source>This agent in the Drain tab of the main window: drain, deactivate, reactivate (each confirmed there first)</source>
        <translation>Dieser Agent im Tab Leeren des Hauptfensters: leeren, deaktivieren, reaktivieren (jeweils zuerst dort bestätigt)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>the agent&apos;s web UI page</source>
        <translation>Die Seite des Agents in der Web-UI</translation>
    </message>
    <message>
        <source>Filter tasks (name, id, framework, executor, state)</source>
        <translation>Tasks filtern (Name, ID, Framework, Executor, Status)</translation>
    </message>
    <message>
        <source>Open stdout</source>
        <translation>stdout öffnen</translation>
    </message>
    <message>
        <source>Follow the selected task&apos;s stdout in the Sandbox tab (double-click, Enter)</source>
        <translation>Dem stdout des gewählten Tasks im Tab Sandbox folgen (Doppelklick, Enter)</translation>
    </message>
    <message>
        <source>Browse sandbox</source>
        <translation>Sandbox durchsuchen</translation>
    </message>
    <message>
        <source>The selected task&apos;s executor sandbox in the Sandbox tab</source>
        <translation>Die Executor-Sandbox des gewählten Tasks im Tab Sandbox</translation>
    </message>
    <message>
        <source>Agent %1 — MesosDesk</source>
        <translation>Agent %1 — MesosDesk</translation>
    </message>
    <message>
        <source>not reported (never re-registered, or an older master)</source>
        <translation>nicht gemeldet (nie erneut registriert oder älterer Master)</translation>
    </message>
    <message>
        <source>This agent is unreachable since %1.</source>
        <translation>Dieser Agent ist seit %1 unerreichbar.</translation>
    </message>
    <message>
        <source>The master removed this agent at %1.</source>
        <translation>Der Master hat diesen Agent am %1 entfernt.</translation>
    </message>
    <message>
        <source>The master gave no reason.</source>
        <translation>Der Master hat keinen Grund genannt.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>(The time is when MesosDesk saw the master stop listing it.)</source>
        <translation>(Zeitpunkt, an dem MesosDesk sah, dass der Master ihn nicht mehr aufführt.)</translation>
    </message>
    <message>
        <source>The master no longer lists this agent, and it was cleared from the Agents tab.</source>
        <translation>Der Master führt diesen Agent nicht mehr auf, und er wurde im Tab Agents ausgeblendet.</translation>
    </message>
    <message>
        <source>Disconnected from the cluster.</source>
        <translation>Vom Cluster getrennt.</translation>
    </message>
    <message>
        <source>What this page shows is its last report, not its current state.</source>
        <translation>Diese Seite zeigt seine letzte Meldung, nicht seinen aktuellen Zustand.</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht aufgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Task</numerusform>
            <numerusform>%n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n framework(s)</source>
        <translation>
            <numerusform>%n Framework</numerusform>
            <numerusform>%n Frameworks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n executor(s) on this agent, as the master reports them.</source>
        <translation>
            <numerusform>%n Executor auf diesem Agent, wie der Master sie meldet.</numerusform>
            <numerusform>%n Executors auf diesem Agent, wie der Master sie meldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Tasks (%1)</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <source>The agent knows no executor %1 of framework %2 (it may have been removed by garbage collection).</source>
        <translation>Der Agent kennt keinen Executor %1 des Frameworks %2 (die Garbage Collection hat ihn vielleicht entfernt).</translation>
    </message>
    <message>
        <source>The agent did not report a sandbox directory for executor %1.</source>
        <translation>Der Agent hat für den Executor %1 kein Sandbox-Verzeichnis gemeldet.</translation>
    </message>
    <message>
        <source>The agent state is not valid JSON: %1</source>
        <translation>Der Status des Agents ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The agent state is not a JSON object.</source>
        <translation>Der Status des Agents ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The answer does not look like an agent state (no frameworks).</source>
        <translation>Die Antwort sieht nicht nach dem Status eines Agents aus (keine Frameworks).</translation>
    </message>
</context>
<context>
    <name>AgentTasksModel</name>
    <message>
        <source>command executor</source>
        <translation>Command Executor</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>%1
Framework ID: %2</source>
        <translation>%1
Framework-ID: %2</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Executor</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Used: %1
Total: %2</source>
        <translation>Belegt: %1
Gesamt: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Laufende Tasks</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>unreachable since %1</source>
        <translation>unerreichbar seit %1</translation>
    </message>
    <message>
        <source>removed at %1</source>
        <translation>entfernt am %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Used: %1
Free: %2
Total: %3</source>
        <translation>Belegt: %1
Frei: %2
Gesamt: %3</translation>
    </message>
    <message>
        <source>(as last reported, before the agent was lost)</source>
        <translation>(zuletzt gemeldet, bevor der Agent verloren ging)</translation>
    </message>
    <message>
        <source>%1
ID: %2
PID: %3</source>
        <translation>%1
ID: %2
PID: %3</translation>
    </message>
    <message>
        <source>No ports offered</source>
        <translation>Keine Ports angeboten</translation>
    </message>
    <message>
        <source>Unreachable since %1</source>
        <translation>Unerreichbar seit %1</translation>
    </message>
    <message>
        <source>Removed at %1</source>
        <translation>Entfernt am %1</translation>
    </message>
    <message>
        <source>(the master&apos;s time of its tasks&apos; last status)</source>
        <translation>(Zeit des Masters für den letzten Status seiner Tasks)</translation>
    </message>
    <message>
        <source>(when MesosDesk saw the master stop listing it)</source>
        <translation>(als MesosDesk sah, dass der Master ihn nicht mehr aufführt)</translation>
    </message>
    <message>
        <source>The master gave no reason.</source>
        <translation>Der Master hat keinen Grund genannt.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Listed until cleared (Clear removed agents).</source>
        <translation>Bleibt aufgeführt, bis er ausgeblendet wird („Entfernte ausblenden“).</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>the request timed out</source>
        <translation>Zeitüberschreitung bei der Anfrage</translation>
    </message>
</context>
<context>
    <name>AppDefinitionValidator</name>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>is not a known app property</source>
        <translation>ist keine bekannte App-Eigenschaft</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a path of lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, e.g. /group/my-app</source>
        <translation>muss ein Pfad aus Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;.&apos; sein, z. B. /group/my-app</translation>
    </message>
    <message>
        <source>cannot be used together with cmd</source>
        <translation>kann nicht zusammen mit cmd verwendet werden</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss ein String sein</translation>
    </message>
    <message>
        <source>must be a string or {&quot;secret&quot;: name}</source>
        <translation>muss ein String oder {&quot;secret&quot;: name} sein</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss ein nicht leerer String sein</translation>
    </message>
    <message>
        <source>must be YOUNGEST_FIRST or OLDEST_FIRST</source>
        <translation>muss YOUNGEST_FIRST oder OLDEST_FIRST sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>must be [field, operator, value?] with operator one of %1</source>
        <translation>muss [field, operator, value?] sein, mit operator aus %1</translation>
    </message>
    <message>
        <source>is empty: enter the command to run</source>
        <translation>ist leer: Geben Sie den auszuführenden Befehl ein</translation>
    </message>
    <message>
        <source>is needed: enter the command to run (or give args or a container)</source>
        <translation>fehlt: Geben Sie den auszuführenden Befehl ein (oder args oder einen Container)</translation>
    </message>
    <message>
        <source>is 0 MiB: no memory is reserved for the task; most commands need at least 32 MiB (Marathon&apos;s default is 128)</source>
        <translation>ist 0 MiB: Für den Task wird kein Speicher reserviert; die meisten Befehle brauchen mindestens 32 MiB (Marathon-Standard: 128)</translation>
    </message>
    <message>
        <source>no agent has %1%2 (the largest has %3%2): Marathon accepts the app, but it never starts</source>
        <translation>kein Agent hat %1%2 (der größte hat %3%2): Marathon nimmt die App an, aber sie startet nie</translation>
    </message>
    <message>
        <source>no agent has %1%2 free now (the most free is %3%2): instances wait until some is freed</source>
        <translation>kein Agent hat gerade %1%2 frei (höchstens %3%2 frei): Instanzen warten, bis etwas frei wird</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
</context>
<context>
    <name>AppEditorDialog</name>
    <message>
        <source>New Application</source>
        <translation>Neue App</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>/group/my-app</source>
        <translation>/group/my-app</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>shell command, e.g. python3 -m http.server $PORT0</source>
        <translation>Shell-Befehl, z. B. python3 -m http.server $PORT0</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>one URI per line</source>
        <translation>eine URI pro Zeile</translation>
    </message>
    <message>
        <source>URIs</source>
        <translation>URIs</translation>
    </message>
    <message>
        <source>KEY=value, one per line</source>
        <translation>KEY=value, eine pro Zeile</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>key=value, one per line</source>
        <translation>key=value, eines pro Zeile</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Create Application</source>
        <translation>App anlegen</translation>
    </message>
    <message>
        <source>Change and deploy configuration</source>
        <translation>Konfiguration ändern und deployen</translation>
    </message>
    <message>
        <source>Restored the draft you did not send last time.</source>
        <translation>Der beim letzten Mal nicht gesendete Entwurf wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The JSON has a syntax error; fix it on the JSON tab before the form can update it.</source>
        <translation>Das JSON hat einen Syntaxfehler; beheben Sie ihn im Tab JSON, bevor das Formular es ändern kann.</translation>
    </message>
    <message>
        <source>JSON syntax error at line %1: %2</source>
        <translation>JSON-Syntaxfehler in Zeile %1: %2</translation>
    </message>
    <message>
        <source>The definition must be a JSON object { ... }.</source>
        <translation>Die Definition muss ein JSON-Objekt { ... } sein.</translation>
    </message>
    <message>
        <source>An app with this id already exists. Choose another id, or edit the existing app instead.</source>
        <translation>Eine App mit dieser ID gibt es schon. Wählen Sie eine andere ID oder bearbeiten Sie die vorhandene App.</translation>
    </message>
    <message>
        <source>Marathon refused: %1</source>
        <translation>Marathon hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The app is locked by deployment %1, so the change was refused. Nothing was changed.</source>
        <translation>Die App ist durch das Deployment %1 gesperrt, daher wurde die Änderung abgelehnt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There was a problem with your configuration: %1</source>
        <translation>Ihre Konfiguration hat ein Problem: %1</translation>
    </message>
    <message>
        <source>The change was not applied: %1</source>
        <translation>Die Änderung wurde nicht übernommen: %1</translation>
    </message>
    <message>
        <source>On the JSON tab: %1</source>
        <translation>Im Tab JSON: %1</translation>
    </message>
    <message>
        <source>Stop the deployment and apply</source>
        <translation>Deployment stoppen und übernehmen</translation>
    </message>
    <message>
        <source>Deployment %1 holds %2. Stop it (without rollback) and apply your change?</source>
        <translation>Das Deployment %1 sperrt %2. Es stoppen (ohne Rollback) und Ihre Änderung übernehmen?</translation>
    </message>
    <message>
        <source>Stop and apply</source>
        <translation>Stoppen und übernehmen</translation>
    </message>
    <message>
        <source>There was a problem with your configuration: see the marked fields.</source>
        <translation>Ihre Konfiguration hat ein Problem: siehe die markierten Felder.</translation>
    </message>
    <message>
        <source>Marathon would accept this, but see the warnings at the fields. Press %1 again to send it anyway.</source>
        <translation>Marathon würde das annehmen, aber beachten Sie die Warnungen an den Feldern. Klicken Sie erneut auf „%1“, um es trotzdem zu senden.</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>Kill</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Kill &amp;&amp; Scale</source>
        <translation>Beenden &amp;&amp; skalieren</translation>
    </message>
    <message>
        <source>Kill &amp;&amp; Wipe</source>
        <translation>Beenden &amp;&amp; löschen</translation>
    </message>
    <message>
        <source>Only for apps with persistent volumes: also destroys the volumes and reservations.</source>
        <translation>Nur für Apps mit persistenten Volumes: löscht auch die Volumes und Reservierungen.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Apply this version</source>
        <translation>Diese Version übernehmen</translation>
    </message>
    <message>
        <source>Pick a version to see what differs from the current configuration.</source>
        <translation>Wählen Sie eine Version, um die Unterschiede zur aktuellen Konfiguration zu sehen.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Last task failure</source>
        <translation>Letzter Task-Fehler</translation>
    </message>
    <message>
        <source>Launch queue</source>
        <translation>Startwarteschlange</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Open stdout</source>
        <translation>stdout öffnen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Open stderr</source>
        <translation>stderr öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Browse sandbox</source>
        <translation>Sandbox durchsuchen</translation>
    </message>
    <message>
        <source>Follow all instances</source>
        <translation>Allen Instanzen folgen</translation>
    </message>
    <message>
        <source>One view following the stdout of every task of this app, each line marked by its task</source>
        <translation>Eine Ansicht, die dem stdout aller Tasks dieser App folgt; jede Zeile ist mit ihrem Task markiert</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Follow the selected task&apos;s stdout; the arrow offers stderr, its sandbox and all instances</source>
        <translation>Dem stdout des gewählten Tasks folgen; der Pfeil bietet stderr, seine Sandbox und alle Instanzen</translation>
    </message>
    <message>
        <source>Select an app.</source>
        <translation>Wählen Sie eine App.</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1 healthy</source>
        <translation>%1 fehlerfrei</translation>
    </message>
    <message>
        <source>no health checks</source>
        <translation>keine Zustandsprüfungen</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 running, %4%5</source>
        <translation>%1 — %2 von %3 laufen, %4%5</translation>
    </message>
    <message>
        <source>, deploying</source>
        <translation>, im Deployment</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Container image</source>
        <translation>Container-Image</translation>
    </message>
    <message>
        <source>URIs</source>
        <translation>URIs</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Zustandsprüfungen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last scaling</source>
        <translation>Letzte Skalierung</translation>
    </message>
    <message>
        <source>Last configuration change</source>
        <translation>Letzte Konfigurationsänderung</translation>
    </message>
    <message>
        <source>This app does not have failed tasks.</source>
        <translation>Diese App hat keine fehlgeschlagenen Tasks.</translation>
    </message>
    <message>
        <source>Task %1
State: %2
Message: %3
Host: %4
When: %5
Version: %6</source>
        <translation>Task %1
Status: %2
Meldung: %3
Host: %4
Zeitpunkt: %5
Version: %6</translation>
    </message>
    <message>
        <source>Could not load versions: %1</source>
        <translation>Versionen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load version %1: %2</source>
        <translation>Version %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Same configuration as the current one.</source>
        <translation>Gleiche Konfiguration wie die aktuelle.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>AppStatus</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Im Deployment</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Verzögert</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
</context>
<context>
    <name>AppTasksModel</name>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(nicht gemeldet)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>AppsModel</name>
    <message>
        <source>Healthy %1, unhealthy %2, unknown %3, staged %4</source>
        <translation>Fehlerfrei %1, fehlerhaft %2, unbekannt %3, in Vorbereitung %4</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Depends on: %1
Needed by: %2</source>
        <translation>Hängt ab von: %1
Gebraucht von: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>AppsView</name>
    <message>
        <source>Filter by name…</source>
        <translation>Nach Namen filtern…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>In Vorbereitung</translation>
    </message>
    <message>
        <source>label or label:value</source>
        <translation>Label oder Label:Wert</translation>
    </message>
    <message>
        <source>No applications created.</source>
        <translation>Keine Apps angelegt.</translation>
    </message>
    <message>
        <source>No applications match the filters.</source>
        <translation>Keine App passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Filter the apps</source>
        <translation>Apps filtern</translation>
    </message>
</context>
<context>
    <name>AuthBroker</name>
    <message>
        <source>%1 needs credentials; signing in was stopped</source>
        <translation>%1 verlangt Anmeldedaten; die Anmeldung wurde beendet</translation>
    </message>
    <message>
        <source>%1 needs credentials (realm &quot;%2&quot;); signing in was stopped</source>
        <translation>%1 verlangt Anmeldedaten (Bereich „%2“); die Anmeldung wurde beendet</translation>
    </message>
    <message>
        <source>%1 refused %2.</source>
        <translation>%1 hat %2 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 refused %2 (realm &quot;%3&quot;).</source>
        <translation>%1 hat %2 abgelehnt (Bereich „%3“).</translation>
    </message>
    <message>
        <source>signing in to %1 was canceled</source>
        <translation>die Anmeldung bei %1 wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>AuthPromptController</name>
    <message>
        <source>Sign &amp;In Again</source>
        <translation>Erneut &amp;anmelden</translation>
    </message>
    <message>
        <source>Read-only credentials: %1 may not change anything on %2.</source>
        <translation>Nur-Lese-Anmeldung: %1 darf auf %2 nichts ändern.</translation>
    </message>
    <message>
        <source>Read-only credentials: %1 may not change anything on %2 (realm &quot;%3&quot;).</source>
        <translation>Nur-Lese-Anmeldung: %1 darf auf %2 nichts ändern (Bereich „%3“).</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>Pinned SHA-256</source>
        <translation>Gepinnter SHA-256</translation>
    </message>
    <message>
        <source>Presented SHA-256</source>
        <translation>Vorgelegter SHA-256</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Dem neuen Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you trusted, so MesosDesk refused the connection. If the server&apos;s certificate was not renewed on purpose, someone may be intercepting the connection.</source>
        <translation>Das Zertifikat von %1 ist nicht das, dem Sie vertraut haben, daher hat MesosDesk die Verbindung abgelehnt. Wurde das Zertifikat des Servers nicht absichtlich erneuert, fängt womöglich jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, so MesosDesk refused the connection. Trust it only if you know this is the server&apos;s certificate (compare the SHA-256 fingerprint).</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut, daher hat MesosDesk die Verbindung abgelehnt. Vertrauen Sie ihm nur, wenn Sie wissen, dass es das Zertifikat des Servers ist (vergleichen Sie den SHA-256-Fingerabdruck).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>CertificatePrompt</name>
    <message>
        <source>The certificate of %1 is trusted now (pinned, SHA-256 %2).</source>
        <translation>Dem Zertifikat von %1 wird jetzt vertraut (gepinnt, SHA-256 %2).</translation>
    </message>
</context>
<context>
    <name>ChangeRunner</name>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>Locked by a deployment</source>
        <translation>Durch ein Deployment gesperrt</translation>
    </message>
    <message>
        <source>%1 was refused: the app is locked by deployment %2.

Stop that deployment (without rollback) and do it anyway?</source>
        <translation>%1 wurde abgelehnt: Die App ist durch das Deployment %2 gesperrt.

Dieses Deployment stoppen (ohne Rollback) und trotzdem ausführen?</translation>
    </message>
    <message>
        <source>Stop deployment and continue</source>
        <translation>Deployment stoppen und fortfahren</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Allocation over time (% of total)</source>
        <translation>Zuteilung im Zeitverlauf (% der Gesamtmenge)</translation>
    </message>
    <message>
        <source>Tasks by state over time</source>
        <translation>Tasks nach Status im Zeitverlauf</translation>
    </message>
    <message>
        <source>Most allocated agents (CPU %)</source>
        <translation>Am stärksten belegte Agents (CPU %)</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Nicht mit einem Cluster verbunden.</translation>
    </message>
    <message>
        <source>No agents known yet.</source>
        <translation>Noch keine Agents bekannt.</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>&amp;Time range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
</context>
<context>
    <name>ChecksView</name>
    <message>
        <source>Health checks</source>
        <translation>Health-Checks</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>Readiness-Checks</translation>
    </message>
    <message>
        <source>command &quot;%1&quot;</source>
        <translation>Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>port index %1</source>
        <translation>Port-Index %1</translation>
    </message>
    <message>
        <source>path %1</source>
        <translation>Pfad %1</translation>
    </message>
    <message>
        <source>protocol not reported</source>
        <translation>Protokoll nicht gemeldet</translation>
    </message>
    <message>
        <source>grace period %1 s</source>
        <translation>Karenzzeit %1 s</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation>alle %1 s</translation>
    </message>
    <message>
        <source>timeout %1 s</source>
        <translation>Timeout %1 s</translation>
    </message>
    <message>
        <source>killed after %1 consecutive failures</source>
        <translation>beendet nach %1 Fehlschlägen in Folge</translation>
    </message>
    <message>
        <source>never killed for failing</source>
        <translation>nie wegen Fehlschlägen beendet</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>ready on HTTP %1</source>
        <translation>bereit bei HTTP %1</translation>
    </message>
    <message>
        <source>keeps the last response</source>
        <translation>behält die letzte Antwort</translation>
    </message>
    <message>
        <source>does not keep responses</source>
        <translation>behält keine Antworten</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>This app has no health checks: Marathon knows nothing about its tasks&apos; health.</source>
        <translation>Diese App hat keine Health-Checks: Marathon weiß nichts über den Zustand ihrer Tasks.</translation>
    </message>
    <message>
        <source>This app has no readiness checks.</source>
        <translation>Diese App hat keine Readiness-Checks.</translation>
    </message>
    <message>
        <source>No readiness results: Marathon reports them only while a deployment waits for them.</source>
        <translation>Keine Readiness-Ergebnisse: Marathon meldet sie nur, solange ein Deployment auf sie wartet.</translation>
    </message>
    <message>
        <source>Results of the running deployment:</source>
        <translation>Ergebnisse des laufenden Deployments:</translation>
    </message>
    <message>
        <source>delay %1 s</source>
        <translation>Verzögerung %1 s</translation>
    </message>
</context>
<context>
    <name>ClusterHistory</name>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Staging/starting</source>
        <translation>Vorbereitung/Start</translation>
    </message>
    <message>
        <source>Killing</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>No data: %1</source>
        <translation>Keine Daten: %1</translation>
    </message>
    <message>
        <source>Metrics are not available yet (waiting for /metrics/snapshot or the agents&apos; resources).</source>
        <translation>Noch keine Metriken verfügbar (warte auf /metrics/snapshot oder die Ressourcen der Agents).</translation>
    </message>
    <message>
        <source>Collecting… (a chart needs two samples)</source>
        <translation>Sammle… (ein Diagramm braucht zwei Messwerte)</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Nicht mit einem Cluster verbunden.</translation>
    </message>
</context>
<context>
    <name>ClusterProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no ZooKeeper URL: asking the master</source>
        <translation>keine ZooKeeper-URL: frage den Master</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message numerus="yes">
        <source>no master leads (%n registered)</source>
        <translation>
            <numerusform>kein Master führt (%n registriert)</numerusform>
            <numerusform>kein Master führt (%n registriert)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (Mesos %2)</source>
        <translation>%1 (Mesos %2)</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 führt</translation>
    </message>
    <message>
        <source>%1 says no master is elected</source>
        <translation>%1 meldet: kein Master gewählt</translation>
    </message>
    <message>
        <source>%1 does not lead and named no leader (%2)</source>
        <translation>%1 führt nicht und nennt keinen Leader (%2)</translation>
    </message>
    <message>
        <source>%1 leads (named by %2)</source>
        <translation>%1 führt (genannt von %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 no longer leads</source>
        <translation>%1 führt nicht mehr</translation>
    </message>
    <message>
        <source>%1 agents active, %2 tasks running</source>
        <translation>%1 Agents aktiv, %2 Tasks laufen</translation>
    </message>
    <message>
        <source>no Marathon URL in the profile</source>
        <translation>keine Marathon-URL im Profil</translation>
    </message>
    <message>
        <source>no Marathon leader under %1</source>
        <translation>kein Marathon-Leader unter %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deployment(s) in progress</source>
        <translation>
            <numerusform>%1: %n Deployment läuft</numerusform>
            <numerusform>%1: %n Deployments laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Marathon %1: %2</source>
        <translation>Marathon %1: %2</translation>
    </message>
    <message>
        <source>not a deployments list</source>
        <translation>keine Deployment-Liste</translation>
    </message>
    <message>
        <source>masters</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>ZooKeeper</source>
        <translation>ZooKeeper</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>the profile sends no credentials</source>
        <translation>das Profil sendet keine Anmeldedaten</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>kein Schlüsselbund</translation>
    </message>
    <message>
        <source>not read (%1): nothing to send to the %2</source>
        <translation>nicht gelesen (%1): nichts zu senden an %2</translation>
    </message>
    <message>
        <source>nothing stored for the %1</source>
        <translation>nichts gespeichert für %1</translation>
    </message>
    <message>
        <source>a secret for the %1; nothing stored for the %2</source>
        <translation>ein Geheimnis für %1; nichts gespeichert für %2</translation>
    </message>
    <message>
        <source>a secret for the %1</source>
        <translation>ein Geheimnis für %1</translation>
    </message>
    <message>
        <source>ZooKeeper %1 wants credentials; the profile sends none</source>
        <translation>ZooKeeper %1 verlangt Anmeldedaten; das Profil sendet keine</translation>
    </message>
    <message>
        <source>ZooKeeper %1 refused the digest of %2</source>
        <translation>ZooKeeper %1 hat den Digest von %2 abgelehnt</translation>
    </message>
    <message>
        <source>connected to %1 with the digest of %2</source>
        <translation>verbunden mit %1 mit dem Digest von %2</translation>
    </message>
    <message>
        <source>Marathon %1</source>
        <translation>Marathon %1</translation>
    </message>
    <message>
        <source>%1 (the server presents SHA-256 %2)</source>
        <translation>%1 (der Server legt SHA-256 %2 vor)</translation>
    </message>
    <message>
        <source>403 Forbidden for %1: read-only credentials without the right to read this</source>
        <translation>403 Forbidden für %1: Nur-Lese-Anmeldedaten ohne das Recht, dies zu lesen</translation>
    </message>
    <message>
        <source>HTTP %1 without credentials: %2</source>
        <translation>HTTP %1 ohne Anmeldedaten: %2</translation>
    </message>
    <message>
        <source>the token</source>
        <translation>das Token</translation>
    </message>
    <message>
        <source>%1 (signed in as %2)</source>
        <translation>%1 (Anmeldung: %2)</translation>
    </message>
    <message>
        <source>%1 (realm &quot;%2&quot;)</source>
        <translation>%1 (Realm „%2“)</translation>
    </message>
    <message>
        <source>%1 asks for credentials; the profile does not name it, so none are sent there</source>
        <translation>%1 verlangt Anmeldedaten; das Profil nennt diesen Server nicht, daher werden keine dorthin gesendet</translation>
    </message>
    <message>
        <source>%1 asks for credentials; the profile has none for the %2</source>
        <translation>%1 verlangt Anmeldedaten; das Profil hat keine für %2</translation>
    </message>
    <message>
        <source>%1 asks for credentials; the keychain did not give those of the %2: %3</source>
        <translation>%1 verlangt Anmeldedaten; der Schlüsselbund hat die für %2 nicht herausgegeben: %3</translation>
    </message>
    <message>
        <source>%1 asks for credentials; nothing is stored in the keychain for the %2</source>
        <translation>%1 verlangt Anmeldedaten; im Schlüsselbund ist nichts für %2 gespeichert</translation>
    </message>
</context>
<context>
    <name>ClusterStatusPresenter</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht benutzt</translation>
    </message>
    <message>
        <source>ZooKeeper refused the credentials of %1.</source>
        <translation>ZooKeeper hat die Anmeldedaten von %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Mesos</source>
        <translation>Mesos</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>MesosDesk</source>
        <translation>MesosDesk</translation>
    </message>
    <message>
        <source>no leader</source>
        <translation>kein Leader</translation>
    </message>
    <message>
        <source>ZooKeeper %1</source>
        <translation>ZooKeeper %1</translation>
    </message>
    <message>
        <source>stale data</source>
        <translation>veraltete Daten</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesend</translation>
    </message>
    <message>
        <source>MesosDesk — %1</source>
        <translation>MesosDesk — %1</translation>
    </message>
    <message>
        <source>MesosDesk — %1 — %2</source>
        <translation>MesosDesk — %1 — %2</translation>
    </message>
    <message>
        <source>Not connected. Use File → Connect.</source>
        <translation>Nicht verbunden. Wählen Sie Datei → Verbinden.</translation>
    </message>
    <message>
        <source>Looking for the leading Mesos master…</source>
        <translation>Suche den führenden Mesos-Master…</translation>
    </message>
    <message>
        <source>Asking %1 for the leading Mesos master…</source>
        <translation>Frage %1 nach dem führenden Mesos-Master…</translation>
    </message>
    <message>
        <source>No leading Mesos master.</source>
        <translation>Kein führender Mesos-Master.</translation>
    </message>
    <message>
        <source>%1 is not leading and knows of no leader.</source>
        <translation>%1 führt nicht und kennt keinen Leader.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Leading master: %1</source>
        <translation>Führender Master: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>Elected: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Reached through the standby %1, which redirects to the leader.</source>
        <translation>Erreicht über den Standby %1, der zum Leader weiterleitet.</translation>
    </message>
    <message>
        <source>%1 (leader)</source>
        <translation>%1 (Leader)</translation>
    </message>
    <message>
        <source>%1 (standby)</source>
        <translation>%1 (Standby)</translation>
    </message>
    <message>
        <source>Masters: %1</source>
        <translation>Master: %1</translation>
    </message>
    <message>
        <source>leader unknown</source>
        <translation>Leader unbekannt</translation>
    </message>
</context>
<context>
    <name>ClusterWindows</name>
    <message>
        <source>Fleet — MesosDesk</source>
        <translation>Flotte — MesosDesk</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Find apps, tasks, agents, frameworks, profiles and actions…</source>
        <translation>Apps, Tasks, Agents, Frameworks, Profile und Aktionen finden…</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to find. ↑↓ move, Enter acts, Esc leaves</source>
        <translation>
            <numerusform>%n Eintrag durchsuchbar. ↑↓ wählen, Enter führt aus, Esc schließt</numerusform>
            <numerusform>%n Einträge durchsuchbar. ↑↓ wählen, Enter führt aus, Esc schließt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;</source>
        <translation>Kein Treffer für „%1“</translation>
    </message>
    <message numerus="yes">
        <source>The best %1 of %n match(es)</source>
        <translation>
            <numerusform>Die besten %1 von %n Treffer</numerusform>
            <numerusform>Die besten %1 von %n Treffern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Zum Bestätigen %1 eingeben:</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a cluster</source>
        <translation>Mit einem Cluster verbinden</translation>
    </message>
    <message>
        <source>zk://host1:2181,host2:2181/mesos or http://master:5050</source>
        <translation>zk://host1:2181,host2:2181/mesos oder http://master:5050</translation>
    </message>
    <message>
        <source>A ZooKeeper URL follows the leader through failovers and lists every master. A master URL reaches the leader through that master.</source>
        <translation>Eine ZooKeeper-URL folgt dem Leader über Failover hinweg und nennt jeden Master. Eine Master-URL erreicht den Leader über diesen Master.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>Save as &amp;profile</source>
        <translation>Als &amp;Profil speichern</translation>
    </message>
    <message>
        <source>Not saved as a profile: %1</source>
        <translation>Nicht als Profil gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as the profile &quot;%1&quot;.</source>
        <translation>Als Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved as the profile &quot;%1&quot;, but its password is not in the keychain: %2</source>
        <translation>Als Profil „%1“ gespeichert, aber sein Passwort ist nicht im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>Leaders found in ZooKeeper serve &amp;HTTPS</source>
        <translation>In ZooKeeper gefundene Leader sprechen &amp;HTTPS</translation>
    </message>
    <message>
        <source>ZooKeeper names the leading master and Marathon by host and port only. Check this when they serve TLS; MesosDesk never falls back to plain HTTP on its own.</source>
        <translation>ZooKeeper nennt den führenden Master und Marathon nur mit Host und Port. Aktivieren, wenn sie TLS anbieten; MesosDesk weicht nie von selbst auf unverschlüsseltes HTTP aus.</translation>
    </message>
</context>
<context>
    <name>ConnectionTarget</name>
    <message>
        <source>enter a ZooKeeper URL (zk://host:2181/mesos) or a master URL (http://host:5050)</source>
        <translation>eine ZooKeeper-URL (zk://host:2181/mesos) oder eine Master-URL (http://host:5050) eingeben</translation>
    </message>
    <message>
        <source>a URL has no spaces</source>
        <translation>eine URL enthält keine Leerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1://&quot; is not a scheme MesosDesk speaks: use zk://, http:// or https://</source>
        <translation>„%1://“ versteht MesosDesk nicht: zk://, http:// oder https:// verwenden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL; did you mean &quot;%2://%3&quot;?</source>
        <translation>„%1“ ist keine URL; gemeint ist wohl „%2://%3“?</translation>
    </message>
    <message>
        <source>a master URL is only http://host:port; remove &quot;%1&quot;</source>
        <translation>eine Master-URL ist nur http://host:port; „%1“ entfernen</translation>
    </message>
    <message>
        <source>the port after &quot;%1:&quot; is missing</source>
        <translation>der Port nach „%1:“ fehlt</translation>
    </message>
    <message>
        <source>the master URL names no host</source>
        <translation>die Master-URL nennt keinen Host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation>„%1“ ist kein Hostname und keine Adresse</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>Port „%1“ ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>a user name goes before &quot;@&quot;: http://user:password@host:port</source>
        <translation>ein Benutzername steht vor „@“: http://user:password@host:port</translation>
    </message>
</context>
<context>
    <name>CrashReportDialog</name>
    <message>
        <source>MesosDesk quit unexpectedly</source>
        <translation>MesosDesk wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>MesosDesk stopped unexpectedly on %1.</source>
        <translation>MesosDesk wurde am %1 unerwartet beendet.</translation>
    </message>
    <message>
        <source>MesosDesk stopped unexpectedly in an earlier run.</source>
        <translation>MesosDesk wurde bei einem früheren Lauf unerwartet beendet.</translation>
    </message>
    <message>
        <source>A report with the backtrace was saved; it holds the version and where the program was, no passwords and no cluster data. Please send it to the developers with what you were doing.</source>
        <translation>Ein Bericht mit dem Backtrace wurde gespeichert; er enthält die Version und die Stelle im Programm, keine Passwörter und keine Cluster-Daten. Bitte senden Sie ihn mit einer Beschreibung Ihrer Tätigkeit an die Entwickler.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier report(s) are in the same folder.</source>
        <translation>
            <numerusform>%n früherer Bericht liegt im selben Ordner.</numerusform>
            <numerusform>%n frühere Berichte liegen im selben Ordner.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>No file manager opened the folder. Copy the path above instead.</source>
        <translation>Kein Dateimanager hat den Ordner geöffnet. Kopieren Sie stattdessen den Pfad oben.</translation>
    </message>
</context>
<context>
    <name>CredentialPrompt</name>
    <message>
        <source>This host is not one of the connection&apos;s hosts: it was reached through a redirect or the Mesos framework list. Only what you enter here is sent to it.</source>
        <translation>Dieser Host gehört nicht zu den Hosts der Verbindung: Er wurde über eine Weiterleitung oder die Mesos-Framework-Liste erreicht. Nur was Sie hier eingeben, wird an ihn gesendet.</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Token (DC/OS)</source>
        <translation>Token (DC/OS)</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>%1 asks for credentials.</source>
        <translation>%1 verlangt Anmeldedaten.</translation>
    </message>
    <message>
        <source>%1 asks for credentials for the realm &quot;%2&quot;.</source>
        <translation>%1 verlangt Anmeldedaten für den Bereich „%2“.</translation>
    </message>
    <message>
        <source>%1 Check the user name and password, or cancel to stop asking.</source>
        <translation>%1 Prüfen Sie Benutzername und Passwort, oder brechen Sie ab, um nicht weiter gefragt zu werden.</translation>
    </message>
    <message>
        <source>Remember in the keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Keep in memory for this run</source>
        <translation>Für diese Sitzung im Speicher behalten</translation>
    </message>
    <message>
        <source>The keychain cannot be used (%1): nothing can be remembered after MesosDesk quits.</source>
        <translation>Der Schlüsselbund ist nicht verwendbar (%1): Nach dem Beenden von MesosDesk bleibt nichts gespeichert.</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
</context>
<context>
    <name>DeploymentsModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Affected apps</source>
        <translation>Betroffene Apps</translation>
    </message>
    <message>
        <source>Current actions</source>
        <translation>Aktuelle Aktionen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>DeploymentsView</name>
    <message>
        <source>Rollback</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Starts a new deployment that reverts this one.</source>
        <translation>Startet ein neues Deployment, das dieses rückgängig macht.</translation>
    </message>
    <message>
        <source>Force stop</source>
        <translation>Stopp erzwingen</translation>
    </message>
    <message>
        <source>Cancels without rollback: may leave a mix of old and new tasks.</source>
        <translation>Bricht ohne Rollback ab: Es können alte und neue Tasks gemischt zurückbleiben.</translation>
    </message>
    <message>
        <source>No deployments.</source>
        <translation>Keine Deployments.</translation>
    </message>
</context>
<context>
    <name>EndpointAuthEditor</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show what is typed (a secret already in the keychain is never shown)</source>
        <translation>Eingabe anzeigen (ein bereits im Schlüsselbund gespeichertes Geheimnis wird nie angezeigt)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>%1: a user name is needed</source>
        <translation>%1: Benutzername erforderlich</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>looking in the keychain…</source>
        <translation>suche im Schlüsselbund…</translation>
    </message>
    <message>
        <source>no token stored: asked when needed</source>
        <translation>kein Token gespeichert: wird bei Bedarf abgefragt</translation>
    </message>
    <message>
        <source>none stored: asked when needed</source>
        <translation>kein Passwort gespeichert: wird bei Bedarf abgefragt</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Deployment started</source>
        <translation>Deployment gestartet</translation>
    </message>
    <message>
        <source>Deployment succeeded</source>
        <translation>Deployment erfolgreich</translation>
    </message>
    <message>
        <source>Deployment failed</source>
        <translation>Deployment fehlgeschlagen</translation>
    </message>
    <message>
        <source>Task failed</source>
        <translation>Task fehlgeschlagen</translation>
    </message>
    <message>
        <source>Task lost</source>
        <translation>Task verloren</translation>
    </message>
    <message>
        <source>Health changed</source>
        <translation>Zustand geändert</translation>
    </message>
    <message>
        <source>%1 %2 on %3: %4</source>
        <translation>%1 %2 auf %3: %4</translation>
    </message>
    <message>
        <source>%1 failed a health check</source>
        <translation>%1 hat eine Zustandsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>%1 is healthy</source>
        <translation>%1 ist fehlerfrei</translation>
    </message>
    <message>
        <source>%1 is unhealthy</source>
        <translation>%1 ist fehlerhaft</translation>
    </message>
    <message>
        <source>deployment %1</source>
        <translation>Deployment %1</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>App / deployment</source>
        <translation>App / Deployment</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Deployment step</source>
        <translation>Deployment-Schritt</translation>
    </message>
    <message>
        <source>Task status</source>
        <translation>Task-Status</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 auf %3</translation>
    </message>
    <message>
        <source>deployment %1: step %2</source>
        <translation>Deployment %1: Schritt %2</translation>
    </message>
    <message>
        <source>deployment %1: step %2 (%3)</source>
        <translation>Deployment %1: Schritt %2 (%3)</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>FileDownload</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Download canceled.</source>
        <translation>Download abgebrochen.</translation>
    </message>
</context>
<context>
    <name>FileTail</name>
    <message>
        <source>You are not authorized to read this file (the agent answered 401/403). Check the credentials of this cluster.</source>
        <translation>Sie dürfen diese Datei nicht lesen (der Agent antwortete 401/403). Prüfen Sie die Anmeldedaten dieses Clusters.</translation>
    </message>
    <message>
        <source>The agent answered offset %1 for a read at %2.</source>
        <translation>Der Agent antwortete mit Offset %1 auf einen Lesezugriff bei %2.</translation>
    </message>
    <message>
        <source>The file %1 does not exist on the agent (the sandbox may have been garbage collected).</source>
        <translation>Die Datei %1 existiert auf dem Agent nicht (die Sandbox wurde vielleicht von der Garbage Collection entfernt).</translation>
    </message>
    <message>
        <source>The agent answered an unexpected offset.</source>
        <translation>Der Agent antwortete mit einem unerwarteten Offset.</translation>
    </message>
</context>
<context>
    <name>FilesReadChunk</name>
    <message>
        <source>the agent&apos;s answer to /files/read is not a JSON object</source>
        <translation>die Antwort des Agents auf /files/read ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>malformed JSON in the agent&apos;s answer to /files/read</source>
        <translation>fehlerhaftes JSON in der Antwort des Agents auf /files/read</translation>
    </message>
    <message>
        <source>the agent&apos;s answer to /files/read was cut short</source>
        <translation>die Antwort des Agents auf /files/read brach vorzeitig ab</translation>
    </message>
    <message>
        <source>unexpected text after the agent&apos;s answer to /files/read</source>
        <translation>unerwarteter Text nach der Antwort des Agents auf /files/read</translation>
    </message>
    <message>
        <source>the agent&apos;s answer to /files/read lacks &quot;data&quot; or &quot;offset&quot;</source>
        <translation>der Antwort des Agents auf /files/read fehlt „data“ oder „offset“</translation>
    </message>
    <message>
        <source>the agent answered a negative file offset</source>
        <translation>der Agent antwortete mit einem negativen Datei-Offset</translation>
    </message>
</context>
<context>
    <name>FlagsModel</name>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <source>Filter flags (name or value)</source>
        <translation>Flags filtern (Name oder Wert)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the leading master&apos;s flags again</source>
        <translation>Die Flags des führenden Masters neu lesen</translation>
    </message>
    <message>
        <source>Reading the flags of the leading master…</source>
        <translation>Lese die Flags des führenden Masters…</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) of the leading master %1, read at %2.</source>
        <translation>
            <numerusform>%n Flag des führenden Masters %1, gelesen um %2.</numerusform>
            <numerusform>%n Flags des führenden Masters %1, gelesen um %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetHome</name>
    <message>
        <source>No cluster profiles yet. Add one with Profiles…, or open a URL.</source>
        <translation>Noch keine Cluster-Profile. Legen Sie eines unter „Profile…“ an oder öffnen Sie eine URL.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>Open a &amp;URL…</source>
        <translation>&amp;URL öffnen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No cluster profiles</source>
        <translation>Keine Cluster-Profile</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) — %1</source>
        <translation>
            <numerusform>%n Cluster — %1</numerusform>
            <numerusform>%n Cluster — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS not trusted</source>
        <translation>TLS nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Authentication needed</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unerreichbar</translation>
    </message>
    <message>
        <source>No leader</source>
        <translation>Kein Leader</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>%1 active, %2 unreachable</source>
        <translation>%1 aktiv, %2 unerreichbar</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 aktiv</translation>
    </message>
    <message>
        <source>%1 running, %2 failed</source>
        <translation>%1 laufen, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 laufen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Leading master</source>
        <translation>Führender Master</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Last good answer</source>
        <translation>Letzte gute Antwort</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>FleetTray</name>
    <message>
        <source>MesosDesk: %1</source>
        <translation>MesosDesk: %1</translation>
    </message>
</context>
<context>
    <name>FrameworkCapabilities</name>
    <message>
        <source>Revocable resources</source>
        <translation>Widerrufbare Ressourcen</translation>
    </message>
    <message>
        <source>Receives revocable resources (oversubscription)</source>
        <translation>Erhält widerrufbare Ressourcen (Überbuchung)</translation>
    </message>
    <message>
        <source>Task killing state</source>
        <translation>Status TASK_KILLING</translation>
    </message>
    <message>
        <source>Sees TASK_KILLING while a task is being killed</source>
        <translation>Sieht TASK_KILLING, während ein Task beendet wird</translation>
    </message>
    <message>
        <source>GPU resources</source>
        <translation>GPU-Ressourcen</translation>
    </message>
    <message>
        <source>Is offered the resources of agents with GPUs</source>
        <translation>Bekommt die Ressourcen von Agents mit GPUs angeboten</translation>
    </message>
    <message>
        <source>Shared resources</source>
        <translation>Gemeinsame Ressourcen</translation>
    </message>
    <message>
        <source>Can use shared persistent volumes</source>
        <translation>Kann gemeinsame persistente Volumes nutzen</translation>
    </message>
    <message>
        <source>Partition-aware</source>
        <translation>Partitionsbewusst</translation>
    </message>
    <message>
        <source>Sees TASK_UNREACHABLE (not TASK_LOST) for tasks on agents cut off from the master</source>
        <translation>Sieht TASK_UNREACHABLE (nicht TASK_LOST) für Tasks auf Agents, die vom Master abgeschnitten sind</translation>
    </message>
    <message>
        <source>Multiple roles</source>
        <translation>Mehrere Rollen</translation>
    </message>
    <message>
        <source>Subscribes with several roles</source>
        <translation>Abonniert mehrere Rollen</translation>
    </message>
    <message>
        <source>Reservation refinement</source>
        <translation>Verfeinerte Reservierungen</translation>
    </message>
    <message>
        <source>Understands refined (hierarchical) reservations</source>
        <translation>Versteht verfeinerte (hierarchische) Reservierungen</translation>
    </message>
    <message>
        <source>Region-aware</source>
        <translation>Regionsbewusst</translation>
    </message>
    <message>
        <source>Is offered resources of agents in other regions</source>
        <translation>Bekommt Ressourcen von Agents in anderen Regionen angeboten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>FrameworkIdentityForm</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Failover timeout</source>
        <translation>Failover-Timeout</translation>
    </message>
    <message>
        <source>Checkpointing</source>
        <translation>Checkpointing</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Scheduler PID</source>
        <translation>Scheduler-PID</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the framework&apos;s own web UI in the browser</source>
        <translation>Die eigene Web-UI des Frameworks im Browser öffnen</translation>
    </message>
    <message>
        <source>the framework&apos;s web UI</source>
        <translation>Die Web-UI des Frameworks</translation>
    </message>
    <message>
        <source>Web UI</source>
        <translation>Web-UI</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Re-registered</source>
        <translation>Erneut registriert</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none: its tasks are killed when its scheduler disconnects</source>
        <translation>keiner: Seine Tasks werden beendet, wenn sich sein Scheduler trennt</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none (an HTTP scheduler, or not reported)</source>
        <translation>keine (ein HTTP-Scheduler oder nicht gemeldet)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The framework gives no web address that a browser can open</source>
        <translation>Das Framework nennt keine Webadresse, die ein Browser öffnen kann</translation>
    </message>
    <message>
        <source>not reported (never re-registered)</source>
        <translation>nicht gemeldet (nie erneut registriert)</translation>
    </message>
    <message>
        <source>none: it is registered</source>
        <translation>keine: Es ist registriert</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <source>Open in Mesos web UI</source>
        <translation>In der Mesos-Web-UI öffnen</translation>
    </message>
    <message>
        <source>Open stdout</source>
        <translation>stdout öffnen</translation>
    </message>
    <message>
        <source>Open stderr</source>
        <translation>stderr öffnen</translation>
    </message>
    <message>
        <source>Browse sandbox</source>
        <translation>Sandbox durchsuchen</translation>
    </message>
    <message>
        <source>the Mesos web UI</source>
        <translation>Die Mesos-Web-UI</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Offers held</source>
        <translation>Gehaltene Angebote</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Tasks:</translation>
    </message>
    <message>
        <source>Filter tasks (name, id, agent, state, IP)</source>
        <translation>Tasks filtern (Name, ID, Agent, Status, IP)</translation>
    </message>
    <message>
        <source>Follow the selected task&apos;s stdout in the Sandbox tab</source>
        <translation>Dem stdout des gewählten Tasks im Tab Sandbox folgen</translation>
    </message>
    <message>
        <source>Offers not polled yet.</source>
        <translation>Angebote noch nicht abgefragt.</translation>
    </message>
    <message>
        <source>Not connected: offers unknown.</source>
        <translation>Nicht verbunden: Angebote unbekannt.</translation>
    </message>
    <message>
        <source>Framework %1</source>
        <translation>Framework %1</translation>
    </message>
    <message>
        <source>Not connected to a cluster: what is shown is as last seen.</source>
        <translation>Nicht mit einem Cluster verbunden: Angezeigt wird der zuletzt gesehene Stand.</translation>
    </message>
    <message>
        <source>The master does not list this framework (any more): what is shown is as last seen.</source>
        <translation>Der Master führt dieses Framework nicht (mehr) auf: Angezeigt wird der zuletzt gesehene Stand.</translation>
    </message>
    <message>
        <source>This framework was removed from the cluster (torn down, or it finished); unregistered: %1. It runs no tasks and cannot come back under this id.</source>
        <translation>Dieses Framework wurde aus dem Cluster entfernt (abgebaut oder beendet); abgemeldet: %1. Es führt keine Tasks aus und kann unter dieser ID nicht zurückkehren.</translation>
    </message>
    <message>
        <source>The framework&apos;s scheduler is disconnected (since %1): the master keeps its tasks until its failover timeout runs out.</source>
        <translation>Der Scheduler des Frameworks ist getrennt (seit %1): Der Master behält seine Tasks, bis sein Failover-Timeout abläuft.</translation>
    </message>
    <message>
        <source>Stale data (last update %1): the values below may be old.</source>
        <translation>Veraltete Daten (letzte Aktualisierung %1): Die Werte unten sind womöglich alt.</translation>
    </message>
    <message>
        <source>The framework is inactive: the master sends it no offers.</source>
        <translation>Das Framework ist inaktiv: Der Master sendet ihm keine Angebote.</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht aufgeführt</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: unknown</source>
        <translation>%1: unbekannt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unerreichbar</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Show only the tasks in %1</source>
        <translation>Nur Tasks im Status %1 anzeigen</translation>
    </message>
    <message>
        <source>The offers could not be read (%1): %2</source>
        <translation>Die Angebote konnten nicht gelesen werden (%1): %2</translation>
    </message>
    <message>
        <source>Holds no offers (read at %1).</source>
        <translation>Hält keine Angebote (gelesen um %1).</translation>
    </message>
    <message numerus="yes">
        <source>Holds %n offer(s) (read at %1).</source>
        <translation>
            <numerusform>Hält %n Angebot (gelesen um %1).</numerusform>
            <numerusform>Hält %n Angebote (gelesen um %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworkResourcesModel</name>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>The master reports reservations only with v1 resources (the operator API)</source>
        <translation>Der Master meldet Reservierungen nur mit v1-Ressourcen (der Operator-API)</translation>
    </message>
    <message>
        <source>The master did not report this</source>
        <translation>Der Master hat dies nicht gemeldet</translation>
    </message>
    <message>
        <source>Of the cluster&apos;s total (every agent&apos;s resources)</source>
        <translation>Anteil an der Gesamtmenge des Clusters (Ressourcen aller Agents)</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
</context>
<context>
    <name>FrameworkTeardown</name>
    <message>
        <source>Tear down framework…</source>
        <translation>Framework abbauen…</translation>
    </message>
    <message>
        <source>Read-only: the framework cannot be torn down.</source>
        <translation>Nur lesend: Das Framework kann nicht abgebaut werden.</translation>
    </message>
    <message>
        <source>Select a framework to tear it down.</source>
        <translation>Wählen Sie ein Framework aus, um es abzubauen.</translation>
    </message>
    <message>
        <source>This framework has already been removed.</source>
        <translation>Dieses Framework wurde bereits entfernt.</translation>
    </message>
    <message>
        <source>No leading master is known.</source>
        <translation>Kein führender Master bekannt.</translation>
    </message>
    <message>
        <source>Kill every task of the framework and remove it from the cluster</source>
        <translation>Alle Tasks des Frameworks beenden und es aus dem Cluster entfernen</translation>
    </message>
    <message>
        <source>Tear down the framework %1 (%2)?</source>
        <translation>Das Framework %1 (%2) abbauen?</translation>
    </message>
    <message numerus="yes">
        <source>The master kills its %n running task(s) and removes the framework.</source>
        <translation>
            <numerusform>Der Master beendet seinen %n laufenden Task und entfernt das Framework.</numerusform>
            <numerusform>Der Master beendet seine %n laufenden Tasks und entfernt das Framework.</numerusform>
        </translation>
    </message>
    <message>
        <source>The master kills every task it runs and removes the framework.</source>
        <translation>Der Master beendet jeden Task, den es ausführt, und entfernt das Framework.</translation>
    </message>
    <message>
        <source>It cannot register again with this id: its scheduler has to register as a new framework.</source>
        <translation>Es kann sich nicht erneut mit dieser ID registrieren: Sein Scheduler muss sich als neues Framework registrieren.</translation>
    </message>
    <message>
        <source>Warning: this is Marathon. Every app it runs stops, and Marathon loses its framework id: it exits, and once restarted it registers as a new framework and launches all its apps again.</source>
        <translation>Warnung: Dies ist Marathon. Jede App, die es ausführt, stoppt, und Marathon verliert seine Framework-ID: Es beendet sich und registriert sich nach dem Neustart als neues Framework und startet alle seine Apps erneut.</translation>
    </message>
    <message>
        <source>Tear down framework</source>
        <translation>Framework abbauen</translation>
    </message>
    <message>
        <source>Tear down</source>
        <translation>Abbauen</translation>
    </message>
    <message>
        <source>Tearing down %1…</source>
        <translation>%1 wird abgebaut…</translation>
    </message>
    <message>
        <source>The master refused to tear down %1: %2</source>
        <translation>Der Master hat den Abbau von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 was torn down: the master kills its tasks.</source>
        <translation>%1 wurde abgebaut: Der Master beendet seine Tasks.</translation>
    </message>
    <message>
        <source>The master does not list this framework.</source>
        <translation>Der Master führt dieses Framework nicht auf.</translation>
    </message>
</context>
<context>
    <name>FrameworksModel</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Web UI</source>
        <translation>Web-UI</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Active tasks</source>
        <translation>Aktive Tasks</translation>
    </message>
    <message>
        <source>Ended tasks</source>
        <translation>Beendete Tasks</translation>
    </message>
    <message>
        <source>Failed tasks</source>
        <translation>Fehlgeschl. Tasks</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
</context>
<context>
    <name>GroupActions</name>
    <message>
        <source>New Group…</source>
        <translation>Neue Gruppe…</translation>
    </message>
    <message>
        <source>Edit Group…</source>
        <translation>Gruppe bearbeiten…</translation>
    </message>
    <message>
        <source>Restart Group&apos;s Apps…</source>
        <translation>Apps der Gruppe neu starten…</translation>
    </message>
    <message>
        <source>Destroy Group…</source>
        <translation>Gruppe löschen…</translation>
    </message>
    <message>
        <source>Select a group first.</source>
        <translation>Zuerst eine Gruppe auswählen.</translation>
    </message>
    <message>
        <source>%1 has no apps to restart.</source>
        <translation>%1 hat keine Apps zum Neustarten.</translation>
    </message>
    <message>
        <source>Cannot edit %1: %2</source>
        <translation>%1 kann nicht bearbeitet werden: %2</translation>
    </message>
    <message>
        <source>Scale down group %1</source>
        <translation>Gruppe %1 herunterskalieren</translation>
    </message>
    <message numerus="yes">
        <source>Every app under %1 is scaled by %2; %n app(s) lose instances, their tasks are killed.</source>
        <translation>
            <numerusform>Jede App unter %1 wird mit %2 skaliert; %n App verliert Instanzen, ihre Tasks werden beendet.</numerusform>
            <numerusform>Jede App unter %1 wird mit %2 skaliert; %n Apps verlieren Instanzen, ihre Tasks werden beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scale down</source>
        <translation>Herunterskalieren</translation>
    </message>
    <message>
        <source>Scale of group %1 by %2</source>
        <translation>Skalierung der Gruppe %1 um %2</translation>
    </message>
    <message>
        <source>%1 has no running apps to restart.</source>
        <translation>%1 hat keine laufenden Apps zum Neustarten.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) of %1 will be restarted, each replacing its tasks following its upgrade strategy (one deployment per app: Marathon has no restart of a whole group).</source>
        <translation>
            <numerusform>%n App von %1 wird neu gestartet und ersetzt ihre Tasks nach ihrer Upgrade-Strategie (ein Deployment je App: Marathon kennt keinen Neustart einer ganzen Gruppe).</numerusform>
            <numerusform>%n Apps von %1 werden neu gestartet, jede ersetzt ihre Tasks nach ihrer Upgrade-Strategie (ein Deployment je App: Marathon kennt keinen Neustart einer ganzen Gruppe).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspended app(s) are left alone.</source>
        <translation>
            <numerusform>%n angehaltene App bleibt unberührt.</numerusform>
            <numerusform>%n angehaltene Apps bleiben unberührt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart the apps of %1</source>
        <translation>Die Apps von %1 neu starten</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n app(s)</source>
        <translation>
            <numerusform>%n App neu starten</numerusform>
            <numerusform>%n Apps neu starten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Locked by a deployment</source>
        <translation>Durch ein Deployment gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) of %1 are locked by deployment %2. Stop those deployments (without rollback) and restart them anyway?</source>
        <translation>
            <numerusform>%n App von %1 ist durch Deployment %2 gesperrt. Diese Deployments (ohne Rollback) stoppen und trotzdem neu starten?</numerusform>
            <numerusform>%n Apps von %1 sind durch Deployment %2 gesperrt. Diese Deployments (ohne Rollback) stoppen und trotzdem neu starten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop deployment and continue</source>
        <translation>Deployment stoppen und fortfahren</translation>
    </message>
    <message>
        <source>%1: locked by a deployment, not restarted</source>
        <translation>%1: durch ein Deployment gesperrt, nicht neu gestartet</translation>
    </message>
    <message>
        <source>Restart of %1: %2 of %3 app(s) restarted; failed:
%4</source>
        <translation>Neustart von %1: %2 von %3 Apps neu gestartet; fehlgeschlagen:
%4</translation>
    </message>
    <message>
        <source>app %1</source>
        <translation>App %1</translation>
    </message>
    <message>
        <source>pod %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <source>Group %1 holds no apps or pods.</source>
        <translation>Gruppe %1 enthält keine Apps oder Pods.</translation>
    </message>
    <message>
        <source>%1 and %2 will be destroyed with all their tasks:</source>
        <translation>%1 und %2 werden mit all ihren Tasks gelöscht:</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n App</numerusform>
            <numerusform>%n Apps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n Pod</numerusform>
            <numerusform>%n Pods</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy group %1</source>
        <translation>Gruppe %1 löschen</translation>
    </message>
    <message>
        <source>Group %1, its child groups and everything in them are removed. This cannot be undone.</source>
        <translation>Gruppe %1, ihre Untergruppen und alles darin werden entfernt. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Destroy of group %1</source>
        <translation>Löschen der Gruppe %1</translation>
    </message>
</context>
<context>
    <name>GroupDefinitionValidator</name>
    <message>
        <source>must lie directly in %1 (a relative id such as &quot;web&quot; does)</source>
        <translation>muss direkt in %1 liegen (eine relative ID wie „web“ tut das)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a path of lower-case letters, digits, &apos;-&apos; and &apos;.&apos;</source>
        <translation>muss ein Pfad aus Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;.&apos; sein</translation>
    </message>
    <message>
        <source>is not part of a group update: pods are created and changed on their own (New Pod, Edit)</source>
        <translation>gehört nicht zu einer Gruppenänderung: Pods werden einzeln angelegt und geändert (Neuer Pod, Bearbeiten)</translation>
    </message>
    <message>
        <source>rolls the group back to that version and ignores the rest: remove it to apply this definition</source>
        <translation>setzt die Gruppe auf diese Version zurück und ignoriert den Rest: entfernen, um diese Definition anzuwenden</translation>
    </message>
    <message>
        <source>scales every app and ignores the rest: remove it (Scale does that)</source>
        <translation>skaliert jede App und ignoriert den Rest: entfernen (das erledigt Skalieren)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>is not a field of a group</source>
        <translation>ist kein Feld einer Gruppe</translation>
    </message>
    <message>
        <source>must be an array of ids</source>
        <translation>muss ein Array von IDs sein</translation>
    </message>
    <message>
        <source>must be the path of an app or a group</source>
        <translation>muss der Pfad einer App oder Gruppe sein</translation>
    </message>
    <message>
        <source>names this group or something in it: a group cannot wait for itself</source>
        <translation>nennt diese Gruppe oder etwas darin: eine Gruppe kann nicht auf sich selbst warten</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is required: the group&apos;s absolute path, e.g. /prod/shop</source>
        <translation>ist erforderlich: der absolute Pfad der Gruppe, z. B. /prod/shop</translation>
    </message>
    <message>
        <source>must be absolute: start it with /, e.g. /prod/shop</source>
        <translation>muss absolut sein: mit / beginnen, z. B. /prod/shop</translation>
    </message>
</context>
<context>
    <name>GroupEditorDialog</name>
    <message>
        <source>New Group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Edit Group %1</source>
        <translation>Gruppe %1 bearbeiten</translation>
    </message>
    <message>
        <source>The group as Marathon takes it (POST /v2/groups): an absolute id, its apps and child groups (ids relative to the group), and the ids it depends on.</source>
        <translation>Die Gruppe, wie Marathon sie annimmt (POST /v2/groups): eine absolute ID, ihre Apps und Untergruppen (IDs relativ zur Gruppe) und die IDs, von denen sie abhängt.</translation>
    </message>
    <message>
        <source>The group as Marathon takes it (PUT /v2/groups): apps left out are destroyed, new ones are started, changed ones restarted. Pods are edited on their own.</source>
        <translation>Die Gruppe, wie Marathon sie annimmt (PUT /v2/groups): weggelassene Apps werden gelöscht, neue gestartet, geänderte neu gestartet. Pods werden einzeln bearbeitet.</translation>
    </message>
    <message>
        <source>Create Group</source>
        <translation>Gruppe anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>A group definition is a JSON object.</source>
        <translation>Eine Gruppendefinition ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>There was a problem with this group definition: see the marked lines.</source>
        <translation>Diese Gruppendefinition hat ein Problem: siehe die markierten Zeilen.</translation>
    </message>
    <message>
        <source>Marathon refused: %1</source>
        <translation>Marathon hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>An app of the group is locked by deployment %1, so the change was refused. Nothing was changed.</source>
        <translation>Eine App der Gruppe ist durch Deployment %1 gesperrt, daher wurde die Änderung abgelehnt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Stop the deployment and apply</source>
        <translation>Deployment stoppen und übernehmen</translation>
    </message>
    <message>
        <source>Deployment %1 holds apps of %2. Stop it (without rollback) and apply your change?</source>
        <translation>Deployment %1 hält Apps von %2. Es stoppen (ohne Rollback) und die Änderung anwenden?</translation>
    </message>
    <message>
        <source>Stop and apply</source>
        <translation>Stoppen und übernehmen</translation>
    </message>
    <message>
        <source>Marathon refused this group definition: %1</source>
        <translation>Marathon hat diese Gruppendefinition abgelehnt: %1</translation>
    </message>
    <message>
        <source>The change was not applied: %1</source>
        <translation>Die Änderung wurde nicht übernommen: %1</translation>
    </message>
</context>
<context>
    <name>GroupScaleDialog</name>
    <message>
        <source>Scale group %1</source>
        <translation>Gruppe %1 skalieren</translation>
    </message>
    <message>
        <source>Every app&apos;s instances are multiplied by this factor and rounded up.</source>
        <translation>Die Instanzen jeder App werden mit diesem Faktor multipliziert und aufgerundet.</translation>
    </message>
    <message>
        <source>Scale by:</source>
        <translation>Faktor:</translation>
    </message>
    <message>
        <source>Scale group</source>
        <translation>Gruppe skalieren</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more app(s)</source>
        <translation>
            <numerusform>… und %n weitere App</numerusform>
            <numerusform>… und %n weitere Apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthResultsModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Noch kein Ergebnis</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>Lebendig</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fehlschlagend</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Consecutive failures</source>
        <translation>Fehlschläge in Folge</translation>
    </message>
    <message>
        <source>First success</source>
        <translation>Erster Erfolg</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Letzter Fehlschlag</translation>
    </message>
    <message>
        <source>Last failure cause</source>
        <translation>Ursache des letzten Fehlschlags</translation>
    </message>
</context>
<context>
    <name>HttpCredential</name>
    <message>
        <source>the token</source>
        <translation>das Token</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <source>too many redirects from %1</source>
        <translation>zu viele Weiterleitungen von %1</translation>
    </message>
    <message>
        <source>no answer from %1 in time</source>
        <translation>keine Antwort von %1 in der Zeit</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>JsonEditorDialog</name>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>Kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
</context>
<context>
    <name>KeyboardMapDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>the keychain did not answer in time (is it locked or waiting for a password?)</source>
        <translation>der Schlüsselbund hat nicht rechtzeitig geantwortet (ist er gesperrt oder wartet er auf ein Passwort?)</translation>
    </message>
</context>
<context>
    <name>LeaderHistoryModel</name>
    <message>
        <source>no leader</source>
        <translation>kein Leader</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>LeaderHistoryView</name>
    <message>
        <source>Leader changes</source>
        <translation>Leader-Wechsel</translation>
    </message>
    <message>
        <source>No leader change since %1. A failover of the Mesos masters or of Marathon is listed here with its time and the new leader.</source>
        <translation>Kein Leader-Wechsel seit %1. Ein Failover der Mesos-Master oder von Marathon wird hier mit Zeit und neuem Leader aufgeführt.</translation>
    </message>
    <message>
        <source>Not connected. Once MesosDesk watches a cluster, each change of its Mesos or Marathon leader is listed here.</source>
        <translation>Nicht verbunden. Sobald MesosDesk einen Cluster beobachtet, wird hier jeder Wechsel seines Mesos- oder Marathon-Leaders aufgeführt.</translation>
    </message>
</context>
<context>
    <name>LeaderStatusBar</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>ZooKeeper: %1</source>
        <translation>ZooKeeper: %1</translation>
    </message>
    <message>
        <source>Leader: none</source>
        <translation>Leader: keiner</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <source>Leader: %1 (Mesos %2)</source>
        <translation>Leader: %1 (Mesos %2)</translation>
    </message>
    <message>
        <source>Masters: %1</source>
        <translation>Master: %1</translation>
    </message>
    <message>
        <source>Marathon: none</source>
        <translation>Marathon: keiner</translation>
    </message>
    <message>
        <source>Marathon: %1</source>
        <translation>Marathon: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>Leader: unknown</source>
        <translation>Leader: unbekannt</translation>
    </message>
    <message>
        <source>Via %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Via standby %1</source>
        <translation>Über Standby %1</translation>
    </message>
    <message>
        <source>Via %1 (the leader)</source>
        <translation>Über %1 (den Leader)</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>ZooKeeper #%1</source>
        <translation>ZooKeeper #%1</translation>
    </message>
    <message>
        <source>Mesos %1</source>
        <translation>Mesos %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Without ZooKeeper only the master named and its leader are known.</source>
        <translation>Ohne ZooKeeper sind nur der angegebene Master und sein Leader bekannt.</translation>
    </message>
    <message>
        <source>No master is registered in ZooKeeper.</source>
        <translation>In ZooKeeper ist kein Master registriert.</translation>
    </message>
    <message>
        <source>Elected: unknown</source>
        <translation>Gewählt: unbekannt</translation>
    </message>
    <message>
        <source>The leading master has not said when it was elected.</source>
        <translation>Der führende Master hat nicht gesagt, wann er gewählt wurde.</translation>
    </message>
    <message>
        <source>Elected %1 ago</source>
        <translation>Gewählt vor %1</translation>
    </message>
    <message>
        <source>Elected %1</source>
        <translation>Gewählt am %1</translation>
    </message>
</context>
<context>
    <name>LogViewerWidget</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop reading the file; resuming jumps back to its end</source>
        <translation>Lesen der Datei anhalten; beim Fortsetzen geht es zurück an ihr Ende</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the last line in view</source>
        <translation>Die letzte Zeile sichtbar halten</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Umbruch</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Show ANSI colours (off: plain text)</source>
        <translation>ANSI-Farben anzeigen (aus: reiner Text)</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Kleinere Schrift (Strg+-)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>Größere Schrift (Strg++)</translation>
    </message>
    <message>
        <source>Load earlier</source>
        <translation>Früheres laden</translation>
    </message>
    <message>
        <source>Read the part of the file before the first line shown</source>
        <translation>Den Teil der Datei vor der ersten angezeigten Zeile lesen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation>Die markierten Zeilen kopieren (Strg+C)</translation>
    </message>
    <message>
        <source>Save shown…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Save the lines this view holds to a file</source>
        <translation>Die Zeilen dieser Ansicht in eine Datei speichern</translation>
    </message>
    <message>
        <source>Download file…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>Save the whole file from the agent, streamed to disk</source>
        <translation>Die ganze Datei vom Agent direkt auf die Festplatte speichern</translation>
    </message>
    <message>
        <source>Search (Enter: next, Shift+Enter: previous)</source>
        <translation>Suchen (Enter: nächster, Umschalt+Enter: vorheriger)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß/klein</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Highlight all</source>
        <translation>Alle markieren</translation>
    </message>
    <message>
        <source>── the file was truncated or rotated (size %1, was read up to %2); following the new file ──</source>
        <translation>── die Datei wurde gekürzt oder rotiert (Größe %1, gelesen bis %2); folge der neuen Datei ──</translation>
    </message>
    <message>
        <source>── %1 skipped while paused ──</source>
        <translation>── %1 während der Pause übersprungen ──</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n Task</numerusform>
            <numerusform>%n Tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>No file open.</source>
        <translation>Keine Datei geöffnet.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Following.</source>
        <translation>Folge.</translation>
    </message>
    <message>
        <source>The agent is not answering: the text may be out of date; retrying.</source>
        <translation>Der Agent antwortet nicht: Der Text ist vielleicht veraltet; neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>%1 of %2 agents are not answering; retrying.</source>
        <translation>%1 von %2 Agents antworten nicht; neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>Showing bytes %1–%2 of %3.</source>
        <translation>Bytes %1–%2 von %3 angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) held</source>
        <translation>
            <numerusform>%n Zeile gehalten</numerusform>
            <numerusform>%n Zeilen gehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Ungültiger Ausdruck: %1</translation>
    </message>
    <message>
        <source>Counting matches…</source>
        <translation>Zähle Treffer…</translation>
    </message>
    <message numerus="yes">
        <source>%n matching line(s)</source>
        <translation>
            <numerusform>%n passende Zeile</numerusform>
            <numerusform>%n passende Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>Save the lines shown</source>
        <translation>Angezeigte Zeilen speichern</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert.</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the whole file to %1 (%2).</source>
        <translation>Die ganze Datei in %1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Der Download ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Download the whole file</source>
        <translation>Die ganze Datei herunterladen</translation>
    </message>
    <message>
        <source>Only matches</source>
        <translation>Nur Treffer</translation>
    </message>
    <message>
        <source>Show only the lines that match the search</source>
        <translation>Nur die Zeilen zeigen, die zur Suche passen</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>The task was lost (%1), seen at %2</source>
        <translation>Der Task ging verloren (%1), bemerkt um %2</translation>
    </message>
    <message>
        <source>The task ended (%1), seen at %2</source>
        <translation>Der Task wurde beendet (%1), bemerkt um %2</translation>
    </message>
    <message>
        <source>The whole file is shown; it is no longer polled.</source>
        <translation>Die ganze Datei wird angezeigt; sie wird nicht mehr abgefragt.</translation>
    </message>
    <message>
        <source>Reading the rest of the file…</source>
        <translation>Lese den Rest der Datei…</translation>
    </message>
    <message numerus="yes">
        <source>All %n task(s) ended; the files are no longer polled.</source>
        <translation>
            <numerusform>%n Task ist beendet; die Dateien werden nicht mehr abgefragt.</numerusform>
            <numerusform>Alle %n Tasks sind beendet; die Dateien werden nicht mehr abgefragt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n task(s) ended: %1; the files are no longer polled.</source>
        <translation>
            <numerusform>%n Task ist beendet: %1; die Dateien werden nicht mehr abgefragt.</numerusform>
            <numerusform>Alle %n Tasks sind beendet: %1; die Dateien werden nicht mehr abgefragt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tasks ended (see the marked lines).</source>
        <translation>%1 von %2 Tasks beendet (siehe die markierten Zeilen).</translation>
    </message>
    <message>
        <source>Not following: new lines are read, the view stays where it is (Follow jumps to the end).</source>
        <translation>Kein Folgen: Neue Zeilen werden gelesen, die Ansicht bleibt stehen („Folgen“ springt ans Ende).</translation>
    </message>
    <message>
        <source>Find previous (in the search field)</source>
        <translation>Vorherigen Treffer suchen (im Suchfeld)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Im Log suchen</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Nächsten Treffer suchen</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Vorherigen Treffer suchen</translation>
    </message>
</context>
<context>
    <name>LoggingPanel</name>
    <message>
        <source>Raise to &amp;level:</source>
        <translation>Erhöhen auf &amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;for:</source>
        <translation>&amp;für:</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Raise log level…</source>
        <translation>Log-Stufe erhöhen…</translation>
    </message>
    <message>
        <source>Log level of the leading master: not known yet</source>
        <translation>Log-Stufe des führenden Masters: noch nicht bekannt</translation>
    </message>
    <message>
        <source>Read-only mode is on (File menu): changing the log level is turned off.</source>
        <translation>Der Nur-Lese-Modus ist an (Menü Datei): Das Ändern der Log-Stufe ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Read-only mode is on: turn it off in the File menu to change the cluster.</source>
        <translation>Der Nur-Lese-Modus ist an: Schalten Sie ihn im Menü Datei aus, um den Cluster zu ändern.</translation>
    </message>
    <message>
        <source>Log more (glog&apos;s verbose level) for a while; Mesos goes back to the level it started with when the time is up.</source>
        <translation>Eine Zeit lang mehr loggen (die ausführliche Stufe von glog); danach kehrt Mesos von selbst zu seiner Startstufe zurück.</translation>
    </message>
    <message>
        <source>Log level of the leading master: could not be read (%1)</source>
        <translation>Log-Stufe des führenden Masters: konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Log level of the leading master: %1</source>
        <translation>Log-Stufe des führenden Masters: %1</translation>
    </message>
    <message>
        <source>The level it logs at now is not known.</source>
        <translation>Mit welcher Stufe er jetzt loggt, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>It logs at level %1 now.</source>
        <translation>Er loggt jetzt mit Stufe %1.</translation>
    </message>
    <message>
        <source>Raise log level</source>
        <translation>Log-Stufe erhöhen</translation>
    </message>
    <message>
        <source>Raise the verbose log level of the leading master %1 to %2 for %3?

%4 At a higher level it writes more to its log, which takes disk space and some speed. When the time is up, Mesos puts back the level the master started with by itself. A level below that one is refused.</source>
        <translation>Die ausführliche Log-Stufe des führenden Masters %1 für %3 auf %2 erhöhen?

%4 Mit einer höheren Stufe schreibt er mehr in sein Log, was Plattenplatz und etwas Geschwindigkeit kostet. Ist die Zeit um, stellt Mesos von selbst die Stufe wieder her, mit der der Master gestartet wurde. Eine niedrigere Stufe als diese wird abgelehnt.</translation>
    </message>
    <message>
        <source>The leading master %1 logs at level %2 for %3.</source>
        <translation>Der führende Master %1 loggt für %3 mit Stufe %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MesosDesk</source>
        <translation>MesosDesk</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Read-only Marathon actions</source>
        <translation>Marathon &amp;nur lesend</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MesosDesk</source>
        <translation>Über &amp;MesosDesk</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n instance(s))</source>
        <translation>
            <numerusform>%1 (%n Instanz)</numerusform>
            <numerusform>%1 (%n Instanzen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>&amp;Fleet home</source>
        <translation>&amp;Flotte</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>The profile&apos;s passwords could not be read from the keychain: %1</source>
        <translation>Die Passwörter des Profils konnten nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>MaintenanceCalls</name>
    <message>
        <source>A hostname is needed: Mesos matches a machine on its hostname and IP together.</source>
        <translation>Ein Hostname ist nötig: Mesos erkennt eine Maschine an Hostname und IP zusammen.</translation>
    </message>
    <message>
        <source>The hostname has spaces at its ends.</source>
        <translation>Der Hostname hat Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>An IP address is needed: Mesos matches a machine on its hostname and IP together.</source>
        <translation>Eine IP-Adresse ist nötig: Mesos erkennt eine Maschine an Hostname und IP zusammen.</translation>
    </message>
    <message>
        <source>Not an IPv4 address (such as 10.0.0.1).</source>
        <translation>Keine IPv4-Adresse (etwa 10.0.0.1).</translation>
    </message>
    <message>
        <source>A window needs at least one machine.</source>
        <translation>Ein Fenster braucht mindestens eine Maschine.</translation>
    </message>
    <message>
        <source>The duration is negative.</source>
        <translation>Die Dauer ist negativ.</translation>
    </message>
    <message>
        <source>Window %1: %2</source>
        <translation>Fenster %1: %2</translation>
    </message>
    <message>
        <source>Machine %1 (%2) is in more than one window: a machine can be in only one.</source>
        <translation>Maschine %1 (%2) ist in mehreren Fenstern: eine Maschine darf nur in einem sein.</translation>
    </message>
</context>
<context>
    <name>MaintenanceFormat</name>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <source>Filter agents (host, id, state)</source>
        <translation>Agents filtern (Host, ID, Status)</translation>
    </message>
    <message>
        <source>Max grace period:</source>
        <translation>Max. Schonfrist:</translation>
    </message>
    <message>
        <source>each task&apos;s kill policy</source>
        <translation>Kill-Richtlinie je Task</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The longest a task is given to stop before it is killed (max_grace_period).</source>
        <translation>Die längste Zeit, die ein Task zum Stoppen bekommt, bevor er beendet wird (max_grace_period).</translation>
    </message>
    <message>
        <source>Mark gone when drained</source>
        <translation>Nach dem Leeren als verschwunden markieren</translation>
    </message>
    <message>
        <source>Irreversible: the agent can never register again; its tasks end GONE_BY_OPERATOR.</source>
        <translation>Unumkehrbar: Der Agent kann sich nie wieder registrieren; seine Tasks enden mit GONE_BY_OPERATOR.</translation>
    </message>
    <message>
        <source>Drain…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Reaktivieren…</translation>
    </message>
    <message>
        <source>Reading the agents from the leading master…</source>
        <translation>Lese die Agents vom führenden Master…</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s), read at %1.</source>
        <translation>
            <numerusform>%n Agent, gelesen um %1.</numerusform>
            <numerusform>%n Agents, gelesen um %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only mode is on: turn it off in the File menu to change the cluster.</source>
        <translation>Der Nur-Lese-Modus ist an: Schalten Sie ihn im Menü Datei aus, um den Cluster zu ändern.</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Nicht mit einem Cluster verbunden.</translation>
    </message>
    <message>
        <source>The leading master&apos;s version is not known yet; these calls need Mesos 1.9 or later.</source>
        <translation>Die Version des führenden Masters ist noch unbekannt; diese Aufrufe brauchen Mesos 1.9 oder neuer.</translation>
    </message>
    <message>
        <source>The leading master runs Mesos %1; draining, deactivating and reactivating agents need 1.9 or later.</source>
        <translation>Der führende Master läuft mit Mesos %1; Leeren, Deaktivieren und Reaktivieren von Agents braucht 1.9 oder neuer.</translation>
    </message>
    <message>
        <source>Select an agent first.</source>
        <translation>Wählen Sie zuerst einen Agent.</translation>
    </message>
    <message>
        <source>The agent is %1 already.</source>
        <translation>Der Agent ist schon %1.</translation>
    </message>
    <message>
        <source>Kill the agent&apos;s tasks and stop its offers (DRAIN_AGENT).</source>
        <translation>Die Tasks des Agents beenden und seine Angebote stoppen (DRAIN_AGENT).</translation>
    </message>
    <message>
        <source>Stop the agent&apos;s offers; its tasks keep running (DEACTIVATE_AGENT).</source>
        <translation>Die Angebote des Agents stoppen; seine Tasks laufen weiter (DEACTIVATE_AGENT).</translation>
    </message>
    <message>
        <source>The agent is active.</source>
        <translation>Der Agent ist aktiv.</translation>
    </message>
    <message>
        <source>Mesos refuses to reactivate an agent while it is draining; wait until it is drained.</source>
        <translation>Mesos reaktiviert keinen Agent, der gerade geleert wird; warten Sie, bis er geleert ist.</translation>
    </message>
    <message>
        <source>Let the agent receive offers again (REACTIVATE_AGENT).</source>
        <translation>Den Agent wieder Angebote erhalten lassen (REACTIVATE_AGENT).</translation>
    </message>
    <message>
        <source>Read-only mode is on (File menu): agent actions are turned off.</source>
        <translation>Der Nur-Lese-Modus ist an (Menü Datei): Agent-Aktionen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>Drain agent %1 (%2).</source>
        <translation>Agent %1 (%2) leeren.</translation>
    </message>
    <message numerus="yes">
        <source>It gets no more offers, and its %n running task(s) are killed</source>
        <translation>
            <numerusform>Er bekommt keine Angebote mehr, und sein %n laufender Task wird beendet</numerusform>
            <numerusform>Er bekommt keine Angebote mehr, und seine %n laufenden Tasks werden beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>It gets no more offers, and its running tasks are killed</source>
        <translation>Er bekommt keine Angebote mehr, und seine laufenden Tasks werden beendet</translation>
    </message>
    <message>
        <source>, each by its own kill policy.</source>
        <translation>, jeder nach seiner eigenen Kill-Richtlinie.</translation>
    </message>
    <message numerus="yes">
        <source>, each given at most %n second(s) to stop.</source>
        <translation>
            <numerusform>, jeder mit höchstens %n Sekunde zum Stoppen.</numerusform>
            <numerusform>, jeder mit höchstens %n Sekunden zum Stoppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedulers such as Marathon relaunch them elsewhere. A drain cannot be cancelled.</source>
        <translation>Scheduler wie Marathon starten sie anderswo neu. Ein Leeren kann nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>When drained the agent is marked gone: it can never register again, and its tasks end TASK_GONE_BY_OPERATOR. This cannot be undone.</source>
        <translation>Nach dem Leeren wird der Agent als verschwunden markiert: Er kann sich nie wieder registrieren, und seine Tasks enden mit TASK_GONE_BY_OPERATOR. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>When no task is left it shows Drained; Reactivate then lets it take work again.</source>
        <translation>Wenn kein Task mehr übrig ist, zeigt er „Geleert“; „Reaktivieren“ lässt ihn dann wieder Arbeit annehmen.</translation>
    </message>
    <message>
        <source>Drain agent</source>
        <translation>Agent leeren</translation>
    </message>
    <message>
        <source>Drain and mark gone</source>
        <translation>Leeren und als verschwunden markieren</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Drain of agent %1 started.</source>
        <translation>Leeren von Agent %1 gestartet.</translation>
    </message>
    <message>
        <source>Deactivate agent %1 (%2).</source>
        <translation>Agent %1 (%2) deaktivieren.</translation>
    </message>
    <message numerus="yes">
        <source>It gets no more offers; its %n running task(s) keep running.</source>
        <translation>
            <numerusform>Er bekommt keine Angebote mehr; sein %n laufender Task läuft weiter.</numerusform>
            <numerusform>Er bekommt keine Angebote mehr; seine %n laufenden Tasks laufen weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>It gets no more offers; its running tasks keep running.</source>
        <translation>Er bekommt keine Angebote mehr; seine laufenden Tasks laufen weiter.</translation>
    </message>
    <message>
        <source>The master keeps this across failovers until the agent is reactivated.</source>
        <translation>Der Master behält das über Failover hinweg, bis der Agent reaktiviert wird.</translation>
    </message>
    <message>
        <source>Deactivate agent</source>
        <translation>Agent deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Agent %1 was deactivated.</source>
        <translation>Agent %1 wurde deaktiviert.</translation>
    </message>
    <message>
        <source>Reactivate agent %1 (%2).</source>
        <translation>Agent %1 (%2) reaktivieren.</translation>
    </message>
    <message>
        <source>It gets offers again, and its drain state is cleared.</source>
        <translation>Er bekommt wieder Angebote, und sein Leeren-Status wird gelöscht.</translation>
    </message>
    <message>
        <source>Reactivate agent</source>
        <translation>Agent reaktivieren</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Agent %1 was reactivated.</source>
        <translation>Agent %1 wurde reaktiviert.</translation>
    </message>
    <message>
        <source>Drain</source>
        <comment>tab title</comment>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>MaintenanceParser</name>
    <message>
        <source>Malformed JSON: %1</source>
        <translation>Fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <source>Not a maintenance answer: not a JSON object</source>
        <translation>Keine Wartungsantwort: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Not a schedule: &quot;windows&quot; is not a list</source>
        <translation>Kein Zeitplan: &quot;windows&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>Not a schedule: a window has no start time</source>
        <translation>Kein Zeitplan: ein Fenster hat keine Startzeit</translation>
    </message>
</context>
<context>
    <name>MaintenanceScheduleModel</name>
    <message>
        <source>UP</source>
        <translation>UP</translation>
    </message>
    <message>
        <source>DRAINING</source>
        <translation>DRAINING</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>DOWN</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no end given</source>
        <translation>kein Ende angegeben</translation>
    </message>
    <message>
        <source>Window %1 of the schedule</source>
        <translation>Fenster %1 des Zeitplans</translation>
    </message>
    <message>
        <source>The maintenance status has not been read.</source>
        <translation>Der Wartungsstatus wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The frameworks&apos; answers to the inverse offers for this machine (ACCEPT: it may go down; DECLINE: it should not yet). The master forgets them when it fails over.</source>
        <translation>Die Antworten der Frameworks auf die Inverse Offers für diese Maschine (ACCEPT: darf heruntergefahren werden; DECLINE: noch nicht). Der Master vergisst sie beim Failover.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>Fensterbeginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Inverse offers</source>
        <translation>Inverse Offers</translation>
    </message>
</context>
<context>
    <name>MaintenanceSchedulePage</name>
    <message>
        <source>Add window…</source>
        <translation>Fenster hinzufügen…</translation>
    </message>
    <message>
        <source>Edit window…</source>
        <translation>Fenster bearbeiten…</translation>
    </message>
    <message>
        <source>Remove window…</source>
        <translation>Fenster entfernen…</translation>
    </message>
    <message>
        <source>Machine down…</source>
        <translation>Maschine herunterfahren…</translation>
    </message>
    <message>
        <source>Machine up…</source>
        <translation>Maschine hochfahren…</translation>
    </message>
    <message>
        <source>Reading the maintenance schedule from the leading master…</source>
        <translation>Wartungsplan wird vom führenden Master gelesen…</translation>
    </message>
    <message>
        <source>No maintenance is scheduled (read at %1).</source>
        <translation>Keine Wartung geplant (gelesen um %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>%n Fenster</numerusform>
            <numerusform>%n Fenster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n machine(s), read at %1.</source>
        <translation>
            <numerusform>mit %n Maschine, gelesen um %1.</numerusform>
            <numerusform>mit %n Maschinen, gelesen um %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only mode is on: turn it off in the File menu to change the cluster.</source>
        <translation>Nur-Lese-Modus ist an: im Menü Datei ausschalten, um den Cluster zu ändern.</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Mit keinem Cluster verbunden.</translation>
    </message>
    <message>
        <source>The leading master&apos;s version is not known yet.</source>
        <translation>Die Version des führenden Masters ist noch unbekannt.</translation>
    </message>
    <message>
        <source>The schedule has not been read yet.</source>
        <translation>Der Zeitplan wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Select a machine of the schedule first.</source>
        <translation>Zuerst eine Maschine des Zeitplans wählen.</translation>
    </message>
    <message>
        <source>Schedule maintenance for one or more machines (UPDATE_MAINTENANCE_SCHEDULE).</source>
        <translation>Wartung für eine oder mehrere Maschinen planen (UPDATE_MAINTENANCE_SCHEDULE).</translation>
    </message>
    <message>
        <source>Change the selected machine&apos;s window.</source>
        <translation>Das Fenster der gewählten Maschine ändern.</translation>
    </message>
    <message>
        <source>A window with a DOWN machine cannot be removed: bring the machine up first.</source>
        <translation>Ein Fenster mit einer DOWN-Maschine kann nicht entfernt werden: zuerst die Maschine hochfahren.</translation>
    </message>
    <message>
        <source>Cancel the selected machine&apos;s window; its machines go back to UP.</source>
        <translation>Das Fenster der gewählten Maschine aufheben; seine Maschinen gehen zurück auf UP.</translation>
    </message>
    <message>
        <source>The machine&apos;s mode is not known yet.</source>
        <translation>Der Modus der Maschine ist noch unbekannt.</translation>
    </message>
    <message>
        <source>Only a DRAINING machine can be brought down; this one is %1.</source>
        <translation>Nur eine DRAINING-Maschine kann heruntergefahren werden; diese ist %1.</translation>
    </message>
    <message>
        <source>Shut the machine&apos;s agents down and remove them (START_MAINTENANCE).</source>
        <translation>Die Agents der Maschine herunterfahren und entfernen (START_MAINTENANCE).</translation>
    </message>
    <message>
        <source>Only a DOWN machine can be brought up.</source>
        <translation>Nur eine DOWN-Maschine kann hochgefahren werden.</translation>
    </message>
    <message>
        <source>End the machine&apos;s maintenance; its agents may register again (STOP_MAINTENANCE).</source>
        <translation>Die Wartung der Maschine beenden; ihre Agents dürfen sich wieder registrieren (STOP_MAINTENANCE).</translation>
    </message>
    <message>
        <source>Read-only mode is on (File menu): schedule changes and machine actions are turned off.</source>
        <translation>Nur-Lese-Modus ist an (Menü Datei): Zeitplanänderungen und Maschinenaktionen sind aus.</translation>
    </message>
    <message>
        <source>Add a maintenance window</source>
        <translation>Wartungsfenster hinzufügen</translation>
    </message>
    <message>
        <source>Edit maintenance window %1</source>
        <translation>Wartungsfenster %1 bearbeiten</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>The master refused: %1</source>
        <translation>Der Master lehnte ab: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replace the cluster&apos;s maintenance schedule with %n window(s).</source>
        <translation>
            <numerusform>Den Wartungsplan des Clusters durch %n Fenster ersetzen.</numerusform>
            <numerusform>Den Wartungsplan des Clusters durch %n Fenster ersetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Newly scheduled, and DRAINING from now on: %1. Frameworks get inverse offers for their agents; tasks keep running.</source>
        <translation>Neu geplant und ab jetzt DRAINING: %1. Frameworks erhalten Inverse Offers für ihre Agents; Tasks laufen weiter.</translation>
    </message>
    <message>
        <source>Taken out of the schedule, back to UP: %1.</source>
        <translation>Aus dem Zeitplan genommen, zurück auf UP: %1.</translation>
    </message>
    <message>
        <source>Save maintenance window</source>
        <translation>Wartungsfenster speichern</translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation>Zeitplan speichern</translation>
    </message>
    <message>
        <source>The maintenance schedule was saved.</source>
        <translation>Der Wartungsplan wurde gespeichert.</translation>
    </message>
    <message>
        <source>Cancel maintenance window %1.</source>
        <translation>Wartungsfenster %1 aufheben.</translation>
    </message>
    <message>
        <source>Its machines leave the schedule and go back to UP: %1.</source>
        <translation>Seine Maschinen verlassen den Zeitplan und gehen zurück auf UP: %1.</translation>
    </message>
    <message>
        <source>Frameworks stop getting inverse offers for them.</source>
        <translation>Frameworks erhalten dafür keine Inverse Offers mehr.</translation>
    </message>
    <message>
        <source>Remove maintenance window</source>
        <translation>Wartungsfenster entfernen</translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation>Fenster entfernen</translation>
    </message>
    <message>
        <source>The maintenance window was removed.</source>
        <translation>Das Wartungsfenster wurde entfernt.</translation>
    </message>
    <message>
        <source>Bring machine %1 down.</source>
        <translation>Maschine %1 herunterfahren.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n registered agent(s) are shut down and removed from the cluster: their tasks end TASK_LOST, and schedulers such as Marathon relaunch them elsewhere.</source>
        <translation>
            <numerusform>Ihr %n registrierter Agent wird heruntergefahren und aus dem Cluster entfernt: seine Tasks enden mit TASK_LOST, und Scheduler wie Marathon starten sie anderswo neu.</numerusform>
            <numerusform>Ihre %n registrierten Agents werden heruntergefahren und aus dem Cluster entfernt: ihre Tasks enden mit TASK_LOST, und Scheduler wie Marathon starten sie anderswo neu.</numerusform>
        </translation>
    </message>
    <message>
        <source>No registered agent is on it now.</source>
        <translation>Derzeit ist kein registrierter Agent darauf.</translation>
    </message>
    <message>
        <source>No agent on it can register until the machine is brought up again.</source>
        <translation>Kein Agent darauf kann sich registrieren, bis die Maschine wieder hochgefahren ist.</translation>
    </message>
    <message>
        <source>Bring machine %1 up.</source>
        <translation>Maschine %1 hochfahren.</translation>
    </message>
    <message>
        <source>Its maintenance ends: it leaves the schedule, and its agents may register again (as new agents).</source>
        <translation>Ihre Wartung endet: sie verlässt den Zeitplan, und ihre Agents dürfen sich wieder registrieren (als neue Agents).</translation>
    </message>
    <message>
        <source>Machine down</source>
        <translation>Maschine herunterfahren</translation>
    </message>
    <message>
        <source>Machine up</source>
        <translation>Maschine hochfahren</translation>
    </message>
    <message>
        <source>Bring down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Bring up</source>
        <translation>Hochfahren</translation>
    </message>
    <message>
        <source>Machine %1 is down.</source>
        <translation>Maschine %1 ist heruntergefahren.</translation>
    </message>
    <message>
        <source>Machine %1 is up.</source>
        <translation>Maschine %1 ist hochgefahren.</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
</context>
<context>
    <name>MaintenanceWindowEditor</name>
    <message>
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Machines (Mesos matches each on its hostname and IP together)</source>
        <translation>Maschinen (Mesos erkennt jede an Hostname und IP zusammen)</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Add machine</source>
        <translation>Maschine hinzufügen</translation>
    </message>
    <message>
        <source>Add the machine of a registered agent</source>
        <translation>Die Maschine eines registrierten Agents hinzufügen</translation>
    </message>
    <message>
        <source>Start (local time):</source>
        <translation>Beginn (Ortszeit):</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No end (open-ended)</source>
        <translation>Kein Ende (unbefristet)</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Saving replaces the cluster&apos;s schedule. Machines new to it become DRAINING: frameworks get inverse offers for their agents, and their offers carry the unavailability. Tasks keep running until a machine is brought down.</source>
        <translation>Speichern ersetzt den Zeitplan des Clusters. Neue Maschinen werden DRAINING: Frameworks erhalten Inverse Offers für ihre Agents, und deren Angebote tragen die Nichtverfügbarkeit. Tasks laufen weiter, bis eine Maschine heruntergefahren wird.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>No registered agent is known</source>
        <translation>Kein registrierter Agent bekannt</translation>
    </message>
    <message>
        <source>Add an agent&apos;s machine…</source>
        <translation>Maschine eines Agents hinzufügen…</translation>
    </message>
    <message>
        <source>agent1.example.com</source>
        <translation>agent1.example.com</translation>
    </message>
    <message>
        <source>10.0.0.1</source>
        <translation>10.0.0.1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>This machine is listed twice.</source>
        <translation>Diese Maschine ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Already in another window of the schedule; a machine can be in only one.</source>
        <translation>Schon in einem anderen Fenster des Zeitplans; eine Maschine darf nur in einem sein.</translation>
    </message>
    <message>
        <source>A window needs at least one machine.</source>
        <translation>Ein Fenster braucht mindestens eine Maschine.</translation>
    </message>
    <message>
        <source>In the past: the machines are due for maintenance at once.</source>
        <translation>In der Vergangenheit: die Maschinen sind sofort zur Wartung fällig.</translation>
    </message>
    <message>
        <source>Correct what is marked first.</source>
        <translation>Zuerst das Markierte korrigieren.</translation>
    </message>
    <message>
        <source>The master refused the schedule: %1</source>
        <translation>Der Master lehnte den Zeitplan ab: %1</translation>
    </message>
</context>
<context>
    <name>MarathonClient</name>
    <message>
        <source>Marathon at %1 is not reachable (%2).</source>
        <translation>Marathon unter %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>Marathon at %1 did not answer in time.</source>
        <translation>Marathon unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Marathon has no leader right now or is overloaded; try again shortly.</source>
        <translation>Marathon hat gerade keinen Leader oder ist überlastet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Marathon answered without an explanation.</source>
        <translation>Marathon hat ohne Erklärung geantwortet.</translation>
    </message>
    <message>
        <source>Marathon has not been found yet.</source>
        <translation>Marathon wurde noch nicht gefunden.</translation>
    </message>
    <message>
        <source>Marathon sent an answer MesosDesk cannot read: %1</source>
        <translation>Marathon hat eine Antwort gesendet, die MesosDesk nicht lesen kann: %1</translation>
    </message>
</context>
<context>
    <name>MarathonConfigModel</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>MarathonDirectory</name>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>MarathonEventFeed</name>
    <message>
        <source>deployment %1</source>
        <translation>Deployment %1</translation>
    </message>
    <message>
        <source>Deployment of %1 started.</source>
        <translation>Deployment von %1 gestartet.</translation>
    </message>
    <message>
        <source>Deployment %1</source>
        <translation>Deployment %1</translation>
    </message>
    <message>
        <source>Deployment of %1 finished.</source>
        <translation>Deployment von %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>Deployment of %1 failed.</source>
        <translation>Deployment von %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Deployment of %1 failed: %2</source>
        <translation>Deployment von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Deployment of %1 is over (Marathon no longer lists it).</source>
        <translation>Deployment von %1 ist vorbei (Marathon führt es nicht mehr auf).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>A task of %1 failed: %2</source>
        <translation>Ein Task von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks of %1 failed: %2</source>
        <translation>
            <numerusform>%n Task von %1 ist fehlgeschlagen: %2</numerusform>
            <numerusform>%n Tasks von %1 sind fehlgeschlagen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Marathon live updates resumed.</source>
        <translation>Marathon-Live-Updates laufen wieder.</translation>
    </message>
    <message>
        <source>Marathon live updates interrupted; polling until the event stream is back.</source>
        <translation>Marathon-Live-Updates unterbrochen; frage ab, bis der Ereignisstrom zurück ist.</translation>
    </message>
    <message>
        <source>Marathon live updates interrupted (%1); polling until the event stream is back.</source>
        <translation>Marathon-Live-Updates unterbrochen (%1); frage ab, bis der Ereignisstrom zurück ist.</translation>
    </message>
    <message>
        <source>Marathon answers again.</source>
        <translation>Marathon antwortet wieder.</translation>
    </message>
    <message>
        <source>Marathon: %1</source>
        <translation>Marathon: %1</translation>
    </message>
</context>
<context>
    <name>MarathonGroupParser</name>
    <message>
        <source>%1: expected an array</source>
        <translation>%1: Array erwartet</translation>
    </message>
    <message>
        <source>%1/%2/%3/id: expected a string</source>
        <translation>%1/%2/%3/id: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>%1/dependencies/%2: expected a string</source>
        <translation>%1/dependencies/%2: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>%1: groups nested deeper than %2</source>
        <translation>%1: Gruppen tiefer als %2 verschachtelt</translation>
    </message>
    <message>
        <source>%1/id: expected a string</source>
        <translation>%1/id: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: Objekt erwartet</translation>
    </message>
    <message>
        <source>not JSON at character %1: %2</source>
        <translation>kein JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>a group is a JSON object</source>
        <translation>eine Gruppe ist ein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>MarathonLeaderPage</name>
    <message>
        <source>Abdicate…</source>
        <translation>Führung abgeben…</translation>
    </message>
    <message>
        <source>Filter the configuration (flag or value)</source>
        <translation>Konfiguration filtern (Flag oder Wert)</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/info did not answer: %1</source>
        <translation>/v2/info von Marathon hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Marathon %1</source>
        <translation>Marathon %1</translation>
    </message>
    <message>
        <source>(version not reported)</source>
        <translation>(Version nicht gemeldet)</translation>
    </message>
    <message>
        <source>framework &quot;%1&quot;</source>
        <translation>Framework „%1“</translation>
    </message>
    <message>
        <source>framework id %1</source>
        <translation>Framework-ID %1</translation>
    </message>
    <message>
        <source>Mesos: %1</source>
        <translation>Mesos: %1</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Nicht mit einem Cluster verbunden.</translation>
    </message>
    <message>
        <source>Marathon&apos;s election is not watched: this connection has no ZooKeeper.</source>
        <translation>Die Wahl von Marathon wird nicht beobachtet: Diese Verbindung hat keinen ZooKeeper.</translation>
    </message>
    <message numerus="yes">
        <source>No Marathon leads in ZooKeeper now (%n instance(s) in the election).</source>
        <translation>
            <numerusform>Derzeit führt laut ZooKeeper kein Marathon (%n Instanz in der Wahl).</numerusform>
            <numerusform>Derzeit führt laut ZooKeeper kein Marathon (%n Instanzen in der Wahl).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leader in ZooKeeper: %1, elected %2 ago; %n instance(s) in the election.</source>
        <translation>
            <numerusform>Leader in ZooKeeper: %1, gewählt vor %2; %n Instanz in der Wahl.</numerusform>
            <numerusform>Leader in ZooKeeper: %1, gewählt vor %2; %n Instanzen in der Wahl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/leader: no answer (%1)</source>
        <translation>/v2/leader von Marathon: keine Antwort (%1)</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/leader: not asked yet</source>
        <translation>/v2/leader von Marathon: noch nicht abgefragt</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/leader names %1, ZooKeeper %2: an election is under way or the instances disagree.</source>
        <translation>/v2/leader von Marathon nennt %1, ZooKeeper %2: Eine Wahl läuft oder die Instanzen sind sich uneinig.</translation>
    </message>
    <message>
        <source>Marathon&apos;s /v2/leader: %1</source>
        <translation>/v2/leader von Marathon: %1</translation>
    </message>
    <message>
        <source>%1 was elected again (no other instance took over).</source>
        <translation>%1 wurde erneut gewählt (keine andere Instanz hat übernommen).</translation>
    </message>
    <message>
        <source>%1 leads now, after %2 abdicated.</source>
        <translation>%1 führt jetzt, nachdem %2 die Führung abgegeben hat.</translation>
    </message>
    <message>
        <source>Waiting for Marathon to elect a leader.</source>
        <translation>Warte darauf, dass Marathon einen Leader wählt.</translation>
    </message>
    <message>
        <source>No Marathon leader is known.</source>
        <translation>Kein Marathon-Leader bekannt.</translation>
    </message>
    <message>
        <source>Make Marathon&apos;s leader step down, so that another instance leads.</source>
        <translation>Den Leader von Marathon zurücktreten lassen, damit eine andere Instanz führt.</translation>
    </message>
    <message>
        <source> It is the only instance, so it will be elected again.</source>
        <translation> Es ist die einzige Instanz, daher wird es erneut gewählt.</translation>
    </message>
    <message>
        <source>Abdicate Marathon&apos;s leader</source>
        <translation>Führung des Marathon-Leaders abgeben</translation>
    </message>
    <message>
        <source>%1 stops leading Marathon and rejoins the election; another instance takes over. Apps and deployments go on, but Marathon&apos;s API and events pause for a few seconds.%2</source>
        <translation>%1 hört auf, Marathon zu führen, und nimmt erneut an der Wahl teil; eine andere Instanz übernimmt. Apps und Deployments laufen weiter, aber die API und die Events von Marathon pausieren für einige Sekunden.%2</translation>
    </message>
    <message>
        <source>Abdicate</source>
        <translation>Führung abgeben</translation>
    </message>
    <message>
        <source>Asked %1 to abdicate…</source>
        <translation>%1 wurde gebeten, die Führung abzugeben…</translation>
    </message>
    <message>
        <source>Marathon refused to abdicate: %1</source>
        <translation>Marathon hat die Abgabe der Führung abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 abdicated; waiting for the election…</source>
        <translation>%1 hat die Führung abgegeben; warte auf die Wahl…</translation>
    </message>
</context>
<context>
    <name>MarathonPanel</name>
    <message>
        <source>New App</source>
        <translation>Neue App</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalieren</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Reset Delay</source>
        <translation>Verzögerung zurücksetzen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Restart, Suspend, Reset Delay, Destroy; the group&apos;s actions</source>
        <translation>Neu starten, Anhalten, Verzögerung zurücksetzen, Löschen; die Aktionen der Gruppe</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Several Marathons run on this cluster: pick the one to show</source>
        <translation>Auf diesem Cluster laufen mehrere Marathons: Wählen Sie den anzuzeigenden</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Deployments (%1)</source>
        <translation>Deployments (%1)</translation>
    </message>
    <message>
        <source>Marathon not found yet</source>
        <translation>Marathon noch nicht gefunden</translation>
    </message>
    <message>
        <source>● live — %1</source>
        <translation>● live — %1</translation>
    </message>
    <message>
        <source>○ polling — %1</source>
        <translation>○ Abfrage — %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Showing this Marathon</source>
        <translation>Dieser Marathon wird angezeigt</translation>
    </message>
    <message>
        <source>Cannot edit %1: %2</source>
        <translation>%1 kann nicht bearbeitet werden: %2</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <source>All tasks of %1 will be replaced following its upgrade strategy.</source>
        <translation>Alle Tasks von %1 werden gemäß ihrer Upgrade-Strategie ersetzt.</translation>
    </message>
    <message>
        <source>Restart of %1</source>
        <translation>Neustart von %1</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>%1 anhalten</translation>
    </message>
    <message>
        <source>%1 will be scaled to 0: all %2 of its tasks are stopped.</source>
        <translation>%1 wird auf 0 skaliert: Alle %2 Tasks werden gestoppt.</translation>
    </message>
    <message>
        <source>Suspend of %1</source>
        <translation>Anhalten von %1</translation>
    </message>
    <message>
        <source>Destroy %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>%1 and all of its tasks will be removed. This cannot be undone.</source>
        <translation>%1 und alle Tasks werden entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Destroy of %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <source>Reset delay of %1</source>
        <translation>Verzögerung von %1 zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Kill %n task(s)</source>
        <translation>
            <numerusform>%n Task beenden</numerusform>
            <numerusform>%n Tasks beenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Kill %1?
Marathon starts replacements.</source>
        <translation>%1 beenden?
Marathon startet Ersatz.</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Kill and scale down</source>
        <translation>Beenden und herunterskalieren</translation>
    </message>
    <message>
        <source>Kill %1 and lower the instance count by %2? No replacements are started.</source>
        <translation>%1 beenden und die Instanzanzahl um %2 senken? Es wird kein Ersatz gestartet.</translation>
    </message>
    <message>
        <source>Kill &amp; Scale</source>
        <translation>Beenden &amp; skalieren</translation>
    </message>
    <message>
        <source>Kill and wipe</source>
        <translation>Beenden und löschen</translation>
    </message>
    <message>
        <source>Kill %1 and DESTROY their persistent volumes and reservations? The data is lost.</source>
        <translation>%1 beenden und ihre persistenten Volumes und Reservierungen LÖSCHEN? Die Daten gehen verloren.</translation>
    </message>
    <message>
        <source>Kill &amp; Wipe</source>
        <translation>Beenden &amp; löschen</translation>
    </message>
    <message>
        <source>Roll back deployment</source>
        <translation>Deployment zurückrollen</translation>
    </message>
    <message>
        <source>Deployment %1 will be reverted by a new deployment that restores the previous configuration.</source>
        <translation>Das Deployment %1 wird durch ein neues Deployment rückgängig gemacht, das die vorherige Konfiguration wiederherstellt.</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Rollback of %1</source>
        <translation>Rollback von %1</translation>
    </message>
    <message>
        <source>Force stop deployment</source>
        <translation>Stopp des Deployments erzwingen</translation>
    </message>
    <message>
        <source>Deployment %1 will be cancelled WITHOUT rollback. This can leave a mix of old and new tasks running, and the app keeps the new configuration.</source>
        <translation>Das Deployment %1 wird OHNE Rollback abgebrochen. Dabei können alte und neue Tasks gemischt weiterlaufen, und die App behält die neue Konfiguration.</translation>
    </message>
    <message>
        <source>Force stop</source>
        <translation>Stopp erzwingen</translation>
    </message>
    <message>
        <source>Force stop of %1</source>
        <translation>Erzwungener Stopp von %1</translation>
    </message>
    <message>
        <source>Apply version</source>
        <translation>Version übernehmen</translation>
    </message>
    <message>
        <source>%1 will be deployed with its configuration of %2.</source>
        <translation>%1 wird mit der Konfiguration vom %2 deployt.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Apply version %1 to %2</source>
        <translation>Version %1 für %2 übernehmen</translation>
    </message>
    <message>
        <source>Marathon actions are read-only: nothing can be changed from here. To change apps, turn off File → Read-only Marathon actions.</source>
        <translation>Marathon-Aktionen sind gesperrt (nur lesend): Von hier lässt sich nichts ändern. Um Apps zu ändern, schalten Sie Datei → Marathon nur lesend aus.</translation>
    </message>
    <message>
        <source>Select an app first.</source>
        <translation>Wählen Sie zuerst eine App.</translation>
    </message>
    <message>
        <source>Select an app or a group first.</source>
        <translation>Wählen Sie zuerst eine App oder eine Gruppe.</translation>
    </message>
    <message>
        <source>%1 is suspended (0 instances): there is nothing to restart.</source>
        <translation>%1 ist angehalten (0 Instanzen): Es gibt nichts neu zu starten.</translation>
    </message>
    <message>
        <source>%1 is already suspended (0 instances).</source>
        <translation>%1 ist schon angehalten (0 Instanzen).</translation>
    </message>
    <message>
        <source>%1 is not delayed: there is no launch delay to reset.</source>
        <translation>%1 ist nicht verzögert: Es gibt keine Startverzögerung zum Zurücksetzen.</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>New Pod</source>
        <translation>Neuer Pod</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Marathon has no such action for pods.</source>
        <translation>Für Pods bietet Marathon diese Aktion nicht an.</translation>
    </message>
    <message>
        <source>Scale %1 to 0 instances to suspend it.</source>
        <translation>Skalieren Sie %1 auf 0 Instanzen, um ihn anzuhalten.</translation>
    </message>
</context>
<context>
    <name>MarathonParser</name>
    <message>
        <source>The answer holds no &quot;apps&quot; list.</source>
        <translation>Die Antwort enthält keine „apps“-Liste.</translation>
    </message>
    <message>
        <source>The answer is not an app definition (no &quot;id&quot;).</source>
        <translation>Die Antwort ist keine App-Definition (keine „id“).</translation>
    </message>
    <message>
        <source>The answer holds no &quot;tasks&quot; list.</source>
        <translation>Die Antwort enthält keine „tasks“-Liste.</translation>
    </message>
    <message>
        <source>The deployments answer is not a list.</source>
        <translation>Die Deployments-Antwort ist keine Liste.</translation>
    </message>
    <message>
        <source>The answer holds no &quot;queue&quot; list.</source>
        <translation>Die Antwort enthält keine „queue“-Liste.</translation>
    </message>
    <message>
        <source>The /v2/info answer is empty.</source>
        <translation>Die Antwort auf /v2/info ist leer.</translation>
    </message>
    <message>
        <source>The answer holds no &quot;versions&quot; list.</source>
        <translation>Die Antwort enthält keine „versions“-Liste.</translation>
    </message>
    <message>
        <source>The answer names no leader.</source>
        <translation>Die Antwort nennt keinen Leader.</translation>
    </message>
    <message>
        <source>The event is not a JSON object.</source>
        <translation>Das Ereignis ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Malformed JSON at offset %1: %2</source>
        <translation>Fehlerhaftes JSON an Position %1: %2</translation>
    </message>
</context>
<context>
    <name>MarathonPodParser</name>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: %2 erwartet</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>the pod&apos;s id</source>
        <translation>die ID des Pods</translation>
    </message>
    <message>
        <source>the container&apos;s name</source>
        <translation>der Name des Containers</translation>
    </message>
    <message>
        <source>the container&apos;s status</source>
        <translation>der Status des Containers</translation>
    </message>
    <message>
        <source>the instance&apos;s id</source>
        <translation>die ID der Instanz</translation>
    </message>
    <message>
        <source>the instance&apos;s status</source>
        <translation>der Status der Instanz</translation>
    </message>
    <message>
        <source>the pod&apos;s spec</source>
        <translation>die Spezifikation des Pods</translation>
    </message>
    <message>
        <source>the pod&apos;s status</source>
        <translation>der Status des Pods</translation>
    </message>
    <message>
        <source>malformed JSON (%1)</source>
        <translation>fehlerhaftes JSON (%1)</translation>
    </message>
    <message>
        <source>malformed JSON (trailing content)</source>
        <translation>fehlerhaftes JSON (Inhalt am Ende)</translation>
    </message>
    <message>
        <source>an array of pod statuses</source>
        <translation>ein Array von Pod-Status</translation>
    </message>
    <message>
        <source>an array of pods</source>
        <translation>ein Array von Pods</translation>
    </message>
    <message>
        <source>an array of versions</source>
        <translation>ein Array von Versionen</translation>
    </message>
    <message>
        <source>a single spec</source>
        <translation>eine einzige spec</translation>
    </message>
</context>
<context>
    <name>MarathonSource</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>marathon</source>
        <translation>marathon</translation>
    </message>
    <message>
        <source>No Marathon instance leads right now.</source>
        <translation>Gerade führt keine Marathon-Instanz.</translation>
    </message>
    <message>
        <source>Marathon closed the event stream.</source>
        <translation>Marathon hat den Ereignisstrom geschlossen.</translation>
    </message>
    <message>
        <source>This Marathon does not offer pods (HEAD /v2/pods answered 404: pods need Marathon 1.4 or later).</source>
        <translation>Dieser Marathon bietet keine Pods an (HEAD /v2/pods antwortete mit 404: Pods brauchen Marathon 1.4 oder neuer).</translation>
    </message>
</context>
<context>
    <name>MasterInfo</name>
    <message>
        <source>MasterInfo is not valid JSON: %1 at offset %2</source>
        <translation>MasterInfo ist kein gültiges JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <source>MasterInfo is not a JSON object</source>
        <translation>MasterInfo ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>MasterInfo has no usable address (hostname/ip and port)</source>
        <translation>MasterInfo hat keine verwendbare Adresse (hostname/ip und port)</translation>
    </message>
    <message>
        <source>MasterInfo protobuf is truncated</source>
        <translation>MasterInfo-Protobuf ist abgeschnitten</translation>
    </message>
    <message>
        <source>MasterInfo protobuf is malformed</source>
        <translation>MasterInfo-Protobuf ist fehlerhaft</translation>
    </message>
    <message>
        <source>MasterInfo protobuf has no usable address</source>
        <translation>MasterInfo-Protobuf hat keine verwendbare Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a master UPID (master@ip:port)</source>
        <translation>„%1“ ist keine Master-UPID (master@ip:port)</translation>
    </message>
</context>
<context>
    <name>MasterPage</name>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
</context>
<context>
    <name>MesosClusterPages</name>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Alle Agents</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>All frameworks</source>
        <translation>Alle Frameworks</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alle Tasks</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Open stdout</source>
        <translation>stdout öffnen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Follow the selected task&apos;s stdout in the Sandbox tab (%1)</source>
        <translation>Dem stdout des gewählten Tasks im Tab Sandbox folgen (%1)</translation>
    </message>
    <message>
        <source>Open stderr</source>
        <translation>stderr öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Browse sandbox</source>
        <translation>Sandbox durchsuchen</translation>
    </message>
    <message>
        <source>Stale data (last update %1): %2</source>
        <translation>Veraltete Daten (letzte Aktualisierung %1): %2</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unerreichbar</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Clear removed agents</source>
        <translation>Entfernte ausblenden</translation>
    </message>
    <message>
        <source>Stop listing the agents the master no longer lists (unreachable or removed)</source>
        <translation>Agents ausblenden, die der Master nicht mehr aufführt (unerreichbar oder entfernt)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Open agent page</source>
        <translation>Agent-Seite öffnen</translation>
    </message>
    <message>
        <source>The selected agent in a window of its own (double-click, Enter)</source>
        <translation>Der gewählte Agent in einem eigenen Fenster (Doppelklick, Enter)</translation>
    </message>
    <message>
        <source>Open framework page</source>
        <translation>Framework-Seite öffnen</translation>
    </message>
    <message>
        <source>The selected framework in a window of its own: identity, resources, tasks, offers (Enter or double-click)</source>
        <translation>Das gewählte Framework in einem eigenen Fenster: Identität, Ressourcen, Tasks, Angebote (Enter oder Doppelklick)</translation>
    </message>
</context>
<context>
    <name>MesosDetailPane</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
    <message>
        <source>Latest status update from the event stream:</source>
        <translation>Letztes Status-Update aus dem Ereignisstrom:</translation>
    </message>
    <message>
        <source>… (%1 more bytes not shown)</source>
        <translation>… (%1 weitere Bytes nicht angezeigt)</translation>
    </message>
</context>
<context>
    <name>MesosEventFeed</name>
    <message>
        <source>Agent %1 registered again.</source>
        <translation>Agent %1 hat sich wieder registriert.</translation>
    </message>
    <message>
        <source>Agent %1 registered again, as %2.</source>
        <translation>Agent %1 hat sich wieder registriert, als %2.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Agent %1 is unreachable; its task %2 is unreachable.</source>
        <translation>Agent %1 ist unerreichbar; sein Task %2 ist unerreichbar.</translation>
    </message>
    <message numerus="yes">
        <source>Agent %1 is unreachable; %n tasks on it are unreachable: %2</source>
        <translation>
            <numerusform>Agent %1 ist unerreichbar; %n Task darauf ist unerreichbar: %2</numerusform>
            <numerusform>Agent %1 ist unerreichbar; %n Tasks darauf sind unerreichbar: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1 is unreachable; 1 task lost with it: %2</source>
        <translation>Agent %1 ist unerreichbar; 1 Task ging mit ihm verloren: %2</translation>
    </message>
    <message numerus="yes">
        <source>Agent %1 is unreachable; %n tasks lost with it: %2</source>
        <translation>
            <numerusform>Agent %1 ist unerreichbar; %n Task ging mit ihm verloren: %2</numerusform>
            <numerusform>Agent %1 ist unerreichbar; %n Tasks gingen mit ihm verloren: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1 is unreachable.</source>
        <translation>Agent %1 ist unerreichbar.</translation>
    </message>
    <message>
        <source>Agent %1 was removed; 1 task lost with it: %2</source>
        <translation>Agent %1 wurde entfernt; 1 Task ging mit ihm verloren: %2</translation>
    </message>
    <message numerus="yes">
        <source>Agent %1 was removed; %n tasks lost with it: %2</source>
        <translation>
            <numerusform>Agent %1 wurde entfernt; %n Task ging mit ihm verloren: %2</numerusform>
            <numerusform>Agent %1 wurde entfernt; %n Tasks gingen mit ihm verloren: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1 was removed.</source>
        <translation>Agent %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>1 task lost on agent %1: %2</source>
        <translation>1 Task auf Agent %1 verloren: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks lost on agent %1: %2</source>
        <translation>
            <numerusform>%n Task auf Agent %1 verloren: %2</numerusform>
            <numerusform>%n Tasks auf Agent %1 verloren: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent %1 (%2)</source>
        <translation>Agent %1 (%2)</translation>
    </message>
    <message>
        <source>No Mesos master is leading (the last leader was %1).</source>
        <translation>Kein Mesos-Master führt (der letzte Leader war %1).</translation>
    </message>
    <message>
        <source>The leading Mesos master changed: %1 → %2.</source>
        <translation>Der führende Mesos-Master hat gewechselt: %1 → %2.</translation>
    </message>
    <message>
        <source>%1 leads again.</source>
        <translation>%1 führt wieder.</translation>
    </message>
    <message>
        <source>Mesos data is live again.</source>
        <translation>Die Mesos-Daten sind wieder live.</translation>
    </message>
    <message>
        <source>Mesos data is stale: %1</source>
        <translation>Die Mesos-Daten sind veraltet: %1</translation>
    </message>
</context>
<context>
    <name>MesosFormat</name>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
</context>
<context>
    <name>MesosFrameworkDetails</name>
    <message>
        <source>invalid framework JSON: %1</source>
        <translation>ungültiges Framework-JSON: %1</translation>
    </message>
    <message>
        <source>no framework JSON</source>
        <translation>kein Framework-JSON</translation>
    </message>
</context>
<context>
    <name>MesosJsonParser</name>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>malformed JSON (trailing content)</source>
        <translation>fehlerhaftes JSON (Inhalt am Ende)</translation>
    </message>
    <message>
        <source>event without a type</source>
        <translation>Ereignis ohne Typ</translation>
    </message>
    <message>
        <source>%1 event without an id</source>
        <translation>%1-Ereignis ohne ID</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>leere Antwort</translation>
    </message>
    <message>
        <source>malformed or truncated JSON (%1)</source>
        <translation>fehlerhaftes oder abgeschnittenes JSON (%1)</translation>
    </message>
    <message>
        <source>malformed JSON (%1)</source>
        <translation>fehlerhaftes JSON (%1)</translation>
    </message>
    <message>
        <source>not a v1 operator API answer</source>
        <translation>keine Antwort der v1-Operator-API</translation>
    </message>
    <message>
        <source>no agents or frameworks in the answer</source>
        <translation>keine Agents oder Frameworks in der Antwort</translation>
    </message>
</context>
<context>
    <name>MesosLeaderDetector</name>
    <message>
        <source>cannot decode %1: %2</source>
        <translation>%1 kann nicht dekodiert werden: %2</translation>
    </message>
</context>
<context>
    <name>MesosSource</name>
    <message>
        <source>event stream</source>
        <translation>Ereignisstrom</translation>
    </message>
    <message>
        <source>metrics are not available on this master (404)</source>
        <translation>auf diesem Master gibt es keine Metriken (404)</translation>
    </message>
    <message>
        <source>%1: no leading master elected yet (503)</source>
        <translation>%1: noch kein führender Master gewählt (503)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>event stream refused: HTTP %1</source>
        <translation>Ereignisstrom abgelehnt: HTTP %1</translation>
    </message>
    <message>
        <source>event stream: %1; resubscribing</source>
        <translation>Ereignisstrom: %1; abonniere neu</translation>
    </message>
    <message>
        <source>malformed event (%1); resubscribing</source>
        <translation>fehlerhaftes Ereignis (%1); abonniere neu</translation>
    </message>
    <message>
        <source>event stream did not start with SUBSCRIBED</source>
        <translation>Ereignisstrom begann nicht mit SUBSCRIBED</translation>
    </message>
    <message>
        <source>SUBSCRIBED: %1; resubscribing</source>
        <translation>SUBSCRIBED: %1; abonniere neu</translation>
    </message>
    <message>
        <source>the master closed the event stream; resubscribing</source>
        <translation>der Master hat den Ereignisstrom geschlossen; abonniere neu</translation>
    </message>
    <message>
        <source>no heartbeat from the master for %1 s; resubscribing</source>
        <translation>seit %1 s kein Heartbeat vom Master; abonniere neu</translation>
    </message>
    <message>
        <source>No leading Mesos master</source>
        <translation>Kein führender Mesos-Master</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <source>Live from %1 (event stream)</source>
        <translation>Live von %1 (Ereignisstrom)</translation>
    </message>
    <message>
        <source>Live from %1 (polling)</source>
        <translation>Live von %1 (Abfrage)</translation>
    </message>
    <message>
        <source>%1: no leading master elected yet; asking again.</source>
        <translation>%1: noch kein führender Master gewählt; frage erneut.</translation>
    </message>
    <message>
        <source>Updates from the master at %1 fail; retrying, the last data stays shown.</source>
        <translation>Aktualisierungen vom Master %1 schlagen fehl; neuer Versuch läuft, die letzten Daten bleiben sichtbar.</translation>
    </message>
    <message>
        <source>No data from the master at %1 yet; retrying.</source>
        <translation>Noch keine Daten vom Master %1; neuer Versuch läuft.</translation>
    </message>
</context>
<context>
    <name>MesosTablePage</name>
    <message>
        <source>Filter (name, id, host, state…)</source>
        <translation>Filter (Name, ID, Host, Status…)</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Open in Mesos web UI</source>
        <translation>In der Mesos-Web-UI öffnen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (on the table; also a double-click)</source>
        <translation>%1 (in der Tabelle; auch per Doppelklick)</translation>
    </message>
    <message>
        <source>The Mesos web UI</source>
        <translation>Die Mesos-Web-UI</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Tabelle filtern</translation>
    </message>
</context>
<context>
    <name>MesosTaskState</name>
    <message>
        <source>Staging</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Killing</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unerreichbar</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Verschwunden</translation>
    </message>
    <message>
        <source>Gone by operator</source>
        <translation>Vom Operator entfernt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>MetricsChart</name>
    <message>
        <source>Select one or more metrics above and press Chart to follow them over time.</source>
        <translation>Wählen Sie oben eine oder mehrere Metriken und drücken Sie Diagramm, um ihnen über die Zeit zu folgen.</translation>
    </message>
</context>
<context>
    <name>MetricsModel</name>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Filter metrics (e.g. tasks_running, allocator/)</source>
        <translation>Metriken filtern (z. B. tasks_running, allocator/)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Follow the selected metrics over time in the chart below</source>
        <translation>Den gewählten Metriken im Diagramm unten über die Zeit folgen</translation>
    </message>
    <message>
        <source>Remove from chart</source>
        <translation>Aus dem Diagramm nehmen</translation>
    </message>
    <message>
        <source>Clear chart</source>
        <translation>Diagramm leeren</translation>
    </message>
    <message>
        <source>Waiting for the leading master&apos;s metrics…</source>
        <translation>Warte auf die Metriken des führenden Masters…</translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s) of the leading master, read at %1.</source>
        <translation>
            <numerusform>%n Metrik des führenden Masters, gelesen um %1.</numerusform>
            <numerusform>%n Metriken des führenden Masters, gelesen um %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>Show every notification</source>
        <translation>Alle Benachrichtigungen zeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>+%1 more…</source>
        <translation>+%1 weitere…</translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message>
        <source>Show or hide the list of notifications</source>
        <translation>Liste der Benachrichtigungen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Notifications (%1 open)</source>
        <translation>Benachrichtigungen (%1 offen)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>NotificationModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Mesos</source>
        <translation>Mesos</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Over since %1 UTC.</source>
        <translation>Vorbei seit %1 UTC.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation>Alle schließen</translation>
    </message>
    <message>
        <source>Hide every open notification from the bar; the list keeps them</source>
        <translation>Alle offenen Benachrichtigungen aus der Leiste ausblenden; die Liste behält sie</translation>
    </message>
</context>
<context>
    <name>OfferHoldersModel</name>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Offers held</source>
        <translation>Gehaltene Angebote</translation>
    </message>
    <message>
        <source>CPUs on offer</source>
        <translation>Angebotene CPUs</translation>
    </message>
    <message>
        <source>Memory on offer</source>
        <translation>Angebotener Speicher</translation>
    </message>
    <message>
        <source>Disk on offer</source>
        <translation>Angebotener Datenträger</translation>
    </message>
    <message>
        <source>GPUs on offer</source>
        <translation>Angebotene GPUs</translation>
    </message>
    <message>
        <source>Ports on offer</source>
        <translation>Angebotene Ports</translation>
    </message>
    <message>
        <source>Framework ID</source>
        <translation>Framework-ID</translation>
    </message>
</context>
<context>
    <name>OfferRejectsModel</name>
    <message>
        <source>Not enough CPUs</source>
        <translation>Nicht genug CPUs</translation>
    </message>
    <message>
        <source>Not enough memory</source>
        <translation>Nicht genug Speicher</translation>
    </message>
    <message>
        <source>Not enough disk</source>
        <translation>Nicht genug Platte</translation>
    </message>
    <message>
        <source>Not enough GPUs</source>
        <translation>Nicht genug GPUs</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No resources for the app&apos;s role</source>
        <translation>Keine Ressourcen für die Rolle der App</translation>
    </message>
    <message>
        <source>Placement constraint not met</source>
        <translation>Platzierungsregel nicht erfüllt</translation>
    </message>
    <message>
        <source>No matching reservation on the agent</source>
        <translation>Keine passende Reservierung auf dem Agent</translation>
    </message>
    <message>
        <source>Agent in maintenance</source>
        <translation>Agent in Wartung</translation>
    </message>
    <message>
        <source>Not enough free ports</source>
        <translation>Nicht genug freie Ports</translation>
    </message>
    <message>
        <source>Declined: agent has GPUs the app does not use</source>
        <translation>Abgelehnt: Agent hat GPUs, die die App nicht nutzt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Last offer per agent
(declined of processed)</source>
        <translation>Letztes Angebot je Agent
(abgelehnt von verarbeitet)</translation>
    </message>
    <message>
        <source>This launch attempt
(declined of processed)</source>
        <translation>Dieser Startversuch
(abgelehnt von verarbeitet)</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s) %1</source>
        <translation>
            <numerusform>%n Port %1</numerusform>
            <numerusform>%n Ports %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (agent %2)</source>
        <translation>%1 (Agent %2)</translation>
    </message>
    <message>
        <source>host not reported</source>
        <translation>Host nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 (framework %2)</source>
        <translation>%1 (Framework %2)</translation>
    </message>
    <message>
        <source>How long this console has seen the offer: Mesos does not say when it was made.</source>
        <translation>Wie lange diese Konsole das Angebot schon sieht: Mesos meldet nicht, wann es gemacht wurde.</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Offer ID</source>
        <translation>Angebots-ID</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <source>Filter offers (framework, host, id, role)</source>
        <translation>Angebote filtern (Framework, Host, ID, Rolle)</translation>
    </message>
    <message>
        <source>Offers held, by framework</source>
        <translation>Gehaltene Angebote nach Framework</translation>
    </message>
    <message>
        <source>Outstanding offers</source>
        <translation>Offene Angebote</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Reading the outstanding offers from the leading master…</source>
        <translation>Lese die offenen Angebote vom führenden Master…</translation>
    </message>
    <message numerus="yes">
        <source>%n outstanding offer(s), read at %1.</source>
        <translation>
            <numerusform>%n offenes Angebot, gelesen um %1.</numerusform>
            <numerusform>%n offene Angebote, gelesen um %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperatorClient</name>
    <message>
        <source>No leading master is known.</source>
        <translation>Kein führender Master bekannt.</translation>
    </message>
</context>
<context>
    <name>OperatorFeedback</name>
    <message>
        <source>Could not be read (%1); shown as last read.</source>
        <translation>Konnte nicht gelesen werden (%1); Stand des letzten Lesens.</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sende…</translation>
    </message>
    <message>
        <source>The master refused: %1</source>
        <translation>Der Master hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>OperatorParser</name>
    <message>
        <source>Not a roles answer: no &quot;roles&quot; list</source>
        <translation>Keine Rollen-Antwort: keine „roles“-Liste</translation>
    </message>
    <message>
        <source>Not a roles answer: &quot;roles&quot; is not a list</source>
        <translation>Keine Rollen-Antwort: „roles“ ist keine Liste</translation>
    </message>
    <message>
        <source>Not a quota answer</source>
        <translation>Keine Quota-Antwort</translation>
    </message>
    <message>
        <source>Not a weights answer: no list of weights</source>
        <translation>Keine Gewichtungs-Antwort: keine Liste von Gewichtungen</translation>
    </message>
    <message>
        <source>Not a GET_AGENTS answer</source>
        <translation>Keine GET_AGENTS-Antwort</translation>
    </message>
    <message>
        <source>Malformed JSON: %1</source>
        <translation>Fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <source>Not a frameworks answer: no &quot;frameworks&quot; list</source>
        <translation>Keine Frameworks-Antwort: keine „frameworks“-Liste</translation>
    </message>
    <message>
        <source>Not a flags answer: no &quot;flags&quot;</source>
        <translation>Keine Flags-Antwort: kein „flags“</translation>
    </message>
    <message>
        <source>Not a logging level answer</source>
        <translation>Keine Antwort mit einer Log-Stufe</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Master
No cluster data yet.</source>
        <translation>Master
Noch keine Cluster-Daten.</translation>
    </message>
    <message>
        <source>Agents
–</source>
        <translation>Agents
–</translation>
    </message>
    <message>
        <source>Tasks
–</source>
        <translation>Tasks
–</translation>
    </message>
    <message>
        <source>Resources
–</source>
        <translation>Ressourcen
–</translation>
    </message>
    <message>
        <source>Master
Leader: %1
Version: %2
Cluster: %3
Up for: %4</source>
        <translation>Master
Leader: %1
Version: %2
Cluster: %3
Läuft seit: %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Tasks by state</source>
        <translation>Tasks nach Status</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 listed (the master counts %2)</source>
        <translation>%1 aufgeführt (der Master zählt %2)</translation>
    </message>
    <message>
        <source>Agents
Active: %1
Inactive: %2
Unreachable: %3
Removed: %4

Frameworks: %5 (%6 active)</source>
        <translation>Agents
Aktiv: %1
Inaktiv: %2
Unerreichbar: %3
Entfernt: %4

Frameworks: %5 (%6 aktiv)</translation>
    </message>
    <message>
        <source>%1: %2 used · %3 free · %4 total%5</source>
        <translation>%1: %2 belegt · %3 frei · %4 gesamt%5</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Not counted: the agents the master lost (%1, listed in Agents)</source>
        <translation>Nicht gezählt: die Agents, die der Master verloren hat (%1, aufgeführt unter Agents)</translation>
    </message>
</context>
<context>
    <name>PaletteModel</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>PaletteWiring</name>
    <message>
        <source>%1, %2 instances</source>
        <translation>%1, %2 Instanzen</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Go to Tab</source>
        <translation>Zu &amp;Tab wechseln</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Go to tab %1</source>
        <translation>Zu Tab %1 wechseln</translation>
    </message>
    <message>
        <source>Switch this window to %1</source>
        <translation>Dieses Fenster auf %1 umschalten</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not connected to Marathon</source>
        <translation>Nicht mit Marathon verbunden</translation>
    </message>
    <message>
        <source>%1 is no longer in Marathon</source>
        <translation>%1 ist nicht mehr in Marathon</translation>
    </message>
    <message>
        <source>The task %1 is no longer listed</source>
        <translation>Der Task %1 wird nicht mehr aufgeführt</translation>
    </message>
    <message>
        <source>The agent %1 is no longer listed</source>
        <translation>Der Agent %1 wird nicht mehr aufgeführt</translation>
    </message>
    <message>
        <source>The framework %1 is no longer listed</source>
        <translation>Das Framework %1 wird nicht mehr aufgeführt</translation>
    </message>
    <message>
        <source>The profile %1 was removed</source>
        <translation>Das Profil %1 wurde entfernt</translation>
    </message>
    <message>
        <source>%1 is no longer available</source>
        <translation>%1 ist nicht mehr verfügbar</translation>
    </message>
    <message>
        <source>%1 is not available now</source>
        <translation>%1 ist gerade nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>PodActions</name>
    <message numerus="yes">
        <source>Kill %n pod instance(s)</source>
        <translation>
            <numerusform>%n Pod-Instanz beenden</numerusform>
            <numerusform>%n Pod-Instanzen beenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Kill %1 of %2?
Every container of each instance is stopped; Marathon starts replacements.</source>
        <translation>%1 von %2 beenden?
Jeder Container jeder Instanz wird gestoppt; Marathon startet Ersatz.</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Destroy %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Pod %1 and all of its instances will be removed. This cannot be undone.</source>
        <translation>Der Pod %1 und alle seine Instanzen werden entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Destroy of %1</source>
        <translation>Löschen von %1</translation>
    </message>
</context>
<context>
    <name>PodDefinitionValidator</name>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss ein String sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and dashes, start and end with a letter or digit, at most 63 characters</source>
        <translation>muss aus Kleinbuchstaben, Ziffern und Bindestrichen bestehen, mit einem Buchstaben oder einer Ziffer beginnen und enden und darf höchstens 63 Zeichen lang sein</translation>
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
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>is required (cpus and mem)</source>
        <translation>ist erforderlich (cpus und mem)</translation>
    </message>
    <message>
        <source>is required: the image to run</source>
        <translation>ist erforderlich: das auszuführende Image</translation>
    </message>
    <message>
        <source>must be DOCKER</source>
        <translation>muss DOCKER sein</translation>
    </message>
    <message>
        <source>names no volume of the pod (declare it under &quot;volumes&quot;)</source>
        <translation>nennt kein Volume des Pods (deklarieren Sie es unter &quot;volumes&quot;)</translation>
    </message>
    <message>
        <source>is not a field of a pod</source>
        <translation>ist kein Feld eines Pods</translation>
    </message>
    <message>
        <source>is required: the pod&apos;s path, e.g. /prod/web</source>
        <translation>ist erforderlich: der Pfad des Pods, z. B. /prod/web</translation>
    </message>
    <message>
        <source>must be a path of lower-case names separated by slashes</source>
        <translation>muss ein Pfad aus kleingeschriebenen, durch Schrägstriche getrennten Namen sein</translation>
    </message>
    <message>
        <source>is required: at least one container</source>
        <translation>ist erforderlich: mindestens ein Container</translation>
    </message>
    <message>
        <source>needs at least one container</source>
        <translation>braucht mindestens einen Container</translation>
    </message>
    <message>
        <source>is the name of another container of this pod</source>
        <translation>ist der Name eines anderen Containers dieses Pods</translation>
    </message>
    <message>
        <source>must be &quot;fixed&quot;</source>
        <translation>muss &quot;fixed&quot; sein</translation>
    </message>
    <message>
        <source>must be host, container or container/bridge</source>
        <translation>muss host, container oder container/bridge sein</translation>
    </message>
</context>
<context>
    <name>PodEditorDialog</name>
    <message>
        <source>New Pod</source>
        <translation>Neuer Pod</translation>
    </message>
    <message>
        <source>Edit Pod %1</source>
        <translation>Pod %1 bearbeiten</translation>
    </message>
    <message>
        <source>The pod definition as Marathon takes it (POST /v2/pods): id, containers with their resources, volumes, networks, scaling.</source>
        <translation>Die Pod-Definition, wie Marathon sie annimmt (POST /v2/pods): id, Container mit ihren Ressourcen, Volumes, Netzwerke, Skalierung.</translation>
    </message>
    <message>
        <source>Create Pod</source>
        <translation>Pod anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>A pod definition is a JSON object.</source>
        <translation>Eine Pod-Definition ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>There was a problem with this pod definition: see the marked lines.</source>
        <translation>Diese Pod-Definition hat ein Problem: siehe die markierten Zeilen.</translation>
    </message>
    <message>
        <source>Stop the deployment and apply</source>
        <translation>Deployment stoppen und übernehmen</translation>
    </message>
    <message>
        <source>Deployment %1 holds %2. Stop it (without rollback) and apply your change?</source>
        <translation>Das Deployment %1 sperrt %2. Es stoppen (ohne Rollback) und Ihre Änderung übernehmen?</translation>
    </message>
    <message>
        <source>Stop and apply</source>
        <translation>Stoppen und übernehmen</translation>
    </message>
    <message>
        <source>Marathon refused: %1</source>
        <translation>Marathon hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The pod is locked by deployment %1, so the change was refused. Nothing was changed.</source>
        <translation>Der Pod ist durch das Deployment %1 gesperrt, daher wurde die Änderung abgelehnt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Marathon refused this pod definition: %1</source>
        <translation>Marathon hat diese Pod-Definition abgelehnt: %1</translation>
    </message>
    <message>
        <source>The change was not applied: %1</source>
        <translation>Die Änderung wurde nicht übernommen: %1</translation>
    </message>
</context>
<context>
    <name>PodInstancesModel</name>
    <message>
        <source>%1 CPU, %2 MiB</source>
        <translation>%1 CPU, %2 MiB</translation>
    </message>
    <message>
        <source>, %1 MiB disk</source>
        <translation>, %1 MiB Datenträger</translation>
    </message>
    <message>
        <source>, %1 GPU</source>
        <translation>, %1 GPU</translation>
    </message>
    <message>
        <source>%1=%2</source>
        <translation>%1=%2</translation>
    </message>
    <message>
        <source>%1=%2 (%3)</source>
        <translation>%1=%2 (%3)</translation>
    </message>
    <message>
        <source> (healthy)</source>
        <translation> (fehlerfrei)</translation>
    </message>
    <message>
        <source> (unhealthy)</source>
        <translation> (fehlerhaft)</translation>
    </message>
    <message>
        <source>(not launched)</source>
        <translation>(nicht gestartet)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>PodPage</name>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Terminations</source>
        <translation>Beendigungen</translation>
    </message>
    <message>
        <source>Pick a version to see its definition.</source>
        <translation>Wählen Sie eine Version, um ihre Definition zu sehen.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>Skalieren…</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Open stdout</source>
        <translation>stdout öffnen</translation>
    </message>
    <message>
        <source>Open stderr</source>
        <translation>stderr öffnen</translation>
    </message>
    <message>
        <source>Browse sandbox</source>
        <translation>Sandbox durchsuchen</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Follow the selected container&apos;s stdout; the arrow offers stderr and its sandbox</source>
        <translation>Dem stdout des gewählten Containers folgen; der Pfeil bietet stderr und seine Sandbox</translation>
    </message>
    <message>
        <source>Select a pod.</source>
        <translation>Wählen Sie einen Pod.</translation>
    </message>
    <message>
        <source>%1 — no longer listed by Marathon</source>
        <translation>%1 — von Marathon nicht mehr aufgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%1 — pod, %2; %3 of %n instance(s) stable</source>
        <translation>
            <numerusform>%1 — Pod, %2; %3 von %n Instanz stabil</numerusform>
            <numerusform>%1 — Pod, %2; %3 von %n Instanzen stabil</numerusform>
        </translation>
    </message>
    <message>
        <source>status not reported</source>
        <translation>Status nicht gemeldet</translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation>Container %1</translation>
    </message>
    <message>
        <source>  Resources: %1</source>
        <translation>  Ressourcen: %1</translation>
    </message>
    <message>
        <source>  Image: %1</source>
        <translation>  Image: %1</translation>
    </message>
    <message>
        <source>  Command: %1</source>
        <translation>  Befehl: %1</translation>
    </message>
    <message>
        <source> container port %1</source>
        <translation> Container-Port %1</translation>
    </message>
    <message>
        <source>, any host port</source>
        <translation>, beliebiger Host-Port</translation>
    </message>
    <message>
        <source>, host port %1</source>
        <translation>, Host-Port %1</translation>
    </message>
    <message>
        <source>  Endpoint %1:%2 %3</source>
        <translation>  Endpunkt %1:%2 %3</translation>
    </message>
    <message>
        <source>  Volume %1 at %2 (read-only)</source>
        <translation>  Volume %1 unter %2 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>  Volume %1 at %2</source>
        <translation>  Volume %1 unter %2</translation>
    </message>
    <message>
        <source>Volume %1: persistent</source>
        <translation>Volume %1: persistent</translation>
    </message>
    <message>
        <source>Volume %1: ephemeral</source>
        <translation>Volume %1: flüchtig</translation>
    </message>
    <message>
        <source>Volume %1: host path %2</source>
        <translation>Volume %1: Host-Pfad %2</translation>
    </message>
    <message>
        <source>Networks: %1</source>
        <translation>Netzwerke: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>Select a pod first.</source>
        <translation>Wählen Sie zuerst einen Pod.</translation>
    </message>
    <message>
        <source>Select one or more instances first.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Instanzen.</translation>
    </message>
    <message>
        <source>Could not load versions: %1</source>
        <translation>Versionen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load version %1: %2</source>
        <translation>Version %1 konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>PodTerminationsModel</name>
    <message>
        <source> (exit %1)</source>
        <translation> (Exit-Code %1)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>the profile names neither a ZooKeeper URL nor a master URL</source>
        <translation>das Profil nennt weder eine ZooKeeper-URL noch eine Master-URL</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>a profile needs a name</source>
        <translation>ein Profil braucht einen Namen</translation>
    </message>
    <message>
        <source>another profile is called &quot;%1&quot;</source>
        <translation>ein anderes Profil heißt schon „%1“</translation>
    </message>
    <message>
        <source>poll intervals are at least 500 ms</source>
        <translation>Abfrageintervalle sind mindestens 500 ms</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>a URL carries a password; passwords are kept in the keychain, not in URLs</source>
        <translation>eine URL enthält ein Passwort; Passwörter werden im Schlüsselbund aufbewahrt, nicht in URLs</translation>
    </message>
</context>
<context>
    <name>ProfileTestView</name>
    <message>
        <source>ZooKeeper</source>
        <translation>ZooKeeper</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Mesos</source>
        <translation>Mesos</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileTlsEditor</name>
    <message>
        <source>empty: the system&apos;s certificate authorities only</source>
        <translation>leer: nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>SHA-256 of the trusted certificate</source>
        <translation>SHA-256 des vertrauenswürdigen Zertifikats</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Certificates trusted for this profile&apos;s servers:</source>
        <translation>Vertrauenswürdige Zertifikate für die Server dieses Profils:</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist</source>
        <translation>die CA-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), the first: %1</source>
        <translation>
            <numerusform>%n Zertifikat: %1</numerusform>
            <numerusform>%n Zertifikate, das erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Zusätzliche CA-Datei</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Extra CA &amp;file (PEM):</source>
        <translation>Zusätzliche &amp;CA-Datei (PEM):</translation>
    </message>
    <message>
        <source>Leaders found in Zoo&amp;Keeper serve HTTPS</source>
        <translation>In Zoo&amp;Keeper gefundene Leader sprechen HTTPS</translation>
    </message>
    <message>
        <source>ZooKeeper names the leading master and Marathon by host and port only. Check this when they serve TLS; MesosDesk never falls back to plain HTTP on its own.</source>
        <translation>ZooKeeper nennt den führenden Master und Marathon nur mit Host und Port. Aktivieren, wenn sie TLS anbieten; MesosDesk weicht nie von selbst auf unverschlüsseltes HTTP aus.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Cluster profiles</source>
        <translation>Cluster-Profile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lös&amp;chen…</translation>
    </message>
    <message>
        <source>zk://host1:2181,host2:2181/mesos</source>
        <translation>zk://host1:2181,host2:2181/mesos</translation>
    </message>
    <message>
        <source>http://master1:5050 http://master2:5050</source>
        <translation>http://master1:5050 http://master2:5050</translation>
    </message>
    <message>
        <source>Used when there is no ZooKeeper URL; separate several with spaces.</source>
        <translation>Verwendet, wenn es keine ZooKeeper-URL gibt; mehrere durch Leerzeichen trennen.</translation>
    </message>
    <message>
        <source>empty: found through ZooKeeper</source>
        <translation>leer: über ZooKeeper gefunden</translation>
    </message>
    <message>
        <source>Read-only: disable every action that changes the cluster</source>
        <translation>Nur lesend: jede Aktion abschalten, die den Cluster ändert</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;ZooKeeper URL:</source>
        <translation>&amp;ZooKeeper-URL:</translation>
    </message>
    <message>
        <source>&amp;Master URLs:</source>
        <translation>&amp;Master-URLs:</translation>
    </message>
    <message>
        <source>Marathon ZooKeeper &amp;path:</source>
        <translation>Marathon-ZooKeeper-&amp;Pfad:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>V&amp;erbinden</translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation>(neues Profil)</translation>
    </message>
    <message>
        <source>Name the profile and give a ZooKeeper URL or a master URL.</source>
        <translation>Benennen Sie das Profil und geben Sie eine ZooKeeper-URL oder eine Master-URL an.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; are not saved.</source>
        <translation>Die Änderungen an „%1“ sind nicht gespeichert.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>Profil löschen?</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? Its saved passwords and tokens are not used any more.</source>
        <translation>Das Profil „%1“ löschen? Seine gespeicherten Passwörter und Tokens werden nicht mehr verwendet.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clust&amp;er</source>
        <translation>Cl&amp;uster</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Agents (sandbox logs)</source>
        <translation>Agents (Sandbox-Logs)</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>ZooKeeper digest</source>
        <translation>ZooKeeper-Digest</translation>
    </message>
    <message>
        <source>Aut&amp;hentication</source>
        <translation>&amp;Authentifizierung</translation>
    </message>
    <message>
        <source>T&amp;LS</source>
        <translation>T&amp;LS</translation>
    </message>
    <message>
        <source>The user name in the URL was moved to the Authentication tab.</source>
        <translation>Der Benutzername aus der URL wurde in den Tab Authentifizierung verschoben.</translation>
    </message>
    <message>
        <source>The password in the URL was moved to the Authentication tab; saving puts it in the keychain.</source>
        <translation>Das Passwort aus der URL wurde in den Tab Authentifizierung verschoben; beim Speichern kommt es in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>%1: the keychain did not take the secret (%2); it stays in its field, and Save tries again.</source>
        <translation>%1: Der Schlüsselbund hat das Geheimnis nicht angenommen (%2); es bleibt in seinem Feld, und „Speichern“ versucht es erneut.</translation>
    </message>
    <message>
        <source>Ma&amp;rathon URL:</source>
        <translation>Ma&amp;rathon-URL:</translation>
    </message>
    <message>
        <source>Mesos poll &amp;interval:</source>
        <translation>Mesos-Abfrage&amp;intervall:</translation>
    </message>
    <message>
        <source>Marathon poll inter&amp;val:</source>
        <translation>Marathon-Abfrageinter&amp;vall:</translation>
    </message>
</context>
<context>
    <name>QuantitiesFormat</name>
    <message>
        <source>CPUs %1</source>
        <translation>CPUs %1</translation>
    </message>
    <message>
        <source>mem %1</source>
        <translation>mem %1</translation>
    </message>
    <message>
        <source>disk %1</source>
        <translation>disk %1</translation>
    </message>
    <message>
        <source>GPUs %1</source>
        <translation>GPUs %1</translation>
    </message>
</context>
<context>
    <name>ReadinessResultsModel</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>not kept (preserveLastResponse is off)</source>
        <translation>nicht behalten (preserveLastResponse ist aus)</translation>
    </message>
    <message>
        <source>HTTP %1 %2 %3</source>
        <translation>HTTP %1 %2 %3</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation>Readiness-Check</translation>
    </message>
    <message>
        <source>Last response</source>
        <translation>Letzte Antwort</translation>
    </message>
</context>
<context>
    <name>RecordIoDecoder</name>
    <message>
        <source>RecordIO: record header without a newline</source>
        <translation>RecordIO: Datensatzkopf ohne Zeilenumbruch</translation>
    </message>
    <message>
        <source>RecordIO: bad record length &quot;%1&quot;</source>
        <translation>RecordIO: ungültige Datensatzlänge „%1“</translation>
    </message>
</context>
<context>
    <name>ResolveCommand</name>
    <message>
        <source>ZooKeeper authentication failed</source>
        <translation>ZooKeeper-Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>no leader is registered under %1</source>
        <translation>unter %1 ist kein Leader registriert</translation>
    </message>
    <message>
        <source>could not connect to ZooKeeper at %1</source>
        <translation>keine Verbindung zu ZooKeeper unter %1</translation>
    </message>
    <message>
        <source>mesosdesk: no leader found within %1 s: %2</source>
        <translation>mesosdesk: innerhalb von %1 s kein Leader gefunden: %2</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Quota and weight</source>
        <translation>Quota und Gewichtung</translation>
    </message>
    <message>
        <source>Role (select one, or type a new name)</source>
        <translation>Rolle (wählen oder neuen Namen eingeben)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory (MB)</source>
        <translation>Speicher (MB)</translation>
    </message>
    <message>
        <source>Disk (MB)</source>
        <translation>Datenträger (MB)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Guarantee:</source>
        <translation>Garantie:</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>Limit:</translation>
    </message>
    <message>
        <source>Force (skip the master&apos;s capacity and consumption checks)</source>
        <translation>Erzwingen (Kapazitäts- und Verbrauchsprüfung des Masters überspringen)</translation>
    </message>
    <message>
        <source>Set quota…</source>
        <translation>Quota setzen…</translation>
    </message>
    <message>
        <source>Set weight…</source>
        <translation>Gewichtung setzen…</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Gewichtung:</translation>
    </message>
    <message>
        <source>Select a role or type its name first.</source>
        <translation>Wählen Sie zuerst eine Rolle oder geben Sie ihren Namen ein.</translation>
    </message>
    <message>
        <source>Replaces this role&apos;s guarantee and limit (UPDATE_QUOTA).</source>
        <translation>Ersetzt Garantie und Limit dieser Rolle (UPDATE_QUOTA).</translation>
    </message>
    <message>
        <source>Sets this role&apos;s weight (UPDATE_WEIGHTS).</source>
        <translation>Setzt die Gewichtung dieser Rolle (UPDATE_WEIGHTS).</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <source>limit %1</source>
        <translation>Limit %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (kein Limit)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1
The master did not list this role; it is shown as the parent of the roles under it.</source>
        <translation>%1
Der Master hat diese Rolle nicht aufgeführt; sie wird als übergeordnete Rolle der Rollen darunter gezeigt.</translation>
    </message>
    <message>
        <source>No framework is subscribed to this role.</source>
        <translation>Kein Framework hat diese Rolle abonniert.</translation>
    </message>
    <message>
        <source>This master does not report allocations per role (Mesos 1.9 and later do).
Allocated and offered together: %1</source>
        <translation>Dieser Master meldet keine Zuteilungen pro Rolle (das tun erst Mesos 1.9 und neuer).
Zugeteilt und angeboten zusammen: %1</translation>
    </message>
    <message>
        <source>This master does not report quota per role (Mesos 1.3 and later do).</source>
        <translation>Dieser Master meldet keine Quota pro Rolle (das tun erst Mesos 1.3 und neuer).</translation>
    </message>
    <message>
        <source>Consumed (allocated or reserved) of the quota limit.
Consumed: %1
Limit: %2</source>
        <translation>Verbraucht (zugeteilt oder reserviert) vom Quota-Limit.
Verbraucht: %1
Limit: %2</translation>
    </message>
    <message>
        <source>not reported by this master</source>
        <translation>von diesem Master nicht gemeldet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Quota CPUs</source>
        <translation>Quota-CPUs</translation>
    </message>
    <message>
        <source>Quota memory</source>
        <translation>Quota-Speicher</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Filter roles</source>
        <translation>Rollen filtern</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Reading the roles from the leading master…</source>
        <translation>Lese die Rollen vom führenden Master…</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s), read at %1.</source>
        <translation>
            <numerusform>%n Rolle, gelesen um %1.</numerusform>
            <numerusform>%n Rollen, gelesen um %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only mode is on (File menu): quota and weight changes are turned off.</source>
        <translation>Der Nur-Lese-Modus ist an (Menü Datei): Änderungen an Quota und Gewichtung sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>Read-only mode is on: turn it off in the File menu to change the cluster.</source>
        <translation>Der Nur-Lese-Modus ist an: Schalten Sie ihn im Menü Datei aus, um den Cluster zu ändern.</translation>
    </message>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>Nicht mit einem Cluster verbunden.</translation>
    </message>
    <message>
        <source>The leading master&apos;s version is not known yet; UPDATE_QUOTA needs Mesos 1.9 or later.</source>
        <translation>Die Version des führenden Masters ist noch unbekannt; UPDATE_QUOTA braucht Mesos 1.9 oder neuer.</translation>
    </message>
    <message>
        <source>The leading master runs Mesos %1; setting quota limits (UPDATE_QUOTA) needs 1.9 or later.</source>
        <translation>Der führende Master läuft mit Mesos %1; Quota-Limits setzen (UPDATE_QUOTA) braucht 1.9 oder neuer.</translation>
    </message>
    <message>
        <source>Remove the quota of role &quot;%1&quot;: no guarantee and no limit.</source>
        <translation>Die Quota der Rolle „%1“ entfernen: keine Garantie und kein Limit.</translation>
    </message>
    <message>
        <source>Set the quota of role &quot;%1&quot;:
  guarantee: %2
  limit: %3</source>
        <translation>Die Quota der Rolle „%1“ setzen:
  Garantie: %2
  Limit: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>This replaces the role&apos;s current quota. The master rescinds outstanding offers that would exceed the limit; running tasks are not killed.</source>
        <translation>Das ersetzt die aktuelle Quota der Rolle. Der Master zieht ausstehende Angebote zurück, die das Limit überschreiten würden; laufende Tasks werden nicht beendet.</translation>
    </message>
    <message>
        <source>Force is on: the master will not check the cluster&apos;s capacity or the role&apos;s current consumption.</source>
        <translation>Erzwingen ist an: Der Master prüft weder die Kapazität des Clusters noch den aktuellen Verbrauch der Rolle.</translation>
    </message>
    <message>
        <source>Set quota</source>
        <translation>Quota setzen</translation>
    </message>
    <message>
        <source>The quota of role &quot;%1&quot; was set.</source>
        <translation>Die Quota der Rolle „%1“ wurde gesetzt.</translation>
    </message>
    <message>
        <source>Set the weight of role &quot;%1&quot; to %2.
The master rescinds the role&apos;s outstanding offers so that they are made again by the new weights.</source>
        <translation>Die Gewichtung der Rolle „%1“ auf %2 setzen.
Der Master zieht die ausstehenden Angebote der Rolle zurück, damit sie nach den neuen Gewichtungen neu gemacht werden.</translation>
    </message>
    <message>
        <source>Set weight</source>
        <translation>Gewichtung setzen</translation>
    </message>
    <message>
        <source>The weight of role &quot;%1&quot; was set.</source>
        <translation>Die Gewichtung der Rolle „%1“ wurde gesetzt.</translation>
    </message>
</context>
<context>
    <name>SandboxBrowse</name>
    <message>
        <source>%1 does not exist on the agent.</source>
        <translation>%1 existiert auf dem Agent nicht.</translation>
    </message>
</context>
<context>
    <name>SandboxBrowser</name>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Sandbox path on the agent</source>
        <translation>Sandbox-Pfad auf dem Agent</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <source>This directory is empty.</source>
        <translation>Dieses Verzeichnis ist leer.</translation>
    </message>
    <message>
        <source>Listing %1…</source>
        <translation>Liste %1 auf…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Der Download ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
</context>
<context>
    <name>SandboxFileEntry</name>
    <message>
        <source>The sandbox listing is not valid JSON: %1</source>
        <translation>Die Sandbox-Liste ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The sandbox listing is not a JSON array.</source>
        <translation>Die Sandbox-Liste ist kein JSON-Array.</translation>
    </message>
    <message>
        <source>A sandbox listing entry has no path.</source>
        <translation>Ein Eintrag der Sandbox-Liste hat keinen Pfad.</translation>
    </message>
</context>
<context>
    <name>SandboxFilesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
</context>
<context>
    <name>SandboxLocator</name>
    <message>
        <source>The agent address &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Agent-Adresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Cannot read the agent state of %1: %2</source>
        <translation>Der Status des Agents %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SandboxTab</name>
    <message>
        <source>http://agent-host:5051</source>
        <translation>http://agent-host:5051</translation>
    </message>
    <message>
        <source>Agent URL</source>
        <translation>Agent-URL</translation>
    </message>
    <message>
        <source>framework id</source>
        <translation>Framework-ID</translation>
    </message>
    <message>
        <source>executor id (empty: command executor)</source>
        <translation>Executor-ID (leer: Command Executor)</translation>
    </message>
    <message>
        <source>task id (several, comma-separated: merged view)</source>
        <translation>Task-ID (mehrere, durch Komma getrennt: gemeinsame Ansicht)</translation>
    </message>
    <message>
        <source>Locate sandbox</source>
        <translation>Sandbox finden</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>or a directory on the agent, e.g. /frameworks/&lt;fid&gt;/executors/&lt;eid&gt;/runs/latest</source>
        <translation>oder ein Verzeichnis auf dem Agent, z. B. /frameworks/&lt;fid&gt;/executors/&lt;eid&gt;/runs/latest</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Sandbox of %1 on %2: %3%4</source>
        <translation>Sandbox von %1 auf %2: %3%4</translation>
    </message>
    <message>
        <source> (finished)</source>
        <translation> (beendet)</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s URL, e.g. http://10.0.1.109:5051.</source>
        <translation>Geben Sie die URL des Agents ein, z. B. http://10.0.1.109:5051.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n Task</numerusform>
            <numerusform>%n Tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an executor id or a task id.</source>
        <translation>Geben Sie eine Executor-ID oder eine Task-ID ein.</translation>
    </message>
    <message>
        <source>Enter a directory to browse.</source>
        <translation>Geben Sie ein Verzeichnis zum Durchsuchen ein.</translation>
    </message>
    <message>
        <source>Locating the sandbox on %1…</source>
        <translation>Suche die Sandbox auf %1…</translation>
    </message>
    <message numerus="yes">
        <source>Locating %n sandbox(es)…</source>
        <translation>
            <numerusform>Suche %n Sandbox…</numerusform>
            <numerusform>Suche %n Sandboxes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened one view over %n task(s).</source>
        <translation>
            <numerusform>Eine Ansicht über %n Task geöffnet.</numerusform>
            <numerusform>Eine Ansicht über %n Tasks geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>its app %1 was destroyed</source>
        <translation>seine App %1 wurde gelöscht</translation>
    </message>
</context>
<context>
    <name>SandboxTaskRefs</name>
    <message>
        <source>Agent %1 of task %2 is not in the cluster state (removed?), so its sandbox cannot be reached.</source>
        <translation>Agent %1 des Tasks %2 ist nicht im Cluster-Status (entfernt?), daher ist seine Sandbox nicht erreichbar.</translation>
    </message>
    <message>
        <source>Task %1 has no known agent, so its sandbox cannot be reached.</source>
        <translation>Task %1 hat keinen bekannten Agent, daher ist seine Sandbox nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Scale %1</source>
        <translation>%1 skalieren</translation>
    </message>
    <message>
        <source>Current instances:</source>
        <translation>Aktuelle Instanzen:</translation>
    </message>
    <message>
        <source>Up/Down or +/− change the target; Enter scales.</source>
        <translation>Auf/Ab oder +/− ändern das Ziel; Enter skaliert.</translation>
    </message>
    <message>
        <source>Target instances:</source>
        <translation>Ziel-Instanzen:</translation>
    </message>
    <message>
        <source>A deployment currently holds this app (%1). Scaling will be refused until it finishes, unless you stop it.</source>
        <translation>Ein Deployment sperrt gerade diese App (%1). Skalieren wird abgelehnt, bis es fertig ist, außer Sie stoppen es.</translation>
    </message>
    <message>
        <source>Stop the deployment and scale</source>
        <translation>Deployment stoppen und skalieren</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalieren</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>%1 → %2 %3</source>
        <translation>%1 → %2 %3</translation>
    </message>
    <message>
        <source>The running deployment of %1 will be cancelled without a rollback, then the app is scaled to %2. Tasks of the cancelled deployment may be left as they are.</source>
        <translation>Das laufende Deployment von %1 wird ohne Rollback abgebrochen, dann wird die App auf %2 skaliert. Tasks des abgebrochenen Deployments bleiben womöglich, wie sie sind.</translation>
    </message>
    <message>
        <source>Stop and scale</source>
        <translation>Stoppen und skalieren</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>%1 anhalten</translation>
    </message>
    <message>
        <source>Scaling %1 to 0 stops all %2 of its tasks.</source>
        <translation>Skalieren von %1 auf 0 stoppt alle %2 Tasks.</translation>
    </message>
    <message>
        <source>Scale to 0</source>
        <translation>Auf 0 skalieren</translation>
    </message>
    <message>
        <source>Marathon refused: the app is locked by deployment %1. Wait for it to finish, or stop that deployment and scale anyway.
(%2)</source>
        <translation>Marathon hat abgelehnt: Die App ist durch das Deployment %1 gesperrt. Warten Sie, bis es fertig ist, oder stoppen Sie das Deployment und skalieren Sie trotzdem.
(%2)</translation>
    </message>
    <message>
        <source>Scaling failed: %1</source>
        <translation>Skalieren fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutCatalog</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <source>healthy</source>
        <translation>fehlerfrei</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>%1
Agent ID: %2</source>
        <translation>%1
Agent-ID: %2</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>TlsFailure</name>
    <message>
        <source>The certificate of %1 changed and was refused: the trusted (pinned) certificate has SHA-256 %2, the server now presents %3.</source>
        <translation>Das Zertifikat von %1 hat sich geändert und wurde abgelehnt: Das vertraute (gepinnte) Zertifikat hat SHA-256 %2, der Server legt jetzt %3 vor.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 ist nicht lesbar oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>the certificate is not the pinned one</source>
        <translation>das Zertifikat ist nicht das gepinnte</translation>
    </message>
</context>
<context>
    <name>UnusedOffersModel</name>
    <message>
        <source>Offer %1</source>
        <translation>Angebot %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Why its offer did not fit</source>
        <translation>Warum sein Angebot nicht passte</translation>
    </message>
    <message>
        <source>Offer processed</source>
        <translation>Angebot verarbeitet</translation>
    </message>
</context>
<context>
    <name>UrlOpener</name>
    <message>
        <source>No browser</source>
        <translation>Kein Browser</translation>
    </message>
    <message>
        <source>%1 could not be opened: no web browser took the address. Copy it and open it where a browser runs:</source>
        <translation>%1 konnte nicht geöffnet werden: Kein Webbrowser hat die Adresse angenommen. Kopieren Sie sie und öffnen Sie sie dort, wo ein Browser läuft:</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
</context>
<context>
    <name>WaitingView</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Reset Delay</source>
        <translation>Verzögerung zurücksetzen</translation>
    </message>
    <message>
        <source>Launch now instead of waiting out the backoff after failed launches</source>
        <translation>Jetzt starten, statt das Backoff nach fehlgeschlagenen Starts abzuwarten</translation>
    </message>
    <message>
        <source>Each agent&apos;s last offer that did not fit</source>
        <translation>Das letzte nicht passende Angebot jedes Agents</translation>
    </message>
    <message>
        <source>%1 is not in the launch queue: nothing waits to be launched.</source>
        <translation>%1 ist nicht in der Launch-Queue: nichts wartet auf den Start.</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 is delayed after failed launches: %n instance(s) wait for the backoff to end.</source>
        <translation>
            <numerusform>%1 %2 ist nach fehlgeschlagenen Starts verzögert: %n Instanz wartet auf das Ende des Backoffs.</numerusform>
            <numerusform>%1 %2 ist nach fehlgeschlagenen Starts verzögert: %n Instanzen warten auf das Ende des Backoffs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 waits for offers: %n instance(s) left to launch.</source>
        <translation>
            <numerusform>%1 %2 wartet auf Angebote: %n Instanz ist noch zu starten.</numerusform>
            <numerusform>%1 %2 wartet auf Angebote: %n Instanzen sind noch zu starten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued since %1.</source>
        <translation>In der Queue seit %1.</translation>
    </message>
    <message>
        <source>Role: %1.</source>
        <translation>Rolle: %1.</translation>
    </message>
    <message>
        <source>This Marathon reports no offer statistics (processedOffersSummary came with Marathon 1.4).</source>
        <translation>Dieses Marathon meldet keine Angebotsstatistik (processedOffersSummary kam mit Marathon 1.4).</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) processed in this launch attempt</source>
        <translation>
            <numerusform>%n Angebot in diesem Startversuch verarbeitet</numerusform>
            <numerusform>%n Angebote in diesem Startversuch verarbeitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unused</source>
        <translation>
            <numerusform>%n ungenutzt</numerusform>
            <numerusform>%n ungenutzt</numerusform>
        </translation>
    </message>
    <message>
        <source>last unused offer at %1</source>
        <translation>letztes ungenutztes Angebot um %1</translation>
    </message>
    <message>
        <source>no offer used yet</source>
        <translation>noch kein Angebot genutzt</translation>
    </message>
    <message>
        <source>last used offer at %1</source>
        <translation>letztes genutztes Angebot um %1</translation>
    </message>
    <message>
        <source>Next launch attempt in %1 (launch delay after failures).</source>
        <translation>Nächster Startversuch in %1 (Startverzögerung nach Fehlschlägen).</translation>
    </message>
    <message>
        <source>The launch delay has run out; waiting for Marathon to start the next attempt.</source>
        <translation>Die Startverzögerung ist abgelaufen; Marathon startet gleich den nächsten Versuch.</translation>
    </message>
    <message>
        <source>Could not load the agents&apos; last offers: %1</source>
        <translation>Die letzten Angebote der Agents konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>This Marathon does not report single offers (embed=lastUnusedOffers).</source>
        <translation>Dieses Marathon meldet keine einzelnen Angebote (embed=lastUnusedOffers).</translation>
    </message>
    <message>
        <source>No agent&apos;s offer was refused.</source>
        <translation>Kein Angebot eines Agents wurde abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>The last offer of %n agent(s) did not fit:</source>
        <translation>
            <numerusform>Das letzte Angebot von %n Agent passte nicht:</numerusform>
            <numerusform>Das letzte Angebot von %n Agents passte nicht:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZkAdminParser</name>
    <message>
        <source>the AdminServer answered an error without a text</source>
        <translation>der AdminServer meldete einen Fehler ohne Text</translation>
    </message>
</context>
<context>
    <name>ZkCommandTarget</name>
    <message>
        <source>mesosdesk: give --profile or a ZooKeeper URL, not both</source>
        <translation>mesosdesk: --profile oder eine ZooKeeper-URL angeben, nicht beides</translation>
    </message>
    <message>
        <source>mesosdesk: no profile is called &quot;%1&quot; (%2)</source>
        <translation>mesosdesk: kein Profil heißt „%1“ (%2)</translation>
    </message>
    <message>
        <source>there are no profiles</source>
        <translation>es gibt keine Profile</translation>
    </message>
    <message>
        <source>mesosdesk: the profile &quot;%1&quot; has no ZooKeeper URL</source>
        <translation>mesosdesk: das Profil „%1“ hat keine ZooKeeper-URL</translation>
    </message>
    <message>
        <source>mesosdesk: invalid ZooKeeper URL &quot;%1&quot;: %2</source>
        <translation>mesosdesk: ungültige ZooKeeper-URL „%1“: %2</translation>
    </message>
    <message>
        <source>mesosdesk: a password on the command line is visible to every user of this machine; give zk://%1@… (the password is read from the keychain) or --profile</source>
        <translation>mesosdesk: ein Passwort in der Befehlszeile ist für jeden Benutzer dieses Rechners sichtbar; geben Sie zk://%1@… (das Passwort wird aus dem Schlüsselbund gelesen) oder --profile an</translation>
    </message>
    <message>
        <source>mesosdesk: invalid ZooKeeper URL &quot;%1&quot;</source>
        <translation>mesosdesk: ungültige ZooKeeper-URL „%1“</translation>
    </message>
    <message>
        <source>it did not answer within %1 s</source>
        <translation>er hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>it holds no ZooKeeper password for %1</source>
        <translation>er enthält kein ZooKeeper-Passwort für %1</translation>
    </message>
    <message>
        <source>mesosdesk: the ZooKeeper password cannot be read from the keychain: %1</source>
        <translation>mesosdesk: das ZooKeeper-Passwort kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ZkCreateDialog</name>
    <message>
        <source>Stays until it is deleted.</source>
        <translation>Bleibt, bis er gelöscht wird.</translation>
    </message>
    <message>
        <source>Stays until it is deleted; the server appends a 10-digit sequence number to the name.</source>
        <translation>Bleibt, bis er gelöscht wird; der Server hängt eine 10-stellige Sequenznummer an den Namen an.</translation>
    </message>
    <message>
        <source>Deleted by the server when this MesosDesk connection&apos;s session ends (closing the window or switching clusters ends it).</source>
        <translation>Wird vom Server gelöscht, wenn die Sitzung dieser MesosDesk-Verbindung endet (das Schließen des Fensters oder ein Clusterwechsel beendet sie).</translation>
    </message>
    <message>
        <source>Deleted when this MesosDesk connection&apos;s session ends; the server appends a 10-digit sequence number to the name.</source>
        <translation>Wird gelöscht, wenn die Sitzung dieser MesosDesk-Verbindung endet; der Server hängt eine 10-stellige Sequenznummer an den Namen an.</translation>
    </message>
    <message>
        <source>The server deletes it some time after its last child is gone (also when it never had one).</source>
        <translation>Der Server löscht ihn einige Zeit, nachdem sein letztes Kind entfernt wurde (auch wenn er nie eines hatte).</translation>
    </message>
    <message>
        <source>New node under %1</source>
        <translation>Neuer Knoten unter %1</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Elternknoten:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Value (text, UTF-8; may be empty):</source>
        <translation>Wert (Text, UTF-8; darf leer sein):</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Persistent</translation>
    </message>
    <message>
        <source>Persistent, sequential</source>
        <translation>Persistent, sequenziell</translation>
    </message>
    <message>
        <source>Ephemeral</source>
        <translation>Ephemer</translation>
    </message>
    <message>
        <source>Ephemeral, sequential</source>
        <translation>Ephemer, sequenziell</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
</context>
<context>
    <name>ZkDataFormat</name>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
</context>
<context>
    <name>ZkEnsembleModel</name>
    <message>
        <source>%1 / %2 / %3 ms</source>
        <translation>%1 / %2 / %3 ms</translation>
    </message>
    <message>
        <source>mntr is not in this server&apos;s 4lw.commands.whitelist, so its watch count is not known.</source>
        <translation>mntr steht nicht in 4lw.commands.whitelist dieses Servers, daher ist seine Watch-Anzahl unbekannt.</translation>
    </message>
    <message>
        <source>mntr disabled</source>
        <translation>mntr deaktiviert</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Zxid</source>
        <translation>Zxid</translation>
    </message>
    <message>
        <source>Latency min/avg/max</source>
        <translation>Latenz min/Ø/max</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Znodes</source>
        <translation>Znodes</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Watches</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>From the AdminServer (JSON).</source>
        <translation>Vom AdminServer (JSON).</translation>
    </message>
    <message>
        <source>AdminServer unreachable (%1): from the four-letter words.</source>
        <translation>AdminServer unerreichbar (%1): aus den Four-Letter-Words.</translation>
    </message>
</context>
<context>
    <name>ZkEnsembleMonitor</name>
    <message>
        <source>closed without an answer</source>
        <translation>ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>an answer without a mode</source>
        <translation>eine Antwort ohne Modus</translation>
    </message>
    <message>
        <source>several servers on one host: one AdminServer port cannot tell them apart</source>
        <translation>mehrere Server auf einem Host: ein AdminServer-Port kann sie nicht unterscheiden</translation>
    </message>
    <message>
        <source>HTTP %1 without the AdminServer&apos;s JSON</source>
        <translation>HTTP %1 ohne das JSON des AdminServers</translation>
    </message>
</context>
<context>
    <name>ZkEnsembleView</name>
    <message>
        <source>No ZooKeeper servers to ask.</source>
        <translation>Keine ZooKeeper-Server zum Fragen.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n server(s)…</source>
        <translation>
            <numerusform>Frage %n Server…</numerusform>
            <numerusform>Frage %n Server…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) serving</source>
        <translation>
            <numerusform>%1 von %n Server bedient</numerusform>
            <numerusform>%1 von %n Servern bedienen</numerusform>
        </translation>
    </message>
    <message>
        <source>no leader seen</source>
        <translation>kein Leader gesehen</translation>
    </message>
    <message>
        <source>leader: %1</source>
        <translation>Leader: %1</translation>
    </message>
    <message>
        <source>Quorum holds: %1; %2.</source>
        <translation>Quorum besteht: %1; %2.</translation>
    </message>
    <message>
        <source>No quorum: %1; %2.</source>
        <translation>Kein Quorum: %1; %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) refuse even srvr: their mode is unknown, which does not mean they are down.</source>
        <translation>
            <numerusform>%n Server verweigert sogar srvr: Sein Modus ist unbekannt, was nicht heißt, dass er ausgefallen ist.</numerusform>
            <numerusform>%n Server verweigern sogar srvr: Ihr Modus ist unbekannt, was nicht heißt, dass sie ausgefallen sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mntr is not in 4lw.commands.whitelist on %n server(s), so their watch counts are not known (ZooKeeper 3.5.3+ allows only srvr by default).</source>
        <translation>
            <numerusform>mntr steht auf %n Server nicht in 4lw.commands.whitelist, daher ist seine Watch-Anzahl unbekannt (ZooKeeper 3.5.3+ erlaubt standardmäßig nur srvr).</numerusform>
            <numerusform>mntr steht auf %n Servern nicht in 4lw.commands.whitelist, daher sind ihre Watch-Anzahlen unbekannt (ZooKeeper 3.5.3+ erlaubt standardmäßig nur srvr).</numerusform>
        </translation>
    </message>
    <message>
        <source>standalone: %1</source>
        <translation>Einzelserver: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) answered through the AdminServer (port %1).</source>
        <translation>
            <numerusform>%n Server hat über den AdminServer geantwortet (Port %1).</numerusform>
            <numerusform>%n Server haben über den AdminServer geantwortet (Port %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AdminServer unreachable on port %1 on %n server(s) (%2): their figures come from the four-letter words.</source>
        <translation>
            <numerusform>AdminServer auf Port %1 auf %n Server unerreichbar (%2): Seine Werte stammen aus den Four-Letter-Words.</numerusform>
            <numerusform>AdminServer auf Port %1 auf %n Servern unerreichbar (%2): Ihre Werte stammen aus den Four-Letter-Words.</numerusform>
        </translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <source>The port of the servers&apos; AdminServer (admin.serverPort). Its JSON is not limited by 4lw.commands.whitelist. 0: ask the four-letter words only.</source>
        <translation>Der Port des AdminServers der Server (admin.serverPort). Sein JSON ist nicht durch 4lw.commands.whitelist beschränkt. 0: nur die Four-Letter-Words fragen.</translation>
    </message>
    <message>
        <source>&amp;AdminServer port:</source>
        <translation>&amp;AdminServer-Port:</translation>
    </message>
</context>
<context>
    <name>ZkFourLetterClient</name>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
</context>
<context>
    <name>ZkLeaderWatch</name>
    <message>
        <source>ZooKeeper unreachable for longer than the session timeout</source>
        <translation>ZooKeeper länger als das Sitzungs-Timeout unerreichbar</translation>
    </message>
    <message>
        <source>%1 does not exist in ZooKeeper</source>
        <translation>%1 existiert in ZooKeeper nicht</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>%1 kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1/%2: %3</source>
        <translation>%1/%2 kann nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>ZkNodeEditor</name>
    <message>
        <source>%1&apos;s node</source>
        <translation>Knoten von %1</translation>
    </message>
    <message>
        <source>%1 is kept by %2. Changing it by hand can break leader election or lose %2&apos;s state. Change it anyway? Type the path to confirm.</source>
        <translation>%1 wird von %2 verwaltet. Eine Änderung von Hand kann die Leader-Wahl stören oder den Zustand von %2 zerstören. Trotzdem ändern? Geben Sie zum Bestätigen den Pfad ein.</translation>
    </message>
    <message>
        <source>Changes are off: allow them first (and turn off read-only).</source>
        <translation>Änderungen sind aus: Erlauben Sie sie zuerst (und schalten Sie „nur lesend“ aus).</translation>
    </message>
    <message>
        <source>Set value</source>
        <translation>Wert setzen</translation>
    </message>
    <message>
        <source>Write %1 bytes to %2 (if it is still at version %3)?</source>
        <translation>%1 Bytes nach %2 schreiben (falls noch auf Version %3)?</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Written: %1 is now at version %2.</source>
        <translation>Geschrieben: %1 ist jetzt auf Version %2.</translation>
    </message>
    <message>
        <source>You edited version %1; it is now at version %2, modified %3.</source>
        <translation>Sie haben Version %1 bearbeitet; jetzt ist Version %2 aktuell, geändert %3.</translation>
    </message>
    <message>
        <source>Delete node</source>
        <translation>Knoten löschen</translation>
    </message>
    <message>
        <source>Delete %1 (if it is still at version %2)? This cannot be undone.</source>
        <translation>%1 löschen (falls noch auf Version %2)? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Deleting %1: %2 of %3 node(s)…</source>
        <translation>Lösche %1: %2 von %3 Knoten…</translation>
    </message>
    <message>
        <source>A delete is already running.</source>
        <translation>Es läuft bereits ein Löschvorgang.</translation>
    </message>
    <message>
        <source>Counting the nodes under %1…</source>
        <translation>Zähle die Knoten unter %1…</translation>
    </message>
    <message>
        <source>Create node</source>
        <translation>Knoten anlegen</translation>
    </message>
    <message numerus="yes">
        <source>Create %1 (%2) with %n byte(s) of data?</source>
        <translation>
            <numerusform>%1 (%2) mit %n Byte Daten anlegen?</numerusform>
            <numerusform>%1 (%2) mit %n Bytes Daten anlegen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Nothing was created.</source>
        <translation>Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and everything under it: %n node(s) in %2 level(s), leaves first, each only if it is still at the version just read. This cannot be undone.</source>
        <translation>
            <numerusform>%1 und alles darunter löschen: %n Knoten in %2 Ebene(n), Blätter zuerst, jeder nur, wenn er noch auf der eben gelesenen Version ist. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%1 und alles darunter löschen: %n Knoten in %2 Ebene(n), Blätter zuerst, jeder nur, wenn er noch auf der eben gelesenen Version ist. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of them is ephemeral.</source>
        <translation>Keiner davon ist ephemer.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are ephemeral: a live session owns each, and its owner (a Mesos master, Marathon, a scheduler) may act on its disappearance:</source>
        <translation>
            <numerusform>%n davon ist ephemer: Eine aktive Sitzung besitzt ihn, und sein Besitzer (ein Mesos-Master, Marathon, ein Scheduler) reagiert womöglich auf sein Verschwinden:</numerusform>
            <numerusform>%n davon sind ephemer: Jeder gehört einer aktiven Sitzung, und deren Besitzer (ein Mesos-Master, Marathon, ein Scheduler) reagiert womöglich auf sein Verschwinden:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 (session %2: this MesosDesk connection)</source>
        <translation>  %1 (Sitzung %2: diese MesosDesk-Verbindung)</translation>
    </message>
    <message>
        <source>  %1 (session %2)</source>
        <translation>  %1 (Sitzung %2)</translation>
    </message>
    <message numerus="yes">
        <source>  and %n more</source>
        <translation>
            <numerusform>  und %n weiterer</numerusform>
            <numerusform>  und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete subtree</source>
        <translation>Teilbaum löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>%n Knoten löschen</numerusform>
            <numerusform>%n Knoten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the nodes under %1… %2 so far</source>
        <translation>Zähle die Knoten unter %1… bisher %2</translation>
    </message>
</context>
<context>
    <name>ZkNodeMeaning</name>
    <message>
        <source>Marathon app definitions, by app id and version.</source>
        <translation>Marathon-App-Definitionen, nach App-ID und Version.</translation>
    </message>
    <message>
        <source>Marathon pod definitions, by pod id and version.</source>
        <translation>Marathon-Pod-Definitionen, nach Pod-ID und Version.</translation>
    </message>
    <message>
        <source>Marathon&apos;s group tree (the root group and its versions).</source>
        <translation>Gruppenbaum von Marathon (die Wurzelgruppe und ihre Versionen).</translation>
    </message>
    <message>
        <source>Marathon deployment plans in progress.</source>
        <translation>Laufende Marathon-Deployment-Pläne.</translation>
    </message>
    <message>
        <source>Marathon instances (the tasks it launched, Marathon 1.4+).</source>
        <translation>Marathon-Instanzen (die gestarteten Tasks, Marathon 1.4+).</translation>
    </message>
    <message>
        <source>Marathon tasks (before 1.4).</source>
        <translation>Marathon-Tasks (vor 1.4).</translation>
    </message>
    <message>
        <source>The last task failure of each app.</source>
        <translation>Der letzte Task-Fehler jeder App.</translation>
    </message>
    <message>
        <source>The Mesos framework id Marathon registered with.</source>
        <translation>Die Mesos-Framework-ID, mit der sich Marathon registriert hat.</translation>
    </message>
    <message>
        <source>HTTP callback subscribers of Marathon&apos;s event bus.</source>
        <translation>HTTP-Callback-Abonnenten des Marathon-Ereignisbusses.</translation>
    </message>
    <message>
        <source>The storage version Marathon migrated its state to.</source>
        <translation>Die Speicherversion, auf die Marathon seinen Zustand migriert hat.</translation>
    </message>
    <message>
        <source>Mesos masters</source>
        <translation>Mesos-Master</translation>
    </message>
    <message>
        <source>Each master holds an ephemeral sequential member here; the lowest sequence leads. log_replicas holds the replicated log.</source>
        <translation>Jeder Master hält hier ein ephemeres sequenzielles Mitglied; die niedrigste Sequenz führt. log_replicas enthält das replizierte Log.</translation>
    </message>
    <message>
        <source>Mesos replicated log</source>
        <translation>Repliziertes Mesos-Log</translation>
    </message>
    <message>
        <source>The registry&apos;s replicas: one ephemeral member per master&apos;s log replica, holding its process id.</source>
        <translation>Die Replikate der Registry: ein ephemeres Mitglied pro Log-Replikat eines Masters, mit seiner Prozess-ID.</translation>
    </message>
    <message>
        <source>Mesos log replica</source>
        <translation>Mesos-Log-Replikat</translation>
    </message>
    <message>
        <source>One replica of the masters&apos; replicated log.</source>
        <translation>Ein Replikat des replizierten Logs der Master.</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>Prozess-ID</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>Marathon&apos;s root: leader-curator (its leader election), leader (the election before 1.2) and state (its persistent store).</source>
        <translation>Wurzel von Marathon: leader-curator (seine Leader-Wahl), leader (die Wahl vor 1.2) und state (sein persistenter Speicher).</translation>
    </message>
    <message>
        <source>Marathon leader election</source>
        <translation>Marathon-Leader-Wahl</translation>
    </message>
    <message>
        <source>Curator&apos;s LeaderLatch: one ephemeral sequential member per Marathon instance, holding its host:port; the lowest sequence leads.</source>
        <translation>LeaderLatch von Curator: ein ephemeres sequenzielles Mitglied pro Marathon-Instanz mit ihrem host:port; die niedrigste Sequenz führt.</translation>
    </message>
    <message>
        <source>Marathon leader election (before 1.2)</source>
        <translation>Marathon-Leader-Wahl (vor 1.2)</translation>
    </message>
    <message>
        <source>Members member_&lt;sequence&gt; holding host:port; read only while leader-curator has none.</source>
        <translation>Mitglieder member_&lt;sequence&gt; mit host:port; nur gelesen, solange leader-curator keine hat.</translation>
    </message>
    <message>
        <source>Marathon state</source>
        <translation>Marathon-Zustand</translation>
    </message>
    <message>
        <source>Marathon&apos;s persistent store (apps, groups, deployments, instances, framework id), written by the leader only.</source>
        <translation>Persistenter Speicher von Marathon (Apps, Gruppen, Deployments, Instanzen, Framework-ID), nur vom Leader geschrieben.</translation>
    </message>
    <message>
        <source>ZooKeeper</source>
        <translation>ZooKeeper</translation>
    </message>
    <message>
        <source>ZooKeeper&apos;s own nodes: quotas and the ensemble&apos;s configuration.</source>
        <translation>Eigene Knoten von ZooKeeper: Quotas und die Konfiguration des Ensembles.</translation>
    </message>
    <message>
        <source>ZooKeeper quotas</source>
        <translation>ZooKeeper-Quotas</translation>
    </message>
    <message>
        <source>Quota limits and usage set with setquota.</source>
        <translation>Mit setquota gesetzte Quota-Limits und Nutzung.</translation>
    </message>
    <message>
        <source>ZooKeeper configuration</source>
        <translation>ZooKeeper-Konfiguration</translation>
    </message>
    <message>
        <source>The ensemble&apos;s dynamic configuration (server list).</source>
        <translation>Die dynamische Konfiguration des Ensembles (Serverliste).</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Mesos master (MasterInfo, JSON)</source>
        <translation>Mesos-Master (MasterInfo, JSON)</translation>
    </message>
    <message>
        <source>Mesos master (MasterInfo, protobuf, Mesos 0.20-0.23)</source>
        <translation>Mesos-Master (MasterInfo, Protobuf, Mesos 0.20-0.23)</translation>
    </message>
    <message>
        <source>Mesos master (process id, before Mesos 0.20)</source>
        <translation>Mesos-Master (Prozess-ID, vor Mesos 0.20)</translation>
    </message>
    <message>
        <source>An ephemeral member of the masters&apos; election; it has the lowest sequence, so this master leads.</source>
        <translation>Ein flüchtiges Mitglied der Master-Wahl; es hat die niedrigste Sequenz, also führt dieser Master.</translation>
    </message>
    <message>
        <source>An ephemeral member of the masters&apos; election; a lower sequence exists, so this master is a standby.</source>
        <translation>Ein flüchtiges Mitglied der Master-Wahl; es gibt eine niedrigere Sequenz, also ist dieser Master Standby.</translation>
    </message>
    <message>
        <source>Cannot decode: %1</source>
        <translation>Nicht dekodierbar: %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>leading master</source>
        <translation>führender Master</translation>
    </message>
    <message>
        <source>standby master</source>
        <translation>Standby-Master</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Marathon instance (leader latch member)</source>
        <translation>Marathon-Instanz (Mitglied des Leader-Latch)</translation>
    </message>
    <message>
        <source>An ephemeral member of Marathon&apos;s leader election; it has the lowest sequence, so this instance leads.</source>
        <translation>Ein flüchtiges Mitglied der Leader-Wahl von Marathon; es hat die niedrigste Sequenz, also führt diese Instanz.</translation>
    </message>
    <message>
        <source>An ephemeral member of Marathon&apos;s leader election; a lower sequence exists, so this instance is a standby.</source>
        <translation>Ein flüchtiges Mitglied der Leader-Wahl von Marathon; es gibt eine niedrigere Sequenz, also ist diese Instanz Standby.</translation>
    </message>
    <message>
        <source>leading instance</source>
        <translation>führende Instanz</translation>
    </message>
    <message>
        <source>standby instance</source>
        <translation>Standby-Instanz</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Part of Marathon&apos;s persistent store, written by the leader.</source>
        <translation>Teil des persistenten Speichers von Marathon, vom Leader geschrieben.</translation>
    </message>
    <message>
        <source>Marathon state: %1</source>
        <translation>Marathon-Zustand: %1</translation>
    </message>
</context>
<context>
    <name>ZkNodePane</name>
    <message>
        <source>0 (never set)</source>
        <translation>0 (nie gesetzt)</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stat and ACL</source>
        <translation>Stat und ACL</translation>
    </message>
    <message>
        <source>ACL</source>
        <translation>ACL</translation>
    </message>
    <message>
        <source>Fetch value</source>
        <translation>Wert holen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>This node was deleted.</source>
        <translation>Dieser Knoten wurde gelöscht.</translation>
    </message>
    <message>
        <source>Select a node to see its data and Stat.</source>
        <translation>Wählen Sie einen Knoten, um seine Daten und seinen Stat zu sehen.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lese…</translation>
    </message>
    <message>
        <source>Cannot read the ACL: %1</source>
        <translation>Die ACL kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This node does not exist (any more).</source>
        <translation>Dieser Knoten existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>Cannot read the node: %1</source>
        <translation>Der Knoten kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The value is %1 bytes, more than %2 bytes: fetch it on request.</source>
        <translation>Der Wert hat %1 Bytes, mehr als %2 Bytes: Holen Sie ihn bei Bedarf.</translation>
    </message>
    <message>
        <source>Not allowed to read this value (ZNOAUTH): the node&apos;s ACL does not grant this session read. Connect with digest credentials that it allows.</source>
        <translation>Lesen dieses Werts nicht erlaubt (ZNOAUTH): Die ACL des Knotens gewährt dieser Sitzung kein Leserecht. Verbinden Sie sich mit Digest-Anmeldedaten, die sie zulässt.</translation>
    </message>
    <message>
        <source>Cannot read the value: %1</source>
        <translation>Der Wert kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (ephemeral: goes with that session)</source>
        <translation>%1 (ephemer: verschwindet mit dieser Sitzung)</translation>
    </message>
    <message>
        <source>0x0 (persistent)</source>
        <translation>0x0 (persistent)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Formatting %1 bytes…</source>
        <translation>Formatiere %1 Bytes…</translation>
    </message>
    <message>
        <source>Partial value: %1 of %2 bytes were read; this is not the whole value.</source>
        <translation>Teilwert: %1 von %2 Bytes gelesen; das ist nicht der ganze Wert.</translation>
    </message>
    <message>
        <source>No data (0 bytes).</source>
        <translation>Keine Daten (0 Bytes).</translation>
    </message>
    <message>
        <source>%1 bytes, shown as %2.</source>
        <translation>%1 Bytes, angezeigt als %2.</translation>
    </message>
</context>
<context>
    <name>ZkRecursiveDelete</name>
    <message>
        <source>Stopped while counting the nodes; nothing was deleted.</source>
        <translation>Beim Zählen der Knoten angehalten; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The subtree has more than %1 nodes. MesosDesk deletes at most that many at once, so that one confirmation never covers more than it can show; nothing was deleted. Delete its parts one at a time.</source>
        <translation>Der Teilbaum hat mehr als %1 Knoten. MesosDesk löscht höchstens so viele auf einmal, damit eine Bestätigung nie mehr umfasst, als sie anzeigen kann; es wurde nichts gelöscht. Löschen Sie seine Teile einzeln.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) cannot be read with this session&apos;s credentials (ZNOAUTH), for example %1: what is under them is unknown, so nothing was deleted.</source>
        <translation>
            <numerusform>%n Knoten kann mit den Anmeldedaten dieser Sitzung nicht gelesen werden (ZNOAUTH), nämlich %1: Was darunter liegt, ist unbekannt, daher wurde nichts gelöscht.</numerusform>
            <numerusform>%n Knoten können mit den Anmeldedaten dieser Sitzung nicht gelesen werden (ZNOAUTH), zum Beispiel %1: Was darunter liegt, ist unbekannt, daher wurde nichts gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 and everything under it: %n node(s).</source>
        <translation>
            <numerusform>%1 und alles darunter gelöscht: %n Knoten.</numerusform>
            <numerusform>%1 und alles darunter gelöscht: %n Knoten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had already been deleted by another client.</source>
        <translation>
            <numerusform>%n davon war bereits von einem anderen Client gelöscht worden.</numerusform>
            <numerusform>%n davon waren bereits von einem anderen Client gelöscht worden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped on request.</source>
        <translation>Auf Anforderung angehalten.</translation>
    </message>
    <message>
        <source>The ZooKeeper session ended.</source>
        <translation>Die ZooKeeper-Sitzung wurde beendet.</translation>
    </message>
    <message>
        <source>%1 got a new child after it was counted (another client created it); the delete stopped there.</source>
        <translation>%1 hat nach dem Zählen ein neues Kind bekommen (ein anderer Client hat es angelegt); das Löschen hat dort angehalten.</translation>
    </message>
    <message>
        <source>%1 changed after it was counted (another client wrote it); the delete stopped there.</source>
        <translation>%1 hat sich nach dem Zählen geändert (ein anderer Client hat ihn geschrieben); das Löschen hat dort angehalten.</translation>
    </message>
    <message>
        <source>It was at version %1 and is now at version %2, modified %3.</source>
        <translation>Er war auf Version %1 und ist jetzt auf Version %2, geändert %3.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was deleted (%n node(s) remain).</source>
        <translation>
            <numerusform>Es wurde nichts gelöscht (%n Knoten bleibt).</numerusform>
            <numerusform>Es wurde nichts gelöscht (%n Knoten bleiben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Already deleted (%1 of %2): %3.</source>
        <translation>Bereits gelöscht (%1 von %2): %3.</translation>
    </message>
</context>
<context>
    <name>ZkServerReport</name>
    <message>
        <source>asking…</source>
        <translation>frage…</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>bedient</translation>
    </message>
    <message>
        <source>not serving (no quorum)</source>
        <translation>bedient nicht (kein Quorum)</translation>
    </message>
    <message>
        <source>four-letter words disabled</source>
        <translation>Four-Letter-Words deaktiviert</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unerreichbar</translation>
    </message>
</context>
<context>
    <name>ZkSession</name>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ZkStatusCommand</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>ZkSubtreeExportJob</name>
    <message numerus="yes">
        <source>Exported %n node(s) of %1 to %2</source>
        <translation>
            <numerusform>%n Knoten von %1 nach %2 exportiert</numerusform>
            <numerusform>%n Knoten von %1 nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source> (incomplete: the file says why)</source>
        <translation> (unvollständig: die Datei nennt den Grund)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ZkSubtreeSearch</name>
    <message>
        <source>Find paths under the selected node (Enter)</source>
        <translation>Pfade unter dem gewählten Knoten suchen (Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Type part of a path to find it.</source>
        <translation>Teil eines Pfads eingeben, um ihn zu finden.</translation>
    </message>
    <message>
        <source>Searching under %1…</source>
        <translation>Suche unter %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) under %1</source>
        <translation>
            <numerusform>%n Treffer unter %1</numerusform>
            <numerusform>%n Treffer unter %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) searched</source>
        <translation>
            <numerusform>%n Knoten durchsucht</numerusform>
            <numerusform>%n Knoten durchsucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n listed</source>
        <translation>
            <numerusform>die ersten %n aufgeführt</numerusform>
            <numerusform>die ersten %n aufgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped at %n nodes: select a deeper node to search the rest</source>
        <translation>
            <numerusform>gestoppt bei %n Knoten: tieferen Knoten wählen, um den Rest zu durchsuchen</numerusform>
            <numerusform>gestoppt bei %n Knoten: tieferen Knoten wählen, um den Rest zu durchsuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) not readable with these credentials</source>
        <translation>
            <numerusform>%n Knoten mit diesen Anmeldedaten nicht lesbar</numerusform>
            <numerusform>%n Knoten mit diesen Anmeldedaten nicht lesbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZkSubtreeWalk</name>
    <message>
        <source>Not connected to ZooKeeper.</source>
        <translation>Nicht mit ZooKeeper verbunden.</translation>
    </message>
    <message>
        <source>The ZooKeeper session ended.</source>
        <translation>Die ZooKeeper-Sitzung wurde beendet.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ZkTreeModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>ZkUrl</name>
    <message>
        <source>the ZooKeeper URL is empty</source>
        <translation>die ZooKeeper-URL ist leer</translation>
    </message>
    <message>
        <source>a ZooKeeper URL starts with zk://, e.g. zk://host1:2181,host2:2181/mesos</source>
        <translation>eine ZooKeeper-URL beginnt mit zk://, z. B. zk://host1:2181,host2:2181/mesos</translation>
    </message>
    <message>
        <source>credentials must be written as user:password@</source>
        <translation>Anmeldedaten müssen als user:password@ geschrieben werden</translation>
    </message>
    <message>
        <source>the password after &quot;%1:&quot; is empty</source>
        <translation>das Passwort nach „%1:“ ist leer</translation>
    </message>
    <message>
        <source>no ZooKeeper host is given</source>
        <translation>kein ZooKeeper-Host angegeben</translation>
    </message>
    <message>
        <source>the URL has no znode path, e.g. zk://%1/mesos</source>
        <translation>die URL hat keinen znode-Pfad, z. B. zk://%1/mesos</translation>
    </message>
    <message>
        <source>invalid znode path &quot;%1&quot;</source>
        <translation>ungültiger znode-Pfad „%1“</translation>
    </message>
    <message>
        <source>invalid character in znode path &quot;%1&quot;</source>
        <translation>ungültiges Zeichen im znode-Pfad „%1“</translation>
    </message>
    <message>
        <source>a znode name in &quot;%1&quot; begins or ends with a space</source>
        <translation>ein znode-Name in „%1“ beginnt oder endet mit einem Leerzeichen</translation>
    </message>
    <message>
        <source>empty host in the host list</source>
        <translation>leerer Host in der Host-Liste</translation>
    </message>
    <message>
        <source>unclosed &apos;[&apos; in host &quot;%1&quot;</source>
        <translation>nicht geschlossene &apos;[&apos; im Host &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected text after &apos;]&apos; in host &quot;%1&quot;</source>
        <translation>unerwarteter Text nach &apos;]&apos; im Host &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in brackets is not an IPv6 address</source>
        <translation>&quot;%1&quot; in Klammern ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>IPv6 address &quot;%1&quot; must be written in brackets</source>
        <translation>IPv6-Adresse &quot;%1&quot; muss in Klammern stehen</translation>
    </message>
    <message>
        <source>missing host name before &apos;:%1&apos;</source>
        <translation>Hostname fehlt vor &apos;:%1&apos;</translation>
    </message>
    <message>
        <source>invalid character &apos;%1&apos; in host &quot;%2&quot;</source>
        <translation>ungültiges Zeichen &apos;%1&apos; im Host &quot;%2&quot;</translation>
    </message>
    <message>
        <source>missing port after &apos;:&apos; in &quot;%1&quot;</source>
        <translation>Port fehlt nach &apos;:&apos; in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; (expected 1-65535)</source>
        <translation>ungültiger Port &quot;%1&quot; (erwartet 1-65535)</translation>
    </message>
    <message>
        <source>ZooKeeper over TLS is not supported by this build: its ZooKeeper C client (Debian&apos;s 3.8) has no TLS. Use the ensemble&apos;s plain client port, with digest credentials (zk://user:password@host:2181/path) if it needs them.</source>
        <translation>ZooKeeper über TLS wird von diesem Build nicht unterstützt: sein ZooKeeper-C-Client (Debians 3.8) hat kein TLS. Nutzen Sie den normalen Client-Port des Ensembles, bei Bedarf mit Digest-Anmeldedaten (zk://user:password@host:2181/path).</translation>
    </message>
    <message>
        <source>ZooKeeper SASL (Kerberos) authentication is not supported by this build: its ZooKeeper C client (Debian&apos;s 3.8) has no SASL. Digest credentials (zk://user:password@host:2181/path) work.</source>
        <translation>ZooKeeper-SASL-Authentifizierung (Kerberos) wird von diesem Build nicht unterstützt: sein ZooKeeper-C-Client (Debians 3.8) hat kein SASL. Digest-Anmeldedaten (zk://user:password@host:2181/path) funktionieren.</translation>
    </message>
    <message>
        <source>unknown ZooKeeper URL option &quot;%1&quot;</source>
        <translation>unbekannte ZooKeeper-URL-Option &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ZkWritePolicy</name>
    <message>
        <source>Value too large for the server (about 1 MiB): %1 bytes. ZooKeeper&apos;s jute.maxbuffer limits a request to 1,048,575 bytes; nothing was written.</source>
        <translation>Wert zu groß für den Server (etwa 1 MiB): %1 Bytes. jute.maxbuffer von ZooKeeper begrenzt eine Anfrage auf 1.048.575 Bytes; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The node changed since it was read (another client wrote it); nothing was written.</source>
        <translation>Der Knoten hat sich seit dem Lesen geändert (ein anderer Client hat ihn geschrieben); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Not allowed (ZNOAUTH): the node&apos;s ACL does not grant this session that permission.</source>
        <translation>Nicht erlaubt (ZNOAUTH): Die ACL des Knotens gewährt dieser Sitzung dieses Recht nicht.</translation>
    </message>
    <message>
        <source>The node does not exist any more.</source>
        <translation>Der Knoten existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A node with that name already exists.</source>
        <translation>Ein Knoten mit diesem Namen existiert schon.</translation>
    </message>
    <message>
        <source>ZooKeeper refused: %1</source>
        <translation>ZooKeeper hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The node has children now (created since it was read); nothing was deleted.</source>
        <translation>Der Knoten hat jetzt Kinder (seit dem Lesen angelegt); es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Enter a name for the new node.</source>
        <translation>Geben Sie einen Namen für den neuen Knoten ein.</translation>
    </message>
    <message>
        <source>A name is one path segment: it cannot contain &apos;/&apos;.</source>
        <translation>Ein Name ist ein einzelnes Pfadsegment: Er darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; are not allowed as node names.</source>
        <translation>„.“ und „..“ sind als Knotennamen nicht erlaubt.</translation>
    </message>
    <message>
        <source>The name contains a control or reserved character that ZooKeeper refuses.</source>
        <translation>Der Name enthält ein Steuer- oder reserviertes Zeichen, das ZooKeeper ablehnt.</translation>
    </message>
    <message>
        <source>%1 already exists (ZNODEEXISTS); nothing was created.</source>
        <translation>%1 existiert bereits (ZNODEEXISTS); es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>The parent %1 does not exist any more (deleted meanwhile); nothing was created.</source>
        <translation>Der Elternknoten %1 existiert nicht mehr (inzwischen gelöscht); es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Not allowed (ZNOAUTH): the ACL of %1 does not grant this session the create permission.</source>
        <translation>Nicht erlaubt (ZNOAUTH): Die ACL von %1 gewährt dieser Sitzung kein Recht zum Anlegen.</translation>
    </message>
    <message>
        <source>%1 is ephemeral, and an ephemeral node cannot have children.</source>
        <translation>%1 ist ephemer, und ein ephemerer Knoten kann keine Kinder haben.</translation>
    </message>
    <message>
        <source>The root node cannot be deleted.</source>
        <translation>Der Wurzelknoten kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>/zookeeper holds ZooKeeper&apos;s own quota and configuration nodes; they are not deleted from here.</source>
        <translation>/zookeeper enthält die eigenen Quota- und Konfigurationsknoten von ZooKeeper; sie werden nicht von hier aus gelöscht.</translation>
    </message>
</context>
<context>
    <name>ZooKeeperPage</name>
    <message>
        <source>Tree from:</source>
        <translation>Baum ab:</translation>
    </message>
    <message>
        <source>Allow changes</source>
        <translation>Änderungen erlauben</translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation>Wert bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy value as shown</source>
        <translation>Wert wie angezeigt kopieren</translation>
    </message>
    <message>
        <source>ZooKeeper</source>
        <translation>ZooKeeper</translation>
    </message>
    <message>
        <source>Not connected. Connect to a cluster by its ZooKeeper URL (zk://…) to explore its ZooKeeper.</source>
        <translation>Nicht verbunden. Verbinden Sie sich über die ZooKeeper-URL (zk://…) mit einem Cluster, um seinen ZooKeeper zu erkunden.</translation>
    </message>
    <message>
        <source>This connection goes straight to a master URL, so there is no ZooKeeper to explore. Connect with the cluster&apos;s ZooKeeper URL (zk://host:2181/mesos) to browse it and see the ensemble&apos;s health.</source>
        <translation>Diese Verbindung geht direkt an eine Master-URL, daher gibt es keinen ZooKeeper zu erkunden. Verbinden Sie sich mit der ZooKeeper-URL des Clusters (zk://host:2181/mesos), um ihn zu durchsuchen und den Zustand des Ensembles zu sehen.</translation>
    </message>
    <message>
        <source>/ (the whole tree)</source>
        <translation>/ (der ganze Baum)</translation>
    </message>
    <message>
        <source>ZooKeeper: %1</source>
        <translation>ZooKeeper: %1</translation>
    </message>
    <message>
        <source>The connection is read-only (File → Read-only).</source>
        <translation>Die Verbindung ist nur lesend (Datei → Marathon nur lesend).</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesend</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Export subtree as JSON…</source>
        <translation>Teilbaum als JSON exportieren…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>New node…</source>
        <translation>Neuer Knoten…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Delete this node and everything under it (counted first, then confirmed).</source>
        <translation>Diesen Knoten und alles darunter löschen (erst gezählt, dann bestätigt).</translation>
    </message>
    <message>
        <source>Changes are off: tick Allow changes first.</source>
        <translation>Änderungen sind aus: Haken Sie zuerst „Änderungen erlauben“ an.</translation>
    </message>
    <message>
        <source>Select the node to create the new node under.</source>
        <translation>Wählen Sie den Knoten, unter dem der neue Knoten angelegt werden soll.</translation>
    </message>
    <message>
        <source>The selected node is ephemeral, and an ephemeral node cannot have children.</source>
        <translation>Der gewählte Knoten ist ephemer, und ein ephemerer Knoten kann keine Kinder haben.</translation>
    </message>
    <message>
        <source>Create a child of %1.</source>
        <translation>Ein Kind von %1 anlegen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop console for Apache Mesos and Marathon clusters.</source>
        <translation>Eine Desktop-Konsole für Apache-Mesos- und Marathon-Cluster.</translation>
    </message>
    <message>
        <source>Connect to the cluster behind this ZooKeeper URL (zk://host:2181/mesos).</source>
        <translation>Mit dem Cluster hinter dieser ZooKeeper-URL verbinden (zk://host:2181/mesos).</translation>
    </message>
    <message>
        <source>Connect to this Mesos master URL (http://host:5050).</source>
        <translation>Mit dieser Mesos-Master-URL verbinden (http://host:5050).</translation>
    </message>
    <message>
        <source>Print Marathon&apos;s leader as host:port and exit.</source>
        <translation>Den Marathon-Leader als host:port ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Seconds to wait for a leader when resolving (default 10).</source>
        <translation>Sekunden, die beim Auflösen auf einen Leader gewartet wird (Standard 10).</translation>
    </message>
    <message>
        <source>User interface language (e.g. de).</source>
        <translation>Sprache der Oberfläche (z. B. de).</translation>
    </message>
    <message>
        <source>Save a picture of the window to this file, then quit.</source>
        <translation>Ein Bild des Fensters in diese Datei speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot (default 1500).</source>
        <translation>Millisekunden Wartezeit vor dem Screenshot (Standard 1500).</translation>
    </message>
    <message>
        <source>mesosdesk: --timeout takes a positive number of seconds</source>
        <translation>mesosdesk: --timeout erwartet eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <source>mesosdesk: cannot connect to &quot;%1&quot;: %2</source>
        <translation>mesosdesk: keine Verbindung zu „%1“: %2</translation>
    </message>
    <message>
        <source>give --zk or --master, not both</source>
        <translation>--zk oder --master angeben, nicht beides</translation>
    </message>
    <message>
        <source>--zk takes a ZooKeeper URL (zk://host:2181/mesos)</source>
        <translation>--zk erwartet eine ZooKeeper-URL (zk://host:2181/mesos)</translation>
    </message>
    <message>
        <source>--master takes a master URL (http://host:5050)</source>
        <translation>--master erwartet eine Master-URL (http://host:5050)</translation>
    </message>
    <message>
        <source>Print each ZooKeeper server&apos;s mode, zxid and latency; exit 0 when a quorum serves.</source>
        <translation>Modus, zxid und Latenz jedes ZooKeeper-Servers ausgeben; Exit-Code 0, wenn ein Quorum bedient.</translation>
    </message>
    <message>
        <source>give --profile or a URL, not both</source>
        <translation>--profile oder eine URL angeben, nicht beides</translation>
    </message>
    <message>
        <source>mesosdesk: no profile is called &quot;%1&quot; (%2)</source>
        <translation>mesosdesk: kein Profil heißt „%1“ (%2)</translation>
    </message>
    <message>
        <source>there are no profiles</source>
        <translation>es gibt keine Profile</translation>
    </message>
    <message>
        <source>Colours for this run: system, light or dark (the View menu&apos;s choice is kept).</source>
        <translation>Farben für diesen Lauf: system, light oder dark (die Wahl im Menü Ansicht bleibt erhalten).</translation>
    </message>
    <message>
        <source>mesosdesk: --theme takes system, light or dark</source>
        <translation>mesosdesk: --theme erwartet system, light oder dark</translation>
    </message>
    <message>
        <source>Print the leading Mesos master as host:port and exit (of this ZooKeeper URL, or of --profile).</source>
        <translation>Den Mesos-Leader als host:port ausgeben und beenden (von dieser ZooKeeper-URL oder von --profile).</translation>
    </message>
    <message>
        <source>Open the cluster of this saved profile (its name); with --resolve or --zk-status, ask its ZooKeeper.</source>
        <translation>Den Cluster dieses gespeicherten Profils (per Name) öffnen; mit --resolve oder --zk-status dessen ZooKeeper fragen.</translation>
    </message>
    <message>
        <source>With --zk: the leaders ZooKeeper names serve HTTPS.</source>
        <translation>Mit --zk: die Leader, die ZooKeeper nennt, sprechen HTTPS.</translation>
    </message>
    <message>
        <source>--https goes with --zk (a master URL says https:// itself)</source>
        <translation>--https gehört zu --zk (eine Master-URL nennt https:// selbst)</translation>
    </message>
</context>
</TS>
