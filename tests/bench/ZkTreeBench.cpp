#include "BenchRegistry.h"
#include "TestEnvironment.h"
#include "ZkTreeModel.h"
#include "zookeeper/ZkSession.h"

#include <QElapsedTimer>
#include <QTreeView>
#include <algorithm>
#include <vector>
#include <zookeeper/zookeeper.h>

namespace {
double medianOf(std::vector<double> values) {
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
} // namespace

// Expanding a node with 10,000 children in a real QTreeView until its last row has a place on
// screen (the listing, the rows' insertion and the view's layout), median of 5; against one
// getChildren round trip of an empty node on the same session. At most 50 round trips: one
// listing, not a request per child.
MESOSDESK_BENCH(zk_tree_expand) {
    const QString hosts = context.zooKeeperHosts;
    const QString base = TestEnvironment::uniqueZnodePath(QStringLiteral("bench-tree"));
    ZkSession session;
    session.open(hosts);
    if (!TestEnvironment::waitUntil([&] { return session.state() == ZkSession::State::Connected; }, 10000)) {
        *context.err << "zk_tree_expand: cannot connect to ZooKeeper at " << hosts << Qt::endl;
        return false;
    }
    bool made = false;
    session.ensurePath(
        base, [&](int) { session.ensurePath(base + QStringLiteral("-empty"), [&](int) { made = true; }); });
    TestEnvironment::waitUntil([&] { return made; }, 10000);
    int created = 0;
    for (int i = 0; i < 10000; ++i)
        session.create(base + QStringLiteral("/child-%1").arg(i, 5, 10, QLatin1Char('0')), {},
                       ZkSession::CreateMode::Persistent,
                       [&](int rc, const QString&) { created += rc == ZOK ? 1 : 0; });
    if (!TestEnvironment::waitUntil([&] { return created == 10000; }, 120000)) {
        *context.err << "zk_tree_expand: could not create 10,000 children" << Qt::endl;
        return false;
    }
    std::vector<double> roundTrips;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        bool answered = false;
        session.getChildren(base + QStringLiteral("-empty"), false,
                            [&](int, const QStringList&) { answered = true; });
        TestEnvironment::waitUntil([&] { return answered; }, 5000);
        roundTrips.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::vector<double> expands;
    for (int round = 0; round < 5; ++round) {
        ZkTreeModel model;
        model.setSession(&session);
        model.setRootPath(base);
        QTreeView view;
        view.setUniformRowHeights(true);
        view.setModel(&model);
        view.resize(1024, 700);
        view.show();
        const QModelIndex root = model.rootIndex();
        TestEnvironment::waitUntil([&] { return model.statOf(root).valid; }, 5000);
        QElapsedTimer timer;
        timer.start();
        view.expand(root);
        model.setExpanded(root, true);
        const bool shown = TestEnvironment::waitUntil(
            [&] {
                return model.rowCount(root) == 10000 && view.visualRect(model.index(9999, 0, root)).isValid();
            },
            20000);
        if (!shown) {
            *context.err << "zk_tree_expand: the 10,000 rows were not shown (" << model.rowCount(root)
                         << " rows)" << Qt::endl;
            return false;
        }
        expands.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double expand = medianOf(expands);
    const double roundTrip = medianOf(roundTrips);
    context.figure(QStringLiteral("zk_tree_expand_ms"), expand);
    context.figure(QStringLiteral("zk_tree_roundtrip_ms"), roundTrip, 3);
    context.figure(QStringLiteral("zk_tree_expand_vs_roundtrip"), expand / qMax(0.001, roundTrip));
    return true;
}
