#include "AgentTasksModel.h"

#include <QSet>

AgentTasksModel::AgentTasksModel(const QString& agentId, const ClusterStore* store, QObject* parent)
    : TasksModel(store, parent), m_agentId(agentId) {}

void AgentTasksModel::loadFrom(const QHash<QString, MesosTaskPtr>& all) {
    QHash<QString, MesosTaskPtr> mine;
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        if (it.value()->agentId == m_agentId)
            mine.insert(it.key(), it.value());
    load(mine);
}

void AgentTasksModel::applyChanges(const MesosTaskChanges& changes) {
    MesosTaskChanges mine;
    mine.statusOnly = changes.statusOnly;
    for (const MesosTaskPtr& task : changes.added)
        if (task->agentId == m_agentId)
            mine.added.append(task);
    for (const MesosTaskPtr& task : changes.changed) {
        if (task->agentId != m_agentId)
            continue;
        // A task this model has not seen (it arrived before the page opened under another
        // agent id, or the fill raced) is an arrival here.
        (rowOf(MesosKeys::of(*task)) >= 0 ? mine.changed : mine.added).append(task);
    }
    for (const QString& key : changes.removed)
        if (rowOf(key) >= 0)
            mine.removed.append(key);
    // A whole document: this agent's rows move to its objects (the older document is let go).
    if (!changes.current.isEmpty())
        for (int row = 0; row < rowCount(); ++row) {
            const QString key = MesosKeys::of(*at(row));
            if (const MesosTaskPtr now = changes.current.value(key))
                mine.current.insert(key, now);
        }
    if (!mine.isEmpty() || !mine.current.isEmpty())
        apply(mine);
}

int AgentTasksModel::frameworkCount() const {
    QSet<QString> ids;
    for (int row = 0; row < rowCount(); ++row)
        ids.insert(at(row)->frameworkId);
    return int(ids.size());
}

int AgentTasksModel::executorCount() const {
    QSet<QString> ids;
    for (int row = 0; row < rowCount(); ++row) {
        const MesosTaskPtr task = at(row);
        // The command executor runs one task under the task's own id.
        ids.insert(task->frameworkId + u'/' + (task->executorId.isEmpty() ? task->id : task->executorId));
    }
    return int(ids.size());
}

int AgentTasksModel::tasksColumn(int column) {
    switch (column) {
    case Framework:
        return TasksModel::Framework;
    case Name:
        return TasksModel::Name;
    case Id:
        return TasksModel::Id;
    case State:
        return TasksModel::State;
    case Cpus:
        return TasksModel::Cpus;
    case Mem:
        return TasksModel::Mem;
    case Disk:
        return TasksModel::Disk;
    case Started:
        return TasksModel::Started;
    }
    return -1;
}

QString AgentTasksModel::executorText(const MesosTask& task) const {
    return task.executorId.isEmpty() ? tr("command executor") : task.executorId;
}

QVariant AgentTasksModel::rowData(const MesosTask& t, int column, int role) const {
    const int same = tasksColumn(column);
    switch (role) {
    case Qt::DisplayRole:
        if (column == Executor)
            return executorText(t);
        if (column == Started && t.startTime <= 0)
            return tr("not reported");
        break;
    case MesosRoles::SortRole:
        if (column == Framework) // each framework's executors together, then their tasks
            return QString(TasksModel::rowData(t, TasksModel::Framework, Qt::DisplayRole).toString() + u'\n' +
                           executorText(t) + u'\n' + t.name);
        if (column == Executor)
            return QString(executorText(t) + u'\n' + t.name);
        break;
    case Qt::ToolTipRole:
        if (column == Framework)
            return tr("%1\nFramework ID: %2")
                .arg(TasksModel::rowData(t, TasksModel::Framework, Qt::DisplayRole).toString(),
                     t.frameworkId);
        break;
    case MesosRoles::FilterTextRole:
        return QString(TasksModel::rowData(t, 0, role).toString() + u' ' + t.frameworkId + u' ' +
                       t.executorId);
    case MesosRoles::CategoriesRole:
    case MesosRoles::LatestStatusRole:
        return TasksModel::rowData(t, 0, role);
    default:
        break;
    }
    return same >= 0 ? TasksModel::rowData(t, same, role) : QVariant();
}

QString AgentTasksModel::columnTitle(int column) const {
    if (column == Executor)
        return tr("Executor");
    if (column == Name)
        return tr("Task");
    return TasksModel::columnTitle(tasksColumn(column));
}
