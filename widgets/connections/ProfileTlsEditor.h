#pragma once

#include "connections/Profile.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// A profile's TLS trust: an extra CA file (checked as it is typed: it must hold PEM certificates,
// else the reason is shown), whether the leaders ZooKeeper names serve https, and the certificates
// pinned for its hosts, which can be removed.
class ProfileTlsEditor : public QWidget {
    Q_OBJECT
public:
    explicit ProfileTlsEditor(QWidget* parent = nullptr);

    void setTls(const Profile::Tls& tls);
    Profile::Tls tls() const;
    // Why the TLS settings cannot be saved (empty when they can).
    QString problem() const { return m_problem; }

    QLineEdit* caFileEdit() const { return m_caFile; }
    QPushButton* browseButton() const { return m_browse; }
    QCheckBox* discoveredHttpsBox() const { return m_discoveredHttps; }
    QLabel* caStatusLabel() const { return m_caStatus; }
    QTreeWidget* pinList() const { return m_pins; }
    QPushButton* removePinButton() const { return m_removePin; }

signals:
    void changed();

private:
    void checkCaFile();
    void browse();

    QLineEdit* m_caFile;
    QPushButton* m_browse;
    QLabel* m_caStatus;
    QCheckBox* m_discoveredHttps;
    QTreeWidget* m_pins;
    QPushButton* m_removePin;
    QString m_problem;
};
