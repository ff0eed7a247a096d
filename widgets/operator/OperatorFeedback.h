#pragma once

#include "net/HttpTransport.h"

#include <QObject>
#include <QString>
#include <functional>

class OperatorPoller;
class QLabel;
class QWidget;

// The lines an operator page shows about itself, all plain text (they carry the master's
// words): how current the data is (read at / could not be read, shown as last read), the
// outcome of the last action (the master's refusal in red), and the read-only note.
class OperatorFeedback : public QObject {
    Q_OBJECT
public:
    explicit OperatorFeedback(QWidget* parent);

    QLabel* statusLabel() const { return m_status; }
    QLabel* actionLabel() const { return m_action; }
    QLabel* readOnlyLabel() const { return m_readOnly; }

    // A new session: nothing read yet (what: "Reading the roles…", empty when detached).
    void restart(const QString& reading);
    // A poll failed (the HTTP error or our parse error); the rows stay as last read.
    void readFailed(const QString& error);
    void read(const QString& summary); // "3 agents, read at 12:00:01."
    void setReadOnly(bool on, const QString& note);

    // Sends an action through the poller, shows "Sending…", then doneText or the refusal, and
    // polls again at once so the page shows its effect.
    void send(OperatorPoller* poller, const QByteArray& body, const QString& doneText);
    // The same for any request (v0 endpoints); done, when given, runs after a success.
    void send(OperatorPoller* poller, const QByteArray& method, const QString& path, const QByteArray& body,
              const QString& doneText, const std::function<void()>& done = {});
    void showAction(const QString& text, bool error);

private:
    QLabel* m_status;
    QLabel* m_action;
    QLabel* m_readOnly;
    bool m_seenAnswer = false;
};
