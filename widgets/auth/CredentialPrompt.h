#pragma once

#include "auth/AuthBroker.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for the credentials a host wants, in place: names the host and the realm, says why it asks
// again (a refused password), warns when the host is not one of the connection's, and offers to
// remember what is entered (in the keychain, or, without a usable keychain, for this run only).
// Opened with open(), never exec(): the network callbacks that asked keep running meanwhile.
class CredentialPrompt : public QDialog {
    Q_OBJECT
public:
    explicit CredentialPrompt(const AuthBroker::Request& request, QWidget* parent = nullptr);

    const AuthBroker::Request& request() const { return m_request; }
    // Fills in what was remembered or last tried (a refused user stays filled in, the password not).
    void setRequest(const AuthBroker::Request& request);
    // Empty: the keychain works; else why not, and the checkbox keeps the secret for this run only.
    void setKeychainProblem(const QString& problem);

    HttpCredential credential() const;
    bool remember() const;
    bool rememberInKeychain() const { return remember() && m_keychainProblem.isEmpty(); }

    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* secretEdit() const { return m_secret; }
    QComboBox* kindBox() const { return m_kind; }
    QCheckBox* rememberBox() const { return m_remember; }
    QLabel* errorLabel() const { return m_error; }
    QLabel* keychainLabel() const { return m_keychain; }

private:
    void updateKind();
    void updateOk();

    AuthBroker::Request m_request;
    QString m_keychainProblem;
    QLabel* m_intro;
    QLabel* m_outside;
    QLabel* m_error;
    QComboBox* m_kind;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_secretLabel;
    QLineEdit* m_secret;
    QCheckBox* m_remember;
    QLabel* m_keychain;
    QDialogButtonBox* m_buttons;
};
