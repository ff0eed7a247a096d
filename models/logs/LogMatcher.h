#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>

// A compiled log search. Lines are matched on their UTF-8 bytes where that is exact (plain text,
// and ASCII text without case), so a search over 200,000 lines needs no decoding; other cases
// decode the line first.
class LogMatcher {
public:
    LogMatcher() = default;
    LogMatcher(const QString& pattern, bool caseSensitive, bool regex);

    bool isValid() const { return m_valid; }
    bool isEmpty() const { return m_pattern.isEmpty(); }
    QString errorString() const { return m_error; }
    QString pattern() const { return m_pattern; }
    bool caseSensitive() const { return m_caseSensitive; }
    bool isRegex() const { return m_regex; }

    bool matches(const QByteArray& utf8Line) const;
    bool matches(const char* data, qsizetype size) const;
    // Every match in text, as (start, length) in UTF-16 units, for highlighting.
    QList<QPair<int, int>> matchRanges(const QString& text) const;

private:
    enum class Mode { Bytes, AsciiNoCase, Text, Regex };
    qsizetype findAsciiNoCase(const char* data, qsizetype size) const;

    QString m_pattern;
    bool m_caseSensitive = false;
    bool m_regex = false;
    bool m_valid = false;
    QString m_error;
    Mode m_mode = Mode::Bytes;
    QByteArray m_needle;       // UTF-8 (lower-cased for AsciiNoCase)
    int m_skip[256] = {};      // Horspool shifts for AsciiNoCase
    QRegularExpression m_expression;
};
