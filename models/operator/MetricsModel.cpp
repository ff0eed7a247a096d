#include "MetricsModel.h"

#include "MesosRoles.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

MetricsModel::MetricsModel(QObject* parent) : KeyedListModel(parent) {}

void MetricsModel::apply(const MesosMetrics& metrics) {
    QList<MetricReading> readings;
    readings.reserve(metrics.values.size());
    for (auto it = metrics.values.cbegin(); it != metrics.values.cend(); ++it)
        readings.append({it.key(), it.value()});
    // A hash has no order: new keys are appended by name, so a first snapshot reads sorted.
    std::sort(readings.begin(), readings.end(),
              [](const MetricReading& a, const MetricReading& b) { return a.key < b.key; });
    replaceAll(readings);
}

double MetricsModel::valueOf(const QString& key) const {
    const int row = rowOf(key);
    return row < 0 ? std::nan("") : m_items.at(row).value;
}

QString MetricsModel::formatted(double value) {
    if (std::isnan(value))
        return tr("not a number");
    // Counters are whole numbers: grouped digits and no decimals. Ratios and gauges to six
    // significant digits (master/cpus_percent is 0.15416666666666667 on the wire), which is what an
    // eye compares; the tooltip has every digit.
    const double magnitude = std::abs(value);
    if (magnitude < 1e15 && value == std::trunc(value))
        return QLocale().toString(qint64(value));
    if (magnitude < 1e-3 || magnitude >= 1e15)
        return QLocale().toString(value, 'g', 3);
    const int wholeDigits = magnitude >= 1 ? int(std::floor(std::log10(magnitude))) + 1 : 0;
    QString text = QLocale().toString(value, 'f', std::max(1, 6 - wholeDigits));
    const QString point = QLocale().decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString MetricsModel::exact(double value) {
    if (std::isnan(value))
        return tr("not a number");
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

int MetricsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const MetricReading& reading = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Key ? reading.key : formatted(reading.value);
    case Qt::ToolTipRole:
        return index.column() == Key ? reading.key : exact(reading.value);
    case Qt::TextAlignmentRole:
        if (index.column() == Value)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MesosRoles::SortRole:
        return index.column() == Key ? QVariant(reading.key) : QVariant(reading.value);
    case MesosRoles::KeyRole:
    case MesosRoles::IdRole:
        return reading.key;
    case MesosRoles::FilterTextRole:
        return reading.key;
    }
    return {};
}

QVariant MetricsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return tr("Metric");
    case Value:
        return tr("Value");
    }
    return {};
}
