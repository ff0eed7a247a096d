#include "MesosFilterProxy.h"

#include "MesosRoles.h"

MesosFilterProxy::MesosFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(MesosRoles::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void MesosFilterProxy::setFilterText(const QString& text) {
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void MesosFilterProxy::setCategory(const QString& category) {
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

bool MesosFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_category.isEmpty() && !index.data(MesosRoles::CategoriesRole).toStringList().contains(m_category))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(MesosRoles::FilterTextRole).toString();
    for (const QString& word : m_words)
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}
