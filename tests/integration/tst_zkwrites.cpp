// The explorer's creates and recursive deletes against the real ZooKeeper (MESOSDESK_ZK): every
// create mode, the refusals said plainly, and a recursive delete that counts, names the owners of
// its ephemeral nodes, wants the path typed and stops on a node changed meanwhile.
#include "ConfirmDialog.h"
#include "DigestZnode.h"
#include "GuiStallMeter.h"
#include "ModalAnswer.h"
#include "TestEnvironment.h"
#include "ZkCreateDialog.h"
#include "ZkNodeEditor.h"
#include "ZkTestNodes.h"
#include "zookeeper/ZkRecursiveDelete.h"
#include "zookeeper/ZkSession.h"
#include "zookeeper/ZkWritePolicy.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>
#include <zookeeper/zookeeper.h>

namespace {
using ZkTestNodes::connected;
using ZkTestNodes::createNode;

struct Read {
    int rc = -100;
    QByteArray data;
    ZkStat stat;
};
Read readNode(ZkSession& session, const QString& path) {
    Read read;
    session.getDataWithStat(path, false, [&](int rc, const QByteArray& data, const ZkStat& stat) {
        read = {rc, data, stat};
    });
    TestEnvironment::waitUntil([&] { return read.rc != -100; }, 10000);
    return read;
}

} // namespace

class TestZkWrites : public QObject {
    Q_OBJECT
private slots:
    void createsEveryModeAndSaysWhyNot() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString base = TestEnvironment::uniqueZnodePath(QStringLiteral("create"));
        ZkSession session;
        session.open(hosts);
        QVERIFY(connected(session));
        QCOMPARE(createNode(session, base + QStringLiteral("/mesos")), ZOK);
        QWidget parent;
        ZkNodeEditor editor(&parent);
        editor.setSession(&session);
        editor.setContext({base + QStringLiteral("/mesos"), base + QStringLiteral("/marathon")});
        QSignalSpy finished(&editor, &ZkNodeEditor::finished);
        QSignalSpy created(&editor, &ZkNodeEditor::created);
        auto lastMessage = [&] { return finished.isEmpty() ? QString() : finished.last().at(1).toString(); };

        // Read-only by default: nothing asked, nothing sent.
        editor.createNode(base, QStringLiteral("off"), {}, ZkSession::CreateMode::Persistent);
        QVERIFY2(lastMessage().startsWith(QStringLiteral("Changes are off")), qPrintable(lastMessage()));
        QCOMPARE(ConfirmDialog::pendingAnswers(), 0);
        editor.setAllowed(true);

        struct Case {
            const char* name;
            ZkSession::CreateMode mode;
            bool sequential;
            bool ephemeral;
        };
        const Case cases[] = {
            {"persistent", ZkSession::CreateMode::Persistent, false, false},
            {"persistent-seq-", ZkSession::CreateMode::PersistentSequential, true, false},
            {"ephemeral", ZkSession::CreateMode::Ephemeral, false, true},
            {"ephemeral-seq-", ZkSession::CreateMode::EphemeralSequential, true, true},
            {"container", ZkSession::CreateMode::Container, false, false},
        };
        for (const Case& c : cases) {
            const QString name = QString::fromLatin1(c.name);
            ConfirmDialog::setNextAnswer(true);
            editor.createNode(base, name, "value of " + QByteArray(c.name), c.mode);
            QTRY_VERIFY2_WITH_TIMEOUT(finished.size() == created.size() + 1 && !created.isEmpty() &&
                                          created.last().at(0).toString().contains(name),
                                      qPrintable(QStringLiteral("%1 created: %2").arg(name, lastMessage())),
                                      10000);
            const QString path = created.last().at(0).toString();
            if (c.sequential)
                QVERIFY2(QRegularExpression(QStringLiteral("^%1/%2\\d{10}$").arg(base, name)).match(path).hasMatch(),
                         qPrintable(path));
            else
                QCOMPARE(path, base + u'/' + name);
            QCOMPARE(lastMessage(), QStringLiteral("Created %1.").arg(path));
            const Read read = readNode(session, path);
            QCOMPARE(read.rc, int(ZOK));
            QCOMPARE(read.data, "value of " + QByteArray(c.name));
            QCOMPARE(read.stat.ephemeralOwner, c.ephemeral ? session.sessionId() : 0);
        }
        QCOMPARE(ConfirmDialog::pendingAnswers(), 0);

