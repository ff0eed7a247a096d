// Finding Marathon from the Mesos framework list: which frameworks are Marathons (by the
// frameworkId their /v2/info names, by name while that cannot be asked), several of them
// (Marathon-on-Marathon) listed and picked in the panel, leader changes followed through
// webui_url and /v2/info's leader, and the precedence of a configured URL and ZooKeeper.
#include "HttpServer.h"
#include "MarathonPanel.h"
#include "TestEnvironment.h"
#include "marathon/MarathonClient.h"
#include "marathon/MarathonDirectory.h"
#include "marathon/MarathonSource.h"
#include "net/HttpTransport.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QtTest>
#include <memory>

namespace {
// A server that answers /v2/info as a Marathon (or 404 for everything, as a non-Marathon).
struct FakeInfoServer {
    HttpServer server;
    int infoRequests = 0;
    int requests = 0; // of any path, answered or not
    explicit FakeInfoServer(const QJsonObject& info, const QString& appId = {}) {
        const QByteArray apps = appId.isEmpty() ? QByteArray(R"({"apps":[]})")
                                                : R"({"apps":[{"id":")" + appId.toUtf8() + R"(","instances":1}]})";
        server.setHandler([this, info, apps](const HttpRequest& request, HttpResponder* responder) {
            ++requests;
            const QString path = request.path;
            if (info.isEmpty())
                return responder->respond(404, R"({"message":"not found"})");
            if (path == QLatin1String("/v2/info")) {
                ++infoRequests;
                return responder->respond(200, QJsonDocument(info).toJson(QJsonDocument::Compact));
            }
            if (path == QLatin1String("/v2/apps"))
                return responder->respond(200, apps);
            if (path == QLatin1String("/v2/queue"))
                return responder->respond(200, R"({"queue":[]})");
            responder->respond(200, "[]");
        });
        server.listen();
    }
    QString url() const { return server.baseUrl(); }
};

QJsonObject marathonInfo(const QString& name, const QString& frameworkId, const QString& leader, bool elected = true) {
    return {{QStringLiteral("name"), name}, {QStringLiteral("version"), QStringLiteral("1.11.24")},
            {QStringLiteral("frameworkId"), frameworkId}, {QStringLiteral("leader"), leader},
            {QStringLiteral("elected"), elected}};
}
QString hostPort(const QString& url) { return QUrl(url).authority(); }
} // namespace

class TestMarathonDirectory : public QObject {
    Q_OBJECT

