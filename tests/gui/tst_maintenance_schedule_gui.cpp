// The Maintenance schedule page through the real MainWindow against the devcluster (real
// ZooKeeper, real agents; all of the devcluster's agents run on one machine, 127.0.0.1
// (127.0.0.1)): a window is scheduled for the agents' machine in the editor (each field says
// what is wrong as it is typed, Save waits until nothing is) and the status shows it DRAINING;
// machine down removes its agents from the cluster and the mode says DOWN; a window edit the
// master refuses (it drops the DOWN machine) keeps the editor open
// with the master's words; machine up takes it out of the schedule and the agents come back;
// read-only mode turns every action off.
// MESOSDESK_SCREENSHOTS=DIR saves the window and the editor at 1024x700 and 1600x1000.
#include "ConfirmDialog.h"
#include "DevClusterProcess.h"
#include "MainWindow.h"
#include "MaintenanceScheduleModel.h"
#include "MaintenanceSchedulePage.h"
#include "MaintenanceWindowEditor.h"
#include "PageFitAudit.h"
#include "TestEnvironment.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosSource.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

namespace {
const MachineId Loopback{QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1")};
}

class TestMaintenanceScheduleGui : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;
    std::unique_ptr<MainWindow> m_window;
    MaintenanceSchedulePage* m_page = nullptr;

