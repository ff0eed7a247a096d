// The window's notification stream: the model (what the bar shows, what ends what) and the
// feeds that turn the Mesos store's changes and Marathon's events into notifications.
#include "ClusterEventFeed.h"
#include "EventLogModel.h"
#include "MarathonEventFeed.h"
#include "MesosEventFeed.h"
#include "NotificationModel.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosKeys.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QtTest>

namespace {
MesosEvent agentAdded(const QString& id, const QString& host, int port) {
    auto agent = std::make_shared<MesosAgent>();
    agent->id = id;
    agent->hostname = host;
    agent->pid = QStringLiteral("slave(1)@10.0.0.9:%1").arg(port);
    agent->rawHash = qHash(id);
    MesosEvent e;
    e.type = MesosEvent::Type::AgentAdded;
    e.agent = agent;
    return e;
}
MesosEvent agentRemoved(const QString& id) {
    MesosEvent e;
    e.type = MesosEvent::Type::AgentRemoved;
    e.id = id;
    return e;
}
MesosEvent taskAdded(const QString& id, const QString& agentId) {
    auto task = std::make_shared<MesosTask>();
    task->id = id;
    task->name = id;
    task->frameworkId = QStringLiteral("fw");
    task->agentId = agentId;
    task->state = MesosTaskState::Running;
    task->key = MesosKeys::task(task->frameworkId, id);
    MesosEvent e;
    e.type = MesosEvent::Type::TaskAdded;
    e.task = task;
    return e;
}
MesosEvent taskUpdated(const QString& id, const QString& agentId, MesosTaskState state) {
    MesosEvent e;
    e.type = MesosEvent::Type::TaskUpdated;
    e.id = id;
    e.frameworkId = QStringLiteral("fw");
    e.agentId = agentId;
    e.taskState = state;
    return e;
}
MarathonEvent deploymentEvent(const QString& type, const QString& id, const QStringList& stepActions = {}) {
    MarathonEvent e;
    e.type = type;
    e.deploymentId = id;
    QJsonArray steps;
    for (const QString& action : stepActions)
        steps.append(QJsonObject{{QStringLiteral("actions"),
                                  QJsonArray{QJsonObject{{QStringLiteral("action"), action},
                                                         {QStringLiteral("app"), QStringLiteral("/web")}}}}});
    e.raw = {
        {QStringLiteral("eventType"), type},
        {QStringLiteral("plan"), QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("steps"), steps}}}};
    if (type == QLatin1String("deployment_info"))
        e.raw.insert(QStringLiteral("currentStep"), steps.first());
    return e;
}
QStringList messages(const NotificationModel& model) {
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, NotificationModel::MessageColumn).data().toString();
    return out;
}
} // namespace

