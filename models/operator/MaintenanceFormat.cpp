#include "MaintenanceFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace {
// The two largest units of a span, so it stays short ("2 d 4 h", "5 min 10 s").
QString span(qint64 seconds) {
    struct Unit {
        qint64 seconds;
        const char* text;
    };
    static const Unit units[] = {{86400, QT_TRANSLATE_NOOP("MaintenanceFormat", "%1 d")},
                                 {3600, QT_TRANSLATE_NOOP("MaintenanceFormat", "%1 h")},
                                 {60, QT_TRANSLATE_NOOP("MaintenanceFormat", "%1 min")},
                                 {1, QT_TRANSLATE_NOOP("MaintenanceFormat", "%1 s")}};
    QStringList parts;
    qint64 rest = seconds;
    bool started = false;
    for (const Unit& unit : units) {
        const qint64 count = rest / unit.seconds;
        rest %= unit.seconds;
        if (started || count > 0) {
            if (count > 0)
                parts << QCoreApplication::translate("MaintenanceFormat", unit.text).arg(count);
            if (started)
                break;
            started = true;
        }
    }
    return parts.isEmpty() ? QCoreApplication::translate("MaintenanceFormat", "%1 s").arg(0)
                           : parts.join(u' ');
}
} // namespace

namespace MaintenanceFormat {

QString localTime(qint64 epochNanos) {
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(epochNanos / 1000000).toLocalTime();
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString relative(qint64 epochNanos, qint64 nowMsecs) {
    const qint64 delta = epochNanos / 1000000 - nowMsecs;
    if (qAbs(delta) < 1000)
        return QCoreApplication::translate("MaintenanceFormat", "now");
    // Past a minute, whole minutes (rounded towards now): the view rewords it every few seconds,
    // so seconds would be stale between two ticks.
    qint64 seconds = qAbs(delta) / 1000;
    if (seconds >= 60)
        seconds -= seconds % 60;
    const QString length = span(seconds);
    return delta > 0 ? QCoreApplication::translate("MaintenanceFormat", "in %1").arg(length)
                     : QCoreApplication::translate("MaintenanceFormat", "%1 ago").arg(length);
}

QString duration(qint64 nanos) {
    return span(nanos / 1000000000);
}

} // namespace MaintenanceFormat
