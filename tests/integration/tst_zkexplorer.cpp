// The explorer's tree, node pane and ensemble monitor against the real ZooKeeper that
// scripts/test.sh starts (MESOSDESK_ZK): lazy listing, watches, big lists and values, ACLs.
#include "ConfirmDialog.h"
#include "TestEnvironment.h"
#include "ZkTestNodes.h"
#include "ZkNodeEditor.h"
#include "ZkNodePane.h"
#include "ZkServerProcess.h"
#include "ZkTreeModel.h"
#include "zookeeper/ZkEnsembleMonitor.h"
#include "zookeeper/ZkSession.h"
#include "zookeeper/ZkSubtreeExport.h"
#include "zookeeper/ZkSubtreeWalk.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>
#include <zookeeper/zookeeper.h>

namespace {
using ZkTestNodes::connected;
using ZkTestNodes::createNode;

int removeNode(ZkSession& session, const QString& path) {
    int result = -100;
    session.remove(path, [&](int rc) { result = rc; });
    TestEnvironment::waitUntil([&] { return result != -100; }, 10000);
    return result;
}

// Measures the longest time the event loop went without running a 5 ms timer: a stalled GUI thread.
class StallMeter {
public:
    StallMeter() {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = qMax(m_longest, m_since.restart()); });
        m_since.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
};
} // namespace

class TestZkExplorer : public QObject {
    Q_OBJECT
private slots:
    void treeIsLazyAndFollowsWatchesByDifferences() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString base = TestEnvironment::uniqueZnodePath(QStringLiteral("tree"));
        ZkSession writer;
        writer.open(hosts);
        QVERIFY(connected(writer));
        QCOMPARE(createNode(writer, base + QStringLiteral("/b")), ZOK);
        QCOMPARE(createNode(writer, base + QStringLiteral("/a/deep")), ZOK);

