#pragma once

#include "mesos/MasterInfo.h"

#include <QDateTime>
#include <QList>

// What is known of a cluster's Mesos leadership at one moment, and nothing more: every field
// is what ZooKeeper or a master said, never what MesosDesk assumed.
struct LeaderSummary {
    enum class State {
        Unknown, // not yet asked, or the one who would know (ZooKeeper, the master) cannot be reached
        None,    // asked, and no master leads
        Known,
    };
    struct Master {
        enum class Role { Leader, Standby };
        QString address; // host:port
        Role role = Role::Standby;
        qint64 sequence = -1; // ZooKeeper membership sequence; -1 when not from ZooKeeper
        QString version;
        bool operator==(const Master&) const = default;
    };

    State state = State::Unknown;
    MasterInfo leader;     // set when Known
    QDateTime elected;     // the leader's election time (UTC); invalid when not known
    QList<Master> masters; // every master known, leader first
    int masterCount = -1;  // registered masters; -1 when not known (no ZooKeeper)
    QString entry;         // a master URL connection: the master named, host:port
    bool entryIsStandby = false;

    bool operator==(const LeaderSummary&) const = default;
};
