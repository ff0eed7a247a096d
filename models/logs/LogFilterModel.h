#pragma once

#include "LogMatcher.h"

#include <QAbstractProxyModel>

#include <deque>

class LogModel;

// Search over a LogModel: find next/previous (wrapping), the ranges to highlight in a line,
// the number of matching lines, and an "only matching lines" filter.
//
// Built for a log that grows at the end and is trimmed at the front: without the filter it is
// an identity proxy (no mapping at all); with it, it keeps the matching source rows in a deque
// as (row + base), so trimming the front costs the trimmed rows only, never a pass over
// everything held. (QSortFilterProxyModel rewrites its whole mapping on every insert or trim:
// that alone made ingest four times slower.)
class LogFilterModel : public QAbstractProxyModel {
    Q_OBJECT
public:
    enum Role { MatchRangesRole = Qt::UserRole + 50 }; // QList<QPair<int,int>> in DisplayRole text

    explicit LogFilterModel(QObject* parent = nullptr);

    void setLogModel(LogModel* model);
    LogModel* logModel() const { return m_log; }

    // Returns false (and keeps the old search) when a regex does not compile; see errorString().
    bool setSearch(const QString& pattern, bool caseSensitive, bool regex);
    const LogMatcher& matcher() const { return m_matcher; }
    QString errorString() const { return m_error; }

    void setOnlyMatching(bool only);
    bool onlyMatching() const { return m_onlyMatching; }
    void setHighlightAll(bool highlight) { m_highlightAll = highlight; }
    bool highlightAll() const { return m_highlightAll; }

    // The next (or previous) proxy row after fromRow whose line matches, wrapping; -1 when none.
    int findNext(int fromRow, bool forward) const;
    int countMatches() const; // matching lines among all held lines
    int countMatches(int fromSourceRow, int toSourceRow) const; // among source rows [from, to)

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

signals:
    void searchChanged();

private:
    bool filtering() const;
    bool accepts(int sourceRow) const;
    int sourceRowOf(int proxyRow) const;
    int proxyRowOf(int sourceRow, bool* exact) const; // lower bound among kept rows
    void rebuild();
    void onAboutToBeInserted(int first, int last);
    void onInserted(int first, int last);
    void onAboutToBeRemoved(int first, int last);
    void onRemoved(int first, int last);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);

    LogModel* m_log = nullptr;
    QList<QMetaObject::Connection> m_connections;
    std::deque<qint64> m_rows; // filtering: matching source rows + m_base, ascending
    qint64 m_base = 0;
    bool m_filtered = false;   // m_rows is in use (the state views were last told)
    bool m_caseSensitive = false;
    bool m_regex = false;
    LogMatcher m_matcher;
    QString m_error;
    bool m_onlyMatching = false;
    bool m_highlightAll = true;
};
