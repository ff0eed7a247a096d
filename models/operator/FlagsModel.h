#pragma once

#include "KeyedListModel.h"
#include "operator/MasterFlag.h"

// A master's (or agent's) flags, one row each, keyed by name and updated by differences, so a
// refresh that finds the same flags changes nothing on screen (selection and scroll stay).
class FlagsModel : public KeyedListModel<MasterFlag> {
    Q_OBJECT
public:
    enum Column { Name, Value, ColumnCount };
    Q_ENUM(Column)

    explicit FlagsModel(QObject* parent = nullptr);

    void apply(const QList<MasterFlag>& flags);
    QString valueOf(const QString& name) const; // empty when not listed

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const MasterFlag& flag) const override { return flag.name; }
};
