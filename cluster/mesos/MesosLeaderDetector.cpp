#include "MesosLeaderDetector.h"

#include "zookeeper/ZkLeaderWatch.h"
#include "zookeeper/ZkSession.h"

#include <QCoreApplication>
#include <memory>

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
    : QObject(parent), m_session(session), m_path(path) {
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
    connect(m_watch, &ZkLeaderWatch::membersChanged, this, &MesosLeaderDetector::readMembers);
}

bool MesosLeaderDetector::isKnown() const {
    return m_watch->isKnown();
}

// Standbys are read too (once per membership change, no watch: a member's data never changes)
// so that every master's address and role can be shown, not only a count.
void MesosLeaderDetector::readMembers(const QStringList& members) {
    const quint64 generation = ++m_membersGeneration;
    if (members.isEmpty()) {
        m_masters.clear();
        emit mastersChanged();
        return;
    }
    auto results = std::make_shared<QList<MasterInfo>>(members.size());
    auto pending = std::make_shared<int>(int(members.size()));
    for (int i = 0; i < members.size(); ++i) {
        const QString node = members.at(i);
        auto read = [this, generation, results, pending, i, node](int rc, const QByteArray& data) {
            if (generation != m_membersGeneration)
                return;
            // A member gone meanwhile (rc != ZOK) is left out; its leaving re-reads the list.
            if (rc == 0) {
                QString error;
                (*results)[i] = decode(node, data, &error);
                (*results)[i].nodeName = node;
            }
            if (--*pending > 0)
                return;
            m_masters.clear();
            for (const MasterInfo& info : std::as_const(*results)) {
                if (!info.isNull())
                    m_masters.append(info);
            }
            emit mastersChanged();
        };
        m_session->getData(m_path + u'/' + node, false, read);
    }
}

MasterInfo MesosLeaderDetector::decode(const QString& node, const QByteArray& data, QString* error) {
    switch (parseMember(node)->label) {
    case Label::Json:
        return MasterInfo::fromJson(data, error);
    case Label::Protobuf:
        return MasterInfo::fromProtobuf(data, error);
    case Label::Upid:
        return MasterInfo::fromUpid(data, error);
    }
    return {};
}

void MesosLeaderDetector::start() { m_watch->start(); }

int MesosLeaderDetector::masterCount() const { return m_watch->memberCount(); }

void MesosLeaderDetector::onLeader(const QString& node, const QByteArray& data) {
    MasterInfo info;
    if (!node.isEmpty()) {
        QString error;
        info = decode(node, data, &error);
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
    emit leaderChanged(m_leader);
}

void MesosLeaderDetector::setProblem(const QString& problem) {
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged(problem);
}
