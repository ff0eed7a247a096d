#include "RolesPage.h"

#include "ConfirmDialog.h"
#include "MesosFilterProxy.h"
#include "OperatorFeedback.h"
#include "QuantitiesFormat.h"
#include "ResourceBarDelegate.h"
#include "RoleEditor.h"
#include "RolesModel.h"
#include "core/ClusterSession.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosSource.h"
#include "operator/OperatorCalls.h"
#include "operator/OperatorParser.h"
#include "operator/OperatorPoller.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace {
// Roles change when frameworks come and go or an operator sets quota: a few seconds is
// current enough, and /master/roles is cheap for the master.
constexpr std::chrono::milliseconds DefaultPollInterval{5000};

} // namespace

RolesPage::RolesPage(QWidget* parent)
    : ClusterPage(parent), m_model(new RolesModel(this)), m_proxy(new MesosFilterProxy(this)),
      m_poller(new OperatorPoller(
          [](OperatorClient* client, QObject* context, OperatorClient::Done done) {
              client->get(QStringLiteral("/master/roles"), context, std::move(done));
          },
          DefaultPollInterval, this)) {
    setObjectName(QStringLiteral("rolesPage"));
    m_proxy->setRecursiveFilteringEnabled(true); // a match keeps its ancestors in view
    m_proxy->setSourceModel(m_model);
    auto* layout = new QVBoxLayout(this);
    m_feedback = new OperatorFeedback(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter roles"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_feedback->statusLabel());
    layout->addWidget(m_filter);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_view = new QTreeView(splitter);
    m_view->setObjectName(QStringLiteral("rolesTree"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RolesModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setTextElideMode(Qt::ElideMiddle); // role names and ids differ at their ends
    m_view->setWordWrap(false);
    m_view->setUniformRowHeights(true);
    auto* bars = new ResourceBarDelegate(m_view);
    m_view->setItemDelegateForColumn(RolesModel::QuotaCpus, bars);
    m_view->setItemDelegateForColumn(RolesModel::QuotaMem, bars);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(true);
    header->resizeSection(RolesModel::Name, 140);
    header->resizeSection(RolesModel::Weight, 60);
    header->resizeSection(RolesModel::Frameworks, 80);
    for (int column : {RolesModel::Allocated, RolesModel::Offered, RolesModel::Reserved,
                       RolesModel::Guarantee, RolesModel::Limit})
        header->resizeSection(column, 130);
    header->resizeSection(RolesModel::QuotaCpus, 110);
    header->resizeSection(RolesModel::QuotaMem, 140);
    // Unlike the Mesos UI, offered is shown by default: a role whose frameworks sit on offers
    // is what an operator looks for here.

    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_editor = new RoleEditor(lower);
    lowerLayout->addWidget(m_feedback->readOnlyLabel());
    lowerLayout->addWidget(m_editor);
    lowerLayout->addWidget(m_feedback->actionLabel());
    lowerLayout->addStretch(1);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 0);
    layout->addWidget(splitter, 1);

    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = 0; column < RolesModel::ColumnCount; ++column) {
        if (column == RolesModel::Name)
            continue;
        auto* toggle = new QAction(m_model->headerData(column, Qt::Horizontal).toString(), header);
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        connect(toggle, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
        header->addAction(toggle);
    }

    connect(m_poller, &OperatorPoller::polled, this, &RolesPage::onRolesAnswer);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &MesosFilterProxy::setFilterText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RolesPage::onSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, [this](const QModelIndex& under) {
        m_view->expand(m_proxy->mapFromSource(under)); // nested roles in view as they come
        if (m_columnsFitted || under.isValid())
            return;
        // "CPUs 1.85, mem 752 MiB, ports 4" read whole rather than cut; the operator's widths after.
        m_columnsFitted = true;
        for (int column : {RolesModel::Allocated, RolesModel::Offered, RolesModel::Reserved,
                           RolesModel::Guarantee, RolesModel::Limit}) {
            const int least = m_view->header()->sectionSize(column);
            m_view->resizeColumnToContents(column);
            m_view->header()->resizeSection(column,
                                            std::clamp(m_view->header()->sectionSize(column), least, 320));
        }
    });
    connect(m_editor, &RoleEditor::setQuotaRequested, this, &RolesPage::setQuota);
    connect(m_editor, &RoleEditor::setWeightRequested, this, &RolesPage::setWeight);
    updateBlocks();
}

RolesPage::~RolesPage() = default;

QLabel* RolesPage::statusLabel() const {
    return m_feedback->statusLabel();
}
QLabel* RolesPage::actionLabel() const {
    return m_feedback->actionLabel();
}

QString RolesPage::title() const {
    return tr("Roles");
}

void RolesPage::setPollInterval(std::chrono::milliseconds interval) {
    m_poller->setInterval(interval);
}

void RolesPage::attach(ClusterSession* session) {
    disconnect(m_masterChanged);
    m_session = session;
    m_model->apply({}); // another cluster's roles are not this one's
    m_feedback->restart(session ? tr("Reading the roles from the leading master…") : QString());
    if (session)
        m_masterChanged =
            connect(session->mesosStore(), &ClusterStore::masterChanged, this, &RolesPage::updateBlocks);
    m_poller->attach(session);
    updateBlocks();
}

void RolesPage::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    updateBlocks();
}

