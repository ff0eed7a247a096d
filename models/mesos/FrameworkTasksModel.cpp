#include "FrameworkTasksModel.h"

#include "MesosRoles.h"

FrameworkTasksModel::FrameworkTasksModel(const QString& frameworkId, const ClusterStore* store,
                                         QObject* parent, const AgentLabels* labels)
    : TasksModel(store, parent, labels), m_frameworkId(frameworkId),
      m_keyPrefix(MesosKeys::task(frameworkId, QString())) {}

QString FrameworkTasksModel::group(MesosTaskState state) {
    if (state == MesosTaskState::Unreachable)
        return QStringLiteral("unreachable");
    return MesosTaskStates::isTerminal(state) ? QStringLiteral("completed") : QStringLiteral("live");
}

int FrameworkTasksModel::liveCount() const {
    return total() - unreachableCount() - completedCount();
}

int FrameworkTasksModel::completedCount() const {
    int n = 0;
    for (int i = 0; i < MesosTaskStateCount; ++i)
        if (MesosTaskStates::isTerminal(MesosTaskState(i)))
            n += m_counts[size_t(i)];
    return n;
}

void FrameworkTasksModel::track(const MesosTask& task) {
    const QString key = MesosKeys::of(task);
    const auto it = m_stateOf.find(key);
    if (it != m_stateOf.end()) {
        --m_counts[size_t(it.value())];
        it.value() = task.state;
    } else {
        m_stateOf.insert(key, task.state);
    }
    ++m_counts[size_t(task.state)];
}

void FrameworkTasksModel::untrack(const QString& key) {
    const auto it = m_stateOf.constFind(key);
    if (it == m_stateOf.cend())
        return;
    --m_counts[size_t(it.value())];
    m_stateOf.erase(it);
}

void FrameworkTasksModel::loadFrom(const QHash<QString, MesosTaskPtr>& all) {
    QHash<QString, MesosTaskPtr> own;
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        if (owns(*it.value()))
            own.insert(it.key(), it.value());
    m_stateOf.clear();
    m_counts.fill(0);
    for (const MesosTaskPtr& task : std::as_const(own))
        track(*task);
    load(own);
    emit countsChanged();
}

void FrameworkTasksModel::applyFrom(const MesosChangeSet<MesosTask>& changes) {
    MesosChangeSet<MesosTask> own;
    own.statusOnly = changes.statusOnly;
    for (const MesosTaskPtr& task : changes.added)
        if (owns(*task))
            own.added.append(task);
    for (const MesosTaskPtr& task : changes.changed)
        if (owns(*task))
            own.changed.append(task);
    for (const QString& key : changes.removed)
        if (key.startsWith(m_keyPrefix))
            own.removed.append(key);
    // Looked up by key only: the whole collection serves, no filtered copy per poll.
    own.current = changes.current;
    const bool ours = !own.isEmpty();
    for (const QString& key : std::as_const(own.removed))
        untrack(key);
    for (const auto* list : {&own.added, &own.changed})
        for (const MesosTaskPtr& task : *list)
            track(*task);
    apply(own);
    if (ours)
        emit countsChanged();
}

QVariant FrameworkTasksModel::rowData(const MesosTask& task, int column, int role) const {
    if (role == MesosRoles::CategoriesRole) {
        QStringList categories = TasksModel::rowData(task, column, role).toStringList();
        categories << group(task.state);
        return categories;
    }
    return TasksModel::rowData(task, column, role);
}
