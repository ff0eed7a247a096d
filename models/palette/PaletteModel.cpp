#include "PaletteModel.h"

#include <algorithm>

namespace {
constexpr int MaskSlice = 2048; // titles per event-loop turn (well under a millisecond)
}

PaletteModel::PaletteModel(QObject* parent) : QAbstractListModel(parent), m_maskTimer(new QTimer(this)) {
    m_maskTimer->setInterval(0);
    connect(m_maskTimer, &QTimer::timeout, this, &PaletteModel::computeMasks);
}

quint64 PaletteModel::maskAt(int entry) {
    quint64& mask = m_masks[size_t(entry)];
    if (mask == 0)
        mask = FuzzyMatcher::maskOf(m_entries.at(entry).title);
    return mask;
}

void PaletteModel::computeMasks() {
    const qsizetype end = std::min(m_entries.size(), m_maskedUpTo + MaskSlice);
    for (; m_maskedUpTo < end; ++m_maskedUpTo)
        maskAt(int(m_maskedUpTo));
    if (m_maskedUpTo >= m_entries.size())
        m_maskTimer->stop();
}

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
    m_masks.assign(size_t(m_entries.size()), 0);
    m_maskedUpTo = 0;
    m_maskTimer->start();
    rank(false);
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
    rank(refine);
    endResetModel();
}

void PaletteModel::rank(bool refine) {
    m_positions.clear();
    if (m_matcher.isEmpty()) {
        // No query: the first entries of each kind in turn, actions first, as the sources gave
        // them (menu order), without scoring or sorting 50,000 tasks.
        m_matched.clear();
        m_shown.clear();
        for (int kind = int(PaletteKind::Action); kind <= int(PaletteKind::Profile); ++kind)
            for (int i = 0; i < int(m_entries.size()) && int(m_shown.size()) < MaxResults; ++i)
                if (int(m_entries.at(i).kind) == kind)
                    m_shown.push_back({i, 0});
        m_positions.resize(qsizetype(m_shown.size()));
        return;
    }
    const quint64 mask = m_matcher.mask();
    std::vector<Result> matched;
    if (refine) {
        matched.reserve(m_matched.size());
        for (const Result& r : m_matched) {
            if (mask && (maskAt(r.entry) & mask) != mask)
                continue;
            const int s = m_matcher.score(m_entries.at(r.entry).title);
            if (s != FuzzyMatcher::NoMatch)
                matched.push_back({r.entry, s});
        }
    } else {
        matched.reserve(size_t(m_entries.size()));
        for (int i = 0; i < int(m_entries.size()); ++i) {
            if (mask && (maskAt(i) & mask) != mask)
                continue;
            const int s = m_matcher.score(m_entries.at(i).title);
            if (s != FuzzyMatcher::NoMatch)
                matched.push_back({i, s});
        }
    }
    m_matched = std::move(matched);
    // Best score first; then the shorter title (the more exact one), the kind, the title.
    auto better = [this](const Result& a, const Result& b) {
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
