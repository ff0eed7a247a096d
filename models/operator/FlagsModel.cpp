#include "FlagsModel.h"

#include "MesosRoles.h"

FlagsModel::FlagsModel(QObject* parent) : KeyedListModel(parent) {}

void FlagsModel::apply(const QList<MasterFlag>& flags) {
    replaceAll(flags);
}

QString FlagsModel::valueOf(const QString& name) const {
    const int row = rowOf(name);
    return row < 0 ? QString() : m_items.at(row).value;
}

int FlagsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlagsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const MasterFlag& flag = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // values may be long (paths, JSON of --domain): the whole text on hover
    case MesosRoles::SortRole:
        return index.column() == Name ? flag.name : flag.value;
    case MesosRoles::KeyRole:
    case MesosRoles::IdRole:
        return flag.name;
    case MesosRoles::FilterTextRole:
        return QString(flag.name + u' ' + flag.value);
    }
    return {};
}

QVariant FlagsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Flag");
    case Value:
        return tr("Value");
    }
    return {};
}
