#pragma once

#include "operator/MesosRole.h"

#include <QString>

// ResourceQuantities as the operator reads them: "CPUs 2, mem 1 GiB, disk 2 GiB, GPUs 1";
// other names ("ports", custom resources) follow as "name value".
namespace QuantitiesFormat {
QString text(const ResourceQuantities& amounts);
QString amount(const QString& name, double value); // one of them: "1 GiB" for mem
} // namespace QuantitiesFormat
