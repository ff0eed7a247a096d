<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgentFlagsView</name>
    <message numerus="yes">
        <source>%n flag(s) of %1, read at %2.</source>
        <translation>
            <numerusform>%n flag of %1, read at %2.</numerusform>
            <numerusform>%n flags of %1, read at %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgentPage</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n framework(s)</source>
        <translation>
            <numerusform>%n framework</numerusform>
            <numerusform>%n frameworks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n executor(s) on this agent, as the master reports them.</source>
        <translation>
            <numerusform>%n executor on this agent, as the master reports them.</numerusform>
            <numerusform>%n executors on this agent, as the master reports them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterProbe</name>
    <message numerus="yes">
        <source>no master leads (%n registered)</source>
        <translation>
            <numerusform>no master leads (%n registered)</numerusform>
            <numerusform>no master leads (%n registered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deployment(s) in progress</source>
        <translation>
            <numerusform>%1: %n deployment in progress</numerusform>
            <numerusform>%1: %n deployments in progress</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message numerus="yes">
        <source>%n thing(s) to find. ↑↓ move, Enter acts, Esc leaves</source>
        <translation>
            <numerusform>%n thing to find. ↑↓ move, Enter acts, Esc leaves</numerusform>
            <numerusform>%n things to find. ↑↓ move, Enter acts, Esc leaves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The best %1 of %n match(es)</source>
        <translation>
            <numerusform>The best %1 of %n match</numerusform>
            <numerusform>The best %1 of %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashReportDialog</name>
    <message numerus="yes">
        <source>%n earlier report(s) are in the same folder.</source>
        <translation>
            <numerusform>%n earlier report is in the same folder.</numerusform>
            <numerusform>%n earlier reports are in the same folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message numerus="yes">
        <source>%n flag(s) of the leading master %1, read at %2.</source>
        <translation>
            <numerusform>%n flag of the leading master %1, read at %2.</numerusform>
            <numerusform>%n flags of the leading master %1, read at %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetModel</name>
    <message numerus="yes">
        <source>%n cluster(s) — %1</source>
        <translation>
            <numerusform>%n cluster — %1</numerusform>
            <numerusform>%n clusters — %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message numerus="yes">
        <source>Holds %n offer(s) (read at %1).</source>
        <translation>
            <numerusform>Holds %n offer (read at %1).</numerusform>
            <numerusform>Holds %n offers (read at %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworkTeardown</name>
    <message numerus="yes">
        <source>The master kills its %n running task(s) and removes the framework.</source>
        <translation>
            <numerusform>The master kills its %n running task and removes the framework.</numerusform>
            <numerusform>The master kills its %n running tasks and removes the framework.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupActions</name>
    <message numerus="yes">
        <source>Every app under %1 is scaled by %2; %n app(s) lose instances, their tasks are killed.</source>
        <translation>
            <numerusform>Every app under %1 is scaled by %2; %n app loses instances, its tasks are killed.</numerusform>
            <numerusform>Every app under %1 is scaled by %2; %n apps lose instances, their tasks are killed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) of %1 will be restarted, each replacing its tasks following its upgrade strategy (one deployment per app: Marathon has no restart of a whole group).</source>
        <translation>
            <numerusform>%n app of %1 will be restarted, each replacing its tasks following its upgrade strategy (one deployment per app: Marathon has no restart of a whole group).</numerusform>
            <numerusform>%n apps of %1 will be restarted, each replacing its tasks following its upgrade strategy (one deployment per app: Marathon has no restart of a whole group).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspended app(s) are left alone.</source>
        <translation>
            <numerusform>%n suspended app is left alone.</numerusform>
            <numerusform>%n suspended apps are left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n app(s)</source>
        <translation>
            <numerusform>Restart %n app</numerusform>
            <numerusform>Restart %n apps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) of %1 are locked by deployment %2. Stop those deployments (without rollback) and restart them anyway?</source>
        <translation>
            <numerusform>%n app of %1 is locked by deployment %2. Stop that deployment (without rollback) and restart it anyway?</numerusform>
            <numerusform>%n apps of %1 are locked by deployment %2. Stop those deployments (without rollback) and restart them anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n app</numerusform>
            <numerusform>%n apps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n pod</numerusform>
            <numerusform>%n pods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupScaleDialog</name>
    <message numerus="yes">
        <source>… and %n more app(s)</source>
        <translation>
            <numerusform>… and %n more app</numerusform>
            <numerusform>… and %n more apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogViewerWidget</name>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) held</source>
        <translation>
            <numerusform>%n line held</numerusform>
            <numerusform>%n lines held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching line(s)</source>
        <translation>
            <numerusform>%n matching line</numerusform>
            <numerusform>%n matching lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>Saved %n line to %1.</numerusform>
            <numerusform>Saved %n lines to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n task(s) ended; the files are no longer polled.</source>
        <translation>
            <numerusform>All %n task ended; the files are no longer polled.</numerusform>
            <numerusform>All %n tasks ended; the files are no longer polled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n task(s) ended: %1; the files are no longer polled.</source>
        <translation>
            <numerusform>All %n task ended: %1; the files are no longer polled.</numerusform>
            <numerusform>All %n tasks ended: %1; the files are no longer polled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 (%n instance(s))</source>
        <translation>
            <numerusform>%1 (%n instance)</numerusform>
            <numerusform>%1 (%n instances)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message numerus="yes">
        <source>%n agent(s), read at %1.</source>
        <translation>
            <numerusform>%n agent, read at %1.</numerusform>
            <numerusform>%n agents, read at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It gets no more offers, and its %n running task(s) are killed</source>
        <translation>
            <numerusform>It gets no more offers, and its %n running task are killed</numerusform>
            <numerusform>It gets no more offers, and its %n running tasks are killed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, each given at most %n second(s) to stop.</source>
        <translation>
            <numerusform>, each given at most %n second to stop.</numerusform>
            <numerusform>, each given at most %n seconds to stop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It gets no more offers; its %n running task(s) keep running.</source>
        <translation>
            <numerusform>It gets no more offers; its %n running task keep running.</numerusform>
            <numerusform>It gets no more offers; its %n running tasks keep running.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaintenanceSchedulePage</name>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>%n window</numerusform>
            <numerusform>%n windows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n machine(s), read at %1.</source>
        <translation>
            <numerusform>with %n machine, read at %1.</numerusform>
            <numerusform>with %n machines, read at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the cluster&apos;s maintenance schedule with %n window(s).</source>
        <translation>
            <numerusform>Replace the cluster&apos;s maintenance schedule with %n window.</numerusform>
            <numerusform>Replace the cluster&apos;s maintenance schedule with %n windows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n registered agent(s) are shut down and removed from the cluster: their tasks end TASK_LOST, and schedulers such as Marathon relaunch them elsewhere.</source>
        <translation>
            <numerusform>Its %n registered agent is shut down and removed from the cluster: its tasks end TASK_LOST, and schedulers such as Marathon relaunch them elsewhere.</numerusform>
            <numerusform>Its %n registered agents are shut down and removed from the cluster: their tasks end TASK_LOST, and schedulers such as Marathon relaunch them elsewhere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarathonEventFeed</name>
    <message numerus="yes">
        <source>%n tasks of %1 failed: %2</source>
        <translation>
            <numerusform>%n task of %1 failed: %2</numerusform>
            <numerusform>%n tasks of %1 failed: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarathonLeaderPage</name>
    <message numerus="yes">
        <source>No Marathon leads in ZooKeeper now (%n instance(s) in the election).</source>
        <translation>
            <numerusform>No Marathon leads in ZooKeeper now (%n instance in the election).</numerusform>
            <numerusform>No Marathon leads in ZooKeeper now (%n instances in the election).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leader in ZooKeeper: %1, elected %2 ago; %n instance(s) in the election.</source>
        <translation>
            <numerusform>Leader in ZooKeeper: %1, elected %2 ago; %n instance in the election.</numerusform>
            <numerusform>Leader in ZooKeeper: %1, elected %2 ago; %n instances in the election.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarathonPanel</name>
    <message numerus="yes">
        <source>Kill %n task(s)</source>
        <translation>
            <numerusform>Kill %n task</numerusform>
            <numerusform>Kill %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesosEventFeed</name>
    <message numerus="yes">
        <source>Agent %1 is unreachable; %n tasks on it are unreachable: %2</source>
        <translation>
            <numerusform>Agent %1 is unreachable; %n task on it is unreachable: %2</numerusform>
            <numerusform>Agent %1 is unreachable; %n tasks on it are unreachable: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agent %1 is unreachable; %n tasks lost with it: %2</source>
        <translation>
            <numerusform>Agent %1 is unreachable; %n task lost with it: %2</numerusform>
            <numerusform>Agent %1 is unreachable; %n tasks lost with it: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agent %1 was removed; %n tasks lost with it: %2</source>
        <translation>
            <numerusform>Agent %1 was removed; %n task lost with it: %2</numerusform>
            <numerusform>Agent %1 was removed; %n tasks lost with it: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks lost on agent %1: %2</source>
        <translation>
            <numerusform>%n task lost on agent %1: %2</numerusform>
            <numerusform>%n tasks lost on agent %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message numerus="yes">
        <source>%n metric(s) of the leading master, read at %1.</source>
        <translation>
            <numerusform>%n metric of the leading master, read at %1.</numerusform>
            <numerusform>%n metrics of the leading master, read at %1.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n port(s) %1</source>
        <translation>
            <numerusform>%n port %1</numerusform>
            <numerusform>%n ports %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message numerus="yes">
        <source>%n outstanding offer(s), read at %1.</source>
        <translation>
            <numerusform>%n outstanding offer, read at %1.</numerusform>
            <numerusform>%n outstanding offers, read at %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PodActions</name>
    <message numerus="yes">
        <source>Kill %n pod instance(s)</source>
        <translation>
            <numerusform>Kill %n pod instance</numerusform>
            <numerusform>Kill %n pod instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PodPage</name>
    <message numerus="yes">
        <source>%1 — pod, %2; %3 of %n instance(s) stable</source>
        <translation>
            <numerusform>%1 — pod, %2; %3 of %n instance stable</numerusform>
            <numerusform>%1 — pod, %2; %3 of %n instances stable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileTlsEditor</name>
    <message numerus="yes">
        <source>%n certificate(s), the first: %1</source>
        <translation>
            <numerusform>%n certificate, the first: %1</numerusform>
            <numerusform>%n certificates, the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message numerus="yes">
        <source>%n role(s), read at %1.</source>
        <translation>
            <numerusform>%n role, read at %1.</numerusform>
            <numerusform>%n roles, read at %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxTab</name>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locating %n sandbox(es)…</source>
        <translation>
            <numerusform>Locating %n sandbox…</numerusform>
            <numerusform>Locating %n sandboxes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened one view over %n task(s).</source>
        <translation>
            <numerusform>Opened one view over %n task.</numerusform>
            <numerusform>Opened one view over %n tasks.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%1 %2 is delayed after failed launches: %n instance(s) wait for the backoff to end.</source>
        <translation>
            <numerusform>%1 %2 is delayed after failed launches: %n instance waits for the backoff to end.</numerusform>
            <numerusform>%1 %2 is delayed after failed launches: %n instances wait for the backoff to end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 waits for offers: %n instance(s) left to launch.</source>
        <translation>
            <numerusform>%1 %2 waits for offers: %n instance left to launch.</numerusform>
            <numerusform>%1 %2 waits for offers: %n instances left to launch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) processed in this launch attempt</source>
        <translation>
            <numerusform>%n offer processed in this launch attempt</numerusform>
            <numerusform>%n offers processed in this launch attempt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unused</source>
        <translation>
            <numerusform>%n unused</numerusform>
            <numerusform>%n unused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last offer of %n agent(s) did not fit:</source>
        <translation>
            <numerusform>The last offer of %n agent did not fit:</numerusform>
            <numerusform>The last offer of %n agents did not fit:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZkEnsembleView</name>
    <message numerus="yes">
        <source>Asking %n server(s)…</source>
        <translation>
            <numerusform>Asking %n server…</numerusform>
            <numerusform>Asking %n servers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) serving</source>
        <translation>
            <numerusform>%1 of %n server serving</numerusform>
            <numerusform>%1 of %n servers serving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) refuse even srvr: their mode is unknown, which does not mean they are down.</source>
        <translation>
            <numerusform>%n server refuses even srvr: its mode is unknown, which does not mean it is down.</numerusform>
            <numerusform>%n servers refuse even srvr: their mode is unknown, which does not mean they are down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mntr is not in 4lw.commands.whitelist on %n server(s), so their watch counts are not known (ZooKeeper 3.5.3+ allows only srvr by default).</source>
        <translation>
            <numerusform>mntr is not in 4lw.commands.whitelist on %n server, so its watch count is not known (ZooKeeper 3.5.3+ allows only srvr by default).</numerusform>
            <numerusform>mntr is not in 4lw.commands.whitelist on %n servers, so their watch counts are not known (ZooKeeper 3.5.3+ allows only srvr by default).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) answered through the AdminServer (port %1).</source>
        <translation>
            <numerusform>%n server answered through the AdminServer (port %1).</numerusform>
            <numerusform>%n servers answered through the AdminServer (port %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AdminServer unreachable on port %1 on %n server(s) (%2): their figures come from the four-letter words.</source>
        <translation>
            <numerusform>AdminServer unreachable on port %1 on %n server (%2): their figures come from the four-letter words.</numerusform>
            <numerusform>AdminServer unreachable on port %1 on %n servers (%2): their figures come from the four-letter words.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZkNodeEditor</name>
    <message numerus="yes">
        <source>Create %1 (%2) with %n byte(s) of data?</source>
        <translation>
            <numerusform>Create %1 (%2) with %n byte of data?</numerusform>
            <numerusform>Create %1 (%2) with %n bytes of data?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and everything under it: %n node(s) in %2 level(s), leaves first, each only if it is still at the version just read. This cannot be undone.</source>
        <translation>
            <numerusform>Delete %1 and everything under it: %n node in %2 level(s), leaves first, each only if it is still at the version just read. This cannot be undone.</numerusform>
            <numerusform>Delete %1 and everything under it: %n nodes in %2 level(s), leaves first, each only if it is still at the version just read. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are ephemeral: a live session owns each, and its owner (a Mesos master, Marathon, a scheduler) may act on its disappearance:</source>
        <translation>
            <numerusform>%n of them is ephemeral: a live session owns it, and its owner (a Mesos master, Marathon, a scheduler) may act on its disappearance:</numerusform>
            <numerusform>%n of them are ephemeral: a live session owns each, and its owner (a Mesos master, Marathon, a scheduler) may act on its disappearance:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  and %n more</source>
        <translation>
            <numerusform>  and %n more</numerusform>
            <numerusform>  and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Delete %n node</numerusform>
            <numerusform>Delete %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZkNodePane</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZkRecursiveDelete</name>
    <message numerus="yes">
        <source>%n node(s) cannot be read with this session&apos;s credentials (ZNOAUTH), for example %1: what is under them is unknown, so nothing was deleted.</source>
        <translation>
            <numerusform>%n node cannot be read with this session&apos;s credentials (ZNOAUTH): %1. What is under it is unknown, so nothing was deleted.</numerusform>
            <numerusform>%n nodes cannot be read with this session&apos;s credentials (ZNOAUTH), for example %1: what is under them is unknown, so nothing was deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 and everything under it: %n node(s).</source>
        <translation>
            <numerusform>Deleted %1 and everything under it: %n node.</numerusform>
            <numerusform>Deleted %1 and everything under it: %n nodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had already been deleted by another client.</source>
        <translation>
            <numerusform>%n of them had already been deleted by another client.</numerusform>
            <numerusform>%n of them had already been deleted by another client.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was deleted (%n node(s) remain).</source>
        <translation>
            <numerusform>Nothing was deleted (%n node remains).</numerusform>
            <numerusform>Nothing was deleted (%n nodes remain).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZkSubtreeExportJob</name>
    <message numerus="yes">
        <source>Exported %n node(s) of %1 to %2</source>
        <translation>
            <numerusform>Exported %n node of %1 to %2</numerusform>
            <numerusform>Exported %n nodes of %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZkSubtreeSearch</name>
    <message numerus="yes">
        <source>%n match(es) under %1</source>
        <translation>
            <numerusform>%n match under %1</numerusform>
            <numerusform>%n matches under %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) searched</source>
        <translation>
            <numerusform>%n node searched</numerusform>
            <numerusform>%n nodes searched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n listed</source>
        <translation>
            <numerusform>the first %n listed</numerusform>
            <numerusform>the first %n listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped at %n nodes: select a deeper node to search the rest</source>
        <translation>
            <numerusform>stopped at %n node: select a deeper node to search the rest</numerusform>
            <numerusform>stopped at %n nodes: select a deeper node to search the rest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) not readable with these credentials</source>
        <translation>
            <numerusform>%n node not readable with these credentials</numerusform>
            <numerusform>%n nodes not readable with these credentials</numerusform>
        </translation>
    </message>
</context>
</TS>
