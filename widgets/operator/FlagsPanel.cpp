#include "FlagsPanel.h"

#include "FlagsModel.h"
#include "MesosFilterProxy.h"
#include "OperatorFeedback.h"
#include "OperatorTable.h"
#include "core/ClusterSession.h"
#include "mesos/ClusterStore.h"
#include "operator/MaintenanceCalls.h"
#include "operator/OperatorParser.h"
#include "operator/OperatorPoller.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Flags are read once per master start; the poll only catches a restart that kept the same
// leader (the leader's change is told at once).
constexpr std::chrono::milliseconds DefaultPollInterval{5 * 60 * 1000};
} // namespace

FlagsPanel::FlagsPanel(QWidget* parent)
    : QWidget(parent), m_model(new FlagsModel(this)), m_proxy(new MesosFilterProxy(this)),
      m_poller(new OperatorPoller(
          [this](OperatorClient* client, QObject* context, OperatorClient::Done done) {
              const QString version = m_session ? m_session->mesosStore()->master().version : QString();
              if (MaintenanceCalls::useV1(version)) // the v1 API came with 1.0
                  client->call(R"({"type":"GET_FLAGS"})", context, std::move(done));
              else
                  client->get(QStringLiteral("/master/flags"), context, std::move(done));
          },
          DefaultPollInterval, this)) {
    setObjectName(QStringLiteral("flagsPanel"));
    m_proxy->setSourceModel(m_model);
    auto* layout = new QVBoxLayout(this);
    m_feedback = new OperatorFeedback(this);
    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("flagsFilter"));
    m_filter->setPlaceholderText(tr("Filter flags (name or value)"));
    m_filter->setClearButtonEnabled(true);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("flagsRefresh"));
    m_refresh->setToolTip(tr("Read the leading master's flags again"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_refresh);
    layout->addWidget(m_feedback->statusLabel());
    layout->addLayout(bar);
    m_view = OperatorTable::make(m_proxy, QStringLiteral("flagsTable"), this);
    m_view->sortByColumn(FlagsModel::Name, Qt::AscendingOrder);
    m_view->horizontalHeader()->resizeSection(FlagsModel::Name, 300);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &MesosFilterProxy::setFilterText);
    connect(m_refresh, &QPushButton::clicked, this, &FlagsPanel::refresh);
    connect(m_poller, &OperatorPoller::polled, this, &FlagsPanel::onAnswer);
}

FlagsPanel::~FlagsPanel() = default;

QLabel* FlagsPanel::statusLabel() const {
    return m_feedback->statusLabel();
}

void FlagsPanel::setPollInterval(std::chrono::milliseconds interval) {
    m_poller->setInterval(interval);
}

void FlagsPanel::attach(ClusterSession* session) {
    m_session = session;
    m_model->apply({}); // another cluster's flags are not this one's
    m_feedback->restart(session ? tr("Reading the flags of the leading master…") : QString());
    m_poller->attach(session);
}

void FlagsPanel::refresh() {
    m_poller->refresh();
}

void FlagsPanel::onAnswer(const HttpTransport::Response& response) {
    if (!response.ok()) {
        m_feedback->readFailed(response.error.summary());
        return;
    }
    // A few kilobytes at most, read once per master start: parsed here, not on a worker.
    const auto parsed = OperatorParser::parseFlags(response.body);
    if (!parsed.ok()) {
        m_feedback->readFailed(parsed.error);
        return;
    }
    m_model->apply(parsed.value);
    const QString master = response.url.authority();
    m_feedback->read(tr("%n flag(s) of the leading master %1, read at %2.", nullptr, int(parsed.value.size()))
                         .arg(master, QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))));
}
