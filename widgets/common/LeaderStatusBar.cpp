#include "LeaderStatusBar.h"

#include "OnScreenWatcher.h"
#include "ThemeStyle.h"
#include "core/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace {
QLabel* makeLabel(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    return label;
}

void setAlarm(QLabel* label, bool alarm, bool bold) {
    if (alarm)
        ThemeStyle::set(label,
                        bold ? QStringLiteral("color: %1; font-weight: bold;") : QStringLiteral("color: %1;"),
                        {ThemeColors::Role::StateError});
    else
        ThemeStyle::clear(label);
}
} // namespace

LeaderStatusBar::LeaderStatusBar(QWidget* parent) : QWidget(parent) {
    m_zk = makeLabel(this, "zkState");
    m_leader = makeLabel(this, "mesosLeader");
    m_masters = makeLabel(this, "masterCount");
    m_elected = makeLabel(this, "leaderElected");
    m_marathon = makeLabel(this, "marathonLeader");
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    for (QLabel* label : {m_zk, m_leader, m_masters, m_elected, m_marathon})
        layout->addWidget(label);
    layout->addStretch(1);
    setZooKeeperState(tr("not connected"), false);
    setLeader({});
    setMarathonLeader({});
    connect(&m_tick, &QTimer::timeout, this, &LeaderStatusBar::updateElected);
    m_tick.setInterval(1000);
    // "Elected: 5 min ago" ticks only while it can be read.
    auto* onScreen = new OnScreenWatcher(this);
    connect(onScreen, &OnScreenWatcher::onScreenChanged, this, [this](bool visible) {
        if (!visible)
            return m_tick.stop();
        updateElected();
        m_tick.start();
    });
    if (onScreen->isOnScreen())
        m_tick.start();
}

void LeaderStatusBar::setZooKeeperState(const QString& state, bool healthy) {
    m_zk->setText(tr("ZooKeeper: %1").arg(state));
    setAlarm(m_zk, !healthy, false);
}

void LeaderStatusBar::setLeader(const LeaderSummary& summary) {
    switch (summary.state) {
    case LeaderSummary::State::Unknown:
        m_leader->setText(tr("Leader: unknown"));
        setAlarm(m_leader, false, false);
        break;
    case LeaderSummary::State::None:
        m_leader->setText(tr("Leader: none"));
        setAlarm(m_leader, true, true);
        break;
    case LeaderSummary::State::Known: {
        const QString version =
            summary.leader.version.isEmpty() ? tr("unknown version") : summary.leader.version;
        m_leader->setText(tr("Leader: %1 (Mesos %2)").arg(summary.leader.hostPort(), version));
        setAlarm(m_leader, false, false);
        break;
    }
    }
    if (!summary.entry.isEmpty()) {
        // A master URL: which master MesosDesk was pointed at, and whether it leads.
        if (summary.state == LeaderSummary::State::Unknown)
            m_masters->setText(tr("Via %1").arg(summary.entry));
        else if (summary.entryIsStandby)
            m_masters->setText(tr("Via standby %1").arg(summary.entry));
        else
            m_masters->setText(tr("Via %1 (the leader)").arg(summary.entry));
    } else {
        m_masters->setText(summary.masterCount < 0 ? QString() : tr("Masters: %1").arg(summary.masterCount));
    }
    m_masters->setToolTip(describeMasters(summary));
    m_leaderKnown = summary.state == LeaderSummary::State::Known;
    m_electedTime = summary.elected;
    updateElected();
}

QString LeaderStatusBar::describeMasters(const LeaderSummary& summary) {
    QStringList lines;
    for (const LeaderSummary::Master& master : summary.masters) {
        const QString role =
            master.role == LeaderSummary::Master::Role::Leader ? tr("leader") : tr("standby");
        QStringList facts;
        if (master.sequence >= 0)
            facts << tr("ZooKeeper #%1").arg(master.sequence);
        if (!master.version.isEmpty())
            facts << tr("Mesos %1").arg(master.version);
        lines << (facts.isEmpty()
                      ? tr("%1 — %2").arg(master.address, role)
                      : tr("%1 — %2 (%3)").arg(master.address, role, facts.join(QStringLiteral(", "))));
    }
    if (!summary.entry.isEmpty())
        lines << tr("Without ZooKeeper only the master named and its leader are known.");
    else if (lines.isEmpty() && summary.masterCount == 0)
        lines << tr("No master is registered in ZooKeeper.");
    return lines.join(u'\n');
}

void LeaderStatusBar::setMarathonLeader(const QString& hostPort) {
    m_marathon->setText(hostPort.isEmpty() ? tr("Marathon: none") : tr("Marathon: %1").arg(hostPort));
}

void LeaderStatusBar::updateElected() {
    if (!m_leaderKnown) {
        m_elected->clear();
        m_elected->setToolTip({});
    } else if (!m_electedTime.isValid()) {
        m_elected->setText(tr("Elected: unknown"));
        m_elected->setToolTip(tr("The leading master has not said when it was elected."));
    } else {
        m_elected->setText(tr("Elected %1 ago").arg(formatAge(m_electedTime, Clock::currentDateTimeUtc())));
        m_elected->setToolTip(
            tr("Elected %1").arg(QLocale().toString(m_electedTime.toLocalTime(), QLocale::LongFormat)));
    }
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

QString LeaderStatusBar::zooKeeperText() const {
    return m_zk->text();
}
QString LeaderStatusBar::leaderText() const {
    return m_leader->text();
}
QString LeaderStatusBar::mastersText() const {
    return m_masters->text();
}
QString LeaderStatusBar::mastersToolTip() const {
    return m_masters->toolTip();
}
QString LeaderStatusBar::electedText() const {
    return m_elected->text();
}
QString LeaderStatusBar::electedToolTip() const {
    return m_elected->toolTip();
}
QString LeaderStatusBar::marathonText() const {
    return m_marathon->text();
}
