// Conformance: the agent states, browse listings and /files/read answers in ../shared/fixtures.
#include "TestEnvironment.h"
#include "sandbox/AgentState.h"
#include "sandbox/FilesReadChunk.h"
#include "sandbox/SandboxFileEntry.h"

#include <QtTest>

namespace {
QByteArray fixture(const QString& name) {
    QFile file(TestEnvironment::fixturesDir() + QStringLiteral("/mesos/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
} // namespace

class TestConformanceSandbox : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { MESOSDESK_REQUIRE_FIXTURES(); }

    void agentStates_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("agentUrl"); // empty: the fixture is trimmed to frameworks
        QTest::addColumn<int>("executors");
        QTest::newRow("dcos-ui 0.27") << QStringLiteral("dcos-ui__1-service-with-executor-task__slave-state.json")
                                      << QStringLiteral("http://10.0.1.109:5051") << 1;
        QTest::newRow("dcos-metrics trimmed") << QStringLiteral("dcos-metrics__agent-state.json") << QString() << 1;
        QTest::newRow("dcos-net 0.29") << QStringLiteral("dcos-net__dcos_dns__state5.json")
                                       << QStringLiteral("http://10.10.0.38:5051") << -1;
        QTest::newRow("dcos-net 1.4 ucr") << QStringLiteral("dcos-net__ucr-bridge-mode-net-info.json")
                                          << QStringLiteral("http://10.0.2.5:5051") << 1;
        QTest::newRow("dcos-net 1.5") << QStringLiteral("dcos-net__dcos_l4lb__state6.json")
                                      << QStringLiteral("http://172.18.0.3:5051") << 1;
    }
    void agentStates() {
        QFETCH(QString, file);
        QFETCH(QString, agentUrl);
        QFETCH(int, executors);
        const QByteArray json = fixture(file);
        QVERIFY2(!json.isEmpty(), qPrintable(file));
        QString error;
        const auto state = AgentState::parse(json, &error);
        QVERIFY2(state, qPrintable(error));
        QCOMPARE(state->agentUrl().toString(), agentUrl);
        if (executors >= 0)
            QCOMPARE(state->executors.size(), executors);
        QVERIFY(!state->executors.isEmpty());
        // Every executor with a directory is found again, by its id and by each of its tasks.
        int withDirectory = 0;
        for (const AgentState::Executor& e : state->executors) {
            if (e.directory.isEmpty())
                continue;
            ++withDirectory;
            QVERIFY(e.directory.startsWith(u'/'));
            QVERIFY(e.directory.contains(QStringLiteral("/executors/")));
            QCOMPARE(state->sandboxDirectory(e.frameworkId, e.id, QString()), e.directory);
            for (const QString& task : e.taskIds) {
                const QString dir = state->sandboxDirectory(e.frameworkId, QString(), task);
                QVERIFY2(dir.startsWith(e.directory) || !dir.isEmpty(), qPrintable(task));
            }
        }
        if (!agentUrl.isEmpty())
            QVERIFY(withDirectory > 0);
    }
    void completedExecutorsInDcosNet() {
        const auto state = AgentState::parse(fixture(QStringLiteral("dcos-net__dcos_dns__state5.json")));
        QVERIFY(state);
        int completed = 0;
        for (const AgentState::Executor& e : state->executors)
            completed += e.completedExecutor ? 1 : 0;
        QVERIFY(completed > 10);
        const AgentState::Executor* found = nullptr;
        const QString task = QStringLiteral("integration-test-b00b4736844d467c87773b0381d16cc1.ba3b51a4-2752-11e6-91da-0e1747f52e50");
        const QString dir = state->sandboxDirectory(QStringLiteral("a7f0a28e-65c5-4287-9adc-d2da050d9820-0000"), QString(),
                                                    task, &found);
        QVERIFY(dir.endsWith(QStringLiteral("/runs/d327fb12-9077-483c-9d19-43a8645a0258")));
        QVERIFY(found && found->completedExecutor);
    }
    void browseListings_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("dcos-ui") << QStringLiteral("dcos-ui__1-service-with-executor-task__browse.json");
        QTest::newRow("mesos-cli") << QStringLiteral("mesos-cli__browse_twisted.json");
    }
    void browseListings() {
        QFETCH(QString, file);
        QString error;
        const auto entries = SandboxFileEntry::parseList(fixture(file), &error);
        QVERIFY2(entries, qPrintable(error));
        QVERIFY(!entries->isEmpty());
        for (const SandboxFileEntry& e : *entries) {
            QVERIFY(e.path.startsWith(u'/'));
            QVERIFY(!e.name().isEmpty());
            QVERIFY(!e.name().contains(u'/'));
            QCOMPARE(e.mode.size(), 10);
            QVERIFY(e.mtime.isValid());
            QVERIFY(e.size >= 0);
        }
    }
    void dcosUiBrowseHasStdoutAndStderr() {
        const auto entries = SandboxFileEntry::parseList(fixture(QStringLiteral("dcos-ui__1-service-with-executor-task__browse.json")));
        QVERIFY(entries);
        QStringList names;
        for (const SandboxFileEntry& e : *entries)
            names << e.name();
        QVERIFY(names.contains(QStringLiteral("stdout")));
        QVERIFY(names.contains(QStringLiteral("stderr")));
    }
    void filesRead() {
        QString error;
        const auto chunk = FilesReadChunk::parse(fixture(QStringLiteral("dcos-ui__1-service-with-executor-task__files-read.json")), &error);
        QVERIFY2(chunk, qPrintable(error));
        QCOMPARE(chunk->offset, 0);
        QVERIFY(chunk->data.startsWith("Preparing rootfs at /var/lib/mesos/slave/provisioner/"));
        QVERIFY(chunk->data.endsWith("hello world error log\n"));
        QCOMPARE(chunk->data.count('\n'), 3);
    }
};

QTEST_GUILESS_MAIN(TestConformanceSandbox)
#include "tst_conformance_sandbox.moc"
