#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// The simulated Marathon's groups. Marathon keeps groups as objects of their own: a group made
// for an app stays when the app goes, an empty group can be created, and each carries its
// dependencies and the version it last changed at. Apps stay in MarathonScheduler; a group's
// apps are the apps whose parent path is the group.
class GroupStore {
public:
    struct Group {
        QStringList dependencies; // absolute ids
        QString version;
    };

    // Every ancestor of these ids becomes a group (as Marathon creates the path of a new app).
    void adoptPathsOf(const QStringList& ids, const QString& version);
    bool contains(const QString& id) const { return id == QLatin1String("/") || m_groups.contains(id); }
    Group group(const QString& id) const { return m_groups.value(id); }
    QString rootVersion() const { return m_rootVersion; }
    QStringList childGroups(const QString& id) const;
    // Creates or changes the group (and its missing parents); version marks it and its ancestors.
    void put(const QString& id, const QStringList& dependencies, const QString& version);
    void touch(const QString& id, const QString& version); // the group and its ancestors changed
    void removeTree(const QString& id, const QString& version);

    // Root snapshots (apps as definitions) by version, newest last, for /versions.
    void recordRoot(const QString& version, const QJsonObject& root);
    QStringList versionsOf(const QString& id) const;                       // newest first
    QJsonObject snapshot(const QString& id, const QString& version) const; // empty when not in that version

    static QString parentOf(const QString& id);
    static bool isUnder(const QString& id, const QString& groupId); // strictly below
    // Marathon's canonical path: "app" or "../b" against base "/g", "/abs" as it is.
    static QString canonical(const QString& id, const QString& base);

private:
    QMap<QString, Group> m_groups; // every group but the root
    QString m_rootVersion;
    QMap<QString, QJsonObject> m_rootVersions;
};
