#pragma once

#include "connections/Profile.h"
#include "fleet/ClusterProbe.h"

#include <QPointer>
#include <QWidget>

class QLabel;

// "Test the connection" of the profiles dialog: ZooKeeper, leader, Mesos, Marathon, each line
// showing its outcome the moment that step completes (the probe runs asynchronously).
class ProfileTestView : public QWidget {
    Q_OBJECT
public:
    explicit ProfileTestView(QWidget* parent = nullptr);

    void run(const Profile& profile);
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
