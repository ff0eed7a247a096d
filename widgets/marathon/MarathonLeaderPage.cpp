#include "MarathonLeaderPage.h"

#include "ConfirmDialog.h"
#include "LeaderStatusBar.h"
#include "MarathonConfigModel.h"
#include "OnScreenWatcher.h"
#include "ThemeStyle.h"
#include "core/Clock.h"
#include "marathon/MarathonClient.h"
#include "marathon/MarathonLeaderDetector.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// /v2/info and /v2/leader are small: every 5 s keeps a failover visible without load.
constexpr std::chrono::milliseconds DefaultPollInterval{5000};

QLabel* plainLabel(const QString& name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // host names and versions come from the servers
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

MarathonLeaderPage::MarathonLeaderPage(QWidget* parent)
    : QWidget(parent), m_model(new MarathonConfigModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_poll(new QTimer(this)), m_onScreen(new OnScreenWatcher(this)) {
    setObjectName(QStringLiteral("marathonLeaderPage"));
    auto* layout = new QVBoxLayout(this);
    m_leader = plainLabel(QStringLiteral("marathonZkLeader"), this);
    m_apiLeader = plainLabel(QStringLiteral("marathonApiLeader"), this);
    m_version = plainLabel(QStringLiteral("marathonVersion"), this);
    m_status = plainLabel(QStringLiteral("marathonLeaderStatus"), this);
    m_status->hide();
    layout->addWidget(m_leader);
    layout->addWidget(m_apiLeader);
    layout->addWidget(m_version);

    auto* actions = new QHBoxLayout;
    m_abdicate = new QPushButton(tr("Abdicate…"), this);
    m_abdicate->setObjectName(QStringLiteral("marathonAbdicate"));
    actions->addWidget(m_abdicate);
    actions->addWidget(m_status, 1);
    layout->addLayout(actions);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("marathonConfigFilter"));
    m_filter->setPlaceholderText(tr("Filter the configuration (flag or value)"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // a flag's name or its value
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("marathonConfigView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MarathonConfigModel::KeyColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(22); // as the other tables: more flags at a glance
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(MarathonConfigModel::SectionColumn, 150);
    m_view->horizontalHeader()->resizeSection(MarathonConfigModel::KeyColumn, 300);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_abdicate, &QPushButton::clicked, this, &MarathonLeaderPage::abdicate);
    m_poll->setInterval(DefaultPollInterval);
    connect(m_poll, &QTimer::timeout, this, &MarathonLeaderPage::refresh);
    connect(m_onScreen, &OnScreenWatcher::onScreenChanged, this, [this](bool onScreen) {
        if (onScreen && m_client) {
            refresh();
            m_poll->start();
        } else {
            m_poll->stop();
        }
    });
    updateLeader();
}

void MarathonLeaderPage::setPollInterval(std::chrono::milliseconds interval) {
    m_poll->setInterval(interval);
}

void MarathonLeaderPage::setSources(MarathonClient* client, MarathonLeaderDetector* detector) {
    disconnect(m_leaderChanged);
    disconnect(m_countChanged);
    m_client = client;
    m_detector = detector;
    m_apiLeaderHost.clear();
    m_apiProblem.clear();
    m_waitingForElection = false;
    m_abdicatedFrom.clear();
    m_leaderSince = {};
    m_model->setConfig({});
    m_version->clear();
    setStatus({}, false);
    if (m_detector) {
        m_leaderChanged = connect(m_detector, &MarathonLeaderDetector::leaderChanged, this, [this] {
            updateLeader();
            refresh(); // the new leader's own view of itself
        });
        m_countChanged = connect(m_detector, &MarathonLeaderDetector::instanceCountChanged, this,
                                 &MarathonLeaderPage::updateLeader);
    }
    updateLeader();
    if (m_client && m_onScreen->isOnScreen()) {
        refresh();
        m_poll->start();
    } else {
        m_poll->stop();
    }
}

void MarathonLeaderPage::setReadOnly(bool readOnly, const QString& reason) {
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
    updateButton();
}

void MarathonLeaderPage::refresh() {
    if (!m_client)
        return;
    MarathonClient* client = m_client;
    client->info(this, [this](const ApiError& error, const MarathonInfo& info) {
        if (error.isError()) {
            // The last answer is no longer known to be true: nothing of it stays on screen.
            m_version->setText(tr("Marathon's /v2/info did not answer: %1").arg(error.summary()));
            m_model->setConfig({});
            return;
        }
        onInfo(info);
    });
    client->leader(this, [this](const ApiError& error, const QString& leader) {
        m_apiLeaderHost = error.isError() ? QString() : leader;
        m_apiProblem = error.isError() ? error.summary() : QString();
        updateLeader();
    });
}

void MarathonLeaderPage::onInfo(const MarathonInfo& info) {
    QStringList parts;
    parts << tr("Marathon %1").arg(info.version.isEmpty() ? tr("(version not reported)") : info.version);
    if (!info.name.isEmpty())
        parts << tr("framework \"%1\"").arg(info.name);
    if (!info.frameworkId.isEmpty())
        parts << tr("framework id %1").arg(info.frameworkId);
    const QString master = info.marathonConfig.value(QLatin1String("master")).toString();
    if (!master.isEmpty())
        parts << tr("Mesos: %1").arg(master);
    m_version->setText(parts.join(QStringLiteral(" · ")));
    m_model->setConfig({{QStringLiteral("marathon_config"), info.marathonConfig},
                        {QStringLiteral("zookeeper_config"), info.zookeeperConfig},
                        {QStringLiteral("http_config"), info.httpConfig}});
}

void MarathonLeaderPage::updateLeader() {
    const QDateTime now = Clock::currentDateTimeUtc();
    const QString zkLeader = m_detector ? m_detector->leader() : QString();
    if (!m_client) {
        m_leader->setText(tr("Not connected to a cluster."));
    } else if (!m_detector) {
        m_leader->setText(tr("Marathon's election is not watched: this connection has no ZooKeeper."));
    } else if (zkLeader.isEmpty()) {
        m_leader->setText(tr("No Marathon leads in ZooKeeper now (%n instance(s) in the election).", nullptr,
                             m_detector->instanceCount()));
    } else {
        m_leader->setText(tr("Leader in ZooKeeper: %1, elected %2 ago; %n instance(s) in the election.",
                             nullptr, m_detector->instanceCount())
                              .arg(zkLeader, LeaderStatusBar::formatAge(m_detector->leaderSince(), now)));
    }
    if (!m_client)
        m_apiLeader->clear();
    else if (!m_apiProblem.isEmpty())
        m_apiLeader->setText(tr("Marathon's /v2/leader: no answer (%1)").arg(m_apiProblem));
    else if (m_apiLeaderHost.isEmpty())
        m_apiLeader->setText(tr("Marathon's /v2/leader: not asked yet"));
    else if (!zkLeader.isEmpty() && m_apiLeaderHost != zkLeader)
        m_apiLeader->setText(
            tr("Marathon's /v2/leader names %1, ZooKeeper %2: an election is under way or the "
               "instances disagree.")
                .arg(m_apiLeaderHost, zkLeader));
    else
        m_apiLeader->setText(tr("Marathon's /v2/leader: %1").arg(m_apiLeaderHost));

    // After an abdication: done once ZooKeeper names a leader elected after it.
    if (m_waitingForElection && m_detector && !zkLeader.isEmpty() &&
        m_detector->leaderSince() > m_abdicatedAt) {
        m_waitingForElection = false;
        setStatus(zkLeader == m_abdicatedFrom
                      ? tr("%1 was elected again (no other instance took over).").arg(zkLeader)
                      : tr("%1 leads now, after %2 abdicated.").arg(zkLeader, m_abdicatedFrom),
                  false);
    }
    updateButton();
}

void MarathonLeaderPage::updateButton() {
    QString why;
    if (m_readOnly)
        why = m_readOnlyReason;
    else if (!m_client)
        why = tr("Not connected to a cluster.");
    else if (m_waitingForElection)
        why = tr("Waiting for Marathon to elect a leader.");
    else if ((m_detector ? m_detector->leader() : m_apiLeaderHost).isEmpty())
        why = tr("No Marathon leader is known.");
    m_abdicate->setEnabled(why.isEmpty());
    m_abdicate->setToolTip(
        why.isEmpty() ? tr("Make Marathon's leader step down, so that another instance leads.") : why);
}

void MarathonLeaderPage::abdicate() {
    const QString leader =
        m_detector && !m_detector->leader().isEmpty() ? m_detector->leader() : m_apiLeaderHost;
    const int instances = m_detector ? m_detector->instanceCount() : 0;
    const QString alone =
        instances == 1 ? tr(" It is the only instance, so it will be elected again.") : QString();
    if (!ConfirmDialog::ask(this,
                            {tr("Abdicate Marathon's leader"),
                             tr("%1 stops leading Marathon and rejoins the election; another instance takes "
                                "over. Apps and deployments go on, but Marathon's API and events pause for a "
                                "few seconds.%2")
                                 .arg(leader, alone),
                             tr("Abdicate"), QString(), true}))
        return;
    m_abdicatedFrom = leader;
    m_abdicatedAt = Clock::currentDateTimeUtc();
    m_waitingForElection = true;
    setStatus(tr("Asked %1 to abdicate…").arg(leader), false);
    updateButton();
    m_client->abdicate(this, [this](const MarathonResult& result) {
        if (!result.ok()) {
            m_waitingForElection = false;
            setStatus(tr("Marathon refused to abdicate: %1").arg(result.error.summary()), true);
            updateButton();
            return;
        }
        setStatus(tr("%1 abdicated; waiting for the election…").arg(m_abdicatedFrom), false);
        updateLeader(); // ZooKeeper may have told already
    });
}

void MarathonLeaderPage::setStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    if (error)
        ThemeStyle::setTextColor(m_status, ThemeColors::Role::StateError);
    else
        ThemeStyle::clear(m_status);
}
