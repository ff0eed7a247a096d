#include "SandboxFileEntry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace {
// JSON numbers are doubles; casting one beyond the int64 range is undefined behaviour
// (found by fuzzing), so out-of-range and NaN values count as 0.
qint64 toInt64(double value) {
    return (value >= -9.2e18 && value <= 9.2e18) ? qint64(value) : 0;
}
} // namespace

namespace {
// uid/gid are names in Mesos, but be lenient with numbers.
QString stringOrNumber(const QJsonValue& v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(toInt64(v.toDouble()));
    return {};
}
} // namespace

QString SandboxFileEntry::name() const {
    QString p = path;
    while (p.size() > 1 && p.endsWith(u'/'))
        p.chop(1);
    const qsizetype slash = p.lastIndexOf(u'/');
    return slash < 0 ? p : p.mid(slash + 1);
}

std::optional<QList<SandboxFileEntry>> SandboxFileEntry::parseList(const QByteArray& json, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = SandboxFileEntry::tr("The sandbox listing is not valid JSON: %1")
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isArray()) {
        if (error)
            *error = SandboxFileEntry::tr("The sandbox listing is not a JSON array.");
        return std::nullopt;
    }
    QList<SandboxFileEntry> entries;
    const QJsonArray array = doc.array();
    entries.reserve(array.size());
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        SandboxFileEntry e;
        e.path = o.value(QLatin1String("path")).toString();
        if (e.path.isEmpty()) {
            if (error)
                *error = SandboxFileEntry::tr("A sandbox listing entry has no path.");
            return std::nullopt;
        }
        e.size = toInt64(o.value(QLatin1String("size")).toDouble());
        const QJsonValue mtime = o.value(QLatin1String("mtime"));
        if (mtime.isDouble())
            e.mtime = QDateTime::fromSecsSinceEpoch(toInt64(mtime.toDouble()), QTimeZone::utc());
        e.mode = o.value(QLatin1String("mode")).toString();
        e.uid = stringOrNumber(o.value(QLatin1String("uid")));
        e.gid = stringOrNumber(o.value(QLatin1String("gid")));
        e.nlink = toInt64(o.value(QLatin1String("nlink")).toDouble());
        entries.append(e);
    }
    return entries;
}
