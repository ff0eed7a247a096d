#pragma once

#include "HttpServer.h"

#include <QObject>

class DevCluster;

// The devcluster's control API (docs/devcluster.md): state, killing and restarting masters,
// agents and Marathon instances, faults, dropping streams, and launching plain tasks.
// It is never subject to faults itself.
class ControlServer : public QObject {
    Q_OBJECT
public:
    ControlServer(DevCluster* cluster, QObject* parent = nullptr);

    bool listen(quint16 port) { return m_server.listen(port); }
    void close() { m_server.close(); }
    QString baseUrl() const { return m_server.baseUrl(); }

private:
    void handle(const HttpRequest& request, HttpResponder* responder);
    void launch(const HttpRequest& request, HttpResponder* responder);

    DevCluster* m_cluster;
    HttpServer m_server;
    QString m_frameworkId;
};
