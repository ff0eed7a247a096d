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

QStringList LaunchQueue::rejectReasons(const QJsonObject& app, const SimAgent& agent,
                                       const QList<MarathonTask>& appTasks) {
    // Scalars first (resources asked for as 0 are not matched), then role, then constraints;
    // ports are only looked at once everything else fits, as in Marathon's ResourceMatcher.
    QStringList reasons;
    const auto scalar = [&](const char* key, double free, const char* reason) {
        const double wanted = app.value(QLatin1String(key)).toDouble();
        if (wanted > 0 && free + 1e-9 < wanted)
            reasons << QLatin1String(reason);
    };
    scalar("cpus", agent.cpusFree, "InsufficientCpus");
    scalar("mem", agent.memFree, "InsufficientMemory");
    scalar("gpus", 0, "InsufficientGpus"); // simulated agents have no GPUs
    scalar("disk", agent.diskFree, "InsufficientDisk");
    // Simulated agents offer unreserved resources only (role "*").
    const QJsonValue accepted = app.value(QLatin1String("acceptedResourceRoles"));
    if (accepted.isArray() && !accepted.toArray().isEmpty() &&
        !accepted.toArray().contains(QStringLiteral("*")))
        reasons << QStringLiteral("UnfulfilledRole");
    for (const QJsonValue& constraint : app.value(QLatin1String("constraints")).toArray()) {
        if (!constraintHolds(constraint.toArray(), agent, appTasks)) {
            reasons << QStringLiteral("UnfulfilledConstraint");
            break;
        }
    }
    if (reasons.isEmpty() && agent.portsFree < app.value(QLatin1String("portDefinitions")).toArray().size())
        reasons << QStringLiteral("InsufficientPorts");
    return reasons;
}

QString LaunchQueue::firstInFunnel(const QStringList& reasons) {
    QString first;
    qsizetype best = funnel().size();
    for (const QString& reason : reasons) {
        const qsizetype at = funnel().indexOf(reason);
        if (at >= 0 && at < best) {
            best = at;
            first = reason;
        }
    }
    return first;
}

QJsonObject LaunchQueue::offerJson(const SimAgent& agent) {
    const auto scalar = [](const char* name, double value) {
        return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("role"), QStringLiteral("*")},
                           {QStringLiteral("scalar"), value}};
    };
    return {
        {QStringLiteral("id"), QStringLiteral("%1-O%2").arg(agent.id).arg(++m_nextOffer)},
        {QStringLiteral("hostname"), agent.hostname},
        {QStringLiteral("agentId"), agent.id},
        {QStringLiteral("resources"), QJsonArray{scalar("cpus", agent.cpusFree), scalar("mem", agent.memFree),
                                                 scalar("disk", agent.diskFree)}},
        {QStringLiteral("attributes"), QJsonArray()}};
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
    // What each agent offered before this round's placements used any of it.
    QHash<QString, SimAgent> offered;
    for (int i : order)
        offered.insert(agents.at(i).id, agents.at(i));
    // Place one instance at a time on the agent with the fewest instances of this app.
    while (chosen.size() < count) {
        int best = -1;
        int bestLoad = 0;
        for (int i : order) {
            if (!rejectReasons(def, agents.at(i), placed).isEmpty())
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
    // Each agent's offer was used, declined for its reasons, or (instances all placed) not
    // matched against this app at all.
    for (int i : order) {
        const SimAgent& agent = agents.at(i);
        if (chosen.contains(agent.id)) {
            ++stats.processed;
            continue;
        }
        const QStringList reasons = rejectReasons(def, agent, placed);
        if (reasons.isEmpty())
            continue;
        ++stats.processed;
        ++stats.unused;
        stats.lastUnusedOfferAt = now;
        ++stats.declined[firstInFunnel(reasons)];
        stats.lastNoMatchPerAgent.insert(agent.id, NoMatch{reasons, now, offerJson(offered.value(agent.id))});
    }
    return chosen;
}

void LaunchQueue::recordRejectedLaunch(const QString& appId, const QString& agentId, const QString& reason)
{
    Stats& stats = m_stats[appId];
    NoMatch& last = stats.lastNoMatchPerAgent[agentId];
    last.reasons = QStringList{reason};
    last.at = Clock::currentDateTimeUtc();
    ++stats.declined[reason];
    ++stats.unused;
    stats.lastUnusedOfferAt = last.at;
}

void LaunchQueue::resetAttempt(const QString& appId)
{
    m_stats.remove(appId);
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
    for (const NoMatch& last : stats.lastNoMatchPerAgent)
        ++lastDeclined[firstInFunnel(last.reasons)];
    QJsonObject summary{
        {QStringLiteral("processedOffersCount"), stats.processed},
        {QStringLiteral("unusedOffersCount"), stats.unused},
        {QStringLiteral("rejectSummaryLastOffers"),
         funnelJson(lastDeclined, int(stats.lastNoMatchPerAgent.size()))},
        {QStringLiteral("rejectSummaryLaunchAttempt"), funnelJson(stats.declined, stats.processed)}};
    if (stats.lastUnusedOfferAt.isValid())
        summary.insert(QStringLiteral("lastUnusedOfferAt"), MarathonJson::timestamp(stats.lastUnusedOfferAt));
    if (stats.lastUsedOfferAt.isValid())
        summary.insert(QStringLiteral("lastUsedOfferAt"), MarathonJson::timestamp(stats.lastUsedOfferAt));
    return summary;
}

QJsonArray LaunchQueue::lastUnusedOffers(const QString& appId) const {
    QJsonArray out;
    const Stats stats = m_stats.value(appId);
    for (auto it = stats.lastNoMatchPerAgent.begin(); it != stats.lastNoMatchPerAgent.end(); ++it) {
        QJsonObject offer = it->offer;
        if (offer.isEmpty()) // a launch Mesos refused: the offer's id and agent are all that is known
            offer = {{QStringLiteral("id"), QStringLiteral("%1-refused").arg(it.key())},
                     {QStringLiteral("agentId"), it.key()},
                     {QStringLiteral("hostname"), QString()},
                     {QStringLiteral("resources"), QJsonArray()},
                     {QStringLiteral("attributes"), QJsonArray()}};
        out.append(QJsonObject{{QStringLiteral("offer"), offer},
                               {QStringLiteral("reason"), QJsonArray::fromStringList(it->reasons)},
                               {QStringLiteral("timestamp"), MarathonJson::timestamp(it->at)}});
    }
    return out;
}
