#include "MarathonPanel.h"

#include "AppEditorDialog.h"
#include "AppPage.h"
#include "AppsModel.h"
#include "AppsView.h"
#include "ChangeRunner.h"
#include "ConfirmDialog.h"
#include "DeploymentsModel.h"
#include "DeploymentsView.h"
#include "EventLogModel.h"
#include "EventLogView.h"
#include "GroupActions.h"
#include "MarathonLeaderPage.h"
#include "NoticeBar.h"
#include "PodActions.h"
#include "PodPage.h"
#include "ScaleDialog.h"
#include "ThemeStyle.h"
#include "core/Settings.h"
#include "marathon/MarathonDirectory.h"
#include "marathon/MarathonSource.h"
#include "mesos/ClusterStore.h"

#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

MarathonPanel::MarathonPanel(MarathonSource* source, QWidget* parent) : QWidget(parent), m_source(source) {
    setObjectName(QStringLiteral("marathonPanel"));
    m_apps = new AppsModel(this);
    m_deployments = new DeploymentsModel(this);
    m_events = new EventLogModel(2000, this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toolbar = new QToolBar(this);
    m_newApp = m_toolbar->addAction(tr("New App"), this, &MarathonPanel::newApp);
    m_newApp->setShortcut(QKeySequence(tr("Ctrl+N")));
    m_newPod = m_toolbar->addAction(tr("New Pod"), this, &MarathonPanel::newPod);
    m_edit = m_toolbar->addAction(tr("Edit"), this, &MarathonPanel::editApp);
    m_scale = m_toolbar->addAction(tr("Scale"), this, &MarathonPanel::scaleApp);
    // The rarer actions wait in a menu, so the bar fits 1024 pixels in every language; they
    // stay on the panel itself for their keys and the command palette.
    auto* more = new QMenu(this);
    m_restart = more->addAction(tr("Restart"), this, &MarathonPanel::restartApp);
    m_suspend = more->addAction(tr("Suspend"), this, &MarathonPanel::suspendApp);
    more->addSeparator();
    m_resetDelay = more->addAction(tr("Reset Delay"), this, &MarathonPanel::resetDelay);
    m_destroy = more->addAction(tr("Destroy"), this, &MarathonPanel::destroyApp);
    m_notice = new NoticeBar(this);
    m_runner = new ChangeRunner(source, m_notice, this);
    connect(m_runner, &ChangeRunner::finished, this, &MarathonPanel::actionFinished);
    m_groupActions = new GroupActions(source, this, m_notice,
                                      [this](const QString& what, GroupActions::Call call, bool offerForce) {
                                          runChange(what, std::move(call), offerForce);
                                      });
    more->addSection(tr("Group"));
    more->addActions(m_groupActions->actions());
    addActions(more->actions());
    m_more = m_toolbar->addAction(tr("More"));
    m_more->setObjectName(QStringLiteral("marathonMoreAction"));
    m_more->setToolTip(tr("Restart, Suspend, Reset Delay, Destroy; the group's actions"));
    m_more->setMenu(more);
    if (auto* button = qobject_cast<QToolButton*>(m_toolbar->widgetForAction(m_more)))
        button->setPopupMode(QToolButton::InstantPopup);
    m_toolbar->addSeparator();
    QAction* refresh = m_toolbar->addAction(tr("Refresh"), m_source, &MarathonSource::refresh);
    refresh->setObjectName(QStringLiteral("marathonRefreshAction"));
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refreshKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_R)))
        refreshKeys << QKeySequence(Qt::CTRL | Qt::Key_R);
    refresh->setShortcuts(refreshKeys);
    // The toolbar's actions work with the keyboard while the Marathon tab shows (each confirms first).
    m_edit->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_scale->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_restart->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_suspend->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    // Destroy has no key: it is rare and cannot be undone, so it is always a deliberate click or menu walk.
    auto* spacer = new QWidget(m_toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    m_picker = new QComboBox(m_toolbar);
    m_picker->setObjectName(QStringLiteral("marathonPicker"));
    m_picker->setToolTip(tr("Several Marathons run on this cluster: pick the one to show"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pickerAction = m_toolbar->addWidget(m_picker);
    m_pickerAction->setVisible(false);
    m_liveLabel = new QLabel(m_toolbar);
    m_liveLabel->setObjectName(QStringLiteral("marathonLive"));
    m_liveLabel->setTextFormat(Qt::PlainText);
    m_toolbar->addWidget(m_liveLabel);
    layout->addWidget(m_toolbar);
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnlyLabel->setTextFormat(Qt::PlainText);
    m_readOnlyLabel->setWordWrap(true); // never sets the window's minimum width
    ThemeStyle::set(m_readOnlyLabel, QStringLiteral("background: %1; color: %2; padding: 4px;"),
                    {ThemeColors::Role::NoticeWarningBackground, ThemeColors::Role::NoticeWarningText});
    m_readOnlyLabel->hide();
    layout->addWidget(m_readOnlyLabel);
    m_notice->setObjectName(QStringLiteral("marathonNotice"));
    layout->addWidget(m_notice);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("marathonTabs"));
    auto* split = new QSplitter(Qt::Horizontal, m_tabs);
    m_appsView = new AppsView(m_apps, split);
    m_pages = new QStackedWidget(split);
    m_page = new AppPage(source->client(), m_pages);
    m_podPage = new PodPage(source->client(), m_pages);
    m_pages->addWidget(m_page);
    m_pages->addWidget(m_podPage);
    m_podActions =
        new PodActions(source, this, [this](const QString& what, PodActions::Call call, bool offerForce) {
            runChange(what, std::move(call), offerForce);
        });
    split->addWidget(m_appsView);
    split->addWidget(m_pages);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_tabs->addTab(split, tr("Applications"));
    m_deploymentsView = new DeploymentsView(m_deployments, m_tabs);
    m_deploymentsView->setObjectName(QStringLiteral("deploymentsView"));
    m_tabs->addTab(m_deploymentsView, tr("Deployments"));
    m_eventView = new EventLogView(m_events, m_tabs);
    m_eventView->setObjectName(QStringLiteral("eventsView"));
    m_tabs->addTab(m_eventView, tr("Events"));
    m_leaderPage = new MarathonLeaderPage(m_tabs);
    m_leaderPage->setSources(source->client(), nullptr);
    m_tabs->addTab(m_leaderPage, tr("Leader"));
    layout->addWidget(m_tabs, 1);

    connect(m_source, &MarathonSource::appsChanged, this, &MarathonPanel::onAppsChanged);
    connect(m_source, &MarathonSource::queueChanged, this, &MarathonPanel::onAppsChanged);
    connect(m_source, &MarathonSource::podsChanged, this, &MarathonPanel::onAppsChanged);
    connect(m_source, &MarathonSource::deploymentsChanged, this,
            &MarathonPanel::onAppsChanged); // pods' Deploying
    connect(m_source, &MarathonSource::podSupportChanged, this,
            [this] { m_appsView->setNote(m_source->podsUnavailableReason()); });
    connect(m_source, &MarathonSource::deploymentsChanged, this, [this] {
        m_deployments->setDeployments(m_source->deployments());
        m_tabs->setTabText(1, m_deployments->rowCount() ? tr("Deployments (%1)").arg(m_deployments->rowCount())
                                                        : tr("Deployments"));
    });
    connect(m_source, &MarathonSource::eventReceived, m_eventView, &EventLogView::record);
    // Failures, lost tasks and deployments are told at window level (ClusterEventFeed); this
    // tab only follows the apps it created, to select each when its deployment is over.
    connect(m_source, &MarathonSource::eventReceived, this, [this](const MarathonEvent& event) {
        if (event.type == QLatin1String("deployment_success")) {
            // The stream can say so before the POST's answer names the deployment: remember it.
            m_recentlyDeployed << event.deploymentId;
            if (m_recentlyDeployed.size() > 50)
                m_recentlyDeployed.removeFirst();
            selectWhenDeployed(event.deploymentId);
        } else if (event.type == QLatin1String("deployment_failed"))
            m_createdBy.remove(event.deploymentId);
    });
    connect(m_source, &MarathonSource::deploymentsChanged, this, [this] {
        if (m_source->isLive())
            return; // deployment_success says when (and whether) it succeeded
        for (const QString& id : m_createdBy.keys())
            if (std::none_of(m_source->deployments().cbegin(), m_source->deployments().cend(),
                             [&](const MarathonDeployment& d) { return d.id == id; }))
                selectWhenDeployed(id);
    });
    connect(m_source, &MarathonSource::liveChanged, this, &MarathonPanel::updateLive);
    connect(m_source, &MarathonSource::infoChanged, this, &MarathonPanel::updateLive);
    connect(m_source, &MarathonSource::urlChanged, this, &MarathonPanel::updateLive);
    connect(m_appsView, &AppsView::currentAppChanged, this, [this](const QString& id) {
        showCurrent(id);
        updateActions();
    });
    connect(m_groupActions, &GroupActions::treeLoaded, m_apps, &AppsModel::setGroupTree);
    connect(m_groupActions, &GroupActions::finished, this, &MarathonPanel::actionFinished);
    connect(m_groupActions, &GroupActions::groupDestroyed, this, [this](const QString& groupId) {
        // Its rows go on the next refresh; no neighbour may become current under the operator's hand.
        const QString current = currentAppId() + m_appsView->currentGroupId(); // one of them is empty
        if (current == groupId || current.startsWith(groupId + u'/'))
            m_appsView->clearSelection();
    });
    m_podActions->attach(m_podPage);
    connect(m_podPage, &PodPage::openLogsRequested, m_page,
            &AppPage::openLogsRequested); // one way to the sandbox
    connect(m_podActions, &PodActions::finished, this, &MarathonPanel::actionFinished);
    connect(m_podActions, &PodActions::podSaved, this,
            [this](const QString& id, const QString& deploymentId) {
                m_notice->hide(); // the window's notifications follow the deployment
                if (!deploymentId.isEmpty())
                    m_createdBy.insert(deploymentId, id);
                if (m_recentlyDeployed.contains(deploymentId))
                    selectWhenDeployed(deploymentId);
            });
    connect(m_podActions, &PodActions::podDestroyed, this, [this](const QString& id) {
        if (currentAppId() == id)
            m_appsView->clearSelection();
        emit appDestroyed(id);
    });
    connect(m_page, &AppPage::killRequested, this, &MarathonPanel::killTasks);
    connect(m_page, &AppPage::applyVersionRequested, this, &MarathonPanel::applyVersion);
    connect(m_page, &AppPage::resetDelayRequested, this, &MarathonPanel::resetDelay);
    connect(m_page, &AppPage::loaded, this, &MarathonPanel::updateActions);
    connect(m_deploymentsView, &DeploymentsView::rollbackRequested, this, &MarathonPanel::rollbackDeployment);
    connect(m_deploymentsView, &DeploymentsView::forceStopRequested, this, &MarathonPanel::forceStopDeployment);
    updateLive();
    setReadOnly(Settings::MarathonReadOnly.get());
}

void MarathonPanel::setLeaderDetector(MarathonLeaderDetector* detector) {
    m_leaderPage->setSources(m_source->client(), detector);
}

void MarathonPanel::setDirectory(MarathonDirectory* directory) {
    m_directory = directory;
    connect(directory, &MarathonDirectory::entriesChanged, this, &MarathonPanel::updatePicker);
    connect(m_source, &MarathonSource::urlChanged, this, &MarathonPanel::updatePicker);
    connect(m_picker, &QComboBox::activated, this, [this](int index) {
        if (m_directory)
            m_directory->pick(m_picker->itemData(index).toString());
    });
    updatePicker();
}

void MarathonPanel::setClusterStore(ClusterStore* store) {
    if (m_clusterStore)
        disconnect(m_clusterStore, nullptr, this, nullptr);
    m_clusterStore = store;
    if (store)
        connect(store, &ClusterStore::agentsChanged, this, [this] {
            if (m_editor)
                m_editor->setAgentLimits(AppEditorDialog::limitsOf(m_clusterStore));
        });
}

void MarathonPanel::openEditor(AppEditorDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAgentLimits(AppEditorDialog::limitsOf(m_clusterStore));
    m_editor = dialog;
    dialog->open();
}

void MarathonPanel::updatePicker() {
    if (!m_directory)
        return;
    const QSignalBlocker block(m_picker);
    m_picker->clear();
    const auto& entries = m_directory->entries();
    m_picker->addItem(tr("Automatic"), QString());
    for (const MarathonDirectory::Entry& e : entries) {
        m_picker->addItem(MarathonDirectory::label(e), e.frameworkId);
        if (e.url == m_source->marathonUrl())
            m_picker->setItemData(m_picker->count() - 1, tr("Showing this Marathon"), Qt::ToolTipRole);
    }
    m_picker->setCurrentIndex(std::max(0, m_picker->findData(m_directory->pickedFrameworkId())));
    m_pickerAction->setVisible(entries.size() > 1); // one Marathon needs no choice
    updateLive();
}

void MarathonPanel::updateLive() {
    // The framework id tells several Marathons apart; with one, the name is enough (and the bar
    // keeps its room at 1024 pixels in every language). The whole of it is in the tooltip.
    const bool several = m_directory && m_directory->entries().size() > 1;
    const QString where =
        several || m_source->info().name.isEmpty() ? m_source->displayName() : m_source->info().name;
    m_liveLabel->setText(m_source->marathonUrl().isEmpty() ? tr("Marathon not found yet")
                         : m_source->isLive()              ? tr("● live — %1").arg(where)
                                                           : tr("○ polling — %1").arg(where));
    m_liveLabel->setToolTip(m_source->displayName());
}

AppEditorDialog* MarathonPanel::editor() const { return m_editor; }
ScaleDialog* MarathonPanel::scaleDialog() const { return m_scaleDialog; }
GroupScaleDialog* MarathonPanel::groupScaleDialog() const {
    return m_groupActions->scaleDialog();
}

QList<QAction*> MarathonPanel::actions() const {
    return QList<QAction*>{m_newApp,  m_newPod,  m_edit,    m_scale,
                           m_restart, m_suspend, m_destroy, m_resetDelay} +
           m_groupActions->actions();
}

QString MarathonPanel::currentAppId() const { return m_appsView->currentAppId(); }

void MarathonPanel::showCurrent(const QString& id) {
    const MarathonPod* pod = m_apps->pod(id);
    m_pages->setCurrentWidget(pod ? static_cast<QWidget*>(m_podPage) : m_page);
    m_podPage->setPod(pod ? id : QString(), pod);
    m_page->setAppId(pod ? QString() : id);
    m_page->setQueueEntry(pod ? nullptr : m_apps->queueEntry(id));
}

void MarathonPanel::setReadOnly(bool readOnly, const QString& reason) {
    m_readOnly = readOnly;
    // The switch lives in the main window's File menu (MainWindow::buildMenus).
    const QString why =
        !reason.isEmpty()
            ? reason
            : tr("Marathon actions are read-only: nothing can be changed from here. To change apps, "
                 "turn off File → Read-only Marathon actions.");
    m_readOnlyLabel->setText(why);
    m_readOnlyLabel->setVisible(readOnly);
    m_page->setActionsEnabled(!readOnly, why);
    m_podPage->setActionsEnabled(!readOnly, why);
    m_deploymentsView->setActionsEnabled(!readOnly, why);
    m_leaderPage->setReadOnly(readOnly, why);
    updateActions();
}

void MarathonPanel::updateActions() {
    const QString id = currentAppId();
    const MarathonApp* app = id.isEmpty() ? nullptr : m_apps->app(id);
    const MarathonPod* pod = id.isEmpty() ? nullptr : m_apps->pod(id);
    const bool group = app == nullptr && !m_appsView->currentGroupId().isEmpty();
    const bool suspended = app && app->instances == 0;
    const MarathonQueueEntry* queue = m_apps->queueEntry(id);
    // Each action with why it cannot be done now (empty: it can).
    const QString noApp = tr("Select an app first.");
    const QString podWhy = tr("Marathon has no such action for pods.");
    const QList<std::pair<QAction*, QString>> why{
        {m_newApp, QString()},
        {m_newPod, m_source->podSupport() == MarathonSource::PodSupport::Unsupported
                       ? m_source->podsUnavailableReason()
                       : QString()},
        {m_edit, app || pod ? QString() : noApp},
        {m_scale, app || group || pod ? QString() : tr("Select an app or a group first.")},
        {m_restart, pod         ? podWhy
                    : !app      ? noApp
                    : suspended ? tr("%1 is suspended (0 instances): there is nothing to restart.").arg(id)
                                : QString()},
        {m_suspend, pod         ? tr("Scale %1 to 0 instances to suspend it.").arg(id)
                    : !app      ? noApp
                    : suspended ? tr("%1 is already suspended (0 instances).").arg(id)
                                : QString()},
        {m_destroy, app || pod ? QString() : noApp},
        {m_resetDelay, !app && !pod ? noApp
                       : queue && queue->delayed()
                           ? QString()
                           : tr("%1 is not delayed: there is no launch delay to reset.").arg(id)},
    };
    for (const auto& [action, reason] : why) {
        action->setEnabled(!m_readOnly && reason.isEmpty());
        action->setToolTip(m_readOnly ? m_readOnlyLabel->text() : reason.isEmpty() ? action->text() : reason);
    }
    m_groupActions->setCurrent(m_appsView->currentGroupId(), m_readOnly, m_readOnlyLabel->text());
}

void MarathonPanel::onAppsChanged() {
    QSet<QString> deployingPods;
    for (const MarathonDeployment& d : m_source->deployments())
        for (const QString& podId : d.affectedPods)
            deployingPods.insert(podId);
    m_apps->update(m_source->apps(), m_source->queue(), m_source->pods(), deployingPods);
    m_groupActions->noteListed(); // the groups' dependencies, fetched when what is listed changed
    if (!m_selectWhenListed.isEmpty() && m_appsView->selectApp(m_selectWhenListed))
        m_selectWhenListed.clear();
    const QString id = currentAppId();
    if (const MarathonPod* pod = m_apps->pod(id)) {
        if (m_pages->currentWidget() != m_podPage)
            showCurrent(id);
        m_podPage->setPod(id, pod);
    } else {
        if (m_pages->currentWidget() != m_page && !id.isEmpty())
            showCurrent(id);
        m_page->setQueueEntry(m_apps->queueEntry(id));
        if (!id.isEmpty())
            m_page->reload();
    }
    updateActions();
}

void MarathonPanel::selectWhenDeployed(const QString& deploymentId) {
    const QString appId = m_createdBy.take(deploymentId);
    if (appId.isEmpty())
        return;
    m_tabs->setCurrentIndex(0); // Applications
    if (!m_appsView->selectApp(appId))
        m_selectWhenListed = appId; // the list has not caught up yet
}

void MarathonPanel::runChange(const QString& what, Call call, bool offerForce) {
    m_runner->run(what, std::move(call), offerForce);
}

void MarathonPanel::newApp() {
    if (m_readOnly)
        return;
    auto* dialog = AppEditorDialog::createNew(m_source->client(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const MarathonResult r = dialog->result();
        const QString id = dialog->definition().value(QLatin1String("id")).toString();
        // The window's notifications follow the deployment; the app is selected when it is over.
        m_notice->hide();
        if (!r.deploymentId.isEmpty())
            m_createdBy.insert(r.deploymentId, id);
        if (m_recentlyDeployed.contains(r.deploymentId))
            selectWhenDeployed(r.deploymentId);
        m_source->refresh();
        emit actionFinished(r);
    });
    openEditor(dialog);
}

void MarathonPanel::newPod() {
    if (!m_readOnly)
        m_podActions->create();
}

void MarathonPanel::editApp() {
    const QString id = currentAppId();
    if (m_readOnly || id.isEmpty())
        return;
    if (const MarathonPod* pod = m_apps->pod(id))
        return m_podActions->edit(*pod);
    m_source->client()->getApp(id, this, [this, id](const ApiError& error, const MarathonApp& app) {
        if (error.isError()) {
            m_notice->showNotice(NoticeBar::Level::Error, tr("Cannot edit %1: %2").arg(id, error.summary()));
            return;
        }
        auto* dialog =
            new AppEditorDialog(m_source->client(), AppEditorDialog::Mode::Edit, app.definition(), this);
        const QJsonObject draft = QJsonDocument::fromJson(Settings::MarathonEditDraft.get().toUtf8()).object();
        if (draft.value(QLatin1String("appId")).toString() == id) {
            const QString text = draft.value(QLatin1String("text")).toString();
            if (!text.isEmpty() && text != dialog->jsonText())
                dialog->jsonEdit()->setPlainText(text);
        }
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            m_notice->hide(); // the window's notifications follow the deployment
            m_source->refresh();
            emit actionFinished(dialog->result());
        });
        openEditor(dialog);
    });
}

