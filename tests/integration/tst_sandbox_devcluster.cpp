#include "LogModel.h"
#include "LogViewerWidget.h"
#include "AppPage.h"
#include "AppTasksModel.h"
#include "AppsModel.h"
#include "AppsView.h"
#include "MainWindow.h"
#include "MarathonPanel.h"
#include "MesosClusterPages.h"
#include "MesosTablePage.h"
#include "NoticeBar.h"
#include "SandboxTab.h"
#include "TasksModel.h"
#include "DevClusterProcess.h"
#include "TestEnvironment.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "marathon/MarathonParser.h"
#include "mesos/ClusterStore.h"
#include "net/HttpTransport.h"
#include "sandbox/FileTail.h"
#include "sandbox/FilesReadChunk.h"
#include "sandbox/SandboxTaskRefs.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>

// Sandbox logs against the devcluster: real task processes writing real sandbox files, served by
// the simulated agents' Files API. Each case launches its own task and follows it through the
// public SandboxTab API (as the Logs actions do), with fast poll intervals to stay quick.
class TestSandboxDevcluster : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;
    QJsonObject m_ready;
    HttpTransport m_http;
    std::unique_ptr<ClusterSession> m_session;
    int m_taskCounter = 0;
    SandboxLocation m_located; // the last sandbox open() reached

    struct Answer {
        int status = 0;
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };
    Answer send(const QByteArray& method, const QUrl& url, const QJsonObject& body = {}) {
        Answer answer;
        bool done = false;
        m_http.send(method, url, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                    "application/json", this, [&](const HttpTransport::Response& r) {
                        answer = {r.status, r.body};
                        done = true;
                    });
        TestEnvironment::waitUntil([&] { return done; }, 10000);
        return answer;
    }
    Answer control(const QByteArray& method, const QString& path, const QJsonObject& body = {}) {
        return send(method, QUrl(m_ready.value(u"control").toString() + path), body);
    }
    ClusterStore* store() const { return m_session->mesosStore(); }

    // Launches `cmd` on agent `agent` and waits until the store shows it running.
    QString launch(const QString& cmd, int agent) {
        const QString id = QStringLiteral("sbx-%1").arg(++m_taskCounter);
        const Answer a = control("POST", QStringLiteral("/tasks"),
                                 {{QStringLiteral("cmd"), cmd}, {QStringLiteral("name"), id}, {QStringLiteral("id"), id},
                                  {QStringLiteral("agent"), agent}, {QStringLiteral("cpus"), 0.1}, {QStringLiteral("mem"), 16}});
        if (a.status != 201)
            return {};
        TestEnvironment::waitUntil([&] {
            const MesosTaskPtr t = SandboxTaskRefs::findTask(*store(), QString(), id);
            return t && t->state != MesosTaskState::Staging && t->state != MesosTaskState::Starting &&
                   t->state != MesosTaskState::Unknown;
        }, 15000);
        return id;
    }

    // Opens `file` of a task through the SandboxTab, as the Logs action does; fast polls.
    LogViewerWidget* open(SandboxTab& tab, const QString& taskId, const QString& file = QStringLiteral("stdout")) {
        QString error;
        const MesosTaskPtr task = SandboxTaskRefs::findTask(*store(), QString(), taskId);
        if (!task)
            return nullptr;
        const auto ref = SandboxTaskRefs::forMesosTask(*store(), *task, &error);
        if (!ref) {
            qWarning() << error;
            return nullptr;
        }
        const int before = tab.logTabs()->count();
        connect(&tab, &SandboxTab::sandboxLocated, this, [this](const SandboxLocation& l) { m_located = l; });
        m_located = {};
        tab.openTaskSandbox(ref->agentUrl, ref->frameworkId, ref->executorId, ref->taskId, file);
        if (!TestEnvironment::waitUntil([&] { return tab.logTabs()->count() > before; }, 10000))
            return nullptr;
        auto* viewer = qobject_cast<LogViewerWidget*>(tab.logTabs()->widget(tab.logTabs()->count() - 1));
        if (viewer)
            fast(viewer->tail(0));
        return viewer;
    }
    // A task writing to its sandbox, and a viewer on its stdout.
    LogViewerWidget* follow(SandboxTab& tab, const QString& cmd, int agent) {
        const QString id = launch(cmd, agent);
        return id.isEmpty() ? nullptr : open(tab, id);
    }
    static void fast(FileTail* tail) {
        FileTail::Options options = tail->options();
        options.pollIntervalMs = 100;
        options.retryIntervalMs = 100;
        tail->setOptions(options);
    }
    static QStringList lines(const LogModel* model) {
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->index(row).data(LogModel::PlainTextRole).toString();
        return out;
    }
    static int markers(const LogModel* model) {
        int count = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            count += model->index(row).data(LogModel::IsMarkerRole).toBool() ? 1 : 0;
        return count;
    }
    // The sandbox is on this machine: the test signals a waiting task by creating a file there.
    QString sandboxOf(const SandboxTab&) const {
        return m_located.directory.isEmpty() ? QStringLiteral("/nonexistent") : m_located.directory;
    }
    static void touch(const QString& path) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    static QString beats() {
        return QStringLiteral("i=0; while true; do echo \"beat $i\"; i=$((i+1)); sleep 0.05; done");
    }
    static QString waitFor(const QString& name) {
        return QStringLiteral("while [ ! -e %1 ]; do sleep 0.05; done; ").arg(name);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(1, 3));
        m_ready = m_devcluster.ready();
        m_session = std::make_unique<ClusterSession>(ConnectionTarget::parse(m_ready.value(u"zk").toString()),
                                                     QStringLiteral("/none"));
        m_session->start();
        QVERIFY(TestEnvironment::waitUntil([&] { return store()->agents().size() == 3; }, 30000));
    }
    void cleanupTestCase() {
        m_session.reset();
        m_devcluster.stop();
    }

    // The operator's step 4: a task that writes while it is followed.
    void followsRunningTaskWhileItWrites() {
        SandboxTab tab(&m_http);
        LogViewerWidget* viewer = follow(tab, QStringLiteral("i=0; while [ $i -lt 40 ]; do echo \"tick $i\"; i=$((i+1)); "
                                                 "sleep 0.05; done; sleep 600"),
                                  0);
        QVERIFY(viewer);
        int partial = 0; // a count seen while the task was still writing
        QVERIFY2(TestEnvironment::waitUntil([&] {
            const int rows = viewer->model()->rowCount();
            if (rows > 0 && rows < 40)
                partial = rows;
            return rows >= 40;
        }, 15000), qPrintable(viewer->statusText()));
        QVERIFY2(partial > 0, "the viewer should show lines before the task finished writing");
        QStringList expected;
        for (int i = 0; i < 40; ++i)
            expected << QStringLiteral("tick %1").arg(i);
        QCOMPARE(lines(viewer->model()), expected);
        QVERIFY(viewer->statusText().contains(QStringLiteral("Following")));
    }

    // Several MB written at once: every line arrives, in order; reads never exceed the 64 KiB cap.
    void fastWriterLosesNothingAndReadsAreCapped() {
        constexpr int Lines = 100000;
        SandboxTab tab(&m_http);
        LogViewerWidget* viewer = follow(tab, waitFor(QStringLiteral("go")) +
                                      QStringLiteral("awk 'BEGIN { for (i = 0; i < ") + QString::number(Lines) +
                                      QStringLiteral("; i++) printf \"%07d the quick brown fox jumps over the lazy dog "
                                                     "0123456789 abcdefghijklmnop\\n\", i }'; sleep 600"),
                                  1);
        QVERIFY(viewer);
        QVERIFY(TestEnvironment::waitUntil([&] { return viewer->tail(0)->fileSize() >= 0; }, 5000));
        const QString sandbox = sandboxOf(tab);
        touch(sandbox + QStringLiteral("/go"));
        const qint64 size = qint64(Lines) * 80; // 79 characters and a newline each
        QVERIFY(TestEnvironment::waitUntil([&] { return QFileInfo(sandbox + QStringLiteral("/stdout")).size() == size; }, 10000));
        QVERIFY2(TestEnvironment::waitUntil([&] { return viewer->tail(0)->endOffset() >= size; }, 30000),
                 qPrintable(viewer->statusText()));
        const LogModel* model = viewer->model();
        QCOMPARE(model->rowCount(), Lines);
        for (int row = 0; row < Lines; ++row) {
            const QByteArrayView text = model->buffer().text(row);
            if (!text.startsWith(QByteArray(QByteArray::number(row).rightJustified(7, '0') + ' ')) || text.size() != 79)
                QFAIL(qPrintable(QStringLiteral("row %1 is \"%2\"").arg(row).arg(QString::fromUtf8(text))));
        }

        // The agent caps a read at 64 KiB whatever length is asked; the tail asks no more than that.
        QCOMPARE(viewer->tail(0)->options().chunkSize, qint64(65536));
        QUrl url = viewer->tail(0)->readUrl(0, 1000000);
        const Answer a = send("GET", url);
        QCOMPARE(a.status, 200);
        const auto chunk = FilesReadChunk::parse(a.body);
        QVERIFY(chunk);
        QCOMPARE(chunk->data.size(), 65536);
    }

    // The task itself truncates its stdout, then rotates it: a marker each time, then the new text.
    void truncationAndRotationByTheTask() {
        SandboxTab tab(&m_http);
        LogViewerWidget* viewer = follow(tab, QStringLiteral("i=0; while [ $i -lt 300 ]; do echo \"first file line $i padding padding\"; "
                                                 "i=$((i+1)); done; ") +
                                      waitFor(QStringLiteral("go1")) +
                                      QStringLiteral("exec >stdout; i=0; while [ $i -lt 20 ]; do echo \"after truncate $i\"; "
                                                     "i=$((i+1)); done; ") +
                                      waitFor(QStringLiteral("go2")) +
                                      QStringLiteral("mv stdout stdout.1; exec >stdout; echo rotated; sleep 600"),
                                  2);
        QVERIFY(viewer);
        const LogModel* model = viewer->model();
        QVERIFY(TestEnvironment::waitUntil([&] { return model->rowCount() == 300; }, 10000));
        const QString sandbox = sandboxOf(tab);
        touch(sandbox + QStringLiteral("/go1"));
        QVERIFY2(TestEnvironment::waitUntil([&] { return lines(model).contains(QStringLiteral("after truncate 19")); }, 10000),
                 qPrintable(lines(model).mid(295).join(u'|')));
        QCOMPARE(markers(model), 1);
        QStringList shown = lines(model);
        QCOMPARE(shown.at(299), QStringLiteral("first file line 299 padding padding"));
        QVERIFY(model->index(300).data(LogModel::IsMarkerRole).toBool());
        QCOMPARE(shown.at(301), QStringLiteral("after truncate 0"));
        touch(sandbox + QStringLiteral("/go2"));
        QVERIFY(TestEnvironment::waitUntil([&] { return lines(model).constLast() == QStringLiteral("rotated"); }, 10000));
        QCOMPARE(markers(model), 2);
        QVERIFY(model->index(model->rowCount() - 2).data(LogModel::IsMarkerRole).toBool());
    }

    // A character cut by the 64 KiB cap arrives whole; invalid bytes become U+FFFD; HTML stays text.
    void utf8AcrossChunkBoundaryInvalidBytesAndHtml() {
        SandboxTab tab(&m_http);
        LogViewerWidget* viewer = follow(tab, QStringLiteral("head -c 65535 /dev/zero | tr '\\0' a > t; "
                                                 "printf '\\303\\251 tail\\nbad \\377 byte\\n"
                                                 "<b>not bold</b> &amp; <script>alert(1)</script>\\n' >> t; ") +
                                      waitFor(QStringLiteral("go")) + QStringLiteral("cat t; sleep 600"),
                                  0);
        QVERIFY(viewer);
        QVERIFY(TestEnvironment::waitUntil([&] { return viewer->tail(0)->fileSize() >= 0; }, 5000));
        touch(sandboxOf(tab) + QStringLiteral("/go"));
        const LogModel* model = viewer->model();
        QVERIFY2(TestEnvironment::waitUntil([&] { return model->rowCount() == 3; }, 10000), qPrintable(viewer->statusText()));
        // The first read ends inside "é" (byte 65535 is its first byte).
        QCOMPARE(lines(model).at(0), QString(65535, u'a') + QStringLiteral("é tail"));
        QCOMPARE(lines(model).at(1), QStringLiteral("bad \uFFFD byte"));
        const QString html = QStringLiteral("<b>not bold</b> &amp; <script>alert(1)</script>");
        QCOMPARE(model->index(2).data(Qt::DisplayRole).toString(), html);
        QCOMPARE(model->lineText(2), html);
    }

    // A finished task's sandbox is found among completed executors and still reads.
    void finishedTaskSandbox() {
        const QString id = launch(QStringLiteral("echo 'last words of a finished task'; exit 0"), 1);
        QVERIFY(!id.isEmpty());
        QVERIFY(TestEnvironment::waitUntil([&] {
            const MesosTaskPtr t = SandboxTaskRefs::findTask(*store(), QString(), id);
            return t && t->state == MesosTaskState::Finished;
        }, 15000));
        SandboxTab tab(&m_http);
        LogViewerWidget* viewer = open(tab, id);
        QVERIFY(viewer);
        QVERIFY(m_located.completed);
        QVERIFY(tab.message().contains(QStringLiteral("finished")));
        QVERIFY(TestEnvironment::waitUntil([&] { return viewer->model()->rowCount() == 1; }, 10000));
        QCOMPARE(lines(viewer->model()).first(), QStringLiteral("last words of a finished task"));
    }

    // Three instances of a Marathon app in one view, each line marked by its task.
    void mergedViewOverThreeInstances() {
        const QUrl marathon(m_ready.value(u"marathon").toArray().first().toString());
        const Answer created = send("POST", marathon.resolved(QUrl(QStringLiteral("/v2/apps"))),
                                    {{QStringLiteral("id"), QStringLiteral("/merged")},
                                     {QStringLiteral("cmd"), QStringLiteral("i=0; while true; do echo \"$MESOS_TASK_ID beat $i\"; "
                                                                            "i=$((i+1)); sleep 0.1; done")},
                                     {QStringLiteral("instances"), 3}, {QStringLiteral("cpus"), 0.1},
                                     {QStringLiteral("mem"), 16}});
        QVERIFY2(created.status == 201, created.body.constData());
        QList<MarathonTask> tasks;
        QVERIFY(TestEnvironment::waitUntil([&] {
            const Answer a = send("GET", marathon.resolved(QUrl(QStringLiteral("/v2/apps/merged/tasks"))));
            tasks = MarathonParser::parseTasks(a.body).value_or(QList<MarathonTask>());
            int running = 0;
            for (const MarathonTask& t : tasks)
                running += t.state == QLatin1String("TASK_RUNNING") && SandboxTaskRefs::findTask(*store(), QString(), t.id) ? 1 : 0;
            return running == 3;
        }, 20000));
        QList<SandboxTaskRef> refs;
        QSet<QString> hosts;
        for (const MarathonTask& t : tasks) {
            const auto ref = SandboxTaskRefs::forMarathonTask(store(), t, QString());
            QVERIFY(ref);
            refs << *ref;
            hosts << ref->agentUrl.toString();
        }
        QCOMPARE(hosts.size(), 3); // one instance per agent
        SandboxTab tab(&m_http);
        LogViewerWidget* viewer = tab.openMergedLogs(QStringLiteral("merged"), refs);
        QVERIFY(TestEnvironment::waitUntil([&] { return viewer->fileCount() == 3; }, 10000));
        for (int i = 0; i < 3; ++i)
            fast(viewer->tail(i));
        const LogModel* model = viewer->model();
        QVERIFY(TestEnvironment::waitUntil([&] {
            QSet<int> sources;
            for (int row = 0; row < model->rowCount(); ++row)
                sources << model->index(row).data(LogModel::SourceRole).toInt();
            return sources.size() == 3;
        }, 10000));
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            const QString label = index.data(LogModel::SourceLabelRole).toString();
            const QString text = index.data(LogModel::PlainTextRole).toString();
            QString taskId;
            for (const SandboxTaskRef& ref : refs)
                taskId = ref.label == label ? ref.taskId : taskId;
            QVERIFY2(text.startsWith(taskId + QStringLiteral(" beat ")), qPrintable(text));
            QVERIFY(model->lineText(row).contains(label));
        }
        // The app stays for the GUI test.
    }

    // The GUI path: select a task on the Tasks tab, press the Logs button (then the stderr
    // shortcut): the Sandbox tab comes up following the task's files. Then the same from the
    // Marathon app page: one instance's stdout, and all instances in one view.
    void logsActionOnTasksTab() {
        const QString id = launch(QStringLiteral("echo 'hello from the gui task'; echo 'and its stderr' >&2; sleep 600"), 2);
        QVERIFY(!id.isEmpty());
        Settings::MarathonUrl.set(m_ready.value(u"marathon").toArray().first().toString());
        MainWindow window;
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.connectTo(ConnectionTarget::parse(m_ready.value(u"zk").toString()));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        MesosTablePage* page = window.clusterPages()->tasksPage();
        tabs->setCurrentWidget(page->parentWidget());
        QTableView* table = page->view();
        QModelIndex row;
        QVERIFY(TestEnvironment::waitUntil([&] {
            for (int r = 0; r < table->model()->rowCount(); ++r)
                if (table->model()->index(r, TasksModel::Name).data().toString() == id)
                    row = table->model()->index(r, TasksModel::Name);
            return row.isValid();
        }, 20000));
        QVERIFY(!window.clusterPages()->openStdoutAction()->isEnabled()); // nothing selected yet
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
        QVERIFY(window.clusterPages()->openStdoutAction()->isEnabled());
        QToolButton* button = nullptr;
        for (QToolButton* b : page->findChildren<QToolButton*>())
            if (b->defaultAction() == window.clusterPages()->openStdoutAction())
                button = b;
        QVERIFY(button);
        if (const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/sandbox-tasks-tab.png"));
        QTest::mouseClick(button, Qt::LeftButton);

        SandboxTab* sandbox = window.sandboxTab();
        QCOMPARE(tabs->currentWidget(), sandbox);
        QVERIFY(TestEnvironment::waitUntil([&] { return sandbox->logTabs()->count() == 1; }, 10000));
        auto* viewer = qobject_cast<LogViewerWidget*>(sandbox->logTabs()->currentWidget());
        QVERIFY(viewer);
        QVERIFY(TestEnvironment::waitUntil([&] { return viewer->model()->rowCount() == 1; }, 10000));
        QCOMPARE(lines(viewer->model()).first(), QStringLiteral("hello from the gui task"));
        QVERIFY(sandbox->message().contains(id));
        if (const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/sandbox-viewer.png"));

        // The shortcut works from the table too.
        tabs->setCurrentWidget(page->parentWidget());
        table->setFocus();
        QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tabs->currentWidget(), sandbox);
        QVERIFY(TestEnvironment::waitUntil([&] { return sandbox->logTabs()->count() == 2; }, 10000));
        auto* errors = qobject_cast<LogViewerWidget*>(sandbox->logTabs()->currentWidget());
        QVERIFY(TestEnvironment::waitUntil([&] { return errors->model()->rowCount() == 1; }, 10000));
        QCOMPARE(lines(errors->model()).first(), QStringLiteral("and its stderr"));

        MarathonPanel* panel = window.marathonPanel();
        tabs->setCurrentWidget(panel);
        QVERIFY(TestEnvironment::waitUntil([&] { return panel->appsModel()->app(QStringLiteral("/merged")) != nullptr; }, 10000));
        QVERIFY(panel->appsView()->selectApp(QStringLiteral("/merged")));
        AppPage* app = panel->appPage();
        QVERIFY(TestEnvironment::waitUntil([&] { return app->tasksModel()->rowCount() == 3; }, 10000));
        QVERIFY(!app->openStdoutAction()->isEnabled());
        QVERIFY(app->followAllAction()->isEnabled());
        QTableView* tasks = app->tasksView();
        QTest::mouseClick(tasks->viewport(), Qt::LeftButton, {}, tasks->visualRect(tasks->model()->index(0, 0)).center());
        const QString taskId = app->selectedTaskIds().value(0);
        QVERIFY(!taskId.isEmpty());
        QTest::mouseClick(app->logsButton(), Qt::LeftButton);
        QCOMPARE(tabs->currentWidget(), sandbox);
        QVERIFY(TestEnvironment::waitUntil([&] { return sandbox->logTabs()->count() == 3; }, 10000));
        auto* one = qobject_cast<LogViewerWidget*>(sandbox->logTabs()->currentWidget());
        QVERIFY(TestEnvironment::waitUntil([&] { return one->model()->rowCount() > 0; }, 10000));
        QVERIFY(lines(one->model()).first().startsWith(taskId + QStringLiteral(" beat ")));

        tabs->setCurrentWidget(panel);
        app->followAllAction()->trigger();
        QCOMPARE(tabs->currentWidget(), sandbox);
        QVERIFY(TestEnvironment::waitUntil([&] { return sandbox->logTabs()->count() == 4; }, 10000));
        auto* all = qobject_cast<LogViewerWidget*>(sandbox->logTabs()->currentWidget());
        QVERIFY(TestEnvironment::waitUntil([&] { return all->fileCount() == 3 && all->model()->rowCount() > 3; }, 10000));
        QVERIFY(sandbox->logTabs()->tabText(3).contains(QStringLiteral("/merged")));
        if (const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/sandbox-merged.png"));
        Settings::MarathonUrl.reset();
    }

    // An agent that stops answering (503s) turns the view stale; it resumes without losing lines.
    void agentNotAnsweringThenResumes() {
        SandboxTab tab(&m_http);
        LogViewerWidget* viewer = follow(tab, beats(), 0);
        QVERIFY(viewer);
        QVERIFY(TestEnvironment::waitUntil([&] { return viewer->model()->rowCount() > 5; }, 10000));
        // A count far beyond what the test uses: the rule reports what is left, so the reads it
        // refused are counted.
        const int refusals = 1000;
        const Answer fault = control("POST", QStringLiteral("/faults"),
                                     {{QStringLiteral("kind"), QStringLiteral("agent")},
                                      {QStringLiteral("path"), QStringLiteral("^/files/read$")},
                                      {QStringLiteral("mode"), QStringLiteral("status")},
                                      {QStringLiteral("status"), 503},
                                      {QStringLiteral("count"), refusals}});
        QCOMPARE(fault.status, 201);
        QVERIFY(TestEnvironment::waitUntil([&] { return viewer->tail(0)->isStale(); }, 10000));
        QVERIFY(viewer->statusText().contains(QStringLiteral("not answering")));
        const int rowsWhileStale = viewer->model()->rowCount();
        // The outage lasts over two more of the tail's retries (the task writes on meanwhile).
        auto refused = [&] {
            const QJsonArray rules =
                QJsonDocument::fromJson(control("GET", QStringLiteral("/faults")).body).array();
            return rules.isEmpty() ? -1 : refusals - rules.first().toObject().value(u"count").toInt();
        };
        const int refusedWhenStale = refused();
        QVERIFY2(TestEnvironment::waitUntil([&] { return refused() >= refusedWhenStale + 2; }, 20000),
                 "two more reads refused while stale");
        control("DELETE", QStringLiteral("/faults"));
        QVERIFY(TestEnvironment::waitUntil([&] { return !viewer->tail(0)->isStale(); }, 10000));
        QVERIFY(TestEnvironment::waitUntil([&] { return viewer->model()->rowCount() > rowsWhileStale + 10; }, 10000));
        const QStringList shown = lines(viewer->model());
        const int first = shown.first().section(u' ', 1).toInt();
        for (int i = 0; i < shown.size(); ++i) {
            if (shown.at(i) != QStringLiteral("beat %1").arg(first + i))
                QFAIL(qPrintable(QStringLiteral("line %1 is \"%2\"").arg(i).arg(shown.at(i))));
        }
        QVERIFY(!viewer->statusText().contains(QStringLiteral("not answering")));
    }

    // An agent killed mid-tail: stale while it is down; the restarted agent is a new agent
    // (new id) that no longer serves the old sandbox, and the view says so instead of staying stale.
    void agentKilledAndRestartedMidTail() {
        SandboxTab tab(&m_http);
        tab.show(); // the notice bar reports only while visible
        LogViewerWidget* viewer = follow(tab, beats(), 2);
        QVERIFY(viewer);
        QVERIFY(TestEnvironment::waitUntil([&] { return viewer->model()->rowCount() > 5; }, 10000));
        QVERIFY(control("POST", QStringLiteral("/agents/2/kill")).status < 300);
        QVERIFY(TestEnvironment::waitUntil([&] { return viewer->tail(0)->isStale(); }, 10000));
        QVERIFY(viewer->statusText().contains(QStringLiteral("not answering")));
        const int rows = viewer->model()->rowCount();
        QVERIFY(control("POST", QStringLiteral("/agents/2/restart")).status < 300);
        QVERIFY(TestEnvironment::waitUntil([&] { return !viewer->tail(0)->isRunning(); }, 15000));
        QVERIFY(!viewer->tail(0)->isStale());
        QVERIFY2(viewer->noticeBar()->text().contains(QStringLiteral("does not exist")), qPrintable(viewer->noticeBar()->text() + u'|' + viewer->statusText()));
        QCOMPARE(viewer->model()->rowCount(), rows); // what was read stays on screen
    }
};

QTEST_MAIN(TestSandboxDevcluster)
#include "tst_sandbox_devcluster.moc"
