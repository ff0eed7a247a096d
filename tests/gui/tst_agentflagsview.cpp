// The Agent page's flags view against a local HTTP server standing in for agents: an agent that
// answers /flags, one that serves only /slave(1)/flags (the view falls back), one refusing with
// libprocess's plain-text 403 (the agent's words shown, the rows as last read), and garbage.
#include "AgentFlagsView.h"
#include "FlagsModel.h"
#include "HttpServer.h"
#include "net/HttpTransport.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

class TestAgentFlagsView : public QObject {
    Q_OBJECT

    HttpServer m_server;
    HttpTransport m_transport;
    QString m_mode;
    QStringList m_paths;

private slots:
    void initTestCase() {
        QVERIFY(m_server.listen());
        m_server.setHandler([this](const HttpRequest& request, HttpResponder* responder) {
            m_paths << request.path;
            if (m_mode == QLatin1String("forbidden")) {
                responder->respond(403, "Access is forbidden for user 'ops'", "text/plain; charset=utf-8");
            } else if (m_mode == QLatin1String("garbage")) {
                responder->respond(200, "{\"flags\":", "application/json");
            } else if (m_mode == QLatin1String("libprocess") && request.path == QLatin1String("/flags")) {
                responder->respond(404, {}, {});
            } else {
                responder->respond(
                    200, R"({"flags":{"work_dir":"/var/lib/mesos","port":"5051","strict":"true"}})");
            }
        });
    }

    void readsAndFallsBackAndShowsRefusals() {
        AgentFlagsView view(&m_transport);
        QSignalSpy read(&view, &AgentFlagsView::flagsRead);
        QVERIFY(!view.refreshButton()->isEnabled()); // no address yet: nothing to read
        view.setAgentUrl(QUrl(m_server.baseUrl()));
        QVERIFY(view.refreshButton()->isEnabled());

        m_mode = QStringLiteral("libprocess");
        view.refresh();
        QVERIFY(read.wait(10000));
        QCOMPARE(m_paths, (QStringList{QStringLiteral("/flags"), QStringLiteral("/slave(1)/flags")}));
        QVERIFY(view.hasRead());
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.model()->valueOf(QStringLiteral("work_dir")), QStringLiteral("/var/lib/mesos"));
        QVERIFY2(view.statusText().contains(QLatin1String("3 flag(s)")), qPrintable(view.statusText()));

        m_mode = QStringLiteral("forbidden");
        view.refresh();
        QVERIFY(read.wait(10000));
        QVERIFY2(view.statusText().contains(QLatin1String("Access is forbidden for user 'ops'")),
                 qPrintable(view.statusText()));
        QVERIFY2(view.statusText().contains(QLatin1String("as last read")), qPrintable(view.statusText()));
        QCOMPARE(view.model()->rowCount(), 3); // the last good answer stays

        m_mode = QStringLiteral("garbage");
        view.refresh();
        QVERIFY(read.wait(10000));
        QVERIFY(view.statusText().startsWith(QLatin1String("Could not be read")));
        QCOMPARE(view.model()->rowCount(), 3);

        // Searchable by name or value.
        m_mode.clear();
        view.filterEdit()->setText(QStringLiteral("5051"));
        QCOMPARE(view.view()->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestAgentFlagsView)
#include "tst_agentflagsview.moc"
