#pragma once

#include "connections/Profile.h"

#include <QDialog>
#include <QHash>

class CredentialStore;
class EndpointAuthEditor;
class ProfileStore;
class ProfileTlsEditor;
class QTabWidget;
class ProfileTestView;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

// Add, edit, duplicate and delete (confirmed) the cluster profiles, and test one. The form is
// checked as it is typed (the reason shown at the form, Save disabled); nothing typed is lost
// on an error, and leaving a profile with unsaved changes asks first.
// Authentication per endpoint and TLS trust have their own tabs. Passwords and tokens go to the
// credential store (the keychain) under Profile::secretKey, asynchronously, when the profile is
// saved; a password typed into a URL is moved out of it into the endpoint's fields first.
class ProfilesDialog : public QDialog {
    Q_OBJECT
public:
    explicit ProfilesDialog(ProfileStore* store, QWidget* parent = nullptr);
    ~ProfilesDialog() override;

    // Where secrets are kept (default: the OS keychain); taken over. For tests.
    void setCredentialStore(CredentialStore* secrets);
    // Keychain writes of the last save still under way.
    int pendingWrites() const { return m_pendingWrites; }

    void select(const QString& profileId);
    QString currentId() const { return m_current.id; }
    Profile edited() const; // the form as it stands
    bool isDirty() const;

    // Widgets, for tests.
    QListWidget* list() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* zkEdit() const { return m_zk; }
    QLineEdit* mastersEdit() const { return m_masters; }
    QLineEdit* marathonEdit() const { return m_marathon; }
    QCheckBox* readOnlyBox() const { return m_readOnly; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* duplicateButton() const { return m_duplicate; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* connectButton() const { return m_connect; }
    ProfileTestView* testView() const { return m_testView; }
    QTabWidget* tabs() const { return m_tabs; }
    EndpointAuthEditor* authEditor(Profile::Endpoint endpoint) const { return m_auth.value(endpoint); }
    ProfileTlsEditor* tlsEditor() const { return m_tls; }
    QLabel* noteLabel() const { return m_note; }

signals:
    void connectRequested(const QString& profileId);
    // The keychain took (or dropped) every secret of the profile's last save.
    void secretsSaved(const QString& profileId);

private:
    void reloadList();
    void load(const Profile& profile);
    void validate();
    QString problemOf(const Profile& profile) const; // empty when it can be saved
    bool leaveCurrent();
    void save();
    void add();
    void duplicate();
    void remove();
    void lookUpSecrets();
    void writeSecrets(const Profile& saved);
    void moveUrlSecrets();
    Profile fromForm() const; // what the fields say, URLs as typed
    void finishConnect();
    void runTest();

    ProfileStore* m_store;
    Profile m_current; // as last loaded or saved; an empty id for a new, unsaved profile
    bool m_loading = false;
    QListWidget* m_list;
    QLineEdit* m_name;
    QLineEdit* m_zk;
    QLineEdit* m_masters;
    QLineEdit* m_marathon;
    QLineEdit* m_marathonZkPath;
    QSpinBox* m_mesosPoll;
    QSpinBox* m_marathonPoll;
    QCheckBox* m_readOnly;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_add;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    QPushButton* m_test;
    QPushButton* m_connect;
    ProfileTestView* m_testView;
    QTabWidget* m_tabs;
    QHash<Profile::Endpoint, EndpointAuthEditor*> m_auth;
    ProfileTlsEditor* m_tls;
    QLabel* m_note;
    CredentialStore* m_secrets;
    int m_lookupSerial = 0; // answers for an earlier profile (or store) are dropped
    int m_pendingWrites = 0;
    bool m_connectAfterSave = false;
};
