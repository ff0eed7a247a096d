#pragma once

#include "connections/Profile.h"
#include "fleet/ClusterProbe.h"

#include <QPointer>
#include <QWidget>

class CredentialStore;
class QLabel;

// "Test the connection" of the profiles dialog: the keychain, ZooKeeper, leader, Mesos, Marathon,
// each line showing its outcome the moment that step completes (the probe runs asynchronously),
// signed in as the profile would be.
class ProfileTestView : public QWidget {
    Q_OBJECT
public:
    explicit ProfileTestView(QWidget* parent = nullptr);

    // keychain: where the profile's saved secrets are read (null: none); typed: secrets typed and
    // not saved yet, which win.
    void run(const Profile& profile, CredentialStore* keychain = nullptr,
             const QHash<Profile::Endpoint, QString>& typed = {});
    void clear();
    bool isRunning() const { return m_probe && !m_probe->isFinished(); }
    QString stepText(ClusterProbe::Step step) const;

signals:
    void finished();

private:
    void setLine(ClusterProbe::Step step, const QString& mark, const QString& text);

    QPointer<ClusterProbe> m_probe;
    QList<QLabel*> m_lines; // by Step
};
