#pragma once

#include <QList>
#include <QString>

// One entry of GET /v2/queue: an app waiting for offers or held back by a launch delay.
struct MarathonQueueEntry {
    struct Reject {
        QString reason; // InsufficientCpus, UnfulfilledConstraint...
        int declined = 0;
        int processed = 0;
        bool operator==(const Reject&) const = default;
    };
    QString appId; // app or pod id
    bool isPod = false;
    int count = 0;
    bool overdue = true;      // false: Delayed (backoff); true: Waiting (for offers)
    int timeLeftSeconds = 0;
    QString since;
    int processedOffers = 0;
    int unusedOffers = 0;
    QString lastUnusedOfferAt;
    QList<Reject> rejects; // rejectSummaryLastOffers with declined > 0 first

    bool delayed() const { return !overdue; }
    bool operator==(const MarathonQueueEntry&) const = default;
};
