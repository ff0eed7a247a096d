// FileTail, SandboxLocator, SandboxBrowse and FileDownload against a fake agent with the Files
// API's exact semantics: growth, a fast writer, the 64 KiB cap, characters across chunk edges,
// truncation and rotation, an agent that dies and comes back, back-paging, 401/403.
#include "FakeAgent.h"
#include "LogModel.h"
#include "TestEnvironment.h"
#include "net/HttpTransport.h"
#include "sandbox/FileDownload.h"
#include "sandbox/FileTail.h"
#include "sandbox/SandboxBrowse.h"
#include "sandbox/SandboxLocator.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString LogPath = QStringLiteral("/sandbox/stdout");

QByteArray numberedLines(int from, int count, int width = 0) {
    QByteArray out;
    for (int i = from; i < from + count; ++i) {
        out += "line " + QByteArray::number(i);
        if (width > 0)
            out += ' ' + QByteArray(width, 'x');
        out += '\n';
    }
    return out;
}

struct Harness {
    FakeAgent agent;
    HttpTransport transport;
    LogModel model;
    FileTail* tail = nullptr;
    Harness() {
        transport.setTimeout(std::chrono::milliseconds(2000));
        model.setLineCap(1000000);
    }
    ~Harness() { delete tail; }
    void makeTail(FileTail::Options options = fastOptions()) {
        tail = new FileTail(&transport, QUrl(agent.baseUrl()), LogPath);
        tail->setOptions(options);
        QObject::connect(tail, &FileTail::appended, &model, [this](const QByteArray& b) { model.appendBytes(0, b); });
        QObject::connect(tail, &FileTail::prepended, &model, [this](const QByteArray& b) { model.prependBytes(0, b); });
        QObject::connect(tail, &FileTail::restarted, &model, [this](qint64, qint64) {
            model.resetSource(0);
            model.appendMarker(0, QStringLiteral("--- rotated ---"));
        });
    }
    static FileTail::Options fastOptions() {
        FileTail::Options o;
        o.pollIntervalMs = 100;
        o.retryIntervalMs = 100;
        return o;
    }
    QString last() const { return model.rowCount() ? model.index(model.rowCount() - 1).data().toString() : QString(); }
    // Every text row is "line N" with N consecutive.
    bool sequential(int* firstNumber = nullptr, int* lastNumber = nullptr) const {
        int expected = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(LogModel::IsMarkerRole).toBool())
                continue;
            const QString text = model.index(row).data().toString();
            const int n = text.section(u' ', 1, 1).toInt();
            if (!text.startsWith(QStringLiteral("line ")) || (expected >= 0 && n != expected)) {
                qWarning() << "row" << row << "is" << text.left(40) << "expected" << expected;
                return false;
            }
            if (expected < 0 && firstNumber)
                *firstNumber = n;
            expected = n + 1;
        }
        if (lastNumber)
            *lastNumber = expected - 1;
        return true;
    }
};
} // namespace

