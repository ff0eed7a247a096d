#pragma once

#include "HttpServer.h"

#include <QJsonObject>

class SimCluster;

// The operator console's calls on the leading simulated master: the v1 calls on roles, quota
// and weights (POST /api/v1) and their v0 endpoints, answered with the status codes and texts
// of src/master/http.cpp, quota_handler.cpp and weights_handler.cpp. Actions answer 200 with an
// empty body (the docs' 202 is wrong); errors are 400 with the master's plain-text message.
namespace SimOperatorCalls {
struct Answer {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
};
// A v1 call this file serves: true and the answer; false for any other type.
bool handleCall(SimCluster& cluster, const QString& type, const QJsonObject& call, Answer* answer);
// A v0 endpoint this file serves (path without the query): true and the answer.
bool handleEndpoint(SimCluster& cluster, const HttpRequest& request, Answer* answer);
} // namespace SimOperatorCalls
