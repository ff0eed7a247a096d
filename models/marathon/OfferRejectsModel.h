#pragma once

#include "KeyedListModel.h"
#include "marathon/MarathonQueueEntry.h"

// Why a queued app or pod gets no offers: one row per reason of Marathon's reject funnel, with
// how many offers it declined of those it processed, for the last offer of every agent and for
// the whole launch attempt. Reasons come in the server's (funnel) order.
struct OfferRejectRow {
    QString reason;
    bool hasLast = false;
    int lastDeclined = 0;
    int lastProcessed = 0;
    bool hasAttempt = false;
    int attemptDeclined = 0;
    int attemptProcessed = 0;
    bool operator==(const OfferRejectRow&) const = default;
};

class OfferRejectsModel : public KeyedListModel<OfferRejectRow> {
    Q_OBJECT
public:
    enum Column { ReasonColumn, LastOffersColumn, LaunchAttemptColumn, ColumnCount };
    enum Role { ReasonNameRole = Qt::UserRole + 1, DeclinedRole };

    explicit OfferRejectsModel(QObject* parent = nullptr);

    void setEntry(const MarathonQueueEntry* entry);
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // NoOfferMatchReason in an operator's words; an unknown name is shown as the server sent it.
    static QString reasonText(const QString& reason);

protected:
    QString keyOf(const OfferRejectRow& row) const override { return row.reason; }
};
