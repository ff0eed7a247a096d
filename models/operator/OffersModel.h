#pragma once

#include "KeyedListModel.h"
#include "operator/MesosOffer.h"

// The master's outstanding offers, one row each, from polled answers (by differences). Mesos
// does not say when an offer was made, so Age is how long this console has seen it (offer ids
// are never reused), from the injectable clock.
class OffersModel : public KeyedListModel<MesosOffer> {
    Q_OBJECT
public:
    enum Column { Framework, Host, Cpus, Mem, Disk, Gpus, Ports, Age, Role, Id, ColumnCount };
    Q_ENUM(Column)

    explicit OffersModel(QObject* parent = nullptr);

    void apply(const QList<MesosOffer>& offers);
    const MesosOffer* at(int row) const {
        return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
    }
    // The clock moved on: the Age column again (no other cell changes).
    void refreshAges();
    qint64 firstSeenMsecs(const QString& offerId) const { return m_firstSeen.value(offerId, 0); }
    static QString ageText(qint64 msecs);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const MesosOffer& offer) const override { return offer.id; }

private:
    QVariant display(const MesosOffer& offer, int column) const;
    qint64 ageMsecs(const MesosOffer& offer) const;

    QHash<QString, qint64> m_firstSeen; // offer id -> Clock msecs when first listed
};
