#pragma once

#include "TestEnvironment.h"
#include "zookeeper/ZkSession.h"

// What the explorer's tests do to the real ZooKeeper before they look: wait for the session,
// make a node (with its parents), read one back. Each waits up to 10 s for the answer.
namespace ZkTestNodes {
inline bool connected(ZkSession& session) {
    return TestEnvironment::waitUntil([&] { return session.state() == ZkSession::State::Connected; }, 10000);
}

inline int createNode(ZkSession& session, const QString& path, const QByteArray& data = {},
                      ZkSession::CreateMode mode = ZkSession::CreateMode::Persistent) {
    int result = -100;
    session.ensurePath(path.left(path.lastIndexOf(u'/')), [&](int) {
        session.create(path, data, mode, [&](int rc, const QString&) { result = rc; });
    });
    TestEnvironment::waitUntil([&] { return result != -100; }, 10000);
    return result;
}
} // namespace ZkTestNodes
