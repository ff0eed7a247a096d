<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AgentState</name>
    <message>
        <location filename="../cluster/sandbox/AgentState.cpp" line="64"/>
        <source>The agent knows no executor %1 of framework %2 (it may have been removed by garbage collection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/sandbox/AgentState.cpp" line="70"/>
        <source>The agent did not report a sandbox directory for executor %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/sandbox/AgentState.cpp" line="85"/>
        <source>The agent state is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/sandbox/AgentState.cpp" line="90"/>
        <source>The agent state is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/sandbox/AgentState.cpp" line="96"/>
        <source>The answer does not look like an agent state (no frameworks).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../models/mesos/AgentsModel.cpp" line="26"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/AgentsModel.cpp" line="26"/>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/AgentsModel.cpp" line="74"/>
        <source>Used: %1
Total: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/AgentsModel.cpp" line="74"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/AgentsModel.cpp" line="91"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/AgentsModel.cpp" line="93"/>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/AgentsModel.cpp" line="95"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/AgentsModel.cpp" line="97"/>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/AgentsModel.cpp" line="99"/>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/AgentsModel.cpp" line="101"/>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/AgentsModel.cpp" line="103"/>
        <source>Running tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/AgentsModel.cpp" line="105"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/AgentsModel.cpp" line="107"/>
        <source>Version</source>
        <translation type="unfinished">Version</translation>
    </message>
    <message>
        <location filename="../models/mesos/AgentsModel.cpp" line="109"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/AgentsModel.cpp" line="111"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/AgentsModel.cpp" line="113"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../cluster/net/ApiError.cpp" line="73"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/net/ApiError.cpp" line="73"/>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/net/ApiError.cpp" line="75"/>
        <source>the request timed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppDefinitionValidator</name>
    <message>
        <location filename="../cluster/marathon/AppDefinitionValidator.cpp" line="89"/>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/AppDefinitionValidator.cpp" line="93"/>
        <source>must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/AppDefinitionValidator.cpp" line="97"/>
        <source>is not a known app property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/AppDefinitionValidator.cpp" line="102"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/AppDefinitionValidator.cpp" line="105"/>
        <source>must be a path of lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, e.g. /group/my-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/AppDefinitionValidator.cpp" line="108"/>
        <source>must not be empty (leave it out instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/AppDefinitionValidator.cpp" line="111"/>
        <source>cannot be used together with cmd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/AppDefinitionValidator.cpp" line="115"/>
        <location filename="../cluster/marathon/AppDefinitionValidator.cpp" line="127"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/AppDefinitionValidator.cpp" line="119"/>
        <source>must be a string or {&quot;secret&quot;: name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/AppDefinitionValidator.cpp" line="123"/>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/AppDefinitionValidator.cpp" line="130"/>
        <source>must be YOUNGEST_FIRST or OLDEST_FIRST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/AppDefinitionValidator.cpp" line="138"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/AppDefinitionValidator.cpp" line="140"/>
        <source>must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/AppDefinitionValidator.cpp" line="150"/>
        <source>must be [field, operator, value?] with operator one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppEditorDialog</name>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="71"/>
        <source>New Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="71"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="96"/>
        <source>/group/my-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="98"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="108"/>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="110"/>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="113"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="111"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="114"/>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="118"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="121"/>
        <source>shell command, e.g. python3 -m http.server $PORT0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="122"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="125"/>
        <source>one URI per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="127"/>
        <source>URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="130"/>
        <source>KEY=value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="132"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="135"/>
        <source>key=value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="137"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="138"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="149"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="152"/>
        <source>Create Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="152"/>
        <source>Change and deploy configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="188"/>
        <source>Restored the draft you did not send last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="199"/>
        <source>The JSON has a syntax error; fix it on the JSON tab before the form can update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="247"/>
        <source>JSON syntax error at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="248"/>
        <source>The definition must be a JSON object { ... }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="286"/>
        <source>There was a problem with your configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="348"/>
        <source>An app with this id already exists. Choose another id, or edit the existing app instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="350"/>
        <source>Marathon refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="352"/>
        <source>The app is locked by deployment %1, so the change was refused. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="356"/>
        <source>There was a problem with your configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="357"/>
        <source>The change was not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="376"/>
        <source>On the JSON tab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="408"/>
        <source>Stop the deployment and apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="409"/>
        <source>Deployment %1 holds %2. Stop it (without rollback) and apply your change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppEditorDialog.cpp" line="411"/>
        <source>Stop and apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="51"/>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="53"/>
        <source>Kill &amp;&amp; Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="55"/>
        <source>Kill &amp;&amp; Wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="57"/>
        <source>Only for apps with persistent volumes: also destroys the volumes and reservations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="83"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="99"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="107"/>
        <source>Apply this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="116"/>
        <source>Pick a version to see what differs from the current configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="118"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="131"/>
        <source>Last task failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="136"/>
        <source>Launch queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="141"/>
        <source>Reset Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="145"/>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="153"/>
        <source>Open stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="155"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="156"/>
        <source>Open stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="158"/>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="159"/>
        <source>Browse sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="161"/>
        <source>Follow all instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="163"/>
        <source>One view following the stdout of every task of this app, each line marked by its task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="179"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="180"/>
        <source>Follow the selected task&apos;s stdout; the arrow offers stderr, its sandbox and all instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="235"/>
        <source>Select an app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="247"/>
        <source>Could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="260"/>
        <source>%1 healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="260"/>
        <source>no health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="261"/>
        <source>%1 — %2 of %3 running, %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="263"/>
        <source>, deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="270"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="271"/>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="272"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="272"/>
        <location filename="../widgets/marathon/AppPage.cpp" line="273"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="273"/>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="274"/>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="275"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="276"/>
        <source>Container image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="278"/>
        <source>URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="284"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="285"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="286"/>
        <source>Health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="287"/>
        <source>Version</source>
        <translation type="unfinished">Version</translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="288"/>
        <source>Last scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="289"/>
        <source>Last configuration change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="295"/>
        <source>This app does not have failed tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="296"/>
        <source>Task %1
State: %2
Message: %3
Host: %4
When: %5
Version: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="306"/>
        <source>Not in the launch queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="308"/>
        <source>Delayed: %1 instance(s) wait %2 s more after failed launches (backoff).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="314"/>
        <source>%1: declined %2 of %3 offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="315"/>
        <source>Waiting for offers: %1 instance(s); %2 offers processed, %3 unused.
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="317"/>
        <source>No reject reasons reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="328"/>
        <source>Could not load versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="346"/>
        <source>Could not load version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppPage.cpp" line="357"/>
        <source>Same configuration as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppStatus</name>
    <message>
        <location filename="../models/marathon/AppStatus.cpp" line="19"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppStatus.cpp" line="20"/>
        <source>Deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppStatus.cpp" line="21"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppStatus.cpp" line="22"/>
        <source>Delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppStatus.cpp" line="23"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppTasksModel</name>
    <message>
        <location filename="../models/marathon/AppTasksModel.cpp" line="12"/>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppTasksModel.cpp" line="13"/>
        <source>Unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppTasksModel.cpp" line="16"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppTasksModel.cpp" line="40"/>
        <source>(not reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppTasksModel.cpp" line="54"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppTasksModel.cpp" line="55"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppTasksModel.cpp" line="56"/>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppTasksModel.cpp" line="57"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppTasksModel.cpp" line="58"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppTasksModel.cpp" line="59"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppTasksModel.cpp" line="60"/>
        <source>Version</source>
        <translation type="unfinished">Version</translation>
    </message>
    <message>
        <location filename="../models/marathon/AppTasksModel.cpp" line="61"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsModel</name>
    <message>
        <location filename="../models/marathon/AppsModel.cpp" line="225"/>
        <source>Healthy %1, unhealthy %2, unknown %3, staged %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppsModel.cpp" line="237"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppsModel.cpp" line="241"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppsModel.cpp" line="252"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppsModel.cpp" line="253"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppsModel.cpp" line="254"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppsModel.cpp" line="255"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppsModel.cpp" line="256"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppsModel.cpp" line="257"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/AppsModel.cpp" line="258"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsView</name>
    <message>
        <location filename="../widgets/marathon/AppsView.cpp" line="22"/>
        <source>Filter by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppsView.cpp" line="27"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppsView.cpp" line="33"/>
        <source>Any health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppsView.cpp" line="34"/>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppsView.cpp" line="35"/>
        <source>Unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppsView.cpp" line="36"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppsView.cpp" line="37"/>
        <source>Staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppsView.cpp" line="41"/>
        <source>label or label:value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppsView.cpp" line="88"/>
        <source>No applications created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/AppsView.cpp" line="88"/>
        <source>No applications match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthBroker</name>
    <message>
        <location filename="../cluster/auth/AuthBroker.cpp" line="1"/>
        <source>%1 needs credentials; signing in was stopped</source>
        <translation>%1 verlangt Anmeldedaten; die Anmeldung wurde beendet</translation>
    </message>
    <message>
        <location filename="../cluster/auth/AuthBroker.cpp" line="1"/>
        <source>%1 needs credentials (realm &quot;%2&quot;); signing in was stopped</source>
        <translation>%1 verlangt Anmeldedaten (Bereich „%2“); die Anmeldung wurde beendet</translation>
    </message>
    <message>
        <location filename="../cluster/auth/AuthBroker.cpp" line="1"/>
        <source>%1 refused %2.</source>
        <translation>%1 hat %2 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../cluster/auth/AuthBroker.cpp" line="1"/>
        <source>%1 refused %2 (realm &quot;%3&quot;).</source>
        <translation>%1 hat %2 abgelehnt (Bereich „%3“).</translation>
    </message>
    <message>
        <location filename="../cluster/auth/AuthBroker.cpp" line="1"/>
        <source>signing in to %1 was canceled</source>
        <translation>die Anmeldung bei %1 wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>AuthPromptController</name>
    <message>
        <location filename="../widgets/auth/AuthPromptController.cpp" line="1"/>
        <source>Sign &amp;In Again</source>
        <translation>Erneut &amp;anmelden</translation>
    </message>
    <message>
        <location filename="../widgets/auth/AuthPromptController.cpp" line="1"/>
        <source>Read-only credentials: %1 may not change anything on %2.</source>
        <translation>Nur-Lese-Anmeldung: %1 darf auf %2 nichts ändern.</translation>
    </message>
    <message>
        <location filename="../widgets/auth/AuthPromptController.cpp" line="1"/>
        <source>Read-only credentials: %1 may not change anything on %2 (realm &quot;%3&quot;).</source>
        <translation>Nur-Lese-Anmeldung: %1 darf auf %2 nichts ändern (Bereich „%3“).</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../widgets/mesos/ChartsPage.cpp" line="25"/>
        <source>Allocation over time (% of total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/ChartsPage.cpp" line="26"/>
        <source>Tasks by state over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/ChartsPage.cpp" line="27"/>
        <source>Most allocated agents (CPU %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/ChartsPage.cpp" line="70"/>
        <location filename="../widgets/mesos/ChartsPage.cpp" line="173"/>
        <source>Not connected to a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/ChartsPage.cpp" line="119"/>
        <source>No agents known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/ChartsPage.cpp" line="134"/>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/ChartsPage.cpp" line="135"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterHistory</name>
    <message>
        <location filename="../models/mesos/ClusterHistory.cpp" line="12"/>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/ClusterHistory.cpp" line="12"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/ClusterHistory.cpp" line="12"/>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/ClusterHistory.cpp" line="12"/>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/ClusterHistory.cpp" line="13"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/ClusterHistory.cpp" line="13"/>
        <source>Staging/starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/ClusterHistory.cpp" line="13"/>
        <source>Killing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/ClusterHistory.cpp" line="13"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/ClusterHistory.cpp" line="13"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/ClusterHistory.cpp" line="14"/>
        <source>Killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/ClusterHistory.cpp" line="14"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/ClusterHistory.cpp" line="28"/>
        <source>No data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/ClusterHistory.cpp" line="30"/>
        <source>Metrics are not available yet (waiting for /metrics/snapshot or the agents&apos; resources).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/ClusterHistory.cpp" line="31"/>
        <source>Collecting… (a chart needs two samples)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../widgets/common/ConfirmDialog.cpp" line="36"/>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../widgets/common/ConnectionDialog.cpp" line="14"/>
        <source>Connect to a cluster</source>
        <translation>Mit einem Cluster verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/common/ConnectionDialog.cpp" line="19"/>
        <source>zk://host1:2181,host2:2181/mesos or http://master:5050</source>
        <translation>zk://host1:2181,host2:2181/mesos oder http://master:5050</translation>
    </message>
    <message>
        <location filename="../widgets/common/ConnectionDialog.cpp" line="23"/>
        <source>A ZooKeeper URL follows the leader through failovers and lists every master. A master URL reaches the leader through that master.</source>
        <translation>Eine ZooKeeper-URL folgt dem Leader über Failover hinweg und nennt jeden Master. Eine Master-URL erreicht den Leader über diesen Master.</translation>
    </message>
    <message>
        <location filename="../widgets/common/ConnectionDialog.cpp" line="36"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/common/ConnectionDialog.cpp" line="41"/>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
</context>
<context>
    <name>ConnectionTarget</name>
    <message>
        <location filename="../cluster/core/ConnectionTarget.cpp" line="30"/>
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
        <source>a master URL carries no user name or password; remove &quot;%1@&quot;</source>
        <translation>eine Master-URL enthält keinen Benutzernamen und kein Passwort; „%1@“ entfernen</translation>
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
</context>
<context>
    <name>CredentialPrompt</name>
    <message>
        <location filename="../widgets/auth/CredentialPrompt.cpp" line="1"/>
        <source>This host is not one of the connection&apos;s hosts: it was reached through a redirect or the Mesos framework list. Only what you enter here is sent to it.</source>
        <translation>Dieser Host gehört nicht zu den Hosts der Verbindung: Er wurde über eine Weiterleitung oder die Mesos-Framework-Liste erreicht. Nur was Sie hier eingeben, wird an ihn gesendet.</translation>
    </message>
    <message>
        <location filename="../widgets/auth/CredentialPrompt.cpp" line="1"/>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <location filename="../widgets/auth/CredentialPrompt.cpp" line="1"/>
        <source>Token (DC/OS)</source>
        <translation>Token (DC/OS)</translation>
    </message>
    <message>
        <location filename="../widgets/auth/CredentialPrompt.cpp" line="1"/>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <location filename="../widgets/auth/CredentialPrompt.cpp" line="1"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../widgets/auth/CredentialPrompt.cpp" line="1"/>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../widgets/auth/CredentialPrompt.cpp" line="1"/>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <location filename="../widgets/auth/CredentialPrompt.cpp" line="1"/>
        <source>%1 asks for credentials.</source>
        <translation>%1 verlangt Anmeldedaten.</translation>
    </message>
    <message>
        <location filename="../widgets/auth/CredentialPrompt.cpp" line="1"/>
        <source>%1 asks for credentials for the realm &quot;%2&quot;.</source>
        <translation>%1 verlangt Anmeldedaten für den Bereich „%2“.</translation>
    </message>
    <message>
        <location filename="../widgets/auth/CredentialPrompt.cpp" line="1"/>
        <source>%1 Check the user name and password, or cancel to stop asking.</source>
        <translation>%1 Prüfen Sie Benutzername und Passwort, oder brechen Sie ab, um nicht weiter gefragt zu werden.</translation>
    </message>
    <message>
        <location filename="../widgets/auth/CredentialPrompt.cpp" line="1"/>
        <source>Remember in the keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../widgets/auth/CredentialPrompt.cpp" line="1"/>
        <source>Keep in memory for this run</source>
        <translation>Für diese Sitzung im Speicher behalten</translation>
    </message>
    <message>
        <location filename="../widgets/auth/CredentialPrompt.cpp" line="1"/>
        <source>The keychain cannot be used (%1): nothing can be remembered after MesosDesk quits.</source>
        <translation>Der Schlüsselbund ist nicht verwendbar (%1): Nach dem Beenden von MesosDesk bleibt nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/auth/CredentialPrompt.cpp" line="1"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../widgets/auth/CredentialPrompt.cpp" line="1"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
</context>
<context>
    <name>DeploymentsModel</name>
    <message>
        <location filename="../models/marathon/DeploymentsModel.cpp" line="21"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/DeploymentsModel.cpp" line="24"/>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/DeploymentsModel.cpp" line="35"/>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/DeploymentsModel.cpp" line="36"/>
        <source>Affected apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/DeploymentsModel.cpp" line="37"/>
        <source>Current actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/DeploymentsModel.cpp" line="38"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/DeploymentsModel.cpp" line="39"/>
        <source>Version</source>
        <translation type="unfinished">Version</translation>
    </message>
</context>
<context>
    <name>DeploymentsView</name>
    <message>
        <location filename="../widgets/marathon/DeploymentsView.cpp" line="15"/>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/DeploymentsView.cpp" line="17"/>
        <source>Starts a new deployment that reverts this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/DeploymentsView.cpp" line="18"/>
        <source>Force stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/DeploymentsView.cpp" line="20"/>
        <source>Cancels without rollback: may leave a mix of old and new tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/DeploymentsView.cpp" line="35"/>
        <source>No deployments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../models/marathon/EventLogModel.cpp" line="29"/>
        <source>Deployment started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/EventLogModel.cpp" line="30"/>
        <source>Deployment succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/EventLogModel.cpp" line="31"/>
        <source>Deployment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/EventLogModel.cpp" line="32"/>
        <source>Task failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/EventLogModel.cpp" line="33"/>
        <source>Task lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/EventLogModel.cpp" line="34"/>
        <source>Health changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/EventLogModel.cpp" line="58"/>
        <source>%1 %2 on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/EventLogModel.cpp" line="62"/>
        <source>%1 failed a health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/EventLogModel.cpp" line="63"/>
        <source>%1 is healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/EventLogModel.cpp" line="63"/>
        <source>%1 is unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/EventLogModel.cpp" line="66"/>
        <source>deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/EventLogModel.cpp" line="103"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/EventLogModel.cpp" line="104"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/EventLogModel.cpp" line="105"/>
        <source>App / deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/marathon/EventLogModel.cpp" line="106"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <location filename="../widgets/marathon/EventLogView.cpp" line="26"/>
        <source>Desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDownload</name>
    <message>
        <location filename="../cluster/sandbox/FileDownload.cpp" line="23"/>
        <location filename="../cluster/sandbox/FileDownload.cpp" line="39"/>
        <location filename="../cluster/sandbox/FileDownload.cpp" line="53"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/sandbox/FileDownload.cpp" line="65"/>
        <source>Download canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileTail</name>
    <message>
        <location filename="../cluster/sandbox/FileTail.cpp" line="18"/>
        <source>You are not authorized to read this file (the agent answered 401/403). Check the credentials of this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/sandbox/FileTail.cpp" line="167"/>
        <source>The agent answered offset %1 for a read at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/sandbox/FileTail.cpp" line="214"/>
        <source>The file %1 does not exist on the agent (the sandbox may have been garbage collected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/sandbox/FileTail.cpp" line="258"/>
        <source>The agent answered an unexpected offset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesReadChunk</name>
    <message>
        <location filename="../cluster/sandbox/FilesReadChunk.cpp" line="214"/>
        <source>the agent&apos;s answer to /files/read is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/sandbox/FilesReadChunk.cpp" line="227"/>
        <location filename="../cluster/sandbox/FilesReadChunk.cpp" line="230"/>
        <location filename="../cluster/sandbox/FilesReadChunk.cpp" line="243"/>
        <location filename="../cluster/sandbox/FilesReadChunk.cpp" line="255"/>
        <source>malformed JSON in the agent&apos;s answer to /files/read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/sandbox/FilesReadChunk.cpp" line="246"/>
        <source>the agent&apos;s answer to /files/read was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/sandbox/FilesReadChunk.cpp" line="260"/>
        <source>unexpected text after the agent&apos;s answer to /files/read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/sandbox/FilesReadChunk.cpp" line="262"/>
        <source>the agent&apos;s answer to /files/read lacks &quot;data&quot; or &quot;offset&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/sandbox/FilesReadChunk.cpp" line="264"/>
        <source>the agent answered a negative file offset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworksModel</name>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="14"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="14"/>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="16"/>
        <source>connected</source>
        <translation type="unfinished">verbunden</translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="16"/>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="79"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="81"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="83"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="85"/>
        <source>Web UI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="87"/>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="89"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="91"/>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="93"/>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="95"/>
        <source>Active tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="97"/>
        <source>Ended tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="99"/>
        <source>Failed tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="101"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="103"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="105"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/FrameworksModel.cpp" line="107"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupScaleDialog</name>
    <message>
        <location filename="../widgets/marathon/GroupScaleDialog.cpp" line="18"/>
        <source>Scale group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/GroupScaleDialog.cpp" line="29"/>
        <source>Every app&apos;s instances are multiplied by this factor and rounded up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/GroupScaleDialog.cpp" line="30"/>
        <source>Scale by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/GroupScaleDialog.cpp" line="37"/>
        <source>Scale group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/GroupScaleDialog.cpp" line="58"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/marathon/GroupScaleDialog.cpp" line="60"/>
        <source>… and %n more app(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpCredential</name>
    <message>
        <location filename="../cluster/auth/HttpCredential.cpp" line="1"/>
        <source>the token</source>
        <translation>das Token</translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <location filename="../cluster/net/HttpTransport.cpp" line="119"/>
        <source>too many redirects from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <location filename="../cluster/credentials/KeychainCredentialStore.cpp" line="13"/>
        <source>the keychain did not answer in time (is it locked or waiting for a password?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderHistoryModel</name>
    <message>
        <location filename="../models/common/LeaderHistoryModel.cpp" line="40"/>
        <source>no leader</source>
        <translation>kein Leader</translation>
    </message>
    <message>
        <location filename="../models/common/LeaderHistoryModel.cpp" line="59"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/common/LeaderHistoryModel.cpp" line="61"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../models/common/LeaderHistoryModel.cpp" line="63"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../models/common/LeaderHistoryModel.cpp" line="65"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>LeaderStatusBar</name>
    <message>
        <location filename="../widgets/common/LeaderStatusBar.cpp" line="28"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../widgets/common/LeaderStatusBar.cpp" line="37"/>
        <source>ZooKeeper: %1</source>
        <translation>ZooKeeper: %1</translation>
    </message>
    <message>
        <location filename="../widgets/common/LeaderStatusBar.cpp" line="44"/>
        <source>Leader: none</source>
        <translation>Leader: keiner</translation>
    </message>
    <message>
        <location filename="../widgets/common/LeaderStatusBar.cpp" line="47"/>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <location filename="../widgets/common/LeaderStatusBar.cpp" line="48"/>
        <source>Leader: %1 (Mesos %2)</source>
        <translation>Leader: %1 (Mesos %2)</translation>
    </message>
    <message>
        <location filename="../widgets/common/LeaderStatusBar.cpp" line="54"/>
        <source>Masters: %1</source>
        <translation>Master: %1</translation>
    </message>
    <message>
        <location filename="../widgets/common/LeaderStatusBar.cpp" line="57"/>
        <source>Marathon: none</source>
        <translation>Marathon: keiner</translation>
    </message>
    <message>
        <location filename="../widgets/common/LeaderStatusBar.cpp" line="57"/>
        <source>Marathon: %1</source>
        <translation>Marathon: %1</translation>
    </message>
    <message>
        <location filename="../widgets/common/LeaderStatusBar.cpp" line="62"/>
        <source>leading for %1</source>
        <translation>führt seit %1</translation>
    </message>
    <message>
        <location filename="../widgets/common/LeaderStatusBar.cpp" line="69"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/common/LeaderStatusBar.cpp" line="71"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../widgets/common/LeaderStatusBar.cpp" line="73"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../widgets/common/LeaderStatusBar.cpp" line="74"/>
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
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="53"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="56"/>
        <source>Stop reading the file; resuming jumps back to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="58"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="62"/>
        <source>Keep the last line in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="64"/>
        <source>Wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="67"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="71"/>
        <source>Show ANSI colours (off: plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="72"/>
        <source>A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="73"/>
        <source>Smaller text (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="74"/>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="75"/>
        <source>Larger text (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="77"/>
        <source>Load earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="79"/>
        <source>Read the part of the file before the first line shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="80"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="81"/>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="82"/>
        <source>Save shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="84"/>
        <source>Save the lines this view holds to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="85"/>
        <source>Download file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="87"/>
        <source>Save the whole file from the agent, streamed to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="94"/>
        <source>Search (Enter: next, Shift+Enter: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="99"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="102"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="106"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="107"/>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="108"/>
        <source>Highlight all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="110"/>
        <source>Only matching lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="237"/>
        <source>── the file was truncated or rotated (size %1, was read up to %2); following the new file ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="244"/>
        <source>── %1 skipped while paused ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="268"/>
        <source>%n tasks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="301"/>
        <source>No file open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="303"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="305"/>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="307"/>
        <source>Following.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="309"/>
        <source>The agent is not answering: the text may be out of date; retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="310"/>
        <source>%1 of %2 agents are not answering; retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="314"/>
        <source>Showing bytes %1–%2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="318"/>
        <source>%n line(s) held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="335"/>
        <source>Invalid expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="362"/>
        <source>Counting matches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="368"/>
        <source>%n matching line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="391"/>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="426"/>
        <source>Save the lines shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="431"/>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="433"/>
        <source>Saved %n line(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="456"/>
        <source>Saved the whole file to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="459"/>
        <source>The download failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/LogViewerWidget.cpp" line="470"/>
        <source>Download the whole file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="35"/>
        <source>MesosDesk</source>
        <translation>MesosDesk</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="52"/>
        <source>Leader changes</source>
        <translation>Leader-Wechsel</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="64"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="72"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="93"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="94"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="95"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="96"/>
        <source>&amp;Read-only Marathon actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="106"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="108"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="109"/>
        <source>&amp;About MesosDesk</source>
        <translation>Über &amp;MesosDesk</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="110"/>
        <source>About MesosDesk</source>
        <translation>Über MesosDesk</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="111"/>
        <source>MesosDesk %1
A desktop console for Apache Mesos and Marathon.</source>
        <translation>MesosDesk %1
Eine Desktop-Konsole für Apache Mesos und Marathon.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="142"/>
        <source>MesosDesk — %1</source>
        <translation>MesosDesk — %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="158"/>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="201"/>
        <source>%1 (%n instance(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="211"/>
        <source>ZooKeeper refused the credentials of %1.</source>
        <translation>ZooKeeper hat die Zugangsdaten von %1 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="220"/>
        <source>No leading Mesos master.</source>
        <translation>Kein führender Mesos-Master.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="220"/>
        <source>Not connected. Use File → Connect.</source>
        <translation>Nicht verbunden. Datei → Verbinden wählen.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="223"/>
        <source>No Mesos master is leading (last leader: %1).</source>
        <translation>Kein Mesos-Master führt (letzter Leader: %1).</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="224"/>
        <location filename="../app/MainWindow.cpp" line="238"/>
        <source>Mesos</source>
        <translation>Mesos</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="229"/>
        <source>Leading master: %1
Version: %2
Id: %3</source>
        <translation>Führender Master: %1
Version: %2
Id: %3</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="230"/>
        <location filename="../app/MainWindow.cpp" line="231"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="233"/>
        <source>Leader changed: %1 → %2</source>
        <translation>Leader gewechselt: %1 → %2</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="236"/>
        <source>%1 leads again.</source>
        <translation>%1 führt wieder.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="135"/>
        <location filename="../app/MainWindow.cpp" line="245"/>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
</context>
<context>
    <name>MarathonClient</name>
    <message>
        <location filename="../cluster/marathon/MarathonClient.cpp" line="65"/>
        <source>Marathon at %1 is not reachable (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonClient.cpp" line="67"/>
        <source>Marathon at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonClient.cpp" line="70"/>
        <source>Marathon has no leader right now or is overloaded; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonClient.cpp" line="71"/>
        <source>Marathon answered without an explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonClient.cpp" line="97"/>
        <location filename="../cluster/marathon/MarathonClient.cpp" line="122"/>
        <location filename="../cluster/marathon/MarathonClient.cpp" line="190"/>
        <source>Marathon has not been found yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonClient.cpp" line="108"/>
        <source>Marathon sent an answer MesosDesk cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonClient.cpp" line="142"/>
        <source>Marathon sent an app list MesosDesk cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarathonDirectory</name>
    <message>
        <location filename="../cluster/marathon/MarathonDirectory.cpp" line="15"/>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonDirectory.cpp" line="15"/>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarathonPanel</name>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="39"/>
        <source>New App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="40"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="41"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="42"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="43"/>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="349"/>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="44"/>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="362"/>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="45"/>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="374"/>
        <source>Destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="46"/>
        <source>Reset Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="48"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="54"/>
        <source>Several Marathons run on this cluster: pick the one to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="82"/>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="84"/>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="94"/>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="86"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="93"/>
        <source>Deployments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="100"/>
        <source>Marathon not found yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="101"/>
        <source>● live — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="102"/>
        <source>○ polling — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="143"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="147"/>
        <source>Showing this Marathon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="165"/>
        <source>This connection is read-only: actions are disabled. Turn off &quot;read-only&quot; in the connection settings to change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="205"/>
        <source>Task %1 of %2 was lost on %3 (%4); Marathon replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="209"/>
        <source>Task %1 of %2 failed on %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="213"/>
        <source>Deployment %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="228"/>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="229"/>
        <source>%1: deployment %2 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="235"/>
        <source>Locked by a deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="236"/>
        <source>%1 was refused: the app is locked by deployment %2.

Stop that deployment (without rollback) and do it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="239"/>
        <source>Stop deployment and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="247"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="262"/>
        <source>Created %1 (deployment %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="275"/>
        <source>Cannot edit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="288"/>
        <source>Changed %1 (deployment %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="307"/>
        <source>Scaling %1 to %2 (deployment %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="330"/>
        <source>Scale down group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="331"/>
        <source>Every app under %1 is scaled by %2; %n app(s) lose instances, their tasks are killed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="335"/>
        <source>Scale down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="337"/>
        <source>Scale of group %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="347"/>
        <source>Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="348"/>
        <source>All tasks of %1 will be replaced following its upgrade strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="351"/>
        <source>Restart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="360"/>
        <source>Suspend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="361"/>
        <source>%1 will be scaled to 0: all %2 of its tasks are stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="364"/>
        <source>Suspend of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="372"/>
        <source>Destroy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="373"/>
        <source>%1 and all of its tasks will be removed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="376"/>
        <source>Destroy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="385"/>
        <source>Reset delay of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="396"/>
        <source>Kill %n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="397"/>
        <source>Kill %1?
Marathon starts replacements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="398"/>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="401"/>
        <source>Kill and scale down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="402"/>
        <source>Kill %1 and lower the instance count by %2? No replacements are started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="404"/>
        <source>Kill &amp; Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="407"/>
        <source>Kill and wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="408"/>
        <source>Kill %1 and DESTROY their persistent volumes and reservations? The data is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="409"/>
        <source>Kill &amp; Wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="421"/>
        <source>Roll back deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="422"/>
        <source>Deployment %1 will be reverted by a new deployment that restores the previous configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="424"/>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="426"/>
        <source>Rollback of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="433"/>
        <source>Force stop deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="434"/>
        <source>Deployment %1 will be cancelled WITHOUT rollback. This can leave a mix of old and new tasks running, and the app keeps the new configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="436"/>
        <source>Force stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="438"/>
        <source>Force stop of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="446"/>
        <source>Apply version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="447"/>
        <source>%1 will be deployed with its configuration of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="448"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/MarathonPanel.cpp" line="450"/>
        <source>Apply version %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarathonParser</name>
    <message>
        <location filename="../cluster/marathon/MarathonParser.cpp" line="207"/>
        <source>The answer holds no &quot;apps&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonParser.cpp" line="219"/>
        <source>The answer is not an app definition (no &quot;id&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonParser.cpp" line="237"/>
        <source>The answer holds no &quot;tasks&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonParser.cpp" line="257"/>
        <source>The deployments answer is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonParser.cpp" line="271"/>
        <source>The answer holds no &quot;queue&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonParser.cpp" line="314"/>
        <source>The /v2/info answer is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonParser.cpp" line="337"/>
        <source>The answer holds no &quot;versions&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonParser.cpp" line="349"/>
        <source>The answer names no leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonParser.cpp" line="360"/>
        <source>The event is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarathonSource</name>
    <message>
        <location filename="../cluster/marathon/MarathonSource.cpp" line="28"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonSource.cpp" line="28"/>
        <source>marathon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonSource.cpp" line="34"/>
        <source>No Marathon instance leads right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonSource.cpp" line="170"/>
        <source>Marathon closed the event stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/marathon/MarathonSource.cpp" line="307"/>
        <source>Live updates interrupted (%1); polling every %2 s and reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterInfo</name>
    <message>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="139"/>
        <source>MasterInfo is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="143"/>
        <source>MasterInfo is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="164"/>
        <source>MasterInfo has no usable address (hostname/ip and port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="176"/>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="183"/>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="190"/>
        <source>MasterInfo protobuf is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="201"/>
        <source>MasterInfo protobuf is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="208"/>
        <source>MasterInfo protobuf has no usable address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="217"/>
        <source>&quot;%1&quot; is not a master UPID (master@ip:port)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesosClusterPages</name>
    <message>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="46"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="47"/>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="48"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="49"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="51"/>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="51"/>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="53"/>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="56"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="52"/>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="54"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="53"/>
        <source>All frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="55"/>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="57"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="83"/>
        <source>Open stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="85"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="86"/>
        <source>Follow the selected task&apos;s stdout in the Sandbox tab (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="88"/>
        <source>Open stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="90"/>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="91"/>
        <source>Browse sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosClusterPages.cpp" line="177"/>
        <source>Stale data (last update %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesosDetailPane</name>
    <message>
        <location filename="../widgets/mesos/MesosDetailPane.cpp" line="19"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosDetailPane.cpp" line="19"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosDetailPane.cpp" line="28"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosDetailPane.cpp" line="29"/>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosDetailPane.cpp" line="53"/>
        <source>Latest status update from the event stream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosDetailPane.cpp" line="61"/>
        <source>… (%1 more bytes not shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesosFormat</name>
    <message>
        <location filename="../models/mesos/MesosFormat.cpp" line="28"/>
        <source>%1 TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/MesosFormat.cpp" line="30"/>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/MesosFormat.cpp" line="31"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesosJsonParser</name>
    <message>
        <location filename="../cluster/mesos/MesosJsonParser.cpp" line="864"/>
        <location filename="../cluster/mesos/MesosJsonParser.cpp" line="903"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosJsonParser.cpp" line="877"/>
        <location filename="../cluster/mesos/MesosJsonParser.cpp" line="977"/>
        <source>malformed JSON (trailing content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosJsonParser.cpp" line="992"/>
        <source>event without a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosJsonParser.cpp" line="1015"/>
        <source>%1 event without an id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesosLeaderDetector</name>
    <message>
        <location filename="../cluster/mesos/MesosLeaderDetector.cpp" line="65"/>
        <source>cannot decode %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesosSource</name>
    <message>
        <location filename="../cluster/mesos/MesosSource.cpp" line="188"/>
        <source>event stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosSource.cpp" line="209"/>
        <source>metrics are not available on this master (404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosSource.cpp" line="214"/>
        <location filename="../cluster/mesos/MesosSource.cpp" line="321"/>
        <source>%1: no leading master elected yet (503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosSource.cpp" line="216"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosSource.cpp" line="225"/>
        <location filename="../cluster/mesos/MesosSource.cpp" line="241"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosSource.cpp" line="323"/>
        <source>event stream refused: HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosSource.cpp" line="333"/>
        <location filename="../cluster/mesos/MesosSource.cpp" line="413"/>
        <source>event stream: %1; resubscribing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosSource.cpp" line="369"/>
        <source>malformed event (%1); resubscribing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosSource.cpp" line="385"/>
        <source>event stream did not start with SUBSCRIBED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosSource.cpp" line="386"/>
        <source>SUBSCRIBED: %1; resubscribing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosSource.cpp" line="412"/>
        <source>the master closed the event stream; resubscribing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosSource.cpp" line="421"/>
        <source>no heartbeat from the master for %1 s; resubscribing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosSource.cpp" line="445"/>
        <source>No leading Mesos master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosSource.cpp" line="455"/>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosSource.cpp" line="458"/>
        <source>Live from %1 (event stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosSource.cpp" line="459"/>
        <source>Live from %1 (polling)</source>
        <translation type="unfinished"></translation>
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
        <location filename="../widgets/mesos/MesosTablePage.cpp" line="28"/>
        <source>Filter (name, id, host, state…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosTablePage.cpp" line="35"/>
        <location filename="../widgets/mesos/MesosTablePage.cpp" line="86"/>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosTablePage.cpp" line="37"/>
        <location filename="../widgets/mesos/MesosTablePage.cpp" line="87"/>
        <source>Open in Mesos web UI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosTablePage.cpp" line="112"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/MesosTablePage.cpp" line="184"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesosTaskState</name>
    <message>
        <location filename="../cluster/mesos/MesosTaskState.cpp" line="24"/>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosTaskState.cpp" line="24"/>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosTaskState.cpp" line="25"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosTaskState.cpp" line="25"/>
        <source>Killing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosTaskState.cpp" line="26"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosTaskState.cpp" line="26"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosTaskState.cpp" line="27"/>
        <source>Killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosTaskState.cpp" line="27"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosTaskState.cpp" line="28"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosTaskState.cpp" line="28"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosTaskState.cpp" line="29"/>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosTaskState.cpp" line="29"/>
        <source>Gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosTaskState.cpp" line="30"/>
        <source>Gone by operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MesosTaskState.cpp" line="30"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../widgets/common/NoticeBar.cpp" line="14"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../widgets/mesos/OverviewPanel.cpp" line="29"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished">%1 T %2 h</translation>
    </message>
    <message>
        <location filename="../widgets/mesos/OverviewPanel.cpp" line="31"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished">%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../widgets/mesos/OverviewPanel.cpp" line="32"/>
        <source>%1 min</source>
        <translation type="unfinished">%1 min</translation>
    </message>
    <message>
        <location filename="../widgets/mesos/OverviewPanel.cpp" line="61"/>
        <source>Master
No cluster data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/OverviewPanel.cpp" line="62"/>
        <source>Agents
–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/OverviewPanel.cpp" line="63"/>
        <source>Tasks
–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/OverviewPanel.cpp" line="64"/>
        <source>Resources
–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/OverviewPanel.cpp" line="73"/>
        <source>Master
Leader: %1
Version: %2
Cluster: %3
Up for: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/OverviewPanel.cpp" line="75"/>
        <source>unknown</source>
        <translation type="unfinished">unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/mesos/OverviewPanel.cpp" line="76"/>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/OverviewPanel.cpp" line="87"/>
        <source>Agents
Active: %1
Inactive: %2
Unreachable: %3

Frameworks: %4 (%5 active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/OverviewPanel.cpp" line="102"/>
        <source>Tasks by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/OverviewPanel.cpp" line="105"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/OverviewPanel.cpp" line="107"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mesos/OverviewPanel.cpp" line="112"/>
        <source>Resources (used / total)
CPUs: %1%2
Memory: %3%4
Disk: %5%6
GPUs: %7%8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordIoDecoder</name>
    <message>
        <location filename="../cluster/mesos/RecordIoDecoder.cpp" line="14"/>
        <source>RecordIO: record header without a newline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/RecordIoDecoder.cpp" line="21"/>
        <source>RecordIO: bad record length &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveCommand</name>
    <message>
        <location filename="../app/ResolveCommand.cpp" line="20"/>
        <source>mesosdesk: invalid ZooKeeper URL &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ResolveCommand.cpp" line="54"/>
        <source>ZooKeeper authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ResolveCommand.cpp" line="60"/>
        <source>no leader is registered under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ResolveCommand.cpp" line="61"/>
        <source>could not connect to ZooKeeper at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ResolveCommand.cpp" line="64"/>
        <source>mesosdesk: no leader found within %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxBrowse</name>
    <message>
        <location filename="../cluster/sandbox/SandboxBrowse.cpp" line="42"/>
        <source>%1 does not exist on the agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxBrowser</name>
    <message>
        <location filename="../widgets/logs/SandboxBrowser.cpp" line="25"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxBrowser.cpp" line="29"/>
        <source>Sandbox path on the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxBrowser.cpp" line="30"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxBrowser.cpp" line="37"/>
        <source>stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxBrowser.cpp" line="39"/>
        <source>stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxBrowser.cpp" line="41"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxBrowser.cpp" line="42"/>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxBrowser.cpp" line="81"/>
        <source>This directory is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxBrowser.cpp" line="117"/>
        <source>Listing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxBrowser.cpp" line="157"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxBrowser.cpp" line="157"/>
        <source>The download failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxBrowser.cpp" line="169"/>
        <source>Download %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxFileEntry</name>
    <message>
        <location filename="../cluster/sandbox/SandboxFileEntry.cpp" line="43"/>
        <source>The sandbox listing is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/sandbox/SandboxFileEntry.cpp" line="48"/>
        <source>The sandbox listing is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/sandbox/SandboxFileEntry.cpp" line="60"/>
        <source>A sandbox listing entry has no path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxFilesModel</name>
    <message>
        <location filename="../models/logs/SandboxFilesModel.cpp" line="122"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/logs/SandboxFilesModel.cpp" line="123"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/logs/SandboxFilesModel.cpp" line="124"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/logs/SandboxFilesModel.cpp" line="125"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/logs/SandboxFilesModel.cpp" line="126"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxLocator</name>
    <message>
        <location filename="../cluster/sandbox/SandboxLocator.cpp" line="29"/>
        <source>The agent address &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/sandbox/SandboxLocator.cpp" line="51"/>
        <source>Cannot read the agent state of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxTab</name>
    <message>
        <location filename="../widgets/logs/SandboxTab.cpp" line="26"/>
        <source>http://agent-host:5051</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxTab.cpp" line="27"/>
        <source>Agent URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxTab.cpp" line="30"/>
        <source>framework id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxTab.cpp" line="32"/>
        <source>executor id (empty: command executor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxTab.cpp" line="34"/>
        <source>task id (several, comma-separated: merged view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxTab.cpp" line="35"/>
        <source>Locate sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxTab.cpp" line="41"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxTab.cpp" line="44"/>
        <source>or a directory on the agent, e.g. /frameworks/&lt;fid&gt;/executors/&lt;eid&gt;/runs/latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxTab.cpp" line="45"/>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxTab.cpp" line="48"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxTab.cpp" line="80"/>
        <source>Sandbox of %1 on %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxTab.cpp" line="83"/>
        <source> (finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxTab.cpp" line="118"/>
        <location filename="../widgets/logs/SandboxTab.cpp" line="140"/>
        <source>Enter the agent&apos;s URL, e.g. http://10.0.1.109:5051.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/logs/SandboxTab.cpp" line="126"/>
        <source>%n tasks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxTab.cpp" line="130"/>
        <source>Enter an executor id or a task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxTab.cpp" line="145"/>
        <source>Enter a directory to browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/logs/SandboxTab.cpp" line="159"/>
        <source>Locating the sandbox on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/logs/SandboxTab.cpp" line="178"/>
        <source>Locating %n sandbox(es)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/logs/SandboxTab.cpp" line="182"/>
        <source>Following %n task(s) in one view.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxTaskRefs</name>
    <message>
        <location filename="../cluster/sandbox/SandboxTaskRefs.cpp" line="36"/>
        <source>Agent %1 of task %2 is not in the cluster state (removed?), so its sandbox cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/sandbox/SandboxTaskRefs.cpp" line="68"/>
        <source>Task %1 has no known agent, so its sandbox cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="17"/>
        <source>Scale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="22"/>
        <source>Current instances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="27"/>
        <source>Up/Down or +/− change the target; Enter scales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="29"/>
        <source>Target instances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="41"/>
        <source>A deployment currently holds this app (%1). Scaling will be refused until it finishes, unless you stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="53"/>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="103"/>
        <source>Stop the deployment and scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="58"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="76"/>
        <source>↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="76"/>
        <source>↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="76"/>
        <source>=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="77"/>
        <source>%1 → %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="104"/>
        <source>The running deployment of %1 will be cancelled without a rollback, then the app is scaled to %2. Tasks of the cancelled deployment may be left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="107"/>
        <source>Stop and scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="110"/>
        <source>Suspend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="111"/>
        <source>Scaling %1 to 0 stops all %2 of its tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="112"/>
        <source>Scale to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="128"/>
        <source>Marathon refused: the app is locked by deployment %1. Wait for it to finish, or stop that deployment and scale anyway.
(%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/marathon/ScaleDialog.cpp" line="133"/>
        <source>Scaling failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../models/mesos/TasksModel.cpp" line="60"/>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/TasksModel.cpp" line="61"/>
        <source>unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/TasksModel.cpp" line="121"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/TasksModel.cpp" line="123"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/TasksModel.cpp" line="125"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/TasksModel.cpp" line="127"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/TasksModel.cpp" line="129"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/TasksModel.cpp" line="131"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/TasksModel.cpp" line="133"/>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/TasksModel.cpp" line="135"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/TasksModel.cpp" line="137"/>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/TasksModel.cpp" line="139"/>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/TasksModel.cpp" line="141"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/mesos/TasksModel.cpp" line="143"/>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZkLeaderWatch</name>
    <message>
        <location filename="../cluster/zookeeper/ZkLeaderWatch.cpp" line="17"/>
        <source>ZooKeeper unreachable for longer than the session timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkLeaderWatch.cpp" line="100"/>
        <source>%1 does not exist in ZooKeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkLeaderWatch.cpp" line="109"/>
        <source>cannot list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkLeaderWatch.cpp" line="132"/>
        <source>cannot read %1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZkSession</name>
    <message>
        <location filename="../cluster/zookeeper/ZkSession.cpp" line="368"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkSession.cpp" line="370"/>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkSession.cpp" line="372"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkSession.cpp" line="374"/>
        <source>session expired</source>
        <translation>Sitzung abgelaufen</translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkSession.cpp" line="376"/>
        <source>authentication failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ZkUrl</name>
    <message>
        <location filename="../cluster/zookeeper/ZkUrl.cpp" line="80"/>
        <source>the ZooKeeper URL is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkUrl.cpp" line="84"/>
        <source>a ZooKeeper URL starts with zk://, e.g. zk://host1:2181,host2:2181/mesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkUrl.cpp" line="99"/>
        <source>credentials must be written as user:password@</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkUrl.cpp" line="105"/>
        <source>the password after &quot;%1:&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkUrl.cpp" line="110"/>
        <source>no ZooKeeper host is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkUrl.cpp" line="121"/>
        <source>the URL has no znode path, e.g. zk://%1/mesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkUrl.cpp" line="129"/>
        <source>invalid znode path &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkUrl.cpp" line="134"/>
        <source>invalid character in znode path &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="32"/>
        <source>A desktop console for Apache Mesos and Marathon clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="36"/>
        <source>Connect to the cluster behind this ZooKeeper URL (zk://host:2181/mesos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="40"/>
        <source>Connect to this Mesos master URL (http://host:5050).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="43"/>
        <source>Print the leading Mesos master as host:port and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="46"/>
        <source>Print Marathon&apos;s leader as host:port and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="49"/>
        <source>Seconds to wait for a leader when resolving (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="51"/>
        <source>User interface language (e.g. de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="54"/>
        <source>Save a picture of the window to this file, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>Milliseconds to wait before the screenshot (default 1500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="88"/>
        <source>mesosdesk: --timeout takes a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="125"/>
        <source>mesosdesk: cannot connect to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
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
        <translation>ZooKeeper hat die Zugangsdaten von %1 abgelehnt.</translation>
    </message>
    <message>
        <source>No Mesos master is leading.</source>
        <translation>Kein Mesos-Master führt.</translation>
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
        <source>No Mesos master is leading (last leader: %1).</source>
        <translation>Kein Mesos-Master führt (zuletzt: %1).</translation>
    </message>
    <message>
        <source>Leader changed: %1 → %2</source>
        <translation>Leader gewechselt: %1 → %2</translation>
    </message>
    <message>
        <source>%1 leads again.</source>
        <translation>%1 führt wieder.</translation>
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
        <translation>nur lesen</translation>
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
        <translation>Nicht verbunden. Datei → Verbinden…</translation>
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
        <translation>Id: %1</translation>
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
</TS>
