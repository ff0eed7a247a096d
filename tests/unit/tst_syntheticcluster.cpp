#include "SyntheticCluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// The generator must produce valid, self-consistent, deterministic documents.
class TestSyntheticCluster : public QObject {
    Q_OBJECT
private slots:
    void stateIsValidAndConsistent() {
        const QByteArray bytes = SyntheticCluster::masterState(40, 600, 3);
        QCOMPARE(SyntheticCluster::masterState(40, 600, 3), bytes); // deterministic
        QVERIFY(SyntheticCluster::masterState(40, 600, 4) != bytes);
        QJsonParseError error;
        const QJsonObject state = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(state.value(u"slaves").toArray().size(), 40);
        int tasks = 0;
        double usedCpus = 0;
        QSet<QString> agentIds;
        QHash<QString, QList<int>> usedPorts; // by agent, from its used_resources ranges
        for (const QJsonValue& a : state.value(u"slaves").toArray()) {
            const QJsonObject agent = a.toObject();
            agentIds.insert(agent.value(u"id").toString());
            // Never allocated past its resources, as Mesos allocates.
            const QJsonObject total = agent.value(u"resources").toObject();
            const QJsonObject used = agent.value(u"used_resources").toObject();
            for (const char16_t* r : {u"cpus", u"mem", u"disk", u"gpus"})
                QVERIFY2(used.value(QStringView(r)).toDouble() <= total.value(QStringView(r)).toDouble() + 1e-9,
                         qPrintable(agent.value(u"id").toString()));
            QList<int>& ports = usedPorts[agent.value(u"id").toString()];
            QString ranges = agent.value(u"used_resources").toObject().value(u"ports").toString();
            ranges.remove(u'[').remove(u']');
            for (const QString& range : ranges.split(QStringLiteral(", "), Qt::SkipEmptyParts))
                for (int port = range.section(u'-', 0, 0).toInt(); port <= range.section(u'-', 1, 1).toInt(); ++port)
                    ports.append(port);
        }
        QHash<QString, QList<int>> taskPorts; // by agent, from its running tasks

        for (const QJsonValue& f : state.value(u"frameworks").toArray()) {
            const QJsonObject fw = f.toObject();
            tasks += fw.value(u"tasks").toArray().size() + fw.value(u"completed_tasks").toArray().size();
            for (const QJsonValue& t : fw.value(u"tasks").toArray()) {
                const QJsonObject task = t.toObject();
                QVERIFY(agentIds.contains(task.value(u"slave_id").toString()));
                QCOMPARE(task.value(u"statuses").toArray().size(), 2);
                QVERIFY(!task.value(u"statuses").toArray().at(1).toObject().value(u"container_status").toObject()
                             .value(u"network_infos").toArray().isEmpty());
                QCOMPARE(task.value(u"container").toObject().value(u"type").toString(), QStringLiteral("DOCKER"));
                usedCpus += task.value(u"resources").toObject().value(u"cpus").toDouble();
                taskPorts[task.value(u"slave_id").toString()].append(
                    task.value(u"resources").toObject().value(u"ports").toString().section(u'-', 1).chopped(1).toInt());
            }
        }
        QCOMPARE(tasks, 600);
        // An agent's used ports are its running tasks' ports, each held once, as Mesos allocates them.
        for (auto it = taskPorts.begin(); it != taskPorts.end(); ++it) {
            std::sort(it->begin(), it->end());
            QCOMPARE(usedPorts.value(it.key()), it.value());
        }
        const QJsonObject metrics = QJsonDocument::fromJson(SyntheticCluster::metricsSnapshot(40, 600, 3)).object();
        QVERIFY(qAbs(metrics.value(u"master/cpus_used").toDouble() - usedCpus) < 1e-6);
        const QJsonObject summary = QJsonDocument::fromJson(SyntheticCluster::stateSummary(40, 600, 3)).object();
        QCOMPARE(summary.value(u"slaves").toArray().size(), 40);
        int running = 0;
        for (const QJsonValue& a : summary.value(u"slaves").toArray())
            running += a.toObject().value(u"TASK_RUNNING").toInt();
        QCOMPARE(double(running), metrics.value(u"master/tasks_running").toDouble());
    }
    void eventsAreValid() {
        const auto events = SyntheticCluster::taskUpdatedEvents(10, 100, 20);
        QCOMPARE(events.size(), 20);
        for (const QByteArray& e : events)
            QCOMPARE(QJsonDocument::fromJson(e).object().value(u"type").toString(), QStringLiteral("TASK_UPDATED"));
        QVERIFY(SyntheticCluster::recordIo("{}") == "2\n{}");
    }
    void bigStateIsAboutFiftyMegabytes() {
        const QByteArray bytes = SyntheticCluster::masterState(5000, 50000);
        QVERIFY2(bytes.size() > 40'000'000 && bytes.size() < 65'000'000, QByteArray::number(bytes.size()).constData());
    }
};

QTEST_GUILESS_MAIN(TestSyntheticCluster)
#include "tst_syntheticcluster.moc"
