#include "AgentState.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString idOf(const QJsonValue& v) {
    // Agent state writes ids as strings; the v1 API nests them as {"value": "..."}.
    if (v.isObject())
        return v.toObject().value(QLatin1String("value")).toString();
    return v.toString();
}

void collectTasks(const QJsonObject& executor, QStringList* ids, QStringList* states) {
    for (const char* key : {"tasks", "queued_tasks", "completed_tasks"}) {
        for (const QJsonValue& t : executor.value(QLatin1String(key)).toArray()) {
            const QJsonObject task = t.toObject();
            const QString id = idOf(task.value(QLatin1String("id")));
            if (id.isEmpty())
                continue;
            ids->append(id);
            // Queued tasks carry no state: the agent has not launched them yet.
            const QString state = task.value(QLatin1String("state")).toString();
            states->append(state.isEmpty() && qstrcmp(key, "queued_tasks") == 0
                               ? QStringLiteral("TASK_STAGING")
                               : state);
        }
    }
}
} // namespace

QString AgentState::taskState(const Executor& executor, const QString& taskId) {
    // The command executor's id is its task's id; a completed task is listed after a running one.
    QString state;
    for (qsizetype i = 0; i < executor.taskIds.size(); ++i)
        if (executor.taskIds.at(i) == taskId && i < executor.taskStates.size() &&
            !executor.taskStates.at(i).isEmpty())
            state = executor.taskStates.at(i);
    return state;
}

bool AgentState::isTerminal(const QString& state) {
    static const QStringList terminal{
        QStringLiteral("TASK_FINISHED"), QStringLiteral("TASK_FAILED"),
        QStringLiteral("TASK_KILLED"),   QStringLiteral("TASK_ERROR"),
        QStringLiteral("TASK_LOST"),     QStringLiteral("TASK_DROPPED"),
        QStringLiteral("TASK_GONE"),     QStringLiteral("TASK_GONE_BY_OPERATOR")};
    return terminal.contains(state);
}

bool AgentState::isLost(const QString& state) {
    static const QStringList lost{QStringLiteral("TASK_LOST"), QStringLiteral("TASK_GONE"),
                                  QStringLiteral("TASK_DROPPED"), QStringLiteral("TASK_UNREACHABLE"),
                                  QStringLiteral("TASK_GONE_BY_OPERATOR")};
    return lost.contains(state);
}

QUrl AgentState::agentUrl(const QString& scheme) const { return agentUrl(hostname, pid, scheme); }

QUrl AgentState::agentUrl(const QString& hostname, const QString& pid, const QString& scheme) {
    // pid is "slave(1)@ip:port"; the UI uses the hostname with the pid's port.
    const qsizetype colon = pid.lastIndexOf(u':');
    bool ok = false;
    const int port = colon < 0 ? 0 : pid.mid(colon + 1).toInt(&ok);
    if (hostname.isEmpty() || !ok || port <= 0 || port > 65535)
        return {};
    QUrl url;
    url.setScheme(scheme);
    url.setHost(hostname);
    url.setPort(port);
    return url.isValid() ? url : QUrl();
}

QString AgentState::sandboxDirectory(const QString& frameworkId, const QString& executorId, const QString& taskId,
                                     const Executor** found, QString* error) const {
    // Executors are stored in the lookup order already (running frameworks and executors first).
    const Executor* match = nullptr;
    for (const Executor& e : executors) {
        if (!frameworkId.isEmpty() && e.frameworkId != frameworkId)
            continue;
        if (!executorId.isEmpty()) {
            if (e.id == executorId) {
                match = &e;
                break;
            }
        } else if (!taskId.isEmpty() && (e.id == taskId || e.taskIds.contains(taskId))) {
            match = &e;
            break;
        }
    }
    if (!match) {
        if (error)
            *error = AgentState::tr("The agent knows no executor %1 of framework %2 (it may have been "
                                    "removed by garbage collection).")
                         .arg(executorId.isEmpty() ? taskId : executorId, frameworkId);
        return {};
    }
    if (match->directory.isEmpty()) {
        if (error)
            *error = AgentState::tr("The agent did not report a sandbox directory for executor %1.")
                         .arg(match->id);
        return {};
    }
    if (found)
        *found = match;
    if (match->type == QLatin1String("DEFAULT") && !taskId.isEmpty() && taskId != match->id)
        return match->directory + QStringLiteral("/tasks/") + taskId;
    return match->directory;
}

std::optional<AgentState> AgentState::parse(const QByteArray& json, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = AgentState::tr("The agent state is not valid JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = AgentState::tr("The agent state is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!root.contains(QLatin1String("frameworks")) && !root.contains(QLatin1String("completed_frameworks"))) {
        if (error)
            *error = AgentState::tr("The answer does not look like an agent state (no frameworks).");
        return std::nullopt;
    }
    AgentState state;
    state.id = root.value(QLatin1String("id")).toString();
    state.hostname = root.value(QLatin1String("hostname")).toString();
    state.pid = root.value(QLatin1String("pid")).toString();
    for (const char* fwKey : {"frameworks", "completed_frameworks"}) {
        const bool completedFramework = qstrcmp(fwKey, "completed_frameworks") == 0;
        for (const QJsonValue& fwValue : root.value(QLatin1String(fwKey)).toArray()) {
            const QJsonObject fw = fwValue.toObject();
            const QString frameworkId = idOf(fw.value(QLatin1String("id")));
            for (const char* exKey : {"executors", "completed_executors"}) {
                const bool completedExecutor = qstrcmp(exKey, "completed_executors") == 0;
                for (const QJsonValue& exValue : fw.value(QLatin1String(exKey)).toArray()) {
                    const QJsonObject ex = exValue.toObject();
                    Executor e;
                    e.frameworkId = frameworkId;
                    e.id = idOf(ex.value(QLatin1String("id")));
                    e.name = ex.value(QLatin1String("name")).toString();
                    e.type = ex.value(QLatin1String("type")).toString();
                    e.directory = ex.value(QLatin1String("directory")).toString();
                    e.completedFramework = completedFramework;
                    e.completedExecutor = completedExecutor;
                    collectTasks(ex, &e.taskIds, &e.taskStates);
                    state.executors.append(e);
                }
            }
        }
    }
    return state;
}
