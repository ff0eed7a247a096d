#pragma once

#include <QString>

// lastTaskFailure of an app: why the last task died.
struct MarathonTaskFailure {
    QString taskId;
    QString state;
    QString message;
    QString host;
    QString timestamp;
    QString version;
    QString slaveId;

    bool isNull() const { return taskId.isEmpty() && message.isEmpty(); }
    bool operator==(const MarathonTaskFailure&) const = default;
};
