// The devcluster's flags and logging answers against the real ones: GET_FLAGS key by key with
// both GET_FLAGS fixtures (every flag both real masters list is there, every flag ours lists
// is a real master flag, every value a string), /master/flags and /flags the same map;
// GET_LOGGING_LEVEL in the fixture's shape, SET_LOGGING_LEVEL with the docs' request answering
// 200 (not the docs' 202), and /logging/toggle with libprocess's answers and error texts, per
// process (a standby answers for itself).
#include "DevCluster.h"
#include "HttpFetch.h"
#include "SimAgentNode.h"
#include "SimCluster.h"
#include "SimMaster.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// Real master flags that neither fixture lists, each with why.
// Both fixtures' masters were configured so (not Mesos's defaults); the devcluster is not.
const QSet<QString> ConfiguredDifferently{
    QStringLiteral("authenticate_http_readonly"),  // both ask for HTTP credentials; the devcluster
    QStringLiteral("authenticate_http_readwrite"), // does only with --auth, like a default master
};

const QHash<QString, QString> NotInFixtures{
    {QStringLiteral("hostname"),
     QStringLiteral("an Option flag, listed only when set: every devcluster master sets it")},
    {QStringLiteral("ip"),
     QStringLiteral("the same (the fixtures' masters found theirs by ip_discovery_command or not at all)")},
};

