#include "ZkNodeMeaning.h"

#include "ZkLeaderWatch.h"
#include "marathon/MarathonLeaderDetector.h"
#include "mesos/MesosLeaderDetector.h"

#include <QCoreApplication>
#include <QHash>

namespace {
QString parentOf(const QString& path) {
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

QString nameOf(const QString& path) {
    return path.mid(path.lastIndexOf(u'/') + 1);
}

QString line(const QString& key, const QString& value) {
    return key + QLatin1String(": ") + (value.isEmpty() ? ZkNodeMeaning::tr("(not given)") : value) + u'\n';
}

ZkNodeMeaning mesosMember(const QString& name, const QByteArray& data, const QStringList& siblings) {
    const auto member = MesosLeaderDetector::parseMember(name);
    ZkNodeMeaning meaning;
    // The ranking Mesos's detector uses: JSON members before legacy ones, then the lowest sequence.
    const auto parser = [](const QString& child) -> std::optional<ZkLeaderWatch::Member> {
        const auto m = MesosLeaderDetector::parseMember(child);
        if (!m)
            return std::nullopt;
        return ZkLeaderWatch::Member{m->sequence, int(m->label)};
    };
    meaning.leading = ZkLeaderWatch::pickLeader(siblings, parser) == name;
    switch (member->label) {
    case MesosLeaderDetector::Label::Json:
        meaning.title = ZkNodeMeaning::tr("Mesos master (MasterInfo, JSON)");
        break;
    case MesosLeaderDetector::Label::Protobuf:
        meaning.title = ZkNodeMeaning::tr("Mesos master (MasterInfo, protobuf, Mesos 0.20-0.23)");
        break;
    case MesosLeaderDetector::Label::Upid:
        meaning.title = ZkNodeMeaning::tr("Mesos master (process id, before Mesos 0.20)");
        break;
    }
    meaning.explanation =
        meaning.leading
            ? ZkNodeMeaning::tr("An ephemeral member of the masters' election; it has the lowest sequence, "
                                "so this master leads.")
            : ZkNodeMeaning::tr(
                  "An ephemeral member of the masters' election; a lower sequence exists, so this "
                  "master is a standby.");
    if (data.isEmpty())
        return meaning;
    QString error;
    const MasterInfo info = MesosLeaderDetector::decode(name, data, &error);
    if (info.isNull()) {
        meaning.decoded = ZkNodeMeaning::tr("Cannot decode: %1").arg(error);
        return meaning;
    }
    meaning.decoded =
        line(ZkNodeMeaning::tr("Role"),
             meaning.leading ? ZkNodeMeaning::tr("leading master") : ZkNodeMeaning::tr("standby master")) +
        line(ZkNodeMeaning::tr("Sequence"), QString::number(member->sequence)) +
        line(ZkNodeMeaning::tr("Id"), info.id) + line(ZkNodeMeaning::tr("Hostname"), info.hostname) +
        line(ZkNodeMeaning::tr("IP"), info.ip) +
        line(ZkNodeMeaning::tr("Port"), info.port ? QString::number(info.port) : QString()) +
        line(ZkNodeMeaning::tr("PID"), info.pid) + line(ZkNodeMeaning::tr("Version"), info.version);
    meaning.decoded.chop(1);
    return meaning;
}

ZkNodeMeaning marathonMember(const QString& name, const QByteArray& data, const QStringList& siblings,
                             std::optional<qint64> (*parse)(const QString&)) {
    ZkNodeMeaning meaning;
    const auto parser = [parse](const QString& child) -> std::optional<ZkLeaderWatch::Member> {
        const auto sequence = parse(child);
        if (!sequence)
            return std::nullopt;
        return ZkLeaderWatch::Member{*sequence, 0};
    };
    meaning.leading = ZkLeaderWatch::pickLeader(siblings, parser) == name;
    meaning.title = ZkNodeMeaning::tr("Marathon instance (leader latch member)");
    meaning.explanation =
        meaning.leading
            ? ZkNodeMeaning::tr("An ephemeral member of Marathon's leader election; it has the lowest "
                                "sequence, so this instance leads.")
            : ZkNodeMeaning::tr("An ephemeral member of Marathon's leader election; a lower sequence exists, "
                                "so this instance is a standby.");
    if (!data.isEmpty())
        meaning.decoded =
            line(ZkNodeMeaning::tr("Role"), meaning.leading ? ZkNodeMeaning::tr("leading instance")
                                                            : ZkNodeMeaning::tr("standby instance")) +
            line(ZkNodeMeaning::tr("Sequence"), QString::number(*parse(name))) +
            line(ZkNodeMeaning::tr("Address"), QString::fromUtf8(data).trimmed());
    meaning.decoded.chop(1);
    return meaning;
}

ZkNodeMeaning fixed(const QString& title, const QString& explanation) {
    ZkNodeMeaning meaning;
    meaning.title = title;
    meaning.explanation = explanation;
    return meaning;
}

// Marathon's persistent store keeps one child per kind of record under <path>/state.
ZkNodeMeaning marathonStateKind(const QString& name) {
    static const QHash<QString, const char*> kinds{
        {QStringLiteral("app"),
         QT_TRANSLATE_NOOP("ZkNodeMeaning", "Marathon app definitions, by app id and version.")},
        {QStringLiteral("pod"),
         QT_TRANSLATE_NOOP("ZkNodeMeaning", "Marathon pod definitions, by pod id and version.")},
        {QStringLiteral("group"),
         QT_TRANSLATE_NOOP("ZkNodeMeaning", "Marathon's group tree (the root group and its versions).")},
        {QStringLiteral("deployment"),
         QT_TRANSLATE_NOOP("ZkNodeMeaning", "Marathon deployment plans in progress.")},
        {QStringLiteral("instance"),
         QT_TRANSLATE_NOOP("ZkNodeMeaning", "Marathon instances (the tasks it launched, Marathon 1.4+).")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("ZkNodeMeaning", "Marathon tasks (before 1.4).")},
        {QStringLiteral("taskFailure"),
         QT_TRANSLATE_NOOP("ZkNodeMeaning", "The last task failure of each app.")},
        {QStringLiteral("framework-id"),
         QT_TRANSLATE_NOOP("ZkNodeMeaning", "The Mesos framework id Marathon registered with.")},
        {QStringLiteral("framework:id"),
         QT_TRANSLATE_NOOP("ZkNodeMeaning", "The Mesos framework id Marathon registered with.")},
        {QStringLiteral("event-subscribers"),
         QT_TRANSLATE_NOOP("ZkNodeMeaning", "HTTP callback subscribers of Marathon's event bus.")},
        {QStringLiteral("migration"),
         QT_TRANSLATE_NOOP("ZkNodeMeaning", "The storage version Marathon migrated its state to.")},
    };
    const auto it = kinds.constFind(name);
    if (it == kinds.constEnd())
        return fixed(ZkNodeMeaning::tr("Marathon state"),
                     ZkNodeMeaning::tr("Part of Marathon's persistent store, written by the leader."));
    return fixed(ZkNodeMeaning::tr("Marathon state: %1").arg(name),
                 QCoreApplication::translate("ZkNodeMeaning", it.value()));
}
} // namespace

ZkNodeMeaning ZkNodeMeaning::of(const QString& path, const QByteArray& data, const QStringList& siblings,
                                const Context& context) {
    const QString parent = parentOf(path);
    const QString name = nameOf(path);
    const QString& mesos = context.mesosPath;
    const QString& marathon = context.marathonPath;
    if (path == mesos)
        return fixed(ZkNodeMeaning::tr("Mesos masters"),
                     ZkNodeMeaning::tr("Each master holds an ephemeral sequential member here; the lowest "
                                       "sequence leads. log_replicas holds the replicated log."));
    if (parent == mesos && MesosLeaderDetector::parseMember(name))
        return mesosMember(name, data, siblings);
    if (path == mesos + QLatin1String("/log_replicas"))
        return fixed(ZkNodeMeaning::tr("Mesos replicated log"),
                     ZkNodeMeaning::tr("The registry's replicas: one ephemeral member per master's "
                                       "log replica, holding its process id."));
    if (parent == mesos + QLatin1String("/log_replicas")) {
        ZkNodeMeaning meaning = fixed(ZkNodeMeaning::tr("Mesos log replica"),
                                      ZkNodeMeaning::tr("One replica of the masters' replicated log."));
        if (!data.isEmpty())
            meaning.decoded =
                line(ZkNodeMeaning::tr("Process id"), QString::fromUtf8(data).trimmed()).trimmed();
        return meaning;
    }
    if (path == marathon)
        return fixed(ZkNodeMeaning::tr("Marathon"),
                     ZkNodeMeaning::tr("Marathon's root: leader-curator (its leader election), leader (the "
                                       "election before 1.2) and state (its persistent store)."));
    if (path == marathon + QLatin1String("/leader-curator"))
        return fixed(
            ZkNodeMeaning::tr("Marathon leader election"),
            ZkNodeMeaning::tr(
                "Curator's LeaderLatch: one ephemeral sequential member per Marathon instance, holding "
                "its host:port; the lowest sequence leads."));
    if (parent == marathon + QLatin1String("/leader-curator") &&
        MarathonLeaderDetector::parseLatchMember(name))
        return marathonMember(name, data, siblings, &MarathonLeaderDetector::parseLatchMember);
    if (path == marathon + QLatin1String("/leader"))
        return fixed(
            ZkNodeMeaning::tr("Marathon leader election (before 1.2)"),
            ZkNodeMeaning::tr(
                "Members member_<sequence> holding host:port; read only while leader-curator has none."));
    if (parent == marathon + QLatin1String("/leader") && MarathonLeaderDetector::parseLegacyMember(name))
        return marathonMember(name, data, siblings, &MarathonLeaderDetector::parseLegacyMember);
    if (path == marathon + QLatin1String("/state"))
        return fixed(ZkNodeMeaning::tr("Marathon state"),
                     ZkNodeMeaning::tr("Marathon's persistent store (apps, groups, deployments, "
                                       "instances, framework id), written by the leader only."));
    if (parent == marathon + QLatin1String("/state"))
        return marathonStateKind(name);
    if (path == QLatin1String("/zookeeper"))
        return fixed(ZkNodeMeaning::tr("ZooKeeper"),
                     ZkNodeMeaning::tr("ZooKeeper's own nodes: quotas and the ensemble's configuration."));
    if (path == QLatin1String("/zookeeper/quota"))
        return fixed(ZkNodeMeaning::tr("ZooKeeper quotas"),
                     ZkNodeMeaning::tr("Quota limits and usage set with setquota."));
    if (path == QLatin1String("/zookeeper/config"))
        return fixed(ZkNodeMeaning::tr("ZooKeeper configuration"),
                     ZkNodeMeaning::tr("The ensemble's dynamic configuration (server list)."));
    return {};
}
