#include "LogFilterModel.h"

#include "LogModel.h"

#include <algorithm>

LogFilterModel::LogFilterModel(QObject* parent) : QAbstractProxyModel(parent) {}

void LogFilterModel::setLogModel(LogModel* model) {
    beginResetModel();
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_log = model;
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        m_connections << connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                                 [this](const QModelIndex&, int first, int last) { onAboutToBeInserted(first, last); });
        m_connections << connect(model, &QAbstractItemModel::rowsInserted, this,
                                 [this](const QModelIndex&, int first, int last) { onInserted(first, last); });
        m_connections << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                                 [this](const QModelIndex&, int first, int last) { onAboutToBeRemoved(first, last); });
        m_connections << connect(model, &QAbstractItemModel::rowsRemoved, this,
                                 [this](const QModelIndex&, int first, int last) { onRemoved(first, last); });
        m_connections << connect(model, &QAbstractItemModel::dataChanged, this, &LogFilterModel::onDataChanged);
        m_connections << connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &LogFilterModel::beginResetModel);
        m_connections << connect(model, &QAbstractItemModel::modelReset, this, [this] {
            rebuild();
            endResetModel();
        });
        m_connections << connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { beginResetModel(); });
        m_connections << connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
            rebuild();
            endResetModel();
        });
    }
    rebuild();
    endResetModel();
}

bool LogFilterModel::filtering() const { return m_onlyMatching && m_log && !m_matcher.isEmpty() && m_matcher.isValid(); }

bool LogFilterModel::accepts(int sourceRow) const {
    const LogBuffer& buffer = m_log->buffer();
    if (buffer.at(sourceRow).kind == LogBuffer::Kind::Marker)
        return true; // markers (rotation, skipped bytes) stay visible while filtering
    const QByteArrayView text = buffer.text(sourceRow);
    return m_matcher.matches(text.constData(), text.size());
}

void LogFilterModel::rebuild() {
    m_rows.clear();
    m_base = 0;
    m_filtered = filtering();
    if (!m_filtered)
        return;
    for (int row = 0, n = m_log->rowCount(); row < n; ++row)
        if (accepts(row))
            m_rows.push_back(row);
}

int LogFilterModel::sourceRowOf(int proxyRow) const {
    return m_filtered ? int(m_rows[size_t(proxyRow)] - m_base) : proxyRow;
}

int LogFilterModel::proxyRowOf(int sourceRow, bool* exact) const {
    const qint64 key = sourceRow + m_base;
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), key);
    *exact = it != m_rows.end() && *it == key;
    return int(it - m_rows.begin());
}

// Without the filter the proxy mirrors the source's changes as they are announced.
void LogFilterModel::onAboutToBeInserted(int first, int last) {
    if (!m_filtered)
        beginInsertRows({}, first, last);
}

void LogFilterModel::onInserted(int first, int last) {
    if (!m_filtered) {
        endInsertRows();
        return;
    }
    const int count = last - first + 1;
    bool exact = false;
    const int at = proxyRowOf(first, &exact);
    // Rows after the insertion point move down by count.
    if (at == 0 && first == 0)
        m_base -= count; // prepended (back-paging): every kept row moves, in O(1)
    else
        for (size_t i = size_t(at); i < m_rows.size(); ++i)
            m_rows[i] += count;
    std::vector<qint64> added;
    for (int row = first; row <= last; ++row)
        if (accepts(row))
            added.push_back(row + m_base);
    if (added.empty())
        return;
    beginInsertRows({}, at, at + int(added.size()) - 1);
    m_rows.insert(m_rows.begin() + at, added.begin(), added.end());
    endInsertRows();
}

void LogFilterModel::onAboutToBeRemoved(int first, int last) {
    if (!m_filtered) {
        beginRemoveRows({}, first, last);
        return;
    }
    bool exact = false;
    const int from = proxyRowOf(first, &exact);
    const int to = proxyRowOf(last + 1, &exact);
    if (to > from) {
        beginRemoveRows({}, from, to - 1);
        m_rows.erase(m_rows.begin() + from, m_rows.begin() + to);
        endRemoveRows();
    }
}

void LogFilterModel::onRemoved(int first, int last) {
    if (!m_filtered) {
        endRemoveRows();
        return;
    }
    const int count = last - first + 1;
    if (first == 0) {
        m_base += count; // trimmed at the front: the usual case, O(1)
        return;
    }
    bool exact = false;
    for (size_t i = size_t(proxyRowOf(first, &exact)); i < m_rows.size(); ++i)
        m_rows[i] -= count;
}

