#pragma once

#include "TasksModel.h"
#include "mesos/MesosChangeSet.h"

#include <array>

// The tasks of one framework (the framework page's list), as the Tasks tab shows them, kept in
// step with the store's change sets (only this framework's part; by differences). Each row also
// carries the group the Mesos web UI lists it under: "live" (active), "unreachable" or
// "completed" (terminal), for the page's filters; the counts per state follow.
class FrameworkTasksModel : public TasksModel {
    Q_OBJECT
public:
    FrameworkTasksModel(const QString& frameworkId, const ClusterStore* store = nullptr,
                        QObject* parent = nullptr, const AgentLabels* labels = nullptr);

    const QString& frameworkId() const { return m_frameworkId; }
    // The framework's tasks among all the store's.
    void loadFrom(const QHash<QString, MesosTaskPtr>& all);
    // The framework's part of a store change set.
    void applyFrom(const MesosChangeSet<MesosTask>& changes);

    int count(MesosTaskState state) const { return m_counts[size_t(state)]; }
    int total() const { return int(m_stateOf.size()); }
    int liveCount() const; // not terminal, not unreachable
    int unreachableCount() const { return count(MesosTaskState::Unreachable); }
    int completedCount() const;                 // terminal
    static QString group(MesosTaskState state); // "live", "unreachable" or "completed"

signals:
    void countsChanged();

protected:
    QVariant rowData(const MesosTask& item, int column, int role) const override;

private:
    bool owns(const MesosTask& task) const { return task.frameworkId == m_frameworkId; }
    void track(const MesosTask& task);
    void untrack(const QString& key);

    QString m_frameworkId;
    QString m_keyPrefix; // "<framework id>/": task keys (MesosKeys::task) start with it
    QHash<QString, MesosTaskState> m_stateOf;
    std::array<int, MesosTaskStateCount> m_counts{};
};
