#include "PodPage.h"

#include "Icons.h"
#include "PlainWidgets.h"
#include "PodInstancesModel.h"
#include "PodTerminationsModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QPlainTextEdit* textView(QWidget* parent, const QString& name, bool mono) {
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    if (mono)
        view->setFont(QFont(QStringLiteral("monospace")));
    return view;
}
} // namespace

PodPage::PodPage(MarathonClient* client, QWidget* parent) : QWidget(parent), m_client(client) {
    setObjectName(QStringLiteral("podPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = PlainWidgets::textLabel(this, QStringLiteral("podHeader"));
    m_header->setStyleSheet(QStringLiteral("font-size: 14px; font-weight: bold; padding: 4px;"));
    layout->addWidget(m_header);
    m_message = PlainWidgets::textLabel(this, QStringLiteral("podMessage"));
    m_message->hide();
    layout->addWidget(m_message);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("podTabs"));
    layout->addWidget(m_tabs, 1);

    m_instances = new PodInstancesModel(this);
    m_terminations = new PodTerminationsModel(this);
    m_tabs->addTab(buildInstancesTab(), tr("Instances"));

    auto* specPage = new QSplitter(Qt::Vertical, m_tabs);
    m_containers = textView(specPage, QStringLiteral("podContainers"), false);
    m_spec = textView(specPage, QStringLiteral("podSpecJson"), true);
    m_tabs->addTab(specPage, tr("Containers"));

    m_tabs->addTab(PlainWidgets::table(m_tabs, QStringLiteral("podTerminations"), m_terminations),
                   tr("Terminations"));

    auto* versionsPage = new QSplitter(Qt::Horizontal, m_tabs);
    m_versions = new QListWidget(versionsPage);
    m_versions->setObjectName(QStringLiteral("podVersions"));
    m_versionJson = textView(versionsPage, QStringLiteral("podVersionJson"), true);
    m_versionJson->setPlaceholderText(tr("Pick a version to see its definition."));
    versionsPage->setStretchFactor(1, 3);
    m_tabs->addTab(versionsPage, tr("Versions"));
    connect(m_versions, &QListWidget::currentTextChanged, this, &PodPage::showVersion);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, versionsPage](int) {
        if (m_tabs->currentWidget() == versionsPage && m_versions->count() == 0)
            loadVersions();
    });
    setPod({}, nullptr);
}

QWidget* PodPage::buildInstancesTab() {
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    auto* buttons = new QHBoxLayout;
    m_scale = new QPushButton(tr("Scale…"), page);
    m_scale->setObjectName(QStringLiteral("podScale"));
    m_kill = new QPushButton(tr("Kill"), page);
    m_kill->setObjectName(QStringLiteral("podKill"));
    m_kill->setIcon(Icons::action(Icons::Action::Kill));
    m_edit = new QPushButton(tr("Edit…"), page);
    m_edit->setObjectName(QStringLiteral("podEdit"));
    m_destroy = new QPushButton(tr("Destroy…"), page);
    m_destroy->setObjectName(QStringLiteral("podDestroy"));
    for (QPushButton* b : {m_scale, m_kill, m_edit, m_destroy})
        buttons->addWidget(b);

    m_openStdout = new QAction(tr("Open stdout"), this);
    m_openStdout->setObjectName(QStringLiteral("podOpenStdoutAction"));
    m_openStderr = new QAction(tr("Open stderr"), this);
    m_openStderr->setObjectName(QStringLiteral("podOpenStderrAction"));
    m_browseSandbox = new QAction(tr("Browse sandbox"), this);
    m_browseSandbox->setObjectName(QStringLiteral("podBrowseSandboxAction"));
    connect(m_openStdout, &QAction::triggered, this, [this] { requestLogs(QStringLiteral("stdout")); });
    connect(m_openStderr, &QAction::triggered, this, [this] { requestLogs(QStringLiteral("stderr")); });
    connect(m_browseSandbox, &QAction::triggered, this, [this] { requestLogs(QString()); });
    auto* menu = new QMenu(page);
    menu->addActions({m_openStdout, m_openStderr, m_browseSandbox});
    m_logs = new QToolButton(page);
    m_logs->setObjectName(QStringLiteral("podLogsButton"));
    m_logs->setText(tr("Logs"));
    m_logs->setToolTip(tr("Follow the selected container's stdout; the arrow offers stderr and its sandbox"));
    m_logs->setMenu(menu);
    m_logs->setPopupMode(QToolButton::MenuButtonPopup);
    connect(m_logs, &QToolButton::clicked, m_openStdout, &QAction::trigger);
    buttons->addWidget(m_logs);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_instancesView = PlainWidgets::table(page, QStringLiteral("podInstancesView"), m_instances);
    m_instancesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_instancesView->setColumnWidth(PodInstancesModel::InstanceColumn, 240);
    m_instancesView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_instancesView, &QWidget::customContextMenuRequested, this,
            [this, menu](const QPoint& pos) { menu->exec(m_instancesView->viewport()->mapToGlobal(pos)); });
    layout->addWidget(m_instancesView, 1);
    connect(m_instancesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PodPage::updateButtons);
    connect(m_scale, &QPushButton::clicked, this, &PodPage::scaleRequested);
    connect(m_edit, &QPushButton::clicked, this, &PodPage::editRequested);
    connect(m_destroy, &QPushButton::clicked, this, &PodPage::destroyRequested);
    connect(m_kill, &QPushButton::clicked, this, [this] { emit killRequested(selectedInstanceIds()); });
    return page;
}

