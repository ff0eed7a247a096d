#include "PaletteModel.h"

#include <algorithm>

PaletteModel::PaletteModel(QObject* parent) : QAbstractListModel(parent) {}

void PaletteModel::addSource(Source source) {
    m_sources.append(std::move(source));
}

void PaletteModel::reload() {
    QList<PaletteEntry> entries;
    for (const Source& source : std::as_const(m_sources))
        source(entries);
    setEntries(std::move(entries));
}

void PaletteModel::setEntries(QList<PaletteEntry> entries) {
    beginResetModel();
    m_entries = std::move(entries);
    match(false);
    endResetModel();
}

void PaletteModel::setQuery(const QString& query) {
    if (query == m_query)
        return;
    const FuzzyMatcher next(query);
    // A longer query matches a subset of what the shorter one did.
    const bool refine = !m_matcher.isEmpty() && next.query().startsWith(m_matcher.query());
    m_query = query;
    beginResetModel();
    m_matcher = next;
    match(refine);
    endResetModel();
}

void PaletteModel::match(bool refine) {
    std::vector<Result> matched;
    if (refine) {
        matched.reserve(m_matched.size());
        for (const Result& r : m_matched) {
            const int s = m_matcher.score(m_entries.at(r.entry).title);
            if (s != FuzzyMatcher::NoMatch)
                matched.push_back({r.entry, s});
        }
    } else {
        matched.reserve(size_t(m_entries.size()));
        for (int i = 0; i < int(m_entries.size()); ++i) {
            const int s = m_matcher.score(m_entries.at(i).title);
            if (s != FuzzyMatcher::NoMatch)
                matched.push_back({i, s});
        }
    }
    m_matched = std::move(matched);
    // Best score first; then the shorter title (the more exact one), the kind, the title.
    // With no query yet, every entry scores alike: actions first, then by kind.
    const bool byKind = m_matcher.isEmpty();
    auto better = [this, byKind](const Result& a, const Result& b) {
        if (byKind && m_entries.at(a.entry).kind != m_entries.at(b.entry).kind)
            return m_entries.at(a.entry).kind < m_entries.at(b.entry).kind;
        if (a.score != b.score)
            return a.score > b.score;
        const PaletteEntry& x = m_entries.at(a.entry);
        const PaletteEntry& y = m_entries.at(b.entry);
        if (x.title.size() != y.title.size())
            return x.title.size() < y.title.size();
        if (x.kind != y.kind)
            return x.kind < y.kind;
        const int c = x.title.compare(y.title, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.entry < b.entry;
    };
    m_shown = m_matched;
    const auto shownEnd = m_shown.begin() + std::min<qsizetype>(MaxResults, qsizetype(m_shown.size()));
    std::partial_sort(m_shown.begin(), shownEnd, m_shown.end(), better);
    m_shown.erase(shownEnd, m_shown.end());
    m_positions.clear();
    m_positions.reserve(qsizetype(m_shown.size()));
    for (const Result& r : m_shown) {
        QList<int> positions;
        m_matcher.score(m_entries.at(r.entry).title, &positions);
        m_positions.append(positions);
    }
}

const PaletteEntry* PaletteModel::entryAt(int row) const {
    return row >= 0 && row < int(m_shown.size()) ? &m_entries.at(m_shown[size_t(row)].entry) : nullptr;
}

QString PaletteModel::kindText(PaletteKind kind) {
    switch (kind) {
    case PaletteKind::Action:
        return tr("Action");
    case PaletteKind::App:
        return tr("App");
    case PaletteKind::Pod:
        return tr("Pod");
    case PaletteKind::Framework:
        return tr("Framework");
    case PaletteKind::Agent:
        return tr("Agent");
    case PaletteKind::Task:
        return tr("Task");
    case PaletteKind::Profile:
        return tr("Profile");
    }
    return {};
}

int PaletteModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant PaletteModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaletteEntry& entry = m_entries.at(m_shown[size_t(index.row())].entry);
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return entry.title;
    case Qt::ToolTipRole:
        return entry.subtitle.isEmpty() ? entry.title : entry.title + u'\n' + entry.subtitle;
    case KindRole:
        return int(entry.kind);
    case KindTextRole:
        return kindText(entry.kind);
    case SubtitleRole:
        return entry.subtitle;
    case PositionsRole:
        return QVariant::fromValue(m_positions.at(index.row()));
    case KeyRole:
        return entry.key;
    case ScoreRole:
        return m_shown[size_t(index.row())].score;
    default:
        return {};
    }
}

QHash<int, QByteArray> PaletteModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(KindTextRole, "kindText");
    names.insert(TitleRole, "title");
    names.insert(SubtitleRole, "subtitle");
    names.insert(PositionsRole, "positions");
    names.insert(KeyRole, "key");
    names.insert(ScoreRole, "score");
    return names;
}
