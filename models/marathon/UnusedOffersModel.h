#pragma once

#include "KeyedListModel.h"
#include "marathon/MarathonQueueEntry.h"

// lastUnusedOffers of one queue entry: the last offer of each agent that Marathon could not
// use, with every reason it did not fit.
class UnusedOffersModel : public KeyedListModel<MarathonQueueEntry::UnusedOffer> {
    Q_OBJECT
public:
    enum Column { AgentColumn, HostColumn, ReasonsColumn, WhenColumn, ColumnCount };

    explicit UnusedOffersModel(QObject* parent = nullptr);

    void setOffers(const QList<MarathonQueueEntry::UnusedOffer>& offers) { replaceAll(offers); }
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const MarathonQueueEntry::UnusedOffer& offer) const override {
        return offer.agentId.isEmpty() ? offer.offerId : offer.agentId;
    }
};
