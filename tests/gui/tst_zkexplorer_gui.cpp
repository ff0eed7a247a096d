// The ZooKeeper tab through the real MainWindow on the devcluster's ZooKeeper nodes: the Mesos
// masters' and Marathon's election members decoded with who leads, the ensemble's health, and
// what a master-URL connection shows instead.
#include "ConfirmDialog.h"
#include "DevClusterProcess.h"
#include "LeaderStatusBar.h"
#include "MainWindow.h"
#include "ModalAnswer.h"
#include "ScreenshotLanguage.h"
#include "TestEnvironment.h"
#include "ZkCreateDialog.h"
#include "ZkEnsembleModel.h"
#include "ZkEnsembleView.h"
#include "ZkNodePane.h"
#include "ZkServerProcess.h"
#include "ZkSubtreeSearch.h"
#include "ZkTreeModel.h"
#include "ZooKeeperPage.h"
#include "core/ClusterLeader.h"
#include "core/ClusterSession.h"
#include "core/Settings.h"
#include "zookeeper/ZkEnsembleMonitor.h"
#include "zookeeper/ZkSession.h"
#include "zookeeper/ZkWritePolicy.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

class TestZkExplorerGui : public QObject {
    Q_OBJECT
    DevClusterProcess m_devcluster;

    static void screenshot(MainWindow& window, const QString& name) {
        const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            window.resize(size);
            QCoreApplication::processEvents();
            window.grab().save(
                QStringLiteral("%1/%2-%3x%4.png").arg(dir, name).arg(size.width()).arg(size.height()));
        }
    }
    static ZooKeeperPage* openPage(MainWindow& window) {
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        auto* page = window.findChild<ZooKeeperPage*>(QStringLiteral("zooKeeperPage"));
        if (tabs && page)
            tabs->setCurrentWidget(page);
        return page;
    }
    static QString lowest(const QStringList& names, const QString& marker) {
        QString best;
        qint64 bestSequence = -1;
        for (const QString& name : names) {
            const qsizetype at = name.lastIndexOf(marker);
            if (at < 0)
                continue;
            const qint64 sequence = name.mid(at + marker.size()).toLongLong();
            if (bestSequence < 0 || sequence < bestSequence) {
                best = name;
                bestSequence = sequence;
            }
        }
        return best;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(3, 1));
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
        Settings::MarathonUrl.reset();
        Settings::MarathonReadOnly.reset();
    }
    void cleanupTestCase() {
        m_devcluster.stop();
        Settings::MarathonZkPath.reset();
    }

    void mesosMastersAreDecodedAndTheLeaderNamed() {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const ConnectionTarget target = ConnectionTarget::parse(m_devcluster.zkUrl());
        window.connectTo(target);
        ZooKeeperPage* page = openPage(window);
        QVERIFY(page);
        QVERIFY(page->messageText().isEmpty());
        ZkTreeModel* model = page->treeModel();
        QCOMPARE(model->rootPath(), target.zk.path); // the connection's path by default
        QTRY_VERIFY_WITH_TIMEOUT(model->isListed(model->rootIndex()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(model->rootIndex()), 3, 10000); // three masters
        const QString leaderNode = lowest(model->childNames(model->rootIndex()), QStringLiteral("_"));
        QVERIFY(leaderNode.startsWith(QStringLiteral("json.info_")));
        page->selectPath(target.zk.path + u'/' + leaderNode);
        ZkNodePane* pane = page->nodePane();
        QTRY_VERIFY_WITH_TIMEOUT(pane->meaningText().contains(QStringLiteral("Role: leading master")), 10000);
        QCOMPARE(pane->meaningTitle(), QStringLiteral("Mesos master (MasterInfo, JSON)"));
        // The explorer and the status bar agree on who leads.
        QTRY_VERIFY_WITH_TIMEOUT(window.leaderStatus()->leaderText().startsWith(QStringLiteral("Leader: ")) &&
                                     !window.leaderStatus()->leaderText().contains(QStringLiteral("none")),
                                 20000);
        const QString leaderHostPort = window.session()->leader()->summary().leader.hostPort();
        const QString port = leaderHostPort.mid(leaderHostPort.lastIndexOf(u':') + 1);
        QVERIFY2(pane->meaningText().contains(QStringLiteral("Port: ") + port),
                 qPrintable(pane->meaningText()));
        QVERIFY2(pane->statText(QStringLiteral("ephemeralOwner")).contains(QStringLiteral("ephemeral")),
                 qPrintable(pane->statText(QStringLiteral("ephemeralOwner"))));
        QTRY_COMPARE_WITH_TIMEOUT(pane->shownKind(), ZkDataFormat::Kind::Json, 5000);
        QVERIFY(pane->shownText().contains(QStringLiteral("\n    \"hostname\": ")));
        // Known nodes explain themselves; path and value copy.
        const QString tip = model->indexOfPath(target.zk.path).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Mesos masters: ")), qPrintable(tip));
        page->findChild<QAction*>(QStringLiteral("zkCopyPath"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), target.zk.path + u'/' + leaderNode);
        page->findChild<QAction*>(QStringLiteral("zkCopyValue"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), pane->shownText());
        // Changes are off until allowed; read-only turns them off and the switch with them.
        auto* allow = page->findChild<QCheckBox*>(QStringLiteral("zkAllowChanges"));
        auto* edit = page->findChild<QPushButton*>(QStringLiteral("zkEditValue"));
        QVERIFY(!allow->isChecked() && !edit->isEnabled());
        // New node is off too, and says why.
        QVERIFY(!page->createButton()->isEnabled());
        QCOMPARE(page->createButton()->toolTip(), QStringLiteral("Changes are off: tick Allow changes first."));
        allow->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(edit->isEnabled(), 2000);
        auto* readOnly = window.findChild<QAction*>(QStringLiteral("readOnlyAction"));
        readOnly->setChecked(true);
        QVERIFY(!allow->isChecked() && !allow->isEnabled() && !edit->isEnabled());
        readOnly->setChecked(false);
        QVERIFY(allow->isEnabled() && !allow->isChecked());
        screenshot(window, QStringLiteral("zk-explorer-mesos"));

        // The whole tree on request: Marathon's latch, its members named with who leads.
        auto* root = page->findChild<QComboBox*>(QStringLiteral("zkRoot"));
        root->setCurrentIndex(root->findData(QStringLiteral("/")));
        emit root->activated(root->currentIndex());
        QCOMPARE(model->rootPath(), QStringLiteral("/"));
        const QString latch = m_devcluster.marathonZkPath() + QStringLiteral("/leader-curator");
        page->selectPath(latch);
        QTRY_COMPARE_WITH_TIMEOUT(pane->path(), latch, 20000);
        QCOMPARE(pane->meaningTitle(), QStringLiteral("Marathon leader election"));
        const QModelIndex latchIndex = model->indexOfPath(latch);
        page->treeView()->expand(latchIndex);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount(latchIndex) >= 1, 10000);
        const QString member = lowest(model->childNames(latchIndex), QStringLiteral("-latch-"));
        page->selectPath(latch + u'/' + member);
        QTRY_VERIFY_WITH_TIMEOUT(pane->meaningText().contains(QStringLiteral("Role: leading instance")),
                                 10000);
        QVERIFY(pane->meaningText().contains(QStringLiteral("Address: ")));
        screenshot(window, QStringLiteral("zk-explorer-marathon"));
    }

    // Find a path under the selected node by typing part of it; a match opens in the tree. The
    // subtree exports as JSON from the tree's menu.
    void searchFindsPathsAndTheSubtreeExports() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const ConnectionTarget target = ConnectionTarget::parse(m_devcluster.zkUrl());
        window.connectTo(target);
        ZooKeeperPage* page = openPage(window);
        ZkTreeModel* model = page->treeModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(model->rootIndex()), 3, 10000);
        ZkSubtreeSearch* search = page->search();
        QTest::keyClicks(search->field(), QStringLiteral("INFO_"));
        QTest::keyClick(search->field(), Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(!search->isSearching() &&
                                      search->statusText().startsWith(QStringLiteral("3 match")),
                                  qPrintable(search->statusText()), 10000);
        QCOMPARE(search->results()->count(), 3); // the masters' json.info_ nodes, case aside
        QVERIFY2(search->statusText().contains(QStringLiteral("4 node(s) searched")),
                 qPrintable(search->statusText()));
        const QString found = search->results()->item(1)->text();
        QVERIFY(found.startsWith(target.zk.path + QStringLiteral("/json.info_")));
        emit search->results()->itemActivated(search->results()->item(1));
        QTRY_COMPARE_WITH_TIMEOUT(page->nodePane()->path(), found, 10000);
        screenshot(window, QStringLiteral("zk-explorer-search"));
        // From the selected member: the node itself matches, and a text nothing has is said so,
        // not an empty list left from before.
        QTest::keyClick(search->field(), Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(search->statusText().startsWith(QStringLiteral("1 match")),
                                  qPrintable(search->statusText()), 10000);
        search->field()->setText(QStringLiteral("no-such-node"));
        QTest::keyClick(search->field(), Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(search->statusText().startsWith(QStringLiteral("0 match")),
                                  qPrintable(search->statusText()), 10000);
        QCOMPARE(search->results()->count(), 0);

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mesos.json"));
        page->exportSubtree(target.zk.path, file);
        QTRY_VERIFY2_WITH_TIMEOUT(page->writeMessage().startsWith(QStringLiteral("Exported 4 node(s) of ")),
                                  qPrintable(page->writeMessage()), 10000);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(written.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("nodes")).toArray().size(), 4);
        QVERIFY(json.value(QStringLiteral("complete")).toBool());
        const QJsonObject member = json.value(QStringLiteral("nodes")).toArray().at(1).toObject();
        QVERIFY2(member.value(QStringLiteral("text")).toString().contains(QStringLiteral("\"hostname\"")),
                 qPrintable(member.value(QStringLiteral("text")).toString()));
        QVERIFY(member.value(QStringLiteral("ephemeralOwner")).toString().startsWith(QStringLiteral("0x")));
    }

    // New node and a recursive delete from the page: the dialogs as the operator sees them.
    void createAndDeleteASubtreeFromThePage() {
        installScreenshotLanguage(this);
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const ConnectionTarget target = ConnectionTarget::parse(m_devcluster.zkUrl());
        window.connectTo(target);
        ZooKeeperPage* page = openPage(window);
        ZkSession helper;
        helper.open(target.zk.hosts);
        QTRY_VERIFY_WITH_TIMEOUT(helper.state() == ZkSession::State::Connected, 10000);
        const QString base = TestEnvironment::uniqueZnodePath(QStringLiteral("page"));
        int rc = -100;
        helper.ensurePath(base, [&](int r) { rc = r; });
        QTRY_COMPARE_WITH_TIMEOUT(rc, 0, 10000);
        auto* root = page->findChild<QComboBox*>(QStringLiteral("zkRoot"));
        root->setCurrentIndex(root->findData(QStringLiteral("/")));
        emit root->activated(root->currentIndex());
        page->selectPath(base);
        QTRY_VERIFY_WITH_TIMEOUT(page->nodePane()->path() == base && page->nodePane()->stat().valid, 20000);
        page->findChild<QCheckBox*>(QStringLiteral("zkAllowChanges"))->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(page->createButton()->isEnabled(), 5000);

        const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOT_DIR");
        whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<ZkCreateDialog*>(modal);
            QVERIFY(dialog);
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("child"));
            dialog->dataEdit()->setPlainText(QStringLiteral("{\"hello\": 1}"));
            if (!dir.isEmpty())
                dialog->grab().save(dir + QStringLiteral("/zk-create-dialog.png"));
            ConfirmDialog::setNextAnswer(true);
            dialog->createButton()->click();
        });
        page->createButton()->click();
        const QString child = base + QStringLiteral("/child");
        QTRY_COMPARE_WITH_TIMEOUT(page->writeMessage(), QStringLiteral("Created %1.").arg(child), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->nodePane()->path(), child, 20000); // the tree lists and selects it
        rc = -100;
        helper.create(child + QStringLiteral("/leaf"), "x", ZkSession::CreateMode::Ephemeral,
                      [&](int r, const QString&) { rc = r; });
        QTRY_COMPARE_WITH_TIMEOUT(rc, 0, 10000);

        page->selectPath(base);
        QTRY_VERIFY_WITH_TIMEOUT(page->nodePane()->path() == base && page->nodePane()->stat().numChildren == 1,
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(page->deleteButton()->isEnabled(), 5000);
        QString text;
        whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<ConfirmDialog*>(modal);
            QVERIFY(dialog);
            text = dialog->findChild<QLabel*>()->text();
            if (!dir.isEmpty()) {
                screenshot(window, QStringLiteral("zk-recursive-delete-page"));
                dialog->grab().save(dir + QStringLiteral("/zk-recursive-delete-confirm.png"));
            }
            QTest::keyClicks(dialog->confirmEdit(), base);
            dialog->actionButton()->click();
        });
        page->deleteButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(page->writeMessage(),
                                  QStringLiteral("Deleted %1 and everything under it: 3 node(s).").arg(base), 20000);
        QVERIFY2(text.contains(QStringLiteral("%1/child/leaf (session %2)")
                                   .arg(base, ZkWritePolicy::sessionIdText(helper.sessionId()))),
                 qPrintable(text));
        QVERIFY(!page->stopButton()->isVisible());
    }

    void ensembleTabTellsTheServersAndWhatIsDisabled() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        ZooKeeperPage* page = openPage(window);
        ZkEnsembleView* ensemble = page->ensembleView();
        QVERIFY(!ensemble->monitor()->isActive()); // not shown, not polled
        page->findChild<QTabWidget*>(QStringLiteral("zkTabs"))->setCurrentWidget(ensemble);
        QVERIFY(ensemble->monitor()->isActive());
        const QString server = ZkEnsembleMonitor::serversOf(window.session()->target().zk.hosts).first();
        QTRY_COMPARE_WITH_TIMEOUT(
            ensemble->summaryText(),
            QStringLiteral("Quorum holds: 1 of 1 server(s) serving; standalone: %1.").arg(server), 10000);
        QVERIFY2(ensemble->noteText().contains(
                     QStringLiteral("mntr is not in 4lw.commands.whitelist on 1 server(s)")),
                 qPrintable(ensemble->noteText()));
        QCOMPARE(ensemble->model()->index(0, ZkEnsembleModel::ModeColumn).data().toString(),
                 QStringLiteral("standalone"));
        screenshot(window, QStringLiteral("zk-explorer-ensemble"));
        // The AdminServer's port is the operator's: one where nothing listens is said to be
        // unreachable (the four-letter words answer); 0 does not ask it at all.
        QSpinBox* adminPort = ensemble->adminPortBox();
        const int nothingListens = ZkServerProcess::freePort();
        adminPort->setValue(nothingListens);
        QCOMPARE(Settings::ZkAdminPort.get(), nothingListens);
        QCOMPARE(ensemble->monitor()->adminPort(), nothingListens);
        QTRY_VERIFY2_WITH_TIMEOUT(
            ensemble->noteText().contains(
                QStringLiteral("AdminServer unreachable on port %1").arg(nothingListens)),
            qPrintable(ensemble->noteText()), 15000);
        adminPort->setValue(0);
        QCOMPARE(adminPort->text(), QStringLiteral("not asked"));
        QTRY_VERIFY2_WITH_TIMEOUT(ensemble->monitor()->isKnown() &&
                                      !ensemble->noteText().contains(u"AdminServer"),
                                  qPrintable(ensemble->noteText()), 15000);
        QCOMPARE(Settings::ZkAdminPort.get(), 0);
        Settings::ZkAdminPort.reset();
        // Another tab: polling stops.
        window.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentIndex(0);
        QVERIFY(!ensemble->monitor()->isActive());
    }

    void aMasterUrlConnectionSaysWhyThereIsNothing() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ZooKeeperPage* page = openPage(window);
        QVERIFY(page->messageText().startsWith(QStringLiteral("Not connected.")));
        const QString master = m_devcluster.ready().value(u"masters").toArray().first().toString();
        QVERIFY(!master.isEmpty());
        window.connectTo(ConnectionTarget::parse(master));
        QVERIFY2(page->messageText().contains(QStringLiteral("straight to a master URL")),
                 qPrintable(page->messageText()));
        screenshot(window, QStringLiteral("zk-explorer-master-url"));
    }
};

QTEST_MAIN(TestZkExplorerGui)
#include "tst_zkexplorer_gui.moc"
