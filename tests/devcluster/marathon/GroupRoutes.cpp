// MarathonSim's /v2/groups routes, after Marathon's GroupsResource: GET with the group.* embeds
// (group.apps, group.pods and group.groups when none is given), /versions, POST (201, 409 when
// the group or an app at its path exists), PUT with a GroupUpdate, {"scaleBy"} or {"version"},
// and DELETE. Every change is one deployment; dependencies order its scaling and restarts.
#include "AppValidator.h"
#include "MarathonJson.h"
#include "MarathonRenderer.h"
#include "MarathonScheduler.h"
#include "MarathonSim.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>
#include <functional>

namespace {
QString unknownGroup(const QString& id) {
    return QStringLiteral("Group '%1' does not exist").arg(id);
}

QByteArray invalid(const QString& path, const QString& error) {
    return MarathonJson::errorWithDetails(
        QStringLiteral("Object is not valid"),
        {QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("errors"), QJsonArray{error}}}});
}

QByteArray invalidJson(const QString& path, const QString& error) {
    return MarathonJson::errorWithDetails(
        QStringLiteral("Invalid JSON"),
        {QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("errors"), QJsonArray{error}}}});
}

bool isIdList(const QJsonValue& value) {
    if (!value.isArray())
        return false;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return false;
    }
    return true;
}
} // namespace

void MarathonSim::syncGroups() {
    // Apps made through /v2/apps create their path of groups, as in Marathon.
    for (const MarathonApp& app : m_scheduler->apps())
        m_groups.adoptPathsOf({app.id()}, app.version());
}

void MarathonSim::groupRequest(const HttpRequest& request, HttpResponder* responder, const QString& rest) {
    syncGroups();
    const QByteArray method = request.method;
    if (method == "GET")
        return getGroup(request, responder, rest);
    const QString id = MarathonJson::normalizeId(rest);
    if (method == "POST")
        return createGroup(request, responder, id);
    if (method == "PUT")
        return putGroup(request, responder, id);
    if (method == "DELETE")
        return deleteGroup(request, responder, id);
    reply(responder, 405, MarathonJson::error(QStringLiteral("HTTP 405 Method Not Allowed")));
}

QJsonObject MarathonSim::renderGroup(const QString& id, const QSet<QString>& groupEmbeds,
                                     const QSet<QString>& appEmbeds) const {
    const GroupStore::Group group = m_groups.group(id);
    QJsonObject out{
        {QStringLiteral("id"), id},
        {QStringLiteral("dependencies"), QJsonArray::fromStringList(group.dependencies)},
        {QStringLiteral("version"), id == QLatin1String("/") ? m_groups.rootVersion() : group.version}};
    if (id != QLatin1String("/"))
        out.insert(QStringLiteral("enforceRole"), false);
    if (groupEmbeds.contains(QStringLiteral("apps"))) {
        QJsonArray apps;
        for (const MarathonApp& app : m_scheduler->apps()) {
            if (GroupStore::parentOf(app.id()) == id)
                apps.append(MarathonRenderer::app(*m_scheduler, app, appEmbeds));
        }
        out.insert(QStringLiteral("apps"), apps);
    }
    if (groupEmbeds.contains(QStringLiteral("pods")))
        out.insert(QStringLiteral("pods"), QJsonArray()); // the devcluster runs no pods
    if (groupEmbeds.contains(QStringLiteral("groups"))) {
        QJsonArray groups;
        for (const QString& child : m_groups.childGroups(id))
            groups.append(renderGroup(child, groupEmbeds, appEmbeds));
        out.insert(QStringLiteral("groups"), groups);
    }
    return out;
}

void MarathonSim::getGroup(const HttpRequest& request, HttpResponder* responder, const QString& rest) {
    static const QRegularExpression versionsRe(QStringLiteral("^(.*)/versions(?:/([^/]+))?$"));
    const QRegularExpressionMatch versions = versionsRe.match(rest);
    if (versions.hasMatch()) {
        const QString id = MarathonJson::normalizeId(versions.captured(1));
        const QString version = versions.captured(2);
        if (!m_groups.contains(id))
            return reply(responder, 404, MarathonJson::error(unknownGroup(id)));
        if (version.isEmpty())
            return reply(responder, 200,
                         MarathonJson::bytes(QJsonArray::fromStringList(m_groups.versionsOf(id))));
        const QJsonObject snapshot = m_groups.snapshot(id, version);
        if (snapshot.isEmpty())
            return reply(responder, 404, MarathonJson::error(unknownGroup(id)));
        return replyJson(responder, 200, snapshot);
    }
    const QString id = MarathonJson::normalizeId(rest);
    if (!m_groups.contains(id))
        return reply(responder, 404, MarathonJson::error(unknownGroup(id)));
    QSet<QString> groupEmbeds;
    QSet<QString> appEmbeds;
    const QStringList embeds = request.query.allQueryItemValues(QStringLiteral("embed"));
    for (const QString& embed : embeds) {
        if (embed.startsWith(QLatin1String("group.apps."))) {
            QString name = embed.mid(int(qstrlen("group.apps.")));
            if (name == QLatin1String("failures"))
                appEmbeds << QStringLiteral("tasks") << QStringLiteral("lastTaskFailure");
            else
                appEmbeds << name;
        } else if (embed.startsWith(QLatin1String("group."))) {
            groupEmbeds << embed.mid(int(qstrlen("group.")));
        }
    }
    if (embeds.isEmpty())
        groupEmbeds = {QStringLiteral("apps"), QStringLiteral("pods"), QStringLiteral("groups")};
    replyJson(responder, 200, renderGroup(id, groupEmbeds, appEmbeds));
}