void MarathonPanel::scaleApp() {
    if (currentAppId().isEmpty() && !m_appsView->currentGroupId().isEmpty())
        return scaleGroup();
    const QString id = currentAppId();
    const MarathonApp* app = m_apps->app(id);
    if (const MarathonPod* pod = m_apps->pod(id); pod && !m_readOnly)
        return m_podActions->scale(*pod);
    if (m_readOnly || !app)
        return;
    auto* dialog = new ScaleDialog(m_source->client(), id, app->instances, app->deploymentIds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_scaleDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_notice->hide(); // the window's notifications follow the deployment
        m_source->refresh();
        emit actionFinished(dialog->result());
    });
    dialog->open();
}

void MarathonPanel::scaleGroup() {
    if (!m_readOnly)
        m_groupActions->scale(m_appsView->currentGroupId());
}

void MarathonPanel::restartApp() {
    const QString id = currentAppId();
    if (m_readOnly || id.isEmpty()
        || !ConfirmDialog::ask(this, {tr("Restart %1").arg(id),
                                      tr("All tasks of %1 will be replaced following its upgrade strategy.").arg(id),
                                      tr("Restart"), {}, true}))
        return;
    runChange(tr("Restart of %1").arg(id), [this, id](bool force, MarathonClient::ResultCallback done) {
        m_source->client()->restartApp(id, force, this, std::move(done));
    });
}

