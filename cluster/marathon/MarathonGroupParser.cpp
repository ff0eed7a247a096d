#include "MarathonGroupParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>

namespace {
constexpr int kMaxDepth = 64;

// The AppInfo-only fields (app.raml's AppInfo over App): Marathon computes them.
const char* const kAppServerFields[] = {
    "tasks",       "tasksStaged",     "tasksRunning", "tasksHealthy", "tasksUnhealthy",
    "deployments", "lastTaskFailure", "tasksStats",   "taskStats",    "readinessCheckResults",
    "version",     "versionInfo",     "taskCounts"};

void collect(const MarathonGroup& g, QStringList MarathonGroup::*list, QStringList* out) {
    *out += g.*list;
    for (const MarathonGroup& child : g.groups)
        collect(child, list, out);
}

// An absent or null list is an empty one; anything else but an array is refused.
bool arrayAt(const QJsonValue& v, const QString& where, QJsonArray* out, QString* error) {
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray()) {
        *error = MarathonGroupParser::tr("%1: expected an array").arg(where);
        return false;
    }
    *out = v.toArray();
    return true;
}

bool readIds(const QJsonObject& o, const char* key, const QString& path, QStringList* ids, QString* error) {
    QJsonArray items;
    if (!arrayAt(o.value(QLatin1String(key)), path + u'/' + QLatin1String(key), &items, error))
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue id = items.at(i).toObject().value(QLatin1String("id"));
        if (!id.isString()) {
            *error = MarathonGroupParser::tr("%1/%2/%3/id: expected a string")
                         .arg(path, QLatin1String(key))
                         .arg(i);
            return false;
        }
        ids->append(id.toString());
    }
    return true;
}

bool readDependencies(const QJsonValue& v, const QString& base, const QString& path, QStringList* out,
                      QString* error) {
    QJsonArray items;
    if (!arrayAt(v, path + QStringLiteral("/dependencies"), &items, error))
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            *error = MarathonGroupParser::tr("%1/dependencies/%2: expected a string").arg(path).arg(i);
            return false;
        }
        out->append(MarathonGroupParser::canonical(items.at(i).toString(), base));
    }
    return true;
}

std::optional<MarathonGroup> read(const QJsonObject& o, const QString& path, int depth, QString* error) {
    if (depth > kMaxDepth) {
        *error = MarathonGroupParser::tr("%1: groups nested deeper than %2").arg(path).arg(kMaxDepth);
        return std::nullopt;
    }
    MarathonGroup g;
    const QJsonValue id = o.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty()) {
        *error = MarathonGroupParser::tr("%1/id: expected a string").arg(path);
        return std::nullopt;
    }
    g.id = MarathonGroupParser::canonical(id.toString(), QStringLiteral("/"));
    g.version = o.value(QLatin1String("version")).toString();
    g.raw = o;
    if (!readIds(o, "apps", path, &g.appIds, error) || !readIds(o, "pods", path, &g.podIds, error))
        return std::nullopt;
    for (QString& app : g.appIds)
        app = MarathonGroupParser::canonical(app, g.id);
    for (QString& pod : g.podIds)
        pod = MarathonGroupParser::canonical(pod, g.id);
    // A group's relative dependencies are against the group itself, an app's against its group.
    if (!readDependencies(o.value(QLatin1String("dependencies")), g.id, path, &g.dependencies, error))
        return std::nullopt;
    const QJsonArray apps = o.value(QLatin1String("apps")).toArray();
    for (qsizetype i = 0; i < apps.size(); ++i) {
        QStringList deps;
        if (!readDependencies(apps.at(i).toObject().value(QLatin1String("dependencies")),
                              MarathonGroupParser::parentOf(g.appIds.at(i)),
                              path + QStringLiteral("/apps/") + QString::number(i), &deps, error))
            return std::nullopt;
        g.appDependencies.append({g.appIds.at(i), deps});
    }
    QJsonArray children;
    if (!arrayAt(o.value(QLatin1String("groups")), path + QStringLiteral("/groups"), &children, error))
        return std::nullopt;
    for (qsizetype i = 0; i < children.size(); ++i) {
        const QString at = path + QStringLiteral("/groups/") + QString::number(i);
        if (!children.at(i).isObject()) {
            *error = MarathonGroupParser::tr("%1: expected an object").arg(at);
            return std::nullopt;
        }
        std::optional<MarathonGroup> child = read(children.at(i).toObject(), at, depth + 1, error);
        if (!child)
            return std::nullopt;
        g.groups.append(std::move(*child));
    }
    return g;
}
} // namespace

QStringList MarathonGroup::allAppIds() const {
    QStringList out;
    collect(*this, &MarathonGroup::appIds, &out);
    out.sort();
    return out;
}

QStringList MarathonGroup::allPodIds() const {
    QStringList out;
    collect(*this, &MarathonGroup::podIds, &out);
    out.sort();
    return out;
}

const MarathonGroup* MarathonGroup::find(const QString& groupId) const {
    if (id == groupId)
        return this;
    for (const MarathonGroup& child : groups)
        if (const MarathonGroup* found = child.find(groupId))
            return found;
    return nullptr;
}

std::optional<MarathonGroup> MarathonGroupParser::parseGroup(const QByteArray& body, QString* error) {
    QString why;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        why = tr("not JSON at character %1: %2").arg(parseError.offset).arg(parseError.errorString());
    else if (!doc.isObject())
        why = tr("a group is a JSON object");
    std::optional<MarathonGroup> group =
        why.isEmpty() ? read(doc.object(), QString(), 0, &why) : std::nullopt;
    if (error)
        *error = why;
    return group;
}

std::optional<MarathonGroup> MarathonGroupParser::fromJson(const QJsonObject& group, QString* error) {
    QString why;
    std::optional<MarathonGroup> out = read(group, QString(), 0, &why);
    if (error)
        *error = why;
    return out;
}

QJsonObject MarathonGroupParser::editable(const QJsonObject& group) {
    QJsonObject out = group;
    out.remove(QLatin1String("version"));
    out.remove(QLatin1String("pods"));
    if (out.contains(QLatin1String("apps"))) {
        QJsonArray apps;
        for (const QJsonValue& v : out.value(QLatin1String("apps")).toArray()) {
            QJsonObject app = v.toObject();
            for (const char* key : kAppServerFields)
                app.remove(QLatin1String(key));
            apps.append(app);
        }
        out.insert(QStringLiteral("apps"), apps);
    }
    if (out.contains(QLatin1String("groups"))) {
        QJsonArray groups;
        for (const QJsonValue& v : out.value(QLatin1String("groups")).toArray())
            groups.append(editable(v.toObject()));
        out.insert(QStringLiteral("groups"), groups);
    }
    return out;
}

QString MarathonGroupParser::canonical(const QString& id, const QString& base) {
    QStringList parts = id.startsWith(u'/') ? QStringList() : base.split(u'/', Qt::SkipEmptyParts);
    for (const QString& segment : id.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (segment != QLatin1String("."))
            parts << segment;
    }
    return u'/' + parts.join(u'/');
}

QString MarathonGroupParser::parentOf(const QString& id) {
    const qsizetype slash = id.lastIndexOf(u'/');
    return slash <= 0 ? QStringLiteral("/") : id.left(slash);
}

bool MarathonGroupParser::isUnder(const QString& id, const QString& groupId) {
    if (groupId == QLatin1String("/"))
        return id.size() > 1 && id.startsWith(u'/');
    return id.size() > groupId.size() + 1 && id.startsWith(groupId) && id.at(groupId.size()) == u'/';
}
