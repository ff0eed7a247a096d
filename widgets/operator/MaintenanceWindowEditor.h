#pragma once

#include "operator/MaintenanceSchedule.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// One maintenance window as the operator writes it: machines as hostname + IP rows (Mesos
// matches on both), the start as a local date-time, a duration (or none). Each field says
// what is wrong with it as it is typed, and Save stays disabled while anything is. Save asks
// the page to send (saveRequested); the dialog stays open until the page closes it, so a
// refusal (showRefusal, the master's words) loses nothing that was typed.
class MaintenanceWindowEditor : public QDialog {
    Q_OBJECT
public:
    explicit MaintenanceWindowEditor(QWidget* parent = nullptr);

    void setWindow(const MaintenanceWindow& window);
    MaintenanceWindow window() const;
    // Machines of the schedule's other windows: a machine may be in one window only.
    void setOtherWindows(const QList<MaintenanceWindow>& others);
    // The registered agents' machines, offered for adding with one pick.
    void setKnownMachines(const QList<MachineId>& machines);

    void setBusy(bool busy); // sending: Save off, fields kept
    void showRefusal(const QString& text);

    // Test seams.
    int machineRows() const { return int(m_rows.size()); }
    QLineEdit* hostnameEdit(int row) const { return m_rows.value(row).hostname; }
    QLineEdit* ipEdit(int row) const { return m_rows.value(row).ip; }
    QLabel* rowProblem(int row) const { return m_rows.value(row).problem; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* addMachineButton() const { return m_addMachine; }
    QComboBox* knownMachines() const { return m_known; }
    QDateTimeEdit* startEdit() const { return m_start; }
    QSpinBox* hoursBox() const { return m_hours; }
    QSpinBox* minutesBox() const { return m_minutes; }
    QCheckBox* openEndedBox() const { return m_openEnded; }
    QLabel* problemLabel() const { return m_problem; }
    QLabel* refusalLabel() const { return m_refusal; }
    void addMachine(const MachineId& machine = {});

signals:
    void saveRequested(const MaintenanceWindow& window);

private:
    struct MachineRow {
        QLineEdit* hostname = nullptr;
        QLineEdit* ip = nullptr;
        QPushButton* remove = nullptr;
        QLabel* problem = nullptr;
    };
    void removeMachine(QPushButton* button);
    void validate();

    QGridLayout* m_machineGrid;
    QList<MachineRow> m_rows;
    QComboBox* m_known;
    QPushButton* m_addMachine;
    QDateTimeEdit* m_start;
    QLabel* m_startNote;
    QSpinBox* m_hours;
    QSpinBox* m_minutes;
    QCheckBox* m_openEnded;
    QLabel* m_problem;
    QLabel* m_refusal;
    QPushButton* m_save;
    QList<MaintenanceWindow> m_others;
    QList<MachineId> m_knownMachines;
    bool m_busy = false;
};
