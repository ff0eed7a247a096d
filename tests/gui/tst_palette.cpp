// The command palette (#14) through the real MainWindow against the devcluster: Ctrl+K opens it
// from anywhere, an app's name ranks the app first and Enter opens its page, a task id selects
// the task on the Tasks tab, an action runs, a profile switches the window, Esc closes and gives
// the focus back, Tab stays inside the palette. Screenshots of what the operator sees.
#include "AppPage.h"
#include "AppsModel.h"
#include "AppsView.h"
#include "ChartsPage.h"
#include "CommandPalette.h"
#include "DevClusterProcess.h"
#include "MainWindow.h"
#include "MarathonPanel.h"
#include "MesosClusterPages.h"
#include "MesosFilterProxy.h"
#include "MesosTablePage.h"
#include "PaletteModel.h"
#include "PaletteWiring.h"
#include "ScreenshotLanguage.h"
#include "TasksModel.h"
#include "TestEnvironment.h"
#include "connections/ProfileStore.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "marathon/MarathonClient.h"
#include "marathon/MarathonSource.h"

#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

namespace {
QString shotDir() {
    return qEnvironmentVariable("MESOSDESK_SCREENSHOTS", QStringLiteral("/tmp"));
}
} // namespace

class TestPalette : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    QString m_otherProfile;

    CommandPalette* palette() const { return m_window->keyboard()->palette(); }

    // Ctrl+K where the focus is, then the query typed into the palette.
    void openAndType(const QString& query) {
        QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(focus, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(palette()->isVisible(), "Ctrl+K to show the palette", 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(palette()->lineEdit()->hasFocus(), "the palette's field to have the focus",
                                  10000);
        QTest::keyClicks(palette()->lineEdit(), query);
        QCOMPARE(palette()->model()->query(), query);
    }
    QString firstTitle() const {
        return palette()->model()->rowCount() ? palette()->model()->index(0).data().toString() : QString();
    }
    void shots(const QString& name) {
        for (const QSize& size : {QSize(1024, 700), QSize(1600, 1000)}) {
            m_window->resize(size);
            QCoreApplication::processEvents();
            const QString query = palette()->lineEdit()->text();
            palette()->popup(); // placed again over the resized window
            palette()->lineEdit()->setText(query);
            QImage image = m_window->grab().toImage();
            QPainter painter(&image);
            painter.drawPixmap(palette()->geometry().topLeft() - m_window->geometry().topLeft(),
                               palette()->grab());
            painter.end();
            const QString lang = qEnvironmentVariable("MESOSDESK_SCREENSHOT_LANG");
            QVERIFY(image.save(QStringLiteral("%1/palette_%2%3_%4x%5.png")
                                   .arg(shotDir(), name, lang.isEmpty() ? QString() : u'_' + lang)
                                   .arg(size.width())
                                   .arg(size.height())));
        }
        m_window->resize(1280, 800);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        installScreenshotLanguage(this); // MESOSDESK_SCREENSHOT_LANG=de for German pictures
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(1, 2));
        Settings::MarathonReadOnly.reset();
        Settings::MarathonUrl.reset();
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
        m_profiles = std::make_unique<ProfileStore>();
        for (const Profile& p : m_profiles->profiles())
            m_profiles->remove(p.id);
        Profile other;
        other.name = QStringLiteral("staging-east");
        other.zkUrl = QStringLiteral("zk://127.0.0.1:1/mesos");
        QString error;
        QVERIFY2(m_profiles->save(other, &error), qPrintable(error));
        m_otherProfile = other.id;

        m_window = std::make_unique<MainWindow>();
        m_window->setProfileStore(m_profiles.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        MarathonSource* source = m_window->session()->marathonSource();
        QTRY_VERIFY_WITH_TIMEOUT(source->isLive(), 20000);
        bool done = false;
        QString failure;
        source->client()->createApp(QJsonObject{{QStringLiteral("id"), QStringLiteral("/sleepy")},
                                                {QStringLiteral("cmd"), QStringLiteral("exec sleep 600")},
                                                {QStringLiteral("instances"), 1},
                                                {QStringLiteral("cpus"), 0.1},
                                                {QStringLiteral("mem"), 32}},
                                    this, [&](const MarathonResult& r) {
                                        done = true;
                                        failure = r.error.isError() ? r.error.summary() : QString();
                                    });
        QTRY_VERIFY2_WITH_TIMEOUT(done, "Marathon to answer the new app", 10000);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QTRY_VERIFY2_WITH_TIMEOUT(m_window->marathonPanel()->appsModel()->app(QStringLiteral("/sleepy")),
                                  "the apps tree to list /sleepy", 15000);
        QTRY_VERIFY2_WITH_TIMEOUT(m_window->clusterPages()->tasksModel()->rowCount() > 0,
                                  "the Tasks tab to list /sleepy's task", 20000);
    }
    void cleanupTestCase() {
        m_window.reset();
        m_devcluster.stop();
    }

    void appNameRanksFirstAndOpensItsPage() {
        m_window->tabs()->setCurrentIndex(0); // from the Overview
        m_window->activateWindow();
        openAndType(QStringLiteral("sleepy"));
        QCOMPARE(firstTitle(), QStringLiteral("/sleepy"));
        QCOMPARE(palette()->model()->index(0).data(PaletteModel::KindRole).toInt(), int(PaletteKind::App));
        // The task named after it is found too, below the app.
        bool taskFound = false;
        for (int r = 1; r < palette()->model()->rowCount(); ++r)
            taskFound = taskFound || palette()->model()->index(r).data(PaletteModel::KindRole).toInt() ==
                                         int(PaletteKind::Task);
        QVERIFY2(taskFound, "the /sleepy task under the app");
        shots(QStringLiteral("app"));
        QTest::keyClick(palette()->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(!palette()->isVisible(), "Enter to close the palette", 10000);
        MarathonPanel* panel = m_window->marathonPanel();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tabs()->currentWidget(), static_cast<QWidget*>(panel), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->appPage()->appId(), QStringLiteral("/sleepy"), 10000);
        QCOMPARE(panel->appsView()->currentAppId(), QStringLiteral("/sleepy"));
        QTRY_VERIFY2_WITH_TIMEOUT(panel->appsView()->tree()->hasFocus(), "the apps tree to have the focus",
                                  10000);
    }

    void taskIdSelectsTheTaskOnTheTasksTab() {
        TasksModel* tasks = m_window->clusterPages()->tasksModel();
        const auto task = tasks->at(0);
        QVERIFY(task);
        openAndType(task->id);
        QCOMPARE(firstTitle(), task->id);
        QCOMPARE(palette()->model()->index(0).data(PaletteModel::KindRole).toInt(), int(PaletteKind::Task));
        QTest::keyClick(palette()->lineEdit(), Qt::Key_Enter);
        MesosTablePage* page = m_window->clusterPages()->tasksPage();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tabs()->currentWidget(), page->parentWidget(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->selectedKey(), MesosKeys::of(*task), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(page->view()->hasFocus(), "the tasks table to have the focus", 10000);
    }

    void aTaskHiddenByTheFilterIsShown() {
        MesosTablePage* page = m_window->clusterPages()->tasksPage();
        page->filterEdit()->setText(QStringLiteral("no task is called this"));
        QCOMPARE(page->proxy()->rowCount(), 0);
        const auto task = m_window->clusterPages()->tasksModel()->at(0);
        openAndType(task->id);
        QTest::keyClick(palette()->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(page->selectedKey(), MesosKeys::of(*task), 10000);
        QVERIFY(page->filterEdit()->text().isEmpty());
    }

    void anActionRuns() {
        openAndType(QStringLiteral("go charts"));
        QCOMPARE(firstTitle(), QStringLiteral("Go to Charts"));
        QCOMPARE(palette()->model()->index(0).data(PaletteModel::KindRole).toInt(), int(PaletteKind::Action));
        QTest::keyClick(palette()->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tabs()->currentWidget(),
                                  static_cast<QWidget*>(m_window->clusterPages()->chartsPage()), 10000);
    }

    void upDownMoveAndEnterActs() {
        openAndType(QStringLiteral("go"));
        QVERIFY(palette()->model()->rowCount() >= 3);
        QListView* list = palette()->listView();
        QCOMPARE(list->currentIndex().row(), 0);
        QTest::keyClick(palette()->lineEdit(), Qt::Key_Down);
        QTest::keyClick(palette()->lineEdit(), Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), 2);
        QTest::keyClick(palette()->lineEdit(), Qt::Key_Up);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(palette()->lineEdit(), Qt::Key_PageDown);
        QVERIFY(list->currentIndex().row() > 1);
        QTest::keyClick(palette()->lineEdit(), Qt::Key_PageUp);
        QCOMPARE(list->currentIndex().row(), 0);
        QTest::keyClick(palette()->lineEdit(), Qt::Key_Escape);
        QTRY_VERIFY2_WITH_TIMEOUT(!palette()->isVisible(), "Esc to close the palette", 10000);
    }

    void escClosesAndGivesTheFocusBack() {
        MesosTablePage* agents = m_window->clusterPages()->agentsPage();
        m_window->tabs()->setCurrentWidget(agents->parentWidget());
        agents->filterEdit()->setFocus();
        QTRY_VERIFY2_WITH_TIMEOUT(agents->filterEdit()->hasFocus(), "the agents filter to have the focus",
                                  10000);
        openAndType(QStringLiteral("agent"));
        QTest::keyClick(palette()->lineEdit(), Qt::Key_Escape);
        QTRY_VERIFY2_WITH_TIMEOUT(!palette()->isVisible(), "Esc to close the palette", 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(agents->filterEdit()->hasFocus(), "the focus back in the agents filter",
                                  10000);
        QCOMPARE(m_window->tabs()->currentWidget(), agents->parentWidget()); // nothing acted
    }

    void tabStaysInThePalette() {
        openAndType(QStringLiteral("a"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY2_WITH_TIMEOUT(palette()->listView()->hasFocus(), "Tab to move to the results", 10000);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY2_WITH_TIMEOUT(palette()->lineEdit()->hasFocus(), "Tab to come back to the field", 10000);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(palette()->listView()->hasFocus(), "Shift+Tab to go back to the results",
                                  10000);
        QTest::keyClick(palette()->listView(), Qt::Key_G); // typing in the results goes on with the query
        QCOMPARE(palette()->lineEdit()->text(), QStringLiteral("ag"));
        QVERIFY(palette()->lineEdit()->hasFocus());
        QTest::keyClick(palette()->lineEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!palette()->isVisible());
    }

    void aProfileSwitchesTheWindow() {
        QSignalSpy switched(m_window.get(), &MainWindow::profileRequested);
        openAndType(QStringLiteral("staging"));
        QCOMPARE(firstTitle(), QStringLiteral("staging-east"));
        QCOMPARE(palette()->model()->index(0).data(PaletteModel::KindRole).toInt(),
                 int(PaletteKind::Profile));
        QTest::keyClick(palette()->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(switched.size(), 1, 10000);
        QCOMPARE(switched.at(0).at(0).toString(), m_otherProfile);
    }

    void somethingGoneIsSaidInThePalette() {
        PaletteEntry gone{
            PaletteKind::Task, QStringLiteral("vanished.1"), {}, QStringLiteral("fw/vanished.1"), {}};
        PaletteModel* model = palette()->model();
        openAndType(QString());
        model->setEntries({gone}); // as if the task ended while the palette was open
        QCOMPARE(model->rowCount(), 1);
        QTest::keyClick(palette()->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(palette()->isVisible() && palette()->statusLabel()->text().contains(
                                                                QStringLiteral("no longer listed")),
                                  "the palette to open again saying the task is gone", 10000);
        QTest::keyClick(palette()->lineEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!palette()->isVisible());
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
