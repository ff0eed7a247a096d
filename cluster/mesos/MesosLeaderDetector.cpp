#include "MesosLeaderDetector.h"

#include "core/Clock.h"
#include "zookeeper/ZkLeaderWatch.h"

#include <QCoreApplication>

std::optional<MesosLeaderDetector::Member> MesosLeaderDetector::parseMember(const QString& childName) {
    const qsizetype underscore = childName.lastIndexOf(u'_');
    const QString label = underscore < 0 ? QString() : childName.left(underscore);
    const QString digits = underscore < 0 ? childName : childName.mid(underscore + 1);
    if (digits.isEmpty())
        return std::nullopt;
    for (const QChar c : digits) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    bool ok = false;
    const qint64 sequence = digits.toLongLong(&ok);
    if (!ok || sequence > 2147483647) // Mesos parses the sequence as an int32
        return std::nullopt;
    if (label == QLatin1String("json.info"))
        return Member{Label::Json, sequence};
    if (label == QLatin1String("info"))
        return Member{Label::Protobuf, sequence};
    if (label.isEmpty())
        return Member{Label::Upid, sequence};
    return std::nullopt; // a label Mesos would refuse to decode
}

MesosLeaderDetector::MesosLeaderDetector(ZkSession* session, const QString& path, QObject* parent)
    : QObject(parent) {
    auto parser = [](const QString& name) -> std::optional<ZkLeaderWatch::Member> {
        const std::optional<Member> member = parseMember(name);
        if (!member)
            return std::nullopt;
        return ZkLeaderWatch::Member{member->sequence, int(member->label)};
    };
    m_watch = new ZkLeaderWatch(session, path, parser, this);
    connect(m_watch, &ZkLeaderWatch::leaderChanged, this, &MesosLeaderDetector::onLeader);
    connect(m_watch, &ZkLeaderWatch::memberCountChanged, this, &MesosLeaderDetector::masterCountChanged);
    connect(m_watch, &ZkLeaderWatch::problem, this, &MesosLeaderDetector::setProblem);
}

void MesosLeaderDetector::start() { m_watch->start(); }

int MesosLeaderDetector::masterCount() const { return m_watch->memberCount(); }

void MesosLeaderDetector::onLeader(const QString& node, const QByteArray& data) {
    MasterInfo info;
    if (!node.isEmpty()) {
        QString error;
        switch (parseMember(node)->label) {
        case Label::Json:
            info = MasterInfo::fromJson(data, &error);
            break;
        case Label::Protobuf:
            info = MasterInfo::fromProtobuf(data, &error);
            break;
        case Label::Upid:
            info = MasterInfo::fromUpid(data, &error);
            break;
        }
        if (info.isNull()) {
            setProblem(QCoreApplication::translate("MesosLeaderDetector", "cannot decode %1: %2").arg(node, error));
        } else {
            info.nodeName = node;
            setProblem({});
        }
    }
    if (info == m_leader)
        return;
    m_leader = info;
    m_since = info.isNull() ? QDateTime() : Clock::currentDateTimeUtc();
    emit leaderChanged(m_leader);
}

void MesosLeaderDetector::setProblem(const QString& problem) {
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged(problem);
}
