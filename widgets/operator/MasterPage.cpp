#include "MasterPage.h"

#include "FlagsPanel.h"
#include "LoggingPanel.h"
#include "MetricsPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

MasterPage::MasterPage(QWidget* parent)
    : ClusterPage(parent), m_logging(new LoggingPanel(this)), m_tabs(new QTabWidget(this)),
      m_flags(new FlagsPanel(m_tabs)), m_metrics(new MetricsPanel(m_tabs)) {
    setObjectName(QStringLiteral("masterPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_logging);
    m_tabs->setObjectName(QStringLiteral("masterTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_flags, tr("Flags"));
    m_tabs->addTab(m_metrics, tr("Metrics"));
    layout->addWidget(m_tabs, 1);
}

QString MasterPage::title() const {
    return tr("Master");
}

void MasterPage::attach(ClusterSession* session) {
    m_logging->attach(session);
    m_flags->attach(session);
    m_metrics->attach(session);
}

void MasterPage::setReadOnly(bool readOnly) {
    m_logging->setReadOnly(readOnly);
}
