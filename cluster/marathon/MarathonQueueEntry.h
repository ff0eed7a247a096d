#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One entry of GET /v2/queue: an app or pod waiting for offers or held back by a launch delay,
// with Marathon's offer-matching statistics (processedOffersSummary) and, when embedded
// (?embed=lastUnusedOffers), the last offer each agent made that could not be used.
struct MarathonQueueEntry {
    // One step of Marathon's reject funnel: of `processed` offers, `declined` were refused for
    // this reason (each offer counts for the first reason in NoOfferMatchReason's order).
    struct Reject {
        QString reason; // InsufficientCpus, UnfulfilledConstraint...
        int declined = 0;
        int processed = 0;
        bool operator==(const Reject&) const = default;
    };
    struct UnusedOffer {
        QString offerId;
        QString agentId;
        QString hostname;
        QStringList reasons; // every reason the offer did not fit, not only the first
        QString timestamp;
        bool operator==(const UnusedOffer&) const = default;
    };
    QString appId; // app or pod id
    bool isPod = false;
    int count = 0;
    QString role;
    bool hasDelay = false;    // older servers send no delay object
    bool overdue = true;      // false: Delayed (backoff); true: Waiting (for offers)
    int timeLeftSeconds = 0;
    QString since;
    bool hasSummary = false; // processedOffersSummary present (Marathon 1.4+)
    int processedOffers = 0;
    int unusedOffers = 0;
    QString lastUnusedOfferAt;
    QString lastUsedOfferAt;
    QList<Reject> rejects;             // rejectSummaryLastOffers with declined > 0 first
    QList<Reject> funnelLastOffers;    // rejectSummaryLastOffers in the server's (funnel) order
    QList<Reject> funnelLaunchAttempt; // rejectSummaryLaunchAttempt in the server's order
    bool hasUnusedOffers = false;      // lastUnusedOffers was embedded
    QList<UnusedOffer> lastUnusedOffers;

    bool delayed() const { return !overdue; }
    bool operator==(const MarathonQueueEntry&) const = default;
};
