#pragma once

#include "AgentLabels.h"
#include "ClusterPage.h"
#include "net/HttpTransport.h"

#include <QPointer>
#include <chrono>

class AgentDrainModel;
class AgentDrainReader;
class ClusterSession;
class MesosFilterProxy;
class OperatorFeedback;
class OperatorPoller;
class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
struct AgentDrain;

// Maintenance: every registered agent's drain state (GET_AGENTS, polled: Mesos emits no event
// for DRAINING -> DRAINED or deactivation), and the agent actions of Mesos 1.9: drain (tasks
// killed, relaunched elsewhere by their schedulers; optionally marked gone when drained),
// deactivate (no offers, tasks keep running), reactivate. Each is confirmed first (marking gone
// needs the agent id typed), refused in read-only mode, offered only where Mesos allows it
// (Reactivate not while DRAINING), and answered with the master's own words.
class MaintenancePage : public ClusterPage {
    Q_OBJECT
public:
    explicit MaintenancePage(QWidget* parent = nullptr);
    ~MaintenancePage() override;

    QString title() const override;
    void attach(ClusterSession* session) override;
    void setReadOnly(bool readOnly) override;

    void setPollInterval(std::chrono::milliseconds interval); // test seam
    bool selectAgent(const QString& agentId);

    AgentDrainModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* drainButton() const { return m_drain; }
    QPushButton* deactivateButton() const { return m_deactivate; }
    QPushButton* reactivateButton() const { return m_reactivate; }
    QSpinBox* graceBox() const { return m_grace; }
    QCheckBox* markGoneBox() const { return m_markGone; }
    QLabel* statusLabel() const;
    QLabel* actionLabel() const;

private:
    void onAgentsAnswer(const HttpTransport::Response& response);
    void onAgentsRead(const QString& error, int agents);
    const AgentDrain* selected() const;
    void updateButtons();
    void drain();
    void deactivate();
    void reactivate();
    int liveTasksOn(const QString& agentId) const; // -1 when not known

    AgentLabels m_labels;
    AgentDrainModel* m_model;
    AgentDrainReader* m_reader;
    MesosFilterProxy* m_proxy;
    QTableView* m_view;
    OperatorFeedback* m_feedback;
    QSpinBox* m_grace;
    QCheckBox* m_markGone;
    QPushButton* m_drain;
    QPushButton* m_deactivate;
    QPushButton* m_reactivate;
    OperatorPoller* m_poller;
    QPointer<ClusterSession> m_session;
    QList<QMetaObject::Connection> m_storeConnections;
    bool m_readOnly = false;
};
