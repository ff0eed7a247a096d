// The log viewer and the Sandbox tab on the offscreen platform, against a fake agent:
// search next/previous, only matching lines, pause/resume, save, ANSI colours, HTML shown
// literally, the sandbox browser, the merged view over three instances, and screenshots.
#include "FakeAgent.h"
#include "LogFilterModel.h"
#include "LogModel.h"
#include "LogView.h"
#include "LogViewerWidget.h"
#include "MainWindow.h"
#include "NoticeBar.h"
#include "SandboxBrowser.h"
#include "SandboxFilesModel.h"
#include "SandboxTab.h"
#include "TestEnvironment.h"
#include "net/HttpTransport.h"
#include "sandbox/FileTail.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QLabel>
#include <QtTest>

namespace {
const QString Dir = QStringLiteral("/var/lib/mesos/slaves/S1/frameworks/fw/executors/web.1/runs/c1");

QByteArray sampleLog() {
    QByteArray log;
    log += "\x1b[32mINFO\x1b[0m  service starting\n";
    log += "\x1b[33mWARN\x1b[0m  config value \x1b[1mmaxConnections\x1b[0m is deprecated\n";
    log += "<b>this is not bold</b> <a href=\"x\">nor a link</a> &amp;\n";
    for (int i = 0; i < 300; ++i) {
        if (i % 50 == 7)
            log += "\x1b[31mERROR\x1b[0m request " + QByteArray::number(i) + " failed: connection refused\n";
        else
            log += "\x1b[32mINFO\x1b[0m  request " + QByteArray::number(i) + " served in " + QByteArray::number(i % 17) +
                   " ms \xe2\x9c\x93\n";
    }
    return log;
}

QString screenshotDir() {
    const QString dir = QDir::tempPath() + QStringLiteral("/mesosdesk-screens");
    QDir().mkpath(dir);
    return dir;
}
// Screenshots at the sizes the window must work at, named with their size.
bool saveAtSizes(QWidget* w, const QString& name) {
    for (const QSize& size : {QSize(1024, 700), QSize(1600, 1000)}) {
        w->resize(size);
        TestEnvironment::settleLayouts();
        if (!w->grab().save(screenshotDir() +
                            QStringLiteral("/%1-%2x%3.png").arg(name).arg(size.width()).arg(size.height())))
            return false;
    }
    return true;
}
} // namespace

