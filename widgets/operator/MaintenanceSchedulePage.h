#pragma once

#include "ClusterPage.h"
#include "MaintenanceWindowEditor.h"
#include "net/HttpTransport.h"
#include "operator/MaintenanceSchedule.h"

#include <QPointer>
#include <chrono>

class ClusterSession;
class MaintenanceScheduleModel;
class OperatorFeedback;
class OperatorPoller;
class QPushButton;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

// Maintenance schedule: the machine mode of Mesos maintenance (0.25+), apart from the agent
// drain of the Maintenance page because Mesos keeps the two apart (it refuses to drain an
// agent whose machine is scheduled) and names machines, not agents. Shows the schedule's
// windows by machine (hostname, IP, start in local time and relative, duration), each
// machine's mode and the frameworks' inverse-offer answers (schedule and status polled: no
// event tells of them). Actions: add, edit and remove windows (the whole schedule is sent,
// as Mesos replaces it), machine down and machine up; each confirmed first, refused in
// read-only mode, answered with the master's words.
class MaintenanceSchedulePage : public ClusterPage {
    Q_OBJECT
public:
    explicit MaintenanceSchedulePage(QWidget* parent = nullptr);
    ~MaintenanceSchedulePage() override;

    QString title() const override;
    void attach(ClusterSession* session) override;
    void setReadOnly(bool readOnly) override;

    void setPollInterval(std::chrono::milliseconds interval); // test seam
    bool selectMachine(const MachineId& machine);

    MaintenanceScheduleModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* downButton() const { return m_down; }
    QPushButton* upButton() const { return m_up; }
    MaintenanceWindowEditor* editor() const { return m_editor; } // while one is open
    QLabel* statusLabel() const;
    QLabel* actionLabel() const;

private:
    void onScheduleAnswer(const HttpTransport::Response& response);
    void onStatusAnswer(const HttpTransport::Response& response);
    QString version() const;
    int selectedRow() const;
    void updateButtons();
    void openEditor(int window); // -1: a new window
    void saveWindow(int window, const MaintenanceWindow& edited);
    void removeWindow();
    void machineAction(bool down);
    QList<MachineId> agentMachines() const;
    int agentsOn(const MachineId& machine) const;
    void sendSchedule(const MaintenanceSchedule& schedule, const QString& doneText,
                      const std::function<void(const HttpTransport::Response&)>& answered);

    MaintenanceScheduleModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    OperatorFeedback* m_feedback;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_down;
    QPushButton* m_up;
    OperatorPoller* m_schedulePoller;
    OperatorPoller* m_statusPoller;
    QTimer* m_clockTick;
    QPointer<MaintenanceWindowEditor> m_editor;
    QPointer<ClusterSession> m_session;
    QList<QMetaObject::Connection> m_storeConnections;
    bool m_readOnly = false;
    bool m_scheduleRead = false;
};
