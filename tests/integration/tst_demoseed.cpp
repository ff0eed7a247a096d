// The living demo of ./scripts/run.sh: scripts/demo/seed.json applied by scripts/demo/load-seed.sh
// to a real devcluster through Marathon's and the control API, and what every tab then has to
// show: running apps (one in a group of two), an app waiting in the queue with its reason, a
// finished and a failed task, and web servers that answer the traffic of scripts/demo/traffic.sh.
#include "DevClusterProcess.h"
#include "TestEnvironment.h"
#include "net/HttpTransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kSeed = QStringLiteral(MESOSDESK_SOURCE_DIR "/scripts/demo/seed.json");

struct Answer {
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};
} // namespace

class TestDemoSeed : public QObject {
    Q_OBJECT
private:
    HttpTransport m_http;

    Answer get(const QString& url) {
        Answer answer;
        bool done = false;
        m_http.send("GET", QUrl(url), {}, {}, this, [&](const HttpTransport::Response& r) {
            answer = {r.status, r.body};
            done = true;
        });
        TestEnvironment::waitUntil([&] { return done; }, 10000);
        return answer;
    }

    // The array under key in the JSON answer at url (empty when there is none).
    QJsonArray list(const QString& url, const char* key) {
        return get(url).json().value(QLatin1String(key)).toArray();
    }

    static QString run(const QString& script, const QString& ready, int* exitCode) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("bash"),
                      {QStringLiteral(MESOSDESK_SOURCE_DIR "/scripts/demo/") + script, kSeed, ready});
        if (!process.waitForFinished(120000)) // the seed waits for Marathon's leader itself
            process.kill();
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return QString::fromUtf8(process.readAll());
    }

private slots:
    void seedMakesEveryTabTrue() {
        MESOSDESK_REQUIRE_DEVCLUSTER();
        DevClusterProcess cluster;
        QVERIFY(cluster.start(3, 3));
        const QJsonArray marathons = cluster.ready().value(QLatin1String("marathon")).toArray();
        QVERIFY2(!marathons.isEmpty(), "this devcluster is built without Marathon");
        const QString marathon = marathons.first().toString();
        QString master; // the leader: a standby answers with a redirect
        for (const QJsonValue& m :
             cluster.control("GET", QStringLiteral("/state")).value(QLatin1String("masters")).toArray()) {
            if (m.toObject().value(QLatin1String("leading")).toBool())
                master = m.toObject().value(QLatin1String("url")).toString();
        }
        QVERIFY(!master.isEmpty());
        QTemporaryDir dir;
        const QString ready = dir.filePath(QStringLiteral("ready.json"));
        QFile file(ready);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(cluster.ready()).toJson(QJsonDocument::Compact));
        file.close();

        int code = 0;
        const QString output = run(QStringLiteral("load-seed.sh"), ready, &code);
        QVERIFY2(code == 0, qPrintable(output));
        QCOMPARE(output.count(QStringLiteral(" applied")), 7); // apps, the pod, the Mesos tasks

        // Every app that fits runs its instances; the group /shop holds two apps.
        QJsonArray apps;
        const bool placed = TestEnvironment::waitUntil(
            [&] {
                apps = list(marathon + QStringLiteral("/v2/apps"), "apps");
                int running = 0;
                for (const QJsonValue& app : apps) {
                    const QJsonObject a = app.toObject();
                    if (a.value(QLatin1String("id")).toString() != QLatin1String("/analytics/batch") &&
                        a.value(QLatin1String("tasksRunning")).toInt() ==
                            a.value(QLatin1String("instances")).toInt())
                        ++running;
                }
                return running == 3;
            },
            60000);
        QVERIFY2(placed, "waited 60 s for /hello, /shop/web and /shop/worker to run all their instances");
        QCOMPARE(apps.size(), 4);

        // The app no agent can take waits in the queue, and Marathon says why.
        QString reasons;
        const bool queued = TestEnvironment::waitUntil(
            [&] {
                const QJsonArray queue = list(marathon + QStringLiteral("/v2/queue"), "queue");
                for (const QJsonValue& entry : queue) {
                    const QJsonObject e = entry.toObject();
                    if (e.value(QLatin1String("app")).toObject().value(QLatin1String("id")).toString() !=
                        QLatin1String("/analytics/batch"))
                        continue;
                    const QJsonArray last = e.value(QLatin1String("processedOffersSummary"))
                                                .toObject()
                                                .value(QLatin1String("rejectSummaryLastOffers"))
                                                .toArray();
                    for (const QJsonValue& r : last) {
                        if (r.toObject().value(QLatin1String("declined")).toInt() > 0)
                            reasons += r.toObject().value(QLatin1String("reason")).toString();
                    }
                }
                return !reasons.isEmpty();
            },
            60000);
        QVERIFY2(queued, "waited 60 s for /analytics/batch to be in the queue with a declined reason");
        QVERIFY2(reasons.contains(QLatin1String("InsufficientCpus")), qPrintable(reasons));

        // A finished and a failed task, as the Tasks tab lists them.
        QMap<QString, QString> states;
        const bool ended = TestEnvironment::waitUntil(
            [&] {
                const QJsonArray tasks = list(master + QStringLiteral("/master/tasks?limit=1000"), "tasks");
                for (const QJsonValue& t : tasks)
                    states.insert(t.toObject().value(QLatin1String("name")).toString(),
                                  t.toObject().value(QLatin1String("state")).toString());
                return states.value(QStringLiteral("db-backup")) == QLatin1String("TASK_FINISHED") &&
                       states.value(QStringLiteral("db-migrate")) == QLatin1String("TASK_FAILED");
            },
            60000);
        QVERIFY2(ended, "waited 60 s for db-backup to finish and db-migrate to fail");

        // The walkthrough's web server answers, and the demo's traffic reaches it.
        const QJsonArray helloTasks = list(marathon + QStringLiteral("/v2/apps/hello/tasks"), "tasks");
        QCOMPARE(helloTasks.size(), 1);
        const QJsonObject hello = helloTasks.first().toObject();
        const QString helloUrl = QStringLiteral("http://%1:%2/")
                                     .arg(hello.value(QLatin1String("host")).toString())
                                     .arg(hello.value(QLatin1String("ports")).toArray().first().toInt());
        QProcess traffic;
        traffic.start(QStringLiteral("bash"),
                      {QStringLiteral(MESOSDESK_SOURCE_DIR "/scripts/demo/traffic.sh"), kSeed, ready});
        QVERIFY(traffic.waitForStarted(10000));
        Answer answer;
        const bool served = TestEnvironment::waitUntil(
            [&] {
                answer = get(helloUrl);
                // Our own request is one; a count past it means the traffic script's came first.
                static const QRegularExpression count(QStringLiteral("\\(request (\\d+)\\)"));
                return answer.status == 200 &&
                       count.match(QString::fromUtf8(answer.body)).captured(1).toInt() > 2;
            },
            60000);
        traffic.kill();
        traffic.waitForFinished(10000);
        QVERIFY2(served,
                 qPrintable(QStringLiteral("waited 60 s for the traffic to reach %1; last answer %2: %3")
                                .arg(helloUrl)
                                .arg(answer.status)
                                .arg(QString::fromUtf8(answer.body))));
        QVERIFY(answer.body.startsWith("Hello from hello on "));
    }
};

QTEST_GUILESS_MAIN(TestDemoSeed)
#include "tst_demoseed.moc"