void MarathonPanel::suspendApp() {
    const QString id = currentAppId();
    const MarathonApp* app = m_apps->app(id);
    if (m_readOnly || !app
        || !ConfirmDialog::ask(this, {tr("Suspend %1").arg(id),
                                      tr("%1 will be scaled to 0: all %2 of its tasks are stopped.").arg(id).arg(app->tasksRunning),
                                      tr("Suspend"), {}, true}))
        return;
    runChange(tr("Suspend of %1").arg(id), [this, id](bool force, MarathonClient::ResultCallback done) {
        m_source->client()->suspendApp(id, force, this, std::move(done));
    });
}

void MarathonPanel::destroyApp() {
    const QString id = currentAppId();
    if (m_apps->pod(id) && !m_readOnly)
        return m_podActions->destroy(id);
    if (m_readOnly || id.isEmpty()
        || !ConfirmDialog::ask(this, {tr("Destroy %1").arg(id),
                                      tr("%1 and all of its tasks will be removed. This cannot be undone.").arg(id),
                                      tr("Destroy"), id, true}))
        return;
    runChange(
        tr("Destroy of %1").arg(id),
        [this, id](bool, MarathonClient::ResultCallback done) {
            // force is the server's default here
            m_source->client()->destroyApp(id, this,
                                           [this, id, done = std::move(done)](const MarathonResult& result) {
                                               // The app's row goes on the next refresh; no other app may
                                               // take its place as the selection, with its actions live under
                                               // the operator's hand.
                                               if (result.ok() && currentAppId() == id)
                                                   m_appsView->clearSelection();
                                               if (result.ok())
                                                   emit appDestroyed(id);
                                               done(result);
                                           });
        },
        false);
}

