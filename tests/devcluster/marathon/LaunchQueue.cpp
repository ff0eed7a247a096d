#include "LaunchQueue.h"

#include "MarathonApp.h"
#include "MarathonJson.h"
#include "MarathonTask.h"

#include "core/Clock.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

const QStringList& LaunchQueue::funnel()
{
    // NoOfferMatchReason order in Marathon's summaries.
    static const QStringList reasons{
        QStringLiteral("UnfulfilledRole"),    QStringLiteral("UnfulfilledConstraint"),
        QStringLiteral("NoCorrespondingReservationFound"), QStringLiteral("AgentMaintenance"),
        QStringLiteral("InsufficientCpus"),   QStringLiteral("InsufficientMemory"),
        QStringLiteral("InsufficientDisk"),   QStringLiteral("InsufficientGpus"),
        QStringLiteral("InsufficientPorts"),  QStringLiteral("DeclinedScarceResources")};
    return reasons;
}

namespace {
bool constraintHolds(const QJsonArray& constraint, const SimAgent& agent, const QList<MarathonTask>& appTasks)
{
    const QString field = constraint.at(0).toString();
    const QString op = constraint.at(1).toString();
    const QString value = constraint.size() > 2 ? constraint.at(2).toString() : QString();
    const bool hostname = field == QLatin1String("hostname");
    const QString agentValue = hostname ? agent.hostname : QString();
    const auto onSameValue = [&] {
        return int(std::count_if(appTasks.begin(), appTasks.end(), [&](const MarathonTask& t) {
            return !t.killRequested && (hostname ? t.host == agent.hostname : t.agentId == agent.id);
        }));
    };
    if (op == QLatin1String("UNLIKE"))
        return !hostname || !QRegularExpression(QRegularExpression::anchoredPattern(value)).match(agentValue).hasMatch();
    if (op == QLatin1String("GROUP_BY"))
        return true; // spreading is what placeInstances does anyway
    if (!hostname)
        return false; // simulated agents carry no attributes
    if (op == QLatin1String("UNIQUE"))
        return onSameValue() == 0;
    if (op == QLatin1String("CLUSTER") || op == QLatin1String("IS"))
        return agentValue == value;
    if (op == QLatin1String("LIKE"))
        return QRegularExpression(QRegularExpression::anchoredPattern(value)).match(agentValue).hasMatch();
    if (op == QLatin1String("MAX_PER"))
        return onSameValue() < value.toInt();
    return true;
}
} // namespace

QString LaunchQueue::rejectReason(const QJsonObject& app, const SimAgent& agent, const QList<MarathonTask>& appTasks)
{
    for (const QJsonValue& constraint : app.value(QLatin1String("constraints")).toArray()) {
        if (!constraintHolds(constraint.toArray(), agent, appTasks))
            return QStringLiteral("UnfulfilledConstraint");
    }
    if (agent.cpusFree + 1e-9 < app.value(QLatin1String("cpus")).toDouble())
        return QStringLiteral("InsufficientCpus");
    if (agent.memFree + 1e-9 < app.value(QLatin1String("mem")).toDouble())
        return QStringLiteral("InsufficientMemory");
    if (agent.diskFree + 1e-9 < app.value(QLatin1String("disk")).toDouble())
        return QStringLiteral("InsufficientDisk");
    if (app.value(QLatin1String("gpus")).toInt() > 0)
        return QStringLiteral("InsufficientGpus");
    if (agent.portsFree < app.value(QLatin1String("portDefinitions")).toArray().size())
        return QStringLiteral("InsufficientPorts");
    return {};
}

