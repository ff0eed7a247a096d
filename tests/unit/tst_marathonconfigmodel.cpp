// The Marathon configuration table: every flag of /v2/info as text (null as "not set", whole
// numbers without ".0", lists joined), and a poll that changes one value changes one row.
#include "MarathonConfigModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

class TestMarathonConfigModel : public QObject {
    Q_OBJECT
private slots:
    void valuesAsText() {
        QCOMPARE(MarathonConfigModel::valueText(QJsonValue(604800)), QStringLiteral("604800"));
        QCOMPARE(MarathonConfigModel::valueText(QJsonValue(0.5)), QStringLiteral("0.5"));
        QCOMPARE(MarathonConfigModel::valueText(QJsonValue(true)), QStringLiteral("true"));
        QCOMPARE(MarathonConfigModel::valueText(QJsonArray{QStringLiteral("a"), 2}), QStringLiteral("a, 2"));
        bool isSet = true;
        QCOMPARE(MarathonConfigModel::valueText(QJsonValue(), &isSet), QStringLiteral("(not set)"));
        QVERIFY(!isSet);
    }

    void updatesByDifferences() {
        MarathonConfigModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonObject zk{{QStringLiteral("zk"), QStringLiteral("zk://a:2181/marathon")},
                             {QStringLiteral("zk_timeout"), 10000}};
        QJsonObject marathon{{QStringLiteral("master"), QStringLiteral("zk://a:2181/mesos")},
                             {QStringLiteral("default_network_name"), QJsonValue()}};
        model.setConfig(
            {{QStringLiteral("marathon_config"), marathon}, {QStringLiteral("zookeeper_config"), zk}});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.value(QStringLiteral("zookeeper_config"), QStringLiteral("zk")),
                 QStringLiteral("zk://a:2181/marathon"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        marathon.insert(QStringLiteral("master"), QStringLiteral("zk://b:2181/mesos"));
        model.setConfig(
            {{QStringLiteral("marathon_config"), marathon}, {QStringLiteral("zookeeper_config"), zk}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(inserted.size() + removed.size() + reset.size(), 0);
        QCOMPARE(model.value(QStringLiteral("marathon_config"), QStringLiteral("master")),
                 QStringLiteral("zk://b:2181/mesos"));
        model.setConfig({}); // not known any more: nothing stays
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestMarathonConfigModel)
#include "tst_marathonconfigmodel.moc"