void MarathonPanel::resetDelay() {
    const QString id = currentAppId();
    if (m_readOnly || id.isEmpty())
        return;
    runChange(tr("Reset delay of %1").arg(id), [this, id](bool, MarathonClient::ResultCallback done) {
        m_source->client()->resetDelay(id, this, std::move(done));
    }, false);
}

void MarathonPanel::killTasks(const QStringList& taskIds, MarathonClient::KillMode mode) {
    if (m_readOnly || taskIds.isEmpty())
        return;
    QString title, text, label;
    switch (mode) {
    case MarathonClient::KillMode::Kill:
        title = tr("Kill %n task(s)", nullptr, int(taskIds.size()));
        text = tr("Kill %1?\nMarathon starts replacements.").arg(taskIds.join(u", "));
        label = tr("Kill");
        break;
    case MarathonClient::KillMode::KillAndScale:
        title = tr("Kill and scale down");
        text = tr("Kill %1 and lower the instance count by %2? No replacements are started.")
                   .arg(taskIds.join(u", ")).arg(taskIds.size());
        label = tr("Kill & Scale");
        break;
    case MarathonClient::KillMode::KillAndWipe:
        title = tr("Kill and wipe");
        text = tr("Kill %1 and DESTROY their persistent volumes and reservations? The data is lost.").arg(taskIds.join(u", "));
        label = tr("Kill & Wipe");
        break;
    }
    if (!ConfirmDialog::ask(this, {title, text, label, {}, true}))
        return;
    runChange(title, [this, taskIds, mode](bool force, MarathonClient::ResultCallback done) {
        m_source->client()->killTasks(taskIds, mode, force, this, std::move(done));
    });
}

