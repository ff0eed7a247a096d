#pragma once

#include <QList>
#include <QString>
#include <optional>
#include <random>

// The chaos test's faults, in an order and with parameters drawn from one seed (std::mt19937), so
// a failing run is repeated exactly by its seed. The first steps are every kind once, shuffled,
// so even a short run injects each fault the devcluster has; after that kinds are drawn at random,
// a third of them with a fault rule at the same time, and ZooKeeper stays down past the window's
// 10 s session timeout now and then.
class ChaosSchedule {
public:
    enum class Kind {
        KillLeadingMaster, // and restart it after the hold
        KillAgent,         // one that does not run the followed log's task
        KillZooKeeper,     // the test's private server, restarted on its port
        KillMarathonLeader,
        Slow,
        Status500,
        Truncate,
        Malformed,
        Drop,
        DropStreams,
        DeployApp,
        ScaleApp,
    };
    static constexpr int KindCount = int(Kind::ScaleApp) + 1;

    struct Step {
        int number = 0;
        Kind kind = Kind::Slow;
        QString server;    // fault rules: "master", "agent" or "marathon"
        int index = 0;     // KillAgent: the agent; ScaleApp: which app
        int holdMs = 0;    // how long the fault stays before it heals
        int delayMs = 0;   // Slow: the delay; Drop: how long a stream lives
        int instances = 0; // ScaleApp, DeployApp
        // A fault rule in force at the same time (Slow...Drop on companionServer), or none.
        std::optional<Kind> companion;
        QString companionServer;
        QString describe() const;
    };

    // agents: how many the devcluster has; agent 0 is never killed (it runs the followed log).
    ChaosSchedule(quint32 seed, int agents);
    Step next();
    quint32 seed() const { return m_seed; }

    static QString kindName(Kind kind);
    static bool isRule(Kind kind) { return kind >= Kind::Slow && kind <= Kind::Drop; }

private:
    quint32 m_seed;
    int m_agents;
    std::mt19937 m_random;
    QList<Kind> m_firstRound;
    int m_number = 0;
    int draw(int low, int high); // inclusive
};
