#include "ClusterStatusPresenter.h"

#include "LeaderHistoryModel.h"
#include "LeaderStatusBar.h"
#include "NoticeBar.h"
#include "core/Clock.h"
#include "core/ClusterLeader.h"
#include "core/ClusterSession.h"
#include "core/Settings.h"
#include "marathon/MarathonLeaderDetector.h"
#include "marathon/MarathonSource.h"
#include "mesos/MesosLeaderDetector.h"
#include "mesos/MesosSource.h"
#include "zookeeper/ZkSession.h"

#include <QLabel>
#include <QLocale>
#include <QWidget>

ClusterStatusPresenter::ClusterStatusPresenter(QWidget* window, LeaderStatusBar* status, QLabel* leaderCard,
                                               LeaderHistoryModel* history, NoticeBar* notice,
                                               QObject* parent)
    : QObject(parent), m_window(window), m_status(status), m_card(leaderCard), m_history(history),
      m_notice(notice), m_readOnly(Settings::MarathonReadOnly.get()) {
    onLeader({});
}

void ClusterStatusPresenter::setSession(ClusterSession* session, bool sameCluster) {
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    if (!sameCluster) {
        m_history->clear();
        m_history->setWatchingSince(session ? Clock::currentDateTimeUtc() : QDateTime());
        m_leaderSeen = false;
        m_lastLeader.clear();
        m_marathonSeen = false;
        m_lastMarathon.clear();
    }
    m_notice->hide();
    m_status->setMarathonLeader({});
    if (!session) {
        m_status->setZooKeeperState(tr("not connected"), false);
        onLeader({});
        return;
    }
    m_connections << connect(session->leader(), &ClusterLeader::changed, this,
                             &ClusterStatusPresenter::onLeader);
    m_connections << connect(session->mesosSource(), &MesosSource::statusChanged, this,
                             &ClusterStatusPresenter::updateTitle);
    // Whichever way Marathon was found (ZooKeeper, the framework list, a configured URL).
    m_connections << connect(session->marathonSource(), &MarathonSource::urlChanged, this,
                             [this](const QUrl& url) {
                                 m_status->setMarathonLeader(url.isEmpty() ? QString() : url.authority());
                             });
    if (ZkSession* zk = session->zooKeeper()) {
        m_connections << connect(zk, &ZkSession::stateChanged, this,
                                 &ClusterStatusPresenter::onZooKeeperState);
        m_connections << connect(session->mesosLeader(), &MesosLeaderDetector::problemChanged, this,
                                 [this](const QString& p) {
                                     if (!p.isEmpty())
                                         m_notice->showNotice(NoticeBar::Level::Warning, p);
                                 });
        m_connections << connect(session->marathonLeader(), &MarathonLeaderDetector::leaderChanged, this,
                                 &ClusterStatusPresenter::onMarathonLeader);
        onZooKeeperState();
    } else {
        m_status->setZooKeeperState(tr("not used"), true);
    }
    onLeader(session->leader()->summary());
}

void ClusterStatusPresenter::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    updateTitle();
}

void ClusterStatusPresenter::onZooKeeperState() {
    const ZkSession::State state = m_session->zooKeeper()->state();
    m_status->setZooKeeperState(ZkSession::stateName(state), state == ZkSession::State::Connected);
    if (state == ZkSession::State::AuthFailed)
        m_notice->showNotice(
            NoticeBar::Level::Error,
            tr("ZooKeeper refused the credentials of %1.").arg(m_session->target().toDisplayString()));
    updateTitle();
}

void ClusterStatusPresenter::onLeader(const LeaderSummary& summary) {
    m_status->setLeader(summary);
    m_card->setText(describe(summary, !m_session.isNull()));
    updateTitle();
    if (summary.state == LeaderSummary::State::Unknown)
        return; // nothing was said, so nothing changed
    const QString now = summary.state == LeaderSummary::State::Known ? summary.leader.hostPort() : QString();
    // Leader changes, no leader and "leads again" are told by the window's notification stream;
    // here they only make history.
    if (!m_leaderSeen || now == m_lastLeader) {
        // The first word on this cluster, or the same as before a reconnect: no change.
        m_leaderSeen = true;
        m_lastLeader = now;
        return;
    }
    m_history->record({Clock::currentDateTimeUtc(), tr("Mesos"), now, summary.leader.version});
    m_lastLeader = now;
}

