#pragma once

#include "connections/Profile.h"

#include <QGroupBox>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QToolButton;

// How a profile signs in to one endpoint: the kind (None, Basic, Token; for ZooKeeper None or
// Digest), the user, and a password or token field. The secret itself is never read back into
// the field: the field stays empty and says whether the keychain holds one; what is typed there
// replaces it when the profile is saved. A keychain failure is shown under the field, and what
// was typed stays.
class EndpointAuthEditor : public QGroupBox {
    Q_OBJECT
public:
    enum class Stored { Unknown, Checking, Stored, Missing, Failed };

    EndpointAuthEditor(const QString& title, bool zooKeeper, QWidget* parent = nullptr);

    void setAuth(const Profile::Auth& auth); // forgets a typed secret
    Profile::Auth auth() const;
    QString typedSecret() const;
    void clearTypedSecret();
    // A user and a secret that were typed into a URL: shown here (the secret masked) until saved.
    void takeFromUrl(const Profile::Auth& auth, const QString& secret);
    // What the keychain holds for this endpoint; Failed shows why (error) under the field.
    void setStored(Stored stored, const QString& error = {});
    Stored stored() const { return m_stored; }
    QString storedError() const { return m_error; } // the keychain's complaint when Failed
    // Why the endpoint cannot be saved as it is (empty when it can).
    QString problem() const;

    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* secretEdit() const { return m_secret; }
    QToolButton* showButton() const { return m_show; }
    QLabel* statusLabel() const { return m_status; }

signals:
    void changed();

private:
    void update();

    bool m_zooKeeper;
    Stored m_stored = Stored::Unknown;
    QString m_error;
    QComboBox* m_kind;
    QLineEdit* m_user;
    QLineEdit* m_secret;
    QToolButton* m_show;
    QLabel* m_secretLabel;
    QLabel* m_status;
    QFormLayout* m_form;
};
