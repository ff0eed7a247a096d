#include "BuildInfo.h"
#include "ClusterWindows.h"
#include "CommandLine.h"
#include "CrashHandler.h"
#include "CrashReportDialog.h"
#include "FleetHome.h"
#include "Icons.h"
#include "MainWindow.h"
#include "ResolveCommand.h"
#include "ThemeController.h"
#include "Translations.h"
#include "ZkCommandTarget.h"
#include "ZkStatusCommand.h"
#include "connections/ProfileStore.h"
#include "core/ConnectionTarget.h"
#include "credentials/KeychainCredentialStore.h"
#include "zookeeper/ZkSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// Modes that print and exit must work without a display, so they get a QCoreApplication.
bool isHeadless(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"--resolve", "--resolve-marathon", "--zk-status", "--version", "-v",
                                 "--help", "-h", "--help-all"}) {
            if (std::strcmp(argv[i], flag) == 0 || (std::strncmp(argv[i], flag, std::strlen(flag)) == 0 &&
                                                    argv[i][std::strlen(flag)] == '='))
                return true;
        }
    }
    return false;
}

void setIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("MesosDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("mesosdesk.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("mesosdesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(BuildInfo::version));
}

int runHeadless(QCoreApplication& app) {
    QCommandLineParser parser;
    CommandLine::describe(parser);
    parser.process(CommandLine::arguments(app.arguments())); // handles --help and --version itself
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool ok = false;
    const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || seconds <= 0) {
        err << QCoreApplication::translate("main", "mesosdesk: --timeout takes a positive number of seconds")
            << Qt::endl;
        return ResolveCommand::BadUrl;
    }
    const bool status = parser.isSet(QStringLiteral("zk-status"));
    const bool marathon = parser.isSet(QStringLiteral("resolve-marathon"));
    const QString mode = status ? QStringLiteral("zk-status")
                                : (marathon ? QStringLiteral("resolve-marathon") : QStringLiteral("resolve"));
    const auto timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    KeychainCredentialStore keychain;
    keychain.setTimeout(timeout);
    const ZkCommandTarget target =
        ZkCommandTarget::find(parser.value(mode), parser.value(QStringLiteral("profile")), status, !status,
                              &keychain, timeout, err);
    if (target.exitCode != ZkCommandTarget::Found)
        return target.exitCode;
    if (status)
        return ZkStatusCommand(target.url, timeout).exec(out);
    int code = 0;
    {
        ResolveCommand command(marathon ? ResolveCommand::Target::Marathon : ResolveCommand::Target::Mesos,
                               target.url, timeout);
        code = command.exec(out, err);
    } // its ZooKeeper session starts closing here, so the wait below covers it
    ZkSession::waitForPendingCloses();
    return code;
}
} // namespace

int main(int argc, char** argv) {
    setIdentity();
    if (isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        Translations::install(app, {});
        return runHeadless(app);
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(Icons::application());
    // Wayland compositors and docks match the window to the installed desktop file by this name.
    QGuiApplication::setDesktopFileName(QString::fromLatin1(BuildInfo::appId));
    QCommandLineParser parser;
    CommandLine::describe(parser);
    parser.process(app);
    Translations::install(app, parser.value(QStringLiteral("lang")));
    // The kept View > Theme choice, before any window: nothing is drawn twice.
    ThemeController* theme = ThemeController::instance();
    if (parser.isSet(QStringLiteral("theme"))) {
        const auto choice = ThemeController::parse(parser.value(QStringLiteral("theme")));
        if (!choice) {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "main", "mesosdesk: --theme takes system, light or dark")
                                << Qt::endl;
            return 2;
        }
        theme->setChoice(*choice, false);
    }

    // A URL that does not read as the operator meant is refused before any window opens.
    const bool zk = parser.isSet(QStringLiteral("zk"));
    const bool master = parser.isSet(QStringLiteral("master"));
    ConnectionTarget target;
    if (zk || master) {
        const QString given = parser.value(zk ? QStringLiteral("zk") : QStringLiteral("master"));
        QString error;
        target = ConnectionTarget::parse(given, &error);
        if (parser.isSet(QStringLiteral("profile")))
            error = QCoreApplication::translate("main", "give --profile or a URL, not both");
        else if (zk && master)
            error = QCoreApplication::translate("main", "give --zk or --master, not both");
        else if (target.isValid() && zk != (target.kind == ConnectionTarget::Kind::ZooKeeper))
            error =
                zk ? QCoreApplication::translate("main", "--zk takes a ZooKeeper URL (zk://host:2181/mesos)")
                   : QCoreApplication::translate("main", "--master takes a master URL (http://host:5050)");
        else if (master && parser.isSet(QStringLiteral("https")))
            error = QCoreApplication::translate("main",
                                                "--https goes with --zk (a master URL says https:// itself)");
        target.discoveredHttps = zk && parser.isSet(QStringLiteral("https"));
        if (!error.isEmpty()) {
            QTextStream(stderr) << QCoreApplication::translate("main", "mesosdesk: cannot connect to \"%1\": %2")
                                       .arg(given, error)
                                << Qt::endl;
            return 2;
        }
    }

    // Destroyed before the wait below: its ZooKeeper sessions close in the background, and a
    // close still running at exit leaves the C client's pending requests behind.
    CrashHandler::install();
    auto windows = std::make_unique<ClusterWindows>();
    QWidget* shown = nullptr;
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString name = parser.value(QStringLiteral("profile"));
        const auto profile = windows->store()->byName(name);
        if (!profile) {
            QStringList known;
            for (const Profile& p : windows->store()->profiles())
                known << p.name;
            QTextStream(stderr) << QCoreApplication::translate("main", "mesosdesk: no profile is called \"%1\" (%2)")
                                       .arg(name, known.isEmpty()
                                                      ? QCoreApplication::translate("main", "there are no profiles")
                                                      : known.join(QStringLiteral(", ")))
                                << Qt::endl;
            return 2;
        }
        shown = windows->openProfile(profile->id);
    } else if (target.isValid()) {
        shown = windows->openTarget(target);
    } else {
        // No target: the fleet home, from which every profile (or a URL) opens.
        windows->showFleet();
        shown = windows->fleet();
    }
    // The last run crashed: say where its report is, once, without holding up the start.
    if (const QStringList reports = CrashHandler::pendingReports(); !reports.isEmpty() && shown) {
        auto* dialog = new CrashReportDialog(reports, shown);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::finished, dialog, [reports] { CrashHandler::markSeen(reports); });
        QTimer::singleShot(0, dialog, &QDialog::open);
    }

    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(parser.value(QStringLiteral("screenshot-delay")).toInt(), shown, [shown, file] {
            shown->grab().save(file);
            QApplication::quit();
        });
    }
    const int code = app.exec();
    windows.reset();
    ZkSession::waitForPendingCloses();
    CrashHandler::uninstall();
    return code;
}
