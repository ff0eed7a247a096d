#include "MarathonConfigModel.h"

#include "ThemeColors.h"
#include "ThemeNotifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

MarathonConfigModel::MarathonConfigModel(QObject* parent) : KeyedListModel(parent) {
    ThemeNotifier::repaintOnChange(this, {Qt::ForegroundRole});
}

void MarathonConfigModel::setConfig(const QList<QPair<QString, QJsonObject>>& sections) {
    QList<MarathonConfigEntry> entries;
    for (const auto& [section, object] : sections) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            MarathonConfigEntry entry{section, it.key(), {}, true};
            entry.value = valueText(it.value(), &entry.isSet);
            entries << entry;
        }
    }
    replaceAll(entries);
}

QString MarathonConfigModel::value(const QString& section, const QString& key) const {
    const int row = rowOf(section + u'/' + key);
    return row < 0 ? QString() : itemAt(row).value;
}

QString MarathonConfigModel::valueText(const QJsonValue& value, bool* isSet) {
    if (isSet)
        *isSet = !value.isNull() && !value.isUndefined();
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("(not set)");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Flags are mostly whole numbers (milliseconds, counts): no exponent, no ".0".
        const bool whole = std::abs(number) < 9.0e15 && number == std::trunc(number); // exact as an integer
        return whole ? QString::number(qint64(number)) : QString::number(number);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items << valueText(item);
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

int MarathonConfigModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MarathonConfigModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MarathonConfigEntry& entry = itemAt(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case SectionColumn:
            return entry.section;
        case KeyColumn:
            return entry.key;
        case ValueColumn:
            return entry.value;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ValueColumn && !entry.isSet)
        return ThemeColors::color(ThemeColors::Role::StateMuted);
    return {};
}

QVariant MarathonConfigModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SectionColumn:
        return tr("Section");
    case KeyColumn:
        return tr("Flag");
    case ValueColumn:
        return tr("Value");
    case ColumnCount:
        break;
    }
    return {};
}