void ClusterStatusPresenter::onMarathonLeader(const QString& hostPort) {
    if (m_marathonSeen && hostPort != m_lastMarathon)
        m_history->record({Clock::currentDateTimeUtc(), tr("Marathon"), hostPort, QString()});
    m_marathonSeen = true;
    m_lastMarathon = hostPort;
}

QString ClusterStatusPresenter::windowTitle() const {
    if (!m_session)
        return tr("MesosDesk");
    QStringList trouble;
    const LeaderSummary& summary = m_session->leader()->summary();
    const bool stale = m_session->mesosSource()->status().state == MesosSource::State::Stale;
    if (summary.state == LeaderSummary::State::None)
        trouble << tr("no leader");
    else if (summary.state == LeaderSummary::State::Unknown && stale)
        trouble << tr("leader unknown"); // it was known, and whoever told is gone
    if (ZkSession* zk = m_session->zooKeeper();
        zk && zk->state() != ZkSession::State::Connected && zk->state() != ZkSession::State::Connecting)
        trouble << tr("ZooKeeper %1").arg(ZkSession::stateName(zk->state()));
    if (stale)
        trouble << tr("stale data");
    if (m_readOnly)
        trouble << tr("read-only");
    const QString target = m_name.isEmpty() ? m_session->target().toDisplayString() : m_name;
    return trouble.isEmpty() ? tr("MesosDesk — %1").arg(target)
                             : tr("MesosDesk — %1 — %2").arg(target, trouble.join(QStringLiteral(", ")));
}

void ClusterStatusPresenter::updateTitle() {
    m_window->setWindowTitle(windowTitle());
}

QString ClusterStatusPresenter::describe(const LeaderSummary& summary, bool connected) {
    if (!connected)
        return tr("Not connected. Use File → Connect.");
    QStringList lines;
    switch (summary.state) {
    case LeaderSummary::State::Unknown:
        lines << (summary.entry.isEmpty() ? tr("Looking for the leading Mesos master…")
                                          : tr("Asking %1 for the leading Mesos master…").arg(summary.entry));
        break;
    case LeaderSummary::State::None:
        lines << tr("No leading Mesos master.");
        if (!summary.entry.isEmpty())
            lines << tr("%1 is not leading and knows of no leader.").arg(summary.entry);
        break;
    case LeaderSummary::State::Known: {
        const MasterInfo& leader = summary.leader;
        const QString unknown = tr("unknown");
        lines << tr("Leading master: %1").arg(leader.hostPort());
        lines << tr("Version: %1").arg(leader.version.isEmpty() ? unknown : leader.version);
        lines << tr("Elected: %1")
                     .arg(summary.elected.isValid()
                              ? QLocale().toString(summary.elected.toLocalTime(), QLocale::ShortFormat)
                              : unknown);
        lines << tr("Id: %1").arg(leader.id.isEmpty() ? unknown : leader.id);
        if (summary.entryIsStandby)
            lines << tr("Reached through the standby %1, which redirects to the leader.").arg(summary.entry);
        break;
    }
    }
    if (summary.masters.size() > 1 || (summary.entry.isEmpty() && !summary.masters.isEmpty())) {
        QStringList masters;
        for (const LeaderSummary::Master& m : summary.masters)
            masters << (m.role == LeaderSummary::Master::Role::Leader ? tr("%1 (leader)")
                                                                      : tr("%1 (standby)"))
                           .arg(m.address);
        lines << tr("Masters: %1").arg(masters.join(QStringLiteral(", ")));
    }
    return lines.join(u'\n');
}
