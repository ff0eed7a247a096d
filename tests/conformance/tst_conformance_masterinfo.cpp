// Conformance: every MasterInfo in the real fixtures (ZooKeeper znodes, v1 GET_MASTER,
// leader_info in master state) decodes, and the ZooKeeper listing elects the right node.
#include "TestEnvironment.h"
#include "mesos/MasterInfo.h"
#include "mesos/MesosLeaderDetector.h"
#include "zookeeper/ZkLeaderWatch.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestConformanceMasterInfo : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { MESOSDESK_REQUIRE_FIXTURES(); }

    void zooKeeperListingElectsJsonNode() {
        const QString dir = TestEnvironment::fixturesDir() + QStringLiteral("/mesos");
        const QStringList listings = QDir(dir).entryList({QStringLiteral("zk__*children-listing.json")});
        QVERIFY(!listings.isEmpty());
        for (const QString& name : listings) {
            QFile file(dir + u'/' + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject listing = QJsonDocument::fromJson(file.readAll()).object();
            QStringList children;
            for (const QJsonValue& v : listing.value(QStringLiteral("children")).toArray())
                children << v.toString();
            const QString leader = ZkLeaderWatch::pickLeader(children, [](const QString& n) {
                const auto m = MesosLeaderDetector::parseMember(n);
                return m ? std::optional(ZkLeaderWatch::Member{m->sequence, int(m->label)}) : std::nullopt;
            });
            QVERIFY2(leader.startsWith(QStringLiteral("json.info_")), qPrintable(name));
            // The leader's data is stored beside the listing under the node's name.
            const QString prefix = name.left(name.indexOf(QStringLiteral("children-listing")));
            QFile data(dir + u'/' + prefix + leader + QStringLiteral(".json"));
            QVERIFY2(data.open(QIODevice::ReadOnly), qPrintable(data.fileName()));
            QString error;
            const MasterInfo info = MasterInfo::fromJson(data.readAll(), &error);
            QVERIFY2(!info.isNull(), qPrintable(error));
            QCOMPARE(info.hostPort(), QStringLiteral("localhost:5050"));
            QCOMPARE(info.ip, QStringLiteral("127.0.0.1"));
            QCOMPARE(info.version, QStringLiteral("1.4.0"));
        }
    }

    void everyMasterInfoInTheFixturesDecodes() {
        const QString dir = TestEnvironment::fixturesDir() + QStringLiteral("/mesos");
        int seen = 0;
        for (const QString& name : QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile file(dir + u'/' + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
            if (!doc.isObject())
                continue; // JSON-lines streams and arrays hold no MasterInfo at the top
            const QJsonObject root = doc.object();
            QJsonObject info = root.value(QStringLiteral("get_master")).toObject().value(QStringLiteral("master_info")).toObject();
            if (info.isEmpty())
                info = root.value(QStringLiteral("leader_info")).toObject();
            if (info.isEmpty())
                continue;
            QString error;
            const MasterInfo parsed = MasterInfo::fromJson(QJsonDocument(info).toJson(), &error);
            QVERIFY2(!parsed.isNull(), qPrintable(name + QStringLiteral(": ") + error));
            QVERIFY2(parsed.port > 0, qPrintable(name));
            QVERIFY2(parsed.pid.endsWith(u':' + QString::number(parsed.port)), qPrintable(name));
            ++seen;
        }
        QVERIFY2(seen >= 3, "expected MasterInfo objects in several fixtures");
    }
};

QTEST_GUILESS_MAIN(TestConformanceMasterInfo)
#include "tst_conformance_masterinfo.moc"
