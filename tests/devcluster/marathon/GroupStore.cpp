#include "GroupStore.h"

#include <QJsonArray>

namespace {
// Marathon's --zk_max_versions.
constexpr int kMaxVersions = 50;

QJsonObject findIn(const QJsonObject& group, const QString& id) {
    if (group.value(QLatin1String("id")).toString() == id)
        return group;
    for (const QJsonValue& child : group.value(QLatin1String("groups")).toArray()) {
        const QString childId = child.toObject().value(QLatin1String("id")).toString();
        if (childId == id || GroupStore::isUnder(id, childId))
            return findIn(child.toObject(), id);
    }
    return {};
}
} // namespace

QString GroupStore::parentOf(const QString& id) {
    const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : id.left(slash);
}

bool GroupStore::isUnder(const QString& id, const QString& groupId) {
    if (groupId == QLatin1String("/"))
        return id != groupId && id.startsWith(QLatin1Char('/'));
    return id.startsWith(groupId + QLatin1Char('/'));
}

QString GroupStore::canonical(const QString& id, const QString& base) {
    QStringList parts =
        id.startsWith(QLatin1Char('/')) ? QStringList() : base.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& part : id.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (part != QLatin1String(".")) {
            parts.append(part);
        }
    }
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

void GroupStore::adoptPathsOf(const QStringList& ids, const QString& version) {
    for (const QString& id : ids) {
        for (QString parent = parentOf(id); parent != QLatin1String("/"); parent = parentOf(parent)) {
            if (m_groups.contains(parent))
                break;
            m_groups.insert(parent, Group{{}, version});
        }
    }
    if (m_rootVersion.isEmpty())
        m_rootVersion = version;
}

QStringList GroupStore::childGroups(const QString& id) const {
    QStringList children;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        if (parentOf(it.key()) == id)
            children << it.key();
    }
    return children;
}

void GroupStore::put(const QString& id, const QStringList& dependencies, const QString& version) {
    adoptPathsOf({id}, version);
    if (id != QLatin1String("/"))
        m_groups.insert(id, Group{dependencies, version});
    touch(parentOf(id), version);
}

void GroupStore::touch(const QString& id, const QString& version) {
    for (QString at = id; at != QLatin1String("/"); at = parentOf(at)) {
        if (m_groups.contains(at))
            m_groups[at].version = version;
    }
    m_rootVersion = version;
}

void GroupStore::removeTree(const QString& id, const QString& version) {
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        if (it.key() == id || isUnder(it.key(), id))
            it = m_groups.erase(it);
        else
            ++it;
    }
    touch(parentOf(id), version);
}

void GroupStore::recordRoot(const QString& version, const QJsonObject& root) {
    m_rootVersions.insert(version, root);
    while (m_rootVersions.size() > kMaxVersions)
        m_rootVersions.erase(m_rootVersions.begin());
}

QStringList GroupStore::versionsOf(const QString& id) const {
    QStringList versions;
    for (auto it = m_rootVersions.cend(); it != m_rootVersions.cbegin();) {
        --it;
        if (!findIn(it.value(), id).isEmpty())
            versions << it.key();
    }
    return versions;
}

QJsonObject GroupStore::snapshot(const QString& id, const QString& version) const {
    return findIn(m_rootVersions.value(version), id);
}
