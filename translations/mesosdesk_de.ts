<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>A ZooKeeper URL follows the leading master through failovers. A master URL talks to that master only.</source>
        <translation>Eine ZooKeeper-URL folgt dem führenden Master über Failover hinweg. Eine Master-URL spricht nur mit diesem Master.</translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpTransport</name>
    <message>
        <location filename="../cluster/net/HttpTransport.cpp" line="105"/>
        <source>too many redirects from %1</source>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="26"/>
        <source>MesosDesk</source>
        <translation>MesosDesk</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="43"/>
        <source>Leader changes</source>
        <translation>Leader-Wechsel</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="55"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="72"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="73"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="74"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="78"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="79"/>
        <source>&amp;About MesosDesk</source>
        <translation>Über &amp;MesosDesk</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="80"/>
        <source>About MesosDesk</source>
        <translation>Über MesosDesk</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="81"/>
        <source>MesosDesk %1
A desktop console for Apache Mesos and Marathon.</source>
        <translation>MesosDesk %1
Eine Desktop-Konsole für Apache Mesos und Marathon.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="102"/>
        <source>MesosDesk — %1</source>
        <translation>MesosDesk — %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="118"/>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="132"/>
        <source>ZooKeeper refused the credentials of %1.</source>
        <translation>ZooKeeper hat die Zugangsdaten von %1 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="141"/>
        <source>No leading Mesos master.</source>
        <translation>Kein führender Mesos-Master.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="141"/>
        <source>Not connected. Use File → Connect.</source>
        <translation>Nicht verbunden. Datei → Verbinden wählen.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="144"/>
        <source>No Mesos master is leading (last leader: %1).</source>
        <translation>Kein Mesos-Master führt (letzter Leader: %1).</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="145"/>
        <location filename="../app/MainWindow.cpp" line="159"/>
        <source>Mesos</source>
        <translation>Mesos</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="150"/>
        <source>Leading master: %1
Version: %2
Id: %3</source>
        <translation>Führender Master: %1
Version: %2
Id: %3</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="151"/>
        <location filename="../app/MainWindow.cpp" line="152"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="154"/>
        <source>Leader changed: %1 → %2</source>
        <translation>Leader gewechselt: %1 → %2</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="157"/>
        <source>%1 leads again.</source>
        <translation>%1 führt wieder.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="166"/>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
</context>
<context>
    <name>MasterInfo</name>
    <message>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="135"/>
        <source>MasterInfo is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="139"/>
        <source>MasterInfo is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="160"/>
        <source>MasterInfo has no usable address (hostname/ip and port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="172"/>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="179"/>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="186"/>
        <source>MasterInfo protobuf is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="197"/>
        <source>MasterInfo protobuf is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="204"/>
        <source>MasterInfo protobuf has no usable address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/mesos/MasterInfo.cpp" line="213"/>
        <source>&quot;%1&quot; is not a master UPID (master@ip:port)</source>
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
    <name>NoticeBar</name>
    <message>
        <location filename="../widgets/common/NoticeBar.cpp" line="14"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
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
        <location filename="../cluster/zookeeper/ZkUrl.cpp" line="79"/>
        <source>the ZooKeeper URL is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkUrl.cpp" line="83"/>
        <source>a ZooKeeper URL starts with zk://, e.g. zk://host1:2181,host2:2181/mesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkUrl.cpp" line="98"/>
        <source>credentials must be written as user:password@</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkUrl.cpp" line="104"/>
        <source>the password after &quot;%1:&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkUrl.cpp" line="109"/>
        <source>no ZooKeeper host is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkUrl.cpp" line="120"/>
        <source>the URL has no znode path, e.g. zk://%1/mesos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkUrl.cpp" line="128"/>
        <source>invalid znode path &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cluster/zookeeper/ZkUrl.cpp" line="133"/>
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
</context>
</TS>
