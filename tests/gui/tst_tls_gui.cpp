// The real MainWindow against mesosdesk-devcluster --tls: the untrusted certificate opens the
// certificate dialog with its details; trusting it pins it and the cluster comes up; a rotated
// certificate is refused with a warning naming the old and the new fingerprint.
#include "CertificateDialog.h"
#include "CertificatePrompt.h"
#include "ConnectionDialog.h"
#include "DevClusterProcess.h"
#include "LeaderStatusBar.h"
#include "MainWindow.h"
#include "NotificationBar.h"
#include "NotificationCenter.h"
#include "NotificationModel.h"
#include "TestEnvironment.h"
#include "connections/Profile.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "marathon/MarathonSource.h"
#include "mesos/ClusterStore.h"
#include "net/HttpTransport.h"
#include "tls/PinStore.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

namespace {
CertificateDialog* dialogFor(const QWidget& window, const QString& hostPort) {
    for (CertificateDialog* dialog : window.findChildren<CertificateDialog*>()) {
        if (dialog->isVisible() && dialog->failure().hostPort == hostPort)
            return dialog;
    }
    return nullptr;
}

QString field(const CertificateDialog* dialog, const char* name) {
    const auto* label = dialog->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QString();
}

// Shown as two lines of 16 bytes.
QString fingerprintField(const CertificateDialog* dialog, const char* name) {
    return field(dialog, name).replace(u'\n', u':');
}

// What the bar shows and every open notification, newest first: what a wait on the bar says.
QString openNotifications(MainWindow& window) {
    const NotificationModel* model = window.notifications()->model();
    QStringList open;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->at(row).state == Notification::State::Open)
            open << model->at(row).message;
    return QStringLiteral("bar: \"%1\"; open: [%2]")
        .arg(window.notifications()->bar()->text(), open.join(QStringLiteral(" | ")));
}

// The open notification the prompt posted for hostPort's certificate (its cause), if any.
QString openTlsCondition(MainWindow& window, const QString& hostPort) {
    const NotificationModel* model = window.notifications()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->at(row).state == Notification::State::Open &&
            model->at(row).cause == QStringLiteral("tls:") + hostPort)
            return model->at(row).message;
    return {};
}

void grab(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}
} // namespace