void MarathonPanel::rollbackDeployment(const QString& deploymentId) {
    if (m_readOnly || deploymentId.isEmpty()
        || !ConfirmDialog::ask(this, {tr("Roll back deployment"),
                                      tr("Deployment %1 will be reverted by a new deployment that restores the previous "
                                         "configuration.").arg(deploymentId),
                                      tr("Rollback"), {}, true}))
        return;
    runChange(tr("Rollback of %1").arg(deploymentId), [this, deploymentId](bool, MarathonClient::ResultCallback done) {
        m_source->client()->rollbackDeployment(deploymentId, this, std::move(done));
    }, false);
}

void MarathonPanel::forceStopDeployment(const QString& deploymentId) {
    if (m_readOnly || deploymentId.isEmpty()
        || !ConfirmDialog::ask(this, {tr("Force stop deployment"),
                                      tr("Deployment %1 will be cancelled WITHOUT rollback. This can leave a mix of old "
                                         "and new tasks running, and the app keeps the new configuration.").arg(deploymentId),
                                      tr("Force stop"), {}, true}))
        return;
    runChange(tr("Force stop of %1").arg(deploymentId), [this, deploymentId](bool, MarathonClient::ResultCallback done) {
        m_source->client()->forceStopDeployment(deploymentId, this, std::move(done));
    }, false);
}

void MarathonPanel::applyVersion(const QString& version) {
    const QString id = m_page->appId();
    if (m_readOnly || id.isEmpty() || version.isEmpty()
        || !ConfirmDialog::ask(this, {tr("Apply version"),
                                      tr("%1 will be deployed with its configuration of %2.").arg(id, version),
                                      tr("Apply"), {}, true}))
        return;
    runChange(tr("Apply version %1 to %2").arg(version, id), [this, id, version](bool force, MarathonClient::ResultCallback done) {
        m_source->client()->applyVersion(id, version, force, this, std::move(done));
    });
}
