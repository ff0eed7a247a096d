#include "SandboxTab.h"

#include "LogViewerWidget.h"
#include "SandboxBrowser.h"
#include "core/Settings.h"
#include "sandbox/AgentState.h"
#include "sandbox/TaskEndWatcher.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
// Tab texts take '&' as a mnemonic marker: a file or task named "a&b" must read as such.
QString tabText(QString text) {
    return text.replace(u'&', QStringLiteral("&&"));
}
} // namespace

SandboxTab::SandboxTab(HttpTransport* transport, QWidget* parent)
    : QWidget(parent), m_transport(transport), m_locator(new SandboxLocator(transport, this)) {
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_agentEdit = new QComboBox(this);
    m_agentEdit->setObjectName(QStringLiteral("agentEdit"));
    m_agentEdit->setEditable(true);
    m_agentEdit->addItems(Settings::RecentAgents.get());
    m_agentEdit->setCurrentText(QString());
    m_agentEdit->lineEdit()->setPlaceholderText(tr("http://agent-host:5051"));
    form->addRow(tr("Agent URL"), m_agentEdit);
    auto* ids = new QHBoxLayout;
    m_frameworkEdit = new QLineEdit(this);
    m_frameworkEdit->setPlaceholderText(tr("framework id"));
    m_executorEdit = new QLineEdit(this);
    m_executorEdit->setPlaceholderText(tr("executor id (empty: command executor)"));
    m_taskEdit = new QLineEdit(this);
    m_taskEdit->setPlaceholderText(tr("task id (several, comma-separated: merged view)"));
    auto* locate = new QPushButton(tr("Locate sandbox"), this);
    locate->setObjectName(QStringLiteral("locateButton"));
    ids->addWidget(m_frameworkEdit);
    ids->addWidget(m_executorEdit);
    ids->addWidget(m_taskEdit);
    ids->addWidget(locate);
    form->addRow(tr("Task"), ids);
    auto* pathRow = new QHBoxLayout;
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setPlaceholderText(tr("or a directory on the agent, e.g. /frameworks/<fid>/executors/<eid>/runs/latest"));
    auto* browseButton = new QPushButton(tr("Browse"), this);
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("Path"), pathRow);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("sandboxMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(this);
    m_browser = new SandboxBrowser(transport, splitter);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("logTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    splitter->addWidget(m_browser);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(locate, &QPushButton::clicked, this, &SandboxTab::locateFromForm);
    connect(m_taskEdit, &QLineEdit::returnPressed, this, &SandboxTab::locateFromForm);
    connect(browseButton, &QPushButton::clicked, this, &SandboxTab::browseFromForm);
    connect(m_pathEdit, &QLineEdit::returnPressed, this, &SandboxTab::browseFromForm);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget* page = m_tabs->widget(index);
        m_tabs->removeTab(index);
        page->deleteLater();
    });
    connect(m_browser, &SandboxBrowser::openFileRequested, this,
            [this](const QUrl& agentUrl, const QString& path) { openFile(agentUrl, path); });
    connect(m_locator, &SandboxLocator::located, this, [this](const SandboxLocation& location) {
        showMessage(tr("Sandbox of %1 on %2: %3%4")
                        .arg(location.taskId.isEmpty() ? location.executorId : location.taskId,
                             location.agentUrl.authority(), location.directory,
                             location.completed ? tr(" (finished)") : QString()));
        m_browser->setSandbox(location.agentUrl, location.directory);
        if (!m_openAfterLocate.isEmpty()) {
            LogViewerWidget* viewer =
                openFile(location.agentUrl, location.directory + u'/' + m_openAfterLocate,
                         (location.taskId.isEmpty() ? location.executorId : location.taskId) + u' ' +
                             m_openAfterLocate);
            watchTask(viewer, 0,
                      {location.agentUrl, location.frameworkId, location.executorId,
                       location.taskId.isEmpty() ? location.executorId : location.taskId, QString()},
                      location.taskState);
        }
        emit sandboxLocated(location);
    });
    connect(m_locator, &SandboxLocator::failed, this, [this](const QString& message, bool) { showMessage(message); });
}

QString SandboxTab::message() const { return m_message->text(); }

void SandboxTab::showMessage(const QString& text) { m_message->setText(text); }

