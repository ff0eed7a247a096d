#include "JsonLineDiff.h"

#include <QJsonDocument>
#include <QStringList>

#include <vector>

QString JsonLineDiff::diff(const QJsonObject& from, const QJsonObject& to) {
    // QJsonDocument writes object keys sorted, so equal definitions give equal text.
    return diffText(QString::fromUtf8(QJsonDocument(from).toJson(QJsonDocument::Indented)),
                    QString::fromUtf8(QJsonDocument(to).toJson(QJsonDocument::Indented)));
}

QString JsonLineDiff::diffText(const QString& from, const QString& to) {
    const QStringList a = from.split(u'\n');
    const QStringList b = to.split(u'\n');
    const size_t n = size_t(a.size()), m = size_t(b.size());
    if (n * m > 4'000'000) // huge definitions: do not spend seconds on a table
        return QStringLiteral("- ") + a.join(QStringLiteral("\n- ")) + QStringLiteral("\n+ ") + b.join(QStringLiteral("\n+ "));
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            lcs[i][j] = a[qsizetype(i)] == b[qsizetype(j)] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QStringList out;
    size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[qsizetype(i)] == b[qsizetype(j)]) {
            out << QStringLiteral("  ") + a[qsizetype(i)];
            ++i, ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out << QStringLiteral("+ ") + b[qsizetype(j++)];
        } else {
            out << QStringLiteral("- ") + a[qsizetype(i++)];
        }
    }
    return out.join(u'\n');
}
