#include "MesosFormat.h"

#include <QDateTime>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

QString MesosFormat::time(double epochSeconds) {
    if (epochSeconds <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(epochSeconds * 1000)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString MesosFormat::scalar(double value, int decimals) {
    // The interface's decimal mark (a French window reads "1,9"), without group separators:
    // counts elsewhere are plain numbers, and "1,001 ports" would read as a fraction in Europe.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QString s = locale.toString(value, 'f', decimals);
    if (decimals > 0) {
        while (s.endsWith(locale.zeroDigit()))
            s.chop(locale.zeroDigit().size());
        if (s.endsWith(locale.decimalPoint()))
            s.chop(locale.decimalPoint().size());
    }
    return s;
}

QString MesosFormat::memory(double megabytes) {
    if (megabytes >= 1024 * 1024)
        return QCoreApplication::translate("MesosFormat", "%1 TiB").arg(scalar(megabytes / 1024 / 1024, 1));
    if (megabytes >= 1024)
        return QCoreApplication::translate("MesosFormat", "%1 GiB").arg(scalar(megabytes / 1024, 1));
    return QCoreApplication::translate("MesosFormat", "%1 MiB").arg(scalar(megabytes, 0));
}

QString MesosFormat::usedOfTotal(double used, double total, bool memoryUnits) {
    if (memoryUnits)
        return memory(used) + QStringLiteral(" / ") + memory(total);
    return scalar(used) + QStringLiteral(" / ") + scalar(total);
}

int MesosFormat::portCount(const QString& ranges) {
    int count = 0;
    for (const QString& range : QString(ranges).remove(u'[').remove(u']').split(u',', Qt::SkipEmptyParts)) {
        const QStringList ends = range.trimmed().split(u'-');
        bool okBegin = false, okEnd = false;
        const int begin = ends.value(0).toInt(&okBegin);
        const int end = ends.value(ends.size() - 1).toInt(&okEnd);
        if (okBegin && okEnd && end >= begin)
            count += end - begin + 1;
    }
    return count;
}

QVariant MesosFormat::fraction(double used, double total) {
    if (total <= 0)
        return {};
    return std::clamp(used / total, 0.0, 1.0);
}