QUrl SandboxTab::agentUrlFromForm() {
    QString text = m_agentEdit->currentText().trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("http://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    if (url.port() < 0)
        url.setPort(5051);
    QStringList recent = Settings::RecentAgents.get();
    recent.removeAll(url.toString());
    recent.prepend(url.toString());
    Settings::RecentAgents.set(recent.mid(0, 10));
    return url;
}

void SandboxTab::locateFromForm() {
    const QUrl agent = agentUrlFromForm();
    if (!agent.isValid()) {
        showMessage(tr("Enter the agent's URL, e.g. http://10.0.1.109:5051."));
        return;
    }
    const QStringList tasks = m_taskEdit->text().split(u',', Qt::SkipEmptyParts);
    if (tasks.size() > 1) {
        QList<SandboxTaskRef> refs;
        for (const QString& task : tasks)
            refs.append({agent, m_frameworkEdit->text().trimmed(), QString(), task.trimmed(), QString()});
        openMergedLogs(tr("%n tasks", nullptr, int(refs.size())), refs);
        return;
    }
    if (m_executorEdit->text().trimmed().isEmpty() && m_taskEdit->text().trimmed().isEmpty()) {
        showMessage(tr("Enter an executor id or a task id."));
        return;
    }
    openTaskSandbox(agent, m_frameworkEdit->text().trimmed(), m_executorEdit->text().trimmed(),
                    m_taskEdit->text().trimmed());
}

void SandboxTab::browseFromForm() {
    const QUrl agent = agentUrlFromForm();
    if (!agent.isValid()) {
        showMessage(tr("Enter the agent's URL, e.g. http://10.0.1.109:5051."));
        return;
    }
    const QString path = m_pathEdit->text().trimmed();
    if (path.isEmpty()) {
        showMessage(tr("Enter a directory to browse."));
        return;
    }
    m_browser->setSandbox(agent, path);
}

void SandboxTab::openTaskSandbox(const QUrl& agentUrl, const QString& frameworkId, const QString& executorId,
                                 const QString& taskId, const QString& fileName) {
    m_openAfterLocate = fileName;
    // The form shows what was opened, so Locate/Browse can be reused from there.
    m_agentEdit->setCurrentText(agentUrl.toString());
    m_frameworkEdit->setText(frameworkId);
    m_executorEdit->setText(executorId);
    m_taskEdit->setText(taskId);
    showMessage(tr("Locating the sandbox on %1…").arg(agentUrl.authority()));
    m_locator->locate(agentUrl, frameworkId, executorId, taskId);
}

LogViewerWidget* SandboxTab::openFile(const QUrl& agentUrl, const QString& path, const QString& title) {
    auto* viewer = new LogViewerWidget(m_transport, m_tabs);
    const QString label = title.isEmpty() ? path.section(u'/', -2) : title;
    viewer->addFile(label, agentUrl, path);
    const int index = m_tabs->addTab(viewer, tabText(label));
    m_tabs->setTabToolTip(index, agentUrl.authority() + u' ' + path);
    m_tabs->setCurrentIndex(index);
    return viewer;
}

LogViewerWidget* SandboxTab::openMergedLogs(const QString& title, const QList<SandboxTaskRef>& tasks,
                                            const QString& fileName, const QString& appId) {
    auto* viewer = new LogViewerWidget(m_transport, m_tabs);
    const int index = m_tabs->addTab(viewer, tabText(title));
    m_tabs->setCurrentIndex(index);
    showMessage(tr("Locating %n sandbox(es)…", nullptr, int(tasks.size())));
    auto pending = std::make_shared<int>(int(tasks.size()));
    auto doneOne = [this, pending, viewer] {
        if (--*pending == 0 && viewer->fileCount() > 0)
            showMessage(tr("Opened one view over %n task(s).", nullptr,
                           viewer->fileCount())); // its status says the rest
    };
    // One locator per task; each file joins the merged view as soon as its sandbox is known.
    for (const SandboxTaskRef& task : tasks) {
        auto* locator = new SandboxLocator(m_transport, viewer);
        const QString label = task.label.isEmpty() ? task.taskId : task.label;
        connect(locator, &SandboxLocator::located, viewer,
                [this, viewer, locator, label, fileName, doneOne, task, appId](const SandboxLocation& l) {
                    const int source = viewer->addFile(label, l.agentUrl, l.directory + u'/' + fileName);
                    watchTask(viewer, source, {l.agentUrl, l.frameworkId, l.executorId, task.taskId, label},
                              l.taskState, appId);
                    locator->deleteLater();
                    doneOne();
                });
        connect(locator, &SandboxLocator::failed, viewer, [this, locator, label](const QString& message, bool) {
            showMessage(label + QStringLiteral(": ") + message); // stays: the operator must see which task is missing
            locator->deleteLater();
        });
        locator->locate(task.agentUrl, task.frameworkId, task.executorId, task.taskId);
    }
    return viewer;
}

void SandboxTab::noteAppDestroyed(const QString& appId) {
    if (!appId.isEmpty() && !m_destroyedApps.contains(appId))
        m_destroyedApps.append(appId);
}

void SandboxTab::watchTask(LogViewerWidget* viewer, int source, const SandboxTaskRef& task,
                           const QString& stateNow, const QString& appId) {
    auto why = [this, appId] {
        return m_destroyedApps.contains(appId) ? tr("its app %1 was destroyed").arg(appId) : QString();
    };
    if (AgentState::isTerminal(stateNow)) {
        viewer->setTaskEnded(source, stateNow, why());
        return;
    }
    auto* watcher = new TaskEndWatcher(m_transport, task, viewer);
    watcher->setInterval(m_taskCheckMs);
    connect(watcher, &TaskEndWatcher::ended, viewer, [viewer, source, watcher, why](const QString& state) {
        viewer->setTaskEnded(source, state, why());
        watcher->deleteLater();
    });
    watcher->start();
}
