#pragma once

#include "zookeeper/ZkSession.h"

#include <QObject>
#include <QString>

// A Mesos master as ZooKeeper sees it: its own session and one ephemeral sequential
// membership node. Closing the session (or destroying this) removes the node.
class FakeMaster : public QObject {
    Q_OBJECT
public:
    FakeMaster(const QString& hosts, const QString& path, QObject* parent = nullptr);

    // Creates the sequential node <path>/<prefix><seq> holding data, e.g. prefix "json.info_"
    // or "_c_<uuid>-latch-"; returns the node's full path, empty on failure.
    QString registerNode(const QString& prefix, const QByteArray& data);
    void close() { m_session.close(); }
    ZkSession& session() { return m_session; }

    static QByteArray masterInfoJson(const QString& host, int port, const QString& version = QStringLiteral("1.11.0"));

private:
    ZkSession m_session;
    QString m_path;
};
