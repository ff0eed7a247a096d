// View > Theme drives the application's palette, the models' colours and the window's notices,
// and the choice outlives the window (and is applied again at start).
#include "AppEditorDialog.h"
#include "MainWindow.h"
#include "NoticeBar.h"
#include "TasksModel.h"
#include "ThemeColors.h"
#include "ThemeController.h"
#include "ThemeMenu.h"
#include "core/Settings.h"
#include "marathon/MarathonClient.h"
#include "net/HttpTransport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QtTest>
#include <memory>

namespace {
using Scheme = ThemeColors::Scheme;
using Role = ThemeColors::Role;

QAction* themeAction(MainWindow& window, const char* name) {
    auto* menu = window.menuBar()->findChild<ThemeMenu*>(QStringLiteral("themeMenu"));
    return menu ? menu->findChild<QAction*>(QLatin1String(name)) : nullptr;
}

QString checkedThemes(MainWindow& window) {
    QStringList checked;
    for (const char* name : {"themeSystemAction", "themeLightAction", "themeDarkAction"})
        if (QAction* a = themeAction(window, name); a && a->isChecked())
            checked << QLatin1String(name);
    return checked.join(u',');
}
} // namespace

class TestTheme : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Settings::Theme.reset();
        m_systemWindow = QApplication::palette().color(QPalette::Window);
        m_systemStyle = QApplication::style()->name();
        m_systemScheme = ThemeColors::scheme();
    }

    void menuDrivesThePalette() {
        auto window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(checkedThemes(*window), QStringLiteral("themeSystemAction"));

        // A failed task's state colour, in a model that lives through the switches.
        TasksModel tasks;
        QAbstractItemModelTester tester(&tasks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto task = std::make_shared<MesosTask>();
        task->id = QStringLiteral("web.1");
        task->state = MesosTaskState::Failed;
        tasks.load({{task->id, task}});
        QTRY_VERIFY2_WITH_TIMEOUT(tasks.rowCount() == 1, "the task row inserted", 10000);
        const QModelIndex state = tasks.index(0, TasksModel::State);
        QSignalSpy changed(&tasks, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&tasks, &QAbstractItemModel::modelReset);

        QAction* dark = themeAction(*window, "themeDarkAction");
        QVERIFY2(dark, "View > Theme > Dark exists");
        dark->trigger();
        QCOMPARE(ThemeController::instance()->choice(), ThemeController::Choice::Dark);
        QCOMPARE(ThemeColors::schemeOf(QApplication::palette()), Scheme::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 ThemeColors::palette(Scheme::Dark).color(QPalette::Window));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(checkedThemes(*window), QStringLiteral("themeDarkAction"));
        QCOMPARE(Settings::Theme.get(), QStringLiteral("dark"));
        QVERIFY2(!changed.isEmpty(), "the tasks model told its views the colours changed");
        QCOMPARE(state.data(Qt::ForegroundRole).value<QColor>(),
                 ThemeColors::color(Role::StateError, Scheme::Dark));
        // The window's own widgets follow: a notice shown now and one shown before.
        window->noticeBar()->showNotice(NoticeBar::Level::Error, QStringLiteral("no leader"));
        QVERIFY2(window->noticeBar()->styleSheet().contains(
                     ThemeColors::color(Role::NoticeErrorBackground, Scheme::Dark).name()),
                 qPrintable(window->noticeBar()->styleSheet()));

        changed.clear();
        QAction* light = themeAction(*window, "themeLightAction");
        QVERIFY(light);
        light->trigger();
        QCOMPARE(ThemeColors::schemeOf(QApplication::palette()), Scheme::Light);
        QCOMPARE(checkedThemes(*window), QStringLiteral("themeLightAction"));
        QCOMPARE(Settings::Theme.get(), QStringLiteral("light"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(state.data(Qt::ForegroundRole).value<QColor>(),
                 ThemeColors::color(Role::StateError, Scheme::Light));
        QVERIFY2(window->noticeBar()->styleSheet().contains(
                     ThemeColors::color(Role::NoticeErrorBackground, Scheme::Light).name()),
                 "the notice shown in dark took the light colours");

        QAction* system = themeAction(*window, "themeSystemAction");
        QVERIFY(system);
        system->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemWindow);
        QCOMPARE(QApplication::style()->name(), m_systemStyle);
        QCOMPARE(checkedThemes(*window), QStringLiteral("themeSystemAction"));
        QCOMPARE(Settings::Theme.get(), QStringLiteral("system"));
        QCOMPARE(reset.size(), 0);
    }

    void choiceOutlivesTheWindow() {
        {
            MainWindow window;
            themeAction(window, "themeDarkAction")->trigger();
        }
        MainWindow again;
        QCOMPARE(checkedThemes(again), QStringLiteral("themeDarkAction"));
        QCOMPARE(ThemeColors::scheme(), Scheme::Dark);

        // The next start: the platform's look first, then the kept choice applied when the
        // controller comes up (main.cpp does that before any window).
        themeAction(again, "themeSystemAction")->trigger();
        Settings::Theme.set(QStringLiteral("dark"));
        delete ThemeController::instance();
        QCOMPARE(ThemeColors::scheme(), m_systemScheme);
        MainWindow started;
        QCOMPARE(ThemeController::instance()->choice(), ThemeController::Choice::Dark);
        QCOMPARE(ThemeColors::scheme(), Scheme::Dark);
        QCOMPARE(checkedThemes(started), QStringLiteral("themeDarkAction"));

        themeAction(started, "themeSystemAction")->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemWindow);
        QCOMPARE(QApplication::style()->name(), m_systemStyle);
    }

    // The New App editor's error marks (drawn colours, not a style sheet) follow a switch too.
    void editorMarksFollowTheTheme() {
        MainWindow window;
        themeAction(window, "themeLightAction")->trigger();
        HttpTransport transport;
        MarathonClient client(&transport);
        std::unique_ptr<AppEditorDialog> editor(AppEditorDialog::createNew(&client, nullptr));
        editor->jsonEdit()->setPlainText(
            QStringLiteral(R"({"id": "/theme/marks", "cpus": -1, "cmd": "sleep 60"})"));
        editor->submit(); // refused locally: cpus is marked in the JSON
        QTRY_VERIFY2_WITH_TIMEOUT(!editor->jsonEdit()->extraSelections().isEmpty(), "the cpus line marked",
                                  10000);
        QCOMPARE(editor->jsonEdit()->extraSelections().first().format.background().color(),
                 ThemeColors::color(Role::EditorErrorMark, Scheme::Light));
        themeAction(window, "themeDarkAction")->trigger();
        QCOMPARE(editor->jsonEdit()->extraSelections().first().format.background().color(),
                 ThemeColors::color(Role::EditorErrorMark, Scheme::Dark));
        themeAction(window, "themeSystemAction")->trigger();
    }

    void cleanupTestCase() { Settings::Theme.reset(); }

private:
    QColor m_systemWindow;
    QString m_systemStyle;
    Scheme m_systemScheme = Scheme::Light;
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
