#include "FrameworkCapabilities.h"

#include <QCoreApplication>

namespace {
struct Capability {
    const char* type;
    const char* label;
    const char* description;
};

// mesos.proto, FrameworkInfo.Capability.Type, in its order.
constexpr Capability Known[] = {
    {"REVOCABLE_RESOURCES", QT_TRANSLATE_NOOP("FrameworkCapabilities", "Revocable resources"),
     QT_TRANSLATE_NOOP("FrameworkCapabilities", "Receives revocable resources (oversubscription)")},
    {"TASK_KILLING_STATE", QT_TRANSLATE_NOOP("FrameworkCapabilities", "Task killing state"),
     QT_TRANSLATE_NOOP("FrameworkCapabilities", "Sees TASK_KILLING while a task is being killed")},
    {"GPU_RESOURCES", QT_TRANSLATE_NOOP("FrameworkCapabilities", "GPU resources"),
     QT_TRANSLATE_NOOP("FrameworkCapabilities", "Is offered the resources of agents with GPUs")},
    {"SHARED_RESOURCES", QT_TRANSLATE_NOOP("FrameworkCapabilities", "Shared resources"),
     QT_TRANSLATE_NOOP("FrameworkCapabilities", "Can use shared persistent volumes")},
    {"PARTITION_AWARE", QT_TRANSLATE_NOOP("FrameworkCapabilities", "Partition-aware"),
     QT_TRANSLATE_NOOP("FrameworkCapabilities",
                       "Sees TASK_UNREACHABLE (not TASK_LOST) for tasks on agents cut off from the master")},
    {"MULTI_ROLE", QT_TRANSLATE_NOOP("FrameworkCapabilities", "Multiple roles"),
     QT_TRANSLATE_NOOP("FrameworkCapabilities", "Subscribes with several roles")},
    {"RESERVATION_REFINEMENT", QT_TRANSLATE_NOOP("FrameworkCapabilities", "Reservation refinement"),
     QT_TRANSLATE_NOOP("FrameworkCapabilities", "Understands refined (hierarchical) reservations")},
    {"REGION_AWARE", QT_TRANSLATE_NOOP("FrameworkCapabilities", "Region-aware"),
     QT_TRANSLATE_NOOP("FrameworkCapabilities", "Is offered resources of agents in other regions")},
};

const Capability* find(const QString& type) {
    for (const Capability& c : Known)
        if (type == QLatin1String(c.type))
            return &c;
    return nullptr;
}
} // namespace

QString FrameworkCapabilities::label(const QString& type) {
    const Capability* c = find(type);
    return c ? QCoreApplication::translate("FrameworkCapabilities", c->label) : type;
}

QString FrameworkCapabilities::description(const QString& type) {
    const Capability* c = find(type);
    return c ? QCoreApplication::translate("FrameworkCapabilities", c->description) : QString();
}

QString FrameworkCapabilities::labels(const QStringList& types) {
    if (types.isEmpty())
        return QCoreApplication::translate("FrameworkCapabilities", "none");
    QStringList words;
    for (const QString& type : types)
        words << label(type);
    return words.join(QStringLiteral(", "));
}
