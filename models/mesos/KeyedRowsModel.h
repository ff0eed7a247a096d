#pragma once

#include "mesos/MesosChangeSet.h"
#include "mesos/MesosKeys.h"
#include "core/LifetimeGuard.h"
#include "MesosRoles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <memory>

// Rows of shared, immutable objects kept in step with a ClusterStore by change sets:
// removals and insertions as row ranges, changes as dataChanged over contiguous runs.
// Never a reset per update, so selections, scroll positions and sorting survive.
//
// The GUI thread does work in proportion to what changed, not to the size of the cluster:
// a big first fill is inserted in slices across event-loop turns, and moving the unchanged
// rows to a new document's objects (see adoptGeneration) is computed on a worker.
template <typename T>
class KeyedRowsModel : public QAbstractTableModel {
public:
    using Ptr = std::shared_ptr<const T>;
    using QAbstractTableModel::QAbstractTableModel;

    // Rows inserted per event-loop turn when many arrive at once (about 2-4 ms of work).
    static constexpr qsizetype SliceRows = 4096;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    // The roles every collection answers alike; the rest is up to rowData().
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final {
        const Ptr item = at(index.row());
        if (!item || !index.isValid())
            return {};
        switch (role) {
        case MesosRoles::KeyRole:
            return MesosKeys::of(*item);
        case MesosRoles::IdRole:
            return item->id;
        case MesosRoles::RawJsonRole:
            return item->raw.bytes();
        case Qt::ToolTipRole: { // every cell can be read whole, however the view elides it
            QVariant tip = rowData(*item, index.column(), role);
            return tip.isValid() ? tip : rowData(*item, index.column(), Qt::DisplayRole);
        }
        default:
            return rowData(*item, index.column(), role);
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final {
        return orientation == Qt::Horizontal && role == Qt::DisplayRole ? QVariant(columnTitle(section)) : QVariant();
    }

    Ptr at(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Ptr(); }
    int rowOf(const QString& key) const { return m_rowOf.value(key, -1); }
    // Rows received but not inserted yet (a big fill in progress).
    qsizetype pendingRows() const { return m_pending.size() - m_pendingAt; }

    void apply(const MesosChangeSet<T>& changes) {
        finishPendingInserts(); // later changes may refer to those rows
        const bool wasEmpty = m_rows.isEmpty();
        if (!changes.removed.isEmpty())
            removeKeys(changes.removed);
        if (!changes.changed.isEmpty())
            replaceRows(changes.changed, changes.statusOnly);
        QList<Ptr> added;
        for (const Ptr& item : changes.added) {
            const int row = m_rowOf.value(MesosKeys::of(*item), -1);
            if (row >= 0) { // already here (a late duplicate): treat as a change
                m_rows[row] = item;
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            } else {
                added.append(item);
            }
        }
        if (!added.isEmpty())
            appendRows(std::move(added));
        if (!changes.current.isEmpty() && !wasEmpty) // a first fill holds the current objects already
            adoptGeneration(changes.current);
    }

    // Starts over from a whole collection (a new session), as insertions.
    void load(const QHash<QString, Ptr>& all) {
        finishPendingInserts();
        MesosChangeSet<T> changes;
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            if (!m_rowOf.contains(it.key()))
                changes.added.append(it.value());
        for (auto it = m_rowOf.cbegin(); it != m_rowOf.cend(); ++it)
            if (!all.contains(it.key()))
                changes.removed.append(it.key());
        changes.current = all;
        apply(changes);
    }

protected:
    virtual QVariant rowData(const T& item, int column, int role) const = 0;
    virtual QString columnTitle(int column) const = 0; // translated
    // The columns a status-only change can touch (a sorted proxy re-sorts only if its column is in).
    virtual std::pair<int, int> statusColumns() const { return {0, columnCount() - 1}; }

    QList<Ptr> m_rows;
    QHash<QString, int> m_rowOf;

private:
    void removeKeys(const QStringList& keys) {
        QList<int> rows;
        rows.reserve(keys.size());
        for (const QString& key : keys) {
            const auto it = m_rowOf.constFind(key);
            if (it != m_rowOf.cend()) {
                rows.append(it.value());
                m_rowOf.erase(it);
            }
        }
        if (rows.isEmpty())
            return;
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
            ++m_structure;
            endRemoveRows();
            i = j + 1;
        }
        // Only the rows after the first removed one moved.
        for (qsizetype i = rows.last(); i < m_rows.size(); ++i)
            m_rowOf[MesosKeys::of(*m_rows.at(i))] = int(i);
    }

    void replaceRows(const QList<Ptr>& items, bool statusOnly) {
        QList<int> rows;
        rows.reserve(items.size());
        for (const Ptr& item : items) {
            const int row = m_rowOf.value(MesosKeys::of(*item), -1);
            if (row < 0)
                continue;
            m_rows[row] = item;
            rows.append(row);
        }
        std::sort(rows.begin(), rows.end());
        const auto [firstColumn, lastColumn] = statusOnly ? statusColumns() : std::pair<int, int>{0, columnCount() - 1};
        for (qsizetype i = 0; i < rows.size();) {
            qsizetype j = i;
            while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
                ++j;
            emit dataChanged(index(rows[i], firstColumn), index(rows[j], lastColumn));
            i = j + 1;
        }
    }

    void appendRows(QList<Ptr> items) {
        m_pending = std::move(items);
        m_pendingAt = 0;
        m_rows.reserve(m_rows.size() + m_pending.size());
        m_rowOf.reserve(m_rows.size() + m_pending.size());
        insertSlice(SliceRows);
        if (pendingRows() > 0)
            QTimer::singleShot(0, this, [this] { continuePendingInserts(); });
    }

    void insertSlice(qsizetype count) {
        count = std::min(count, pendingRows());
        if (count <= 0)
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(count) - 1);
        for (qsizetype i = 0; i < count; ++i) {
            const Ptr& item = m_pending.at(m_pendingAt + i);
            m_rowOf.insert(MesosKeys::of(*item), int(m_rows.size()));
            m_rows.append(item);
        }
        m_pendingAt += count;
        ++m_structure;
        endInsertRows();
        if (pendingRows() == 0) {
            m_pending.clear();
            m_pendingAt = 0;
        }
    }

