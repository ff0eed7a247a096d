#include "JsonPathLocator.h"

#include <QRegularExpression>
#include <QStringList>

namespace {
// A minimal scanner over JSON text: enough to skip values and walk into objects and arrays.
struct Scanner {
    const QString& s;
    qsizetype i = 0;
    int depth = 0;

    void space() {
        while (i < s.size() && s.at(i).isSpace())
            ++i;
    }
    bool at(QChar c) {
        space();
        return i < s.size() && s.at(i) == c;
    }
    // A string starting at i (the opening quote); its decoded text in *out.
    bool string(QString* out) {
        if (!at(u'"'))
            return false;
        ++i;
        QString text;
        while (i < s.size() && s.at(i) != u'"') {
            if (s.at(i) == u'\\' && i + 1 < s.size()) {
                ++i;
                const QChar e = s.at(i);
                if (e == u'u' && i + 4 < s.size()) {
                    text += QChar(s.mid(i + 1, 4).toUShort(nullptr, 16));
                    i += 4;
                } else {
                    text += e == u'n' ? QChar(u'\n') : e == u't' ? QChar(u'\t') : e;
                }
            } else {
                text += s.at(i);
            }
            ++i;
        }
        if (i >= s.size())
            return false;
        ++i;
        if (out)
            *out = text;
        return true;
    }
    bool value() {
        space();
        if (i >= s.size() || ++depth > 512)
            return false;
        bool ok = true;
        const QChar c = s.at(i);
        if (c == u'"') {
            ok = string(nullptr);
        } else if (c == u'{' || c == u'[') {
            const QChar close = c == u'{' ? u'}' : u']';
            ++i;
            if (at(close)) {
                ++i;
            } else {
                for (;;) {
                    if (c == u'{' && (!string(nullptr) || !at(u':') || !(++i, true))) {
                        ok = false;
                        break;
                    }
                    if (!value()) {
                        ok = false;
                        break;
                    }
                    if (at(u',')) {
                        ++i;
                        continue;
                    }
                    ok = at(close);
                    if (ok)
                        ++i;
                    break;
                }
            }
        } else {
            const qsizetype start = i;
            while (i < s.size() && !QStringLiteral(",}] \t\r\n").contains(s.at(i)))
                ++i;
            ok = i > start;
        }
        --depth;
        return ok;
    }
};
} // namespace

namespace JsonPathLocator {

qsizetype offsetOf(const QString& text, const QString& pointer) {
    Scanner scan{text};
    scan.space();
    qsizetype here = scan.i;
    for (QString segment : pointer.split(u'/', Qt::SkipEmptyParts)) {
        segment.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (scan.at(u'{')) {
            ++scan.i;
            bool found = false;
            while (!scan.at(u'}')) {
                const qsizetype keyAt = scan.i;
                QString key;
                if (!scan.string(&key) || !scan.at(u':'))
                    return -1;
                ++scan.i;
                if (key == segment) {
                    here = keyAt;
                    found = true;
                    break;
                }
                if (!scan.value())
                    return -1;
                if (scan.at(u','))
                    ++scan.i;
                else if (!scan.at(u'}'))
                    return -1;
            }
            if (!found)
                return -1;
        } else if (scan.at(u'[')) {
            bool isIndex = false;
            const int index = segment.toInt(&isIndex);
            if (!isIndex || index < 0)
                return -1;
            ++scan.i;
            for (int n = 0; n < index; ++n) {
                if (scan.at(u']') || !scan.value() || !scan.at(u','))
                    return -1;
                ++scan.i;
            }
            if (scan.at(u']'))
                return -1;
            here = scan.i;
        } else {
            return -1;
        }
    }
    return here;
}

QString normalized(const QString& serverPath) {
    QString path = serverPath;
    static const QRegularExpression indexed(QStringLiteral("\\((\\d+)\\)"));
    path.replace(indexed, QStringLiteral("/\\1")); // "/apps(0)/id" -> "/apps/0/id"
    if (!path.isEmpty() && !path.startsWith(u'/'))
        path = u'/' + path.replace(u'.', u'/'); // "upgradeStrategy.minimumHealthCapacity" (0.x)
    return path;
}

} // namespace JsonPathLocator
