// Faults in any order (#11): the real MainWindow, offscreen, against the devcluster on a private
// ZooKeeper, while a seeded schedule (ChaosSchedule) kills and restarts masters, agents, Marathon
// and ZooKeeper itself, injects every fault rule the devcluster has, drops streams, and deploys and
// scales Marathon apps. Checked all the time: no GUI stall over 100 ms (GuiHeartbeat), the New App
// draft left open is intact, the followed sandbox log has every numbered line once and in order.
// Checked after each fault heals, waited on for up to 30 s: the leader, the agents, the running
// tasks and the Marathon apps the window has are the devcluster's own (its control API, the
// leader's state, Marathon's /v2/apps). A failure names the seed and the step; rerun it with
// scripts/chaos.sh SEED MINUTES. MESOSDESK_CHAOS_SEED / MESOSDESK_CHAOS_SECONDS set the "run" row.
#include "AppEditorDialog.h"
#include "ChaosSchedule.h"
#include "DevClusterProcess.h"
#include "GuiHeartbeat.h"
#include "LeaderStatusBar.h"
#include "LogModel.h"
#include "LogViewerWidget.h"
#include "MainWindow.h"
#include "MarathonPanel.h"
#include "MesosClusterPages.h"
#include "NoticeBar.h"
#include "SandboxTab.h"
#include "TestEnvironment.h"
#include "ZkServerProcess.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "marathon/MarathonSource.h"
#include "mesos/ClusterStore.h"
#include "sandbox/SandboxTaskRefs.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMap>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>
#include <memory>

