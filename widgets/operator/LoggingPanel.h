#pragma once

#include "net/HttpTransport.h"

#include <QPointer>
#include <QWidget>
#include <chrono>

class ClusterSession;
class OperatorFeedback;
class OperatorPoller;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

// The leading master's verbose logging (glog's --v level): the level now (v1
// GET_LOGGING_LEVEL, or /logging/toggle's own answer before 1.0), and raising it for a while
// through GET /logging/toggle?level=N&duration=D, confirmed first and refused in read-only
// mode. Mesos puts the level back by itself when the duration is over; it refuses a level below
// the one the master started with.
class LoggingPanel : public QWidget {
    Q_OBJECT
public:
    explicit LoggingPanel(QWidget* parent = nullptr);
    ~LoggingPanel() override;

    void attach(ClusterSession* session);
    void setReadOnly(bool readOnly);
    void setPollInterval(std::chrono::milliseconds interval); // test seam

    int currentLevel() const { return m_level; } // -1 while not known
    QLabel* levelLabel() const { return m_levelLabel; }
    QSpinBox* levelBox() const { return m_levelBox; }
    QComboBox* durationBox() const { return m_duration; }
    QPushButton* raiseButton() const { return m_raise; }
    QLabel* actionLabel() const;
    QLabel* readOnlyLabel() const;

private:
    void onLevel(const HttpTransport::Response& response);
    void raise();
    void updateButton();

    OperatorPoller* m_poller;
    OperatorFeedback* m_feedback;
    QLabel* m_levelLabel;
    QSpinBox* m_levelBox;
    QComboBox* m_duration;
    QPushButton* m_raise;
    QPointer<ClusterSession> m_session;
    int m_level = -1;
    bool m_readOnly = false;
};
