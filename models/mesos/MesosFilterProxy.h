#pragma once

#include <QSortFilterProxyModel>

// Sorting by MesosRoles::SortRole and "filter as you type": every word typed must occur
// (case-insensitively) in the row's FilterTextRole, and the row must carry the chosen
// category ("active", "TASK_FAILED"...), if any.
class MesosFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit MesosFilterProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    void setCategory(const QString& category); // empty: all rows
    QString category() const { return m_category; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    QString m_category;
};