    ClusterStore* store() const { return m_window->session()->mesosStore(); }
    MaintenanceScheduleModel::MachineMode modeOf(const MachineId& machine) const {
        const auto* row = m_page->model()->at(m_page->model()->rowOf(machine));
        return row ? row->mode : MaintenanceScheduleModel::MachineMode::Unknown;
    }
    void grab(QWidget* widget, const QString& name, const QList<QSize>& sizes) {
        const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        const QSize before = widget->size();
        for (const QSize size : sizes) {
            widget->resize(size);
            TestEnvironment::settleLayouts();
            QCoreApplication::processEvents();
            QVERIFY(widget->grab().save(QStringLiteral("%1/schedule-%2-%3x%4.png")
                                            .arg(dir, name)
                                            .arg(widget->width())
                                            .arg(widget->height())));
        }
        widget->resize(before);
    }
    void shots(const QString& name) { grab(m_window.get(), name, {QSize(1024, 700), QSize(1600, 1000)}); }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(1, 2));
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
        Settings::MarathonReadOnly.reset();
        Settings::MarathonUrl.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        for (ClusterPage* page : m_window->pages())
            if (auto* schedule = qobject_cast<MaintenanceSchedulePage*>(page))
                m_page = schedule;
        QVERIFY2(m_page, "the Maintenance schedule page is registered in app/ClusterPages.cpp");
        m_page->setPollInterval(std::chrono::milliseconds(200));
        m_window->connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->session()->mesosSource()->isStreaming() && store()->agents().size() == 2, 30000);
        m_window->findChild<QTabWidget*>()->setCurrentWidget(m_page);
        QTRY_VERIFY_WITH_TIMEOUT(!store()->master().version.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->addButton()->isEnabled(), 10000); // the (empty) schedule was read
        QVERIFY(m_page->statusLabel()->text().contains(QLatin1String("No maintenance is scheduled")));
        QVERIFY(!m_page->downButton()->isEnabled());
    }
    void cleanupTestCase() {
        m_window.reset();
        m_devcluster.stop();
    }

    void scheduleAWindowForTheAgentsMachine() {
        QTest::mouseClick(m_page->addButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->editor() && m_page->editor()->isVisible(), 10000);
        MaintenanceWindowEditor* editor = m_page->editor();
        QCOMPARE(editor->machineRows(), 1);
        QVERIFY(!editor->saveButton()->isEnabled()); // an empty row is not a machine
        QTest::keyClicks(editor->hostnameEdit(0), QStringLiteral("127.0.0.1"));
        // Without its IP the machine could never match an agent: said next to it, Save off.
        QVERIFY(editor->rowProblem(0)->text().contains(QLatin1String("IP")));
        QVERIFY(!editor->saveButton()->isEnabled());
        QTest::keyClicks(editor->ipEdit(0), QStringLiteral("127.0.0.300"));
        QVERIFY(editor->rowProblem(0)->text().contains(QLatin1String("IPv4")));
        grab(editor, QStringLiteral("editor-typing"), {QSize(640, 420), QSize(900, 560)});
        editor->ipEdit(0)->clear();
        QTest::keyClicks(editor->ipEdit(0), QStringLiteral("127.0.0.1"));
        QVERIFY(editor->rowProblem(0)->text().isEmpty());
        // The same machine twice in the window: refused here, before the master would.
        QCOMPARE(editor->knownMachines()->count(), 2); // the prompt and the agents' one machine
        editor->addMachine(Loopback);
        QVERIFY(editor->rowProblem(1)->text().contains(QLatin1String("twice")));
        QVERIFY(!editor->saveButton()->isEnabled());
        editor->hostnameEdit(1)->setText(QStringLiteral("spare.example"));
        editor->ipEdit(1)->setText(QStringLiteral("10.0.0.9"));
        QVERIFY(editor->saveButton()->isEnabled());
        grab(editor, QStringLiteral("editor"), {QSize(640, 420), QSize(900, 560)});

        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QCOMPARE(ConfirmDialog::pendingAnswers(), 0);
        QVERIFY(ConfirmDialog::lastText().contains(QLatin1String("DRAINING")));
        QVERIFY(ConfirmDialog::lastText().contains(QLatin1String("127.0.0.1 (127.0.0.1)")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->editor(), 10000); // closed once the master took it
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(modeOf(Loopback), MaintenanceScheduleModel::MachineMode::Draining, 10000);
        QVERIFY(m_page->actionLabel()->text().contains(QLatin1String("saved")));
        const int row = m_page->model()->rowOf(Loopback);
        const QString start = m_page->model()->index(row, MaintenanceScheduleModel::Start).data().toString();
        QVERIFY2(start.contains(QLatin1String("(in 1 h)")) || start.contains(QLatin1String("(in 59 min)")),
                 qPrintable(start));
        QVERIFY(m_page->model()
                    ->index(row, MaintenanceScheduleModel::InverseOffers)
                    .data()
                    .toString()
                    .contains(QLatin1String("no answer")));
    }

    void machineDownRemovesItsAgents() {
        QVERIFY(m_page->selectMachine(Loopback));
        QVERIFY(m_page->downButton()->isEnabled());
        QVERIFY(!m_page->upButton()->isEnabled());
        // Cancelled: nothing happens.
        ConfirmDialog::setNextAnswer(false);
        QTest::mouseClick(m_page->downButton(), Qt::LeftButton);
        QVERIFY(ConfirmDialog::lastText().contains(QLatin1String("TASK_LOST")));
        QVERIFY(ConfirmDialog::lastText().contains(QLatin1String("2 registered agent")));
        QCOMPARE(store()->agents().size(), 2);
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(m_page->downButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(modeOf(Loopback), MaintenanceScheduleModel::MachineMode::Down, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(store()->agents().isEmpty(), 15000); // gone from the Agents tab's cluster
        QVERIFY(m_page->selectMachine(Loopback));
        QVERIFY(m_page->upButton()->isEnabled());
        QVERIFY(!m_page->downButton()->isEnabled());
        QVERIFY(!m_page->removeButton()->isEnabled());
        QVERIFY(m_page->removeButton()->toolTip().contains(QLatin1String("DOWN")));
        shots(QStringLiteral("down"));
    }

    void refusedEditKeepsTheEditorOpen() {
        const MachineId spare{QStringLiteral("spare.example"), QStringLiteral("10.0.0.9")};
        QVERIFY(m_page->selectMachine(spare));
        QVERIFY(m_page->editButton()->isEnabled());
        QTest::mouseClick(m_page->editButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->editor() && m_page->editor()->isVisible(), 10000);
        MaintenanceWindowEditor* editor = m_page->editor();
        QCOMPARE(editor->machineRows(), 2);
        // Dropping the DOWN machine from its window: the master refuses, in its words.
        const int loopbackRow = editor->hostnameEdit(0)->text() == Loopback.hostname ? 0 : 1;
        editor->hostnameEdit(loopbackRow)->setText(QStringLiteral("other.example"));
        editor->ipEdit(loopbackRow)->setText(QStringLiteral("10.0.0.8"));
        QVERIFY(editor->saveButton()->isEnabled());
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(ConfirmDialog::lastText().contains(QLatin1String("back to UP: 127.0.0.1 (127.0.0.1)")));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->refusalLabel()->text().isEmpty(), 10000);
        QVERIFY2(
            editor->refusalLabel()->text().contains(QLatin1String(
                R"(Machine '{"hostname":"127.0.0.1","ip":"127.0.0.1"}' is deactivated and cannot be removed from the schedule)")),
            qPrintable(editor->refusalLabel()->text()));
        QCOMPARE(editor->refusalLabel()->textFormat(), Qt::PlainText);
        QVERIFY(editor->isVisible()); // nothing typed is lost
        QCOMPARE(editor->hostnameEdit(loopbackRow)->text(), QStringLiteral("other.example"));
        QVERIFY(editor->saveButton()->isEnabled());
        grab(editor, QStringLiteral("editor-refused"), {QSize(640, 460), QSize(900, 560)});
        editor->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->editor(), 10000);
        QVERIFY(m_page->actionLabel()->property("error").toBool());
        QCOMPARE(m_page->model()->rowCount(), 2); // the schedule is unchanged on the master
    }

    void machineUpBringsTheAgentsBack() {
        QVERIFY(m_page->selectMachine(Loopback));
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(m_page->upButton(), Qt::LeftButton);
        QVERIFY(ConfirmDialog::lastText().contains(QLatin1String("leaves the schedule")));
        // UP: out of the schedule (Mesos deletes it from its window), the agents registered anew.
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowOf(Loopback), -1, 10000);
        QVERIFY(m_page->actionLabel()->text().contains(QLatin1String("is up")));
        QTRY_COMPARE_WITH_TIMEOUT(store()->agents().size(), 2, 20000);
        QCOMPARE(m_page->model()->rowCount(), 1);
    }

    void fitsAtTheSmallestSize() {
        const QStringList problems = pageFitProblems(m_window.get(), m_page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void readOnlyTurnsActionsOff() {
        QVERIFY(m_page->selectMachine({QStringLiteral("spare.example"), QStringLiteral("10.0.0.9")}));
        QVERIFY(m_page->addButton()->isEnabled());
        auto* readOnly = m_window->findChild<QAction*>(QStringLiteral("readOnlyAction"));
        readOnly->setChecked(true);
        for (QPushButton* button : {m_page->addButton(), m_page->editButton(), m_page->removeButton(),
                                    m_page->downButton(), m_page->upButton()}) {
            QVERIFY(!button->isEnabled());
            QVERIFY(button->toolTip().contains(QLatin1String("Read-only")));
        }
        shots(QStringLiteral("readonly"));
        readOnly->setChecked(false);
        QVERIFY(m_page->addButton()->isEnabled());
        QVERIFY(m_page->removeButton()->isEnabled());
    }
};

QTEST_MAIN(TestMaintenanceScheduleGui)
#include "tst_maintenance_schedule_gui.moc"
