// The Marathon panel offscreen against a fake Marathon, driven with QTest keys and clicks:
// New App (form ↔ JSON, local checks, 422/409/500 at their places, the draft kept), Scale
// to 3 with +/- keys, the 409-then-force flow, Kill, Kill & Scale, Suspend, Destroy (answered
// through ConfirmDialog's seam), read-only, and screenshots of what the operator sees.
#include "AppEditorDialog.h"
#include "AppPage.h"
#include "AppTasksModel.h"
#include "AppsModel.h"
#include "AppsFilterProxy.h"
#include "AppsView.h"
#include "EventLogModel.h"
#include "ConfirmDialog.h"
#include "../integration/FakeMarathon.h"
#include "MarathonPanel.h"
#include "NoticeBar.h"
#include "ScaleDialog.h"
#include "TestEnvironment.h"
#include "core/Settings.h"
#include "marathon/MarathonSource.h"
#include "net/HttpTransport.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace std::chrono_literals;

namespace {
QString shotDir() {
    const QString dir = qEnvironmentVariable("MESOSDESK_SCREENSHOTS", QStringLiteral("/tmp"));
    return dir;
}
} // namespace

class TestMarathonGui : public QObject {
    Q_OBJECT
    std::unique_ptr<FakeMarathon> m_fake;
    std::unique_ptr<HttpTransport> m_http;
    std::unique_ptr<MarathonSource> m_source;
    std::unique_ptr<MarathonPanel> m_panel;

    int tasks(const QString& id) const { return int(m_fake->tasksOf(id).size()); }
    int instances(const QString& id) const { return m_fake->app(id).value(QLatin1String("instances")).toInt(); }

