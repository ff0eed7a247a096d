#pragma once

#include "net/ApiError.h"

#include <QString>

// The outcome of one mutating Marathon call: a deployment (id, version) or an ApiError.
struct MarathonResult {
    ApiError error;
    int httpStatus = 0;
    QString deploymentId;
    QString version;

    bool ok() const { return !error.isError(); }
    bool isLocked() const { return error.httpStatus == 409 && !error.deploymentIds.isEmpty(); }
};
