// Pods in the apps tree (kind column, status rules, sums) and the pod page's models, all
// updated by differences under QAbstractItemModelTester.
#include "AppStatus.h"
#include "AppsModel.h"
#include "PodInstancesModel.h"
#include "PodTerminationsModel.h"
#include "TestEnvironment.h"
#include "marathon/MarathonPodParser.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

namespace {
QList<MarathonPod> testPods() {
    return *MarathonPodParser::parseStatuses(
        TestEnvironment::testData(QStringLiteral("marathon/pod_statuses.json")));
}
MarathonApp makeApp(const QString& id, int instances) {
    MarathonApp a;
    a.id = id;
    a.instances = instances;
    a.tasksRunning = instances;
    a.raw = MarathonApp::rawJsonOf(
        QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("instances"), instances}});
    return a;
}
MarathonPod::Instance instance(const QString& id, const QString& status, QStringList containers) {
    MarathonPod::Instance i;
    i.id = id;
    i.status = status;
    for (const QString& name : containers) {
        MarathonPod::ContainerStatus c;
        c.name = name;
        c.status = QStringLiteral("TASK_RUNNING");
        c.containerId = id + u'.' + name;
        i.containers << c;
    }
    return i;
}
} // namespace

class TestPodModels : public QObject {
    Q_OBJECT
private slots:
    void podsInTheTree() {
        AppsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<MarathonPod> pods = testPods();
        model.update({makeApp(QStringLiteral("/prod/api"), 2)}, {}, pods);
        QCOMPARE(model.appCount(), 1);
        QCOMPARE(model.podCount(), 2);
        const QModelIndex web = model.indexOfId(QStringLiteral("/prod/web"), AppsModel::KindColumn);
        QVERIFY(web.isValid());
        QCOMPARE(web.parent(), model.indexOfId(QStringLiteral("/prod")));
        QCOMPARE(web.data().toString(), QStringLiteral("pod"));
        QCOMPARE(web.data(AppsModel::KindRole).toInt(), int(AppsModel::PodKind));
        QCOMPARE(model.indexOfId(QStringLiteral("/prod/api"), AppsModel::KindColumn).data().toString(),
                 QStringLiteral("app"));
        QVERIFY(!model.indexOfId(QStringLiteral("/prod"), AppsModel::KindColumn).data().isValid());
        QVERIFY(model.pod(QStringLiteral("/prod/web")));
        QVERIFY(!model.app(QStringLiteral("/prod/web")));
        // One STABLE, one STAGING of 2; no health checks: running without a verdict.
        QCOMPARE(model.indexOfId(QStringLiteral("/prod/web"), AppsModel::InstancesColumn).data().toString(),
                 QStringLiteral("1 / 2"));
        QCOMPARE(model.indexOfId(QStringLiteral("/prod/web")).data(AppsModel::HealthRole).toList(),
                 (QVariantList{0, 0, 1, 1}));
        QCOMPARE(model.indexOfId(QStringLiteral("/prod/web"), AppsModel::CpusColumn).data().toString(),
                 QStringLiteral("1.2"));
        QCOMPARE(model.indexOfId(QStringLiteral("/prod/web")).data(AppsModel::StatusRole).toInt(),
                 int(AppStatus::Running));
        QCOMPARE(model.indexOfId(QStringLiteral("/batch")).data(AppsModel::StatusRole).toInt(),
                 int(AppStatus::Suspended));
        QCOMPARE(model.indexOfId(QStringLiteral("/prod"), AppsModel::InstancesColumn).data().toString(),
                 QStringLiteral("3 / 4"));
        QCOMPARE(model.indexOfId(QStringLiteral("/prod/web")).data(AppsModel::LabelsRole).toStringList(),
                 QStringList{QStringLiteral("tier:frontend")});

        // The same poll again: nothing moves. A deployment: one row changes. Destroyed: one row goes.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QPersistentModelIndex kept = model.indexOfId(QStringLiteral("/prod/web"));
        model.update({makeApp(QStringLiteral("/prod/api"), 2)}, {}, pods, {QStringLiteral("/prod/web")});
        QCOMPARE(model.indexOfId(QStringLiteral("/prod/web")).data(AppsModel::StatusRole).toInt(),
                 int(AppStatus::Deploying));
        QCOMPARE(inserted.count() + removed.count() + reset.count(), 0);
        QVERIFY(kept.isValid());
        model.update({makeApp(QStringLiteral("/prod/api"), 2)}, {}, {pods.at(0)});
        QCOMPARE(removed.count(), 1);
        QVERIFY(!model.indexOfId(QStringLiteral("/batch")).isValid());
        QCOMPARE(reset.count(), 0);
        // An app replaced by a pod of the same id.
        MarathonPod same = pods.at(0);
        same.id = QStringLiteral("/prod/api");
        model.update({}, {}, {pods.at(0), same});
        QCOMPARE(model.indexOfId(QStringLiteral("/prod/api"), AppsModel::KindColumn).data().toString(),
                 QStringLiteral("pod"));
        QCOMPARE(model.appCount(), 0);
    }
    void podQueueStatus() {
        AppsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MarathonQueueEntry waiting;
        waiting.appId = QStringLiteral("/prod/web");
        model.update({}, {waiting}, testPods());
        QCOMPARE(model.indexOfId(QStringLiteral("/prod/web")).data(AppsModel::StatusRole).toInt(),
                 int(AppStatus::Waiting));
    }
    void podHealth() {
        MarathonPod pod;
        pod.containers.append(MarathonPod::ContainerSpec{});
        pod.containers.first().hasHealthCheck = true;
        pod.instanceStatus = {instance(QStringLiteral("a"), QStringLiteral("STABLE"), {}),
                              instance(QStringLiteral("b"), QStringLiteral("DEGRADED"), {}),
                              instance(QStringLiteral("c"), QStringLiteral("PENDING"), {}),
                              instance(QStringLiteral("d"), QStringLiteral("TERMINAL"), {})};
        const AppStatus::Health h = AppStatus::healthOf(pod);
        QCOMPARE(h.healthy, 1);
        QCOMPARE(h.unhealthy, 1);
        QCOMPARE(h.staged, 1);
        QCOMPARE(h.unknown, 0);
        QCOMPARE(AppStatus::runningOf(pod), 2);
    }
    void instancesByDifferences() {
        PodInstancesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInstances({instance(QStringLiteral("i1"), QStringLiteral("STABLE"),
                                     {QStringLiteral("a"), QStringLiteral("b")}),
                            instance(QStringLiteral("i2"), QStringLiteral("PENDING"), {})});
        QCOMPARE(model.rowCount(), 3); // a container a row; a pending instance its own row
        QCOMPARE(model.index(0, PodInstancesModel::ContainerColumn).data().toString(), QStringLiteral("a"));
        QCOMPARE(model.index(1, PodInstancesModel::StatusColumn).data().toString(),
                 QStringLiteral("STABLE / TASK_RUNNING"));
        QCOMPARE(model.index(1, 0).data(PodInstancesModel::ContainerIdRole).toString(),
                 QStringLiteral("i1.b"));
        QVERIFY(model.index(2, 0).data(PodInstancesModel::ContainerIdRole).toString().isEmpty());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // i1 killed, i3 relaunched in its place.
        model.setInstances({instance(QStringLiteral("i2"), QStringLiteral("STAGING"), {}),
                            instance(QStringLiteral("i3"), QStringLiteral("STABLE"), {QStringLiteral("a")})});
        QCOMPARE(removed.count(), 1); // one run of two rows
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1); // i2's status
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 2);
    }
    void terminations() {
        PodTerminationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTerminations(testPods().at(0).terminationHistory);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PodTerminationsModel::ContainersColumn).data().toString(),
                 QStringLiteral("nginx TASK_KILLED (exit 137): Killed"));
        QCOMPARE(model.index(0, PodTerminationsModel::MessageColumn).data().toString(),
                 QStringLiteral("killed by the operator"));
    }
};

QTEST_MAIN(TestPodModels)
#include "tst_podmodels.moc"