        ZkSession session;
        ZkTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setSession(&session);
        model.setRootPath(base);
        session.open(hosts);
        QVERIFY(connected(session));
        const QModelIndex root = model.rootIndex();
        QCOMPARE(model.pathOf(root), base);
        QTRY_VERIFY_WITH_TIMEOUT(model.statOf(root).valid, 5000);
        QCOMPARE(model.statOf(root).numChildren, 2);
        // (The tester fetches what it can to check it, so laziness is checked in neverWalksTheTree.)
        model.setExpanded(root, true);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(root), 2, 5000);
        QCOMPARE(model.childNames(root), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));

        // A change under an expanded node shows without a refresh, and again (the watch is re-armed).
        QCOMPARE(createNode(writer, base + QStringLiteral("/c")), ZOK);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(root), 3, 5000);
        QCOMPARE(removeNode(writer, base + QStringLiteral("/b")), ZOK);
        QTRY_COMPARE_WITH_TIMEOUT(model.childNames(root),
                                  (QStringList{QStringLiteral("a"), QStringLiteral("c")}), 5000);
        QCOMPARE(model.pathOf(model.index(0, 0, root)), base + QStringLiteral("/a")); // the row that stayed

        // A collapsed node is not re-listed while collapsed; its change shows on the next expand.
        model.setExpanded(root, false);
        QCOMPARE(createNode(writer, base + QStringLiteral("/d")), ZOK);
        // The one-shot watch may still fire once: it must not list. ZooKeeper tells a session of a
        // watched change before it answers that session's later read (and ZkSession passes both
        // on in order), so once such a read is answered the watch has fired if it was going to.
        bool read = false;
        session.exists(base, false, [&](int) { read = true; });
        QTRY_VERIFY2_WITH_TIMEOUT(read, "a read on the model's session after the change", 5000);
        const int sent = model.requestsSent();
        QTRY_COMPARE_WITH_TIMEOUT(model.requestsInFlight(), 0, 5000);
        QCOMPARE(model.rowCount(root), 2);
        QCOMPARE(model.requestsSent(), sent);
        model.setExpanded(root, true);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(root), 3, 5000);
        QCOMPARE(resets.count(), 0);
    }

    void neverWalksTheTree() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString base = TestEnvironment::uniqueZnodePath(QStringLiteral("lazy"));
        ZkSession session;
        session.open(hosts);
        QVERIFY(connected(session));
        QCOMPARE(createNode(session, base + QStringLiteral("/a/deep/deeper")), ZOK);
        QCOMPARE(createNode(session, base + QStringLiteral("/b")), ZOK);
        ZkTreeModel model;
        model.setSession(&session);
        model.setRootPath(base);
        const QModelIndex root = model.rootIndex();
        QTRY_VERIFY_WITH_TIMEOUT(model.statOf(root).valid, 5000); // the root's Stat, not its children
        QCOMPARE(model.statOf(root).numChildren, 2);
        QVERIFY(!model.isListed(root));
        QCOMPARE(model.rowCount(root), 0);
        QVERIFY(model.hasChildren(root));
        model.setExpanded(root, true);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(root), 2, 5000);
        const QModelIndex a = model.index(0, 0, root);
        a.data(); // a view shows the row: its Stat is asked
        QTRY_VERIFY_WITH_TIMEOUT(model.statOf(a).valid, 5000);
        QCOMPARE(model.statOf(a).numChildren, 1);
        QVERIFY(!model.isListed(a)); // a's children wait for its expand
        QTRY_COMPARE_WITH_TIMEOUT(model.requestsInFlight(), 0, 5000);
        QVERIFY2(model.requestsSent() <= 4, qPrintable(QString::number(model.requestsSent())));
        // A leaf's Stat says it has none: no expander.
        const QModelIndex b = model.index(1, 0, root);
        b.data();
        QTRY_VERIFY_WITH_TIMEOUT(model.statOf(b).valid, 5000);
        QVERIFY(!model.hasChildren(b));
    }

    void tenThousandChildrenInOneListing() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString base = TestEnvironment::uniqueZnodePath(QStringLiteral("big"));
        ZkSession writer;
        writer.open(hosts);
        QVERIFY(connected(writer));
        QCOMPARE(createNode(writer, base + QStringLiteral("/n00000")), ZOK);
        int done = 1;
        for (int i = 1; i < 10000; ++i)
            writer.create(base + QStringLiteral("/n%1").arg(i, 5, 10, QLatin1Char('0')), {},
                          ZkSession::CreateMode::Persistent,
                          [&](int rc, const QString&) { done += rc == ZOK ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 10000, 60000);

        ZkSession session;
        session.open(hosts);
        QVERIFY(connected(session));
        ZkTreeModel model;
        model.setSession(&session);
        model.setRootPath(base);
        const QModelIndex root = model.rootIndex();
        QTRY_VERIFY_WITH_TIMEOUT(model.statOf(root).valid, 5000);
        QCOMPARE(model.statOf(root).numChildren, 10000); // the count, before any listing
        const int before = model.requestsSent();
        StallMeter stall;
        QElapsedTimer timer;
        timer.start();
        model.setExpanded(root, true);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(root), 10000, 20000);
        qInfo() << "10,000 children listed and inserted in" << timer.elapsed() << "ms; longest stall"
                << stall.longestMs() << "ms";
        QCOMPARE(model.requestsSent() - before, 1); // one listing, not a request per child
        QVERIFY2(stall.longestMs() < 1000, qPrintable(QString::number(stall.longestMs())));
        // Showing rows asks for their Stat, never more than the bound at once.
        for (int row = 0; row < 200; ++row)
            model.index(row, ZkTreeModel::ChildrenColumn, root).data();
        QVERIFY(model.requestsInFlight() <= ZkTreeModel::MaxRequestsInFlight);
        QTRY_VERIFY_WITH_TIMEOUT(model.statOf(model.index(199, 0, root)).valid, 10000);
        QCOMPARE(model.requestsSent() - before, 201);
        QVERIFY(!model.statOf(model.index(5000, 0, root)).valid); // rows nobody showed were not asked
    }

    void aMegabyteValueIsShownWholeWithoutStallingTheGui() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString path = TestEnvironment::uniqueZnodePath(QStringLiteral("value"));
        ZkSession session;
        session.open(hosts);
        QVERIFY(connected(session));
        QByteArray value;
        for (int i = 0; value.size() < 1000000; ++i)
            value += "line " + QByteArray::number(i) + " of a big znode value\n";
        value.truncate(1000000);
        QCOMPARE(createNode(session, path, value), ZOK);

        ZkNodePane pane;
        pane.setSession(&session);
        QSignalSpy rendered(&pane, &ZkNodePane::rendered);
        StallMeter stall;
        pane.showNode(path, {});
        QTRY_COMPARE_WITH_TIMEOUT(rendered.count(), 1, 20000);
        qInfo() << "1,000,000 bytes read and shown; longest stall" << stall.longestMs() << "ms";
        QCOMPARE(pane.shownText().toUtf8(), value); // whole
        QCOMPARE(pane.statText(QStringLiteral("dataLength")), QStringLiteral("1,000,000 bytes"));
        QVERIFY2(pane.statusText().startsWith(QStringLiteral("1,000,000 bytes, shown as Text")),
                 qPrintable(pane.statusText()));
        QVERIFY2(stall.longestMs() < 1000, qPrintable(QString::number(stall.longestMs())));
        // The same megabyte as hex (about 5 MB of text), switched by the operator.
        StallMeter hexStall;
        auto* view = pane.findChild<QComboBox*>(QStringLiteral("zkDataView"));
        view->setCurrentIndex(view->findData(int(ZkNodePane::View::Hex)));
        QTRY_COMPARE_WITH_TIMEOUT(rendered.count(), 2, 20000);
        qInfo() << "1,000,000 bytes as hex; longest stall" << hexStall.longestMs() << "ms";
        QCOMPARE(pane.shownKind(), ZkDataFormat::Kind::Binary);
        QVERIFY(pane.shownText().startsWith(QStringLiteral("00000000  6c 69 6e 65 20 30 20 6f")));
        QCOMPARE(pane.shownText().count(u'\n') + 1, 62500); // 16 bytes a line, every byte shown
        QVERIFY2(hexStall.longestMs() < 1000, qPrintable(QString::number(hexStall.longestMs())));

        // Over the auto-fetch limit: fetched only on request.
        ZkNodePane limited;
        limited.setAutoFetchLimit(1000);
        limited.setSession(&session);
        QSignalSpy limitedRendered(&limited, &ZkNodePane::rendered);
        limited.showNode(path, {});
        auto* fetch = limited.findChild<QPushButton*>(QStringLiteral("zkFetchValue"));
        QTRY_VERIFY_WITH_TIMEOUT(!fetch->isHidden(), 5000);
        QVERIFY2(limited.statusText().contains(QStringLiteral("fetch it on request")),
                 qPrintable(limited.statusText()));
        QVERIFY(!limited.hasValue());
        fetch->click();
        QTRY_COMPARE_WITH_TIMEOUT(limitedRendered.count(), 1, 20000);
        QCOMPARE(limited.value().size(), 1000000);
    }

    void selectedNodeIsWatchedAndDecoded() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString path = TestEnvironment::uniqueZnodePath(QStringLiteral("watched"));
        ZkSession session, writer;
        session.open(hosts);
        writer.open(hosts);
        QVERIFY(connected(session) && connected(writer));
        QCOMPARE(createNode(writer, path, R"({"a":1})"), ZOK);
        ZkNodePane pane;
        pane.setSession(&session);
        pane.showNode(path, {});
        QTRY_VERIFY_WITH_TIMEOUT(pane.shownText().contains(QStringLiteral("\"a\": 1")), 5000);
        QCOMPARE(pane.shownKind(), ZkDataFormat::Kind::Json);
        QCOMPARE(pane.statText(QStringLiteral("version")), QStringLiteral("0"));
        QVERIFY2(pane.statText(QStringLiteral("ephemeralOwner")).startsWith(QStringLiteral("0x0 ")),
                 qPrintable(pane.statText(QStringLiteral("ephemeralOwner"))));
        QCOMPARE(pane.aclText(), QStringLiteral("world:anyone  cdrwa"));
        for (int round = 1; round <= 2; ++round) { // twice: the watch is re-armed by each read
            const QByteArray next = "binary\x01\x02 round " + QByteArray::number(round);
            QVERIFY(setData(hosts, path, next));
            QTRY_COMPARE_WITH_TIMEOUT(pane.value(), next, 5000);
            QTRY_COMPARE_WITH_TIMEOUT(pane.shownKind(), ZkDataFormat::Kind::Binary, 5000);
            QCOMPARE(pane.statText(QStringLiteral("version")), QString::number(round));
        }
        QVERIFY(pane.shownText().startsWith(QStringLiteral("00000000  62 69 6e 61 72 79 01 02")));
        QCOMPARE(removeNode(writer, path), ZOK);
        QTRY_COMPARE_WITH_TIMEOUT(pane.statusText(), QStringLiteral("This node was deleted."), 5000);
    }

    void digestProtectedNodeSaysNoAuth() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString path = TestEnvironment::uniqueZnodePath(QStringLiteral("secret"));
        ZkSession session;
        session.open(hosts);
        QVERIFY(connected(session));
        QCOMPARE(createNode(session, path + QStringLiteral("/placeholder")), ZOK);
        QVERIFY(createProtected(hosts, path + QStringLiteral("/guarded"), "admin", "s3cret"));
        ZkNodePane pane;
        pane.setSession(&session);
        pane.showNode(path + QStringLiteral("/guarded"), {});
        QTRY_VERIFY_WITH_TIMEOUT(pane.statusText().contains(QStringLiteral("ZNOAUTH")), 5000);
        QVERIFY(!pane.hasValue());
        // With the digest credentials the ACL names, the value reads.
        ZkSession admin;
        admin.open(hosts, std::chrono::seconds(10), QStringLiteral("admin"), QStringLiteral("s3cret"));
        QVERIFY(connected(admin));
        ZkNodePane allowed;
        allowed.setSession(&admin);
        allowed.showNode(path + QStringLiteral("/guarded"), {});
        QTRY_COMPARE_WITH_TIMEOUT(allowed.value(), QByteArray("guarded value"), 5000);
        QVERIFY2(allowed.aclText().startsWith(QStringLiteral("digest:admin:")),
                 qPrintable(allowed.aclText()));
    }

    void ensembleMonitorTellsServingDisabledAndUnreachable() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        ZkEnsembleMonitor monitor;
        monitor.setHosts(hosts);
        monitor.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.isKnown(), 10000);
        const ZkServerReport report = monitor.reports().first();
        QCOMPARE(report.state, ZkServerReport::State::Serving);
        QCOMPARE(report.mode, QStringLiteral("standalone"));
        QVERIFY2(report.version.startsWith(QStringLiteral("3.")), qPrintable(report.version));
        QVERIFY(report.zxid && report.nodeCount && report.latencyMax && report.connections);
        // scripts/lib/zookeeper.sh whitelists ruok and srvr only: mntr is said to be disabled.
        QVERIFY(report.mntrDisabled);
        QVERIFY(!report.watchCount);
        QVERIFY(monitor.hasQuorum());

        const int dead = ZkServerProcess::freePort();
        ZkEnsembleMonitor two;
        two.setHosts(hosts + QStringLiteral(",127.0.0.1:%1").arg(dead));
        two.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(two.isKnown(), 10000);
        QCOMPARE(two.reports().at(0).state, ZkServerReport::State::Serving);
        QCOMPARE(two.reports().at(1).state, ZkServerReport::State::Unreachable);
        QVERIFY(!two.reports().at(1).error.isEmpty());
        QVERIFY(!two.hasQuorum()); // one of two is no majority
        two.setActive(false);
        QVERIFY(!two.isActive());
    }

    void writesAreOffByDefaultVersionedAndBounded() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString base = TestEnvironment::uniqueZnodePath(QStringLiteral("writes"));
        const QString path = base + QStringLiteral("/value");
        ZkSession session;
        session.open(hosts);
        QVERIFY(connected(session));
        QCOMPARE(createNode(session, path, "v0"), ZOK);
        QCOMPARE(createNode(session, base + QStringLiteral("/mesos/log_replicas")), ZOK);
        QWidget parent;
        ZkNodeEditor editor(&parent);
        editor.setSession(&session);
        editor.setContext({base + QStringLiteral("/mesos"), base + QStringLiteral("/marathon")});
        QSignalSpy finished(&editor, &ZkNodeEditor::finished);
        auto lastMessage = [&] { return finished.last().at(1).toString(); };
        auto valueOf = [&](const QString& node) {
            QByteArray value;
            bool done = false;
            session.getData(node, false, [&](int, const QByteArray& data) {
                value = data;
                done = true;
            });
            TestEnvironment::waitUntil([&] { return done; }, 5000);
            return value;
        };

        // Off by default; read-only wins over an earlier permission.
        QVERIFY(!editor.canWrite());
        editor.setValue(path, "nope", 0);
        QVERIFY(lastMessage().startsWith(QStringLiteral("Changes are off")));
        editor.setAllowed(true);
        QVERIFY(editor.canWrite());
        editor.setReadOnly(true);
        QVERIFY(!editor.canWrite());
        editor.setReadOnly(false);
        QVERIFY(!editor.canWrite()); // allowed again only by the operator
        editor.setAllowed(true);

        // A versioned set, then a write of what was seen before: the conflict says what changed.
        ConfirmDialog::setNextAnswer(true);
        editor.setValue(path, "v1", 0);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 5000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(lastMessage()));
        QCOMPARE(valueOf(path), QByteArray("v1"));
        ConfirmDialog::setNextAnswer(true);
        editor.setValue(path, "stale", 0);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 3, 5000);
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY2(lastMessage().contains(QStringLiteral("changed since it was read")),
                 qPrintable(lastMessage()));
        QVERIFY2(lastMessage().contains(QStringLiteral("You edited version 0; it is now at version 1")),
                 qPrintable(lastMessage()));
        QCOMPARE(valueOf(path), QByteArray("v1"));

        // 1,048,576 bytes: refused with the reason, before asking and before the server drops the connection.
        editor.setValue(path, QByteArray(1048576, 'x'), 1);
        QCOMPARE(ConfirmDialog::pendingAnswers(), 0);
        QVERIFY2(lastMessage().startsWith(QStringLiteral("Value too large for the server (about 1 MiB)")),
                 qPrintable(lastMessage()));
        QCOMPARE(session.state(), ZkSession::State::Connected);

        // Under the Mesos path a second, typed confirmation comes first; refused, nothing happens.
        const QString mesosNode = base + QStringLiteral("/mesos/log_replicas");
        ConfirmDialog::setNextAnswer(true);
        ConfirmDialog::setNextAnswer(false);
        editor.deleteNode(mesosNode, 0, 0);
        QVERIFY2(ConfirmDialog::lastText().contains(QStringLiteral("is kept by Mesos")),
                 qPrintable(ConfirmDialog::lastText()));
        QCOMPARE(lastMessage(), QStringLiteral("Nothing was deleted."));
        QCOMPARE(valueOf(mesosNode), QByteArray());
        int rc = -100;
        session.exists(mesosNode, false, [&](int r) { rc = r; });
        QTRY_COMPARE_WITH_TIMEOUT(rc, int(ZOK), 5000);

        // A node with children: counted first, then the path typed (refused here: nothing goes).
        const qsizetype before = finished.size();
        ConfirmDialog::setNextAnswer(false);
        editor.deleteNode(base + QStringLiteral("/mesos"), 0, 1);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == before + 1, 10000);
        QCOMPARE(lastMessage(), QStringLiteral("Nothing was deleted."));
        QVERIFY2(ConfirmDialog::lastText().contains(QStringLiteral("2 node(s) in 2 level(s)")),
                 qPrintable(ConfirmDialog::lastText()));
        // A leaf at its version goes.
        ConfirmDialog::setNextAnswer(true);
        editor.deleteNode(path, 1, 0);
        QTRY_COMPARE_WITH_TIMEOUT(lastMessage(), QStringLiteral("Deleted %1.").arg(path), 5000);
        QCOMPARE(ConfirmDialog::pendingAnswers(), 0);
    }

    // Search and export walk a subtree breadth first, within their bounds, past what they may not
    // read, and stop when told.
    void subtreeWalkIsBoundedAndSkipsWhatItMayNotRead() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString base = TestEnvironment::uniqueZnodePath(QStringLiteral("walk"));
        ZkSession session;
        session.open(hosts);
        QVERIFY(connected(session));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(createNode(session, base + QStringLiteral("/a/%1").arg(i)), ZOK);
        QCOMPARE(createNode(session, base + QStringLiteral("/b/x")), ZOK);
        QCOMPARE(createNode(session, base + QStringLiteral("/c"), "hello"), ZOK);
        QCOMPARE(createNode(session, base + QStringLiteral("/d"), QByteArray("\x00\x01\xff", 3)), ZOK);
        QVERIFY(createProtected(hosts, base + QStringLiteral("/guarded"), "admin", "s3cret"));

        ZkSubtreeWalk walk;
        QStringList order;
        int mostInFlight = 0;
        ZkSubtreeExport exported;
        connect(&walk, &ZkSubtreeWalk::nodeVisited, this,
                [&](const QString& path, const ZkStat& stat, const QByteArray& data) {
                    order << path;
                    mostInFlight = qMax(mostInFlight, walk.inFlight() + 1);
                    exported.add(path, stat, data);
                });
        QSignalSpy finished(&walk, &ZkSubtreeWalk::finished);
        walk.start(&session, base, {100, 2, true});
        QVERIFY2(finished.wait(10000), "the walk of a small subtree to end");
        const ZkSubtreeWalk::Outcome outcome = walk.outcome();
        QCOMPARE(outcome.visited, 1 + 4 + 5 + 1); // base; a, b, c, d (guarded is denied); a's five; b/x
        QCOMPARE(outcome.denied, QStringList{base + QStringLiteral("/guarded")});
        QVERIFY(!outcome.truncated && !outcome.cancelled && outcome.error.isEmpty());
        QCOMPARE(order.first(), base);
        QCOMPARE(order.mid(1, 4), (QStringList{base + QStringLiteral("/a"), base + QStringLiteral("/b"),
                                               base + QStringLiteral("/c"), base + QStringLiteral("/d")}));
        QVERIFY2(mostInFlight <= 2, qPrintable(QString::number(mostInFlight)));

        // The export: text as text, bytes as base64, and it says what it could not read.
        const QJsonObject json =
            QJsonDocument::fromJson(exported.toJson(base, outcome, QDateTime::currentDateTimeUtc())).object();
        QCOMPARE(json.value(QStringLiteral("root")).toString(), base);
        QCOMPARE(json.value(QStringLiteral("complete")).toBool(true), false);
        QVERIFY(
            json.value(QStringLiteral("incomplete")).toString().contains(base + QStringLiteral("/guarded")));
        const QJsonArray nodes = json.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), outcome.visited);
        QJsonObject c, d;
        for (const QJsonValue& node : nodes) {
            const QString path = node.toObject().value(QStringLiteral("path")).toString();
            if (path == base + QStringLiteral("/c"))
                c = node.toObject();
            if (path == base + QStringLiteral("/d"))
                d = node.toObject();
        }
        QCOMPARE(c.value(QStringLiteral("text")).toString(), QStringLiteral("hello"));
        QCOMPARE(c.value(QStringLiteral("dataLength")).toInt(), 5);
        QCOMPARE(QByteArray::fromBase64(d.value(QStringLiteral("base64")).toString().toLatin1()),
                 QByteArray("\x00\x01\xff", 3));

        // The bound: it stops at maxNodes and says so.
        finished.clear();
        walk.start(&session, base, {4, 8, false});
        QVERIFY2(finished.wait(10000), "a bounded walk to end");
        QCOMPARE(walk.outcome().visited, 4);
        QVERIFY(walk.outcome().truncated);

        // Cancelled at its first node: nothing more is read or told.
        finished.clear();
        order.clear();
        QMetaObject::Connection stop =
            connect(&walk, &ZkSubtreeWalk::nodeVisited, &walk, &ZkSubtreeWalk::cancel);
        walk.start(&session, base, {100, 8, false});
        QVERIFY2(finished.wait(10000), "a cancelled walk to end");
        disconnect(stop);
        QVERIFY(walk.outcome().cancelled);
        QCOMPARE(order.size(), 1);
        // A later read on the session is answered after any of the walk's late answers: none counted.
        bool read = false;
        session.exists(base, false, [&](int) { read = true; });
        QTRY_VERIFY2_WITH_TIMEOUT(read, "a read after the cancelled walk", 5000);
        QCOMPARE(order.size(), 1);
        QCOMPARE(finished.size(), 1);

        // A root that is not there: nothing visited, and no error.
        finished.clear();
        walk.start(&session, base + QStringLiteral("/none"), {});
        QVERIFY2(finished.wait(10000), "a walk of a missing node to end");
        QCOMPARE(walk.outcome().visited, 0);
        QCOMPARE(walk.outcome().vanished, 1);
    }

