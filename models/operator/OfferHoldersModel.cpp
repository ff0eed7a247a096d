#include "OfferHoldersModel.h"

#include "MesosFormat.h"
#include "MesosRoles.h"

QList<OfferHolder> OfferHolder::of(const QList<MesosOffer>& offers) {
    QList<OfferHolder> holders;
    QHash<QString, qsizetype> at;
    for (const MesosOffer& offer : offers) {
        auto it = at.constFind(offer.frameworkId);
        if (it == at.cend()) {
            it = at.insert(offer.frameworkId, holders.size());
            holders.append({offer.frameworkId, offer.frameworkName});
        }
        OfferHolder& holder = holders[it.value()];
        ++holder.offers;
        holder.cpus += offer.amount(QStringLiteral("cpus"));
        holder.mem += offer.amount(QStringLiteral("mem"));
        holder.disk += offer.amount(QStringLiteral("disk"));
        holder.gpus += offer.amount(QStringLiteral("gpus"));
        holder.ports += offer.portCount;
    }
    return holders;
}

int OfferHoldersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfferHoldersModel::data(const QModelIndex& index, int role) const {
    const OfferHolder* h = at(index.row());
    if (!h || !index.isValid())
        return {};
    const int column = index.column();
    if (role == MesosRoles::SortRole) {
        switch (column) {
        case Offers:
            return h->offers;
        case Cpus:
            return h->cpus;
        case Mem:
            return h->mem;
        case Disk:
            return h->disk;
        case Gpus:
            return h->gpus;
        case Ports:
            return h->ports;
        default:
            role = Qt::DisplayRole;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Framework:
            return h->name.isEmpty() ? h->frameworkId : h->name;
        case Offers:
            return h->offers;
        case Cpus:
            return MesosFormat::scalar(h->cpus);
        case Mem:
            return MesosFormat::memory(h->mem);
        case Disk:
            return MesosFormat::memory(h->disk);
        case Gpus:
            return MesosFormat::scalar(h->gpus);
        case Ports:
            return h->ports;
        case Id:
            return h->frameworkId;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column >= Offers && column <= Ports)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MesosRoles::KeyRole:
    case MesosRoles::IdRole:
        return h->frameworkId;
    case MesosRoles::FilterTextRole:
        return QString(h->name + u' ' + h->frameworkId);
    }
    return {};
}

QVariant OfferHoldersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Framework:
        return tr("Framework");
    case Offers:
        return tr("Offers held");
    case Cpus:
        return tr("CPUs on offer");
    case Mem:
        return tr("Memory on offer");
    case Disk:
        return tr("Disk on offer");
    case Gpus:
        return tr("GPUs on offer");
    case Ports:
        return tr("Ports on offer");
    case Id:
        return tr("Framework ID");
    }
    return {};
}
