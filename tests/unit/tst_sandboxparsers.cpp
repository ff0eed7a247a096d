// Parsers of the agent's answers (own data in tests/data/sandbox) and the log decoder.
#include "TestEnvironment.h"
#include "sandbox/AgentState.h"
#include "sandbox/FilesReadChunk.h"
#include "sandbox/LogDecoder.h"
#include "sandbox/SandboxFileEntry.h"
#include "sandbox/SandboxTaskRefs.h"
#include "marathon/MarathonTask.h"

#include <QtTest>

namespace {
QByteArray readData(const QString& name) {
    QFile file(TestEnvironment::testDataDir() + QStringLiteral("/sandbox/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

std::vector<LogDecoder::Line> decodeChunks(const QList<QByteArray>& chunks, LogDecoder& decoder) {
    std::vector<LogDecoder::Line> lines;
    for (const QByteArray& c : chunks)
        decoder.decode(c, lines);
    return lines;
}

// Joins continuations, the way LogBuffer does.
QStringList joined(const std::vector<LogDecoder::Line>& lines) {
    QStringList out;
    for (const auto& l : lines) {
        if (l.continuation && !out.isEmpty())
            out.last() += QString::fromUtf8(l.text);
        else
            out << QString::fromUtf8(l.text);
    }
    return out;
}
} // namespace

class TestSandboxParsers : public QObject {
    Q_OBJECT
private slots:
    void readChunkDecodesEscapesAndKeepsRawBytes() {
        QString error;
        const auto chunk = FilesReadChunk::parse(readData(QStringLiteral("read.json")), &error);
        QVERIFY2(chunk, qPrintable(error));
        QCOMPARE(chunk->offset, 65536);
        const QString text = QString::fromUtf8(chunk->data);
        QVERIFY(text.startsWith(QStringLiteral("line one\nligne d\u00e9ux \u00e9 caf\u00e9 \x1b[31mred")));
        QVERIFY(text.contains(QStringLiteral("<b>bold</b> \U0001F600\n")));
    }
    void readChunkKeepsHalfACharacter() {
        // A chunk edge inside "é": Mesos writes the lone 0xC3 byte raw; it must reach the decoder.
        const auto chunk = FilesReadChunk::parse(readData(QStringLiteral("read-split-utf8.json")));
        QVERIFY(chunk);
        QCOMPARE(chunk->data, QByteArray("\xc3"));
        QCOMPARE(chunk->offset, 10);
    }
    void readChunkRejectsBadAnswers_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("truncated") << readData(QStringLiteral("read-truncated.json"));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no offset") << QByteArray(R"({"data":""})");
        QTest::newRow("negative") << QByteArray(R"({"data":"","offset":-5})");
        QTest::newRow("bad escape") << QByteArray(R"({"data":"\q","offset":0})");
        QTest::newRow("trailing") << QByteArray(R"({"data":"","offset":0} x)");
        QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    }
    void readChunkRejectsBadAnswers() {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!FilesReadChunk::parse(json, &error));
        QVERIFY(!error.isEmpty());
    }
    void readChunkSizeProbe() {
        const auto chunk = FilesReadChunk::parse(R"({"data":"","offset":123456789012})");
        QVERIFY(chunk);
        QCOMPARE(chunk->offset, Q_INT64_C(123456789012));
        QVERIFY(chunk->data.isEmpty());
    }

    void browseListing() {
        QString error;
        const auto entries = SandboxFileEntry::parseList(readData(QStringLiteral("browse.json")), &error);
        QVERIFY2(entries, qPrintable(error));
        QCOMPARE(entries->size(), 3);
        QVERIFY(entries->at(0).isDirectory());
        QCOMPARE(entries->at(0).name(), QStringLiteral("logs"));
        QCOMPARE(entries->at(1).name(), QStringLiteral("stdout"));
        QCOMPARE(entries->at(1).size, 12345);
        QCOMPARE(entries->at(1).uid, QStringLiteral("nobody"));
        QCOMPARE(entries->at(1).mtime, QDateTime::fromSecsSinceEpoch(1700000200, QTimeZone::utc()));
        QCOMPARE(entries->at(2).name(), QStringLiteral("st\u00e9rr \"x\""));
        QVERIFY(!SandboxFileEntry::parseList("{}", &error));
        QVERIFY(!SandboxFileEntry::parseList("[{\"size\":1}]", &error));
        QVERIFY(!SandboxFileEntry::parseList("[", &error));
    }

    void agentStateFindsSandboxes() {
        QString error;
        const auto state = AgentState::parse(readData(QStringLiteral("agent-state.json")), &error);
        QVERIFY2(state, qPrintable(error));
        QCOMPARE(state->agentUrl(), QUrl(QStringLiteral("http://agent-1.example.org:5051")));
        const QString base = QStringLiteral("/var/lib/mesos/slaves/agent-S1/frameworks/");
        // Command executor: no executor id, found by task id.
        QCOMPARE(state->sandboxDirectory(QStringLiteral("fw-marathon"), QString(), QStringLiteral("web.1111")),
                 base + QStringLiteral("fw-marathon/executors/web.1111/runs/c1"));
        // By executor id.
        QCOMPARE(state->sandboxDirectory(QStringLiteral("fw-marathon"), QStringLiteral("web.1111"), QString()),
                 base + QStringLiteral("fw-marathon/executors/web.1111/runs/c1"));
        // DEFAULT executor: the task's own directory.
        QCOMPARE(state->sandboxDirectory(QStringLiteral("fw-marathon"), QStringLiteral("instance-pod.2222"),
                                         QStringLiteral("pod.2222.nginx")),
                 base + QStringLiteral("fw-marathon/executors/instance-pod.2222/runs/c2/tasks/pod.2222.nginx"));
        // A finished task in completed_executors, and one of a completed framework.
        const AgentState::Executor* found = nullptr;
        QCOMPARE(state->sandboxDirectory(QStringLiteral("fw-marathon"), QString(), QStringLiteral("web.0000"), &found),
                 base + QStringLiteral("fw-marathon/executors/web.0000/runs/c0"));
        QVERIFY(found && found->completedExecutor);
        QCOMPARE(state->sandboxDirectory(QStringLiteral("fw-old"), QString(), QStringLiteral("batch-7"), &found),
                 base + QStringLiteral("fw-old/executors/batch-executor/runs/c9"));
        QVERIFY(found && found->completedFramework);
        // Unknown.
        QVERIFY(state->sandboxDirectory(QStringLiteral("fw-marathon"), QString(), QStringLiteral("nope"), nullptr, &error)
                    .isEmpty());
        QVERIFY(error.contains(QStringLiteral("nope")));
        // A framework id that does not match.
        QVERIFY(state->sandboxDirectory(QStringLiteral("fw-other"), QStringLiteral("web.1111"), QString()).isEmpty());
    }
    void agentUrlFromPid() {
        QCOMPARE(AgentState::agentUrl(QStringLiteral("h"), QStringLiteral("slave(1)@1.2.3.4:5052")),
                 QUrl(QStringLiteral("http://h:5052")));
        QVERIFY(AgentState::agentUrl(QStringLiteral("h"), QStringLiteral("slave(1)@1.2.3.4")).isEmpty());
        QVERIFY(AgentState::agentUrl(QString(), QStringLiteral("slave(1)@1.2.3.4:5051")).isEmpty());
    }
    void marathonTaskWithoutClusterState() {
        // No Mesos state (or the agent is unknown): the task's host on the default agent port,
        // Marathon's framework id, and the executor left to the locator (found by task id).
        MarathonTask task;
        task.id = QStringLiteral("web.1c2d3e4f-aaaa-bbbb-cccc-000000000000");
        task.host = QStringLiteral("10.0.1.7");
        task.slaveId = QStringLiteral("S1");
        const auto ref = SandboxTaskRefs::forMarathonTask(nullptr, task, QStringLiteral("fw-marathon"));
        QVERIFY(ref);
        QCOMPARE(ref->agentUrl, QUrl(QStringLiteral("http://10.0.1.7:5051")));
        QCOMPARE(ref->frameworkId, QStringLiteral("fw-marathon"));
        QVERIFY(ref->executorId.isEmpty());
        QCOMPARE(ref->taskId, task.id);
        QCOMPARE(ref->label, QStringLiteral("10.0.1.7 1c2d3e4f"));
        task.host.clear();
        QString error;
        QVERIFY(!SandboxTaskRefs::forMarathonTask(nullptr, task, QString(), &error));
        QVERIFY(error.contains(task.id));
    }
    void agentStateRejectsOtherJson() {
        QString error;
        QVERIFY(!AgentState::parse("{\"slaves\":[]}", &error));
        QVERIFY(!AgentState::parse("[1]", &error));
        QVERIFY(!AgentState::parse("{\"frameworks\": [", &error));
        QVERIFY(!error.isEmpty());
    }

    // --- LogDecoder
    void utf8SplitAcrossChunksEveryWay() {
        const QByteArray text = QStringLiteral("a\u00e9\u20ac\U0001F600z\n").toUtf8();
        for (int cut = 0; cut <= text.size(); ++cut) {
            LogDecoder decoder;
            const auto lines = decodeChunks({text.left(cut), text.mid(cut)}, decoder);
            QCOMPARE(joined(lines), QStringList{QStringLiteral("a\u00e9\u20ac\U0001F600z")});
        }
        // One byte at a time.
        LogDecoder decoder;
        QList<QByteArray> bytes;
        for (char c : text)
            bytes << QByteArray(1, c);
        QCOMPARE(joined(decodeChunks(bytes, decoder)), QStringList{QStringLiteral("a\u00e9\u20ac\U0001F600z")});
    }
    void invalidBytesAreReplacedNotDropped() {
        LogDecoder decoder;
        const auto lines = decodeChunks({QByteArray("ok \xff\xfe end\nx\x80y\n")}, decoder);
        const QStringList l = joined(lines);
        QCOMPARE(l.size(), 2);
        QVERIFY(l[0].startsWith(QStringLiteral("ok ")));
        QVERIFY(l[0].endsWith(QStringLiteral(" end")));
        QVERIFY(l[0].count(QChar(0xFFFD)) >= 1);
        QCOMPARE(l[1], QStringLiteral("x\uFFFDy"));
    }
    void ansiIsStrippedIntoSpans() {
        LogDecoder decoder;
        const auto lines = decodeChunks({QByteArray("plain \x1b[1;31mred bold\x1b[0m after\x1b[K\n")}, decoder);
        QCOMPARE(lines.size(), size_t(1));
        QCOMPARE(lines[0].text, QByteArray("plain red bold after"));
        QCOMPARE(lines[0].spans.size(), 1);
        QCOMPARE(lines[0].spans[0].start, 6u);
        QCOMPARE(lines[0].spans[0].length, 8u);
        QCOMPARE(lines[0].spans[0].foreground, 1);
        QVERIFY(lines[0].spans[0].attributes & LogDecoder::Bold);
    }
    void ansiColoursCarryAndSplit() {
        LogDecoder decoder;
        // The escape is cut after "\x1b[3"; the colour stays on for the next line.
        const auto lines = decodeChunks({QByteArray("a\x1b[3"), QByteArray("2mgreen\nstill\x1b[0m\n"),
                                         QByteArray("\x1b[38;5;208mo\x1b[38;2;1;2;3mt\x1b[m\n")},
                                        decoder);
        QStringList l = joined(lines);
        QCOMPARE(l, (QStringList{QStringLiteral("agreen"), QStringLiteral("still"), QStringLiteral("ot")}));
        const auto& second = lines[lines.size() - 2];
        QCOMPARE(second.text, QByteArray("still"));
        QCOMPARE(second.spans.size(), 1);
        QCOMPARE(second.spans[0].foreground, 2);
        const auto& last = lines.back();
        QCOMPARE(last.spans.size(), 2);
        QCOMPARE(last.spans[0].foreground, 208);
        QCOMPARE(last.spans[1].foreground, LogDecoder::TrueColor | 0x010203);
    }
    void otherEscapesNeverShowRaw() {
        LogDecoder decoder;
        const auto lines = decodeChunks({QByteArray("\x1b]0;title\x07x\x1b" "cy\x1b[2J\x1b[?25lz\x1b\n")}, decoder);
        QCOMPARE(joined(lines), QStringList{QStringLiteral("xyz")});
    }
    void crlfAndContinuation() {
        LogDecoder decoder;
        std::vector<LogDecoder::Line> lines;
        decoder.decode(QByteArray("one\r\ntw"), lines);
        QCOMPARE(lines.size(), size_t(2));
        QCOMPARE(lines[0].text, QByteArray("one"));
        QVERIFY(lines[0].complete);
        QVERIFY(!lines[1].complete);
        decoder.decode(QByteArray("o\n"), lines);
        QCOMPARE(lines.size(), size_t(3));
        QVERIFY(lines[2].continuation);
        QCOMPARE(lines[2].text, QByteArray("o"));
    }
    void longLinesAreCut() {
        LogDecoder decoder;
        decoder.setMaxLineBytes(10);
        const auto lines = decodeChunks({QByteArray(25, 'x') + '\n'}, decoder);
        QCOMPARE(lines.size(), size_t(3));
        for (const auto& l : lines)
            QVERIFY(l.text.size() <= 10);
    }
    void incompleteTail() {
        QCOMPARE(LogDecoder::incompleteUtf8Tail("ab\xe2\x82", 4), 2);
        QCOMPARE(LogDecoder::incompleteUtf8Tail("ab\xe2\x82\xac", 5), 0);
        QCOMPARE(LogDecoder::incompleteUtf8Tail("\xf0", 1), 1);
        QCOMPARE(LogDecoder::incompleteUtf8Tail("abc", 3), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxParsers)
#include "tst_sandboxparsers.moc"
