#include "ClusterHistory.h"

#include "mesos/ClusterStore.h"
#include "TimeSeries.h"
#include "core/Clock.h"

#include <array>
#include <cmath>

ClusterHistory::ClusterHistory(ClusterStore* store, int capacity, QObject* parent)
    : QObject(parent),
      m_allocation(new TimeSeries({tr("CPUs"), tr("Memory"), tr("Disk"), tr("GPUs")}, capacity, this)),
      m_tasks(new TimeSeries({tr("Running"), tr("Staging/starting"), tr("Killing"), tr("Finished"), tr("Failed"),
                              tr("Killed"), tr("Lost")},
                             capacity, this)) {
    m_allocation->setMaxAge(MaxAgeMsecs);
    m_tasks->setMaxAge(MaxAgeMsecs);
    setStore(store);
}

void ClusterHistory::setStore(ClusterStore* store) {
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_store = store;
    if (!store)
        return; // detached: the samples wait for the next store (the same cluster's, perhaps)
    if (store->clusterKey().isEmpty() || store->clusterKey() != m_key)
        clear();
    m_key = store->clusterKey();
    m_connections << connect(store, &ClusterStore::metricsChanged, this, &ClusterHistory::record);
    m_connections << connect(store, &ClusterStore::updated, this, &ClusterHistory::record);
}

void ClusterHistory::clear() {
    m_last = 0;
    m_problem.clear();
    if (!m_allocation->isEmpty())
        m_allocation->clear();
    if (!m_tasks->isEmpty())
        m_tasks->clear();
}

void ClusterHistory::setSourceProblem(const QString& problem) {
    m_problem = problem;
}

QString ClusterHistory::emptyReason(const TimeSeries* series) const {
    if (series->size() >= 2)
        return {};
    if (!m_problem.isEmpty())
        return tr("No data: %1").arg(m_problem);
    if (!m_store)
        return tr("Not connected to a cluster.");
    if (series == m_allocation && !m_store->hasMetrics() && m_store->agents().isEmpty())
        return tr("Metrics are not available yet (waiting for /metrics/snapshot or the agents' resources).");
    return tr("Collecting… (a chart needs two samples)");
}

void ClusterHistory::record() {
    if (!m_store)
        return;
    const qint64 now = Clock::currentMSecsSinceEpoch();
    if (m_last != 0 && now - m_last < m_minInterval)
        return;
    const MesosMetrics& m = m_store->metrics();
    const double nan = std::nan("");
    auto percent = [&](const char* name, double used, double total) {
        const QString key = QStringLiteral("master/%1_percent").arg(QLatin1String(name));
        if (m.contains(key))
            return m.value(key) * 100.0;
        return total > 0 ? used / total * 100.0 : nan;
    };
    if (!m_store->hasMetrics() && m_store->agents().isEmpty())
        return;
    m_last = now;
    const MesosResources total = m_store->totalResources();
    const MesosResources used = m_store->usedResources();
    m_allocation->append(now, {percent("cpus", used.cpus, total.cpus), percent("mem", used.mem, total.mem),
                               percent("disk", used.disk, total.disk), percent("gpus", used.gpus, total.gpus)});

    std::array<double, MesosTaskStateCount> counts{};
    if (m_store->hasTasks()) {
        for (const MesosTaskPtr& t : m_store->tasks())
            counts[size_t(t->state)] += 1;
    } else {
        for (const MesosFrameworkPtr& f : m_store->frameworks())
            for (int i = 0; i < MesosTaskStateCount; ++i)
                counts[size_t(i)] += f->taskCounts[size_t(i)];
    }
    auto metric = [&](const char* key, double fallback) {
        const QString k = QString::fromLatin1(key);
        return m.contains(k) ? m.value(k) : fallback;
    };
    auto c = [&](MesosTaskState s) { return counts[size_t(s)]; };
    m_tasks->append(now, {metric("master/tasks_running", c(MesosTaskState::Running)),
                          metric("master/tasks_staging", c(MesosTaskState::Staging)) +
                              metric("master/tasks_starting", c(MesosTaskState::Starting)),
                          metric("master/tasks_killing", c(MesosTaskState::Killing)),
                          metric("master/tasks_finished", c(MesosTaskState::Finished)),
                          metric("master/tasks_failed", c(MesosTaskState::Failed)) +
                              metric("master/tasks_error", c(MesosTaskState::Error)),
                          metric("master/tasks_killed", c(MesosTaskState::Killed)),
                          metric("master/tasks_lost", c(MesosTaskState::Lost))});
}
