#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <optional>

// A pod as GET /v2/pods/::status gives it: its specification (the parts the console shows, the
// whole of it in specJson for the editor) and, where the status was read, the live picture:
// instances with their containers, conditions and endpoints, and the recent terminations.
// Values a server did not send stay empty (nullopt), never zero made up.
struct MarathonPod {
    struct Resources {
        double cpus = 0;
        double mem = 0;
        double disk = 0;
        double gpus = 0;
        bool known = false; // the server sent a resources object
        bool operator==(const Resources&) const = default;
    };
    struct Condition {
        QString name;
        QString value;
        QString reason;
        QString lastChanged;
        bool operator==(const Condition&) const = default;
    };
    struct Endpoint { // a container's endpoint: spec (containerPort/hostPort) or status (allocated)
        QString name;
        std::optional<int> containerPort;
        std::optional<int> hostPort;
        std::optional<int> allocatedHostPort;
        std::optional<bool> healthy;
        QStringList protocols;
        bool operator==(const Endpoint&) const = default;
    };
    struct VolumeMount {
        QString name;
        QString mountPath;
        bool readOnly = false;
        bool operator==(const VolumeMount&) const = default;
    };
    struct Volume {
        QString name;
        QString host; // a host path volume
        bool persistent = false;
        bool operator==(const Volume&) const = default;
    };
    struct ContainerSpec {
        QString name;
        Resources resources;
        QString image; // "DOCKER busybox"
        QString command;
        QList<Endpoint> endpoints;
        QList<VolumeMount> volumeMounts;
        bool hasHealthCheck = false;
        bool operator==(const ContainerSpec&) const = default;
    };
    struct Termination {
        std::optional<int> exitCode;
        QString message;
        bool known = false;
        bool operator==(const Termination&) const = default;
    };
    struct ContainerStatus {
        QString name;
        QString status; // the Mesos task state, TASK_RUNNING...
        QString statusSince;
        QString message;
        QString containerId; // the Mesos task id
        QList<Condition> conditions;
        QList<Endpoint> endpoints;
        Resources resources;
        Termination termination;
        QString lastChanged;
        bool operator==(const ContainerStatus&) const = default;
    };
    struct Instance {
        QString id;
        QString status; // PENDING, STAGING, STABLE, DEGRADED, TERMINAL
        QString statusSince;
        QString message;
        QList<Condition> conditions;
        QString agentHostname;
        QString agentId;
        QString agentRegion;
        QString agentZone;
        Resources resources;
        QList<ContainerStatus> containers;
        QString specReference;
        QString lastChanged;
        QString role;
        bool operator==(const Instance&) const = default;
    };
    struct ContainerTermination {
        QString containerId;
        QString lastKnownState;
        Termination termination;
        bool operator==(const ContainerTermination&) const = default;
    };
    struct TerminatedInstance {
        QString instanceId;
        QString startedAt;
        QString terminatedAt;
        QString message;
        QList<ContainerTermination> containers;
        bool operator==(const TerminatedInstance&) const = default;
    };

    // The specification.
    QString id;
    QString version;
    std::optional<int> instances; // scaling.instances (Marathon's default is 1 when absent)
    std::optional<int> maxInstances;
    QString user;
    QString role;
    QMap<QString, QString> labels;
    QList<ContainerSpec> containers;
    QList<Volume> volumes;
    QStringList networks; // "host", "container/dcos", "container/bridge"
    QByteArray specJson;  // the definition as the server sent it

    // The status (only from ::status).
    bool statusKnown = false;
    QString status; // DEGRADED, STABLE, TERMINAL
    QString statusSince;
    QString message;
    QList<Instance> instanceStatus;
    QList<TerminatedInstance> terminationHistory;
    QString lastChanged;

    int desiredInstances() const { return instances.value_or(1); }
    int stableInstances() const {
        return int(std::count_if(instanceStatus.begin(), instanceStatus.end(),
                                 [](const Instance& i) { return i.status == QLatin1String("STABLE"); }));
    }
    // lastUpdated is left out on purpose: it moves on every read, and a model compares pods.
    bool operator==(const MarathonPod&) const = default;
};
