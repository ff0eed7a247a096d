#include "AppsFilterProxy.h"

#include "AppsModel.h"

AppsFilterProxy::AppsFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
    setSortRole(AppsModel::SortRole);
    setDynamicSortFilter(true);
}

void AppsFilterProxy::setText(const QString& text) {
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void AppsFilterProxy::setStatus(int status) {
    m_status = status;
    invalidateRowsFilter();
}

void AppsFilterProxy::setHealth(HealthFilter health) {
    m_health = health;
    invalidateRowsFilter();
}

void AppsFilterProxy::setLabel(const QString& label) {
    m_label = label.trimmed();
    invalidateRowsFilter();
}

bool AppsFilterProxy::isFiltering() const {
    return !m_text.isEmpty() || m_status >= 0 || m_health != HealthFilter::Any || !m_label.isEmpty();
}

bool AppsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(AppsModel::IsGroupRole).toBool())
        return !isFiltering(); // with a filter, groups show only through matching apps (recursive filtering)
    if (!m_text.isEmpty() && !index.data(AppsModel::IdRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    if (m_status >= 0 && index.data(AppsModel::StatusRole).toInt() != m_status)
        return false;
    if (m_health != HealthFilter::Any) {
        const QVariantList h = index.data(AppsModel::HealthRole).toList();
        const int slot = int(m_health) - 1; // healthy, unhealthy, unknown, staged
        if (h.size() != 4 || h.at(slot).toInt() <= 0)
            return false;
    }
    if (!m_label.isEmpty()) {
        const QStringList labels = index.data(AppsModel::LabelsRole).toStringList();
        const bool keyOnly = !m_label.contains(u':');
        const bool match = std::any_of(labels.begin(), labels.end(), [&](const QString& l) {
            return keyOnly ? l.section(u':', 0, 0).compare(m_label, Qt::CaseInsensitive) == 0
                           : l.compare(m_label, Qt::CaseInsensitive) == 0;
        });
        if (!match)
            return false;
    }
    return true;
}
