#pragma once

#include "operator/MesosRole.h"

#include <QString>

// ResourceQuantities as the operator reads them: "2 CPUs, 1 GiB mem, 2 GiB disk, 1 GPU";
// other names ("ports", custom resources) follow as "name value".
namespace QuantitiesFormat {
QString text(const ResourceQuantities& amounts);
QString amount(const QString& name, double value); // one of them: "1 GiB" for mem
} // namespace QuantitiesFormat
