#include "ClusterLeader.h"

#include "mesos/ClusterStore.h"
#include "mesos/MesosLeaderDetector.h"
#include "mesos/MesosSource.h"

#include <QTimeZone>

namespace {
QString authority(const QUrl& url) {
    return url.isEmpty() ? QString() : url.host() + u':' + QString::number(url.port());
}

qint64 sequenceOf(const MasterInfo& info) {
    const auto member = MesosLeaderDetector::parseMember(info.nodeName);
    return member ? member->sequence : -1;
}

// The same master, named by id where both know it, else by address.
bool sameMaster(const MasterInfo& a, const MasterInfo& b) {
    if (!a.id.isEmpty() && !b.id.isEmpty())
        return a.id == b.id;
    return a.port == b.port && (a.ip == b.ip || a.hostname == b.hostname);
}
} // namespace

ClusterLeader::ClusterLeader(MesosLeaderDetector* detector, MesosSource* source, ClusterStore* store,
                             QObject* parent)
    : QObject(parent), m_detector(detector), m_source(source), m_store(store) {
    if (m_detector) {
        connect(m_detector, &MesosLeaderDetector::leaderChanged, this, &ClusterLeader::update);
        connect(m_detector, &MesosLeaderDetector::masterCountChanged, this, &ClusterLeader::update);
        connect(m_detector, &MesosLeaderDetector::mastersChanged, this, &ClusterLeader::update);
    }
    connect(m_source, &MesosSource::leaderInfoChanged, this, &ClusterLeader::update);
    connect(m_source, &MesosSource::masterChanged, this, &ClusterLeader::update);
    connect(m_source, &MesosSource::statusChanged, this, &ClusterLeader::update);
    connect(m_store, &ClusterStore::masterChanged, this, &ClusterLeader::update);
    update();
}

void ClusterLeader::update() {
    const LeaderSummary next = m_detector ? fromZooKeeper() : fromMasterUrl();
    if (next == m_summary)
        return;
    m_summary = next;
    emit changed(m_summary);
}

// The master's own word (GET_MASTER), else /master/state's elected_time when the store has
// it from that very master; else not known.
QDateTime ClusterLeader::electedTime(const MasterInfo& leader) const {
    if (!m_source->leaderInfo().isNull() && sameMaster(m_source->leaderInfo(), leader))
        return m_source->electedTime();
    const MesosMasterSummary& master = m_store->master();
    if (master.electedTime > 0 && !master.id.isEmpty() && master.id == leader.id)
        return QDateTime::fromMSecsSinceEpoch(qint64(master.electedTime * 1000), QTimeZone::utc());
    return {};
}

LeaderSummary ClusterLeader::fromZooKeeper() const {
    LeaderSummary s;
    if (!m_detector->isKnown())
        return s;
    s.masterCount = m_detector->masterCount();
    const MasterInfo leader = m_detector->leader();
    s.state = leader.isNull() ? LeaderSummary::State::None : LeaderSummary::State::Known;
    s.leader = leader;
    if (!leader.isNull())
        s.elected = electedTime(leader);
    for (const MasterInfo& info : m_detector->masters()) {
        const bool leading = !leader.isNull() && info.nodeName == leader.nodeName;
        s.masters.append(
            {info.hostPort(),
             leading ? LeaderSummary::Master::Role::Leader : LeaderSummary::Master::Role::Standby,
             sequenceOf(info), info.version});
    }
    return s;
}

LeaderSummary ClusterLeader::fromMasterUrl() const {
    LeaderSummary s;
    s.entry = authority(m_source->entry());
    const QString answering = authority(m_source->master());
    if (m_source->noLeader()) {
        // The master named is not leading and knows of no leader.
        s.state = LeaderSummary::State::None;
        s.entryIsStandby = true;
        s.masters.append({s.entry, LeaderSummary::Master::Role::Standby, -1, {}});
        return s;
    }
    if (m_source->isUnreachable())
        return s; // the master named (or its leader) does not answer: nothing is known
    MasterInfo leader = m_source->leaderInfo();
    if (leader.isNull() && m_source->identityUnavailable() &&
        m_source->status().state == MesosSource::State::Live && !answering.isEmpty()) {
        // No v1 API (before 1.0): the master answering state-summary leads (standbys redirect).
        leader.hostname = m_source->master().host();
        leader.port = m_source->master().port();
        leader.version = m_store->master().version;
    }
    if (leader.isNull())
        return s; // not yet answered, or unreachable: nothing is known
    s.state = LeaderSummary::State::Known;
    s.leader = leader;
    s.elected = electedTime(leader);
    s.entryIsStandby = answering != s.entry;
    s.masters.append({leader.hostPort(), LeaderSummary::Master::Role::Leader, -1, leader.version});
    if (s.entryIsStandby)
        s.masters.append({s.entry, LeaderSummary::Master::Role::Standby, -1, {}});
    return s;
}
