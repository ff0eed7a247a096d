#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// A group as GET /v2/groups/{id} returns it (GroupInfo in spec/v2/types/group.raml): its own
// apps and pods by id, its child groups in full, and its dependencies made absolute. raw is the
// answer as sent, for the editor.
struct MarathonGroup {
    QString id;
    QStringList appIds;
    QStringList podIds;
    QList<MarathonGroup> groups;
    QStringList dependencies;                           // absolute ids
    QList<QPair<QString, QStringList>> appDependencies; // each app's, absolute
    QString version;
    QJsonObject raw;

    // Every app and pod at or below this group, sorted.
    QStringList allAppIds() const;
    QStringList allPodIds() const;
    const MarathonGroup* find(const QString& groupId) const;
};
