#include "LogMatcher.h"

#include <QByteArrayView>

#include <cstring>

namespace {
inline unsigned char foldAscii(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

bool isAscii(const QString& s) {
    for (QChar c : s)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}
} // namespace

LogMatcher::LogMatcher(const QString& pattern, bool caseSensitive, bool regex)
    : m_pattern(pattern), m_caseSensitive(caseSensitive), m_regex(regex) {
    if (pattern.isEmpty())
        return;
    if (regex) {
        m_mode = Mode::Regex;
        m_expression.setPattern(pattern);
        m_expression.setPatternOptions(caseSensitive ? QRegularExpression::NoPatternOption
                                                     : QRegularExpression::CaseInsensitiveOption);
        if (!m_expression.isValid()) {
            m_error = m_expression.errorString();
            return;
        }
        m_expression.optimize();
    } else if (caseSensitive) {
        m_mode = Mode::Bytes;
        m_needle = pattern.toUtf8();
    } else if (isAscii(pattern)) {
        m_mode = Mode::AsciiNoCase;
        m_needle = pattern.toLatin1();
        for (char& c : m_needle)
            c = char(foldAscii(static_cast<unsigned char>(c)));
        const int n = int(m_needle.size());
        for (int& s : m_skip)
            s = n;
        for (int i = 0; i < n - 1; ++i) {
            const unsigned char c = static_cast<unsigned char>(m_needle[i]);
            m_skip[c] = n - 1 - i;
            if (c >= 'a' && c <= 'z')
                m_skip[c - 32] = n - 1 - i;
        }
    } else {
        m_mode = Mode::Text;
    }
    m_valid = true;
}

qsizetype LogMatcher::findAsciiNoCase(const char* data, qsizetype size) const {
    const qsizetype n = m_needle.size();
    const auto* hay = reinterpret_cast<const unsigned char*>(data);
    const auto* needle = reinterpret_cast<const unsigned char*>(m_needle.constData());
    const unsigned char last = needle[n - 1];
    for (qsizetype i = 0; i + n <= size;) {
        const unsigned char c = hay[i + n - 1];
        if (foldAscii(c) == last) {
            qsizetype j = n - 2;
            while (j >= 0 && foldAscii(hay[i + j]) == needle[j])
                --j;
            if (j < 0)
                return i;
        }
        i += m_skip[c];
    }
    return -1;
}

bool LogMatcher::matches(const QByteArray& utf8Line) const { return matches(utf8Line.constData(), utf8Line.size()); }

bool LogMatcher::matches(const char* data, qsizetype size) const {
    if (!m_valid)
        return false;
    switch (m_mode) {
    case Mode::Bytes:
        return QByteArrayView(data, size).indexOf(QByteArrayView(m_needle)) >= 0;
    case Mode::AsciiNoCase:
        return findAsciiNoCase(data, size) >= 0;
    case Mode::Text:
        return QString::fromUtf8(data, size).contains(m_pattern, Qt::CaseInsensitive);
    case Mode::Regex:
        return m_expression.match(QString::fromUtf8(data, size)).hasMatch();
    }
    return false;
}

QList<QPair<int, int>> LogMatcher::matchRanges(const QString& text) const {
    QList<QPair<int, int>> ranges;
    if (!m_valid)
        return ranges;
    if (m_mode == Mode::Regex) {
        auto it = m_expression.globalMatch(text);
        while (it.hasNext() && ranges.size() < 1000) {
            const auto m = it.next();
            if (m.capturedLength() > 0)
                ranges.append({int(m.capturedStart()), int(m.capturedLength())});
        }
        return ranges;
    }
    const Qt::CaseSensitivity cs = m_caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    qsizetype from = 0;
    while (ranges.size() < 1000) {
        const qsizetype at = text.indexOf(m_pattern, from, cs);
        if (at < 0)
            break;
        ranges.append({int(at), int(m_pattern.size())});
        from = at + m_pattern.size();
    }
    return ranges;
}
