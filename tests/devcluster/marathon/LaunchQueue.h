#pragma once

#include "SchedulerApi.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

struct MarathonApp;
struct MarathonTask;

// Marathon's offer matching, reduced to the simulation: every round each active agent is one
// "offer"; an app's pending instances go to the agents that fit its resources, roles and
// hostname constraints, fewest instances of the app first (Marathon spreads tasks this way in
// practice). It keeps what /v2/queue reports as Marathon's OfferMatchStatistics does: for the
// launch attempt every offer processed (used or not) and the unused ones counted by their
// first reason in NoOfferMatchReason's funnel; per agent its last unused offer with every
// reason (lastUnusedOffers), which stays when a later offer of that agent is used.
class LaunchQueue {
public:
    // Picks agents for up to count new instances of app; the agents' free resources shrink
    // as instances are placed. Records the round in the app's offer summary.
    QStringList placeInstances(const MarathonApp& app, int count, QList<SimAgent>& agents,
                               const QList<MarathonTask>& appTasks);
    // A launch that Mesos refused after all (the agent changed in the meantime).
    void recordRejectedLaunch(const QString& appId, const QString& agentId, const QString& reason);
    void resetAttempt(const QString& appId); // a launch attempt ended (LaunchFinished): its statistics go
    void forget(const QString& appId);
    QJsonObject processedOffersSummary(const QString& appId) const;
    QJsonArray lastUnusedOffers(const QString& appId) const; // ?embed=lastUnusedOffers

    // Every reason that keeps the agent from taking one instance, in the order Marathon's
    // ResourceMatcher adds them; empty when it fits.
    static QStringList rejectReasons(const QJsonObject& app, const SimAgent& agent,
                                     const QList<MarathonTask>& appTasks);
    // The one reason an unused offer is counted for: the earliest in the funnel.
    static QString firstInFunnel(const QStringList& reasons);
    static const QStringList& funnel();

private:
    struct NoMatch {
        QStringList reasons;
        QDateTime at;
        QJsonObject offer; // id, hostname, agentId, resources, attributes as the agent offered them
    };
    struct Stats {
        int processed = 0;
        int unused = 0;
        QDateTime lastUnusedOfferAt;
        QDateTime lastUsedOfferAt;
        QMap<QString, NoMatch> lastNoMatchPerAgent;
        QMap<QString, int> declined; // first reason -> offers declined for it this attempt
    };
    static QJsonArray funnelJson(const QMap<QString, int>& declined, int processed);
    QJsonObject offerJson(const SimAgent& agent);

    int m_nextOffer = 0;

    QHash<QString, Stats> m_stats;
};
