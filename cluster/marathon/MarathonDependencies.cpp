#include "MarathonDependencies.h"

#include "MarathonGroupParser.h"

void MarathonDependencies::add(const QString& id, const QStringList& absoluteDependencies) {
    if (absoluteDependencies.isEmpty())
        return;
    QStringList& deps = m_deps[id];
    for (const QString& d : absoluteDependencies)
        if (!deps.contains(d))
            deps << d;
    deps.sort();
}

void MarathonDependencies::addGroup(const MarathonGroup& group) {
    add(group.id, group.dependencies);
    for (const auto& [appId, deps] : group.appDependencies)
        add(appId, deps);
    for (const MarathonGroup& child : group.groups)
        addGroup(child);
}

void MarathonDependencies::addApps(const QList<MarathonApp>& apps) {
    for (const MarathonApp& app : apps) {
        QStringList deps;
        const QString base = MarathonGroupParser::parentOf(app.id);
        for (const QString& d : app.dependencies)
            deps << MarathonGroupParser::canonical(d, base);
        add(app.id, deps);
    }
}

QStringList MarathonDependencies::dependsOn(const QString& id) const {
    return m_deps.value(id);
}

QStringList MarathonDependencies::neededBy(const QString& id) const {
    QStringList out;
    for (auto it = m_deps.cbegin(); it != m_deps.cend(); ++it) {
        const QString& who = it.key();
        if (who == id)
            continue;
        for (const QString& d : it.value()) {
            const bool names = d == id || MarathonGroupParser::isUnder(id, d);
            const bool intoGroup =
                MarathonGroupParser::isUnder(d, id) && !MarathonGroupParser::isUnder(who, id);
            if (names || intoGroup) {
                out << who;
                break;
            }
        }
    }
    out.sort();
    return out;
}