void RolesPage::refresh() {
    m_poller->refresh();
}

void RolesPage::onRolesAnswer(const HttpTransport::Response& response) {
    if (!response.ok()) { // the rows stay (they were true when read)
        m_feedback->readFailed(response.error.summary());
        return;
    }
    const auto parsed = OperatorParser::parseRoles(response.body);
    if (!parsed.ok()) {
        m_feedback->readFailed(parsed.error);
        return;
    }
    m_model->apply(parsed.value);
    m_feedback->read(tr("%n role(s), read at %1.", nullptr, int(parsed.value.size()))
                         .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))));
}

bool RolesPage::selectRole(const QString& name) {
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(name));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

void RolesPage::onSelection() {
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    m_editor->showRole(m_model->roleAt(current.siblingAtColumn(0)));
}

void RolesPage::updateBlocks() {
    const QString version = m_session ? m_session->mesosStore()->master().version : QString();
    m_feedback->setReadOnly(m_readOnly,
                            tr("Read-only mode is on (File menu): quota and weight changes are turned off."));
    QString quotaWhy, weightWhy;
    if (m_readOnly) {
        quotaWhy = weightWhy =
            tr("Read-only mode is on: turn it off in the File menu to change the cluster.");
    } else if (!m_session) {
        quotaWhy = weightWhy = tr("Not connected to a cluster.");
    } else if (version.isEmpty()) {
        quotaWhy =
            tr("The leading master's version is not known yet; UPDATE_QUOTA needs Mesos 1.9 or later.");
    } else if (!OperatorCalls::versionAtLeast(version, OperatorCalls::UpdateQuotaMajor,
                                              OperatorCalls::UpdateQuotaMinor)) {
        quotaWhy =
            tr("The leading master runs Mesos %1; setting quota limits (UPDATE_QUOTA) needs 1.9 or later.")
                .arg(version);
    }
    m_editor->setQuotaBlocked(quotaWhy);
    m_editor->setWeightBlocked(weightWhy);
}

void RolesPage::setQuota() {
    const QString role = m_editor->roleName();
    const ResourceQuantities guarantees = m_editor->guarantees();
    const ResourceQuantities limits = m_editor->limits();
    QString text =
        guarantees.isEmpty() && limits.isEmpty()
            ? tr("Remove the quota of role \"%1\": no guarantee and no limit.").arg(role)
            : tr("Set the quota of role \"%1\":\n  guarantee: %2\n  limit: %3")
                  .arg(role, guarantees.isEmpty() ? tr("none") : QuantitiesFormat::text(guarantees),
                       limits.isEmpty() ? tr("no limit") : QuantitiesFormat::text(limits));
    text += u'\n' +
            tr("This replaces the role's current quota. The master rescinds outstanding offers that would "
               "exceed the limit; running tasks are not killed.");
    if (m_editor->force())
        text +=
            u'\n' + tr("Force is on: the master will not check the cluster's capacity or the role's current "
                       "consumption.");
    if (!ConfirmDialog::ask(this, {tr("Set quota"), text, tr("Set quota"), {}, true}))
        return;
    m_feedback->send(m_poller, OperatorCalls::updateQuota(role, guarantees, limits, m_editor->force()),
                     tr("The quota of role \"%1\" was set.").arg(role));
}

void RolesPage::setWeight() {
    const QString role = m_editor->roleName();
    const QString text =
        tr("Set the weight of role \"%1\" to %2.\nThe master rescinds the role's outstanding offers "
           "so that they are made again by the new weights.")
            .arg(role, QString::number(m_editor->weight()));
    if (!ConfirmDialog::ask(this, {tr("Set weight"), text, tr("Set weight"), {}, true}))
        return;
    m_feedback->send(m_poller, OperatorCalls::updateWeight(role, m_editor->weight()),
                     tr("The weight of role \"%1\" was set.").arg(role));
}
