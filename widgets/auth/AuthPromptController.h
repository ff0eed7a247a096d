#pragma once

#include "auth/AuthBroker.h"
#include "core/ConnectionTarget.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class CredentialPrompt;
class CredentialStore;
class MemoryCredentialStore;
class QAction;
class QWidget;

// The window's side of a session's AuthBroker: when a host asks for credentials it first tries what
// was remembered (this run's memory, then the keychain), else opens a CredentialPrompt; what the
// operator enters is remembered only once a server has accepted it. A 403 on a mutating call
// becomes readOnlyCredentials, which the window shows by disabling the actions with the reason.
class AuthPromptController : public QObject {
    Q_OBJECT
public:
    // keychain: the OS keychain (taken over); the memory store for "this run" is the controller's own.
    AuthPromptController(QWidget* window, CredentialStore* keychain, QObject* parent = nullptr);
    ~AuthPromptController() override;

    // The session's broker; nullptr before the session goes (its open prompts close, unanswered).
    void attach(AuthBroker* broker);
    void setKeychain(CredentialStore* keychain); // taken over; for tests
    CredentialStore* keychain() const { return m_keychain; } // also where profiles keep their secrets
    // File → Sign In Again: hosts that stopped asking (canceled, refused too often) ask again.
    QAction* signInAgainAction() const { return m_signInAgain; }
    QList<CredentialPrompt*> openPrompts() const;
    // A password typed into the connection URL (zk://user:pw@..., https://user:pw@...) is moved to
    // the keychain (or, without one, kept for this run) under the URL shown, which has none; a URL
    // with a user but no password (a recent one) gets it back from there. Returns true when it
    // looks the password up: then connect is called with the target filled in (or as it was).
    bool takeUrlSecret(const ConnectionTarget& target, std::function<void(const ConnectionTarget&)> connect);

signals:
    void promptOpened(CredentialPrompt* prompt);
    void readOnlyCredentials(Profile::Endpoint group, const QString& reason);

private:
    struct Remember {
        bool remember = false;
        bool keychain = false;
    };
    void onNeeded(const AuthBroker::Request& request);
    void lookUp(const AuthBroker::Request& request);
    void openPrompt(const AuthBroker::Request& request, const QString& keychainProblem);
    void onAccepted(const AuthBroker::Request& request, const HttpCredential& credential);

    QWidget* m_window;
    CredentialStore* m_keychain;
    MemoryCredentialStore* m_run;
    QPointer<AuthBroker> m_broker;
    QHash<QString, QPointer<CredentialPrompt>> m_prompts; // by scope
    QHash<QString, Remember> m_remember;                  // by scope, until accepted
    QAction* m_signInAgain;
    QString m_lookedUp; // the display URL whose password was just looked up (found or not)
};
