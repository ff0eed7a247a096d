#pragma once

#include "KeyedListModel.h"
#include "operator/MesosOffer.h"

// Per framework: how many outstanding offers it holds and what they add up to, so the one that
// sits on most offers stands out (sort by Offers). Frameworks holding none are not listed.
struct OfferHolder {
    QString frameworkId;
    QString name;
    int offers = 0;
    double cpus = 0, mem = 0, disk = 0, gpus = 0;
    qint64 ports = 0;
    bool operator==(const OfferHolder&) const = default;

    static QList<OfferHolder> of(const QList<MesosOffer>& offers);
};

class OfferHoldersModel : public KeyedListModel<OfferHolder> {
    Q_OBJECT
public:
    enum Column { Framework, Offers, Cpus, Mem, Disk, Gpus, Ports, Id, ColumnCount };
    Q_ENUM(Column)

    using KeyedListModel::KeyedListModel;

    void apply(const QList<MesosOffer>& offers) { replaceAll(OfferHolder::of(offers)); }
    const OfferHolder* at(int row) const {
        return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
    }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const OfferHolder& holder) const override { return holder.frameworkId; }
};
