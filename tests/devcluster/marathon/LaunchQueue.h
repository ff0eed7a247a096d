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
// "offer"; an app's pending instances go to the agents that fit its resources and hostname
// constraints, fewest instances of the app first (Marathon spreads tasks this way in practice).
// It keeps the per-app processedOffersSummary that /v2/queue reports, with the rejection funnel
// (UnfulfilledConstraint, InsufficientCpus, InsufficientMemory, ...).
class LaunchQueue {
public:
    // Picks agents for up to count new instances of app; the agents' free resources shrink
    // as instances are placed. Records the round in the app's offer summary.
    QStringList placeInstances(const MarathonApp& app, int count, QList<SimAgent>& agents,
                               const QList<MarathonTask>& appTasks);
    // A launch that Mesos refused after all (the agent changed in the meantime).
    void recordRejectedLaunch(const QString& appId, const QString& agentId, const QString& reason);
    void resetAttempt(const QString& appId); // a new launch attempt (queue entry) starts
    void forget(const QString& appId);
    QJsonObject processedOffersSummary(const QString& appId) const;

    // The first reason in Marathon's funnel that keeps the agent from taking one instance, or
    // an empty string when it fits.
    static QString rejectReason(const QJsonObject& app, const SimAgent& agent, const QList<MarathonTask>& appTasks);
    static const QStringList& funnel();

private:
    struct Stats {
        int processed = 0;
        int unused = 0;
        QDateTime lastUnusedOfferAt;
        QDateTime lastUsedOfferAt;
        QHash<QString, QString> lastReasonPerAgent;  // "" when the agent's last offer was used
        QMap<QString, int> attemptDeclined;          // reason -> offers declined for it this attempt
        int attemptProcessed = 0;
    };
    static QJsonArray funnelJson(const QMap<QString, int>& declined, int processed);

    QHash<QString, Stats> m_stats;
};