namespace {
// Polls run every 5 s without events (30 s with them, but a failed round falls back to 5 s):
// four rounds to see the truth again. 30 s let a view 22 s stale pass (seed 7, step 21).
constexpr int HealBoundMs = 20000;
#ifdef MESOSDESK_CHAOS_SANITIZED
constexpr double StallBoundMs = 300; // ASan + UBSan run the same code 2-3 times slower
constexpr int DefaultSeconds = 0;    // the first round only: every kind once
#else
constexpr double StallBoundMs = 100;
constexpr int DefaultSeconds = 90;
#endif
const QString DraftId = QStringLiteral("/chaos/draft-kept-open");
const QString DraftCmd = QStringLiteral("exec sleep 600 # typed before the first fault");
const QString LoggerCmd =
    QStringLiteral("i=0; while true; do echo \"chaos line $i\"; i=$((i+1)); sleep 0.05; done");

// What the window has, or what the devcluster says: compared field by field.
struct ClusterView {
    QString leader;      // host:port
    QStringList notices; // what says something is wrong: none once every fault healed
    QSet<QString> agents;
    int runningTasks = -1;
    QMap<QString, int> apps; // Marathon app id -> instances
};

QString describe(const QMap<QString, int>& apps) {
    QStringList parts;
    for (auto it = apps.begin(); it != apps.end(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return parts.join(u',');
}

QString difference(const ClusterView& shown, const ClusterView& truth) {
    QStringList out;
    if (shown.leader != truth.leader)
        out << QStringLiteral("leader shown \"%1\", truth \"%2\"").arg(shown.leader, truth.leader);
    if (shown.agents != truth.agents)
        out << QStringLiteral("agents shown %1, truth %2")
                   .arg(QStringList(shown.agents.values()).join(u','),
                        QStringList(truth.agents.values()).join(u','));
    if (shown.runningTasks != truth.runningTasks)
        out << QStringLiteral("running tasks shown %1, truth %2")
                   .arg(shown.runningTasks)
                   .arg(truth.runningTasks);
    if (shown.notices != truth.notices)
        out << QStringLiteral("still shown: \"%1\"").arg(shown.notices.join(QStringLiteral("\", \"")));
    if (shown.apps != truth.apps)
        out << QStringLiteral("apps shown [%1], truth [%2]").arg(describe(shown.apps), describe(truth.apps));
    return out.join(QStringLiteral("; "));
}
} // namespace

class TestChaos : public QObject {
    Q_OBJECT

    ZkServerProcess m_zk;
    std::unique_ptr<DevClusterProcess> m_devcluster;
    HttpTransport m_http;
    int m_deployed = 0;

    // A request to a simulated server, synchronously (the event loop runs meanwhile).
    HttpTransport::Response call(const QByteArray& method, const QUrl& url, const QJsonObject& body = {}) {
        HttpTransport::Response answer;
        bool done = false;
        m_http.send(method, url,
                    body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                    "application/json", &m_http, [&](const HttpTransport::Response& r) {
                        answer = r;
                        done = true;
                    });
        TestEnvironment::waitUntil([&] { return done; }, 10000);
        return answer;
    }
    static QString leadingUrl(const QJsonArray& nodes) {
        for (const QJsonValue& node : nodes)
            if (node[u"running"].toBool() && node[u"leading"].toBool())
                return node[u"url"].toString();
        return {};
    }
    static int leadingIndex(const QJsonArray& nodes) {
        for (const QJsonValue& node : nodes)
            if (node[u"running"].toBool() && node[u"leading"].toBool())
                return node[u"index"].toInt();
        return -1;
    }
    QJsonObject state() { return m_devcluster->control("GET", QStringLiteral("/state")); }

    // The devcluster's truth: who leads (its control API), the leader's agents and running tasks,
    // Marathon's apps. Read while no fault is in force.
    ClusterView truth() {
        ClusterView view;
        const QJsonObject now = state();
        const QString master = leadingUrl(now[u"masters"].toArray());
        view.leader = QUrl(master).authority();
        if (!master.isEmpty()) {
            const QJsonObject doc =
                QJsonDocument::fromJson(call("GET", QUrl(master + QStringLiteral("/master/state"))).body)
                    .object();
            for (const QJsonValue& agent : doc[u"slaves"].toArray())
                view.agents.insert(agent[u"id"].toString());
            view.runningTasks = 0;
            for (const QJsonValue& framework : doc[u"frameworks"].toArray())
                for (const QJsonValue& task : framework[u"tasks"].toArray())
                    view.runningTasks += task[u"state"].toString() == QLatin1String("TASK_RUNNING");
        }
        const QString marathon = leadingUrl(now[u"marathon"].toArray());
        if (!marathon.isEmpty()) {
            const QJsonObject doc =
                QJsonDocument::fromJson(call("GET", QUrl(marathon + QStringLiteral("/v2/apps"))).body)
                    .object();
            for (const QJsonValue& app : doc[u"apps"].toArray())
                view.apps.insert(app[u"id"].toString(), app[u"instances"].toInt());
        }
        return view;
    }
    // What the window shows: the status bar's leader, the store the Mesos pages show, Marathon's apps.
    static ClusterView shown(MainWindow& window) {
        ClusterView view;
        static const QRegularExpression leader(QStringLiteral("^Leader: (\\S+) "));
        view.leader = leader.match(window.leaderStatus()->leaderText()).captured(1);
        if (window.clusterPages()->staleBar()->isVisible())
            view.notices << window.clusterPages()->staleBar()->text();
        ClusterSession* session = window.session();
        if (!session)
            return view;
        const ClusterStore& store = *session->mesosStore();
        for (auto it = store.agents().begin(); it != store.agents().end(); ++it)
            view.agents.insert(it.key());
        view.runningTasks = 0;
        for (const MesosTaskPtr& task : store.tasks())
            view.runningTasks += task->state == MesosTaskState::Running;
        for (const MarathonApp& app : session->marathonSource()->apps())
            view.apps.insert(app.id, app.instances);
        return view;
    }

    // The continuous checks: the draft as typed, the log's lines each once and in order.
    struct Watch {
        QPointer<AppEditorDialog> editor;
        QPointer<LogViewerWidget> log;
        int checkedRows = 0;
        qint64 lastLine = -1;
        QString violation;
    };
    static void check(MarathonPanel* panel, Watch& watch) {
        if (!watch.violation.isEmpty())
            return;
        if (!watch.editor || panel->editor() != watch.editor) {
            watch.violation = QStringLiteral("the New App draft was closed");
            return;
        }
        if (watch.editor->idEdit()->text() != DraftId || watch.editor->cmdEdit()->text() != DraftCmd) {
            watch.violation = QStringLiteral("the draft changed: id \"%1\", command \"%2\"")
                                  .arg(watch.editor->idEdit()->text(), watch.editor->cmdEdit()->text());
            return;
        }
        if (!watch.log) {
            watch.violation = QStringLiteral("the followed log's view went");
            return;
        }
        const LogModel* model = watch.log->model();
        static const QRegularExpression numbered(QStringLiteral("^chaos line (\\d+)$"));
        for (; watch.checkedRows < model->rowCount(); ++watch.checkedRows) {
            const QString text = model->lineText(watch.checkedRows);
            const QRegularExpressionMatch match = numbered.match(text);
            if (!match.hasMatch())
                continue; // the viewer's own markers (a gap, a reconnect) are not the task's lines
            const qint64 number = match.captured(1).toLongLong();
            if (watch.lastLine >= 0 && number != watch.lastLine + 1) {
                watch.violation = QStringLiteral("log row %1 is \"%2\" after line %3 (%4)")
                                      .arg(watch.checkedRows)
                                      .arg(text)
                                      .arg(watch.lastLine)
                                      .arg(number <= watch.lastLine ? QStringLiteral("repeated")
                                                                    : QStringLiteral("lines lost"));
                return;
            }
            watch.lastLine = number;
        }
    }

    // A devcluster fault rule on every path of one kind of server.
    static QJsonObject ruleSpec(ChaosSchedule::Kind kind, const QString& server, int delayMs) {
        using Kind = ChaosSchedule::Kind;
        QJsonObject spec{{QStringLiteral("kind"), server}};
        switch (kind) {
        case Kind::Slow:
            spec.insert(QStringLiteral("mode"), QStringLiteral("slow"));
            spec.insert(QStringLiteral("delay_ms"), delayMs);
            break;
        case Kind::Status500:
            spec.insert(QStringLiteral("mode"), QStringLiteral("status"));
            spec.insert(QStringLiteral("status"), 500);
            break;
        case Kind::Truncate:
            spec.insert(QStringLiteral("mode"), QStringLiteral("truncate"));
            break;
        case Kind::Malformed:
            spec.insert(QStringLiteral("mode"), QStringLiteral("malformed"));
            break;
        default:
            spec.insert(QStringLiteral("mode"), QStringLiteral("drop"));
            spec.insert(QStringLiteral("delay_ms"), delayMs);
            break;
        }
        return spec;
    }
    // Puts a rule in force; returns what removes it.
    std::function<void()> addRule(const QJsonObject& spec, QString* problem) {
        const int id = m_devcluster->control("POST", QStringLiteral("/faults"), spec)[u"id"].toInt(-1);
        if (id < 0)
            *problem = QStringLiteral("the devcluster refused the fault rule");
        return [this, id] { m_devcluster->control("DELETE", QStringLiteral("/faults/%1").arg(id)); };
    }
    // The step's fault and its companion rule, if any; returns what heals both.
    std::function<void()> injectAll(const ChaosSchedule::Step& step, GuiHeartbeat& heartbeat,
                                    QString* problem) {
        std::function<void()> companion;
        if (step.companion)
            companion = addRule(ruleSpec(*step.companion, step.companionServer, step.delayMs), problem);
        std::function<void()> heal = inject(step, heartbeat, problem);
        return [heal, companion] {
            if (companion)
                companion();
            if (heal)
                heal();
        };
    }
    // Applies a step; returns what heals it (empty: nothing to heal).
    std::function<void()> inject(const ChaosSchedule::Step& step, GuiHeartbeat& heartbeat, QString* problem) {
        using Kind = ChaosSchedule::Kind;
        const QJsonObject now = state();
        // Kills node index of what ("masters", "agents", "marathon"); returns its restart.
        auto kill = [this](const QString& what, int index) -> std::function<void()> {
            if (index < 0)
                return {};
            m_devcluster->control("POST", QStringLiteral("/%1/%2/kill").arg(what).arg(index));
            return [this, what, index] {
                m_devcluster->control("POST", QStringLiteral("/%1/%2/restart").arg(what).arg(index));
            };
        };
        switch (step.kind) {
        case Kind::KillLeadingMaster:
            return kill(QStringLiteral("masters"), leadingIndex(now[u"masters"].toArray()));
        case Kind::KillAgent:
            return kill(QStringLiteral("agents"), step.index);
        case Kind::KillMarathonLeader:
            return kill(QStringLiteral("marathon"), leadingIndex(now[u"marathon"].toArray()));
        case Kind::KillZooKeeper:
            m_zk.stop(); // SIGKILL, and the harness waits for the JVM to go
            heartbeat.suspend();
            return [this, &heartbeat, problem] {
                heartbeat.suspend(); // the harness waits for the JVM here, not the window
                QString why;
                if (!m_zk.start(&why))
                    *problem = QStringLiteral("ZooKeeper did not come back: ") + why;
                heartbeat.suspend();
            };
        case Kind::Slow:
        case Kind::Status500:
        case Kind::Truncate:
        case Kind::Malformed:
        case Kind::Drop:
            return addRule(ruleSpec(step.kind, step.server, step.delayMs), problem);
        case Kind::DropStreams:
            m_devcluster->control("POST", QStringLiteral("/streams/drop?kind=") + step.server);
            return {};
        case Kind::DeployApp:
        case Kind::ScaleApp: {
            const QString marathon = leadingUrl(now[u"marathon"].toArray());
            if (marathon.isEmpty())
                return {};
            // Few enough apps and instances that the three agents always have room for them.
            if (step.kind == Kind::DeployApp && m_deployed < 5) {
                const QString id = QStringLiteral("/chaos/app-%1").arg(m_deployed++);
                call("POST", QUrl(marathon + QStringLiteral("/v2/apps")),
                     {{QStringLiteral("id"), id},
                      {QStringLiteral("cmd"), QStringLiteral("exec sleep 3600")},
                      {QStringLiteral("cpus"), 0.1},
                      {QStringLiteral("mem"), 16},
                      {QStringLiteral("instances"), step.instances}});
            } else if (m_deployed > 0) {
                const QString id = QStringLiteral("/chaos/app-%1").arg(step.index % m_deployed);
                call("PUT", QUrl(marathon + QStringLiteral("/v2/apps") + id + QStringLiteral("?force=true")),
                     {{QStringLiteral("instances"), step.instances}});
            }
            return {};
        }
        }
        return {};
    }

    // The window as it is, into MESOSDESK_CHAOS_SHOTS when set: how faults and heals look.
    static void shot(MainWindow& window, const QString& name) {
        const QString dir = qEnvironmentVariable("MESOSDESK_CHAOS_SHOTS");
        if (dir.isEmpty())
            return;
        TestEnvironment::settleLayouts();
        window.grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }
    void run(quint32 seed, int seconds) {
        qInfo("chaos: seed %u, %d s (rerun: scripts/chaos.sh %u MINUTES)", seed, seconds, seed);
        QElapsedTimer phase;
        phase.start();
        GuiHeartbeat heartbeat;
        heartbeat.setStep(QStringLiteral("connecting"));
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectTo(ConnectionTarget::parse(m_devcluster->zkUrl()));

        // The followed log: a task of the devcluster's own framework on agent 0, never killed.
        const QString loggerName = QStringLiteral("chaos-logger-%1").arg(seed);
        QCOMPARE(m_devcluster
                     ->control("POST", QStringLiteral("/tasks"),
                               {{QStringLiteral("cmd"), LoggerCmd},
                                {QStringLiteral("name"), loggerName},
                                {QStringLiteral("agent"), 0}})[u"_status"]
                     .toInt(),
                 201);
        MesosTaskPtr logger;
        QVERIFY2(TestEnvironment::waitUntil(
                     [&] {
                         for (const MesosTaskPtr& task : window.session()->mesosStore()->tasks())
                             if (task->name == loggerName && task->state == MesosTaskState::Running)
                                 logger = task;
                         return logger != nullptr;
                     },
                     30000),
                 "the logger task running in the window's store");
        const auto ref = SandboxTaskRefs::forMesosTask(*window.session()->mesosStore(), *logger);
        QVERIFY(ref);
        QTabWidget* logTabs = window.sandboxTab()->logTabs();
        const int tabsBefore = logTabs->count();
        window.sandboxTab()->openTaskSandbox(ref->agentUrl, ref->frameworkId, ref->executorId, ref->taskId,
                                             QStringLiteral("stdout"));
        QTRY_VERIFY2_WITH_TIMEOUT(logTabs->count() > tabsBefore, "a log tab for the logger's stdout", 20000);
        Watch watch;
        watch.log = qobject_cast<LogViewerWidget*>(logTabs->widget(logTabs->count() - 1));
        QVERIFY(watch.log);
        QTRY_VERIFY2_WITH_TIMEOUT(watch.log->model()->rowCount() > 5, "the logger's first lines", 20000);

        // The draft: New App with an id and a command typed, left open through every fault.
        MarathonPanel* panel = window.marathonPanel();
        QTRY_VERIFY2_WITH_TIMEOUT(window.session()->marathonSource()->isLive(), "Marathon live", 30000);
        window.tabs()->setCurrentWidget(panel);
        QTRY_VERIFY2_WITH_TIMEOUT(panel->newAppAction()->isEnabled(), "New App enabled", 10000);
        panel->newAppAction()->trigger();
        watch.editor = panel->editor();
        QVERIFY(watch.editor && QTest::qWaitForWindowExposed(watch.editor));
        watch.editor->idEdit()->clear();
        QTest::keyClicks(watch.editor->idEdit(), DraftId);
        watch.editor->cmdEdit()->clear();
        QTest::keyClicks(watch.editor->cmdEdit(), DraftCmd);

        QTimer checker;
        QObject::connect(&checker, &QTimer::timeout, [&] { check(panel, watch); });
        checker.start(50);
        QString problem;
        auto fail = [&](const QString& step, const QString& what) {
            return QStringLiteral("chaos: seed %1, %2: %3").arg(seed).arg(step, what).toLocal8Bit();
        };
        // Every heal waits until what is shown is the truth, read again every 2 s as it moves
        // (Marathon relaunches, deployments); the log must have gone on too.
        QElapsedTimer waited;
        qint64 slowestHealMs = 0;
        QString slowestHeal;
        ClusterView agreed;
        auto converge = [&]() -> QString {
            waited.start();
            const qint64 lineAtHeal = watch.lastLine + 2;
            QString last;
            bool told = false;
            while (waited.elapsed() < HealBoundMs) {
                if (!told && waited.elapsed() > 5000 && !last.isEmpty()) {
                    told = true; // what a slow heal waits for, for the log
                    qInfo("chaos: 5 s after healing still %s", qPrintable(last));
                }
                const ClusterView expected = truth();
                agreed = expected;
                if (TestEnvironment::waitUntil(
                        [&] {
                            ClusterView now = shown(window);
                            if (watch.log && watch.log->noticeBar()->isVisible())
                                now.notices << watch.log->noticeBar()->text();
                            last = difference(now, expected);
                            return (last.isEmpty() && watch.lastLine > lineAtHeal) ||
                                   !watch.violation.isEmpty();
                        },
                        2000))
                    return watch.violation;
            }
            if (last.isEmpty())
                last = QStringLiteral("the followed log stopped at line %1").arg(watch.lastLine);
            return QStringLiteral("%1 s after healing: %2").arg(HealBoundMs / 1000).arg(last);
        };
        QString outcome = converge();
        QVERIFY2(outcome.isEmpty(), fail(QStringLiteral("before the first fault"), outcome).constData());
        qInfo("chaos: [%.1f s] connected, logger followed, draft open", phase.elapsed() / 1000.0);

        ChaosSchedule schedule(seed, 3);
        QElapsedTimer chaos;
        chaos.start();
        int steps = 0;
        while (chaos.elapsed() < qint64(seconds) * 1000 || steps < ChaosSchedule::KindCount) {
            const ChaosSchedule::Step step = schedule.next();
            ++steps;
            const QString name = step.describe();
            heartbeat.setStep(name);
            qInfo("chaos: [%.1f s] %s", phase.elapsed() / 1000.0, qPrintable(name));
            const std::function<void()> heal = injectAll(step, heartbeat, &problem);
            TestEnvironment::waitUntil([&] { return !watch.violation.isEmpty(); }, step.holdMs);
            QVERIFY2(watch.violation.isEmpty(), fail(name, watch.violation).constData());
            shot(window, QStringLiteral("step%1-fault").arg(step.number, 2, 10, QLatin1Char('0')));
            heal();
            QVERIFY2(problem.isEmpty(), fail(name, problem).constData());
            outcome = converge();
            QVERIFY2(outcome.isEmpty(), fail(name, outcome).constData());
            shot(window, QStringLiteral("step%1-healed").arg(step.number, 2, 10, QLatin1Char('0')));
            qInfo("chaos: healed and shown in %.1f s: leader %s, %d agents, %d running tasks, apps [%s], log "
                  "at line %lld",
                  waited.elapsed() / 1000.0, qPrintable(agreed.leader), int(agreed.agents.size()),
                  agreed.runningTasks, qPrintable(describe(agreed.apps)), watch.lastLine);
            if (waited.elapsed() > slowestHealMs) {
                slowestHealMs = waited.elapsed();
                slowestHeal = name;
            }
            QVERIFY2(heartbeat.worstStallMs() <= StallBoundMs,
                     fail(heartbeat.worstStallStep(),
                          QStringLiteral("the GUI thread was busy for %1 ms without turning its event loop")
                              .arg(heartbeat.worstStallMs(), 0, 'f', 1))
                         .constData());
        }
        qInfo("chaos: slowest heal %.1f s (%s)", slowestHealMs / 1000.0, qPrintable(slowestHeal));
        qInfo(
            "chaos: phase time %.1f s, %d steps; largest GUI stall %.1f ms (%s); %d ticks late over 100 ms "
            "while the thread was not running (a loaded machine), the worst %.1f ms; log lines followed %lld",
            phase.elapsed() / 1000.0, steps, heartbeat.worstStallMs(), qPrintable(heartbeat.worstStallStep()),
            heartbeat.starvedTicks(), heartbeat.worstStarvedMs(), watch.lastLine + 1);
        m_devcluster->control("DELETE", QStringLiteral("/tasks/") + logger->id);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        MESOSDESK_REQUIRE(!TestEnvironment::javaZooKeeperJar().isEmpty(), "zookeeper.jar");
        QString why;
        QVERIFY2(m_zk.start(&why), qPrintable(why));
        // The devcluster and the window on the private ZooKeeper, which this test kills; never the suite's.
        qputenv("MESOSDESK_ZK", m_zk.hosts().toUtf8());
        MESOSDESK_REQUIRE_DEVCLUSTER();
        m_devcluster = std::make_unique<DevClusterProcess>();
        QVERIFY(m_devcluster->start(3, 3));
        Settings::MarathonNewAppDraft.reset();
        Settings::MarathonUrl.reset();
        Settings::MarathonReadOnly.reset();
        Settings::MarathonZkPath.set(m_devcluster->marathonZkPath());
    }
    void cleanupTestCase() {
        m_devcluster.reset();
        m_zk.stop();
    }

    // "run": CI's fixed seed for 90 s of faults, or MESOSDESK_CHAOS_SEED / _SECONDS. Seeds that
    // once failed are regression rows; a seed whose failing step falls in CI's 90 s serves as
    // the fixed seed instead, so CI pays for one run:
    //   7  step 21 (scale while Marathon drops connections): the apps 22 s stale (MarathonSource)
    void chaos_data() {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("seconds");
        const quint32 seed = qEnvironmentVariable("MESOSDESK_CHAOS_SEED", QStringLiteral("7")).toUInt();
        const int seconds = qEnvironmentVariableIntValue("MESOSDESK_CHAOS_SECONDS");
        QTest::newRow("run") << seed << (seconds > 0 ? seconds : DefaultSeconds);
    }
    void chaos() {
        QFETCH(quint32, seed);
        QFETCH(int, seconds);
        run(seed, seconds);
    }
};

QTEST_MAIN(TestChaos)
#include "tst_chaos.moc"
