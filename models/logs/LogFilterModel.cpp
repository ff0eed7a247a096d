#include "LogFilterModel.h"

#include "LogModel.h"

LogFilterModel::LogFilterModel(QObject* parent) : QSortFilterProxyModel(parent) { setDynamicSortFilter(false); }

void LogFilterModel::setLogModel(LogModel* model) {
    m_log = model;
    setSourceModel(model);
}

bool LogFilterModel::setSearch(const QString& pattern, bool caseSensitive, bool regex) {
    LogMatcher matcher(pattern, caseSensitive, regex);
    if (!pattern.isEmpty() && !matcher.isValid()) {
        m_error = matcher.errorString();
        return false;
    }
    m_error.clear();
    m_matcher = matcher;
    if (m_onlyMatching)
        invalidateRowsFilter();
    emit searchChanged();
    return true;
}

void LogFilterModel::setOnlyMatching(bool only) {
    if (only == m_onlyMatching)
        return;
    m_onlyMatching = only;
    invalidateRowsFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    if (!m_onlyMatching || !m_log || m_matcher.isEmpty() || !m_matcher.isValid())
        return true;
    const LogBuffer& buffer = m_log->buffer();
    if (buffer.at(sourceRow).kind == LogBuffer::Kind::Marker)
        return true;
    const QByteArrayView text = buffer.text(sourceRow);
    return m_matcher.matches(text.constData(), text.size());
}

bool LogFilterModel::rowMatches(int proxyRow) const {
    const int sourceRow = mapToSource(index(proxyRow, 0)).row();
    const LogBuffer& buffer = m_log->buffer();
    const QByteArrayView text = buffer.text(sourceRow);
    return buffer.at(sourceRow).kind == LogBuffer::Kind::Text && m_matcher.matches(text.constData(), text.size());
}

int LogFilterModel::findNext(int fromRow, bool forward) const {
    const int rows = rowCount();
    if (!m_log || rows == 0 || !m_matcher.isValid())
        return -1;
    int row = fromRow;
    for (int i = 0; i < rows; ++i) {
        row = forward ? (row + 1) % rows : (row - 1 + rows) % rows;
        if (row < 0)
            row = rows - 1;
        if (rowMatches(row))
            return row;
    }
    return -1;
}

int LogFilterModel::countMatches() const {
    if (!m_log || !m_matcher.isValid())
        return 0;
    const LogBuffer& buffer = m_log->buffer();
    int count = 0;
    for (qsizetype row = 0, n = buffer.size(); row < n; ++row) {
        if (buffer.at(row).kind != LogBuffer::Kind::Text)
            continue;
        const QByteArrayView text = buffer.text(row);
        if (m_matcher.matches(text.constData(), text.size()))
            ++count;
    }
    return count;
}

QVariant LogFilterModel::data(const QModelIndex& index, int role) const {
    if (role == MatchRangesRole) {
        if (!m_highlightAll || !m_matcher.isValid())
            return {};
        return QVariant::fromValue(m_matcher.matchRanges(QSortFilterProxyModel::data(index, Qt::DisplayRole).toString()));
    }
    return QSortFilterProxyModel::data(index, role);
}
