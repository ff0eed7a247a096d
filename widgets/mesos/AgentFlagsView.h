#pragma once

#include "net/HttpTransport.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class FlagsModel;
class MesosFilterProxy;
class OperatorFeedback;
class QLineEdit;
class QPushButton;
class QTableView;

// One agent's flags (GET <agent>/flags, /slave(1)/flags where /flags is not served), every one by
// name, searchable. Read on demand (the page opening, Refresh): flags change only when the agent
// restarts. Through the transport the sandbox uses (the profile's agent credentials and TLS); a
// refusal is shown in the agent's words, the rows as last read.
class AgentFlagsView : public QWidget {
    Q_OBJECT
public:
    AgentFlagsView(HttpTransport* transport, QWidget* parent = nullptr);

    // Where the agent is (empty: not known, nothing is read).
    void setAgentUrl(const QUrl& agentUrl);
    void refresh();
    bool hasRead() const { return m_read; }

    FlagsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    QPushButton* refreshButton() const { return m_refresh; }
    QString statusText() const;

signals:
    void flagsRead(); // an answer was applied (tests and the page's work directory wait for it)

private:
    void fetch(const QString& path);
    void onAnswer(const QString& path, const HttpTransport::Response& response);

    QPointer<HttpTransport> m_transport;
    FlagsModel* m_model;
    MesosFilterProxy* m_proxy;
    OperatorFeedback* m_feedback;
    QTableView* m_view;
    QLineEdit* m_filter;
    QPushButton* m_refresh;
    QUrl m_agentUrl;
    QPointer<QNetworkReply> m_reply;
    bool m_read = false;
};