class TestLogViewer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MesosDeskTest"));
        QVERIFY(m_agent.listen());
        m_agent.setFile(Dir + QStringLiteral("/stdout"), sampleLog());
        m_agent.setFile(Dir + QStringLiteral("/stderr"), "I1124 12:00:00 starting\n");
        m_agent.setFile(Dir + QStringLiteral("/logs/app.log"), "app\n");
        m_agent.setFile(Dir + QStringLiteral("/config.json"), "{}\n");
    }

    // Counting matches over a big buffer runs in slices between events, never in one go.
    void matchCountIsTakenInSlices() {
        HttpTransport transport;
        LogViewerWidget viewer(&transport);
        QByteArray text;
        for (int i = 0; i < 100000; ++i)
            text += "line " + QByteArray::number(i) + '\n';
        viewer.model()->appendBytes(0, text);
        QCOMPARE(viewer.model()->rowCount(), 100000);
        auto* label = viewer.findChild<QLabel*>(QStringLiteral("matchLabel"));
        QVERIFY(label);
        viewer.setSearch(QStringLiteral("7"));
        QCOMPARE(label->text(), QStringLiteral("Counting matches…")); // not done within the call
        int expected = 0;
        for (int i = 0; i < 100000; ++i)
            expected += QByteArray::number(i).contains('7') ? 1 : 0;
        QTRY_COMPARE(viewer.matchCount(), expected);
        QVERIFY(label->text().contains(QString::number(expected)));
    }

    void searchFilterAndHighlights() {
        HttpTransport transport;
        LogViewerWidget viewer(&transport);
        viewer.resize(1000, 500);
        viewer.show();
        viewer.addFile(QStringLiteral("web.1 stdout"), QUrl(m_agent.baseUrl()), Dir + QStringLiteral("/stdout"));
        QTRY_COMPARE_WITH_TIMEOUT(viewer.model()->rowCount(), 303, 5000);
        // Colours are rendered, escapes never shown raw, HTML shown as its characters.
        QCOMPARE(viewer.model()->index(0).data().toString(), QStringLiteral("INFO  service starting"));
        QVERIFY(!viewer.model()->index(0).data(LogModel::FormatsRole).value<QList<QTextLayout::FormatRange>>().isEmpty());
        QCOMPARE(viewer.model()->index(2).data().toString(),
                 QStringLiteral("<b>this is not bold</b> <a href=\"x\">nor a link</a> &amp;"));
        // Follow keeps the end in view.
        QTRY_VERIFY(viewer.view()->verticalScrollBar()->value() == viewer.view()->verticalScrollBar()->maximum());

        viewer.setSearch(QStringLiteral("error"));
        QCOMPARE(viewer.matchCount(), 6);
        const int first = viewer.findNext();
        QCOMPARE(viewer.model()->index(first).data().toString(),
                 QStringLiteral("ERROR request 7 failed: connection refused"));
        QVERIFY(!viewer.view()->follow()); // jumping to a match stops following
        const int second = viewer.findNext();
        QVERIFY(viewer.model()->index(second).data().toString().contains(QStringLiteral("request 57 ")));
        QCOMPARE(viewer.findPrevious(), first);
        QCOMPARE(viewer.findPrevious(), viewer.model()->rowCount() - 300 + 257); // wraps to the last one
        // Enter in the search field goes to the next match.
        viewer.view()->setCurrentIndex(viewer.filterModel()->index(0, 0));
        auto* edit = viewer.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(viewer.view()->currentIndex().row(), first);
        // Regex and case.
        viewer.setSearch(QStringLiteral("request \\d+ served in 1\\d ms"), true, true);
        int expected = 0;
        for (int i = 0; i < 300; ++i)
            expected += (i % 50 != 7 && i % 17 >= 10) ? 1 : 0;
        QCOMPARE(viewer.matchCount(), expected);
        viewer.setSearch(QStringLiteral("ERROR"), true, false);
        QCOMPARE(viewer.matchCount(), 6);
        viewer.view()->scrollTo(viewer.filterModel()->index(first, 0), QAbstractItemView::PositionAtCenter);
        viewer.view()->setCurrentMatchRow(first);
        TestEnvironment::settleLayouts();
        QVERIFY(viewer.grab().save(screenshotDir() + QStringLiteral("/logviewer-search.png")));

        // Only matching lines, live: a new matching line appears, a non-matching one does not.
        auto* only = viewer.findChild<QCheckBox*>(QStringLiteral("onlyMatchingBox"));
        only->setChecked(true);
        QCOMPARE(viewer.filterModel()->rowCount(), 6);
        m_agent.appendFile(Dir + QStringLiteral("/stdout"), "INFO fine\n\x1b[31mERROR\x1b[0m late failure\n");
        QTRY_COMPARE_WITH_TIMEOUT(viewer.filterModel()->rowCount(), 7, 5000);
        QCOMPARE(viewer.filterModel()->index(6, 0).data().toString(), QStringLiteral("ERROR late failure"));
        QVERIFY(viewer.grab().save(screenshotDir() + QStringLiteral("/logviewer-only-matching.png")));

        // Save the visible (filtered) lines.
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("errors.txt"));
        QString error;
        QVERIFY2(viewer.saveVisibleLines(saved, &error), qPrintable(error));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 8); // 7 lines and the final newline
        QCOMPARE(lines[0], QByteArray("ERROR request 7 failed: connection refused"));
        only->setChecked(false);
        QCOMPARE(viewer.filterModel()->rowCount(), viewer.model()->rowCount());

        // Save the whole file, streamed.
        const QString whole = dir.filePath(QStringLiteral("stdout"));
        viewer.downloadWholeFile(whole);
        QTRY_VERIFY_WITH_TIMEOUT(viewer.noticeBar()->text().contains(QStringLiteral("Saved the whole file")), 5000);
        QFile wholeFile(whole);
        QVERIFY(wholeFile.open(QIODevice::ReadOnly));
        QCOMPARE(wholeFile.readAll(), m_agent.file(Dir + QStringLiteral("/stdout")));
    }

    // A search turns Follow off: the check box and the status line say so; Follow back on goes
    // to the end, with the scroll bar at its maximum, wrapped or not, and stays there.
    void followThroughASearch_data() {
        QTest::addColumn<bool>("wrap");
        QTest::newRow("lines") << false;
        QTest::newRow("wrapped") << true;
    }
    void followThroughASearch() {
        QFETCH(bool, wrap);
        const QString path =
            QStringLiteral("/elsewhere/follow-%1").arg(wrap); // not in Dir: the browser test counts its files
        QByteArray text;
        for (int i = 0; i < 2000; ++i)
            text += (i % 300 == 5 ? "ERROR line " : "INFO line ") + QByteArray::number(i) +
                    " with some text that is long enough to wrap when the view is narrow enough, and more\n";
        m_agent.setFile(path, text);
        HttpTransport transport;
        LogViewerWidget viewer(&transport);
        viewer.resize(700, 500);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        auto* follow = viewer.findChild<QAction*>(QStringLiteral("followAction"));
        auto* wrapAction = viewer.findChild<QAction*>(QStringLiteral("wrapAction"));
        if (wrapAction->isChecked() != wrap)
            wrapAction->trigger();
        viewer.tail(viewer.addFile(QStringLiteral("follow"), QUrl(m_agent.baseUrl()), path));
        QScrollBar* bar = viewer.view()->verticalScrollBar();
        QTRY_VERIFY_WITH_TIMEOUT(viewer.model()->rowCount() > 100, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() == bar->maximum(), 5000);
        QVERIFY(follow->isChecked());
        QVERIFY(viewer.statusText().startsWith(QStringLiteral("Following.")));

        viewer.setSearch(QStringLiteral("ERROR"));
        QVERIFY(viewer.findNext() >= 0);
        QVERIFY(!viewer.view()->follow());
        QVERIFY(!follow->isChecked());
        QVERIFY2(!viewer.statusText().contains(QStringLiteral("Following")), qPrintable(viewer.statusText()));
        QVERIFY(viewer.statusText().contains(QStringLiteral("Not following")));
        QTRY_VERIFY2_WITH_TIMEOUT(bar->value() < bar->maximum(), "the view scrolled up to the match", 10000);

        follow->trigger();
        QVERIFY(viewer.view()->follow());
        QVERIFY(viewer.statusText().startsWith(QStringLiteral("Following.")));
        const int lastRow = viewer.filterModel()->rowCount() - 1;
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() == bar->maximum() && bar->maximum() > 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(viewer.view()->viewport()->rect().intersects(
                                     viewer.view()->visualRect(viewer.filterModel()->index(lastRow, 0))),
                                 5000);
        // New lines keep it at the end.
        m_agent.appendFile(path, "INFO the newest line\n");
        QTRY_COMPARE_WITH_TIMEOUT(
            viewer.filterModel()->index(viewer.filterModel()->rowCount() - 1, 0).data().toString(),
            QStringLiteral("INFO the newest line"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() == bar->maximum(), 5000);
        QVERIFY(viewer.grab().save(screenshotDir() +
                                   QStringLiteral("/logviewer-follow-%1.png")
                                       .arg(wrap ? QStringLiteral("wrapped") : QStringLiteral("lines"))));
    }

    // A followed task that ends says so (with its state), and its file stops being polled once
    // read to its end; a lost task says it was lost.
    void followedTaskThatEndsSaysSo_data() {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("said");
        QTest::newRow("killed") << QStringLiteral("TASK_KILLED")
                                << QStringLiteral("The task ended (TASK_KILLED)");
        QTest::newRow("lost") << QStringLiteral("TASK_LOST")
                              << QStringLiteral("The task was lost (TASK_LOST)");
    }
    void followedTaskThatEndsSaysSo() {
        QFETCH(QString, state);
        QFETCH(QString, said);
        FakeAgent agent;
        QVERIFY(agent.listen());
        auto agentState = [](const QByteArray& taskState, bool completed) -> QByteArray {
            const QByteArray task = "{\"id\":\"web.7\",\"state\":\"" + taskState + "\"}";
            const QByteArray executor = "{\"id\":\"web.7\",\"directory\":\"/s/web.7\",\"tasks\":[" +
                                        (completed ? QByteArray() : task) + "],\"completed_tasks\":[" +
                                        (completed ? task : QByteArray()) + "]}";
            return "{\"id\":\"S1\",\"pid\":\"slave(1)@127.0.0.1:5051\",\"hostname\":\"localhost\","
                   "\"frameworks\":[{\"id\":\"fw\",\"executors\":[" +
                   (completed ? QByteArray() : executor) + "],\"completed_executors\":[" +
                   (completed ? executor : QByteArray()) + "]}]}";
        };
        agent.setState(agentState("TASK_RUNNING", false));
        agent.setFile(QStringLiteral("/s/web.7/stdout"), "serving\n");
        HttpTransport transport;
        SandboxTab tab(&transport);
        tab.setTaskCheckInterval(200);
        tab.resize(1200, 500);
        tab.show();
        tab.openTaskSandbox(QUrl(agent.baseUrl()), QStringLiteral("fw"), QString(), QStringLiteral("web.7"));
        QTRY_COMPARE_WITH_TIMEOUT(tab.logTabs()->count(), 1, 5000);
        auto* viewer = qobject_cast<LogViewerWidget*>(tab.logTabs()->widget(0));
        QTRY_COMPARE_WITH_TIMEOUT(viewer->model()->rowCount(), 1, 5000);
        QVERIFY(viewer->statusText().startsWith(QStringLiteral("Following.")));
        // A few looks at a running task change nothing.
        const int looks = agent.stateRequests();
        QTRY_VERIFY2_WITH_TIMEOUT(agent.stateRequests() >= looks + 3, "three more looks at the task's state",
                                  20000);
        QVERIFY(!viewer->isTaskEnded(0));
        // Its last words, then the end.
        agent.appendFile(QStringLiteral("/s/web.7/stdout"), "shutting down\n");
        agent.setState(agentState(state.toUtf8(), true));
        QTRY_VERIFY2_WITH_TIMEOUT(viewer->statusText().startsWith(said), qPrintable(viewer->statusText()),
                                  5000);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->tail(0)->isFinished(), 5000);
        QVERIFY(!viewer->tail(0)->isRunning());
        QVERIFY2(viewer->statusText().contains(QStringLiteral("no longer polled")),
                 qPrintable(viewer->statusText()));
        QVERIFY(!viewer->statusText().contains(QStringLiteral("Following")));
        QStringList lines = viewer->view()->allLines();
        QVERIFY(lines.contains(QStringLiteral("shutting down")));
        QVERIFY2(lines.last().contains(said), qPrintable(lines.join(u'\n')));
        QVERIFY(tab.grab().save(screenshotDir() + QStringLiteral("/logviewer-task-ended-%1.png").arg(state)));
        // A task already over when opened says so at once.
        tab.openTaskSandbox(QUrl(agent.baseUrl()), QStringLiteral("fw"), QString(), QStringLiteral("web.7"));
        QTRY_COMPARE_WITH_TIMEOUT(tab.logTabs()->count(), 2, 5000);
        auto* again = qobject_cast<LogViewerWidget*>(tab.logTabs()->widget(1));
        QVERIFY(again->isTaskEnded(0));
        QTRY_VERIFY_WITH_TIMEOUT(again->tail(0)->isFinished(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(again->model()->rowCount(), 3, 5000); // both lines and the marker
    }

    void pauseAndResume() {
        m_agent.setFile(Dir + QStringLiteral("/pausing"), "one\n");
        HttpTransport transport;
        LogViewerWidget viewer(&transport);
        viewer.show();
        viewer.addFile(QStringLiteral("pausing"), QUrl(m_agent.baseUrl()), Dir + QStringLiteral("/pausing"));
        QTRY_COMPARE_WITH_TIMEOUT(viewer.model()->rowCount(), 1, 5000);
        auto* pause = viewer.findChild<QAction*>(QStringLiteral("pauseAction"));
        pause->trigger();
        QVERIFY(viewer.isPaused());
        QVERIFY(viewer.tail(0)->isPaused());
        QVERIFY(viewer.statusText().contains(QStringLiteral("Paused")));
        m_agent.appendFile(Dir + QStringLiteral("/pausing"), "two\n");
        // A running tail of another file, with the same poll interval: its polls are how long the
        // paused one had to ask (and did not).
        const int pausedReads = m_agent.readRequestsOf(Dir + QStringLiteral("/pausing"));
        const QString clockPath = QStringLiteral("/elsewhere/pausing-clock"); // not in Dir: it is counted
        m_agent.setFile(clockPath, "tick\n");
        FileTail clock(&transport, QUrl(m_agent.baseUrl()), clockPath);
        clock.setOptions(viewer.tail(0)->options());
        clock.start();
        QTRY_VERIFY2_WITH_TIMEOUT(m_agent.readRequestsOf(clockPath) >= 4,
                                  "four reads of a running tail (a few of its poll intervals)", 20000);
        QCOMPARE(m_agent.readRequestsOf(Dir + QStringLiteral("/pausing")), pausedReads);
        QCOMPARE(viewer.model()->rowCount(), 1);
        viewer.view()->setFollow(false);
        pause->trigger();
        QVERIFY(!viewer.isPaused());
        QVERIFY(viewer.view()->follow()); // resume jumps back to the end
        QTRY_COMPARE_WITH_TIMEOUT(viewer.model()->rowCount(), 2, 5000);
        QVERIFY(viewer.statusText().contains(QStringLiteral("Following")));
    }

    void staleAgentAndUnauthorized() {
        FakeAgent agent;
        QVERIFY(agent.listen());
        agent.setFile(QStringLiteral("/s/stdout"), "x\n");
        HttpTransport transport;
        transport.setTimeout(std::chrono::milliseconds(1000));
        LogViewerWidget viewer(&transport);
        viewer.addFile(QStringLiteral("s"), QUrl(agent.baseUrl()), QStringLiteral("/s/stdout"));
        QTRY_COMPARE_WITH_TIMEOUT(viewer.model()->rowCount(), 1, 5000);
        agent.stop();
        QTRY_VERIFY_WITH_TIMEOUT(viewer.statusText().contains(QStringLiteral("not answering")), 10000);
        QVERIFY(agent.restart());
        QTRY_VERIFY_WITH_TIMEOUT(!viewer.statusText().contains(QStringLiteral("not answering")), 10000);
        agent.setAuthStatus(401);
        LogViewerWidget denied(&transport);
        denied.show(); // the notice bar reports text only while visible
        denied.addFile(QStringLiteral("s"), QUrl(agent.baseUrl()), QStringLiteral("/s/stdout"));
        QTRY_VERIFY2_WITH_TIMEOUT(denied.noticeBar()->text().contains(QStringLiteral("not authorized")),
                                  qPrintable(denied.noticeBar()->text()), 5000);
        QCOMPARE(denied.noticeBar()->level(), NoticeBar::Level::Error);
    }

    void sandboxTabLocatesBrowsesAndOpens() {
        QFile stateFile(TestEnvironment::testDataDir() + QStringLiteral("/sandbox/agent-state.json"));
        QVERIFY(stateFile.open(QIODevice::ReadOnly));
        QByteArray state = stateFile.readAll();
        state.replace("/var/lib/mesos/slaves/agent-S1/frameworks/fw-marathon/executors/web.1111/runs/c1", Dir.toUtf8());
        m_agent.setState(state);
        MainWindow window;
        window.resize(1280, 720);
        window.show();
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        SandboxTab* sandbox = window.sandboxTab();
        QVERIFY(sandbox);
        tabs->setCurrentWidget(sandbox);
        // The public entry point used by task views.
        sandbox->openTaskSandbox(QUrl(m_agent.baseUrl()), QStringLiteral("fw-marathon"), QString(), QStringLiteral("web.1111"));
        QTRY_COMPARE_WITH_TIMEOUT(sandbox->browser()->filesModel()->rowCount(), 5, 5000); // with "pausing"
        QCOMPARE(sandbox->browser()->root(), Dir);
        QTRY_COMPARE_WITH_TIMEOUT(sandbox->logTabs()->count(), 1, 5000);
        auto* viewer = qobject_cast<LogViewerWidget*>(sandbox->logTabs()->widget(0));
        QVERIFY(viewer);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->model()->rowCount() > 300, 5000);
        // stderr with one click.
        sandbox->browser()->findChild<QPushButton*>(QStringLiteral("stderrButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(sandbox->logTabs()->count(), 2, 5000);
        auto* stderrViewer = qobject_cast<LogViewerWidget*>(sandbox->logTabs()->widget(1));
        QTRY_COMPARE_WITH_TIMEOUT(stderrViewer->model()->rowCount(), 1, 5000);
        // Enter a folder by activating it.
        SandboxFilesModel* files = sandbox->browser()->filesModel();
        QTableView* table = sandbox->browser()->table();
        const int logsRow = files->rowOfPath(Dir + QStringLiteral("/logs"));
        QVERIFY(logsRow >= 0);
        sandbox->logTabs()->setCurrentIndex(0);
        TestEnvironment::settleLayouts();
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/sandbox-tab.png")));
        // The Sandbox tab with a log open fits a 1024 px wide window (its search row made it 1,125).
        QVERIFY2(window.minimumSizeHint().width() <= 1024,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        QVERIFY(saveAtSizes(&window, QStringLiteral("sandbox-tab")));
        window.resize(1280, 720);
        auto* proxy = table->model();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, 0).data().toString() == QStringLiteral("logs/")) {
                emit table->activated(proxy->index(row, 0));
                break;
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(sandbox->browser()->currentPath(), Dir + QStringLiteral("/logs"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(files->rowCount(), 1, 5000);
        // Any file opens in the viewer.
        emit table->activated(proxy->index(0, 0));
        QTRY_COMPARE_WITH_TIMEOUT(sandbox->logTabs()->count(), 3, 5000);
    }

    void mergedViewOverThreeInstances() {
        FakeAgent agent;
        QVERIFY(agent.listen());
        QByteArray state = "{\"id\":\"S1\",\"pid\":\"slave(1)@127.0.0.1:5051\",\"hostname\":\"localhost\","
                           "\"frameworks\":[{\"id\":\"fw\",\"executors\":[";
        for (int i = 1; i <= 3; ++i) {
            const QByteArray task = "app." + QByteArray::number(i);
            state += (i > 1 ? "," : "") + QByteArray("{\"id\":\"") + task + "\",\"directory\":\"/s/" + task +
                     "\",\"tasks\":[{\"id\":\"" + task + "\"}]}";
            agent.setFile(QStringLiteral("/s/app.%1/stdout").arg(i),
                          "instance " + QByteArray::number(i) + " hello\n");
        }
        state += "]}]}";
        agent.setState(state);
        HttpTransport transport;
        SandboxTab tab(&transport);
        tab.resize(1200, 500);
        tab.show();
        QList<SandboxTaskRef> tasks;
        for (int i = 1; i <= 3; ++i)
            tasks.append({QUrl(agent.baseUrl()), QStringLiteral("fw"), QString(), QStringLiteral("app.%1").arg(i), QString()});
        tab.setTaskCheckInterval(200);
        LogViewerWidget* merged = tab.openMergedLogs(QStringLiteral("app & co (3 tasks)"), tasks,
                                                     QStringLiteral("stdout"), QStringLiteral("/app"));
        QCOMPARE(tab.logTabs()->tabText(0),
                 QStringLiteral("app && co (3 tasks)")); // reads "app & co", no mnemonic
        QTRY_COMPARE_WITH_TIMEOUT(merged->fileCount(), 3, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(merged->model()->rowCount(), 3, 5000);
        for (int i = 1; i <= 3; ++i)
            agent.appendFile(QStringLiteral("/s/app.%1/stdout").arg(i), "instance " + QByteArray::number(i) + " \x1b[36mworking\x1b[0m\n");
        QTRY_COMPARE_WITH_TIMEOUT(merged->model()->rowCount(), 6, 5000);
        // The app is destroyed: its tasks end, and the view says why.
        tab.noteAppDestroyed(QStringLiteral("/app"));
        QVERIFY(merged->statusText().startsWith(QStringLiteral("Following.")));
        QSet<QString> prefixes;
        QSet<QRgb> colours;
        for (int row = 0; row < merged->model()->rowCount(); ++row) {
            const QString text = merged->model()->index(row).data().toString();
            const int source = merged->model()->index(row).data(LogModel::SourceRole).toInt();
            const QString label = merged->model()->sourceLabel(source);
            QVERIFY2(text.startsWith(u'[' + label + QStringLiteral("] instance ") + label.right(1)), qPrintable(text));
            prefixes.insert(label);
            const auto formats = merged->model()->index(row).data(LogModel::FormatsRole).value<QList<QTextLayout::FormatRange>>();
            QVERIFY(!formats.isEmpty());
            QCOMPARE(formats.first().start, 0);
            colours.insert(formats.first().format.foreground().color().rgb());
        }
        QCOMPARE(prefixes.size(), 3);
        QCOMPARE(colours.size(), 3);
        TestEnvironment::settleLayouts();
        QVERIFY(tab.grab().save(screenshotDir() + QStringLiteral("/merged-view.png")));
        merged->setSearch(QStringLiteral("instance")); // a match count shown widens nothing
        QTRY_VERIFY(merged->matchCount() > 0);
        // The log tab never sets the main window wider than 1024 px (its search row once made it 1,125).
        QVERIFY2(tab.minimumSizeHint().width() <= 1000,
                 qPrintable(QString::number(tab.minimumSizeHint().width())));
        QByteArray ended = state;
        ended.replace("\"tasks\":[{\"id\":\"app.",
                      "\"tasks\":[],\"completed_tasks\":[{\"state\":\"TASK_KILLED\",\"id\":\"app.");
        agent.setState(ended);
        QTRY_VERIFY2_WITH_TIMEOUT(merged->statusText().startsWith(
                                      QStringLiteral("All 3 task(s) ended: its app /app was destroyed")),
                                  qPrintable(merged->statusText()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            merged->view()->allLines().last().contains(QStringLiteral("its app /app was destroyed")), 10000);
        QVERIFY2(tab.minimumSizeHint().width() <= 1000, qPrintable(QString::number(tab.minimumSizeHint().width())));
        QVERIFY(saveAtSizes(&tab, QStringLiteral("merged-view-ended")));
    }

private:
    FakeAgent m_agent;
};

QTEST_MAIN(TestLogViewer)
#include "tst_logviewer.moc"
