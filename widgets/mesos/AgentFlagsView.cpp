#include "AgentFlagsView.h"

#include "FlagsModel.h"
#include "MesosFilterProxy.h"
#include "OperatorFeedback.h"
#include "OperatorTable.h"
#include "operator/OperatorParser.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString FlagsPath = QStringLiteral("/flags");
const QString LibprocessFlagsPath = QStringLiteral("/slave(1)/flags");
} // namespace

AgentFlagsView::AgentFlagsView(HttpTransport* transport, QWidget* parent)
    : QWidget(parent), m_transport(transport), m_model(new FlagsModel(this)),
      m_proxy(new MesosFilterProxy(this)), m_feedback(new OperatorFeedback(this)) {
    setObjectName(QStringLiteral("agentFlagsView"));
    m_proxy->setSourceModel(m_model);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("agentFlagsFilter"));
    m_filter->setPlaceholderText(tr("Filter flags (name or value)"));
    m_filter->setClearButtonEnabled(true);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("agentFlagsRefresh"));
    m_refresh->setToolTip(tr("Read the agent's flags again (they change only when it restarts)"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_refresh);
    layout->addWidget(m_feedback->statusLabel());
    layout->addLayout(bar);
    m_view = OperatorTable::make(m_proxy, QStringLiteral("agentFlagsTable"), this);
    m_view->sortByColumn(FlagsModel::Name, Qt::AscendingOrder);
    m_view->horizontalHeader()->resizeSection(FlagsModel::Name, 280);
    layout->addWidget(m_view, 1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &MesosFilterProxy::setFilterText);
    connect(m_refresh, &QPushButton::clicked, this, &AgentFlagsView::refresh);
    m_refresh->setEnabled(false);
}

QString AgentFlagsView::statusText() const {
    return m_feedback->statusLabel()->text();
}

void AgentFlagsView::setAgentUrl(const QUrl& agentUrl) {
    if (agentUrl == m_agentUrl)
        return;
    m_agentUrl = agentUrl;
    m_refresh->setEnabled(agentUrl.isValid());
    if (!agentUrl.isValid())
        m_feedback->restart(tr("The agent's address is not known: its flags cannot be read."));
}

void AgentFlagsView::refresh() {
    if (!m_agentUrl.isValid() || !m_transport || m_reply)
        return;
    if (!m_read)
        m_feedback->restart(tr("Reading the agent's flags…"));
    fetch(FlagsPath);
}

void AgentFlagsView::fetch(const QString& path) {
    QUrl url = m_agentUrl;
    url.setPath(path);
    m_reply =
        m_transport->get(url, this, [this, path](const HttpTransport::Response& r) { onAnswer(path, r); });
}

void AgentFlagsView::onAnswer(const QString& path, const HttpTransport::Response& response) {
    m_reply = nullptr;
    // An agent that routes only its libprocess path (a proxy in front of it, say) still answers there.
    if (response.error.httpStatus == 404 && path == FlagsPath) {
        fetch(LibprocessFlagsPath);
        return;
    }
    if (!response.ok()) {
        // The agent's own words: libprocess answers refusals with a plain-text body.
        QString why = response.error.summary();
        const QString body = QString::fromUtf8(response.error.body).trimmed().left(300);
        if (!body.isEmpty() && !why.contains(body))
            why += QStringLiteral(" — ") + body;
        m_feedback->readFailed(why);
        emit flagsRead();
        return;
    }
    // A few kilobytes, read once per page: parsed here, not on a worker.
    const auto parsed = OperatorParser::parseFlags(response.body);
    if (!parsed.ok()) {
        m_feedback->readFailed(parsed.error);
        emit flagsRead();
        return;
    }
    m_model->apply(parsed.value);
    m_read = true;
    m_feedback->read(tr("%n flag(s) of %1, read at %2.", nullptr, int(parsed.value.size()))
                         .arg(response.url.authority(),
                              QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))));
    emit flagsRead();
}
