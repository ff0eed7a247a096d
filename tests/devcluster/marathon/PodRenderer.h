#pragma once

#include <QJsonObject>

class PodScheduler;
struct PodInstance;
struct SimPod;

// Marathon's JSON for a pod's status (GET /v2/pods/{id}::status, PodStatusConversion) and for
// a killed instance (raml Instance).
class PodRenderer {
public:
    static QJsonObject status(const PodScheduler& scheduler, const SimPod& pod);
    static QJsonObject instanceStatus(const SimPod& pod, const PodInstance& instance);
    static QJsonObject instance(const PodInstance& instance);
};
