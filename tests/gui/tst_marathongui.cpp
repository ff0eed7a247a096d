// The Marathon panel offscreen against a fake Marathon, driven with QTest keys and clicks:
// New App (form ↔ JSON, local checks, 422/409/500 at their places, the draft kept), Scale
// to 3 with +/- keys, the 409-then-force flow, Kill, Kill & Scale, Suspend, Destroy (answered
// through ConfirmDialog's seam), read-only, and screenshots of what the operator sees.
#include "../integration/FakeMarathon.h"
#include "AppEditorDialog.h"
#include "AppPage.h"
#include "AppTasksModel.h"
#include "AppsFilterProxy.h"
#include "AppsModel.h"
#include "AppsView.h"
#include "ConfirmDialog.h"
#include "EventLogModel.h"
#include "MarathonPanel.h"
#include "NoticeBar.h"
#include "ScaleDialog.h"
#include "ShortcutCatalog.h"
#include "TestEnvironment.h"
#include "UrlOpener.h"
#include "core/Settings.h"
#include "marathon/MarathonSource.h"
#include "net/HttpTransport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace std::chrono_literals;

namespace {
// What a button or menu shows: '&' marks a mnemonic (and vanishes), "&&" shows one '&'.
QString visibleText(const QString& text) {
    return ShortcutCatalog::plainText(text);
}

// Pixels drawn in the danger colour (#b03a2e, within a small tolerance for antialiasing).
int dangerPixels(QWidget* w) {
    const QImage image = w->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += qAbs(c.red() - 0xb0) < 40 && c.green() < 0x70 && c.blue() < 0x70 ? 1 : 0;
        }
    return count;
}

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
    // Requests that change something, since the last clearRequests().
    QList<FakeMarathon::Seen> changesSeen() const {
        QList<FakeMarathon::Seen> changes = m_fake->requests();
        changes.removeIf([](const FakeMarathon::Seen& seen) { return seen.method == "GET"; });
        return changes;
    }

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
        // The selected app was filtered out: nothing is selected rather than its neighbour.
        QVERIFY(m_panel->appsView()->currentAppId().isEmpty());
        m_panel->appsView()->searchEdit()->clear();
        QTRY_COMPARE(m_panel->appsView()->proxy()->rowCount(), 2);
        tree->expandAll();
        select(QStringLiteral("/prod/web/api"));
        QVERIFY(m_panel->grab().save(shotDir() + QStringLiteral("/marathon_apps.png")));
        m_panel->appPage()->tabs()->setCurrentIndex(2); // versions: pick the older one, see the diff
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->appPage()->versionsList()->count() >= 1, 5000);
        m_panel->appPage()->tabs()->setCurrentIndex(1);
        // The definition, made from the app's raw text when shown: whole, less its tasks.
        const auto* raw = m_panel->appPage()->findChild<QPlainTextEdit*>(QStringLiteral("appRawJson"));
        QVERIFY(raw);
        QTRY_VERIFY(raw->toPlainText().contains(QStringLiteral("\"id\": \"/prod/web/api\"")));
        QVERIFY(!raw->toPlainText().contains(QStringLiteral("\"tasks\":")));
        QVERIFY(m_panel->grab().save(shotDir() + QStringLiteral("/marathon_apppage.png")));
    }

    void createAppFormJsonAndErrors() {
        m_panel->newAppAction()->trigger();
        AppEditorDialog* editor = m_panel->editor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        // Nothing is said before the operator acts.
        QVERIFY2(editor->shownErrors().isEmpty(), qPrintable(editor->shownErrors().keys().join(u',')));
        QVERIFY(editor->bannerText().isEmpty());
        for (QLabel* label : editor->findChildren<QLabel*>())
            if (label->objectName().startsWith(QLatin1String("error")) ||
                label->objectName().startsWith(QLatin1String("warning")))
                QVERIFY2(!label->isVisible(), qPrintable(label->objectName() + u' ' + label->text()));
        QVERIFY(editor->submitButton()->isEnabled());
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

    // Create with nothing typed: every check speaks, at its field, and focus goes to the first
    // field in error, not to a button. A 422 lands at its field with focus there too.
    void errorsAtTheirFieldsWithFocus() {
        m_panel->newAppAction()->trigger();
        AppEditorDialog* editor = m_panel->editor();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QVERIFY(editor->shownErrors().contains(QStringLiteral("/id")));
        QVERIFY(editor->shownErrors().contains(QStringLiteral("/cmd")));
        QVERIFY(
            !editor->shownErrors().value(QStringLiteral("/cmd")).contains(QStringLiteral("leave it out")));
        QVERIFY(editor->findChild<QLabel*>(QStringLiteral("errorid"))->isVisible());
        QVERIFY(editor->findChild<QLabel*>(QStringLiteral("errorcmd"))->isVisible());
        QCOMPARE(editor->focusWidget(), editor->idEdit());
        QCOMPARE(m_fake->lastChange().method, QByteArray()); // nothing sent
        QTest::keyClicks(editor->idEdit(), QStringLiteral("/fresh"));
        QTest::keyClicks(editor->cmdEdit(), QStringLiteral("sleep 100"));
        QVERIFY(editor->shownErrors().isEmpty());
        // Multi-line fields let Tab move on.
        editor->urisEdit()->setFocus();
        QTest::keyClick(editor->urisEdit(), Qt::Key_Tab);
        QVERIFY(editor->urisEdit()->toPlainText().isEmpty());
        QCOMPARE(editor->focusWidget(), editor->envEdit());
        // The server's field errors: at the field, focus there; Marathon's whole-definition
        // complaint about cmd/args goes to the command field.
        m_fake->failNext(
            "POST", QStringLiteral("/v2/apps"), 422,
            R"json({"message":"Object is not valid","details":[{"path":"/mem","errors":["must be at least 32"]},)json"
            R"json({"path":"/","errors":["AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'."]}]})json");
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->shownErrors().contains(QStringLiteral("/mem")), 5000);
        QVERIFY(editor->findChild<QLabel*>(QStringLiteral("errormem"))->isVisible());
        QVERIFY(
            editor->findChild<QLabel*>(QStringLiteral("errorcmd"))->text().contains(QStringLiteral("'cmd'")));
        QVERIFY2(!editor->bannerText().contains(QStringLiteral("at least 32")),
                 qPrintable(editor->bannerText()));
        QCOMPARE(editor->tabs()->currentIndex(), 0);
        QCOMPARE(editor->focusWidget(), editor->memBox());
        QVERIFY(editor->grab().save(shotDir() + QStringLiteral("/marathon_editor_fielderrors.png")));
        // Editing the field retires the server's complaint about it.
        editor->memBox()->setValue(64);
        QVERIFY(!editor->shownErrors().contains(QStringLiteral("/mem")));
        editor->reject();
    }

    // A request no agent can satisfy is a warning at its field before anything is sent; the
    // second Create sends it anyway. No memory at all is one too.
    void resourcesLargerThanEveryAgentWarn() {
        m_panel->newAppAction()->trigger();
        AppEditorDialog* editor = m_panel->editor();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        AppDefinitionValidator::AgentLimits limits;
        limits.agents = 3;
        limits.totalCpus = 4, limits.totalMem = 7680, limits.totalDisk = 50000;
        limits.freeCpus = 3.5, limits.freeMem = 7000, limits.freeDisk = 50000;
        editor->setAgentLimits(limits);
        QVERIFY(editor->shownWarnings().isEmpty()); // untouched: silent
        QTest::keyClicks(editor->idEdit(), QStringLiteral("/huge"));
        QTest::keyClicks(editor->cmdEdit(), QStringLiteral("sleep 100"));
        editor->cpusBox()->setValue(5);
        editor->memBox()->setValue(0);
        QVERIFY2(editor->shownWarnings()
                     .value(QStringLiteral("/cpus"))
                     .contains(QStringLiteral("the largest has 4")),
                 qPrintable(editor->shownWarnings().value(QStringLiteral("/cpus"))));
        QVERIFY(editor->shownWarnings().contains(QStringLiteral("/mem")));
        QVERIFY(editor->findChild<QLabel*>(QStringLiteral("warningcpus"))->isVisible());
        QVERIFY(editor->findChild<QLabel*>(QStringLiteral("warningmem"))->isVisible());
        QVERIFY(editor->shownErrors().isEmpty()); // Marathon accepts it: a warning, not an error
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QVERIFY(editor->bannerText().contains(QStringLiteral("again")));
        QCOMPARE(m_fake->lastChange().method, QByteArray());
        QCOMPARE(editor->focusWidget(), editor->cpusBox());
        // With its messages the form is taller than the dialog: it scrolls, and the last field can
        // be seen whole (it was cut by the tab's frame).
        editor->formScroll()->ensureWidgetVisible(editor->labelsEdit());
        QTRY_COMPARE_WITH_TIMEOUT(editor->labelsEdit()->visibleRegion().boundingRect(),
                                  editor->labelsEdit()->rect(), 5000);
        editor->formScroll()->ensureWidgetVisible(editor->cpusBox());
        QVERIFY(editor->grab().save(shotDir() + QStringLiteral("/marathon_editor_warnings.png")));
        QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->hasApp(QStringLiteral("/huge")), 5000);
    }

    // After a destroy nothing else is selected, so no other app's actions are live; actions
    // make sense for what is selected (a suspended app cannot be suspended or restarted).
    void actionsFollowTheSelection() {
        for (QAction* a : {m_panel->editAction(), m_panel->scaleAction(), m_panel->restartAction(),
                           m_panel->suspendAction(), m_panel->destroyAction(), m_panel->resetDelayAction()})
            QVERIFY2(!a->isEnabled(), qPrintable(a->text())); // nothing selected yet
        select(QStringLiteral("/hello"));
        QTRY_VERIFY(m_panel->suspendAction()->isEnabled());
        QVERIFY(m_panel->restartAction()->isEnabled());
        QVERIFY(!m_panel->resetDelayAction()->isEnabled()); // not delayed
        ConfirmDialog::setNextAnswer(true);
        m_panel->suspendAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->appsModel()->app(QStringLiteral("/hello"))->instances, 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->suspendAction()->isEnabled(), 5000);
        QVERIFY(!m_panel->restartAction()->isEnabled());
        QVERIFY(m_panel->suspendAction()->toolTip().contains(QStringLiteral("already suspended")));
        QVERIFY(m_panel->scaleAction()->isEnabled()); // scaling up is how it comes back
        QVERIFY(m_panel->destroyAction()->isEnabled());

        QSignalSpy destroyed(m_panel.get(), &MarathonPanel::appDestroyed);
        ConfirmDialog::setNextAnswer(true);
        m_panel->destroyAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->appsModel()->app(QStringLiteral("/hello")), 5000);
        QCOMPARE(destroyed.count(), 1); // followed logs are told
        QCOMPARE(destroyed.first().first().toString(), QStringLiteral("/hello"));
        QVERIFY(m_panel->appsModel()->app(QStringLiteral("/prod/web/api"))); // another app is there to select
        QVERIFY(m_panel->appsView()->currentAppId().isEmpty());
        QVERIFY(!m_panel->appsView()->tree()->currentIndex().isValid());
        QVERIFY(m_panel->appsView()->tree()->selectionModel()->selectedIndexes().isEmpty());
        QCOMPARE(m_panel->appPage()->appId(), QString());
        for (QAction* a : {m_panel->editAction(), m_panel->scaleAction(), m_panel->restartAction(),
                           m_panel->suspendAction(), m_panel->destroyAction(), m_panel->resetDelayAction()})
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY(m_panel->newAppAction()->isEnabled());
    }

    // An older Marathon answers HEAD /v2/pods with 404: no pods, and the tab says why.
    void podsNotOfferedByAnOlderMarathon() {
        QTRY_VERIFY_WITH_TIMEOUT(m_source->podSupport() == MarathonSource::PodSupport::Unsupported, 5000);
        QVERIFY(m_panel->appsView()->noteLabel()->isVisible());
        QVERIFY2(m_panel->appsView()->noteLabel()->text().contains(QStringLiteral("404")),
                 qPrintable(m_panel->appsView()->noteLabel()->text()));
        QVERIFY(!m_panel->newPodAction()->isEnabled());
        QCOMPARE(m_panel->newPodAction()->toolTip(), m_source->podsUnavailableReason());
        QCOMPARE(m_panel->appsModel()->podCount(), 0);
        const int rounds = m_source->fullRefreshCount();
        QTRY_VERIFY_WITH_TIMEOUT(m_source->fullRefreshCount() > rounds + 1,
                                 5000); // later polls ask nothing of pods
        for (const FakeMarathon::Seen& seen : m_fake->requests())
            if (seen.path.startsWith(QLatin1String("/v2/pods")))
                QCOMPARE(seen.method, QByteArray("HEAD"));
    }

    // Texts with '&' read as written (a lone '&' would be a mnemonic: "Kill _Scale"); the
    // dangerous button looks disabled while it is.
    void buttonsSayWhatTheyDo() {
        select(QStringLiteral("/hello"));
        QCOMPARE(visibleText(m_panel->appPage()->killScaleButton()->text()), QStringLiteral("Kill & Scale"));
        QCOMPARE(visibleText(m_panel->appPage()->killWipeButton()->text()), QStringLiteral("Kill & Wipe"));
        // Every button and action of the panel: no text loses an '&'.
        QStringList texts;
        for (QAbstractButton* b : m_panel->findChildren<QAbstractButton*>())
            texts << b->text();
        for (QAction* a : m_panel->findChildren<QAction*>())
            texts << a->text();
        for (const QString& text : std::as_const(texts))
            QVERIFY2(visibleText(text).count(u'&') == text.count(u'&') / 2 && text.count(u'&') % 2 == 0,
                     qPrintable(text));
        ConfirmDialog killScale({QStringLiteral("Kill and scale down"),
                                 QStringLiteral("x"),
                                 QStringLiteral("Kill & Scale"),
                                 {},
                                 true});
        QCOMPARE(visibleText(killScale.actionButton()->text()), QStringLiteral("Kill & Scale"));
        // Destroy's button: red only when it can be pressed.
        ConfirmDialog typed({QStringLiteral("Destroy"), QStringLiteral("x"), QStringLiteral("Destroy"),
                             QStringLiteral("/hello"), true});
        typed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&typed));
        QVERIFY(!typed.actionButton()->isEnabled());
        QCOMPARE(dangerPixels(typed.actionButton()), 0);
        QTest::keyClicks(typed.confirmEdit(), QStringLiteral("/hello"));
        QVERIFY(typed.actionButton()->isEnabled());
        QVERIFY(dangerPixels(typed.actionButton()) > 10);
        // Read-only advice names the real switch.
        m_panel->setReadOnly(true);
        QVERIFY2(
            m_panel->readOnlyLabel()->text().contains(QStringLiteral("File → Read-only Marathon actions")),
            qPrintable(m_panel->readOnlyLabel()->text()));
        QVERIFY(!m_panel->readOnlyLabel()->text().contains(QStringLiteral("connection settings")));
        for (const QSize& size : {QSize(1024, 700), QSize(1600, 1000)}) {
            m_panel->resize(size);
            QLabel* label = m_panel->readOnlyLabel();
            QTRY_VERIFY2_WITH_TIMEOUT(m_panel->size() == size &&
                                          label->height() >= label->heightForWidth(label->width()),
                                      "the read-only note laid out whole at the new size", 10000);
            QVERIFY(m_panel->grab().save(
                shotDir() +
                QStringLiteral("/marathon_readonly-%1x%2.png").arg(size.width()).arg(size.height())));
        }
    }

    // A long 409 grows the dialog: the text is not clipped, the spin box not squeezed.
    void scaleDialogGrowsWithItsMessage() {
        QStringList many;
        for (int i = 0; i < 12; ++i)
            many << QStringLiteral("{\"id\":\"5ed4c0c5-9ff8-4a6f-a0cd-f57f7a0b5b%1\"}")
                        .arg(i, 2, 10, QLatin1Char('0'));
        m_fake->failNext(
            "PUT", QStringLiteral("/v2/apps/hello"), 409,
            (QStringLiteral(
                 "{\"message\":\"App is locked by one or more deployments. Override with the option "
                 "'?force=true'. View details at '/v2/deployments/<DEPLOYMENT_ID>'.\",\"deployments\":[") +
             many.join(u',') + QStringLiteral("]}"))
                .toUtf8());
        select(QStringLiteral("/hello"));
        m_panel->scaleAction()->trigger();
        ScaleDialog* dialog = m_panel->scaleDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->targetBox()->setValue(2);
        QTest::mouseClick(dialog->scaleButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->forceButton()->isVisible(), 5000);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("scaleError"));
        QVERIFY(error->text().contains(QStringLiteral("b11")));
        QTRY_VERIFY2_WITH_TIMEOUT(
            error->height() >= error->heightForWidth(error->width()),
            qPrintable(
                QStringLiteral("%1 < %2").arg(error->height()).arg(error->heightForWidth(error->width()))),
            5000);
        QVERIFY(dialog->targetBox()->height() >= dialog->targetBox()->minimumSizeHint().height());
        QVERIFY(error->geometry().bottom() < dialog->forceButton()->geometry().top());
        QVERIFY(dialog->grab().save(shotDir() + QStringLiteral("/marathon_scale_409.png")));
        // Narrower by hand: still nothing clipped.
        dialog->resize(dialog->minimumWidth(), dialog->height());
        QTRY_VERIFY_WITH_TIMEOUT(error->height() >= error->heightForWidth(error->width()), 5000);
        dialog->reject();
    }

    // "Open in Mesos web UI" with no browser: said, with the address to copy.
    void noBrowserOffersToCopy() {
        UrlOpener::setOpenFunction([](const QUrl&) { return false; });
        const QUrl url(QStringLiteral("http://127.0.0.1:5050/#/agents/S1"));
        QVERIFY(!UrlOpener::open(m_panel.get(), url, QStringLiteral("The Mesos web UI")));
        UrlOpener::setOpenFunction({});
        auto* box = m_panel->findChild<QMessageBox*>(QStringLiteral("noBrowserMessage"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(url.toString()));
        auto* copy = box->findChild<QPushButton*>(QStringLiteral("copyAddressButton"));
        QVERIFY(copy);
        QApplication::clipboard()->clear();
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), url.toString());
        QTRY_VERIFY(!m_panel->findChild<QMessageBox*>(QStringLiteral("noBrowserMessage")));
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
        // Declining the confirmation sends nothing: the one change the fake sees, once the forced
        // scale that follows has arrived, is that one.
        m_fake->clearRequests();
        ConfirmDialog::setNextAnswer(false);
        QTest::mouseClick(dialog->forceButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ConfirmDialog::pendingAnswers(), 0, 10000); // it was asked, and declined
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(dialog->forceButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tasks(QStringLiteral("/hello")), 4, 5000);
        QCOMPARE(changesSeen().size(), 1);
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
        // A cancelled confirmation sends nothing: once the Kill & Scale that follows has arrived,
        // it is the only change the fake saw.
        m_fake->clearRequests();
        selectTaskRows(1);
        ConfirmDialog::setNextAnswer(false);
        QTest::mouseClick(m_panel->appPage()->killButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ConfirmDialog::pendingAnswers(), 0, 10000); // it was asked, and declined

        // Kill & Scale two tasks of the API app: 2 → 0 instances... keep one: scale to 3 first.
        select(QStringLiteral("/prod/web/api"));
        selectTaskRows(2);
        QVERIFY(!m_panel->appPage()->killWipeButton()->isVisibleTo(m_panel.get())); // not resident
        ConfirmDialog::setNextAnswer(true);
        QTest::mouseClick(m_panel->appPage()->killScaleButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(instances(QStringLiteral("/prod/web/api")), 0, 5000);
        QCOMPARE(changesSeen().size(), 1);
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
