#include "OverviewPanel.h"

#include "AgentsModel.h"
#include "MesosFormat.h"
#include "core/Clock.h"
#include "mesos/ClusterStore.h"

#include <QGridLayout>
#include <QLabel>
#include <algorithm>
#include <array>

namespace {
QLabel* card(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(8);
    label->setWordWrap(true);
    return label;
}
QString duration(qint64 seconds) {
    if (seconds <= 0)
        return {};
    const qint64 d = seconds / 86400, h = seconds % 86400 / 3600, m = seconds % 3600 / 60;
    if (d > 0)
        return OverviewPanel::tr("%1 d %2 h").arg(d).arg(h);
    if (h > 0)
        return OverviewPanel::tr("%1 h %2 min").arg(h).arg(m);
    return OverviewPanel::tr("%1 min").arg(m);
}
} // namespace

OverviewPanel::OverviewPanel(QWidget* parent) : QWidget(parent) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_master = card(this, QStringLiteral("overviewMaster"));
    m_agents = card(this, QStringLiteral("overviewAgents"));
    m_tasks = card(this, QStringLiteral("overviewTasks"));
    m_resources = card(this, QStringLiteral("overviewResources"));
    grid->addWidget(m_master, 0, 0);
    grid->addWidget(m_agents, 0, 1);
    grid->addWidget(m_tasks, 1, 0);
    grid->addWidget(m_resources, 1, 1);
    refresh();
}

void OverviewPanel::setStore(ClusterStore* store) {
    m_store = store;
    if (store) {
        connect(store, &ClusterStore::updated, this, &OverviewPanel::refresh);
        connect(store, &ClusterStore::metricsChanged, this, &OverviewPanel::refresh);
    }
    refresh();
}

void OverviewPanel::refresh() {
    m_agentCounts.clear();
    if (!m_store ||
        (m_store->agents().isEmpty() && m_store->goneAgents().isEmpty() && !m_store->hasMetrics())) {
        m_master->setText(tr("Master\nNo cluster data yet."));
        m_agents->setText(tr("Agents\n–"));
        m_tasks->setText(tr("Tasks\n–"));
        m_resources->setText(tr("Resources\n–"));
        return;
    }
    const MesosMasterSummary& master = m_store->master();
    const MesosMetrics& metrics = m_store->metrics();
    const qint64 now = Clock::currentMSecsSinceEpoch() / 1000;
    qint64 uptime = master.startTime > 0 ? now - qint64(master.startTime) : 0;
    if (uptime <= 0 && metrics.contains(QStringLiteral("master/uptime_secs")))
        uptime = qint64(metrics.value(QStringLiteral("master/uptime_secs")));
    m_master->setText(tr("Master\nLeader: %1\nVersion: %2\nCluster: %3\nUp for: %4")
                          .arg(master.leader.isEmpty() ? master.hostname : master.leader,
                               master.version.isEmpty() ? tr("unknown") : master.version,
                               master.cluster.isEmpty() ? tr("(unnamed)") : master.cluster,
                               duration(uptime)));
    // Counted from the rows the Agents tab lists, so the two always agree.
    for (const auto* agents : {&m_store->agents(), &m_store->goneAgents()})
        for (const MesosAgentPtr& a : *agents)
            ++m_agentCounts[AgentsModel::category(*a)];
    const int unreachable = m_agentCounts.value(QStringLiteral("unreachable"));
    const int counted = master.unreachableAgents >= 0 ? master.unreachableAgents
                        : metrics.contains(QStringLiteral("master/slaves_unreachable"))
                            ? int(metrics.value(QStringLiteral("master/slaves_unreachable")))
                            : -1;
    // The master remembers unreachable agents MesosDesk never saw go (before it connected, or cleared).
    const QString unreachableText = counted >= 0 && counted != unreachable
                                        ? tr("%1 listed (the master counts %2)").arg(unreachable).arg(counted)
                                        : QString::number(unreachable);
    int frameworksActive = 0;
    for (const MesosFrameworkPtr& f : m_store->frameworks())
        frameworksActive += f->active ? 1 : 0;
    m_agents->setText(
        tr("Agents\nActive: %1\nInactive: %2\nUnreachable: %3\nRemoved: %4\n\nFrameworks: %5 (%6 active)")
            .arg(m_agentCounts.value(QStringLiteral("active")))
            .arg(m_agentCounts.value(QStringLiteral("inactive")))
            .arg(unreachableText)
            .arg(m_agentCounts.value(QStringLiteral("removed")))
            .arg(m_store->frameworks().size())
            .arg(frameworksActive));
    std::array<int, MesosTaskStateCount> counts{};
    if (m_store->hasTasks()) {
        for (const MesosTaskPtr& t : m_store->tasks())
            counts[size_t(t->state)]++;
    } else {
        for (const MesosFrameworkPtr& f : m_store->frameworks())
            for (int i = 0; i < MesosTaskStateCount; ++i)
                counts[size_t(i)] += f->taskCounts[size_t(i)];
    }
    QStringList lines{tr("Tasks by state")};
    for (int i = 0; i < MesosTaskStateCount; ++i)
        if (counts[size_t(i)] > 0)
            lines.append(tr("%1: %2").arg(MesosTaskStates::label(MesosTaskState(i))).arg(counts[size_t(i)]));
    if (lines.size() == 1)
        lines.append(tr("none"));
    m_tasks->setText(lines.join(u'\n'));
    const MesosResources total = m_store->totalResources();
    const MesosResources used = m_store->usedResources();
    // Used, free (the Mesos UI's "Idle") and total, of the agents the master lists.
    auto line = [](const QString& name, double u, double t, bool memory) {
        auto amount = [memory](double v) { return memory ? MesosFormat::memory(v) : MesosFormat::scalar(v); };
        const QString pct = t > 0 ? QStringLiteral(" (%1%)").arg(qRound(u / t * 100)) : QString();
        return tr("%1: %2 used · %3 free · %4 total%5")
            .arg(name, amount(u), amount(std::max(0.0, t - u)), amount(t), pct);
    };
    QStringList resources{tr("Resources"), line(tr("CPUs"), used.cpus, total.cpus, false),
                          line(tr("Memory"), used.mem, total.mem, true),
                          line(tr("Disk"), used.disk, total.disk, true),
                          line(tr("GPUs"), used.gpus, total.gpus, false)};
    // Totals shrink when agents go: say why, so a drop from 12 to 8 CPUs is not a silent one.
    if (const qsizetype gone = m_store->goneAgents().size(); gone > 0)
        resources.append(tr("Not counted: the agents the master lost (%1, listed in Agents)").arg(gone));
    m_resources->setText(resources.join(u'\n'));
}

QString OverviewPanel::text() const {
    return QStringList{m_master->text(), m_agents->text(), m_tasks->text(), m_resources->text()}.join(u'\n');
}