        // The name exists: said with the server's code.
        ConfirmDialog::setNextAnswer(true);
        editor.createNode(base, QStringLiteral("persistent"), {}, ZkSession::CreateMode::Persistent);
        QTRY_VERIFY2_WITH_TIMEOUT(lastMessage().contains(QStringLiteral("already exists (ZNODEEXISTS)")),
                                  qPrintable(lastMessage()), 10000);
        // A parent deleted meanwhile, an ephemeral parent, a parent this session may not write.
        ConfirmDialog::setNextAnswer(true);
        editor.createNode(base + QStringLiteral("/gone"), QStringLiteral("x"), {}, ZkSession::CreateMode::Persistent);
        QTRY_VERIFY2_WITH_TIMEOUT(lastMessage().contains(QStringLiteral("does not exist any more (deleted meanwhile)")),
                                  qPrintable(lastMessage()), 10000);
        ConfirmDialog::setNextAnswer(true);
        editor.createNode(base + QStringLiteral("/ephemeral"), QStringLiteral("x"), {},
                          ZkSession::CreateMode::Persistent);
        QTRY_VERIFY2_WITH_TIMEOUT(lastMessage().contains(QStringLiteral("an ephemeral node cannot have children")),
                                  qPrintable(lastMessage()), 10000);
        QString error;
        QVERIFY2(DigestZnode::create(hosts, QStringLiteral("admin"), QStringLiteral("s3cret"),
                                     base + QStringLiteral("/guarded"), "g", {}, &error),
                 qPrintable(error));
        ConfirmDialog::setNextAnswer(true);
        editor.createNode(base + QStringLiteral("/guarded"), QStringLiteral("x"), {},
                          ZkSession::CreateMode::Persistent);
        QTRY_VERIFY2_WITH_TIMEOUT(lastMessage().startsWith(QStringLiteral("Not allowed (ZNOAUTH)")),
                                  qPrintable(lastMessage()), 10000);

        // Refused before asking: names the server would refuse, a value above its limit.
        for (const QString& bad : {QString(), QStringLiteral("a/b"), QStringLiteral("."), QStringLiteral(".."),
                                   QStringLiteral("tab\there")}) {
            const qsizetype before = finished.size();
            editor.createNode(base, bad, {}, ZkSession::CreateMode::Persistent);
            QCOMPARE(finished.size(), before + 1);
            QVERIFY2(!finished.last().at(0).toBool() && lastMessage() == ZkWritePolicy::nameProblem(bad),
                     qPrintable(lastMessage()));
        }
        editor.createNode(base, QStringLiteral("big"), QByteArray(1048576, 'x'), ZkSession::CreateMode::Persistent);
        QVERIFY2(lastMessage().startsWith(QStringLiteral("Value too large for the server (about 1 MiB)")),
                 qPrintable(lastMessage()));
        QCOMPARE(ConfirmDialog::pendingAnswers(), 0);