QString PodPage::headerText() const {
    return m_header->text();
}

void PodPage::setPod(const QString& podId, const MarathonPod* pod) {
    if (podId != m_podId) {
        m_podId = podId;
        m_versions->clear();
        m_versionJson->clear();
    }
    m_known = pod != nullptr;
    m_pod = pod ? *pod : MarathonPod{};
    showPod();
}

void PodPage::showPod() {
    if (!m_known) {
        m_header->setText(m_podId.isEmpty() ? tr("Select a pod.")
                                            : tr("%1 — no longer listed by Marathon").arg(m_podId));
        m_message->hide();
        m_instances->setInstances({});
        m_terminations->setTerminations({});
        m_containers->clear();
        m_spec->clear();
        updateButtons();
        return;
    }
    const MarathonPod& p = m_pod;
    m_header->setText(tr("%1 — pod, %2; %3 of %n instance(s) stable", nullptr, p.desiredInstances())
                          .arg(p.id, p.status.isEmpty() ? tr("status not reported") : p.status)
                          .arg(p.stableInstances()));
    m_message->setText(p.message);
    m_message->setVisible(!p.message.isEmpty());
    m_instances->setInstances(p.instanceStatus);
    m_terminations->setTerminations(p.terminationHistory);

    QStringList lines;
    for (const MarathonPod::ContainerSpec& c : p.containers) {
        lines << tr("Container %1").arg(c.name);
        lines << tr("  Resources: %1").arg(PodInstancesModel::resourcesText(c.resources));
        if (!c.image.isEmpty())
            lines << tr("  Image: %1").arg(c.image);
        if (!c.command.isEmpty())
            lines << tr("  Command: %1").arg(c.command);
        for (const MarathonPod::Endpoint& e : c.endpoints) {
            QString ports;
            if (e.containerPort)
                ports += tr(" container port %1").arg(*e.containerPort);
            if (e.hostPort)
                ports += *e.hostPort == 0 ? tr(", any host port") : tr(", host port %1").arg(*e.hostPort);
            lines << tr("  Endpoint %1:%2 %3").arg(e.name, ports, e.protocols.join(u'/'));
        }
        for (const MarathonPod::VolumeMount& m : c.volumeMounts)
            lines << (m.readOnly ? tr("  Volume %1 at %2 (read-only)") : tr("  Volume %1 at %2"))
                         .arg(m.name, m.mountPath);
    }
    for (const MarathonPod::Volume& v : p.volumes) {
        if (v.persistent)
            lines << tr("Volume %1: persistent").arg(v.name);
        else if (v.host.isEmpty())
            lines << tr("Volume %1: ephemeral").arg(v.name);
        else
            lines << tr("Volume %1: host path %2").arg(v.name, v.host);
    }
    if (!p.networks.isEmpty())
        lines << tr("Networks: %1").arg(p.networks.join(QStringLiteral(", ")));
    if (!p.version.isEmpty())
        lines << tr("Version: %1").arg(p.version);
    m_containers->setPlainText(lines.join(u'\n'));
    const QByteArray pretty = QJsonDocument::fromJson(p.specJson).toJson(QJsonDocument::Indented);
    if (m_spec->toPlainText().toUtf8() != pretty)
        m_spec->setPlainText(QString::fromUtf8(pretty));
    updateButtons();
}

