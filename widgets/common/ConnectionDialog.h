#pragma once

#include "core/ConnectionTarget.h"

#include <QDialog>

class CredentialStore;
class QCheckBox;
class ProfileStore;
class QComboBox;
class QPushButton;
class QLabel;
class QDialogButtonBox;

// Asks for a ZooKeeper URL or a master URL. Recent entries are offered (without passwords);
// a malformed entry is explained inline and the text is kept as typed.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    ConnectionTarget target() const { return m_target; }
    // With a store, "Save as profile" keeps what was typed as a cluster profile; a password in
    // the URL goes to secrets (the keychain by default; not taken over) under the profile's key.
    void setProfileStore(ProfileStore* store, CredentialStore* secrets = nullptr);
    QPushButton* saveProfileButton() const { return m_saveProfile; }
    QCheckBox* httpsBox() const { return m_https; }

    // Remembers text (password removed) at the top of the recent list, and a ZooKeeper URL's
    // HTTPS choice for the next time.
    static void remember(const ConnectionTarget& target);

private:
    void validate();
    void saveAsProfile();

    QComboBox* m_input;
    QCheckBox* m_https;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_saveProfile;
    ProfileStore* m_store = nullptr;
    CredentialStore* m_secrets = nullptr;
    ConnectionTarget m_target;
};
