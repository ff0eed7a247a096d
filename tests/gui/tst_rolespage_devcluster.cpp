// The Roles page through the real MainWindow against the devcluster (real ZooKeeper): the
// roles appear as the master lists them; a quota set from the editor goes through the
// confirmation (Cancel is the default: Enter sends nothing) and shows on the page; the
// master's refusal is shown in its own words as plain text; a weight is set; read-only mode
// turns the actions off and says why.
// MESOSDESK_SCREENSHOTS=DIR saves the window at 1024x700 and 1600x1000.
#include "ConfirmDialog.h"
#include "DevClusterProcess.h"
#include "MainWindow.h"
#include "MesosRoles.h"
#include "PageFitAudit.h"
#include "RoleEditor.h"
#include "RolesModel.h"
#include "RolesPage.h"
#include "TestEnvironment.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "core/Settings.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosSource.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

class TestRolesPageDevcluster : public QObject {
    Q_OBJECT

    DevClusterProcess m_devcluster;
    std::unique_ptr<MainWindow> m_window;
    RolesPage* m_page = nullptr;

    RolesModel* model() const { return m_page->model(); }
    RoleEditor* editor() const { return m_page->editor(); }
    QString cell(const QString& role, int column) const {
        return model()->indexOf(role, column).data().toString();
    }
    static void typeInto(QAbstractSpinBox* box, const QString& text) {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(box, text);
        QTest::keyClick(box, Qt::Key_Tab);
    }
    void fillQuota(const QString& role, const QString& guaranteeCpus, const QString& limitCpus) {
        editor()->roleEdit()->clear();
        QTest::keyClicks(editor()->roleEdit(), role);
        typeInto(editor()->guaranteeBox(QStringLiteral("cpus")), guaranteeCpus);
        typeInto(editor()->limitBox(QStringLiteral("cpus")), limitCpus);
    }
    void shots(const QString& name) {
        const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        const QSize before = m_window->size();
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            m_window->resize(size);
            TestEnvironment::settleLayouts();
            QVERIFY(m_window->grab().save(
                QStringLiteral("%1/roles-%2-%3x%4.png").arg(dir, name).arg(size.width()).arg(size.height())));
        }
        m_window->resize(before);
    }

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
            if (auto* roles = qobject_cast<RolesPage*>(page))
                m_page = roles;
        QVERIFY2(m_page, "the Roles page is registered in app/ClusterPages.cpp");
        m_page->setPollInterval(std::chrono::milliseconds(300));
        m_window->connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->mesosSource()->isStreaming(), 30000);
        auto* tabs = m_window->findChild<QTabWidget*>();
        QVERIFY(tabs);
        tabs->setCurrentWidget(m_page);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Roles"));
    }
    void cleanupTestCase() {
        m_window.reset();
        m_devcluster.stop();
    }

    void rolesAppear() {
        // Marathon's framework subscribes with role "*".
        QTRY_VERIFY_WITH_TIMEOUT(model()->indexOf(QStringLiteral("*")).isValid(), 20000);
        QVERIFY(!model()->indexOf(QStringLiteral("*"), RolesModel::Frameworks).data().toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->statusLabel()->text().contains(QLatin1String("read at")), 10000);
        // The leader runs 1.11: UPDATE_QUOTA is offered once a role is named.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->mesosStore()->master().version.isEmpty(), 20000);
        QVERIFY(m_page->selectRole(QStringLiteral("*")));
        QCOMPARE(editor()->roleName(), QStringLiteral("*"));
        QVERIFY(editor()->quotaButton()->isEnabled());
    }

    void enterOnTheConfirmationCancels() {
        fillQuota(QStringLiteral("dev"), QStringLiteral("1"), QStringLiteral("2"));
        // A real dialog this time: Cancel is its default button, so Enter sends nothing.
        bool sawDialog = false;
        QTimer poller;
        poller.setInterval(20);
        connect(&poller, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<ConfirmDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poller.stop();
            sawDialog = true;
            QVERIFY(!dialog->actionButton()->isDefault());
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        poller.start();
        QTest::mouseClick(editor()->quotaButton(), Qt::LeftButton);
        QVERIFY(sawDialog);
        QVERIFY(ConfirmDialog::lastText().contains(QLatin1String("\"dev\"")));
        QVERIFY(ConfirmDialog::lastText().contains(QLatin1String("limit: CPUs 2")));
        QVERIFY2(m_page->actionLabel()->text().isEmpty(), "nothing was sent"); // "Sending…" would be there
    }

    void setQuotaShowsOnThePage() {
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(editor()->quotaButton(), Qt::LeftButton);
        QCOMPARE(ConfirmDialog::pendingAnswers(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->actionLabel()->text().contains(QLatin1String("was set")), 10000);
        QCOMPARE(m_page->actionLabel()->property("error").toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(model()->indexOf(QStringLiteral("dev")).isValid(), 10000);
        QCOMPARE(cell(QStringLiteral("dev"), RolesModel::QuotaCpus), QStringLiteral("0 / 2"));
        QCOMPARE(cell(QStringLiteral("dev"), RolesModel::Guarantee), QStringLiteral("CPUs 1"));
        QCOMPARE(model()
                     ->indexOf(QStringLiteral("dev"), RolesModel::QuotaCpus)
                     .data(MesosRoles::FractionRole)
                     .toDouble(),
                 0.0);
        QVERIFY(m_page->selectRole(QStringLiteral("dev")));
        shots(QStringLiteral("quota"));
    }

    void refusalInTheMastersWords() {
        fillQuota(QStringLiteral("dev"), QStringLiteral("5000"), QStringLiteral("6000"));
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(editor()->quotaButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->actionLabel()->property("error").toBool(), 10000);
        const QString text = m_page->actionLabel()->text();
        QVERIFY2(text.contains(QLatin1String("HTTP 400")), qPrintable(text));
        QVERIFY2(text.contains(
                     QLatin1String("Invalid QuotaConfig: total quota guarantees 'cpus:5000' exceed cluster "
                                   "capacity")),
                 qPrintable(text));
        QCOMPARE(m_page->actionLabel()->textFormat(), Qt::PlainText);
        // The page still shows the quota the master has.
        QCOMPARE(cell(QStringLiteral("dev"), RolesModel::QuotaCpus), QStringLiteral("0 / 2"));
        shots(QStringLiteral("refused"));
    }

    void setWeight() {
        QVERIFY(m_page->selectRole(QStringLiteral("dev")));
        typeInto(editor()->weightBox(), QStringLiteral("3"));
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(editor()->weightButton(), Qt::LeftButton);
        QVERIFY(ConfirmDialog::lastText().contains(QLatin1String("to 3")));
        QTRY_COMPARE_WITH_TIMEOUT(cell(QStringLiteral("dev"), RolesModel::Weight), QStringLiteral("3"),
                                  10000);
    }

    void fitsAtTheSmallestSize() {
        const QStringList problems = pageFitProblems(m_window.get(), m_page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void readOnlyTurnsActionsOff() {
        auto* readOnly = m_window->findChild<QAction*>(QStringLiteral("readOnlyAction"));
        QVERIFY(readOnly);
        readOnly->setChecked(true);
        QVERIFY(!editor()->quotaButton()->isEnabled());
        QVERIFY(!editor()->weightButton()->isEnabled());
        QVERIFY(editor()->quotaButton()->toolTip().contains(QLatin1String("Read-only")));
        auto* note = m_page->findChild<QLabel*>(QStringLiteral("readOnlyNote"));
        QVERIFY(note && note->isVisible());
        shots(QStringLiteral("readonly"));
        readOnly->setChecked(false);
        QVERIFY(editor()->quotaButton()->isEnabled());
        QVERIFY(!note->isVisible());
    }
};

QTEST_MAIN(TestRolesPageDevcluster)
#include "tst_rolespage_devcluster.moc"