QJsonObject fixture(const QString& path) {
    QFile file(TestEnvironment::fixturesDir() + u'/' + path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QMap<QString, QJsonValue> flagMap(const QJsonObject& getFlags) {
    QMap<QString, QJsonValue> flags;
    for (const QJsonValue flag :
         getFlags.value(QStringLiteral("get_flags")).toObject().value(QStringLiteral("flags")).toArray())
        flags.insert(flag.toObject().value(QStringLiteral("name")).toString(),
                     flag.toObject().value(QStringLiteral("value")));
    return flags;
}
} // namespace

class ConformanceMasterFlags : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DevCluster> m_cluster;
    QString m_leader;

    HttpFetch v1(const QByteArray& body) const {
        return HttpFetch::post(m_leader + QStringLiteral("/api/v1"), body);
    }
    QString standby() const {
        for (SimMaster* master : m_cluster->masters())
            if (master != m_cluster->leader())
                return master->url();
        return {};
    }

private slots:
    void initTestCase() {
        MESOSDESK_REQUIRE_FIXTURES();
        MESOSDESK_REQUIRE_ZK();
        m_dir = std::make_unique<QTemporaryDir>();
        DevClusterOptions options;
        options.zkHosts = TestEnvironment::zooKeeperHosts();
        options.zkPath = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
        options.marathonZkPath = TestEnvironment::uniqueZnodePath(QStringLiteral("marathon"));
        options.masters = 2;
        options.agents = 1;
        options.workDir = m_dir->path();
        m_cluster = std::make_unique<DevCluster>(options);
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        QVERIFY(TestEnvironment::waitUntil([this] { return m_cluster->isReady(); }, 20000));
        m_leader = m_cluster->leader()->url();
    }
    void cleanupTestCase() {
        if (m_cluster)
            m_cluster->stop();
        m_cluster.reset();
    }

    void getFlagsKeyByKey() {
        const HttpFetch reply = v1(R"({"type":"GET_FLAGS"})");
        QCOMPARE(reply.status, 200);
        const QJsonObject ours = reply.json().object();
        QCOMPARE(ours.value(QStringLiteral("type")).toString(), QStringLiteral("GET_FLAGS"));
        const QMap<QString, QJsonValue> flags = flagMap(ours);
        const QMap<QString, QJsonValue> docs =
            flagMap(fixture(QStringLiteral("mesos-operator/apache-mesos__doc-get-flags-response.json")));
        const QMap<QString, QJsonValue> dcos =
            flagMap(fixture(QStringLiteral("mesos/dcos-ui__v1__get_flags.json")));
        QVERIFY(docs.size() == 37 && dcos.size() == 52);
        QStringList missing, unknown;
        for (auto it = docs.cbegin(); it != docs.cend(); ++it)
            if (dcos.contains(it.key()) && !flags.contains(it.key()))
                missing << it.key();
        for (auto it = flags.cbegin(); it != flags.cend(); ++it) {
            QVERIFY2(it.value().isString(), qPrintable(it.key())); // all values strings, as Mesos writes them
            if (!docs.contains(it.key()) && !dcos.contains(it.key()) && !NotInFixtures.contains(it.key()))
                unknown << it.key();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("listed by both real masters, not by ours: ") +
                                               missing.join(u' ')));
        QVERIFY2(unknown.isEmpty(),
                 qPrintable(QStringLiteral("not a master flag of any fixture: ") + unknown.join(u' ')));
        // Where both real masters say the same (their defaults), ours says it too, word for word
        // ("hierarchical" once stood for the allocator both call HierarchicalDRF).
        QStringList differ;
        for (auto it = docs.cbegin(); it != docs.cend(); ++it)
            if (dcos.value(it.key()) == it.value() && flags.contains(it.key()) &&
                flags.value(it.key()) != it.value() && !ConfiguredDifferently.contains(it.key()))
                differ << QStringLiteral("%1=%2 (real: %3)")
                              .arg(it.key(), flags.value(it.key()).toString(), it.value().toString());
        QVERIFY2(differ.isEmpty(), qPrintable(differ.join(u' ')));
        // Sorted by name, as the master's flag map is.
        const QJsonArray list =
            ours.value(QStringLiteral("get_flags")).toObject().value(QStringLiteral("flags")).toArray();
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY(list.at(i - 1).toObject().value(QStringLiteral("name")).toString() <
                    list.at(i).toObject().value(QStringLiteral("name")).toString());
        for (const QJsonValue flag : list)
            QCOMPARE(flag.toObject().keys(), (QStringList{QStringLiteral("name"), QStringLiteral("value")}));
    }

    void v0FlagsAreTheSameMap() {
        const QMap<QString, QJsonValue> v1Flags = flagMap(v1(R"({"type":"GET_FLAGS"})").json().object());
        for (const QString& path : {QStringLiteral("/master/flags"), QStringLiteral("/flags")}) {
            const HttpFetch reply = HttpFetch::get(m_leader + path);
            QCOMPARE(reply.status, 200);
            const QJsonObject map = reply.json().object().value(QStringLiteral("flags")).toObject();
            QCOMPARE(map.size(), v1Flags.size());
            for (auto it = v1Flags.cbegin(); it != v1Flags.cend(); ++it)
                QCOMPARE(map.value(it.key()), it.value());
        }
        // A standby redirects both to the leader.
        const HttpFetch redirected = HttpFetch::get(standby() + QStringLiteral("/master/flags"));
        QCOMPARE(redirected.status, 307);
    }

    void loggingLevelAsTheRealOne() {
        const QJsonObject real =
            fixture(QStringLiteral("mesos-operator/apache-mesos__doc-get-logging-level-response.json"));
        const HttpFetch reply = v1(R"({"type":"GET_LOGGING_LEVEL"})");
        QCOMPARE(reply.status, 200);
        const QJsonObject ours = reply.json().object();
        QCOMPARE(ours.keys(), real.keys());
        QCOMPARE(ours.value(QStringLiteral("get_logging_level")).toObject().keys(),
                 real.value(QStringLiteral("get_logging_level")).toObject().keys());
        QCOMPARE(ours, real); // both level 0: a master started without --v
    }

    void setLoggingLevelWithTheDocsRequest() {
        QFile file(TestEnvironment::fixturesDir() +
                   QStringLiteral("/mesos-operator/apache-mesos__doc-set-logging-level-request.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const HttpFetch set = v1(file.readAll());
        QCOMPARE(set.status, 200); // the docs say 202; the code answers 200
        QVERIFY(set.body.isEmpty());
        QCOMPARE(v1(R"({"type":"GET_LOGGING_LEVEL"})")
                     .json()
                     .object()
                     .value(QStringLiteral("get_logging_level"))
                     .toObject()
                     .value(QStringLiteral("level"))
                     .toInt(),
                 1);
        QCOMPARE(HttpFetch::get(m_leader + QStringLiteral("/logging/toggle")).body, QByteArray("1\n"));
        const HttpFetch missing = v1(R"({"type":"SET_LOGGING_LEVEL","set_logging_level":{"level":1}})");
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.body.contains("Missing required fields: set_logging_level.duration"));
        const HttpFetch absent = v1(R"({"type":"SET_LOGGING_LEVEL"})");
        QCOMPARE(absent.status, 400);
        QCOMPARE(absent.body,
                 QByteArray("Failed to validate master::Call: Expecting 'set_logging_level' to be present"));
        // Back to 0 for what follows: a 1 ns level is over at once.
        QCOMPARE(
            v1(R"({"type":"SET_LOGGING_LEVEL","set_logging_level":{"level":0,"duration":{"nanoseconds":1}}})")
                .status,
            200);
    }

    void loggingToggle_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no duration") << "?level=1" << 400
                                     << QByteArray("Expecting 'duration=value' in query.\n");
        QTest::newRow("no level") << "?duration=1mins" << 400
                                  << QByteArray("Expecting 'level=value' in query.\n");
        QTest::newRow("negative") << "?level=-1&duration=1mins" << 400 << QByteArray("Invalid level '-1'.\n");
        QTest::newRow("not a number")
            << "?level=x&duration=1mins" << 400 << QByteArray("Failed to convert 'x' to number.\n");
        QTest::newRow("bad duration")
            << "?level=1&duration=10" << 400 << QByteArray("Invalid duration '10'.\n");
        QTest::newRow("raised") << "?level=2&duration=10mins" << 200 << QByteArray();
        QTest::newRow("level now") << "" << 200 << QByteArray("2\n");
    }
    void loggingToggle() {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const HttpFetch reply = HttpFetch::get(m_leader + QStringLiteral("/logging/toggle") + query);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.body, body);
    }

    void togglePerProcess() {
        // The standby is not redirected: its own level, untouched by the leader's.
        const HttpFetch own = HttpFetch::get(standby() + QStringLiteral("/logging/toggle"));
        QCOMPARE(own.status, 200);
        QCOMPARE(own.body, QByteArray("0\n"));
        QCOMPARE(m_cluster->leader()->loggingLevel(), 2);
        // Agents have one too.
        const QString agent = m_cluster->agents().first()->url();
        QCOMPARE(HttpFetch::get(agent + QStringLiteral("/logging/toggle?level=1&duration=30secs")).status,
                 200);
        QCOMPARE(HttpFetch::get(agent + QStringLiteral("/logging/toggle")).body, QByteArray("1\n"));
        // A raised level goes back by itself when its time is up.
        QCOMPARE(HttpFetch::get(m_leader + QStringLiteral("/logging/toggle?level=3&duration=200ms")).status,
                 200);
        QVERIFY(
            TestEnvironment::waitUntil([this] { return m_cluster->leader()->loggingLevel() == 0; }, 5000));
    }
};

QTEST_GUILESS_MAIN(ConformanceMasterFlags)
#include "tst_conformance_masterflags.moc"
