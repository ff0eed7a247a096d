#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Resources written the two ways Mesos writes them: the v0 endpoints' flat object
// ({"cpus":1,"mem":128,"disk":0,"gpus":0,"ports":"[31000-31001]"}) and the v1 / *_full arrays of
// Resource messages ({name, type: SCALAR|RANGES, scalar{value} | ranges{range[{begin,end}]}}).
struct SimOfferRecord;

struct ResourceAmounts {
    double cpus = 0, mem = 0, disk = 0, gpus = 0;
    QList<QPair<int, int>> portRanges; // inclusive, sorted

    static ResourceAmounts fromPorts(double cpus, double mem, double disk, double gpus, QList<int> ports);
    static ResourceAmounts fromOffer(const SimOfferRecord* offer); // none for null

    QJsonObject toV0() const;                      // "ports" only when there are some, like Mesos
    // role: adds "role" (the deprecated *_full field). Agents list ports first (the order of their
    // --resources), tasks list scalars first (the order frameworks give).
    QJsonArray toV1(const QString& role = {}, bool portsFirst = false) const;
    QJsonArray toV1Allocated(const QString& role) const; // with allocation_info{role}, as in v1 tasks
    QString portsText() const;                     // "[31000-31001, 31005-31005]"
};
