#include "LeaderStatusBar.h"

#include "core/Clock.h"

#include <QHBoxLayout>
#include <QLabel>

namespace {
QLabel* makeLabel(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

LeaderStatusBar::LeaderStatusBar(QWidget* parent) : QWidget(parent) {
    m_zk = makeLabel(this, "zkState");
    m_leader = makeLabel(this, "mesosLeader");
    m_masters = makeLabel(this, "masterCount");
    m_since = makeLabel(this, "leaderSince");
    m_marathon = makeLabel(this, "marathonLeader");
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    for (QLabel* label : {m_zk, m_leader, m_masters, m_since, m_marathon})
        layout->addWidget(label);
    setZooKeeperState(tr("not connected"), false);
    setMesosLeader({}, {});
    setMasterCount(0);
    setMarathonLeader({});
    connect(&m_tick, &QTimer::timeout, this, &LeaderStatusBar::updateSince);
    m_tick.start(1000);
}

void LeaderStatusBar::setZooKeeperState(const QString& state, bool healthy) {
    m_zk->setText(tr("ZooKeeper: %1").arg(state));
    m_zk->setStyleSheet(healthy ? QString() : QStringLiteral("color: #b02020;"));
}

void LeaderStatusBar::setMesosLeader(const MasterInfo& leader, const QDateTime& since) {
    m_leaderSince = since;
    if (leader.isNull()) {
        m_leader->setText(tr("Leader: none"));
        m_leader->setStyleSheet(QStringLiteral("color: #b02020; font-weight: bold;"));
    } else {
        const QString version = leader.version.isEmpty() ? tr("unknown version") : leader.version;
        m_leader->setText(tr("Leader: %1 (Mesos %2)").arg(leader.hostPort(), version));
        m_leader->setStyleSheet(QString());
    }
    updateSince();
}

void LeaderStatusBar::setMasterCount(int count) { m_masters->setText(tr("Masters: %1").arg(count)); }

void LeaderStatusBar::setMarathonLeader(const QString& hostPort) {
    m_marathon->setText(hostPort.isEmpty() ? tr("Marathon: none") : tr("Marathon: %1").arg(hostPort));
}

void LeaderStatusBar::updateSince() {
    m_since->setText(m_leaderSince.isValid()
                         ? tr("leading for %1").arg(formatAge(m_leaderSince, Clock::currentDateTimeUtc()))
                         : QString());
}

QString LeaderStatusBar::formatAge(const QDateTime& since, const QDateTime& now) {
    const qint64 seconds = qMax<qint64>(0, since.secsTo(now));
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

QString LeaderStatusBar::zooKeeperText() const { return m_zk->text(); }
QString LeaderStatusBar::leaderText() const { return m_leader->text(); }
QString LeaderStatusBar::mastersText() const { return m_masters->text(); }
QString LeaderStatusBar::sinceText() const { return m_since->text(); }
QString LeaderStatusBar::marathonText() const { return m_marathon->text(); }
