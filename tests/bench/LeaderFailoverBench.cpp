#include "BenchRegistry.h"
#include "LeaderFailoverBench.h"

#include "FakeMaster.h"
#include "TestEnvironment.h"
#include "mesos/MesosLeaderDetector.h"
#include "zookeeper/ZkSession.h"

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace {
double median(std::vector<double> values) {
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
} // namespace

// From deleting the leader's node in a real ZooKeeper to the detector's leaderChanged signal,
// median of `rounds`. Baseline: one getChildren round trip on the same session.
LeaderFailoverResult runLeaderFailoverBench(const QString& hosts, int rounds) {
    LeaderFailoverResult result;
    const QString path = TestEnvironment::uniqueZnodePath(QStringLiteral("mesos"));
    ZkSession session;
    MesosLeaderDetector detector(&session, path);
    QObject::connect(&session, &ZkSession::stateChanged, &detector, &MesosLeaderDetector::start);
    session.open(hosts);
    if (!TestEnvironment::waitUntil([&] { return session.state() == ZkSession::State::Connected; }, 10000)) {
        result.error = QStringLiteral("cannot connect to ZooKeeper at ") + hosts;
        return result;
    }
    FakeMaster standby(hosts, path);
    standby.registerNode(QStringLiteral("json.info_"), FakeMaster::masterInfoJson(QStringLiteral("standby"), 5050));

    std::vector<double> failovers;
    std::vector<double> roundTrips;
    for (int i = 0; i < rounds; ++i) {
        FakeMaster leader(hosts, path);
        // A new member gets a higher sequence, so it cannot lead while "standby" is there;
        // give each round a leader by removing and re-adding the standby behind it.
        const QString leaderNode = leader.registerNode(QStringLiteral("json.info_"),
                                                       FakeMaster::masterInfoJson(QStringLiteral("leader"), 5050));
        standby.close();
        standby.session().open(hosts);
        TestEnvironment::waitUntil([&] { return standby.session().state() == ZkSession::State::Connected; }, 5000);
        standby.registerNode(QStringLiteral("json.info_"), FakeMaster::masterInfoJson(QStringLiteral("standby"), 5050));
        if (!TestEnvironment::waitUntil([&] { return detector.leader().hostname == QLatin1String("leader"); }, 5000)) {
            result.error = QStringLiteral("the detector never saw the round's leader");
            return result;
        }
        QElapsedTimer rt;
        rt.start();
        bool answered = false;
        session.getChildren(path, false, [&](int, const QStringList&) { answered = true; });
        TestEnvironment::waitUntil([&] { return answered; }, 5000);
        roundTrips.push_back(double(rt.nsecsElapsed()) / 1e6);

        QElapsedTimer timer;
        bool changed = false;
        auto connection = QObject::connect(&detector, &MesosLeaderDetector::leaderChanged, [&](const MasterInfo& info) {
            if (info.hostname == QLatin1String("standby") && !changed) {
                changed = true;
                failovers.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
        });
        timer.start();
        leader.session().remove(leaderNode, [](int) {});
        TestEnvironment::waitUntil([&] { return changed; }, 5000);
        QObject::disconnect(connection);
        leader.close();
    }
    result.failoverMedianMs = median(failovers);
    result.roundTripMedianMs = median(roundTrips);
    return result;
}

MESOSDESK_BENCH(leader_failover) {
    const LeaderFailoverResult result = runLeaderFailoverBench(context.zooKeeperHosts, 20);
    if (!result.error.isEmpty()) {
        *context.err << "leader_failover: " << result.error << Qt::endl;
        return false;
    }
    context.figure(QStringLiteral("leader_failover_ms"), result.failoverMedianMs);
    context.figure(QStringLiteral("zk_roundtrip_ms"), result.roundTripMedianMs);
    context.figure(QStringLiteral("leader_failover_vs_roundtrip"), result.failoverMedianMs / qMax(0.001, result.roundTripMedianMs));
    return true;
}
