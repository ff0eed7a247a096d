#include "UnusedOffersModel.h"

#include "OfferRejectsModel.h"

UnusedOffersModel::UnusedOffersModel(QObject* parent)
    : KeyedListModel<MarathonQueueEntry::UnusedOffer>(parent) {}

int UnusedOffersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnusedOffersModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MarathonQueueEntry::UnusedOffer& o = itemAt(index.row());
    if (role == Qt::ToolTipRole && index.column() == ReasonsColumn)
        return o.reasons.join(QStringLiteral(", "));
    if (role == Qt::ToolTipRole && index.column() == AgentColumn)
        return tr("Offer %1").arg(o.offerId);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case AgentColumn:
        return o.agentId;
    case HostColumn:
        return o.hostname;
    case ReasonsColumn: {
        QStringList words;
        for (const QString& reason : o.reasons)
            words << OfferRejectsModel::reasonText(reason);
        return words.isEmpty() ? tr("no reason given") : words.join(QStringLiteral("; "));
    }
    case WhenColumn:
        return o.timestamp;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UnusedOffersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case AgentColumn:
        return tr("Agent");
    case HostColumn:
        return tr("Host");
    case ReasonsColumn:
        return tr("Why its offer did not fit");
    case WhenColumn:
        return tr("Offer processed");
    case ColumnCount:
        break;
    }
    return {};
}
