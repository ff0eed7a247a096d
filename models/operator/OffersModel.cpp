#include "OffersModel.h"

#include "MesosFormat.h"
#include "MesosRoles.h"
#include "core/Clock.h"

OffersModel::OffersModel(QObject* parent) : KeyedListModel(parent) {}

void OffersModel::apply(const QList<MesosOffer>& offers) {
    const qint64 now = Clock::currentMSecsSinceEpoch();
    for (const MesosOffer& offer : offers)
        if (!m_firstSeen.contains(offer.id))
            m_firstSeen.insert(offer.id, now);
    replaceAll(offers);
    // An offer that is gone is never listed again: forget when it was first seen.
    for (auto it = m_firstSeen.begin(); it != m_firstSeen.end();)
        it = m_rows.contains(it.key()) ? std::next(it) : m_firstSeen.erase(it);
    refreshAges();
}

void OffersModel::refreshAges() {
    if (!m_items.isEmpty())
        emit dataChanged(index(0, Age), index(int(m_items.size()) - 1, Age),
                         {Qt::DisplayRole, MesosRoles::SortRole});
}

qint64 OffersModel::ageMsecs(const MesosOffer& offer) const {
    return std::max<qint64>(0, Clock::currentMSecsSinceEpoch() - m_firstSeen.value(offer.id));
}

QString OffersModel::ageText(qint64 msecs) {
    const qint64 seconds = msecs / 1000;
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

int OffersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OffersModel::display(const MesosOffer& o, int column) const {
    switch (column) {
    case Framework:
        return o.frameworkName.isEmpty() ? o.frameworkId : o.frameworkName;
    case Host:
        return o.hostname.isEmpty() ? o.agentId : o.hostname;
    case Cpus:
        return MesosFormat::scalar(o.amount(QStringLiteral("cpus")));
    case Mem:
        return MesosFormat::memory(o.amount(QStringLiteral("mem")));
    case Disk:
        return MesosFormat::memory(o.amount(QStringLiteral("disk")));
    case Gpus:
        return MesosFormat::scalar(o.amount(QStringLiteral("gpus")));
    case Ports:
        return o.portCount > 0 ? tr("%n port(s) %1", nullptr, int(o.portCount)).arg(o.ports) : QString();
    case Age:
        return ageText(ageMsecs(o));
    case Role:
        return o.role;
    case Id:
        return o.id;
    }
    return {};
}

QVariant OffersModel::data(const QModelIndex& index, int role) const {
    const MesosOffer* o = at(index.row());
    if (!o || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*o, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Host)
            return tr("%1 (agent %2)")
                .arg(o->hostname.isEmpty() ? tr("host not reported") : o->hostname, o->agentId);
        if (index.column() == Framework)
            return tr("%1 (framework %2)").arg(o->frameworkName, o->frameworkId);
        return display(*o, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= Cpus && index.column() <= Age)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MesosRoles::KeyRole:
    case MesosRoles::IdRole:
        return o->id;
    case MesosRoles::SortRole:
        switch (index.column()) {
        case Cpus:
            return o->amount(QStringLiteral("cpus"));
        case Mem:
            return o->amount(QStringLiteral("mem"));
        case Disk:
            return o->amount(QStringLiteral("disk"));
        case Gpus:
            return o->amount(QStringLiteral("gpus"));
        case Ports:
            return o->portCount;
        case Age:
            return ageMsecs(*o);
        default:
            return display(*o, index.column());
        }
    case MesosRoles::FilterTextRole:
        return QStringList{o->frameworkName, o->frameworkId, o->hostname, o->agentId, o->id, o->role}.join(
            u' ');
    }
    return {};
}

QVariant OffersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Age)
        return tr("How long this console has seen the offer: Mesos does not say when it was made.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Framework:
        return tr("Framework");
    case Host:
        return tr("Agent");
    case Cpus:
        return tr("CPUs");
    case Mem:
        return tr("Memory");
    case Disk:
        return tr("Disk");
    case Gpus:
        return tr("GPUs");
    case Ports:
        return tr("Ports");
    case Age:
        return tr("Age");
    case Role:
        return tr("Role");
    case Id:
        return tr("Offer ID");
    }
    return {};
}
