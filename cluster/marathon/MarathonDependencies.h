#pragma once

#include "MarathonApp.h"
#include "MarathonGroup.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Who waits for whom: the dependencies of apps and groups, absolute, and the reverse. Marathon
// reads a dependency on a group as one on everything in it, and a group's dependencies as its
// apps' (so the deployment starts /db before /web), which is how neededBy() matches.
class MarathonDependencies {
public:
    void add(const QString& id, const QStringList& absoluteDependencies);
    void addGroup(const MarathonGroup& group); // the group, its apps and every child group
    // Apps as /v2/apps lists them: their "dependencies", relative ones against the app's group.
    void addApps(const QList<MarathonApp>& apps);

    QStringList dependsOn(const QString& id) const; // its own, sorted
    // What names id, a group holding id, or (from outside) something inside the group id.
    QStringList neededBy(const QString& id) const;
    bool isEmpty() const { return m_deps.isEmpty(); }

private:
    QHash<QString, QStringList> m_deps;
};