private:
    // A node only digest admin:<password> may touch, made with the C client directly (ZkSession
    // creates open nodes only).
    static bool createProtected(const QString& hosts, const QString& path, const QByteArray& user,
                                const QByteArray& password) {
        zhandle_t* zh = zookeeper_init(hosts.toUtf8().constData(), nullptr, 10000, nullptr, nullptr, 0);
        if (!zh)
            return false;
        TestEnvironment::waitUntil([&] { return zoo_state(zh) == ZOO_CONNECTED_STATE; }, 10000);
        const QByteArray credential = user + ':' + password;
        zoo_add_auth(zh, "digest", credential.constData(), int(credential.size()), nullptr, nullptr);
        const QByteArray digest =
            user + ':' + QCryptographicHash::hash(credential, QCryptographicHash::Sha1).toBase64();
        QByteArray scheme("digest");
        QByteArray id = digest;
        ACL acl{ZOO_PERM_ALL, {scheme.data(), id.data()}};
        ACL_vector acls{1, &acl};
        const QByteArray value("guarded value");
        const int rc = zoo_create(zh, path.toUtf8().constData(), value.constData(), int(value.size()), &acls,
                                  0, nullptr, 0);
        zookeeper_close(zh);
        return rc == ZOK;
    }

    static bool setData(const QString& hosts, const QString& path, const QByteArray& value) {
        zhandle_t* zh = zookeeper_init(hosts.toUtf8().constData(), nullptr, 10000, nullptr, nullptr, 0);
        if (!zh)
            return false;
        TestEnvironment::waitUntil([&] { return zoo_state(zh) == ZOO_CONNECTED_STATE; }, 10000);
        const int rc = zoo_set(zh, path.toUtf8().constData(), value.constData(), int(value.size()), -1);
        zookeeper_close(zh);
        return rc == ZOK;
    }
};

QTEST_MAIN(TestZkExplorer)
#include "tst_zkexplorer.moc"
