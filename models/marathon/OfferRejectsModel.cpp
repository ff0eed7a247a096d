#include "OfferRejectsModel.h"

#include "ThemeColors.h"
#include "ThemeNotifier.h"

#include <QBrush>
#include <QFont>

OfferRejectsModel::OfferRejectsModel(QObject* parent) : KeyedListModel<OfferRejectRow>(parent) {
    ThemeNotifier::repaintOnChange(this, {Qt::ForegroundRole});
}

void OfferRejectsModel::setEntry(const MarathonQueueEntry* entry) {
    QList<OfferRejectRow> rows;
    if (entry) {
        auto rowFor = [&rows](const QString& reason) -> OfferRejectRow& {
            for (OfferRejectRow& row : rows)
                if (row.reason == reason)
                    return row;
            rows << OfferRejectRow{reason};
            return rows.last();
        };
        for (const MarathonQueueEntry::Reject& r : entry->funnelLastOffers) {
            OfferRejectRow& row = rowFor(r.reason);
            row.hasLast = true;
            row.lastDeclined = r.declined;
            row.lastProcessed = r.processed;
        }
        for (const MarathonQueueEntry::Reject& r : entry->funnelLaunchAttempt) {
            OfferRejectRow& row = rowFor(r.reason);
            row.hasAttempt = true;
            row.attemptDeclined = r.declined;
            row.attemptProcessed = r.processed;
        }
    }
    replaceAll(rows);
}

int OfferRejectsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString OfferRejectsModel::reasonText(const QString& reason) {
    static const QHash<QString, const char*> texts{
        {QStringLiteral("UnfulfilledRole"), QT_TR_NOOP("No resources for the app's role")},
        {QStringLiteral("UnfulfilledConstraint"), QT_TR_NOOP("Placement constraint not met")},
        {QStringLiteral("NoCorrespondingReservationFound"),
         QT_TR_NOOP("No matching reservation on the agent")},
        {QStringLiteral("AgentMaintenance"), QT_TR_NOOP("Agent in maintenance")},
        {QStringLiteral("InsufficientCpus"), QT_TR_NOOP("Not enough CPUs")},
        {QStringLiteral("InsufficientMemory"), QT_TR_NOOP("Not enough memory")},
        {QStringLiteral("InsufficientDisk"), QT_TR_NOOP("Not enough disk")},
        {QStringLiteral("InsufficientGpus"), QT_TR_NOOP("Not enough GPUs")},
        {QStringLiteral("InsufficientPorts"), QT_TR_NOOP("Not enough free ports")},
        {QStringLiteral("DeclinedScarceResources"),
         QT_TR_NOOP("Declined: agent has GPUs the app does not use")}};
    const auto it = texts.constFind(reason);
    return it == texts.cend() ? reason : tr(it.value());
}

namespace {
QString declinedOf(bool known, int declined, int processed) {
    if (!known)
        return OfferRejectsModel::tr("not reported");
    return OfferRejectsModel::tr("%1 of %2").arg(declined).arg(processed);
}
} // namespace

QVariant OfferRejectsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const OfferRejectRow& r = itemAt(index.row());
    const bool declining = r.lastDeclined > 0 || r.attemptDeclined > 0;
    switch (role) {
    case ReasonNameRole:
        return r.reason;
    case DeclinedRole:
        return index.column() == LaunchAttemptColumn ? r.attemptDeclined : r.lastDeclined;
    case Qt::ToolTipRole:
        return r.reason;
    case Qt::ForegroundRole:
        if (declining)
            return QBrush(ThemeColors::color(ThemeColors::Role::StateError));
        return QBrush(ThemeColors::color(ThemeColors::Role::StateMuted));
    case Qt::FontRole:
        if (declining) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case ReasonColumn:
            return reasonText(r.reason);
        case LastOffersColumn:
            return declinedOf(r.hasLast, r.lastDeclined, r.lastProcessed);
        case LaunchAttemptColumn:
            return declinedOf(r.hasAttempt, r.attemptDeclined, r.attemptProcessed);
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant OfferRejectsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ReasonColumn:
        return tr("Reason");
    case LastOffersColumn:
        return tr("Last offer per agent\n(declined of processed)");
    case LaunchAttemptColumn:
        return tr("This launch attempt\n(declined of processed)");
    case ColumnCount:
        break;
    }
    return {};
}
