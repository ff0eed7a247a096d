#include "AgentOverviewView.h"

#include "AgentDrainModel.h"
#include "MesosFormat.h"
#include "mesos/AgentDetails.h"
#include "mesos/MesosAgent.h"
#include "operator/AgentDrain.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int BarScale = 1000;

double amount(const MesosResources& r, int kind) {
    switch (kind) {
    case AgentOverviewView::Cpus:
        return r.cpus;
    case AgentOverviewView::Mem:
        return r.mem;
    case AgentOverviewView::Disk:
        return r.disk;
    case AgentOverviewView::Gpus:
        return r.gpus;
    default:
        return MesosFormat::portCount(r.ports);
    }
}

QString amountText(double value, int kind) {
    if (kind == AgentOverviewView::Mem || kind == AgentOverviewView::Disk)
        return MesosFormat::memory(value);
    return MesosFormat::scalar(value);
}
} // namespace

AgentOverviewView::AgentOverviewView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("agentOverview"));
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    layout->addLayout(left, 3);

    auto* resources = new QGroupBox(tr("Resources"), this);
    auto* grid = new QGridLayout(resources);
    grid->addWidget(new QLabel(tr("Used"), resources), 0, 1);
    grid->addWidget(new QLabel(tr("Reserved"), resources), 0, 2);
    grid->addWidget(new QLabel(tr("Total"), resources), 0, 3);
    const QStringList kinds{tr("CPUs"), tr("Memory"), tr("Disk"), tr("GPUs"), tr("Ports")};
    for (int kind = 0; kind < KindCount; ++kind) {
        grid->addWidget(new QLabel(kinds.at(kind), resources), kind + 1, 0);
        auto* bar = new QProgressBar(resources);
        bar->setObjectName(QStringLiteral("agentBar%1").arg(kind));
        bar->setRange(0, BarScale);
        bar->setMinimumWidth(140);
        m_bars << bar;
        grid->addWidget(bar, kind + 1, 1);
        m_reserved << plain(QStringLiteral("agentReserved%1").arg(kind));
        grid->addWidget(m_reserved.last(), kind + 1, 2);
        m_total << plain(QStringLiteral("agentTotal%1").arg(kind));
        grid->addWidget(m_total.last(), kind + 1, 3);
    }
    grid->setColumnStretch(1, 1);
    left->addWidget(resources);

    auto* more = new QFormLayout;
    m_roles = plain(QStringLiteral("agentReservedRoles"));
    m_roles->setWordWrap(true);
    m_offered = plain(QStringLiteral("agentOffered"));
    m_domain = plain(QStringLiteral("agentDomain"));
    m_workDir = plain(QStringLiteral("agentWorkDir"));
    m_workDir->setWordWrap(true);
    m_workDir->setToolTip(tr("The agent's --work_dir: every sandbox is below it. Mesos serves each "
                             "executor's sandbox, not the folder itself: browse one from the Tasks tab."));
    m_capabilities = plain(QStringLiteral("agentCapabilities"));
    m_capabilities->setWordWrap(true);
    more->addRow(tr("Reserved for:"), m_roles);
    more->addRow(tr("Offered now:"), m_offered);
    more->addRow(tr("Fault domain:"), m_domain);
    more->addRow(tr("Work directory:"), m_workDir);
    more->addRow(tr("Capabilities:"), m_capabilities);
    left->addLayout(more);
    left->addStretch(1);

    auto* right = new QVBoxLayout;
    layout->addLayout(right, 2);
    auto* drain = new QGroupBox(tr("Drain"), this);
    auto* drainForm = new QFormLayout(drain);
    m_drainState = plain(QStringLiteral("agentDrainState"));
    m_drainState->setWordWrap(true);
    m_deactivated = plain(QStringLiteral("agentDeactivated"));
    m_deactivated->setWordWrap(true);
    m_maxGrace = plain(QStringLiteral("agentMaxGrace"));
    m_markGone = plain(QStringLiteral("agentMarkGone"));
    m_drainStarted = plain(QStringLiteral("agentDrainStarted"));
    drainForm->addRow(tr("State:"), m_drainState);
    drainForm->addRow(tr("Deactivated:"), m_deactivated);
    drainForm->addRow(tr("Max grace period:"), m_maxGrace);
    drainForm->addRow(tr("Mark gone:"), m_markGone);
    drainForm->addRow(tr("Drain started:"), m_drainStarted);
    right->addWidget(drain);
    auto* attributes = new QGroupBox(tr("Attributes"), this);
    auto* attributesLayout = new QVBoxLayout(attributes);
    m_attributes = new QTableWidget(0, 2, attributes);
    m_attributes->setObjectName(QStringLiteral("agentAttributes"));
    m_attributes->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_attributes->verticalHeader()->hide();
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attributes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attributes->setAlternatingRowColors(true);
    m_attributes->setSortingEnabled(true);
    attributesLayout->addWidget(m_attributes);
    m_noAttributes = plain(QStringLiteral("agentNoAttributes"));
    m_noAttributes->setText(tr("The agent reports no attributes."));
    attributesLayout->addWidget(m_noAttributes);
    right->addWidget(attributes, 1);
    setWorkDir({});
}