    void continuePendingInserts() {
        insertSlice(SliceRows);
        if (pendingRows() > 0)
            QTimer::singleShot(0, this, [this] { continuePendingInserts(); });
    }

    void finishPendingInserts() { insertSlice(pendingRows()); }

    // Unchanged rows still point at objects of an earlier document, and each object keeps its
    // document's bytes alive (RawJson): move them to the current, equal objects so only the
    // newest document stays in memory. The lookups run on a worker over a copy of the row list;
    // the GUI thread only swaps pointers (equal content, so no signal), and the old objects are
    // released on a worker too.
    void adoptGeneration(const QHash<QString, Ptr>& current) {
        const QList<Ptr> before = m_rows;
        const quint64 structure = m_structure;
        QThreadPool::globalInstance()->start([guard = m_guard.handle(), this, before, current, structure]() mutable {
            QList<Ptr> adopted;
            adopted.reserve(before.size());
            bool differs = false;
            for (const Ptr& row : before) {
                const auto it = current.constFind(MesosKeys::of(*row));
                const bool newer = it != current.cend() && it.value() != row;
                adopted.append(newer ? it.value() : row);
                differs = differs || newer;
            }
            if (!differs)
                return;
            guard.post([this, before = std::move(before), adopted = std::move(adopted), structure]() mutable {
                takeGeneration(std::move(before), std::move(adopted), structure);
            });
        });
    }

    void takeGeneration(QList<Ptr> before, QList<Ptr> adopted, quint64 structure) {
        if (structure == m_structure) {
            if (m_rows.constData() == before.constData()) {
                m_rows = adopted; // nothing changed meanwhile
            } else {
                for (qsizetype i = 0; i < m_rows.size(); ++i) // rows replaced meanwhile keep their newer object
                    if (m_rows.at(i) == before.at(i))
                        m_rows[i] = adopted.at(i);
            }
        }
        // `before` may hold the last references to the old objects: let them go on a worker.
        QThreadPool::globalInstance()->start([before = std::move(before), adopted = std::move(adopted)] {});
    }

    QList<Ptr> m_pending;
    qsizetype m_pendingAt = 0;
    quint64 m_structure = 0; // bumped when rows are inserted or removed
    LifetimeGuard m_guard{this};
};
