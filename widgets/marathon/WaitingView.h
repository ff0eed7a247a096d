#pragma once

#include "marathon/MarathonQueueEntry.h"

#include <QDateTime>
#include <QWidget>

class MarathonClient;
class OfferRejectsModel;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class UnusedOffersModel;

// Why an app or pod is waiting: its launch queue entry (instances left, since when, role), the
// launch delay counting down from the server's timeLeftSeconds on the injectable clock (with
// Reset Delay), Marathon's reject funnel for the last offer of every agent and for the launch
// attempt, and which agents' offers did not fit and why (?embed=lastUnusedOffers, fetched while
// the view is shown). Works on an id and a queue entry, so apps and pods alike.
class WaitingView : public QWidget {
    Q_OBJECT
public:
    explicit WaitingView(MarathonClient* client, QWidget* parent = nullptr);

    // entry nullptr: the id is not in the launch queue.
    void setEntry(const QString& id, const MarathonQueueEntry* entry);
    QString statusText() const;
    QString delayText() const;
    QString summaryText() const;
    QString unusedOffersText() const;
    OfferRejectsModel* rejectsModel() const { return m_rejects; }
    UnusedOffersModel* unusedOffersModel() const { return m_unused; }
    QTableView* rejectsView() const { return m_rejectsView; }
    QTableView* unusedOffersView() const { return m_unusedView; }
    QPushButton* resetDelayButton() const { return m_resetDelay; }

signals:
    void resetDelayRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showDelay();
    void fetchUnusedOffers();
    void showUnusedOffers(const MarathonQueueEntry* entry, const QString& error);

    MarathonClient* m_client;
    QString m_id;
    bool m_queued = false;
    MarathonQueueEntry m_entry;
    QDateTime m_delayEnds; // from timeLeftSeconds when the entry arrived, on Clock
    bool m_fetching = false;
    bool m_fetchAgain = false;

    QLabel* m_status;
    QLabel* m_delay;
    QPushButton* m_resetDelay;
    QLabel* m_summary;
    OfferRejectsModel* m_rejects;
    QTableView* m_rejectsView;
    QLabel* m_unusedTitle;
    QLabel* m_unusedNote;
    UnusedOffersModel* m_unused;
    QTableView* m_unusedView;
    QTimer* m_tick;
};
