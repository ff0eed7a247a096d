#pragma once

#include "mesos/MesosChangeSet.h"
#include "mesos/MesosKeys.h"
#include "MesosRoles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <algorithm>
#include <memory>

// Rows of shared, immutable objects kept in step with a ClusterStore by change sets:
// removals and insertions as row ranges, changes as dataChanged over contiguous runs.
// Never a reset per update, so selections, scroll positions and sorting survive.
template <typename T>
class KeyedRowsModel : public QAbstractTableModel {
public:
    using Ptr = std::shared_ptr<const T>;
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    Ptr at(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Ptr(); }
    int rowOf(const QString& key) const { return m_rowOf.value(key, -1); }

    void apply(const MesosChangeSet<T>& changes) {
        if (!changes.removed.isEmpty()) {
            QList<int> rows;
            rows.reserve(changes.removed.size());
            for (const QString& key : changes.removed) {
                const int row = m_rowOf.value(key, -1);
                if (row >= 0)
                    rows.append(row);
            }
            std::sort(rows.begin(), rows.end(), std::greater<int>());
            // Remove contiguous runs, highest first, so earlier row numbers stay valid.
            for (qsizetype i = 0; i < rows.size();) {
                qsizetype j = i;
                while (j + 1 < rows.size() && rows[j + 1] == rows[j] - 1)
                    ++j;
                const int last = rows[i];
                const int first = rows[j];
                beginRemoveRows({}, first, last);
                m_rows.remove(first, last - first + 1);
                endRemoveRows();
                i = j + 1;
            }
            if (!rows.isEmpty())
                reindex();
        }
        if (!changes.changed.isEmpty()) {
            QList<int> rows;
            rows.reserve(changes.changed.size());
            for (const Ptr& item : changes.changed) {
                const int row = m_rowOf.value(MesosKeys::of(*item), -1);
                if (row < 0)
                    continue;
                m_rows[row] = item;
                rows.append(row);
            }
            std::sort(rows.begin(), rows.end());
            const auto [firstColumn, lastColumn] =
                changes.statusOnly ? statusColumns() : std::pair<int, int>{0, columnCount() - 1};
            for (qsizetype i = 0; i < rows.size();) {
                qsizetype j = i;
                while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
                    ++j;
                emit dataChanged(index(rows[i], firstColumn), index(rows[j], lastColumn));
                i = j + 1;
            }
        }
        QList<Ptr> added;
        for (const Ptr& item : changes.added) {
            const QString key = MesosKeys::of(*item);
            const int row = m_rowOf.value(key, -1);
            if (row >= 0) { // already here (a late duplicate): treat as a change
                m_rows[row] = item;
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            } else {
                added.append(item);
            }
        }
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            for (const Ptr& item : added) {
                m_rowOf.insert(MesosKeys::of(*item), int(m_rows.size()));
                m_rows.append(item);
            }
            endInsertRows();
        }
    }

    // Starts over from a whole collection (a new session), as insertions.
    void load(const QHash<QString, Ptr>& all) {
        MesosChangeSet<T> changes;
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            if (!m_rowOf.contains(it.key()))
                changes.added.append(it.value());
        for (auto it = m_rowOf.cbegin(); it != m_rowOf.cend(); ++it)
            if (!all.contains(it.key()))
                changes.removed.append(it.key());
        apply(changes);
    }

protected:
    // The columns a status-only change can touch (a sorted proxy re-sorts only if its column is in).
    virtual std::pair<int, int> statusColumns() const { return {0, columnCount() - 1}; }

    void reindex() {
        m_rowOf.clear();
        m_rowOf.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowOf.insert(MesosKeys::of(*m_rows.at(i)), i);
    }

    QList<Ptr> m_rows;
    QHash<QString, int> m_rowOf;
};