    static QStringList ids(const MarathonDirectory& d) {
        QStringList ids;
        for (const auto& e : d.entries())
            ids << e.frameworkId;
        return ids;
    }
    static const MarathonDirectory::Entry* entry(const MarathonDirectory& d, const QString& id) {
        for (const auto& e : d.entries())
            if (e.frameworkId == id)
                return &e;
        return nullptr;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void findsListsPicksAndFollows() {
        FakeInfoServer outer(marathonInfo(QStringLiteral("marathon"), QStringLiteral("fw-outer"), {}), QStringLiteral("/outer-app"));
        FakeInfoServer inner(marathonInfo(QStringLiteral("marathon-user"), QStringLiteral("fw-inner"), {}), QStringLiteral("/inner-app"));
        FakeInfoServer renamed(marathonInfo(QStringLiteral("platform"), QStringLiteral("fw-platform"), {}));
        FakeInfoServer chronos(QJsonObject{});
        HttpServer closed;
        QVERIFY(closed.listen());
        const QString deadUrl = closed.baseUrl();
        closed.close();

        HttpTransport http;
        http.setTimeout(std::chrono::milliseconds(2000));
        MarathonSource source(&http);
        source.setUseEventStream(false);
        MarathonDirectory directory(&http, &source);
        MarathonPanel panel(&source);
        panel.setDirectory(&directory);
        QSignalSpy changed(&directory, &MarathonDirectory::entriesChanged);

        directory.setFrameworks({
            {QStringLiteral("fw-inner"), QStringLiteral("marathon-user"), inner.url(), true},
            {QStringLiteral("fw-chronos"), QStringLiteral("chronos"), chronos.url(), true},
            {QStringLiteral("fw-platform"), QStringLiteral("platform"), renamed.url(), true},
            {QStringLiteral("fw-outer"), QStringLiteral("marathon"), outer.url(), true},
            {QStringLiteral("fw-gone"), QStringLiteral("marathon"), deadUrl, false},     // inactive: ignored
            {QStringLiteral("fw-noui"), QStringLiteral("marathon"), QString(), true},    // no web UI: ignored
            {QStringLiteral("fw-dead"), QStringLiteral("marathon-dead"), deadUrl, true}, // cannot ask: by name
        });
        // Named ones appear at once; the renamed one once its /v2/info confirms the id.
        QTRY_COMPARE_WITH_TIMEOUT(ids(directory), (QStringList{QStringLiteral("fw-outer"), QStringLiteral("fw-dead"),
                                                               QStringLiteral("fw-inner"), QStringLiteral("fw-platform")}),
                                  5000);
        QTRY_VERIFY_WITH_TIMEOUT(entry(directory, QStringLiteral("fw-outer"))->confirmed, 5000);
        QVERIFY(!entry(directory, QStringLiteral("fw-dead"))->confirmed);
        QVERIFY(changed.count() >= 1);
        // Automatic: the conventional name wins.
        QCOMPARE(source.marathonUrl(), QUrl(outer.url()));
        auto appIds = [&] {
            QStringList ids;
            for (const MarathonApp& a : source.apps())
                ids << a.id;
            return ids;
        };
        QTRY_COMPARE_WITH_TIMEOUT(appIds(), QStringList{QStringLiteral("/outer-app")}, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(source.info().frameworkId, QStringLiteral("fw-outer"), 5000);

        // The panel lists them (told apart by name, id and URL) and the operator picks one.
        QComboBox* picker = panel.marathonPicker();
        QCOMPARE(picker->count(), 5); // Automatic + 4
        QVERIFY(picker->itemText(picker->findData(QStringLiteral("fw-inner"))).contains(QStringLiteral("marathon-user")));
        QVERIFY(picker->itemText(picker->findData(QStringLiteral("fw-inner"))).contains(hostPort(inner.url())));
        const int innerIndex = picker->findData(QStringLiteral("fw-inner"));
        picker->setCurrentIndex(innerIndex);
        emit picker->activated(innerIndex);
        QCOMPARE(directory.pickedFrameworkId(), QStringLiteral("fw-inner"));
        QCOMPARE(source.marathonUrl(), QUrl(inner.url()));
        panel.resize(1280, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(picker->isVisible()); // several Marathons: the choice is offered
        QLabel* live = panel.findChild<QLabel*>(QStringLiteral("marathonLive"));
        QVERIFY(!live->text().contains(QStringLiteral("fw-outer"))); // not the last one's name
        QTRY_VERIFY_WITH_TIMEOUT(live->text().contains(QStringLiteral("marathon-user (fw-inner)")), 5000);
        // Another Marathon's apps replace the last one's, never mix with them.
        QTRY_COMPARE_WITH_TIMEOUT(appIds(), QStringList{QStringLiteral("/inner-app")}, 5000);
        QVERIFY(panel.grab().save(qEnvironmentVariable("MESOSDESK_SCREENSHOTS", QStringLiteral("/tmp")) +
                                  QStringLiteral("/marathon_picker.png")));

        // ZooKeeper names a leader of the outer Marathon: the operator's pick still holds.
        directory.setZooKeeperLeader(hostPort(outer.url()));
        QCOMPARE(source.marathonUrl(), QUrl(inner.url()));

        // The inner Marathon's leader changes: it re-registers with its new webui_url.
        FakeInfoServer innerNew(marathonInfo(QStringLiteral("marathon-user"), QStringLiteral("fw-inner"), {}));
        directory.setFrameworks({{QStringLiteral("fw-inner"), QStringLiteral("marathon-user"), innerNew.url(), true},
                                 {QStringLiteral("fw-outer"), QStringLiteral("marathon"), outer.url(), true}});
        QCOMPARE(source.marathonUrl(), QUrl(innerNew.url()));
        QCOMPARE(picker->currentIndex(), picker->findData(QStringLiteral("fw-inner"))); // the pick survives
        QVERIFY(!panel.findChild<QComboBox*>(QStringLiteral("marathonPicker"))->itemText(1).isEmpty());

        // Back to automatic: ZooKeeper's leader now decides.
        emit picker->activated(0);
        QCOMPARE(source.marathonUrl(), QUrl(outer.url()));

        // A configured URL beats everything.
        directory.setFixedUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        QCOMPARE(source.marathonUrl(), QUrl(QStringLiteral("http://127.0.0.1:1")));
    }

    void standbyWebUiLeadsToTheLeader() {
        FakeInfoServer leader(marathonInfo(QStringLiteral("marathon"), QStringLiteral("fw-1"), {}));
        FakeInfoServer standby(marathonInfo(QStringLiteral("marathon"), QStringLiteral("fw-1"), hostPort(leader.url()), false));
        HttpTransport http;
        MarathonSource source(&http);
        source.setUseEventStream(false);
        MarathonDirectory directory(&http, &source);
        directory.setFrameworks({{QStringLiteral("fw-1"), QStringLiteral("marathon"), standby.url(), true}});
        QTRY_VERIFY_WITH_TIMEOUT(!directory.entries().isEmpty() && directory.entries().first().confirmed, 5000);
        QCOMPARE(directory.entries().first().url, QUrl(leader.url()));
        QCOMPARE(source.marathonUrl(), QUrl(leader.url()));
        // The same framework list again asks nobody again.
        // A probe is a MarathonClient of the directory's from the call that starts it to its answer.
        QTRY_VERIFY2_WITH_TIMEOUT(directory.findChildren<MarathonClient*>().isEmpty(), "the first probe done",
                                  5000);
        const int asked = standby.infoRequests;
        directory.setFrameworks({{QStringLiteral("fw-1"), QStringLiteral("marathon"), standby.url(), true}});
        QVERIFY(directory.findChildren<MarathonClient*>().isEmpty());
        QCOMPARE(standby.infoRequests, asked);
    }

    void noMarathonAnywhere() {
        HttpTransport http;
        MarathonSource source(&http);
        MarathonDirectory directory(&http, &source);
        FakeInfoServer chronos(QJsonObject{});
        directory.setFrameworks({{QStringLiteral("fw-c"), QStringLiteral("chronos"), chronos.url(), true}});
        QTRY_VERIFY2_WITH_TIMEOUT(chronos.requests > 0 && directory.findChildren<MarathonClient*>().isEmpty(),
                                  "the probe of chronos asked and answered", 5000);
        QVERIFY(directory.entries().isEmpty());
        QVERIFY(source.marathonUrl().isEmpty());
    }
};

QTEST_MAIN(TestMarathonDirectory)
#include "tst_marathondirectory.moc"
