// mesosdesk-screenshots: opens the real MainWindow (offscreen) on a cluster, waits until it has
// something true to show, then saves every tab (and the tabs inside tabs) and the main dialogs at
// each requested size as DIR/<page>-<W>x<H>.png. scripts/screenshots.sh runs it against the
// demo cluster; the README's images come from it. It is for looking at, so it never asserts.
#include "AgentFlagsView.h"
#include "AgentPage.h"
#include "AppsView.h"
#include "CommandPalette.h"
#include "ConfirmDialog.h"
#include "ConnectionDialog.h"
#include "FrameworkPage.h"
#include "FrameworkTasksModel.h"
#include "FrameworkTeardown.h"
#include "KeyboardMapDialog.h"
#include "MainWindow.h"
#include "MarathonPanel.h"
#include "MesosClusterPages.h"
#include "PaletteWiring.h"
#include "PodInstancesModel.h"
#include "PodPage.h"
#include "SandboxTab.h"
#include "ThemeController.h"
#include "ToolApplication.h"
#include "Translations.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "marathon/MarathonSource.h"
#include "mesos/ClusterStore.h"
#include "sandbox/SandboxTaskRefs.h"
#include "zookeeper/ZkSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <functional>

namespace {
void settle(int ms) {
    // Lets layouts, the first polls and chart animations finish: this is a picture, not a test.
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool waitFor(const std::function<bool()>& condition, int ms) {
    QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

// "chartsPage" -> "charts", "Deployments (2)" -> "deployments": file names stay the same whatever
// the cluster holds.
QString slug(const QString& text) {
    QString s = text.toLower();
    s.remove(u'&');
    s.remove(QRegularExpression(QStringLiteral("\\(.*\\)")));
    s.remove(QRegularExpression(QStringLiteral("(page|tab|panel|view)$")));
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return s.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
}

QSize parseSize(const QString& text) {
    const QStringList parts = text.split(u'x');
    return parts.size() == 2 ? QSize(parts.at(0).toInt(), parts.at(1).toInt()) : QSize();
}

// The pictures show what an operator looks at: the walkthrough's app selected in Marathon, and
// its task's stdout followed in the Sandbox tab (the demo's app logs each request it serves).
void showTheWalkthroughApp(MainWindow& window) {
    if (MarathonPanel* marathon = window.marathonPanel())
        marathon->appsView()->selectApp(QStringLiteral("/hello"));
    ClusterSession* session = window.session();
    if (!session)
        return;
    const ClusterStore& store = *session->mesosStore();
    for (const MesosTaskPtr& task : store.tasks()) {
        if (task->name != QLatin1String("hello") || task->state != MesosTaskState::Running)
            continue;
        if (const auto ref = SandboxTaskRefs::forMesosTask(store, *task)) {
            window.sandboxTab()->openTaskSandbox(ref->agentUrl, ref->frameworkId, ref->executorId,
                                                 ref->taskId, QStringLiteral("stdout"));
            settle(2000); // the tail's first reads
        }
        return;
    }
}

class Tour {
public:
    Tour(MainWindow* window, QString dir, QList<QSize> sizes)
        : m_window(window), m_dir(std::move(dir)), m_sizes(std::move(sizes)) {}

    void saveWidget(QWidget* widget, const QString& name) {
        for (const QSize& size : std::as_const(m_sizes)) {
            widget->resize(size);
            settle(400);
            const QString file =
                QStringLiteral("%1/%2-%3x%4.png").arg(m_dir, name).arg(size.width()).arg(size.height());
            widget->grab().save(file);
            QTextStream(stdout) << file << Qt::endl;
        }
    }

    // Every page of a tab widget, and the pages of tab widgets nested in them (Marathon's views).
    void tabs(QTabWidget* tabs, const QString& prefix) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            // English names keep the files stable across languages.
            QString name = tabs->widget(i)->objectName();
            if (name.isEmpty() || name.startsWith(QLatin1String("qt_")))
                name = tabs->tabText(i);
            name = prefix + slug(name);
            saveWidget(m_window, name);
            const auto nested = tabs->widget(i)->findChildren<QTabWidget*>();
            for (QTabWidget* inner : nested) {
                if (inner->count() < 2 || !inner->isVisible())
                    continue;
                for (int j = 1; j < inner->count(); ++j) {
                    inner->setCurrentIndex(j);
                    QString innerName = inner->widget(j)->objectName();
                    if (innerName.isEmpty() || innerName.startsWith(QLatin1String("qt_")))
                        innerName = inner->tabText(j);
                    saveWidget(m_window, name + u'-' + slug(innerName));
                }
                inner->setCurrentIndex(0);
            }
        }
    }

    // A window of its own over the main window (the palette, a dialog): both in one picture, as the
    // operator sees them.
    void saveOver(QWidget* over, const QString& name, const std::function<void()>& place) {
        for (const QSize& size : std::as_const(m_sizes)) {
            m_window->resize(size);
            settle(300);
            place();
            settle(300);
            QImage image = m_window->grab().toImage();
            QPainter painter(&image);
            painter.drawPixmap(over->mapToGlobal(QPoint()) - m_window->mapToGlobal(QPoint()), over->grab());
            painter.end();
            const QString file =
                QStringLiteral("%1/%2-%3x%4.png").arg(m_dir, name).arg(size.width()).arg(size.height());
            image.save(file);
            QTextStream(stdout) << file << Qt::endl;
        }
    }

private:
    MainWindow* m_window;
    QString m_dir;
    QList<QSize> m_sizes;
};
// The window lives in here, so it is destroyed (and its ZooKeeper sessions start closing) before
// main waits for those closes.
int runTour(const QCommandLineParser& parser, const QString& dir, const QList<QSize>& sizes) {
    MainWindow window;
    window.show();
    QString error;
    const ConnectionTarget target = ConnectionTarget::parse(parser.value(QStringLiteral("zk")), &error);
    if (!target.isValid()) {
        QTextStream(stderr) << "mesosdesk-screenshots: " << error << Qt::endl;
        return 2;
    }
    window.connectTo(target);
    // Something true to show: the cluster's state and Marathon's apps, or whatever came in 30 s.
    const bool loaded = waitFor(
        [&] {
            ClusterSession* session = window.session();
            return session && !session->mesosStore()->agents().isEmpty() && window.marathonPanel() &&
                   session->marathonSource()->apps().size() > 0;
        },
        30000);
    if (!loaded)
        QTextStream(stderr) << "mesosdesk-screenshots: the cluster did not fill in 30 s; saving what is shown"
                            << Qt::endl;
    if (const QString url = parser.value(QStringLiteral("after-start")); !url.isEmpty()) {
        settle(3000); // the apps' tasks placed first
        QNetworkAccessManager network;
        QNetworkReply* reply = network.post(QNetworkRequest(QUrl(url)), QByteArray());
        waitFor([reply] { return reply->isFinished(); }, 10000);
        reply->deleteLater();
    }
    settle(3000); // a few polls, so the charts have a history
    showTheWalkthroughApp(window);

    Tour tour(&window, dir, sizes);
    if (auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs")))
        tour.tabs(tabs, {});

    // The demo's pod selected in the apps tree, each tab of its page.
    if (MarathonPanel* marathon = window.marathonPanel()) {
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        if (tabs &&
            waitFor([&] { return marathon->appsView()->selectApp(QStringLiteral("/shop/cache")); }, 10000)) {
            tabs->setCurrentWidget(marathon);
            marathon->tabs()->setCurrentIndex(0);
            waitFor([&] { return marathon->podPage()->instancesModel()->rowCount() > 0; }, 10000);
            QTabWidget* podTabs = marathon->podPage()->tabs();
            for (int i = 0; i < podTabs->count(); ++i) {
                podTabs->setCurrentIndex(i);
                if (i == 3) // Versions: one picked
                    waitFor(
                        [&] {
                            QListWidget* versions = marathon->podPage()->versionsList();
                            if (versions->count() > 0 && !versions->currentItem())
                                versions->setCurrentRow(0);
                            return !marathon->podPage()->versionView()->toPlainText().isEmpty();
                        },
                        5000);
                static const char* const names[] = {"instances", "containers", "terminations", "versions"};
                tour.saveWidget(&window, QStringLiteral("marathon-pod-") +
                                             (i < 4 ? QLatin1String(names[i]) : slug(podTabs->tabText(i))));
            }
            podTabs->setCurrentIndex(0);
        }
    }

    // The page of the agent running the most tasks, each tab (its flags read from the agent first).
    if (ClusterSession* session = window.session()) {
        QHash<QString, int> tasksOn;
        QString busiest;
        for (const MesosTaskPtr& task : session->mesosStore()->tasks())
            if (++tasksOn[task->agentId] > tasksOn.value(busiest))
                busiest = task->agentId;
        if (AgentPage* page = window.clusterPages()->openAgentPage(busiest)) {
            waitFor([page] { return page->flags()->hasRead(); }, 10000);
            static const char* const names[] = {"overview", "tasks", "flags"};
            for (int i = 0; i < page->tabs()->count() && i < 3; ++i) {
                page->tabs()->setCurrentIndex(i);
                tour.saveWidget(page, QStringLiteral("agent-page-") + QLatin1String(names[i]));
            }
            page->close();
        }
        // The page of the framework running the most tasks (Marathon in the demo).
        QHash<QString, int> tasksOf;
        QString busiestFramework;
        for (const MesosTaskPtr& task : session->mesosStore()->tasks())
            if (++tasksOf[task->frameworkId] > tasksOf.value(busiestFramework))
                busiestFramework = task->frameworkId;
        if (FrameworkPage* page = window.clusterPages()->openFrameworkPage(busiestFramework)) {
            waitFor([page] { return page->tasksModel()->rowCount() > 0; }, 10000);
            tour.saveWidget(page, QStringLiteral("framework-page"));
            page->close();
        }
    }

    // Ctrl+K with a query typed, and the keyboard map.
    CommandPalette* palette = window.keyboard()->palette();
    tour.saveOver(palette, QStringLiteral("palette"), [&] {
        palette->popup();
        palette->lineEdit()->setText(QStringLiteral("web"));
    });
    palette->hide();
    KeyboardMapDialog map(&window);
    tour.saveOver(&map, QStringLiteral("dialog-keyboard"), [&] {
        map.show();
        map.move(window.geometry().center() - QPoint(map.width() / 2, map.height() / 2));
    });
    map.close();

    // The teardown confirmation, for Marathon's framework (with its warning) or the first listed.
    if (ClusterSession* session = window.session()) {
        MesosFrameworkPtr shown;
        for (const MesosFrameworkPtr& framework : session->mesosStore()->frameworks())
            if (!shown || framework->name == QLatin1String("marathon"))
                shown = framework;
        if (shown) {
            FrameworkTeardown* teardown = window.clusterPages()->teardown();
            ConfirmDialog dialog(FrameworkTeardown::confirmation(*shown, session->mesosStore()->hasTasks(),
                                                                 teardown->isMarathon(*shown)),
                                 &window);
            tour.saveOver(&dialog, QStringLiteral("dialog-teardown"), [&] {
                dialog.show();
                dialog.move(window.geometry().center() - QPoint(dialog.width() / 2, dialog.height() / 2));
            });
            dialog.close();
        }
    }

    ConnectionDialog connect(&window);
    connect.setText(QStringLiteral("http//master:5050"));
    connect.show();
    settle(300);
    connect.grab().save(dir + QStringLiteral("/dialog-connect.png"));
    QTextStream(stdout) << dir << "/dialog-connect.png" << Qt::endl;
    connect.close();

    window.close();
    return 0;
}
} // namespace

int main(int argc, char** argv) {
    ToolApplication::prepare("mesosdesk-screenshots");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    ToolApplication::addClusterOptions(parser);
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the PNG files"),
                      QStringLiteral("dir"), QStringLiteral(".")});
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Comma-separated WxH list"),
                      QStringLiteral("sizes"), QStringLiteral("1024x700,1600x1000")});
    parser.addOption(
        {QStringLiteral("lang"), QStringLiteral("Interface language (e.g. de)"), QStringLiteral("code")});
    parser.addOption({QStringLiteral("theme"), QStringLiteral("Colours: system, light or dark"),
                      QStringLiteral("name"), QStringLiteral("system")});
    parser.addOption(
        {QStringLiteral("after-start"),
         QStringLiteral("POST to this URL (the devcluster's control API) once the window shows the cluster"),
         QStringLiteral("url")});
    parser.process(app);

    Translations::install(app, parser.value(QStringLiteral("lang")));
    const auto theme = ThemeController::parse(parser.value(QStringLiteral("theme")));
    if (!theme) {
        QTextStream(stderr) << "mesosdesk-screenshots: --theme takes system, light or dark" << Qt::endl;
        return 2;
    }
    ThemeController::instance()->setChoice(*theme, false);
    QList<QSize> sizes;
    for (const QString& text : parser.value(QStringLiteral("sizes")).split(u','))
        if (const QSize size = parseSize(text); size.isValid())
            sizes << size;
    const QString dir = parser.value(QStringLiteral("out"));
    QDir().mkpath(dir);

    const int code = runTour(parser, dir, sizes);
    ZkSession::waitForPendingCloses(); // the window and its sessions are gone: wait for their closes
    return code;
}
