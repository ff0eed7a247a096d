#pragma once

#include "LogMatcher.h"

#include <QSortFilterProxyModel>

class LogModel;

// Search over a LogModel: find next/previous (wrapping), the ranges to highlight in a line,
// the number of matching lines, and an "only matching lines" filter. Without the filter every
// row passes, so the proxy adds little over the source.
class LogFilterModel : public QSortFilterProxyModel {
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

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
    void searchChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool rowMatches(int proxyRow) const;

    LogModel* m_log = nullptr;
    LogMatcher m_matcher;
    QString m_error;
    bool m_onlyMatching = false;
    bool m_highlightAll = true;
};