QLabel* AgentOverviewView::plain(const QString& objectName) {
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // role names, attributes and paths come from the cluster
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString AgentOverviewView::resourceText(int kind) const {
    return m_bars.at(kind)->format() + u' ' + m_reserved.at(kind)->text() + u' ' + m_total.at(kind)->text();
}

void AgentOverviewView::showAgent(const MesosAgent& agent, const AgentDetails& details) {
    m_active = agent.active;
    for (int kind = 0; kind < KindCount; ++kind) {
        const double used = amount(agent.used, kind);
        const double total = amount(agent.total, kind);
        QProgressBar* bar = m_bars.at(kind);
        bar->setValue(total > 0 ? int(std::min(1.0, used / total) * BarScale) : 0);
        bar->setEnabled(total > 0);
        // A kind the agent does not have reads "none", not "0 of 0".
        bar->setFormat(total > 0 ? tr("%1 of %2").arg(amountText(used, kind), amountText(total, kind))
                                 : tr("none"));
        if (kind == Ports)
            bar->setToolTip(tr("Used: %1\nTotal: %2")
                                .arg(agent.used.ports.isEmpty() ? tr("none") : agent.used.ports,
                                     agent.total.ports.isEmpty() ? tr("none") : agent.total.ports));
        m_reserved.at(kind)->setText(details.hasReserved ? amountText(amount(details.reserved, kind), kind)
                                                         : tr("not reported"));
        m_total.at(kind)->setText(total > 0 ? amountText(total, kind) : tr("none"));
    }
    QStringList roles;
    for (const auto& [role, r] : details.reservedByRole)
        roles << tr("%1: %2 CPUs, %3, disk %4")
                     .arg(role, MesosFormat::scalar(r.cpus), MesosFormat::memory(r.mem),
                          MesosFormat::memory(r.disk));
    m_roles->setText(!details.hasReserved ? tr("not reported")
                     : roles.isEmpty()    ? tr("no reservations")
                                          : roles.join(u'\n'));
    m_offered->setText(details.hasOffered ? tr("%1 CPUs, %2")
                                                .arg(MesosFormat::scalar(details.offered.cpus),
                                                     MesosFormat::memory(details.offered.mem))
                                          : tr("not reported"));
    m_domain->setText(details.region.isEmpty() && details.zone.isEmpty()
                          ? tr("none reported")
                          : tr("region %1, zone %2").arg(details.region, details.zone));
    m_capabilities->setText(details.capabilities.isEmpty() ? tr("not reported")
                                                           : details.capabilities.join(QStringLiteral(", ")));
    m_attributes->setSortingEnabled(false);
    m_attributes->setRowCount(int(agent.attributes.size()));
    for (int row = 0; row < agent.attributes.size(); ++row) {
        m_attributes->setItem(row, 0, new QTableWidgetItem(agent.attributes.at(row).first));
        m_attributes->setItem(row, 1, new QTableWidgetItem(agent.attributes.at(row).second));
    }
    m_attributes->setSortingEnabled(true);
    m_noAttributes->setVisible(agent.attributes.isEmpty());
}

void AgentOverviewView::showDrain(const AgentDrain* drain, const AgentDetails& details, bool polled) {
    // Not in the polled list: the master's state document may tell the same (1.9+ summaries).
    AgentDrain fromState;
    if (!drain && details.hasDeactivated) {
        fromState.active = m_active;
        fromState.deactivated = details.deactivated;
        fromState.drainState = details.drainState;
        fromState.markGone = details.drainMarkGone;
        fromState.maxGraceSeconds = details.drainMaxGraceSeconds;
        drain = &fromState;
    }
    if (!drain) {
        for (QLabel* label : {m_drainState, m_deactivated, m_maxGrace, m_markGone, m_drainStarted})
            label->setText(tr("not known (master older than 1.9 / not yet polled)"));
        if (polled) // GET_AGENTS answered without it: the master no longer lists it
            m_drainState->setText(tr("not listed by the master's GET_AGENTS"));
        return;
    }
    const bool draining = !drain->drainState.isEmpty();
    const QString notDraining = tr("not draining");
    m_drainState->setText(AgentDrainModel::stateText(drain->state()));
    m_deactivated->setText(drain->deactivated ? tr("yes: no offers are made for it") : tr("no"));
    m_maxGrace->setText(!draining ? notDraining
                        : drain->maxGraceSeconds >= 0
                            ? tr("%1 s").arg(MesosFormat::scalar(drain->maxGraceSeconds))
                            : tr("each task's kill policy"));
    m_markGone->setText(!draining ? notDraining : drain->markGone ? tr("yes") : tr("no"));
    m_drainStarted->setText(!draining                   ? notDraining
                            : drain->drainStartTime > 0 ? MesosFormat::time(drain->drainStartTime)
                                                        : tr("not reported"));
}

void AgentOverviewView::setWorkDir(const QString& workDir) {
    m_workDir->setText(workDir.isEmpty() ? tr("not known until the agent's flags are read") : workDir);
}