void PodPage::setActionsEnabled(bool enabled, const QString& why) {
    m_actionsEnabled = enabled;
    m_readOnlyReason = why;
    updateButtons();
}

void PodPage::updateButtons() {
    const bool can = m_actionsEnabled && m_known;
    const bool selected = !selectedInstanceIds().isEmpty();
    m_scale->setEnabled(can);
    m_edit->setEnabled(can);
    m_destroy->setEnabled(can);
    m_kill->setEnabled(can && selected);
    for (QPushButton* b : {m_scale, m_edit, m_destroy, m_kill})
        b->setToolTip(!m_actionsEnabled          ? m_readOnlyReason
                      : !m_known                 ? tr("Select a pod first.")
                      : b == m_kill && !selected ? tr("Select one or more instances first.")
                                                 : QString());
    // Reading logs changes nothing, so read-only mode leaves these on.
    bool launched = false;
    for (const QModelIndex& index : m_instancesView->selectionModel()->selectedRows())
        launched = launched || !index.data(PodInstancesModel::ContainerIdRole).toString().isEmpty();
    for (QAction* action : {m_openStdout, m_openStderr, m_browseSandbox})
        action->setEnabled(launched);
    m_logs->setEnabled(launched);
}

QStringList PodPage::selectedInstanceIds() const {
    QStringList ids;
    for (const QModelIndex& index : m_instancesView->selectionModel()->selectedRows()) {
        const QString id = index.data(PodInstancesModel::InstanceIdRole).toString();
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

void PodPage::requestLogs(const QString& fileName) {
    const QModelIndexList rows = m_instancesView->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        const QString containerId = index.data(PodInstancesModel::ContainerIdRole).toString();
        if (containerId.isEmpty())
            continue;
        const MarathonPod::Instance& row = m_instances->itemAt(index.row());
        MarathonTask task;
        task.id = containerId;
        task.appId = m_podId;
        task.host = row.agentHostname;
        task.slaveId = row.agentId;
        task.state = row.containers.isEmpty() ? QString() : row.containers.first().status;
        emit openLogsRequested(task, fileName);
        return;
    }
}

void PodPage::loadVersions() {
    const QString podId = m_podId;
    if (podId.isEmpty())
        return;
    m_client->listPodVersions(podId, this, [this, podId](const ApiError& error, const QStringList& versions) {
        if (podId != m_podId)
            return;
        if (error.isError()) {
            m_versionJson->setPlainText(tr("Could not load versions: %1").arg(error.summary()));
            return;
        }
        m_versions->clear();
        m_versions->addItems(versions);
    });
}

void PodPage::showVersion(const QString& version) {
    if (version.isEmpty())
        return;
    const QString podId = m_podId;
    m_client->getPodVersion(
        podId, version, this, [this, podId, version](const ApiError& error, const MarathonPod& old) {
            if (podId != m_podId || !m_versions->currentItem() ||
                m_versions->currentItem()->text() != version)
                return;
            m_versionJson->setPlainText(
                error.isError() ? tr("Could not load version %1: %2").arg(version, error.summary())
                                : QString::fromUtf8(
                                      QJsonDocument::fromJson(old.specJson).toJson(QJsonDocument::Indented)));
        });
}
