#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppPage.h"
#include "AuthPromptController.h"
#include "CertificatePrompt.h"
#include "ClusterPage.h"
#include "ClusterPages.h"
#include "ClusterStatusPresenter.h"
#include "ConnectionDialog.h"
#include "Icons.h"
#include "LeaderHistoryModel.h"
#include "LeaderHistoryView.h"
#include "LeaderStatusBar.h"
#include "MaintenancePage.h"
#include "MarathonPanel.h"
#include "MesosClusterPages.h"
#include "MesosTablePage.h"
#include "NoticeBar.h"
#include "NotificationCenter.h"
#include "OnScreenWatcher.h"
#include "OverviewPanel.h"
#include "PaletteWiring.h"
#include "SandboxTab.h"
#include "ThemeMenu.h"
#include "auth/AuthBroker.h"
#include "connections/ProfileJson.h"
#include "connections/ProfilePinStore.h"
#include "connections/ProfileSecrets.h"
#include "connections/ProfileStore.h"
#include "core/ClusterSession.h"
#include "core/Settings.h"
#include "credentials/KeychainCredentialStore.h"
#include "marathon/MarathonDirectory.h"
#include "marathon/MarathonSource.h"
#include "mesos/MesosSource.h"
#include "net/HttpTransport.h"
#include "sandbox/SandboxTaskRefs.h"
#include "tls/SettingsPinStore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("MesosDesk"));
    m_history = new LeaderHistoryModel(500, this);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_notice = new NoticeBar(central);
    layout->addWidget(m_notice);
    m_notifications = new NotificationCenter(this); // the window's one stream of cluster events
    layout->addWidget(m_notifications->bar());

    auto* tabs = m_tabs = new QTabWidget(central);
    tabs->setObjectName(QStringLiteral("mainTabs"));
    auto* overview = new QWidget(tabs);
    auto* overviewLayout = new QVBoxLayout(overview);
    m_leaderCard = new QLabel(overview);
    m_leaderCard->setObjectName(QStringLiteral("leaderCard"));
    m_leaderCard->setTextFormat(Qt::PlainText);
    m_leaderCard->setStyleSheet(QStringLiteral("font-size: 15px; padding: 8px;"));
    overviewLayout->addWidget(m_leaderCard);
    overviewLayout->addWidget(new LeaderHistoryView(m_history, overview), 1);
    // The Overview grows with what the cluster has to say (lost agents, masters); in a short window
    // it scrolls rather than forcing the window taller than the screen.
    auto* overviewScroll = new QScrollArea(tabs);
    overviewScroll->setObjectName(QStringLiteral("overviewPage"));
    overviewScroll->setWidget(overview);
    overviewScroll->setWidgetResizable(true);
    overviewScroll->setFrameShape(QFrame::NoFrame);
    tabs->addTab(overviewScroll, tr("Overview"));
    m_cluster = new MesosClusterPages(tabs, this);
    overviewLayout->insertWidget(1, m_cluster->overview());
    layout->addWidget(m_cluster->staleBar());
    // Sandbox logs need only an agent URL, so the page works before any cluster is connected.
    m_sandboxTransport = new HttpTransport(this);
    m_certificates = new CertificatePrompt(std::make_shared<SettingsPinStore>(), this); // asks, pins
    m_certificates->setCaFile(Settings::TlsCaFile.get());
    m_certificates->setNotifications(m_notifications->model());
    m_certificates->watch(m_sandboxTransport);
    m_sandbox = new SandboxTab(m_sandboxTransport, tabs);
    m_sandbox->setObjectName(QStringLiteral("sandboxTab"));
    tabs->addTab(m_sandbox, tr("Sandbox"));
    m_pages = ClusterPages::create(tabs);
    for (ClusterPage* page : std::as_const(m_pages)) {
        tabs->addTab(page, page->title());
        page->setReadOnly(Settings::MarathonReadOnly.get());
    }
    connect(m_cluster, &MesosClusterPages::openLogsRequested, this, &MainWindow::openTaskLogs);
    // Agent pages read the agents as the sandbox does, and the drain states the Drain tab polls;
    // their drain actions are that tab's (confirmed there), with the agent selected.
    m_cluster->setAgentPageSources(m_sandboxTransport, nullptr);
    for (ClusterPage* page : std::as_const(m_pages))
        if (auto* drain = qobject_cast<MaintenancePage*>(page)) {
            m_cluster->setAgentPageSources(m_sandboxTransport, drain->model());
            connect(m_cluster, &MesosClusterPages::agentDrainRequested, this,
                    [this, drain](const QString& agentId) {
                        drain->selectAgent(agentId);
                        m_tabs->setCurrentWidget(drain);
                        raise();
                        activateWindow();
                    });
        }
    connect(m_cluster, &MesosClusterPages::logsUnavailable, this, [this](const QString& message) {
        m_sandbox->showMessage(message);
        m_tabs->setCurrentWidget(m_sandbox);
    });
    layout->addWidget(tabs, 1);
    setCentralWidget(central);

    m_status = new LeaderStatusBar(this);
    statusBar()->addPermanentWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_notifications->statusButton());
    addDockWidget(Qt::BottomDockWidgetArea, m_notifications->panel());
    m_presenter = new ClusterStatusPresenter(this, m_status, m_leaderCard, m_history, m_notice, this);
    m_auth = new AuthPromptController(this, new KeychainCredentialStore, this);
    connect(m_auth, &AuthPromptController::readOnlyCredentials, this,
            [this](Profile::Endpoint group, const QString& why) {
                if (group == Profile::Endpoint::Marathon && m_marathonPanel)
                    m_marathonPanel->setReadOnly(true, why);
            });
    buildMenus();

    // Minimised or hidden (after it was first shown): the session polls less.
    m_onScreen = new OnScreenWatcher(this);
    connect(m_onScreen, &OnScreenWatcher::onScreenChanged, this, [this](bool onScreen) {
        if (onScreen)
            m_wasShown = true;
        if (m_session)
            m_session->setBackground(inBackground());
    });

    if (!restoreGeometry(Settings::MainWindowGeometry.get()))
        resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectAction = file->addAction(tr("&Connect…"), this, &MainWindow::showConnectionDialog);
    connectAction->setShortcut(QKeySequence(tr("Ctrl+O")));
    connectAction->setIcon(Icons::action(Icons::Action::Connect));
    QAction* fleet = file->addAction(tr("&Fleet home"), this, &MainWindow::fleetRequested);
    fleet->setObjectName(QStringLiteral("fleetAction"));
    fleet->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    QAction* profiles = file->addAction(tr("&Profiles…"), this, &MainWindow::profilesRequested);
    profiles->setObjectName(QStringLiteral("profilesAction"));
    profiles->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_readOnly = file->addAction(tr("&Read-only Marathon actions"));
    m_readOnly->setObjectName(QStringLiteral("readOnlyAction"));
    m_readOnly->setCheckable(true);
    m_readOnly->setChecked(Settings::MarathonReadOnly.get());
    connect(m_readOnly, &QAction::toggled, this, [this](bool on) {
        // A profile's switch belongs to the profile; without one, to the quick connection.
        std::optional<Profile> profile = m_profiles ? m_profiles->byId(m_profileId) : std::nullopt;
        if (profile && profile->readOnly != on) {
            profile->readOnly = on;
            m_profiles->save(*profile);
        } else if (!profile) {
            Settings::MarathonReadOnly.set(on);
        }
        applyReadOnly(on);
    });
    file->addAction(m_auth->signInAgainAction());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(QKeySequence::Quit);
    if (quit->shortcuts().isEmpty()) // a desktop without its own key for it
        quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setIcon(Icons::action(Icons::Action::Quit));
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_notifications->panel()->toggleViewAction());
    view->addMenu(new ThemeMenu(view));
    m_notifications->panel()->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_keyboard = new PaletteWiring(this, view, help);
    QAction* about = help->addAction(tr("&About MesosDesk"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setIcon(Icons::action(Icons::Action::About));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showConnectionDialog() {
    ConnectionDialog dialog(this);
    dialog.setProfileStore(m_profiles);
    if (m_session)
        dialog.setText(m_session->target().toDisplayString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    ConnectionDialog::remember(dialog.target());
    connectTo(dialog.target());
}

void MainWindow::setProfileStore(ProfileStore* store) {
    m_profiles = store;
    // The profile's switch set elsewhere (the profiles dialog, another window) shows here too.
    connect(store, &ProfileStore::changed, this, [this] {
        if (const auto profile = m_profiles->byId(m_profileId);
            profile && profile->readOnly != m_readOnly->isChecked())
            m_readOnly->setChecked(profile->readOnly);
    });
}

void MainWindow::applyReadOnly(bool on) {
    m_presenter->setReadOnly(on);
    if (m_marathonPanel)
        m_marathonPanel->setReadOnly(on);
    for (ClusterPage* page : std::as_const(m_pages))
        page->setReadOnly(on);
    m_cluster->setReadOnly(on);
}

void MainWindow::connectTo(const ConnectionTarget& target) {
    // A password in the URL goes to the keychain; a recent URL's comes back from there first.
    if (m_auth->takeUrlSecret(target, [this](const ConnectionTarget& filled) { connectTo(filled); }))
        return;
    ++m_connectSerial;
    m_profileId.clear();
    m_presenter->setClusterName({});
    m_readOnly->setChecked(Settings::MarathonReadOnly.get());
    m_certificates->setPinStore(std::make_shared<SettingsPinStore>()); // the quick path's trust
    m_certificates->setCaFile(Settings::TlsCaFile.get());
    connectSession(target, Settings::MarathonZkPath.get(), Settings::MarathonUrl.get());
}

void MainWindow::connectTo(const Profile& profile) {
    m_profileId = profile.id;
    m_presenter->setClusterName(profile.name);
    m_readOnly->setChecked(profile.readOnly); // applied to the pages below
    // Its secrets first, so the first request and the ZooKeeper handshake carry them.
    const int serial = ++m_connectSerial;
    auto connectWith = [this, profile, serial](const ProfileSecrets::Loaded& loaded) {
        if (serial != m_connectSerial)
            return; // connected elsewhere meanwhile
        m_certificates->setPinStore(std::make_shared<ProfilePinStore>(m_profiles, profile));
        m_certificates->setCaFile(profile.tls.caFile);
        connectSession(ProfileSecrets::target(profile, loaded), profile.marathonZkPath, profile.marathonUrl,
                       profile.mesosPollMs, profile.marathonPollMs, [&](ClusterSession* session) {
                           ProfileSecrets::apply(session->authBroker(), profile, loaded);
                       });
        if (!loaded.error.isEmpty())
            m_notice->showNotice(
                NoticeBar::Level::Warning,
                tr("The profile's passwords could not be read from the keychain: %1").arg(loaded.error));
    };
    if (ProfileSecrets::needsKeychain(profile))
        ProfileSecrets::load(m_auth->keychain(), profile, this, connectWith);
    else
        connectWith({}); // nothing to wait for: connected at once, as before profiles had secrets
}

void MainWindow::connectSession(const ConnectionTarget& target, const QString& marathonZkPath,
                                const QString& marathonUrl, int mesosPollMs, int marathonPollMs,
                                const std::function<void(ClusterSession*)>& prepare) {
    // A reconnect to the same cluster keeps its history and the operator's tab.
    const bool sameCluster = m_session && m_session->target().sameCluster(target);
    const int tab = m_tabs->currentIndex();
    m_presenter->setSession(nullptr, sameCluster);
    m_cluster->attachSession(nullptr);
    for (ClusterPage* page : std::as_const(m_pages))
        page->attach(nullptr);
    // Marathon right after Tasks: with the Mesos tables it is what an operator opens all day, so it
    // gets one of the first Ctrl+digit keys however many feature pages follow.
    int marathonTab = m_marathonPanel ? m_tabs->indexOf(m_marathonPanel) : m_tabs->count();
    for (int i = 0; !m_marathonPanel && i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->isAncestorOf(m_cluster->tasksPage()))
            marathonTab = i + 1;
    delete m_marathonPanel; // it watches the old session's Marathon
    m_marathonPanel = nullptr;
    m_auth->attach(nullptr);
    delete m_session;
    m_session = new ClusterSession(target, marathonZkPath, this);
    if (mesosPollMs > 0)
        m_session->mesosSource()->setPollInterval(std::chrono::milliseconds(mesosPollMs));
    if (marathonPollMs > 0)
        m_session->marathonSource()->setPollInterval(marathonPollMs);
    m_auth->attach(m_session->authBroker());
    if (prepare)
        prepare(m_session);
    m_session->authBroker()->install(m_sandboxTransport); // sandbox logs sign in to the agents
    m_certificates->forgetRefusals();
    m_certificates->watch(m_session->http());
    m_cluster->attachSession(m_session);
    m_marathonPanel = new MarathonPanel(m_session->marathonSource(), m_tabs);
    m_marathonPanel->setDirectory(m_session->marathonDirectory());
    m_marathonPanel->setLeaderDetector(m_session->marathonLeader());
    m_marathonPanel->setClusterStore(m_session->mesosStore()); // New App warns about requests no agent can satisfy
    m_marathonPanel->setReadOnly(m_readOnly->isChecked());
    m_tabs->insertTab(marathonTab, m_marathonPanel, tr("Marathon"));
    m_tabs->setCurrentIndex(tab);
    connectMarathonLogs();
    m_notifications->attach(m_session);
    if (!marathonUrl.isEmpty()) {
        m_session->authBroker()->trust(QUrl(marathonUrl), Profile::Endpoint::Marathon); // the connection names it
        m_session->marathonDirectory()->setFixedUrl(QUrl(marathonUrl));
    }
    m_presenter->setSession(m_session, sameCluster);
    m_session->setBackground(inBackground());
    for (ClusterPage* page : std::as_const(m_pages))
        page->attach(m_session);
    applyReadOnly(m_readOnly->isChecked());
    m_session->start();
}

void MainWindow::openTaskLogs(const SandboxTaskRef& task, const QString& fileName) {
    m_tabs->setCurrentWidget(m_sandbox);
    m_sandbox->openTaskSandbox(task.agentUrl, task.frameworkId, task.executorId, task.taskId, fileName);
}

// Marathon tasks reach their sandboxes through the Mesos state (agent by slaveId).
void MainWindow::connectMarathonLogs() {
    AppPage* page = m_marathonPanel->appPage();
    // A followed app's logs say it was destroyed when its tasks end.
    connect(m_marathonPanel, &MarathonPanel::appDestroyed, m_sandbox, &SandboxTab::noteAppDestroyed);
    auto refOf = [this](const MarathonTask& task, QString* error) {
        return SandboxTaskRefs::forMarathonTask(m_session ? m_session->mesosStore() : nullptr, task,
                                                m_session ? m_session->marathonSource()->info().frameworkId : QString(),
                                                error);
    };
    connect(page, &AppPage::openLogsRequested, this, [this, refOf](const MarathonTask& task, const QString& fileName) {
        QString error;
        if (const auto ref = refOf(task, &error))
            return openTaskLogs(*ref, fileName);
        m_sandbox->showMessage(error);
        m_tabs->setCurrentWidget(m_sandbox);
    });
    connect(page, &AppPage::followAllRequested, this,
            [this, refOf](const QString& appId, const QList<MarathonTask>& tasks, const QString& fileName) {
                QList<SandboxTaskRef> refs;
                QStringList problems;
                for (const MarathonTask& task : tasks) {
                    QString error;
                    if (const auto ref = refOf(task, &error))
                        refs.append(*ref);
                    else
                        problems << error;
                }
                m_tabs->setCurrentWidget(m_sandbox);
                if (!refs.isEmpty())
                    m_sandbox->openMergedLogs(tr("%1 (%n instance(s))", nullptr, int(refs.size())).arg(appId),
                                              refs, fileName, appId);
                if (!problems.isEmpty())
                    m_sandbox->showMessage(problems.join(u'\n'));
            });
}

bool MainWindow::inBackground() const {
    return m_wasShown && !m_onScreen->isOnScreen();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    Settings::MainWindowGeometry.set(saveGeometry());
    QMainWindow::closeEvent(event);
}
