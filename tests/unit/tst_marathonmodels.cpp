// The Marathon item models: diff updates keyed by id under QAbstractItemModelTester,
// the group tree, filters, the event log cap.
#include "AppStatus.h"
#include "AppTasksModel.h"
#include "AppsFilterProxy.h"
#include "AppsModel.h"
#include "DeploymentsModel.h"
#include "EventLogModel.h"
#include "TestEnvironment.h"
#include "marathon/MarathonParser.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

namespace {
MarathonApp makeApp(const QString& id, int instances, int running, QMap<QString, QString> labels = {}) {
    MarathonApp a;
    a.id = id;
    a.instances = instances;
    a.tasksRunning = running;
    a.cpus = 0.5;
    a.mem = 100;
    a.labels = labels;
    a.raw = MarathonApp::rawJsonOf(QJsonObject{{QStringLiteral("id"), id},
                                               {QStringLiteral("instances"), instances},
                                               {QStringLiteral("r"), running}});
    return a;
}
MarathonTask makeTask(const QString& id, const QString& state) {
    MarathonTask t;
    t.id = id;
    t.state = state;
    t.host = QStringLiteral("h");
    return t;
}
} // namespace

class TestMarathonModels : public QObject {
    Q_OBJECT
private slots:
    void appsTreeIncremental() {
        AppsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update({makeApp(QStringLiteral("/prod/web/api"), 3, 3), makeApp(QStringLiteral("/prod/db"), 1, 1),
                      makeApp(QStringLiteral("/hello"), 1, 0)},
                     {});
        QCOMPARE(model.rowCount(), 2); // group "prod", app "hello"
        const QModelIndex prod = model.indexOfId(QStringLiteral("/prod"));
        QVERIFY(prod.data(AppsModel::IsGroupRole).toBool());
        QCOMPARE(model.rowCount(prod), 2); // group web first, then db
        QCOMPARE(model.index(0, 0, prod).data().toString(), QStringLiteral("web"));
        QCOMPARE(model.indexOfId(QStringLiteral("/prod"), AppsModel::InstancesColumn).data().toString(), QStringLiteral("4 / 4"));
        QCOMPARE(model.appCount(), 3);

        // Scale api: one dataChanged on that row, no inserts/removes, no reset.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QPersistentModelIndex api = model.indexOfId(QStringLiteral("/prod/web/api"));
        model.update({makeApp(QStringLiteral("/prod/web/api"), 5, 3), makeApp(QStringLiteral("/prod/db"), 1, 1),
                      makeApp(QStringLiteral("/hello"), 1, 0)},
                     {});
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(reset.size(), 0);
        QVERIFY(std::any_of(changed.begin(), changed.end(), [&](const QList<QVariant>& args) {
            return args.at(0).toModelIndex() == QModelIndex(api);
        }));
        QVERIFY(api.isValid()); // persistent indexes survive
        QCOMPARE(model.indexOfId(QStringLiteral("/prod/web/api"), AppsModel::InstancesColumn).data().toString(), QStringLiteral("3 / 5"));

        // Remove the only app of /prod/web: the empty group goes too. Add a new nested app.
        model.update({makeApp(QStringLiteral("/prod/db"), 1, 1), makeApp(QStringLiteral("/hello"), 1, 0),
                      makeApp(QStringLiteral("/batch/a/b"), 0, 0)},
                     {});
        QVERIFY(!model.indexOfId(QStringLiteral("/prod/web")).isValid());
        QVERIFY(!api.isValid());
        QVERIFY(model.indexOfId(QStringLiteral("/batch/a")).isValid());
        QCOMPARE(model.indexOfId(QStringLiteral("/batch/a/b"), AppsModel::StatusColumn).data().toString(), AppStatus::name(AppStatus::Suspended));
        model.update({}, {});
        QCOMPARE(model.rowCount(), 0);
    }
    void appsFromFileWithQueue() {
        QFile f(TestEnvironment::testDataDir() + QStringLiteral("/marathon/apps.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QFile q(TestEnvironment::testDataDir() + QStringLiteral("/marathon/queue.json"));
        QVERIFY(q.open(QIODevice::ReadOnly));
        AppsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(*MarathonParser::parseApps(f.readAll()), *MarathonParser::parseQueue(q.readAll()));
        auto status = [&](const char* id) { return model.indexOfId(QString::fromLatin1(id)).data(AppsModel::StatusRole).toInt(); };
        QCOMPARE(status("/prod/web/api"), int(AppStatus::Running));
        QCOMPARE(status("/prod/web/frontend"), int(AppStatus::Waiting));
        QCOMPARE(status("/batch/nightly"), int(AppStatus::Delayed));
        const QVariantList health = model.indexOfId(QStringLiteral("/prod/web/api")).data(AppsModel::HealthRole).toList();
        QCOMPARE(health, (QVariantList{2, 1, 0, 0}));

        AppsFilterProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        auto visibleApps = [&] {
            QStringList out;
            std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
                for (int r = 0; r < proxy.rowCount(parent); ++r) {
                    const QModelIndex i = proxy.index(r, 0, parent);
                    if (!i.data(AppsModel::IsGroupRole).toBool())
                        out << i.data(AppsModel::IdRole).toString();
                    walk(i);
                }
            };
            walk({});
            out.sort();
            return out;
        };
        QCOMPARE(visibleApps().size(), 5);
        proxy.setText(QStringLiteral("web"));
        QCOMPARE(visibleApps(), (QStringList{QStringLiteral("/prod/web/api"), QStringLiteral("/prod/web/frontend")}));
        proxy.setText({});
        proxy.setLabel(QStringLiteral("tier:frontend"));
        QCOMPARE(visibleApps(), QStringList{QStringLiteral("/prod/web/frontend")});
        proxy.setLabel(QStringLiteral("TIER"));
        QCOMPARE(visibleApps().size(), 2);
        proxy.setLabel({});
        proxy.setStatus(AppStatus::Delayed);
        QCOMPARE(visibleApps(), QStringList{QStringLiteral("/batch/nightly")});
        proxy.setStatus(-1);
        proxy.setHealth(AppsFilterProxy::HealthFilter::Unhealthy);
        QCOMPARE(visibleApps(), QStringList{QStringLiteral("/prod/web/api")});
        proxy.setHealth(AppsFilterProxy::HealthFilter::Staged);
        QCOMPARE(visibleApps(), QStringList{QStringLiteral("/prod/web/frontend")});
    }
    void tasksIncremental() {
        AppTasksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTasks({makeTask(QStringLiteral("a"), QStringLiteral("TASK_STAGING")), makeTask(QStringLiteral("b"), QStringLiteral("TASK_RUNNING")),
                        makeTask(QStringLiteral("c"), QStringLiteral("TASK_RUNNING"))});
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTasks({makeTask(QStringLiteral("a"), QStringLiteral("TASK_RUNNING")), makeTask(QStringLiteral("c"), QStringLiteral("TASK_RUNNING")),
                        makeTask(QStringLiteral("d"), QStringLiteral("TASK_STAGING"))});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1); // only a changed
        QCOMPARE(model.rowOf(QStringLiteral("a")), 0);
        QCOMPARE(model.index(0, AppTasksModel::StateColumn).data().toString(), QStringLiteral("TASK_RUNNING"));
        QCOMPARE(model.rowCount(), 3);
        model.setTasks({});
        QCOMPARE(model.rowCount(), 0);
    }
    void deployments() {
        DeploymentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QFile f(TestEnvironment::testDataDir() + QStringLiteral("/marathon/deployments.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto list = *MarathonParser::parseDeployments(f.readAll());
        model.setDeployments(list);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, DeploymentsModel::ProgressColumn).data().toString(), QStringLiteral("step 2 of 2"));
        QVERIFY(model.index(0, DeploymentsModel::ActionsColumn).data().toString().contains(QStringLiteral("ScaleApplication /prod/web/frontend")));
        model.setDeployments({list.at(1)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(DeploymentsModel::DeploymentIdRole).toString(), QStringLiteral("d-old"));
    }
    void eventLogCap() {
        EventLogModel model(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MarathonEvent ignored;
        ignored.type = QStringLiteral("api_post_event");
        QVERIFY(!model.record(ignored));
        for (int i = 0; i < 5; ++i) {
            MarathonEvent e;
            e.type = QStringLiteral("status_update_event");
            e.taskStatus = i % 2 ? QStringLiteral("TASK_LOST") : QStringLiteral("TASK_FAILED");
            e.appId = QStringLiteral("/app%1").arg(i);
            QVERIFY(model.record(e));
        }
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, EventLogModel::SubjectColumn).data().toString(), QStringLiteral("/app2"));
        QCOMPARE(model.index(1, EventLogModel::KindColumn).data().toString(), EventLogModel::kindName(EventLogModel::Kind::TaskLost));
        MarathonEvent ok;
        ok.type = QStringLiteral("status_update_event");
        ok.taskStatus = QStringLiteral("TASK_RUNNING");
        QCOMPARE(*model.record(ok), EventLogModel::Kind::TaskStatus); // status changes are logged too
        MarathonEvent dep;
        dep.type = QStringLiteral("deployment_success");
        QCOMPARE(*model.record(dep), EventLogModel::Kind::DeploymentSucceeded);
    }
};

QTEST_GUILESS_MAIN(TestMarathonModels)
#include "tst_marathonmodels.moc"
