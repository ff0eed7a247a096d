#pragma once

#include "ClusterPage.h"

class FlagsPanel;
class LoggingPanel;
class MetricsPanel;
class QTabWidget;

// Master: what the leading master says of itself beyond the cluster's state — its flags and
// its metrics, each in a tab — and its log level, which the operator can raise for a while.
class MasterPage : public ClusterPage {
    Q_OBJECT
public:
    explicit MasterPage(QWidget* parent = nullptr);

    QString title() const override;
    void attach(ClusterSession* session) override;
    void setReadOnly(bool readOnly) override;

    FlagsPanel* flags() const { return m_flags; }
    MetricsPanel* metrics() const { return m_metrics; }
    LoggingPanel* logging() const { return m_logging; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    LoggingPanel* m_logging;
    QTabWidget* m_tabs;
    FlagsPanel* m_flags;
    MetricsPanel* m_metrics;
};