        // Under the Mesos path, the second warning; refused there, nothing is created.
        ConfirmDialog::setNextAnswer(true);
        ConfirmDialog::setNextAnswer(false);
        editor.createNode(base + QStringLiteral("/mesos"), QStringLiteral("x"), {}, ZkSession::CreateMode::Persistent);
        QVERIFY2(ConfirmDialog::lastText().contains(QStringLiteral("is kept by Mesos")),
                 qPrintable(ConfirmDialog::lastText()));
        QCOMPARE(lastMessage(), QStringLiteral("Nothing was created."));
        QCOMPARE(readNode(session, base + QStringLiteral("/mesos/x")).rc, int(ZNONODE));
    }

    // The dialog says why Create is off, and offers every mode (the 3.8 client has containers).
    void createDialogValidatesBeforeSending() {
        ZkCreateDialog dialog(QStringLiteral("/a"));
        QVERIFY(!dialog.createButton()->isEnabled());
        QCOMPARE(dialog.problem(), ZkWritePolicy::nameProblem({}));
        dialog.nameEdit()->setText(QStringLiteral("b/c"));
        QVERIFY(!dialog.createButton()->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("'/'")));
        dialog.nameEdit()->setText(QStringLiteral("node"));
        QVERIFY(dialog.createButton()->isEnabled());
        QVERIFY(dialog.problem().isEmpty());
        dialog.dataEdit()->setPlainText(QString(1048576, u'x'));
        QVERIFY(!dialog.createButton()->isEnabled());
        QVERIFY(dialog.problem().startsWith(QStringLiteral("Value too large for the server (about 1 MiB)")));
        dialog.dataEdit()->setPlainText(QStringLiteral("v"));
        QCOMPARE(dialog.modeBox()->count(), 5);
        dialog.modeBox()->setCurrentIndex(dialog.modeBox()->findData(int(ZkSession::CreateMode::Container)));
        QCOMPARE(dialog.mode(), ZkSession::CreateMode::Container);
        QCOMPARE(dialog.data(), QByteArray("v"));
    }

    void recursiveDeleteCountsNamesOwnersAndWantsThePathTyped() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString base = TestEnvironment::uniqueZnodePath(QStringLiteral("rdelete"));
        const QString root = base + QStringLiteral("/tree");
        ZkSession session;
        session.open(hosts);
        ZkSession owner; // another client's session owns the ephemeral node
        owner.open(hosts);
        QVERIFY(connected(session) && connected(owner));
        for (const char* leaf : {"/a/a1", "/a/a2", "/b/b1"})
            QCOMPARE(createNode(session, root + QLatin1String(leaf), "x"), ZOK);
        QCOMPARE(createNode(owner, root + QStringLiteral("/b/member"), "m", ZkSession::CreateMode::Ephemeral),
                 ZOK);
        QWidget parent;
        ZkNodeEditor editor(&parent);
        editor.setSession(&session);
        editor.setContext({base + QStringLiteral("/mesos"), base + QStringLiteral("/marathon")});
        editor.setAllowed(true);
        QSignalSpy finished(&editor, &ZkNodeEditor::finished);
        QSignalSpy progress(&editor, &ZkNodeEditor::progress);

        // The confirmation: count, levels, the ephemeral node and its owner; Cancel is the default
        // and Delete waits for the path. Cancelled, nothing goes.
        QString text;
        bool cancelDefault = false, disabledUntilTyped = false;
        whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<ConfirmDialog*>(modal);
            QVERIFY(dialog);
            text = dialog->findChild<QLabel*>()->text();
            QPushButton* cancel = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
            cancelDefault = cancel->isDefault() && !dialog->actionButton()->isDefault();
            disabledUntilTyped = !dialog->actionButton()->isEnabled() && dialog->confirmEdit();
            QTest::keyClick(dialog, Qt::Key_Return); // Enter on the untouched dialog cancels
        });
        editor.deleteNode(root, 0, 2);
        QVERIFY(editor.isBusy());
        QTRY_VERIFY2_WITH_TIMEOUT(!finished.isEmpty(), "the cancelled recursive delete to end", 15000);
        QVERIFY2(text.contains(QStringLiteral("Delete %1 and everything under it: 7 node(s) in 3 level(s)").arg(root)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 of them are ephemeral")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("%1/b/member (session %2)")
                                   .arg(root, ZkWritePolicy::sessionIdText(owner.sessionId()))),
                 qPrintable(text));
        QVERIFY(cancelDefault);
        QVERIFY(disabledUntilTyped);
        QCOMPARE(finished.last().at(1).toString(), QStringLiteral("Nothing was deleted."));
        QCOMPARE(readNode(session, root + QStringLiteral("/a/a1")).rc, int(ZOK));

        // Typed, it goes: leaves first, the root last, progress per node.
        finished.clear();
        whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<ConfirmDialog*>(modal);
            QVERIFY(dialog);
            QTest::keyClicks(dialog->confirmEdit(), root.chopped(1));
            QVERIFY(!dialog->actionButton()->isEnabled()); // almost the path is not the path
            QTest::keyClicks(dialog->confirmEdit(), root.right(1));
            QVERIFY(dialog->actionButton()->isEnabled());
            dialog->actionButton()->click();
        });
        editor.deleteNode(root, 0, 2);
        QTRY_VERIFY2_WITH_TIMEOUT(!finished.isEmpty(), "the recursive delete to end", 15000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(finished.last().at(1).toString(),
                 QStringLiteral("Deleted %1 and everything under it: 7 node(s).").arg(root));
        const QStringList deleted = editor.recursiveDelete()->deleted();
        QCOMPARE(deleted.size(), 7);
        QCOMPARE(deleted.last(), root);
        QVERIFY(deleted.indexOf(root + QStringLiteral("/a/a1")) < deleted.indexOf(root + QStringLiteral("/a")));
        QCOMPARE(progress.last().at(1).toInt(), 7);
        QCOMPARE(progress.last().at(2).toInt(), 7);
        QCOMPARE(readNode(session, root).rc, int(ZNONODE));
        QVERIFY(!editor.isBusy());
        // Never the root, never ZooKeeper's own nodes: refused before anything is read.
        editor.deleteNode(QStringLiteral("/"), 0, 5);
        QCOMPARE(finished.last().at(1).toString(), QStringLiteral("The root node cannot be deleted."));
        editor.deleteNode(QStringLiteral("/zookeeper/quota"), 0, 0);
        QVERIFY(
            finished.last().at(1).toString().startsWith(QStringLiteral("/zookeeper holds ZooKeeper's own")));
        QVERIFY(!editor.isBusy());
    }

    void recursiveDeleteStopsAtAChangedNodeAndAboveItsLimit() {
        MESOSDESK_REQUIRE_ZK();
        const QString hosts = TestEnvironment::zooKeeperHosts();
        const QString root = TestEnvironment::uniqueZnodePath(QStringLiteral("rconflict"));
        ZkSession session;
        session.open(hosts);
        ZkSession other;
        other.open(hosts);
        QVERIFY(connected(session) && connected(other));
        for (const char* leaf : {"/a/a1", "/a/a2", "/b/b1"})
            QCOMPARE(createNode(session, root + QLatin1String(leaf)), ZOK);
        ZkRecursiveDelete remover;
        QSignalSpy planned(&remover, &ZkRecursiveDelete::planned);
        QSignalSpy finished(&remover, &ZkRecursiveDelete::finished);

        // Above the limit: refused with the reason, nothing deleted.
        remover.setMaxNodes(5);
        remover.plan(&session, root);
        QVERIFY2(planned.wait(10000), "the count of a subtree above the limit");
        QVERIFY(!remover.currentPlan().isDeletable());
        QVERIFY2(remover.currentPlan().refusal.startsWith(QStringLiteral("The subtree has more than 5 nodes")),
                 qPrintable(remover.currentPlan().refusal));
        remover.execute();
        QCOMPARE(finished.size(), 0);

        // Counted, then b/b1 is written by another client before the delete reaches b.
        remover.setMaxNodes(ZkRecursiveDelete::MaxNodes);
        remover.plan(&session, root);
        QVERIFY2(planned.wait(10000), "the count of the subtree");
        QCOMPARE(remover.currentPlan().nodes.size(), 6);
        QCOMPARE(remover.currentPlan().depth, 3);
        int rc = -100;
        other.setData(root + QStringLiteral("/b/b1"), "changed", -1, [&](int r, const ZkStat&) { rc = r; });
        QTRY_COMPARE_WITH_TIMEOUT(rc, int(ZOK), 10000);
        remover.execute();
        QVERIFY2(finished.wait(10000), "the delete to stop at the changed node");
        const QString message = finished.last().at(1).toString();
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY2(message.contains(QStringLiteral("%1/b/b1 changed after it was counted").arg(root)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("It was at version 0 and is now at version 1")), qPrintable(message));
        // Leaves in name order: a/a1 and a/a2 went before b/b1 was reached.
        QVERIFY2(message.contains(QStringLiteral("Already deleted (2 of 6): %1/a/a1, %1/a/a2.").arg(root)),
                 qPrintable(message));
        QCOMPARE(readNode(session, root + QStringLiteral("/b/b1")).data, QByteArray("changed"));
        QCOMPARE(readNode(session, root + QStringLiteral("/a")).rc, int(ZOK));

        // Counted again (b/b1 at its new version), and stopped after its first delete.
        remover.plan(&session, root);
        QVERIFY2(planned.wait(10000), "the second count");
        QCOMPARE(remover.currentPlan().nodes.size(), 4); // b/b1, a, b, the root
        const QMetaObject::Connection stop =
            connect(&remover, &ZkRecursiveDelete::progress, &remover, [&](int done) {
                if (done == 1)
                    remover.cancel();
            });
        remover.execute();
        QVERIFY2(finished.wait(10000), "the cancelled delete to stop");
        disconnect(stop);
        QCOMPARE(finished.last().at(1).toString(),
                 QStringLiteral("Stopped on request. Already deleted (1 of 4): %1/b/b1.").arg(root));
        QCOMPARE(remover.phase(), ZkRecursiveDelete::Phase::Idle);
        QCOMPARE(readNode(session, root + QStringLiteral("/b")).rc, int(ZOK));
    }

    // A thousand nodes: counted and deleted one request at a time, the GUI thread never held up.
    void aThousandNodesGoWithoutStallingTheGui() {
        MESOSDESK_REQUIRE_ZK();
        const QString root = TestEnvironment::uniqueZnodePath(QStringLiteral("rbulk"));
        ZkSession session;
        session.open(TestEnvironment::zooKeeperHosts());
        QVERIFY(connected(session));
        QCOMPARE(createNode(session, root), ZOK);
        int answered = 0, failed = 0;
        constexpr int parents = 20, children = 49; // 1 + 20 + 980 = 1,001 nodes
        for (int p = 0; p < parents; ++p) {
            const QString parent = root + QStringLiteral("/p%1").arg(p);
            session.create(parent, {}, ZkSession::CreateMode::Persistent, [&](int rc, const QString&) {
                ++answered;
                failed += rc == ZOK ? 0 : 1;
            });
            for (int c = 0; c < children; ++c)
                session.create(parent + QStringLiteral("/c%1").arg(c), "x", ZkSession::CreateMode::Persistent,
                               [&](int rc, const QString&) {
                                   ++answered;
                                   failed += rc == ZOK ? 0 : 1;
                               });
        }
        QTRY_VERIFY2_WITH_TIMEOUT(answered == parents * (children + 1), "the thousand creates", 30000);
        QCOMPARE(failed, 0);
        ZkRecursiveDelete remover;
        QSignalSpy planned(&remover, &ZkRecursiveDelete::planned);
        QSignalSpy finished(&remover, &ZkRecursiveDelete::finished);
        QSignalSpy counting(&remover, &ZkRecursiveDelete::counting);
        GuiStallMeter stall;
        QElapsedTimer clock;
        clock.start();
        remover.plan(&session, root);
        QVERIFY2(planned.wait(30000), "the count of a thousand nodes");
        const qint64 countMs = clock.restart();
        QCOMPARE(remover.currentPlan().nodes.size(), 1001);
        // The running count moved while counting: 100, 200, ... 1,000, never past what was found.
        QCOMPARE(counting.size(), 10);
        QCOMPARE(counting.first().at(0).toInt(), ZkRecursiveDelete::CountingStep);
        QCOMPARE(counting.last().at(0).toInt(), 10 * ZkRecursiveDelete::CountingStep);
        remover.execute();
        QVERIFY2(finished.wait(60000), "the delete of a thousand nodes");
        const qint64 deleteMs = clock.elapsed();
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        qInfo("1,001 nodes: counted in %lld ms, deleted in %lld ms; longest GUI stall %.1f ms", countMs,
              deleteMs, stall.maxStallMs());
        QVERIFY2(stall.maxStallMs() < 250, qPrintable(QString::number(stall.maxStallMs())));
    }
};

QTEST_MAIN(TestZkWrites)
#include "tst_zkwrites.moc"