class TestFileTail : public QObject {
    Q_OBJECT
private slots:
    void followsAGrowingFile() {
        Harness h;
        QVERIFY(h.agent.listen());
        h.agent.setFile(LogPath, numberedLines(0, 100));
        h.makeTail();
        h.tail->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.model.rowCount(), 100, 5000);
        for (int round = 1; round <= 5; ++round) {
            h.agent.appendFile(LogPath, numberedLines(round * 100, 100));
            QTRY_COMPARE_WITH_TIMEOUT(h.model.rowCount(), 100 * (round + 1), 5000);
        }
        int first = -1, last = -1;
        QVERIFY(h.sequential(&first, &last));
        QCOMPARE(first, 0);
        QCOMPARE(last, 599);
        // A line written in two pieces shows at once and is completed in place.
        h.agent.appendFile(LogPath, "half a li");
        QTRY_COMPARE_WITH_TIMEOUT(h.last(), QStringLiteral("half a li"), 5000);
        const int rows = h.model.rowCount();
        h.agent.appendFile(LogPath, "ne\n");
        QTRY_COMPARE_WITH_TIMEOUT(h.last(), QStringLiteral("half a line"), 5000);
        QCOMPARE(h.model.rowCount(), rows);
    }

    void startsAtTheLastPageAndPagesBack() {
        Harness h;
        QVERIFY(h.agent.listen());
        const QByteArray contents = numberedLines(0, 5000, 30); // ~200 KB
        h.agent.setFile(LogPath, contents);
        h.makeTail();
        h.tail->start();
        QTRY_VERIFY_WITH_TIMEOUT(h.last() == QStringLiteral("line 4999 ") + QString(30, u'x'), 5000);
        QVERIFY(h.tail->startOffset() > 0);
        QVERIFY(h.tail->startOffset() >= contents.size() - h.tail->options().pageSize);
        int first = -1;
        QVERIFY(h.sequential(&first)); // the partial first line was cut
        QVERIFY(first > 4000);
        // Scroll up: earlier pages, each cut at a newline, until the start of the file.
        for (int i = 0; i < 20 && h.tail->startOffset() > 0; ++i) {
            const qint64 before = h.tail->startOffset();
            h.tail->loadEarlier();
            QTRY_VERIFY_WITH_TIMEOUT(h.tail->startOffset() < before, 5000);
        }
        QCOMPARE(h.tail->startOffset(), 0);
        QCOMPARE(h.model.index(0).data().toString(), QStringLiteral("line 0 ") + QString(30, u'x'));
        QVERIFY(h.sequential());
        QCOMPARE(h.model.rowCount(), 5000);
    }

    void fastWriterWithTheAgentsChunkCap() {
        Harness h;
        QVERIFY(h.agent.listen());
        h.agent.setFile(LogPath, QByteArray());
        FileTail::Options options = Harness::fastOptions();
        options.chunkSize = 1 << 20; // asks for more than the agent gives: the agent caps at 64 KiB
        h.makeTail(options);
        h.tail->start();
        int next = 0;
        QTimer writer;
        connect(&writer, &QTimer::timeout, [&] {
            h.agent.appendFile(LogPath, numberedLines(next, 2000, 100)); // ~220 KB per tick, ~10 MB/s
            next += 2000;
        });
        writer.start(20);
        QTRY_VERIFY_WITH_TIMEOUT(next >= 20000, 10000);
        writer.stop();
        QTRY_COMPARE_WITH_TIMEOUT(h.model.rowCount(), next, 60000); // generous: CI machines are shared
        int first = -1, last = -1;
        QVERIFY(h.sequential(&first, &last));
        QCOMPARE(first, 0);
        QCOMPARE(last, next - 1);
        // Every byte came in reads of at most 64 KiB, so there were at least size / 64 KiB reads.
        QVERIFY(h.agent.readRequests() >= h.agent.file(LogPath).size() / 65536);
    }

    void defaultChunksAreAtMost64KiB() {
        Harness h;
        QVERIFY(h.agent.listen());
        h.agent.setFile(LogPath, QByteArray());
        h.makeTail();
        h.tail->start();
        QTRY_VERIFY_WITH_TIMEOUT(h.agent.readRequests() >= 1, 5000);
        h.agent.appendFile(LogPath, numberedLines(0, 30000)); // ~330 KB at once
        QTRY_COMPARE_WITH_TIMEOUT(h.model.rowCount(), 30000, 10000);
        QCOMPARE(h.agent.largestReadLength(), 65536);
        QVERIFY(h.sequential());
    }

    void multiByteCharacterAcrossAChunkEdge() {
        Harness h;
        QVERIFY(h.agent.listen());
        QByteArray contents(65535, 'a');
        contents[100] = '\n';
        contents += "\xc3\xa9t\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\n"; // "é" straddles bytes 65535/65536
        QCOMPARE(contents.mid(65535, 2), QByteArray("\xc3\xa9"));
        h.agent.setFile(LogPath, contents);
        FileTail::Options options = Harness::fastOptions();
        options.pageSize = 1 << 20; // read from the start
        h.makeTail(options);
        h.tail->start();
        // Row 1 shows at once (an open line), then completes with the second chunk.
        QTRY_VERIFY_WITH_TIMEOUT(h.model.rowCount() == 2 && h.model.index(1).data().toString().endsWith(QStringLiteral("\U0001F600")), 5000);
        const QString line = h.model.index(1).data().toString();
        QCOMPARE(line.right(8), QStringLiteral("\u00e9t\u00e9 \u20ac \U0001F600"));
        QVERIFY(!line.contains(QChar(0xFFFD)));
        QVERIFY(h.agent.readOffsets().contains(65536)); // the edge really was a chunk edge
    }

    void truncationAndRotationShowAMarker() {
        Harness h;
        QVERIFY(h.agent.listen());
        h.agent.setFile(LogPath, numberedLines(0, 50));
        h.makeTail();
        QSignalSpy restarted(h.tail, &FileTail::restarted);
        h.tail->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.model.rowCount(), 50, 5000);
        // Rotation: the file is replaced by a shorter new one.
        h.agent.setFile(LogPath, "after rotation 1\n");
        QTRY_COMPARE_WITH_TIMEOUT(restarted.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(h.last(), QStringLiteral("after rotation 1"), 5000);
        QVERIFY(h.model.index(50).data(LogModel::IsMarkerRole).toBool());
        h.agent.appendFile(LogPath, "after rotation 2\n");
        QTRY_COMPARE_WITH_TIMEOUT(h.last(), QStringLiteral("after rotation 2"), 5000);
        // Truncation to zero, then new text.
        h.agent.setFile(LogPath, QByteArray());
        QTRY_COMPARE_WITH_TIMEOUT(restarted.size(), 2, 5000);
        h.agent.appendFile(LogPath, "fresh\n");
        QTRY_COMPARE_WITH_TIMEOUT(h.last(), QStringLiteral("fresh"), 5000);
    }

    void agentKilledAndRestartedMidTail() {
        Harness h;
        QVERIFY(h.agent.listen());
        h.agent.setFile(LogPath, numberedLines(0, 10));
        h.makeTail();
        QSignalSpy stale(h.tail, &FileTail::staleChanged);
        h.tail->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.model.rowCount(), 10, 5000);
        h.agent.stop();
        QTRY_VERIFY_WITH_TIMEOUT(h.tail->isStale(), 10000);
        QCOMPARE(stale.first().first().toBool(), true);
        QCOMPARE(h.model.rowCount(), 10); // the text stays
        h.agent.appendFile(LogPath, numberedLines(10, 10)); // the task kept writing meanwhile
        QVERIFY(h.agent.restart());
        QTRY_VERIFY_WITH_TIMEOUT(!h.tail->isStale(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(h.model.rowCount(), 20, 5000);
        QVERIFY(h.sequential());
        QVERIFY(h.tail->isRunning());
    }

    void pauseAndResumeJumpsToTheEnd() {
        Harness h;
        QVERIFY(h.agent.listen());
        h.agent.setFile(LogPath, numberedLines(0, 10));
        FileTail::Options options = Harness::fastOptions();
        options.resumeCatchUpBytes = 100000;
        h.makeTail(options);
        QSignalSpy skipped(h.tail, &FileTail::skipped);
        h.tail->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.model.rowCount(), 10, 5000);
        h.tail->pause();
        const int reads = h.agent.readRequestsOf(LogPath);
        h.agent.appendFile(LogPath, numberedLines(10, 20000, 20)); // ~600 KB while paused
        // A second tail with the same poll interval, on another file of the same agent: its idle
        // polls are how long the paused one had to ask (and did not).
        const QString clockPath = LogPath + QStringLiteral(".clock");
        h.agent.setFile(clockPath, numberedLines(0, 1));
        FileTail clock(&h.transport, QUrl(h.agent.baseUrl()), clockPath);
        clock.setOptions(options);
        clock.start();
        QTRY_VERIFY2_WITH_TIMEOUT(h.agent.readRequestsOf(clockPath) >= 5,
                                  "five reads of a running tail (a few of its poll intervals)", 10000);
        QCOMPARE(h.agent.readRequestsOf(LogPath), reads); // paused means no requests
        QCOMPARE(h.model.rowCount(), 10);
        h.tail->resume();
        QTRY_COMPARE_WITH_TIMEOUT(skipped.size(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(h.last().startsWith(QStringLiteral("line 20009 ")), 5000);
        QVERIFY(h.model.rowCount() < 5000); // jumped: the middle was never read
    }

    void unauthorizedAndMissingFiles() {
        Harness h;
        QVERIFY(h.agent.listen());
        h.agent.setFile(LogPath, "x\n");
        for (int status : {401, 403}) {
            h.agent.setAuthStatus(status);
            h.makeTail();
            QSignalSpy failed(h.tail, &FileTail::failed);
            h.tail->start();
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
            QVERIFY(failed.first().at(1).toBool());
            QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("not authorized")));
            QVERIFY(!h.tail->isRunning());
            delete h.tail;
            h.tail = nullptr;
        }
        h.agent.setAuthStatus(0);
        h.agent.removeFile(LogPath);
        h.agent.setFile(QStringLiteral("/sandbox/other"), "y");
        h.makeTail();
        QSignalSpy failed(h.tail, &FileTail::failed);
        h.tail->start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QVERIFY(!failed.first().at(1).toBool());
        QVERIFY(!h.tail->isRunning());
    }

    void locatesRunningAndFinishedSandboxes() {
        FakeAgent agent;
        QVERIFY(agent.listen());
        QFile state(TestEnvironment::testDataDir() + QStringLiteral("/sandbox/agent-state.json"));
        QVERIFY(state.open(QIODevice::ReadOnly));
        agent.setState(state.readAll());
        HttpTransport transport;
        SandboxLocator locator(&transport);
        QSignalSpy located(&locator, &SandboxLocator::located);
        QSignalSpy failed(&locator, &SandboxLocator::failed);
        locator.locate(QUrl(agent.baseUrl()), QStringLiteral("fw-marathon"), QString(), QStringLiteral("web.1111"));
        QTRY_COMPARE_WITH_TIMEOUT(located.size(), 1, 5000);
        auto location = located.takeFirst().first().value<SandboxLocation>();
        QVERIFY(location.directory.endsWith(QStringLiteral("/executors/web.1111/runs/c1")));
        QCOMPARE(location.executorId, QStringLiteral("web.1111"));
        QVERIFY(!location.completed);
        // An old agent without /slave(1)/state; a finished task in completed_executors.
        agent.setServeSlaveState(false);
        locator.locate(QUrl(agent.baseUrl()), QStringLiteral("fw-marathon"), QString(), QStringLiteral("web.0000"));
        QTRY_COMPARE_WITH_TIMEOUT(located.size(), 1, 5000);
        location = located.takeFirst().first().value<SandboxLocation>();
        QVERIFY(location.completed);
        QVERIFY(location.directory.endsWith(QStringLiteral("/runs/c0")));
        // Unknown task.
        locator.locate(QUrl(agent.baseUrl()), QStringLiteral("fw-marathon"), QString(), QStringLiteral("ghost"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("ghost")));
        // An agent that is down.
        agent.stop();
        locator.locate(QUrl(agent.baseUrl()), QStringLiteral("fw-marathon"), QString(), QStringLiteral("web.1111"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 5000);
    }

    void browsesAndDownloadsStreaming() {
        FakeAgent agent;
        QVERIFY(agent.listen());
        QByteArray big;
        for (int i = 0; i < 200000; ++i)
            big += "download line " + QByteArray::number(i) + '\n'; // ~4.5 MB
        agent.setFile(QStringLiteral("/sb/stdout"), big);
        agent.setFile(QStringLiteral("/sb/stderr"), "err\n");
        agent.setFile(QStringLiteral("/sb/logs/app.log"), "app\n");
        agent.setFile(QStringLiteral("/sb/na me&x=1.txt"), "odd\n");
        HttpTransport transport;
        SandboxBrowse browse(&transport);
        QSignalSpy listed(&browse, &SandboxBrowse::listed);
        browse.list(QUrl(agent.baseUrl()), QStringLiteral("/sb"));
        QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 5000);
        const auto entries = listed.first().at(1).value<QList<SandboxFileEntry>>();
        QStringList names;
        for (const auto& e : entries)
            names << e.name() + (e.isDirectory() ? QStringLiteral("/") : QString());
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("logs/"), QStringLiteral("na me&x=1.txt"), QStringLiteral("stderr"),
                                     QStringLiteral("stdout")}));
        QSignalSpy failed(&browse, &SandboxBrowse::failed);
        browse.list(QUrl(agent.baseUrl()), QStringLiteral("/nowhere"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);

        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("stdout.txt"));
        FileDownload download(&transport, QUrl(agent.baseUrl()), QStringLiteral("/sb/stdout"), target);
        QSignalSpy progress(&download, &FileDownload::progress);
        QSignalSpy done(&download, &FileDownload::finished);
        download.start();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
        QVERIFY(progress.size() > 2); // it arrived, and was written, in pieces
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.size(), big.size());
        QVERIFY(saved.readAll() == big);
        // A name that needs percent-encoding.
        const QString odd = dir.filePath(QStringLiteral("odd.txt"));
        FileDownload oddDownload(&transport, QUrl(agent.baseUrl()), QStringLiteral("/sb/na me&x=1.txt"), odd);
        QSignalSpy oddDone(&oddDownload, &FileDownload::finished);
        oddDownload.start();
        QTRY_COMPARE_WITH_TIMEOUT(oddDone.size(), 1, 5000);
        QVERIFY(oddDone.first().first().toBool());
        // A failed download leaves no file behind.
        const QString missing = dir.filePath(QStringLiteral("missing.txt"));
        FileDownload bad(&transport, QUrl(agent.baseUrl()), QStringLiteral("/sb/missing"), missing);
        QSignalSpy badDone(&bad, &FileDownload::finished);
        bad.start();
        QTRY_COMPARE_WITH_TIMEOUT(badDone.size(), 1, 5000);
        QVERIFY(!badDone.first().first().toBool());
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestFileTail)
#include "tst_filetail.moc"
