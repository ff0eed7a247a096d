#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>

// A table of T keyed by a string id, updated by differences: rows whose id vanished are
// removed, changed rows get dataChanged, new ids are appended. Order is kept stable so
// selection and scroll survive polls; views sort through a proxy.
template <typename T>
class KeyedListModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }
    const T& itemAt(int row) const { return m_items.at(row); }
    const QList<T>& items() const { return m_items; }
    int rowOf(const QString& key) const { return m_rows.value(key, -1); }

protected:
    virtual QString keyOf(const T& item) const = 0;

    void replaceAll(const QList<T>& next) {
        QHash<QString, const T*> wanted;
        for (const T& item : next)
            wanted.insert(keyOf(item), &item);
        for (int row = int(m_items.size()) - 1; row >= 0; --row) {
            if (wanted.contains(keyOf(m_items.at(row))))
                continue;
            int last = row; // remove runs of vanished rows in one go
            while (row > 0 && !wanted.contains(keyOf(m_items.at(row - 1))))
                --row;
            beginRemoveRows({}, row, last);
            m_items.remove(row, last - row + 1);
            endRemoveRows();
        }
        reindex();
        QList<T> added;
        for (const T& item : next) {
            const int row = m_rows.value(keyOf(item), -1);
            if (row < 0) {
                added << item;
            } else if (!(m_items.at(row) == item)) {
                m_items[row] = item;
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
        }
        if (!added.isEmpty()) {
            beginInsertRows({}, int(m_items.size()), int(m_items.size() + added.size() - 1));
            m_items += added;
            endInsertRows();
            reindex();
        }
    }

    void reindex() {
        m_rows.clear();
        for (int i = 0; i < m_items.size(); ++i)
            m_rows.insert(keyOf(m_items.at(i)), i);
    }

    QList<T> m_items;
    QHash<QString, int> m_rows;
};
