#pragma once

#include "KeyedListModel.h"

#include <QJsonObject>

// The configuration Marathon's leader reports in /v2/info, one row per flag: its section
// (marathon_config, zookeeper_config, http_config), its name and its value as text. Polls
// change a value now and then: rows are updated by differences, never reset.
struct MarathonConfigEntry {
    QString section;
    QString key;
    QString value;
    bool isSet = true; // false for null: the flag was not given

    bool operator==(const MarathonConfigEntry&) const = default;
};

class MarathonConfigModel : public KeyedListModel<MarathonConfigEntry> {
    Q_OBJECT
public:
    enum Column { SectionColumn, KeyColumn, ValueColumn, ColumnCount };

    explicit MarathonConfigModel(QObject* parent = nullptr);

    // Sections by their JSON names; an empty object leaves its section out.
    void setConfig(const QList<QPair<QString, QJsonObject>>& sections);
    // The value shown for section/key, empty when there is no such row.
    QString value(const QString& section, const QString& key) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString valueText(const QJsonValue& value, bool* isSet = nullptr);

protected:
    QString keyOf(const MarathonConfigEntry& entry) const override {
        return entry.section + u'/' + entry.key;
    }
};