class TestTlsGui : public QObject {
    Q_OBJECT
private:
    // Both leaders ZooKeeper named, reached over https; the CA file (profile or quick path) vouches.
    static void verifyLeadersReachedOverHttps(MainWindow& window) {
        QVERIFY2(TestEnvironment::waitUntil(
                     [&] { return window.session() && !window.session()->mesosStore()->agents().isEmpty(); },
                     30000),
                 "the agents, from the leader ZooKeeper named, reached over https");
        QCOMPARE(window.session()->mesosStore()->masterScheme(), QStringLiteral("https"));
        QVERIFY2(TestEnvironment::waitUntil(
                     [&] { return !window.session()->marathonSource()->info().isNull(); }, 30000),
                 "Marathon's /v2/info, its leader found in ZooKeeper, over https");
        QCOMPARE(window.session()->marathonSource()->marathonUrl().scheme(), QStringLiteral("https"));
        QVERIFY(!window.certificatePrompt()->openDialog());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() {
        Settings::TlsPinnedCertificates.reset();
        Settings::TlsCaFile.reset();
        Settings::TlsDiscoveredHttps.reset();
        Settings::MarathonZkPath.reset();
    }
    void cleanupTestCase() { init(); }

    void caFileTrustsWithoutAsking() {
        MESOSDESK_REQUIRE_DEVCLUSTER();
        DevClusterProcess devcluster;
        QVERIFY2(devcluster.start(1, 1, {QStringLiteral("--tls")}),
                 "the devcluster with --tls did not get ready");
        Settings::TlsCaFile.set(devcluster.caFile());
        const QUrl master(devcluster.ready().value(QLatin1String("masters")).toArray().at(0).toString());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectTo(ConnectionTarget::parse(master.toString()));
        QTRY_VERIFY_WITH_TIMEOUT(window.leaderStatus()->leaderText().contains(QString::number(master.port())),
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->mesosStore()->agents().isEmpty(), 30000);
        QVERIFY(!window.certificatePrompt()->openDialog()); // nothing to ask: the CA vouches for it
        QVERIFY(Settings::TlsPinnedCertificates.get().isEmpty());
    }

    void zooKeeperProfileReachesTheLeadersOverHttps() {
        // ZooKeeper names the leaders by host:port; the profile says they serve https.
        MESOSDESK_REQUIRE_DEVCLUSTER();
        DevClusterProcess devcluster;
        QVERIFY2(devcluster.start(1, 1, {QStringLiteral("--tls")}),
                 "the devcluster with --tls did not get ready");
        Profile profile;
        profile.id = QStringLiteral("tls-zk");
        profile.name = QStringLiteral("TLS behind ZooKeeper");
        profile.zkUrl = devcluster.zkUrl();
        profile.marathonZkPath = devcluster.marathonZkPath();
        profile.tls.caFile = devcluster.caFile();
        profile.tls.discoveredHttps = true;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectTo(profile);
        verifyLeadersReachedOverHttps(window);
    }

    void quickPathZooKeeperUrlReachesTheLeadersOverHttps() {
        // No profile: the connection dialog's box (or --https) says the leaders serve https.
        MESOSDESK_REQUIRE_DEVCLUSTER();
        DevClusterProcess devcluster;
        QVERIFY2(devcluster.start(1, 1, {QStringLiteral("--tls")}),
                 "the devcluster with --tls did not get ready");
        Settings::TlsCaFile.set(devcluster.caFile());
        Settings::MarathonZkPath.set(devcluster.marathonZkPath());
        ConnectionDialog dialog;
        dialog.setText(QStringLiteral("http://127.0.0.1:5050"));
        QVERIFY(!dialog.httpsBox()->isEnabled()); // a master URL says its scheme itself
        dialog.setText(devcluster.zkUrl());
        QVERIFY(dialog.httpsBox()->isEnabled());
        QVERIFY(!dialog.target().discoveredHttps);
        dialog.httpsBox()->setChecked(true);
        QVERIFY(dialog.target().discoveredHttps);
        ConnectionDialog::remember(dialog.target());
        QVERIFY(ConnectionDialog().httpsBox()->isChecked()); // the next dialog starts from it

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectTo(dialog.target());
        verifyLeadersReachedOverHttps(window);
    }

    void trustPinsAndRotationIsRefused() {
        MESOSDESK_REQUIRE_DEVCLUSTER();
        DevClusterProcess devcluster;
        QVERIFY2(devcluster.start(1, 1, {QStringLiteral("--tls")}),
                 "the devcluster with --tls did not get ready");
        const QUrl master(devcluster.ready().value(QLatin1String("masters")).toArray().at(0).toString());
        const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(master.port());

        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectTo(ConnectionTarget::parse(master.toString()));

        QTRY_VERIFY_WITH_TIMEOUT(dialogFor(window, hostPort), 20000); // the master's certificate, refused
        CertificateDialog* dialog = dialogFor(window, hostPort);
        QVERIFY(!dialog->failure().pinChanged());
        QCOMPARE(field(dialog, "certificateServer"), hostPort);
        QVERIFY2(field(dialog, "certificateSubject").contains(QLatin1String("CN=127.0.0.1")),
                 qPrintable(field(dialog, "certificateSubject")));
        QVERIFY(field(dialog, "certificateIssuer").contains(QLatin1String("CN=MesosDesk devcluster CA")));
        QVERIFY(field(dialog, "certificateSans").contains(QLatin1String("IP 127.0.0.1")));
        QVERIFY(field(dialog, "certificateSans").contains(QLatin1String("DNS localhost")));
        QVERIFY(field(dialog, "certificateValidity").startsWith(QLatin1String("from ")));
        QCOMPARE(fingerprintField(dialog, "certificateFingerprint"),
                 TlsFailure::formatFingerprint(devcluster.fingerprint()));
        QVERIFY(!field(dialog, "certificateErrors").isEmpty());
        // The window says it too, in its notification bar, until the certificate is trusted.
        NotificationBar* bar = window.notifications()->bar();
        // Marathon (found through the framework list, same certificate) is refused too, and the bar
        // shows the newer of the two: each is an open condition, and the bar shows one of them.
        QTRY_VERIFY2_WITH_TIMEOUT(
            openTlsCondition(window, hostPort)
                    .startsWith(QStringLiteral("The certificate of %1 is not trusted").arg(hostPort)) &&
                bar->text().startsWith(QStringLiteral("The certificate of ")),
            qPrintable(openNotifications(window)), 20000);
        grab(dialog, QStringLiteral("tls-untrusted-dialog"));
        grab(&window, QStringLiteral("tls-untrusted-window-1024x700"));
        // Many requests failed (state, metrics, the event stream): still one dialog for this certificate.
        int forMaster = 0;
        for (CertificateDialog* d : window.findChildren<CertificateDialog*>())
            forMaster += d->isVisible() && d->failure().hostPort == hostPort;
        QCOMPARE(forMaster, 1);

        dialog->trustButton()->click();
        QCOMPARE(window.certificatePrompt()->pinStore()->pinned(hostPort), devcluster.fingerprint());
        QVERIFY(Settings::TlsPinnedCertificates.get().contains(hostPort + u' ' + devcluster.fingerprint()));
        QTRY_VERIFY2_WITH_TIMEOUT(openTlsCondition(window, hostPort).isEmpty() &&
                                      !bar->text().contains(hostPort),
                                  qPrintable(openNotifications(window)), 20000);
        // Trusted: the cluster comes up on the next poll, with nothing else to do.
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->mesosStore()->agents().isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.leaderStatus()->leaderText().contains(hostPort), 30000);
        grab(&window, QStringLiteral("tls-trusted-window-1024x700"));

        const QJsonObject rotated = devcluster.control("POST", QStringLiteral("/tls/rotate"));
        const QString after = rotated.value(QLatin1String("fingerprint")).toString();
        QCOMPARE(after.size(), 64);
        QTRY_VERIFY_WITH_TIMEOUT(dialogFor(window, hostPort), 30000); // the changed certificate, refused
        dialog = dialogFor(window, hostPort);
        QVERIFY(dialog->failure().pinChanged());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Certificate changed"));
        QCOMPARE(fingerprintField(dialog, "certificatePinned"),
                 TlsFailure::formatFingerprint(devcluster.fingerprint()));
        QCOMPARE(fingerprintField(dialog, "certificateFingerprint"), TlsFailure::formatFingerprint(after));
        QVERIFY(dialog->headline().contains(QLatin1String("not the one you trusted")));
        QTRY_VERIFY2_WITH_TIMEOUT(
            openTlsCondition(window, hostPort)
                    .startsWith(QStringLiteral("The certificate of %1 changed").arg(hostPort)) &&
                bar->text().startsWith(QStringLiteral("The certificate of ")),
            qPrintable(openNotifications(window)),
            30000); // the bar follows the refused request; a loaded machine took over 5 s
        grab(dialog, QStringLiteral("tls-changed-dialog"));
        window.resize(1600, 1000);
        grab(&window, QStringLiteral("tls-changed-window-1600x1000"));
        // Refused: the pin stays, and the dialog does not come back for this certificate.
        QSignalSpy refusals(window.session()->http(), &HttpTransport::tlsErrors);
        dialog->findChild<QPushButton*>(QStringLiteral("refuseCertificateButton"))->click();
        QCOMPARE(window.certificatePrompt()->pinStore()->pinned(hostPort), devcluster.fingerprint());
        // Polling goes on and keeps being refused, yet the dialog does not come back.
        QTRY_VERIFY_WITH_TIMEOUT(refusals.count() >= 2, 30000);
        QVERIFY(!dialogFor(window, hostPort));
    }
};

QTEST_MAIN(TestTlsGui)
#include "tst_tls_gui.moc"