void LogFilterModel::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles) {
    if (!m_filtered) {
        emit dataChanged(index(topLeft.row(), 0), index(bottomRight.row(), 0), roles);
        return;
    }
    // A line that grew (its continuation arrived) may start or stop matching.
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        bool kept = false;
        const int at = proxyRowOf(row, &kept);
        const bool wanted = accepts(row);
        if (kept && wanted) {
            emit dataChanged(index(at, 0), index(at, 0), roles);
        } else if (kept) {
            beginRemoveRows({}, at, at);
            m_rows.erase(m_rows.begin() + at);
            endRemoveRows();
        } else if (wanted) {
            beginInsertRows({}, at, at);
            m_rows.insert(m_rows.begin() + at, row + m_base);
            endInsertRows();
        }
    }
}

QModelIndex LogFilterModel::index(int row, int column, const QModelIndex& parent) const {
    // Views call this for every row on a relayout: no virtual calls on the way.
    const qsizetype rows = !m_log ? 0 : m_filtered ? qsizetype(m_rows.size()) : m_log->buffer().size();
    if (parent.isValid() || row < 0 || row >= rows || column != 0)
        return {};
    return createIndex(row, column);
}

QModelIndex LogFilterModel::parent(const QModelIndex&) const { return {}; }

int LogFilterModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_log)
        return 0;
    return m_filtered ? int(m_rows.size()) : m_log->rowCount();
}

int LogFilterModel::columnCount(const QModelIndex& parent) const { return parent.isValid() || !m_log ? 0 : 1; }

QModelIndex LogFilterModel::mapToSource(const QModelIndex& proxyIndex) const {
    if (!m_log || !proxyIndex.isValid() || proxyIndex.row() >= rowCount())
        return {};
    return m_log->index(sourceRowOf(proxyIndex.row()));
}

QModelIndex LogFilterModel::mapFromSource(const QModelIndex& sourceIndex) const {
    if (!m_log || !sourceIndex.isValid())
        return {};
    if (!m_filtered)
        return index(sourceIndex.row(), 0);
    bool exact = false;
    const int row = proxyRowOf(sourceIndex.row(), &exact);
    return exact ? index(row, 0) : QModelIndex();
}

bool LogFilterModel::setSearch(const QString& pattern, bool caseSensitive, bool regex) {
    if (m_error.isEmpty() && pattern == m_matcher.pattern() && caseSensitive == m_caseSensitive && regex == m_regex)
        return true; // the same search (re-applied while following): nothing to redo
    LogMatcher matcher(pattern, caseSensitive, regex);
    if (!pattern.isEmpty() && !matcher.isValid()) {
        m_error = matcher.errorString();
        return false;
    }
    m_error.clear();
    const bool refilter = m_onlyMatching;
    if (refilter)
        beginResetModel();
    m_matcher = matcher;
    m_caseSensitive = caseSensitive;
    m_regex = regex;
    if (refilter) {
        rebuild();
        endResetModel();
    }
    emit searchChanged();
    return true;
}

void LogFilterModel::setOnlyMatching(bool only) {
    if (only == m_onlyMatching)
        return;
    beginResetModel();
    m_onlyMatching = only;
    rebuild();
    endResetModel();
}

int LogFilterModel::findNext(int fromRow, bool forward) const {
    const int rows = rowCount();
    if (!m_log || rows == 0 || !m_matcher.isValid())
        return -1;
    const LogBuffer& buffer = m_log->buffer();
    int row = fromRow;
    for (int i = 0; i < rows; ++i) {
        row = forward ? (row + 1) % rows : (row - 1 + rows) % rows;
        if (row < 0)
            row = rows - 1;
        const int source = sourceRowOf(row);
        const QByteArrayView text = buffer.text(source);
        if (buffer.at(source).kind == LogBuffer::Kind::Text && m_matcher.matches(text.constData(), text.size()))
            return row;
    }
    return -1;
}

int LogFilterModel::countMatches() const { return m_log ? countMatches(0, m_log->rowCount()) : 0; }

int LogFilterModel::countMatches(int fromSourceRow, int toSourceRow) const {
    if (!m_log || !m_matcher.isValid())
        return 0;
    const LogBuffer& buffer = m_log->buffer();
    int count = 0;
    for (qsizetype row = qMax(0, fromSourceRow), n = qMin<qsizetype>(toSourceRow, buffer.size()); row < n; ++row) {
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
        return QVariant::fromValue(m_matcher.matchRanges(QAbstractProxyModel::data(index, Qt::DisplayRole).toString()));
    }
    return QAbstractProxyModel::data(index, role);
}
