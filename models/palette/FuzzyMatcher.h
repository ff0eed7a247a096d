#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// A query's letters in order anywhere in a text (a subsequence), case-insensitive, scored so
// that what an operator means ranks first: a prefix, word and path-segment starts ('/', '.',
// '-', '_', ' ', ':' and camelCase), consecutive runs and a whole segment score higher; gaps and
// unmatched leading characters lower. Spaces in the query are ignored.
class FuzzyMatcher {
public:
    static constexpr int NoMatch = -1;
    // Texts are scored over their first MaxLength characters (ids longer than that are rare and
    // still match on their start).
    static constexpr int MaxLength = 256;

    explicit FuzzyMatcher(const QString& query = {});

    const QString& query() const { return m_query; } // folded, without spaces
    bool isEmpty() const { return m_query.isEmpty(); }

    // NoMatch or a score >= 0; positions (when given) receive the matched characters' indices.
    int score(QStringView text, QList<int>* positions = nullptr) const;

    // Which characters a text holds, as bits (letters and digits one each, the rest shared): a
    // text whose mask lacks one of the query's bits cannot match, which rejects most texts
    // without reading them.
    static quint64 maskOf(QStringView text);
    quint64 mask() const { return m_mask; }

    static char16_t fold(char16_t c) {
        if (c < 128)
            return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        return char16_t(QChar::toCaseFolded(char32_t(c)));
    }

private:
    int scoreAt(QStringView text, int firstPosition, int* positions) const;
    int scoreOf(QStringView text, const int* positions) const;

    QString m_query;
    quint64 m_mask = 0;
};