    void select(const QString& id) {
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->appsModel()->app(id) != nullptr, 5000);
        QVERIFY(m_panel->appsView()->selectApp(id));
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->appPage()->app().id, id, 5000);
    }
    void selectTaskRows(int count) {
        QTableView* view = m_panel->appPage()->tasksView();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= count, 5000);
        view->clearSelection();
        for (int r = 0; r < count; ++r)
            view->selectionModel()->select(view->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        Settings::MarathonNewAppDraft.reset();
        Settings::MarathonEditDraft.reset();
        Settings::MarathonReadOnly.reset();
        m_fake = std::make_unique<FakeMarathon>();
        QVERIFY(m_fake->start());
        m_fake->addApp(QJsonObject{{QStringLiteral("id"), QStringLiteral("/hello")}, {QStringLiteral("instances"), 1},
                                   {QStringLiteral("cmd"), QStringLiteral("sleep 1000")}, {QStringLiteral("cpus"), 0.1},
                                   {QStringLiteral("mem"), 64}, {QStringLiteral("labels"), QJsonObject{{QStringLiteral("tier"), QStringLiteral("demo")}}}});
        m_fake->addApp(QJsonObject{{QStringLiteral("id"), QStringLiteral("/prod/web/api")}, {QStringLiteral("instances"), 2},
                                   {QStringLiteral("cmd"), QStringLiteral("./api")}, {QStringLiteral("cpus"), 0.5},
                                   {QStringLiteral("mem"), 256}});
        m_http = std::make_unique<HttpTransport>();
        m_http->setTimeout(1500ms);
        m_source = std::make_unique<MarathonSource>(m_http.get());
        m_source->setPollInterval(300);
        m_source->setLivePollInterval(300);
        m_panel = std::make_unique<MarathonPanel>(m_source.get());
        m_panel->resize(1280, 720);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        m_source->setMarathonUrl(QUrl(m_fake->baseUrl()));
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->appsModel()->appCount(), 2, 5000);
        QCOMPARE(ConfirmDialog::pendingAnswers(), 0);
    }
    void cleanup() {
        while (ConfirmDialog::pendingAnswers() > 0) // an unused answer is a test bug
            ConfirmDialog::ask(nullptr, {});
        m_panel.reset();
        m_source.reset();
        m_http.reset();
        m_fake.reset();
    }

    void appsViewAndPage() {
        QTreeView* tree = m_panel->appsView()->tree();
        tree->expandAll();
        select(QStringLiteral("/prod/web/api"));
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->appPage()->tasksModel()->rowCount(), 2, 5000);
        QCOMPARE(m_panel->appPage()->tasksModel()->index(0, AppTasksModel::StateColumn).data().toString(), QStringLiteral("TASK_RUNNING"));
        QVERIFY(m_panel->appPage()->headerText().contains(QStringLiteral("2 of 2 running")));
        // The text filter narrows the tree.
        QTest::keyClicks(m_panel->appsView()->searchEdit(), QStringLiteral("hel"));
        QTRY_COMPARE(m_panel->appsView()->proxy()->rowCount(), 1);
        m_panel->appsView()->searchEdit()->clear();
        QTRY_COMPARE(m_panel->appsView()->proxy()->rowCount(), 2);
        tree->expandAll();
        QVERIFY(m_panel->grab().save(shotDir() + QStringLiteral("/marathon_apps.png")));
        m_panel->appPage()->tabs()->setCurrentIndex(2); // versions: pick the older one, see the diff
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->appPage()->versionsList()->count() >= 1, 5000);
        m_panel->appPage()->tabs()->setCurrentIndex(1);
        QVERIFY(m_panel->grab().save(shotDir() + QStringLiteral("/marathon_apppage.png")));
    }

    void createAppFormJsonAndErrors() {
        m_panel->newAppAction()->trigger();
        AppEditorDialog* editor = m_panel->editor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        // Local check: a bad id is flagged at the field and blocks submit.
        QTest::keyClicks(editor->idEdit(), QStringLiteral("Bad Id"));
        QVERIFY(editor->shownErrors().contains(QStringLiteral("/id")));
        QVERIFY(!editor->submitButton()->isEnabled());
        editor->idEdit()->clear();
        QTest::keyClicks(editor->idEdit(), QStringLiteral("/scenario/hello-rails"));
        QTest::keyClicks(editor->cmdEdit(), QStringLiteral("cd hello && bundle exec unicorn -p 9999"));
        editor->urisEdit()->setFocus();
        QTest::keyClicks(editor->urisEdit(), QStringLiteral("https://example.com/hello.tgz"));
        editor->labelsEdit()->setFocus();
        QTest::keyClicks(editor->labelsEdit(), QStringLiteral("team=web"));
        // Form → JSON
        QVERIFY(editor->jsonText().contains(QStringLiteral("\"/scenario/hello-rails\"")));
        QVERIFY(editor->jsonText().contains(QStringLiteral("hello.tgz")));
        QVERIFY(editor->jsonText().contains(QStringLiteral("\"team\": \"web\"")));
        // JSON → form, and a field only the JSON knows survives form edits.
        QJsonObject def = QJsonDocument::fromJson(editor->jsonText().toUtf8()).object();
        def.insert(QStringLiteral("mem"), 512);
        def.insert(QStringLiteral("backoffSeconds"), 3);
        editor->jsonEdit()->setPlainText(QString::fromUtf8(QJsonDocument(def).toJson()));
        QCOMPARE(editor->memBox()->value(), 512.0);
        QTest::keyClicks(editor->cmdEdit(), QStringLiteral(" -E production"));
        QCOMPARE(editor->definition().value(QLatin1String("backoffSeconds")).toInt(), 3);
        // Broken JSON: said at the JSON tab, the text stays, submit is off.
        const QString good = editor->jsonText();
        editor->jsonEdit()->setPlainText(good.left(good.size() - 3));
        QVERIFY(!editor->jsonValid());
        QVERIFY(editor->bannerText().contains(QStringLiteral("syntax error")));
        QVERIFY(!editor->submitButton()->isEnabled());
        editor->jsonEdit()->setPlainText(good);
        QVERIFY(editor->submitButton()->isEnabled());

        // 422: details land at the form field and at the JSON path; nothing typed is lost.
        m_fake->failNext("POST", QStringLiteral("/v2/apps"), 422,
                         R"json({"message":"Object is not valid","details":[{"path":"/mem","errors":["is greater than the largest agent (256)"]},)json"
                         R"json({"path":"/upgradeStrategy/minimumHealthCapacity","errors":["is greater than 1"]}]})json");
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->shownErrors().contains(QStringLiteral("/mem")), 5000);
        QVERIFY(editor->isVisible());
        QVERIFY(editor->shownErrors().value(QStringLiteral("/mem")).contains(QStringLiteral("largest agent")));
        QVERIFY(editor->shownErrors().contains(QStringLiteral("/upgradeStrategy/minimumHealthCapacity")));
        QVERIFY(editor->findChild<QLabel*>(QStringLiteral("errormem"))->isVisible());
        QVERIFY(editor->bannerText().contains(QStringLiteral("problem with your configuration")));
        QCOMPARE(editor->jsonText(), good);
        QVERIFY(editor->grab().save(shotDir() + QStringLiteral("/marathon_editor_422.png")));

        // 500 and a timeout: a clear banner, the text intact.
        m_fake->failNext("POST", QStringLiteral("/v2/apps"), 500, R"({"message":"internal trouble"})");
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->bannerText().contains(QStringLiteral("internal trouble")), 5000);
        m_fake->stallNext("POST", QStringLiteral("/v2/apps"));
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->bannerText().contains(QStringLiteral("did not answer")), 5000);
        QCOMPARE(editor->jsonText(), good);

        // Success: the dialog closes, the app appears.
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->hasApp(QStringLiteral("/scenario/hello-rails")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->editor(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->appsModel()->app(QStringLiteral("/scenario/hello-rails")), 5000);
        const QJsonObject created = m_fake->app(QStringLiteral("/scenario/hello-rails"));
        QCOMPARE(created.value(QLatin1String("cmd")).toString(), QStringLiteral("cd hello && bundle exec unicorn -p 9999 -E production"));
        QCOMPARE(created.value(QLatin1String("uris")).toArray().first().toString(), QStringLiteral("https://example.com/hello.tgz"));
        QVERIFY(Settings::MarathonNewAppDraft.get().isEmpty()); // nothing left over after success
    }

    void duplicateIdAndDraft() {
        m_panel->newAppAction()->trigger();
        AppEditorDialog* editor = m_panel->editor();
        QVERIFY(editor);
        editor->idEdit()->clear();
        QTest::keyClicks(editor->idEdit(), QStringLiteral("/hello"));
        QTest::keyClicks(editor->cmdEdit(), QStringLiteral("echo hi"));
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->shownErrors().value(QStringLiteral("/id")).contains(QStringLiteral("already exists")), 5000);
        // Closing keeps the draft; the next New App restores it.
        editor->reject();
        QTRY_VERIFY(!m_panel->editor());
        m_panel->newAppAction()->trigger();
        editor = m_panel->editor();
        QCOMPARE(editor->idEdit()->text(), QStringLiteral("/hello"));
        QCOMPARE(editor->cmdEdit()->text(), QStringLiteral("echo hi"));
        QVERIFY(editor->bannerText().contains(QStringLiteral("Restored")));
        editor->reject();
    }

    void unreachableMarathon() {
        select(QStringLiteral("/hello"));
        HttpServer closed;
        QVERIFY(closed.listen());
        const QUrl dead(closed.baseUrl());
        closed.close();
        m_source->client()->setBaseUrl(dead);
        ConfirmDialog::setNextAnswer(true);
        m_panel->restartAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->noticeBar()->text().contains(QStringLiteral("not reachable")), 5000);
        QCOMPARE(m_panel->noticeBar()->level(), NoticeBar::Level::Error);
    }

    void scaleToThreeWithKeys() {
        select(QStringLiteral("/hello"));
        m_panel->scaleAction()->trigger();
        ScaleDialog* dialog = m_panel->scaleDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->targetBox()->value(), 1);
        QTest::keyClick(dialog->targetBox(), Qt::Key_Plus);
        QTest::keyClick(dialog->targetBox(), Qt::Key_Up);
        QCOMPARE(dialog->targetBox()->value(), 3);
        QTest::keyClick(dialog->targetBox(), Qt::Key_Minus);
        QTest::keyClick(dialog->targetBox(), Qt::Key_Plus);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("scaleSummary"))->text().startsWith(QStringLiteral("1 → 3")));
        QVERIFY(dialog->grab().save(shotDir() + QStringLiteral("/marathon_scale.png")));
        QTest::mouseClick(dialog->scaleButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tasks(QStringLiteral("/hello")), 3, 5000);
        QTRY_VERIFY(!m_panel->scaleDialog());
        QVERIFY(!m_fake->lastChange().rawPath.contains("force"));
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->appPage()->tasksModel()->rowCount(), 3, 5000);
    }

    void lockedThenForce() {
        m_fake->lock(QStringLiteral("/hello"), QStringLiteral("97c136bf"));
        select(QStringLiteral("/hello"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->appsModel()->app(QStringLiteral("/hello"))->deploymentIds.isEmpty(), 5000);
        m_panel->scaleAction()->trigger();
        ScaleDialog* dialog = m_panel->scaleDialog();
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("scaleWarning"))->isVisibleTo(dialog));
        QVERIFY(!dialog->forceButton()->isVisibleTo(dialog)); // offered only after the 409
        dialog->targetBox()->setValue(4);
        QTest::mouseClick(dialog->scaleButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->forceButton()->isVisible(), 5000);
        QVERIFY2(dialog->errorText().contains(QStringLiteral("97c136bf")), qPrintable(dialog->findChild<QLabel*>(QStringLiteral("scaleError"))->text()));
        QCOMPARE(dialog->targetBox()->value(), 4); // kept
        // Declining the confirmation sends nothing.
        m_fake->clearRequests();
        ConfirmDialog::setNextAnswer(false);
        QTest::mouseClick(dialog->forceButton(), Qt::LeftButton);
        QTest::qWait(100);
        QCOMPARE(m_fake->lastChange().method, QByteArray());
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(dialog->forceButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tasks(QStringLiteral("/hello")), 4, 5000);
        QVERIFY(m_fake->lastChange().rawPath.contains("force=true"));
        QVERIFY(ConfirmDialog::lastText().contains(QStringLiteral("cancelled")));
    }

    void killKillAndScaleSuspendDestroy() {
        m_fake->app(QStringLiteral("/hello"));
        select(QStringLiteral("/hello"));
        // Kill one task: a replacement keeps the count.
        selectTaskRows(1);
        const QString victim = m_panel->appPage()->selectedTaskIds().first();
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(m_panel->appPage()->killButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->lastChange().path == QLatin1String("/v2/tasks/delete"), 5000);
        QVERIFY(m_fake->lastChange().rawPath.contains("scale=false"));
        QCOMPARE(tasks(QStringLiteral("/hello")), 1);
        QVERIFY(m_fake->tasksOf(QStringLiteral("/hello")).first().value(QLatin1String("id")).toString() != victim);
        // A cancelled confirmation sends nothing.
        m_fake->clearRequests();
        selectTaskRows(1);
        ConfirmDialog::setNextAnswer(false);
        QTest::mouseClick(m_panel->appPage()->killButton(), Qt::LeftButton);
        QTest::qWait(100);
        QCOMPARE(m_fake->lastChange().method, QByteArray());

        // Kill & Scale two tasks of the API app: 2 → 0 instances... keep one: scale to 3 first.
        select(QStringLiteral("/prod/web/api"));
        selectTaskRows(2);
        QVERIFY(!m_panel->appPage()->killWipeButton()->isVisibleTo(m_panel.get())); // not resident
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(m_panel->appPage()->killScaleButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(instances(QStringLiteral("/prod/web/api")), 0, 5000);
        QVERIFY(m_fake->lastChange().rawPath.contains("scale=true"));

        // Suspend /hello.
        select(QStringLiteral("/hello"));
        ConfirmDialog::setNextAnswer(true);
        m_panel->suspendAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(instances(QStringLiteral("/hello")), 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->appsModel()->indexOfId(QStringLiteral("/hello"), AppsModel::StatusColumn).data().toString(),
                                  QStringLiteral("Suspended"), 5000);

        // Destroy: the confirmation names the app; the typed-id dialog stays disabled until typed.
        ConfirmDialog typed({QStringLiteral("Destroy"), QStringLiteral("x"), QStringLiteral("Destroy"), QStringLiteral("/hello"), true});
        QVERIFY(!typed.actionButton()->isEnabled());
        QTest::keyClicks(typed.confirmEdit(), QStringLiteral("/hell"));
        QVERIFY(!typed.actionButton()->isEnabled());
        QTest::keyClicks(typed.confirmEdit(), QStringLiteral("o"));
        QVERIFY(typed.actionButton()->isEnabled());
        QVERIFY(!typed.actionButton()->isDefault());
        ConfirmDialog::setNextAnswer(true);
        m_panel->destroyAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_fake->hasApp(QStringLiteral("/hello")), 5000);
        QVERIFY(ConfirmDialog::lastText().contains(QStringLiteral("/hello")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->appsModel()->app(QStringLiteral("/hello")), 5000);
    }

    void readOnlyDisablesEverything() {
        select(QStringLiteral("/hello"));
        selectTaskRows(1);
        QVERIFY(m_panel->appPage()->killButton()->isEnabled());
        m_panel->setReadOnly(true);
        for (QAction* a : m_panel->actions())
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY(!m_panel->appPage()->killButton()->isEnabled());
        QVERIFY(m_panel->readOnlyLabel()->isVisible());
        QVERIFY(m_panel->readOnlyLabel()->text().contains(QStringLiteral("read-only")));
        m_panel->killTasks({QStringLiteral("x")}, MarathonClient::KillMode::Kill); // even a direct call does nothing
        QCOMPARE(ConfirmDialog::pendingAnswers(), 0);
        m_panel->setReadOnly(false);
        QVERIFY(m_panel->scaleAction()->isEnabled());
    }

    void liveEventsReachTheLog() {
        QTRY_VERIFY_WITH_TIMEOUT(m_source->isLive(), 5000);
        m_fake->pushEvent("status_update_event", QJsonObject{{QStringLiteral("appId"), QStringLiteral("/hello")},
                                                             {QStringLiteral("taskId"), QStringLiteral("hello.t1")},
                                                             {QStringLiteral("taskStatus"), QStringLiteral("TASK_LOST")},
                                                             {QStringLiteral("host"), QStringLiteral("agent-2")}});
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->eventLog()->rowCount(), 1, 5000);
        QVERIFY(m_panel->eventLog()->index(0, EventLogModel::MessageColumn).data().toString().contains(QStringLiteral("TASK_LOST")));
    }
};

QTEST_MAIN(TestMarathonGui)
#include "tst_marathongui.moc"
