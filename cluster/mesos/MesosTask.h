#pragma once

#include "MesosResources.h"
#include "MesosTaskState.h"
#include "RawJson.h"

#include <QString>

#include <memory>

struct MesosTask {
    enum class Health : qint8 { Unknown, Healthy, Unhealthy };

    QString id;
    QString name;
    QString frameworkId;
    QString agentId;
    QString executorId;
    MesosTaskState state = MesosTaskState::Unknown;
    MesosResources resources;
    double startTime = 0;  // first TASK_RUNNING status, else the first status; epoch seconds
    double updateTime = 0; // the latest status
    Health health = Health::Unknown;
    QString ip;            // first container IP, when reported
    QString key;           // "<framework id>/<task id>", built once by the parser (see MesosKeys::of)
    RawJson raw;           // as first received; status updates from the stream are applied on top
    RawJson latestStatus;  // the newest status update from the event stream, if any came after raw
    size_t rawHash = 0;
};
using MesosTaskPtr = std::shared_ptr<const MesosTask>;
