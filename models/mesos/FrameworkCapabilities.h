#pragma once

#include <QString>
#include <QStringList>

// FrameworkInfo.Capability.Type (mesos.proto) in words an operator reads, with what each one
// lets the framework do; a type this console does not know keeps its Mesos name.
namespace FrameworkCapabilities {
QString label(const QString& type);       // "PARTITION_AWARE" -> "Partition-aware"
QString description(const QString& type); // empty for an unknown type
QString labels(const QStringList& types); // comma-separated labels; "none" when empty
} // namespace FrameworkCapabilities
