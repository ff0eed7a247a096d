#include "OffersPage.h"

#include "MesosFilterProxy.h"
#include "OfferHoldersModel.h"
#include "OffersModel.h"
#include "OperatorFeedback.h"
#include "OperatorTable.h"
#include "core/ClusterSession.h"
#include "mesos/ClusterStore.h"
#include "operator/MaintenanceCalls.h"
#include "operator/OperatorParser.h"
#include "operator/OperatorPoller.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Offers come and go within seconds (declined, used, rescinded): every 3 s is current enough
// while costing the master one GET_FRAMEWORKS, which carries no tasks.
constexpr std::chrono::milliseconds DefaultPollInterval{3000};
} // namespace

OffersPage::OffersPage(QWidget* parent)
    : ClusterPage(parent), m_offers(new OffersModel(this)), m_holders(new OfferHoldersModel(this)),
      m_offersProxy(new MesosFilterProxy(this)), m_holdersProxy(new MesosFilterProxy(this)),
      m_poller(new OperatorPoller(
          [this](OperatorClient* client, QObject* context, OperatorClient::Done done) {
              requestOffers(client, context, std::move(done),
                            m_session ? m_session->mesosStore()->master().version : QString());
          },
          DefaultPollInterval, this)),
      m_ages(new QTimer(this)) {
    setObjectName(QStringLiteral("offersPage"));
    m_offersProxy->setSourceModel(m_offers);
    m_holdersProxy->setSourceModel(m_holders);
    auto* layout = new QVBoxLayout(this);
    m_feedback = new OperatorFeedback(this);
    auto* filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("filterEdit"));
    filter->setPlaceholderText(tr("Filter offers (framework, host, id, role)"));
    filter->setClearButtonEnabled(true);
    layout->addWidget(m_feedback->statusLabel());
    layout->addWidget(filter);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* holdersTitle = new QLabel(tr("Offers held, by framework"), top);
    topLayout->addWidget(holdersTitle);
    m_holdersView = OperatorTable::make(m_holdersProxy, QStringLiteral("offerHoldersTable"), top);
    m_holdersView->sortByColumn(OfferHoldersModel::Offers, Qt::DescendingOrder);
    m_holdersView->horizontalHeader()->setDefaultSectionSize(110);
    m_holdersView->horizontalHeader()->resizeSection(OfferHoldersModel::Framework, 160);
    topLayout->addWidget(m_holdersView);
    auto* bottom = new QWidget(splitter);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("Outstanding offers"), bottom));
    m_offersView = OperatorTable::make(m_offersProxy, QStringLiteral("offersTable"), bottom);
    m_offersView->sortByColumn(OffersModel::Framework, Qt::AscendingOrder);
    // Narrow numbers, room for names and port ranges: the whole row fits a 1024-pixel window.
    m_offersView->horizontalHeader()->setDefaultSectionSize(70);
    m_offersView->horizontalHeader()->resizeSection(OffersModel::Framework, 130);
    m_offersView->horizontalHeader()->resizeSection(OffersModel::Host, 130);
    m_offersView->horizontalHeader()->resizeSection(OffersModel::Ports, 190);
    bottomLayout->addWidget(m_offersView);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(filter, &QLineEdit::textChanged, m_offersProxy, &MesosFilterProxy::setFilterText);
    connect(filter, &QLineEdit::textChanged, m_holdersProxy, &MesosFilterProxy::setFilterText);
    connect(m_poller, &OperatorPoller::polled, this, &OffersPage::onAnswer);
    // Ages move on between polls.
    m_ages->setInterval(1000);
    connect(m_ages, &QTimer::timeout, m_offers, &OffersModel::refreshAges);
}

OffersPage::~OffersPage() = default;

void OffersPage::requestOffers(OperatorClient* client, QObject* context, OperatorClient::Done done,
                               const QString& masterVersion) {
    // The v1 API came with 1.0, as the maintenance calls did.
    if (MaintenanceCalls::useV1(masterVersion))
        client->call(R"({"type":"GET_FRAMEWORKS"})", context, std::move(done));
    else
        client->get(QStringLiteral("/master/state"), context, std::move(done));
}

QString OffersPage::title() const {
    return tr("Offers");
}

void OffersPage::setPollInterval(std::chrono::milliseconds interval) {
    m_poller->setInterval(interval);
}

void OffersPage::attach(ClusterSession* session) {
    m_session = session;
    m_offers->apply({}); // another cluster's offers are not this one's
    m_holders->apply({});
    m_feedback->restart(session ? tr("Reading the outstanding offers from the leading master…") : QString());
    m_poller->attach(session);
    if (session)
        m_ages->start();
    else
        m_ages->stop();
}

void OffersPage::onAnswer(const HttpTransport::Response& response) {
    if (!response.ok()) { // the rows stay as last read
        m_feedback->readFailed(response.error.summary());
        return;
    }
    auto parsed = OperatorParser::parseOffers(response.body);
    if (!parsed.ok()) {
        m_feedback->readFailed(parsed.error);
        return;
    }
    // v0 offers name their agent only, and agents may share a host: shown as the cluster view's
    // agents name them (host:port) where the agent is known.
    if (m_session) {
        const auto& agents = m_session->mesosStore()->agents();
        for (MesosOffer& offer : parsed.value)
            if (const auto agent = agents.value(offer.agentId))
                offer.hostname = agent->hostPort();
    }
    m_offers->apply(parsed.value);
    m_holders->apply(parsed.value);
    m_feedback->read(tr("%n outstanding offer(s), read at %1.", nullptr, int(parsed.value.size()))
                         .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))));
}