class TestNotifications : public QObject {
    Q_OBJECT
private slots:
    void modelEndsWhatIsNoLongerTrue() {
        NotificationModel model(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.current(), -1);
        Notification interrupted;
        interrupted.severity = Notification::Severity::Warning;
        interrupted.kind = Notification::Kind::Condition;
        interrupted.message = QStringLiteral("interrupted");
        interrupted.cause = QStringLiteral("marathon:stream");
        model.post(interrupted);
        Notification info;
        info.message = QStringLiteral("deployment finished");
        model.post(info);
        // The warning is shown before the newer, less severe event.
        QCOMPARE(model.at(model.current()).message, QStringLiteral("interrupted"));
        QCOMPARE(model.openCount(), 2);
        Notification resumed;
        resumed.kind = Notification::Kind::Recovery;
        resumed.message = QStringLiteral("resumed");
        resumed.cause = QStringLiteral("marathon:stream");
        model.post(resumed);
        QCOMPARE(model.at(2).state, Notification::State::Ended); // newest first: the interruption is row 2
        QCOMPARE(model.at(model.current()).message,
                 QStringLiteral("deployment finished")); // a recovery is not shown
        QVERIFY(model.index(2, NotificationModel::MessageColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Over since")));
        // A newer event of the same severity takes the bar; dismissing leaves nothing open.
        Notification next;
        next.message = QStringLiteral("next");
        model.post(next); // capacity 3: the oldest goes
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.at(model.current()).message, QStringLiteral("next"));
        QCOMPARE(model.openCount(), 1);
        model.dismiss(model.current());
        QCOMPARE(model.current(), -1);
        QCOMPARE(model.index(0, NotificationModel::SeverityColumn).data().toString(), QStringLiteral("Info"));
        QCOMPARE(model.headerData(NotificationModel::TimeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Time (UTC)"));
    }

    void agentRemovedWithItsTasksIsOneNotification() {
        NotificationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClusterStore store;
        MesosEventFeed feed(&model);
        feed.setGatherInterval(60000); // flushed by hand below
        feed.attach(&store, nullptr, nullptr);
        const QString agent = QStringLiteral("m1-S0");
        store.applyEvents({agentAdded(agent, QStringLiteral("node-a"), 5051),
                           agentAdded(QStringLiteral("m1-S1"), QStringLiteral("node-a"), 5052),
                           taskAdded(QStringLiteral("web.1"), agent),
                           taskAdded(QStringLiteral("web.2"), agent),
                           taskAdded(QStringLiteral("other.1"), QStringLiteral("m1-S1"))});
        feed.flush();
        QCOMPARE(model.rowCount(), 0); // the cluster as it is is not news
        // The stream says the tasks were lost, then (another batch) that the agent went.
        store.applyEvents({taskUpdated(QStringLiteral("web.1"), agent, MesosTaskState::Lost),
                           taskUpdated(QStringLiteral("web.2"), agent, MesosTaskState::Lost)});
        store.applyEvents({agentRemoved(agent)});
        feed.flush();
        QCOMPARE(model.rowCount(), 1);
        const Notification& n = model.at(0);
        QCOMPARE(n.message,
                 QStringLiteral("Agent node-a:5051 was removed; 2 tasks lost with it: web.1, web.2"));
        QCOMPARE(n.severity, Notification::Severity::Warning);
        QCOMPARE(n.area, Notification::Area::Agents);
        QVERIFY(n.details.contains(agent));
        QCOMPARE(model.current(), 0);
        // Nothing more comes of it later (no duplicate).
        feed.flush();
        store.applyEvents({taskUpdated(QStringLiteral("web.1"), agent, MesosTaskState::Lost)});
        feed.flush();
        QCOMPARE(model.rowCount(), 1);

        // The agent registers again (new id, same address): told, and the removal is over.
        store.applyEvents({agentAdded(QStringLiteral("m1-S7"), QStringLiteral("node-a"), 5051)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.at(0).message, QStringLiteral("Agent node-a:5051 registered again."));
        QCOMPARE(model.at(1).state, Notification::State::Ended);

        // Tasks lost without their agent going: counted and listed, all of them.
        store.applyEvents({taskAdded(QStringLiteral("t1"), QStringLiteral("m1-S1")),
                           taskAdded(QStringLiteral("t2"), QStringLiteral("m1-S1"))});
        store.applyEvents(
            {taskUpdated(QStringLiteral("t1"), QStringLiteral("m1-S1"), MesosTaskState::Gone),
             taskUpdated(QStringLiteral("other.1"), QStringLiteral("m1-S1"), MesosTaskState::Finished),
             taskUpdated(QStringLiteral("t2"), QStringLiteral("m1-S1"), MesosTaskState::Lost)});
        feed.flush();
        QCOMPARE(model.at(0).message, QStringLiteral("2 tasks lost on agent node-a:5052: t1, t2"));
    }

    void leaderChangesAndNoLeader() {
        NotificationModel model;
        MesosEventFeed feed(&model);
        MasterInfo a, b;
        a.hostname = QStringLiteral("alpha");
        a.port = 5050;
        b.hostname = QStringLiteral("beta");
        b.port = 5050;
        feed.onLeader(a);
        QCOMPARE(model.rowCount(), 0); // the first leader seen is not a change
        feed.onLeader(b);
        QCOMPARE(model.at(0).message,
                 QStringLiteral("The leading Mesos master changed: alpha:5050 → beta:5050."));
        feed.onLeader({});
        QCOMPARE(model.at(0).severity, Notification::Severity::Error);
        QCOMPARE(model.current(), 0);
        feed.onLeader(b);
        QCOMPARE(model.at(0).message, QStringLiteral("beta:5050 leads again."));
        QCOMPARE(model.at(1).state, Notification::State::Ended); // "no leader" is over
    }

    void deploymentFollowedToItsEndOnce() {
        NotificationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MarathonEventFeed feed(&model);
        feed.onDeployments({}, true); // connected: nothing running
        const QStringList steps{QStringLiteral("StartApplication"), QStringLiteral("ScaleApplication")};
        feed.onEvent(deploymentEvent(QStringLiteral("deployment_info"), QStringLiteral("d1"), steps));
        MarathonDeployment listed;
        listed.id = QStringLiteral("d1");
        listed.affectedApps = {QStringLiteral("/web")};
        feed.onDeployments({listed}, true); // the poll says it too
        feed.onEvent(
            deploymentEvent(QStringLiteral("deployment_info"), QStringLiteral("d1"), steps)); // step 2
        QCOMPARE(messages(model), QStringList{QStringLiteral("Deployment of /web started.")});
        QCOMPARE(model.current(), 0);
        feed.onEvent(deploymentEvent(QStringLiteral("deployment_success"), QStringLiteral("d1"), steps));
        feed.onDeployments({}, true);
        QCOMPARE(messages(model), (QStringList{QStringLiteral("Deployment of /web finished."),
                                               QStringLiteral("Deployment of /web started.")}));
        QCOMPARE(model.at(1).state, Notification::State::Ended);
        QCOMPARE(model.current(), 0);

        // Failed, with Marathon's reason.
        MarathonEvent failed = deploymentEvent(QStringLiteral("deployment_failed"), QStringLiteral("d2"),
                                               {QStringLiteral("ScaleApplication")});
        failed.message = QStringLiteral("The operation has been cancelled.");
        feed.onEvent(deploymentEvent(QStringLiteral("deployment_info"), QStringLiteral("d2"),
                                     {QStringLiteral("ScaleApplication")}));
        feed.onEvent(failed);
        QCOMPARE(model.at(0).message,
                 QStringLiteral("Deployment of /web failed: The operation has been cancelled."));
        QCOMPARE(model.at(0).severity, Notification::Severity::Error);

        // Polled without the stream: one that drops off the list is over, without a verdict.
        MarathonDeployment polled;
        polled.id = QStringLiteral("d3");
        polled.affectedApps = {QStringLiteral("/api")};
        feed.onDeployments({polled}, false);
        QCOMPARE(model.at(0).message, QStringLiteral("Deployment of /api started."));
        feed.onDeployments({}, false);
        QCOMPARE(model.at(0).message,
                 QStringLiteral("Deployment of /api is over (Marathon no longer lists it)."));
        QCOMPARE(model.rowCount(), 6);
    }

    void streamInterruptedThenResumed() {
        NotificationModel model;
        MarathonEventFeed feed(&model);
        feed.onLive(false, QStringLiteral("x")); // never live yet: nothing was interrupted
        QCOMPARE(model.rowCount(), 0);
        feed.onLive(true, {});
        feed.onLive(false, QStringLiteral("connection closed"));
        QCOMPARE(model.at(model.current()).message,
                 QStringLiteral("Marathon live updates interrupted (connection closed); polling until the "
                                "event stream is back."));
        feed.onLive(false, QStringLiteral("again"));
        QCOMPARE(model.rowCount(), 1);
        feed.onLive(true, {});
        QCOMPARE(model.current(), -1); // the bar goes: live again
        QCOMPARE(model.at(0).message, QStringLiteral("Marathon live updates resumed."));
        feed.onProblem(QStringLiteral("HTTP 503"));
        QCOMPARE(model.at(model.current()).message, QStringLiteral("Marathon: HTTP 503"));
        feed.onProblem({});
        QCOMPARE(model.current(), -1);
    }

    void eventLogTellsEachDeploymentOnceAndTaskStatuses() {
        EventLogModel log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList steps{QStringLiteral("StartApplication"), QStringLiteral("ScaleApplication")};
        QCOMPARE(*log.record(deploymentEvent(QStringLiteral("deployment_info"), QStringLiteral("d1"), steps)),
                 EventLogModel::Kind::DeploymentStarted);
        QCOMPARE(*log.record(deploymentEvent(QStringLiteral("deployment_info"), QStringLiteral("d1"), steps)),
                 EventLogModel::Kind::DeploymentStep);
        QVERIFY(log.entry(1).message.contains(QStringLiteral("step 2")));
        MarathonEvent running;
        running.type = QStringLiteral("status_update_event");
        running.taskId = QStringLiteral("web.1");
        running.taskStatus = QStringLiteral("TASK_RUNNING");
        running.host = QStringLiteral("node-a");
        QCOMPARE(*log.record(running), EventLogModel::Kind::TaskStatus);
        QCOMPARE(log.entry(2).message, QStringLiteral("web.1 TASK_RUNNING on node-a"));
        MarathonEvent instance = running;
        instance.type = QStringLiteral("instance_changed_event");
        instance.taskStatus = QStringLiteral("Failed");
        QVERIFY(!log.record(instance)); // the status update said it already
        QCOMPARE(log.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
