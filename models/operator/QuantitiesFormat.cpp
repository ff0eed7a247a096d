#include "QuantitiesFormat.h"

#include "MesosFormat.h"

#include <QCoreApplication>
#include <QStringList>

namespace {} // namespace

namespace QuantitiesFormat {

QString amount(const QString& name, double value) {
    if (name == QLatin1String("mem") || name == QLatin1String("disk"))
        return MesosFormat::memory(value);
    return MesosFormat::scalar(value);
}

QString text(const ResourceQuantities& amounts) {
    QStringList parts;
    // The usual four first, in the order the Mesos UI uses.
    const QString cpus = QStringLiteral("cpus"), mem = QStringLiteral("mem"), disk = QStringLiteral("disk"),
                  gpus = QStringLiteral("gpus");
    if (amounts.contains(cpus))
        parts << QCoreApplication::translate("QuantitiesFormat", "CPUs %1")
                     .arg(MesosFormat::scalar(amounts.value(cpus)));
    if (amounts.contains(mem))
        parts << QCoreApplication::translate("QuantitiesFormat", "mem %1")
                     .arg(MesosFormat::memory(amounts.value(mem)));
    if (amounts.contains(disk))
        parts << QCoreApplication::translate("QuantitiesFormat", "disk %1")
                     .arg(MesosFormat::memory(amounts.value(disk)));
    if (amounts.contains(gpus))
        parts << QCoreApplication::translate("QuantitiesFormat", "GPUs %1")
                     .arg(MesosFormat::scalar(amounts.value(gpus)));
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
        if (it.key() != cpus && it.key() != mem && it.key() != disk && it.key() != gpus)
            parts << QStringLiteral("%1 %2").arg(it.key(), MesosFormat::scalar(it.value()));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace QuantitiesFormat
