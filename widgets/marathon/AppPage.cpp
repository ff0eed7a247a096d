#include "AppPage.h"

#include "AppTasksModel.h"
#include "ChecksView.h"
#include "Icons.h"
#include "JsonLineDiff.h"
#include "ThemeStyle.h"
#include "WaitingView.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QLabel* plainLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}
} // namespace

AppPage::AppPage(MarathonClient* client, QWidget* parent) : QWidget(parent), m_client(client) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = plainLabel(this, QStringLiteral("appHeader"));
    m_header->setStyleSheet(QStringLiteral("font-size: 14px; font-weight: bold; padding: 4px;"));
    layout->addWidget(m_header);
    m_error = plainLabel(this, QStringLiteral("appError"));
    ThemeStyle::setTextColor(m_error, ThemeColors::Role::StateError);
    m_error->hide();
    layout->addWidget(m_error);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    auto* tasksPage = new QWidget(m_tabs);
    tasksPage->setObjectName(QStringLiteral("appTasksPage")); // names the screenshots, whatever the language
    auto* tasksLayout = new QVBoxLayout(tasksPage);
    auto* taskButtons = new QHBoxLayout;
    m_kill = new QPushButton(tr("Kill"), tasksPage);
    m_kill->setObjectName(QStringLiteral("killTasks"));
    m_kill->setIcon(Icons::action(Icons::Action::Kill));
    m_killScale = new QPushButton(tr("Kill && Scale"), tasksPage);
    m_killScale->setObjectName(QStringLiteral("killScaleTasks"));
    m_killWipe = new QPushButton(tr("Kill && Wipe"), tasksPage);
    m_killWipe->setObjectName(QStringLiteral("killWipeTasks"));
    m_killWipe->setToolTip(tr("Only for apps with persistent volumes: also destroys the volumes and reservations."));
    for (QPushButton* b : {m_kill, m_killScale, m_killWipe})
        taskButtons->addWidget(b);
    buildLogActions(tasksPage);
    taskButtons->addWidget(m_logs);
    taskButtons->addStretch(1);
    tasksLayout->addLayout(taskButtons);
    m_tasks = new AppTasksModel(this);
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_tasks);
    m_tasksView = new QTableView(tasksPage);
    m_tasksView->setObjectName(QStringLiteral("tasksView"));
    m_tasksView->setModel(sorted);
    m_tasksView->setSortingEnabled(true);
    m_tasksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tasksView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tasksView->verticalHeader()->hide();
    m_tasksView->horizontalHeader()->setStretchLastSection(true);
    m_tasksView->setColumnWidth(AppTasksModel::IdColumn, 260);
    m_tasksView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tasksView, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addActions(m_logs->menu()->actions());
        menu.exec(m_tasksView->viewport()->mapToGlobal(pos));
    });
    tasksLayout->addWidget(m_tasksView, 1);
    m_tabs->addTab(tasksPage, tr("Tasks"));
    connect(m_kill, &QPushButton::clicked, this, [this] { emit killRequested(selectedTaskIds(), MarathonClient::KillMode::Kill); });
    connect(m_killScale, &QPushButton::clicked, this,
            [this] { emit killRequested(selectedTaskIds(), MarathonClient::KillMode::KillAndScale); });
    connect(m_killWipe, &QPushButton::clicked, this,
            [this] { emit killRequested(selectedTaskIds(), MarathonClient::KillMode::KillAndWipe); });
    connect(m_tasksView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AppPage::updateButtons);

    auto* configPage = new QSplitter(Qt::Vertical, m_tabs);
    configPage->setObjectName(
        QStringLiteral("appConfigPage")); // names the screenshots, whatever the language
    m_config = new QPlainTextEdit(configPage);
    m_config->setObjectName(QStringLiteral("appConfig"));
    m_config->setReadOnly(true);
    m_raw = new QPlainTextEdit(configPage);
    m_raw->setObjectName(QStringLiteral("appRawJson"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFont(QStringLiteral("monospace")));
    m_tabs->addTab(configPage, tr("Configuration"));

    auto* versionsPage = new QWidget(m_tabs);
    versionsPage->setObjectName(
        QStringLiteral("appVersionsPage")); // names the screenshots, whatever the language
    auto* versionsLayout = new QHBoxLayout(versionsPage);
    auto* left = new QVBoxLayout;
    m_versions = new QListWidget(versionsPage);
    m_versions->setObjectName(QStringLiteral("versionsList"));
    left->addWidget(m_versions, 1);
    m_applyVersion = new QPushButton(tr("Apply this version"), versionsPage);
    m_applyVersion->setObjectName(QStringLiteral("applyVersion"));
    m_applyVersion->setEnabled(false);
    left->addWidget(m_applyVersion);
    versionsLayout->addLayout(left, 1);
    m_diff = new QPlainTextEdit(versionsPage);
    m_diff->setObjectName(QStringLiteral("versionDiff"));
    m_diff->setReadOnly(true);
    m_diff->setFont(QFont(QStringLiteral("monospace")));
    m_diff->setPlaceholderText(tr("Pick a version to see what differs from the current configuration."));
    versionsLayout->addWidget(m_diff, 3);
    m_tabs->addTab(versionsPage, tr("Versions"));
    m_checks = new ChecksView(m_tabs);
    m_checks->setObjectName(QStringLiteral("checksView"));
    m_tabs->addTab(m_checks, tr("Health"));
    connect(m_versions, &QListWidget::currentTextChanged, this, &AppPage::showVersion);
    connect(m_applyVersion, &QPushButton::clicked, this, [this] {
        if (m_versions->currentItem())
            emit applyVersionRequested(m_versions->currentItem()->text());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, versionsPage](int) {
        if (m_tabs->currentWidget() == versionsPage && m_versions->count() == 0)
            loadVersions();
    });

    auto* debugPage = new QWidget(m_tabs);
    auto* debugLayout = new QVBoxLayout(debugPage);
    auto* failureTitle = new QLabel(tr("Last task failure"), debugPage);
    failureTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    debugLayout->addWidget(failureTitle);
    m_failure = plainLabel(debugPage, QStringLiteral("lastFailure"));
    debugLayout->addWidget(m_failure);
    auto* queueTitle = new QLabel(tr("Launch queue"), debugPage);
    queueTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    debugLayout->addWidget(queueTitle);
    m_waiting = new WaitingView(client, debugPage);
    m_waiting->setObjectName(QStringLiteral("waitingView"));
    debugLayout->addWidget(m_waiting);
    m_resetDelay = m_waiting->resetDelayButton();
    debugLayout->addStretch(1);
    // Failure, queue status and both tables need more than a small window's height: they scroll.
    auto* debugScroll = new QScrollArea(m_tabs);
    debugScroll->setObjectName(QStringLiteral("debugScroll"));
    debugScroll->setWidgetResizable(true);
    debugScroll->setFrameShape(QFrame::NoFrame);
    debugScroll->setWidget(debugPage);
    m_tabs->addTab(debugScroll, tr("Debug"));
    connect(m_waiting, &WaitingView::resetDelayRequested, this, &AppPage::resetDelayRequested);

    setQueueEntry(nullptr);
    updateButtons();
}

void AppPage::buildLogActions(QWidget* tasksPage) {
    m_openStdout = new QAction(tr("Open stdout"), this);
    m_openStdout->setObjectName(QStringLiteral("openStdoutAction"));
    m_openStdout->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_openStderr = new QAction(tr("Open stderr"), this);
    m_openStderr->setObjectName(QStringLiteral("openStderrAction"));
    m_openStderr->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_browseSandbox = new QAction(tr("Browse sandbox"), this);
    m_browseSandbox->setObjectName(QStringLiteral("browseSandboxAction"));
    m_followAll = new QAction(tr("Follow all instances"), this);
    m_followAll->setObjectName(QStringLiteral("followAllAction"));
    m_followAll->setToolTip(tr("One view following the stdout of every task of this app, each line marked by its task"));
    connect(m_openStdout, &QAction::triggered, this, [this] { requestLogs(QStringLiteral("stdout")); });
    connect(m_openStderr, &QAction::triggered, this, [this] { requestLogs(QStringLiteral("stderr")); });
    connect(m_browseSandbox, &QAction::triggered, this, [this] { requestLogs(QString()); });
    connect(m_followAll, &QAction::triggered, this, [this] {
        if (!m_tasks->items().isEmpty())
            emit followAllRequested(m_appId, m_tasks->items(), QStringLiteral("stdout"));
    });
    auto* menu = new QMenu(tasksPage);
    for (QAction* action : {m_openStdout, m_openStderr, m_browseSandbox, m_followAll}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        menu->addAction(action);
    }
    m_logs = new QToolButton(tasksPage);
    m_logs->setObjectName(QStringLiteral("logsButton"));
    m_logs->setText(tr("Logs"));
    m_logs->setToolTip(tr("Follow the selected task's stdout; the arrow offers stderr, its sandbox and all instances"));
    m_logs->setMenu(menu);
    m_logs->setPopupMode(QToolButton::MenuButtonPopup);
    connect(m_logs, &QToolButton::clicked, m_openStdout, &QAction::trigger);
}

void AppPage::requestLogs(const QString& fileName) {
    const QStringList ids = selectedTaskIds();
    const int row = ids.isEmpty() ? -1 : m_tasks->rowOf(ids.first());
    if (row >= 0)
        emit openLogsRequested(m_tasks->itemAt(row), fileName);
}

QString AppPage::headerText() const { return m_header->text(); }

void AppPage::setActionsEnabled(bool enabled, const QString& why) {
    m_actionsEnabled = enabled;
    for (QPushButton* b : {m_kill, m_killScale, m_killWipe, m_resetDelay, m_applyVersion})
        b->setToolTip(enabled ? QString() : why);
    updateButtons();
}

void AppPage::updateButtons() {
    const bool any = !selectedTaskIds().isEmpty() && m_actionsEnabled;
    m_kill->setEnabled(any);
    m_killScale->setEnabled(any);
    m_killWipe->setEnabled(any && m_app.resident);
    m_killWipe->setVisible(m_app.resident);
    // Reading logs changes nothing, so read-only mode leaves these on.
    const bool one = !selectedTaskIds().isEmpty();
    for (QAction* action : {m_openStdout, m_openStderr, m_browseSandbox})
        action->setEnabled(one);
    m_followAll->setEnabled(!m_tasks->items().isEmpty());
    m_logs->setEnabled(one || !m_tasks->items().isEmpty());
    m_resetDelay->setEnabled(m_actionsEnabled && m_hasQueue && m_queue.delayed());
    m_applyVersion->setEnabled(m_actionsEnabled && m_versions->currentItem() && m_versions->currentRow() > 0);
}

QStringList AppPage::selectedTaskIds() const {
    QStringList ids;
    for (const QModelIndex& index : m_tasksView->selectionModel()->selectedRows())
        ids << index.data(AppTasksModel::TaskIdRole).toString();
    return ids;
}

void AppPage::setAppId(const QString& appId) {
    if (appId == m_appId)
        return;
    m_appId = appId;
    m_app = MarathonApp{};
    m_tasks->setTasks({});
    m_checks->setApp(m_app);
    m_versions->clear();
    m_diff->clear();
    m_config->clear();
    m_raw->clear();
    m_header->setText(appId.isEmpty() ? tr("Select an app.") : appId);
    reload();
}

void AppPage::reload() {
    if (m_appId.isEmpty())
        return;
    const quint64 request = ++m_request;
    m_client->getApp(m_appId, this, [this, request](const ApiError& error, const MarathonApp& app) {
        if (request != m_request)
            return;
        if (error.isError()) {
            m_error->setText(tr("Could not load %1: %2").arg(m_appId, error.summary()));
            m_error->show();
            return;
        }
        m_error->hide();
        showApp(app);
        emit loaded();
    });
}

void AppPage::showApp(const MarathonApp& app) {
    m_app = app;
    // Without health checks Marathon knows nothing about health: "0 healthy" would alarm for nothing.
    const QString health = app.hasHealthChecks ? tr("%1 healthy").arg(app.tasksHealthy) : tr("no health checks");
    m_header->setText(tr("%1 — %2 of %3 running, %4%5")
                          .arg(app.id).arg(app.tasksRunning).arg(app.instances).arg(health)
                          .arg(app.deploymentIds.isEmpty() ? QString() : tr(", deploying")));
    m_tasks->setTasks(app.tasks);
    m_checks->setApp(app);
    QStringList lines;
    auto line = [&](const QString& k, const QString& v) {
        if (!v.isEmpty())
            lines << k + QStringLiteral(": ") + v;
    };
    line(tr("Command"), app.cmd);
    line(tr("CPUs"), QString::number(app.cpus));
    line(tr("Memory"), tr("%1 MiB").arg(app.mem));
    line(tr("Disk"), tr("%1 MiB").arg(app.disk));
    line(tr("GPUs"), QString::number(app.gpus));
    line(tr("Instances"), QString::number(app.instances));
    QJsonObject definition = app.definition(); // built here, when shown
    line(tr("Container image"), definition.value(QLatin1String("container"))
                                    .toObject()
                                    .value(QLatin1String("docker"))
                                    .toObject()
                                    .value(QLatin1String("image"))
                                    .toString());
    line(tr("URIs"), app.uris.join(QStringLiteral(", ")));
    QStringList env, labels;
    for (auto it = app.env.begin(); it != app.env.end(); ++it)
        env << it.key() + u'=' + it.value();
    for (auto it = app.labels.begin(); it != app.labels.end(); ++it)
        labels << it.key() + u'=' + it.value();
    line(tr("Environment"), env.join(QStringLiteral(", ")));
    line(tr("Labels"), labels.join(QStringLiteral(", ")));
    line(tr("Health checks"),
         QString::number(definition.value(QLatin1String("healthChecks")).toArray().size()));
    line(tr("Version"), app.version);
    line(tr("Last scaling"), app.lastScalingAt);
    line(tr("Last configuration change"), app.lastConfigChangeAt);
    m_config->setPlainText(lines.join(u'\n'));
    definition.remove(QStringLiteral("tasks")); // shown on the Tasks tab
    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Indented)));
    const MarathonTaskFailure& f = app.lastTaskFailure;
    m_failure->setText(f.isNull() ? tr("This app does not have failed tasks.")
                                  : tr("Task %1\nState: %2\nMessage: %3\nHost: %4\nWhen: %5\nVersion: %6")
                                        .arg(f.taskId, f.state, f.message, f.host, f.timestamp, f.version));
    updateButtons();
}

void AppPage::setQueueEntry(const MarathonQueueEntry* entry) {
    m_hasQueue = entry != nullptr;
    m_queue = entry ? *entry : MarathonQueueEntry{};
    m_waiting->setEntry(m_appId, entry);
    updateButtons();
}

void AppPage::loadVersions() {
    const QString appId = m_appId;
    m_client->listVersions(appId, this, [this, appId](const ApiError& error, const QStringList& versions) {
        if (appId != m_appId)
            return;
        if (error.isError()) {
            m_diff->setPlainText(tr("Could not load versions: %1").arg(error.summary()));
            return;
        }
        m_versions->clear();
        m_versions->addItems(versions);
        updateButtons();
    });
}

void AppPage::showVersion(const QString& version) {
    updateButtons();
    if (version.isEmpty())
        return;
    const QString appId = m_appId;
    m_client->getVersion(appId, version, this, [this, appId, version](const ApiError& error, const MarathonApp& old) {
        if (appId != m_appId || !m_versions->currentItem() || m_versions->currentItem()->text() != version)
            return;
        if (error.isError()) {
            m_diff->setPlainText(tr("Could not load version %1: %2").arg(version, error.summary()));
            return;
        }
        QJsonObject current = m_app.definition();
        QJsonObject older = old.definition();
        for (const char* key : {"tasks", "tasksStaged", "tasksRunning", "tasksHealthy", "tasksUnhealthy", "deployments",
                                "lastTaskFailure", "tasksStats", "readinessCheckResults", "versionInfo", "version"}) {
            current.remove(QLatin1String(key));
            older.remove(QLatin1String(key));
        }
        const QString diff = JsonLineDiff::diff(current, older);
        m_diff->setPlainText(current == older ? tr("Same configuration as the current one.") : diff);
    });
}
