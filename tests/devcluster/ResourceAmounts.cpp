#include "ResourceAmounts.h"

#include "SimRecords.h"

#include <algorithm>

ResourceAmounts ResourceAmounts::fromPorts(double cpus, double mem, double disk, double gpus, QList<int> ports) {
    ResourceAmounts amounts{cpus, mem, disk, gpus, {}};
    std::sort(ports.begin(), ports.end());
    for (int port : ports) {
        if (!amounts.portRanges.isEmpty() && amounts.portRanges.last().second + 1 == port)
            amounts.portRanges.last().second = port;
        else
            amounts.portRanges.append({port, port});
    }
    return amounts;
}

QString ResourceAmounts::portsText() const {
    QStringList parts;
    for (const auto& [begin, end] : portRanges)
        parts << QStringLiteral("%1-%2").arg(begin).arg(end);
    return u'[' + parts.join(QStringLiteral(", ")) + u']';
}

QJsonObject ResourceAmounts::toV0() const {
    QJsonObject object{{QStringLiteral("cpus"), cpus},
                       {QStringLiteral("mem"), mem},
                       {QStringLiteral("disk"), disk},
                       {QStringLiteral("gpus"), gpus}};
    if (!portRanges.isEmpty())
        object.insert(QStringLiteral("ports"), portsText());
    return object;
}

namespace {
QJsonObject scalar(const QString& name, double value) {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("SCALAR")},
            {QStringLiteral("scalar"), QJsonObject{{QStringLiteral("value"), value}}}};
}
} // namespace

QJsonArray ResourceAmounts::toV1(const QString& role, bool portsFirst) const {
    QJsonArray array;
    QJsonObject ports;
    if (!portRanges.isEmpty()) {
        QJsonArray ranges;
        for (const auto& [begin, end] : portRanges)
            ranges.append(QJsonObject{{QStringLiteral("begin"), begin}, {QStringLiteral("end"), end}});
        ports = QJsonObject{{QStringLiteral("name"), QStringLiteral("ports")},
                            {QStringLiteral("type"), QStringLiteral("RANGES")},
                            {QStringLiteral("ranges"), QJsonObject{{QStringLiteral("range"), ranges}}}};
        if (portsFirst)
            array.append(ports);
    }
    // Mesos leaves out zero scalars (gpus on a machine without GPUs, disk 0 of a task).
    const QList<QPair<QString, double>> scalars{{QStringLiteral("cpus"), cpus},
                                                {QStringLiteral("mem"), mem},
                                                {QStringLiteral("disk"), disk},
                                                {QStringLiteral("gpus"), gpus}};
    for (const auto& [name, value] : scalars) {
        if (value > 0)
            array.append(scalar(name, value));
    }
    if (!portsFirst && !ports.isEmpty())
        array.append(ports);
    if (!role.isEmpty()) {
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonObject resource = array.at(i).toObject();
            resource.insert(QStringLiteral("role"), role);
            array.replace(i, resource);
        }
    }
    return array;
}

QJsonArray ResourceAmounts::toV1Allocated(const QString& role) const {
    QJsonArray array = toV1();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QJsonObject resource = array.at(i).toObject();
        resource.insert(QStringLiteral("allocation_info"), QJsonObject{{QStringLiteral("role"), role}});
        array.replace(i, resource);
    }
    return array;
}

ResourceAmounts ResourceAmounts::fromOffer(const SimOfferRecord* offer) {
    return offer ? fromPorts(offer->cpus, offer->mem, offer->disk, offer->gpus, offer->ports)
                 : ResourceAmounts();
}