bool MarathonSim::planGroupRemoval(const HttpRequest& request, HttpResponder* responder,
                                   const QString& groupId, GroupPlan* plan) {
    for (const MarathonApp& app : m_scheduler->apps()) {
        if (!GroupStore::isUnder(app.id(), groupId) || plan->removals.contains(app.id()))
            continue;
        if (rejectIfLocked(responder, app.id(), request))
            return false;
        plan->removals << app.id();
    }
    plan->removedGroups << groupId;
    return true;
}

bool MarathonSim::planGroupUpdate(const HttpRequest& request, HttpResponder* responder,
                                  const QString& groupId, const QJsonObject& update, GroupPlan* plan) {
    const QJsonValue dependencies = update.value(QLatin1String("dependencies"));
    if (!dependencies.isUndefined() && !isIdList(dependencies)) {
        reply(responder, 400,
              invalidJson(QStringLiteral("/dependencies"), QStringLiteral("error.expected.jsarray")));
        return false;
    }
    QStringList deps = m_groups.group(groupId).dependencies;
    if (dependencies.isArray()) {
        deps.clear();
        for (const QJsonValue& dependency : dependencies.toArray())
            deps << GroupStore::canonical(dependency.toString(), groupId);
    }
    plan->groups.insert(groupId, deps);

    const QJsonValue apps = update.value(QLatin1String("apps"));
    if (!apps.isUndefined()) {
        if (!apps.isArray()) {
            reply(responder, 400,
                  invalidJson(QStringLiteral("/apps"), QStringLiteral("error.expected.jsarray")));
            return false;
        }
        QStringList kept;
        for (const QJsonValue& value : apps.toArray()) {
            QJsonObject body = value.toObject();
            if (!value.isObject() || !body.value(QLatin1String("id")).isString()) {
                reply(responder, 400,
                      invalidJson(QStringLiteral("/apps/id"), QStringLiteral("error.path.missing")));
                return false;
            }
            const QString appId = GroupStore::canonical(body.value(QLatin1String("id")).toString(), groupId);
            if (GroupStore::parentOf(appId) != groupId) {
                reply(responder, 422,
                      invalid(QStringLiteral("/apps"),
                              QStringLiteral("identifier %1 is not child of %2").arg(appId, groupId)));
                return false;
            }
            if (m_groups.contains(appId)) {
                reply(responder, 422,
                      invalid(QStringLiteral("/apps"),
                              QStringLiteral("Groups and Applications may not have the same identifier.")));
                return false;
            }
            body.insert(QStringLiteral("id"), appId);
            Update change;
            if (!prepareUpdate(request, responder, appId, body, &change, false))
                return false;
            plan->changes.append({change.definition, change.scaleOnly});
            kept << appId;
        }
        // The listed apps are the group's apps now: the others go.
        for (const MarathonApp& app : m_scheduler->apps()) {
            if (GroupStore::parentOf(app.id()) != groupId || kept.contains(app.id()))
                continue;
            if (rejectIfLocked(responder, app.id(), request))
                return false;
            plan->removals << app.id();
        }
    }

    const QJsonValue groups = update.value(QLatin1String("groups"));
    if (!groups.isUndefined()) {
        if (!groups.isArray()) {
            reply(responder, 400,
                  invalidJson(QStringLiteral("/groups"), QStringLiteral("error.expected.jsarray")));
            return false;
        }
        QStringList kept;
        for (const QJsonValue& value : groups.toArray()) {
            const QJsonObject child = value.toObject();
            if (!value.isObject() || !child.value(QLatin1String("id")).isString()) {
                reply(responder, 400,
                      invalidJson(QStringLiteral("/groups/id"), QStringLiteral("error.path.missing")));
                return false;
            }
            const QString childId =
                GroupStore::canonical(child.value(QLatin1String("id")).toString(), groupId);
            if (GroupStore::parentOf(childId) != groupId) {
                reply(responder, 422,
                      invalid(QStringLiteral("/groups"),
                              QStringLiteral("identifier %1 is not child of %2").arg(childId, groupId)));
                return false;
            }
            if (!planGroupUpdate(request, responder, childId, child, plan))
                return false;
            kept << childId;
        }
        for (const QString& child : m_groups.childGroups(groupId)) {
            if (!kept.contains(child) && !planGroupRemoval(request, responder, child, plan))
                return false;
        }
    }
    return true;
}

bool MarathonSim::dependencyLevels(HttpResponder* responder, const GroupPlan& plan,
                                   QMap<QString, int>* levels) {
    // The state after the plan: which apps exist, and the dependencies of groups and apps.
    QMap<QString, QStringList> appDeps;
    for (const MarathonApp& app : m_scheduler->apps()) {
        if (!plan.removals.contains(app.id()))
            appDeps.insert(app.id(), {});
    }
    const auto ownDeps = [](const QJsonObject& definition) {
        QStringList deps;
        const QString parent = GroupStore::parentOf(definition.value(QLatin1String("id")).toString());
        for (const QJsonValue& dep : definition.value(QLatin1String("dependencies")).toArray())
            deps << GroupStore::canonical(dep.toString(), parent);
        return deps;
    };
    for (const MarathonApp& app : m_scheduler->apps()) {
        if (appDeps.contains(app.id()))
            appDeps[app.id()] = ownDeps(app.definition);
    }
    for (const auto& change : plan.changes)
        appDeps.insert(change.first.value(QLatin1String("id")).toString(), ownDeps(change.first));
    const auto groupDeps = [&](const QString& groupId) {
        return plan.groups.contains(groupId) ? plan.groups.value(groupId)
                                             : m_groups.group(groupId).dependencies;
    };
    // A dependency on a group is one on every app below it; a group's dependencies hold for its apps.
    const auto appsOf = [&](const QString& id) {
        QStringList apps;
        for (auto it = appDeps.cbegin(); it != appDeps.cend(); ++it) {
            if (it.key() == id || GroupStore::isUnder(it.key(), id))
                apps << it.key();
        }
        return apps;
    };
    QMap<QString, int> memo;
    QSet<QString> visiting;
    bool cyclic = false;
    std::function<int(const QString&)> level = [&](const QString& appId) -> int {
        if (memo.contains(appId))
            return memo.value(appId);
        if (visiting.contains(appId)) {
            cyclic = true;
            return 0;
        }
        visiting.insert(appId);
        QStringList deps = appDeps.value(appId);
        for (QString g = GroupStore::parentOf(appId);; g = GroupStore::parentOf(g)) {
            deps << groupDeps(g);
            if (g == QLatin1String("/"))
                break;
        }
        int out = 0;
        for (const QString& dep : deps) {
            for (const QString& other : appsOf(dep)) {
                if (other != appId)
                    out = qMax(out, level(other) + 1);
            }
        }
        visiting.remove(appId);
        memo.insert(appId, out);
        return out;
    };
    for (const auto& change : plan.changes) {
        const QString id = change.first.value(QLatin1String("id")).toString();
        levels->insert(id, level(id));
    }
    if (cyclic) {
        reply(responder, 422,
              invalid(QStringLiteral("/"), QStringLiteral("Dependency graph has cyclic dependencies.")));
        return false;
    }
    return true;
}

void MarathonSim::applyGroupPlan(const HttpRequest& request, HttpResponder* responder, const GroupPlan& plan,
                                 int status, Headers headers) {
    QMap<QString, int> levels;
    if (!dependencyLevels(responder, plan, &levels))
        return;
    const QJsonObject result = m_scheduler->updateApps(plan.changes, plan.removals, levels);
    const QString version = result.value(QLatin1String("version")).toString();
    for (const QString& id : plan.removedGroups)
        m_groups.removeTree(id, version);
    for (auto it = plan.groups.cbegin(); it != plan.groups.cend(); ++it)
        m_groups.put(it.key(), it.value(), version);
    for (const auto& change : plan.changes)
        publishApiPost(request,
                       m_scheduler->app(change.first.value(QLatin1String("id")).toString())->definition);
    m_groups.recordRoot(
        version, renderGroup(QStringLiteral("/"),
                             {QStringLiteral("apps"), QStringLiteral("pods"), QStringLiteral("groups")}, {}));
    replyDeployment(responder, status, result, std::move(headers));
}

namespace {
// The body of POST and PUT: a JSON object, or the same 400 as for an app.
bool parseGroupBody(const QByteArray& body, QJsonObject* out, QByteArray* error) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = AppValidator::parseObject(body).errorBody;
        return false;
    }
    if (!doc.isObject()) {
        *error = invalidJson(QStringLiteral("/"), QStringLiteral("error.expected.jsobject"));
        return false;
    }
    *out = doc.object();
    if (out->contains(QLatin1String("id")) && !out->value(QLatin1String("id")).isString()) {
        *error = invalidJson(QStringLiteral("/id"), QStringLiteral("error.expected.jsstring"));
        return false;
    }
    return true;
}
} // namespace

