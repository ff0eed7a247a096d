#pragma once

#include "LeaderSummary.h"

#include <QObject>

class ClusterStore;
class MesosLeaderDetector;
class MesosSource;

// One account of who leads a cluster, from ZooKeeper's election (when connected through it)
// and from what the masters say of themselves (a standby's redirect, GET_MASTER's
// master_info and elected_time). Views show summary() and nothing of their own guessing.
class ClusterLeader : public QObject {
    Q_OBJECT
public:
    // detector is null for a master URL connection.
    ClusterLeader(MesosLeaderDetector* detector, MesosSource* source, ClusterStore* store,
                  QObject* parent = nullptr);

    const LeaderSummary& summary() const { return m_summary; }

signals:
    void changed(const LeaderSummary& summary);

private:
    void update();
    LeaderSummary fromZooKeeper() const;
    LeaderSummary fromMasterUrl() const;
    QDateTime electedTime(const MasterInfo& leader) const;

    MesosLeaderDetector* m_detector;
    MesosSource* m_source;
    ClusterStore* m_store;
    LeaderSummary m_summary;
};
