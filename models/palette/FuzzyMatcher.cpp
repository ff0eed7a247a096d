#include "FuzzyMatcher.h"

#include <algorithm>
#include <array>

namespace {
// The scale: a matched character is worth Match; the bonuses say how much more a character
// counts where an operator's eye starts reading.
constexpr int Match = 16;
constexpr int PrefixBonus = 24;
constexpr int SegmentBonus = 18; // after '/'
constexpr int WordBonus = 14;    // after '.', '-', '_', ' ', ':'
constexpr int CamelBonus = 10;   // "appName": the N
constexpr int RunBonus = 14;     // right after the previous matched character
constexpr int GapStart = 6;
constexpr int GapExtension = 1;
constexpr int WholeSegmentBonus = 30; // the query is a whole segment ("web" in "/prod/web")
constexpr int WholeTextBonus = 30;    // ... and the whole text ("/web")
constexpr int MaxStarts = 8;          // alignments tried per text

bool isSeparator(QChar c) {
    return c == u'/' || c == u'.' || c == u'-' || c == u'_' || c == u' ' || c == u':';
}

// A leading '/' is not part of a Marathon id's name: "/web" starts with "web".
int boundaryBonus(QStringView text, int i) {
    if (i == 0 || (i == 1 && text.at(0) == u'/'))
        return PrefixBonus;
    const QChar before = text.at(i - 1);
    if (before == u'/')
        return SegmentBonus;
    if (isSeparator(before))
        return WordBonus;
    if (before.isLower() && text.at(i).isUpper())
        return CamelBonus;
    if (!before.isLetterOrNumber() && text.at(i).isLetterOrNumber())
        return WordBonus / 2;
    return 0;
}
quint64 bitOf(char16_t folded) {
    if (folded >= u'a' && folded <= u'z')
        return quint64(1) << (folded - u'a');
    if (folded >= u'0' && folded <= u'9')
        return quint64(1) << (26 + folded - u'0');
    return quint64(1) << (36 + folded % 28);
}
} // namespace

quint64 FuzzyMatcher::maskOf(QStringView text) {
    quint64 mask = 0;
    for (QChar c : text)
        mask |= bitOf(fold(c.unicode()));
    return mask;
}

FuzzyMatcher::FuzzyMatcher(const QString& query) {
    m_query.reserve(query.size());
    for (QChar c : query)
        if (!c.isSpace())
            m_query.append(QChar(fold(c.unicode())));
    m_query.truncate(MaxLength);
    m_mask = maskOf(m_query);
}

int FuzzyMatcher::score(QStringView text, QList<int>* positions) const {
    if (positions)
        positions->clear();
    const int m = int(m_query.size());
    if (m == 0)
        return 0;
    text = text.left(MaxLength);
    const int n = int(text.size());
    if (n < m)
        return NoMatch;
    const char16_t* q = reinterpret_cast<const char16_t*>(m_query.utf16());
    const char16_t first = q[0];
    // Most texts fail here: is the query a subsequence at all?
    {
        int k = 0;
        for (int i = 0; i < n && k < m; ++i)
            if (fold(text.at(i).unicode()) == q[k])
                ++k;
        if (k < m)
            return NoMatch;
    }
    // Alignments start at the first query letter's occurrences that sit on a boundary (and the
    // first occurrence at all); each continues greedily, preferring to extend a run.
    std::array<int, MaxLength> best{};
    std::array<int, MaxLength> trial{};
    int bestScore = NoMatch;
    int tried = 0;
    bool triedFirst = false;
    for (int i = 0; i <= n - m && tried < MaxStarts; ++i) {
        if (fold(text.at(i).unicode()) != first)
            continue;
        if (triedFirst && boundaryBonus(text, i) == 0)
            continue;
        triedFirst = true;
        ++tried;
        trial[0] = i;
        const int s = scoreAt(text, i, trial.data());
        if (s > bestScore) {
            bestScore = s;
            best = trial;
        }
    }
    if (bestScore == NoMatch)
        return NoMatch;
    if (positions) {
        positions->reserve(m);
        for (int k = 0; k < m; ++k)
            positions->append(best[k]);
    }
    return bestScore;
}

int FuzzyMatcher::scoreAt(QStringView text, int firstPosition, int* positions) const {
    const int m = int(m_query.size());
    const int n = int(text.size());
    const char16_t* q = reinterpret_cast<const char16_t*>(m_query.utf16());
    positions[0] = firstPosition;
    int at = firstPosition + 1;
    for (int k = 1; k < m; ++k) {
        int found = -1;
        // A run goes on where it can; otherwise the next boundary occurrence before the plain next
        // one would be a better read, but only if the rest still fits after it.
        for (int i = at; i < n; ++i) {
            if (fold(text.at(i).unicode()) == q[k]) {
                found = i;
                break;
            }
        }
        if (found < 0)
            return NoMatch;
        if (found != at) { // not a run: is there a word start for this letter further on that still fits?
            for (int i = found + 1; i < n; ++i) {
                if (fold(text.at(i).unicode()) != q[k] || boundaryBonus(text, i) == 0)
                    continue;
                int rest = k + 1;
                for (int j = i + 1; j < n && rest < m; ++j)
                    if (fold(text.at(j).unicode()) == q[rest])
                        ++rest;
                if (rest == m)
                    found = i;
                break;
            }
        }
        positions[k] = found;
        at = found + 1;
    }
    return scoreOf(text, positions);
}

int FuzzyMatcher::scoreOf(QStringView text, const int* positions) const {
    const int m = int(m_query.size());
    const int n = int(text.size());
    int score = 0;
    bool contiguous = true;
    for (int k = 0; k < m; ++k) {
        const int p = positions[k];
        score += Match;
        const int bonus = boundaryBonus(text, p);
        if (k > 0 && p == positions[k - 1] + 1) {
            score += std::max(RunBonus, bonus);
        } else {
            score += bonus;
            if (k > 0) {
                contiguous = false;
                score -= GapStart + GapExtension * std::clamp(p - positions[k - 1] - 2, 0, 20);
            }
        }
    }
    // Unmatched characters before the match push it down a little (a long prefix is less likely meant).
    const int start = positions[0];
    score -= std::min(start == 1 && text.at(0) == u'/' ? 0 : start, 16);
    const int end = positions[m - 1] + 1;
    if (contiguous && boundaryBonus(text, start) > 0 && (end == n || isSeparator(text.at(end)))) {
        score += WholeSegmentBonus;
        if (end == n && (start == 0 || (start == 1 && text.at(0) == u'/')))
            score += WholeTextBonus;
    }
    return std::max(score, 0);
}
