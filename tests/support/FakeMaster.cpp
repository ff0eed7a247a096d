#include "FakeMaster.h"

#include "mesos/MasterInfo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include "TestEnvironment.h"

#include <QUuid>

#include <zookeeper/zookeeper.h>

FakeMaster::FakeMaster(const QString& hosts, const QString& path, QObject* parent) : QObject(parent), m_path(path) {
    m_session.open(hosts);
    TestEnvironment::waitUntil([this] { return m_session.state() == ZkSession::State::Connected; }, 5000);
}

QString FakeMaster::registerNode(const QString& prefix, const QByteArray& data) {
    bool done = false;
    QString created;
    m_session.ensurePath(m_path, [&](int rc) {
        if (rc != ZOK) {
            done = true;
            return;
        }
        m_session.create(m_path + u'/' + prefix, data, ZkSession::CreateMode::EphemeralSequential,
                         [&](int createRc, const QString& path) {
                             if (createRc == ZOK)
                                 created = path;
                             done = true;
                         });
    });
    TestEnvironment::waitUntil([&] { return done; }, 5000);
    return created;
}

QByteArray FakeMaster::masterInfoJson(const QString& host, int port, const QString& version) {
    const QJsonObject address{{QStringLiteral("hostname"), host},
                              {QStringLiteral("ip"), QStringLiteral("127.0.0.1")},
                              {QStringLiteral("port"), port}};
    const QJsonObject info{{QStringLiteral("address"), address},
                           {QStringLiteral("hostname"), host},
                           {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                           {QStringLiteral("ip"), qint64(MasterInfo::packedFromIp(QStringLiteral("127.0.0.1")))},
                           {QStringLiteral("pid"), QStringLiteral("master@127.0.0.1:%1").arg(port)},
                           {QStringLiteral("port"), port},
                           {QStringLiteral("version"), version}};
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}