void MarathonSim::createGroup(const HttpRequest& request, HttpResponder* responder, const QString& base) {
    QJsonObject body;
    QByteArray error;
    if (!parseGroupBody(request.body, &body, &error))
        return reply(responder, 400, error);
    const QString id = body.contains(QLatin1String("id"))
                           ? GroupStore::canonical(body.value(QLatin1String("id")).toString(), base)
                           : base;
    if (m_groups.contains(id))
        return reply(
            responder, 409,
            MarathonJson::error(
                QStringLiteral("Group %1 is already created. Use PUT to change this group.").arg(id)));
    if (m_scheduler->app(id))
        return reply(responder, 409,
                     MarathonJson::error(QStringLiteral("An app with the path %1 already exists.").arg(id)));
    if (GroupStore::canonical(id, QStringLiteral("/"))
            .split(QLatin1Char('/'), Qt::SkipEmptyParts)
            .isEmpty() ||
        !AppValidator::isValidIdSegment(id.section(QLatin1Char('/'), -1)))
        return reply(responder, 422, invalid(QStringLiteral("/id"), QStringLiteral("error.pattern")));
    GroupPlan plan;
    if (!planGroupUpdate(request, responder, id, body, &plan))
        return;
    applyGroupPlan(request, responder, plan, 201, {{"Location", id.toUtf8()}});
}

void MarathonSim::putGroup(const HttpRequest& request, HttpResponder* responder, const QString& groupId) {
    QJsonObject body;
    QByteArray error;
    if (!parseGroupBody(request.body, &body, &error))
        return reply(responder, 400, error);
    const QJsonValue scaleBy = body.value(QLatin1String("scaleBy"));
    if (!scaleBy.isUndefined()) {
        if (!scaleBy.isDouble())
            return reply(responder, 400,
                         invalidJson(QStringLiteral("/scaleBy"), QStringLiteral("error.expected.jsnumber")));
        return scaleGroup(request, responder, groupId, scaleBy.toDouble());
    }
    if (body.value(QLatin1String("version")).isString()) {
        // Back to a stored version: that snapshot is the group's new definition.
        const QString version = body.value(QLatin1String("version")).toString();
        const QJsonObject snapshot = m_groups.snapshot(groupId, version);
        if (snapshot.isEmpty())
            return reply(responder, 404, MarathonJson::error(unknownGroup(groupId)));
        GroupPlan plan;
        if (!planGroupUpdate(request, responder, groupId, snapshot, &plan))
            return;
        return applyGroupPlan(request, responder, plan, 200);
    }
    const QString id = body.contains(QLatin1String("id"))
                           ? GroupStore::canonical(body.value(QLatin1String("id")).toString(), groupId)
                           : groupId;
    if (m_scheduler->app(id))
        return reply(responder, 409,
                     MarathonJson::error(QStringLiteral("An app with the path %1 already exists.").arg(id)));
    GroupPlan plan;
    if (!planGroupUpdate(request, responder, id, body, &plan))
        return;
    applyGroupPlan(request, responder, plan, 200);
}

void MarathonSim::scaleGroup(const HttpRequest& request, HttpResponder* responder, const QString& groupId,
                             double factor) {
    // Every app under the group to ceil(instances * factor), in one deployment.
    if (factor < 0)
        return reply(responder, 422, invalid(QStringLiteral("/scaleBy"), QStringLiteral("error.min")));
    if (!m_groups.contains(groupId))
        return reply(responder, 404, MarathonJson::error(unknownGroup(groupId)));
    GroupPlan plan;
    for (const MarathonApp& app : m_scheduler->apps()) {
        if (!GroupStore::isUnder(app.id(), groupId))
            continue;
        const int instances = int(std::ceil(app.instances() * factor));
        Update update;
        if (!prepareUpdate(request, responder, app.id(), {{QStringLiteral("instances"), instances}}, &update))
            return; // locked (409) and not forced
        plan.changes.append({update.definition, update.scaleOnly});
    }
    applyGroupPlan(request, responder, plan, 200);
}

void MarathonSim::deleteGroup(const HttpRequest& request, HttpResponder* responder, const QString& groupId) {
    if (!m_groups.contains(groupId))
        return reply(responder, 404, MarathonJson::error(unknownGroup(groupId)));
    GroupPlan plan;
    if (!planGroupRemoval(request, responder, groupId, &plan))
        return;
    if (groupId == QLatin1String("/")) { // DELETE /v2/groups empties the root; the root stays
        plan.removedGroups = m_groups.childGroups(groupId);
    }
    applyGroupPlan(request, responder, plan, 200);
}
