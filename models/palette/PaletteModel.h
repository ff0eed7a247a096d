#pragma once

#include "FuzzyMatcher.h"
#include "PaletteEntry.h"

#include <QAbstractListModel>
#include <QTimer>
#include <functional>
#include <vector>

// The command palette's results: entries gathered from the window's models and actions by
// sources (reload()), matched against the query with FuzzyMatcher, best first, at most
// MaxResults shown. A query that extends the previous one refines the previous matches
// instead of scanning everything again, so typing stays fast over 50,000 tasks.
class PaletteModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // PaletteKind as int
        KindTextRole,                // "App", "Task"... (translated)
        TitleRole,                   // the matched text (also Qt::DisplayRole)
        SubtitleRole,
        PositionsRole, // QList<int>: the title's matched characters, for highlighting
        KeyRole,
        ScoreRole,
    };
    Q_ENUM(Role)
    static constexpr int MaxResults = 200;

    using Source = std::function<void(QList<PaletteEntry>& out)>;

    explicit PaletteModel(QObject* parent = nullptr);

    // A source appends its entries when the palette reloads.
    void addSource(Source source);
    // Gathers every source's entries again and matches the current query over them.
    void reload();
    void setEntries(QList<PaletteEntry> entries); // without sources (tests, benches)
    void setQuery(const QString& query);
    QString query() const { return m_query; }

    const PaletteEntry* entryAt(int row) const;
    qsizetype entryCount() const { return m_entries.size(); }
    // How many entries matched (shown or not); with no query, all.
    qsizetype matchCount() const {
        return m_matcher.isEmpty() ? m_entries.size() : qsizetype(m_matched.size());
    }
    bool masksComplete() const { return m_maskedUpTo >= m_entries.size(); }

    static QString kindText(PaletteKind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Result {
        int entry;
        int score;
    };
    void rank(bool refine); // not "match": that would hide QAbstractItemModel::match
    quint64 maskAt(int entry);
    void computeMasks();

    QList<Source> m_sources;
    QList<PaletteEntry> m_entries;
    // FuzzyMatcher::maskOf each title, 0 until known: computed in slices after the entries come
    // (so the palette opens at once), or by a match that gets there first.
    std::vector<quint64> m_masks;
    qsizetype m_maskedUpTo = 0;
    QTimer* m_maskTimer;
    QString m_query;
    FuzzyMatcher m_matcher;
    std::vector<Result> m_matched; // every match of the query, unordered (what a longer query refines)
    std::vector<Result> m_shown;   // the best MaxResults, in order
    QList<QList<int>> m_positions; // per shown row
};
