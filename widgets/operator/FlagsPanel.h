#pragma once

#include "net/HttpTransport.h"

#include <QPointer>
#include <QWidget>
#include <chrono>

class ClusterSession;
class FlagsModel;
class MesosFilterProxy;
class OperatorFeedback;
class OperatorPoller;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The leading master's flags (v1 GET_FLAGS, /master/flags before 1.0), every one by name,
// searchable. Flags change only when a master restarts, so they are read again on demand
// (Refresh), when another master leads, and otherwise rarely. A refusal (401, 403, a standby
// without a leader, a timeout) is shown in the master's words, the rows as last read.
class FlagsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FlagsPanel(QWidget* parent = nullptr);
    ~FlagsPanel() override;

    void attach(ClusterSession* session);
    void refresh();
    void setPollInterval(std::chrono::milliseconds interval); // test seam

    FlagsModel* model() const { return m_model; }
    MesosFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    QPushButton* refreshButton() const { return m_refresh; }
    QLabel* statusLabel() const;

private:
    void onAnswer(const HttpTransport::Response& response);

    FlagsModel* m_model;
    MesosFilterProxy* m_proxy;
    OperatorPoller* m_poller;
    OperatorFeedback* m_feedback;
    QTableView* m_view;
    QLineEdit* m_filter;
    QPushButton* m_refresh;
    QPointer<ClusterSession> m_session;
};
