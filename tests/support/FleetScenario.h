#pragma once

#include "DevClusterProcess.h"
#include "TestEnvironment.h"
#include "connections/Profile.h"
#include "connections/ProfileStore.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <memory>
#include <vector>

// Ten profiles, three of them dead, for the fleet test and the fleet bench: seven ways into one
// devcluster (ZooKeeper, the leader's URL, a standby's URL, Marathon named or found), a port
// that accepts and never answers, a refused port, and a ZooKeeper path where no master leads.
class FleetScenario {
public:
    static constexpr int LiveCount = 7;

    bool start(int pollMs) {
        if (!m_devcluster.start(2, 2))
            return false;
        // Accepts every connection and never says a word.
        QObject::connect(&m_silent, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* socket = m_silent.nextPendingConnection())
                m_held.push_back(std::unique_ptr<QTcpSocket>(socket));
        });
        if (!m_silent.listen(QHostAddress::LocalHost))
            return false;
        QTcpServer probe; // a port that was free a moment ago, and nobody listens on now
        if (!probe.listen(QHostAddress::LocalHost))
            return false;
        const quint16 refused = probe.serverPort();
        probe.close();

        const QString zk = m_devcluster.zkUrl();
        const QJsonArray masters =
            m_devcluster.control("GET", QStringLiteral("/state")).value(u"masters").toArray();
        QString leader, standby;
        for (const QJsonValue& m : masters)
            (m[u"leading"].toBool() ? leader : standby) = m[u"url"].toString();
        const QString marathon = m_devcluster.ready().value(u"marathon").toArray().first().toString();
        const QString zkHosts = TestEnvironment::zooKeeperHosts();
        auto add = [&](const QString& name, const QString& zkUrl, const QString& master,
                       const QString& marathonUrl) {
            Profile p;
            p.id = ProfileStore::newId();
            p.name = name;
            p.zkUrl = zkUrl;
            if (!master.isEmpty())
                p.masterUrls = {master};
            p.marathonUrl = marathonUrl;
            p.marathonZkPath = m_devcluster.marathonZkPath();
            p.mesosPollMs = pollMs;
            profiles.append(p);
        };
        add(QStringLiteral("live zk"), zk, {}, {});
        add(QStringLiteral("live zk, marathon named"), zk, {}, marathon);
        add(QStringLiteral("live leader url"), {}, leader, marathon);
        add(QStringLiteral("live standby url"), {}, standby, {});
        add(QStringLiteral("live zk 2"), zk, {}, {});
        add(QStringLiteral("live leader url 2"), {}, leader, {});
        add(QStringLiteral("live zk 3"), zk, {}, marathon);
        add(QStringLiteral("dead silent"), {},
            QStringLiteral("http://127.0.0.1:%1").arg(m_silent.serverPort()), {});
        add(QStringLiteral("dead refused"), {}, QStringLiteral("http://127.0.0.1:%1").arg(refused), {});
        add(QStringLiteral("dead no leader"),
            QStringLiteral("zk://%1%2")
                .arg(zkHosts, TestEnvironment::uniqueZnodePath(QStringLiteral("nobody"))),
            {}, {});
        leaderUrl = leader;
        return true;
    }

    DevClusterProcess& devcluster() { return m_devcluster; }
    QList<Profile> profiles; // the live ones first, then silent, refused, no leader
    QString leaderUrl;

private:
    DevClusterProcess m_devcluster;
    QTcpServer m_silent;
    std::vector<std::unique_ptr<QTcpSocket>> m_held;
};