QStringList LaunchQueue::placeInstances(const MarathonApp& app, int count, QList<SimAgent>& agents,
                                        const QList<MarathonTask>& appTasks)
{
    Stats& stats = m_stats[app.id()];
    const QDateTime now = Clock::currentDateTimeUtc();
    QList<MarathonTask> placed = appTasks;
    QStringList chosen;
    const QJsonObject def = app.definition;

    QList<int> order;
    for (int i = 0; i < agents.size(); ++i) {
        if (agents.at(i).active)
            order << i;
    }
    // Place one instance at a time on the agent with the fewest instances of this app.
    while (chosen.size() < count) {
        int best = -1;
        int bestLoad = 0;
        for (int i : order) {
            if (!rejectReason(def, agents.at(i), placed).isEmpty())
                continue;
            const int load = int(std::count_if(placed.begin(), placed.end(), [&](const MarathonTask& t) {
                return !t.killRequested && t.agentId == agents.at(i).id;
            }));
            if (best < 0 || load < bestLoad) {
                best = i;
                bestLoad = load;
            }
        }
        if (best < 0)
            break;
        SimAgent& agent = agents[best];
        agent.cpusFree -= def.value(QLatin1String("cpus")).toDouble();
        agent.memFree -= def.value(QLatin1String("mem")).toDouble();
        agent.diskFree -= def.value(QLatin1String("disk")).toDouble();
        agent.portsFree -= int(def.value(QLatin1String("portDefinitions")).toArray().size());
        MarathonTask pseudo;
        pseudo.agentId = agent.id;
        pseudo.host = agent.hostname;
        placed.append(pseudo);
        chosen << agent.id;
        stats.lastUsedOfferAt = now;
    }
    // Every active agent was one offer this round: used, not needed, or declined for a reason.
    for (int i : order) {
        ++stats.processed;
        ++stats.attemptProcessed;
        const QString reason = chosen.contains(agents.at(i).id) ? QString() : rejectReason(def, agents.at(i), placed);
        stats.lastReasonPerAgent.insert(agents.at(i).id, reason);
        if (!reason.isEmpty()) {
            ++stats.unused;
            stats.lastUnusedOfferAt = now;
            ++stats.attemptDeclined[reason];
        }
    }
    return chosen;
}

void LaunchQueue::recordRejectedLaunch(const QString& appId, const QString& agentId, const QString& reason)
{
    Stats& stats = m_stats[appId];
    stats.lastReasonPerAgent.insert(agentId, reason);
    ++stats.attemptDeclined[reason];
    ++stats.unused;
    stats.lastUnusedOfferAt = Clock::currentDateTimeUtc();
}

void LaunchQueue::resetAttempt(const QString& appId)
{
    Stats& stats = m_stats[appId];
    stats.attemptDeclined.clear();
    stats.attemptProcessed = 0;
}

void LaunchQueue::forget(const QString& appId)
{
    m_stats.remove(appId);
}

QJsonArray LaunchQueue::funnelJson(const QMap<QString, int>& declined, int processed)
{
    QJsonArray out;
    int remaining = processed;
    for (const QString& reason : funnel()) {
        const int n = declined.value(reason);
        out.append(QJsonObject{{QStringLiteral("reason"), reason}, {QStringLiteral("declined"), n},
                               {QStringLiteral("processed"), remaining}});
        remaining -= n;
    }
    return out;
}

QJsonObject LaunchQueue::processedOffersSummary(const QString& appId) const
{
    const Stats stats = m_stats.value(appId);
    QMap<QString, int> lastDeclined;
    int lastProcessed = 0;
    for (auto it = stats.lastReasonPerAgent.begin(); it != stats.lastReasonPerAgent.end(); ++it) {
        ++lastProcessed;
        if (!it.value().isEmpty())
            ++lastDeclined[it.value()];
    }
    QJsonObject summary{{QStringLiteral("processedOffersCount"), stats.processed},
                        {QStringLiteral("unusedOffersCount"), stats.unused},
                        {QStringLiteral("rejectSummaryLastOffers"), funnelJson(lastDeclined, lastProcessed)},
                        {QStringLiteral("rejectSummaryLaunchAttempt"),
                         funnelJson(stats.attemptDeclined, stats.attemptProcessed)}};
    if (stats.lastUnusedOfferAt.isValid())
        summary.insert(QStringLiteral("lastUnusedOfferAt"), MarathonJson::timestamp(stats.lastUnusedOfferAt));
    if (stats.lastUsedOfferAt.isValid())
        summary.insert(QStringLiteral("lastUsedOfferAt"), MarathonJson::timestamp(stats.lastUsedOfferAt));
    return summary;
}
