#pragma once

#include "ZkAcl.h"
#include "ZkStat.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

struct _zhandle;
struct ZkHandleContext;

// An asynchronous Qt face of the ZooKeeper C client (zookeeper_mt).
//
// The C client runs its own I/O and completion threads. Every callback from them is
// marshalled to the thread this object lives in, so users only ever see signals and
// completion functions on their own (the GUI) thread. Watches set through getChildren,
// getData and exists come back as childrenChanged / dataChanged / nodeCreated / nodeDeleted.
//
// When the server expires the session, a new one is made with the same settings; watches
// and ephemeral nodes of the old one are gone, so users re-read when Connected comes back.
class ZkSession : public QObject {
    Q_OBJECT
public:
    enum class State { Closed, Connecting, Connected, Expired, AuthFailed };
    Q_ENUM(State)

    // Container: a persistent node the server deletes once its last child is gone (3.5.3+).
    enum class CreateMode { Persistent, Ephemeral, EphemeralSequential, PersistentSequential, Container };

    // rc is a ZooKeeper return code (ZOK == 0); errorString(rc) says it in words.
    using ChildrenCallback = std::function<void(int rc, const QStringList& children)>;
    using DataCallback = std::function<void(int rc, const QByteArray& data)>;
    using CreateCallback = std::function<void(int rc, const QString& createdPath)>;
    using StatusCallback = std::function<void(int rc)>;
    // The explorer's reads: the same requests, with the node's Stat (and its ACL).
    using ChildrenStatCallback = std::function<void(int rc, const QStringList& children, const ZkStat& stat)>;
    using DataStatCallback = std::function<void(int rc, const QByteArray& data, const ZkStat& stat)>;
    using StatCallback = std::function<void(int rc, const ZkStat& stat)>;
    using AclCallback = std::function<void(int rc, const QList<ZkAcl>& acl, const ZkStat& stat)>;

    explicit ZkSession(QObject* parent = nullptr);
    ~ZkSession() override;
    Q_DISABLE_COPY_MOVE(ZkSession)

    // hosts: "h1:2181,h2:2181". Digest credentials are added with zoo_add_auth.
    void open(const QString& hosts, std::chrono::milliseconds sessionTimeout = std::chrono::seconds(10),
              const QString& digestUser = {}, const QString& digestPassword = {});
    // Ends the session at once (its ephemeral nodes go with it). No more signals follow.
    void close();
    // Drops the current session and makes a new one, as Mesos does when a lost connection
    // outlives the session timeout (so nobody acts on a membership that may be gone).
    void restartSession();

    State state() const { return m_state; }
    QString hosts() const { return m_hosts; }
    // The timeout the server granted, or the requested one before the first connect.
    std::chrono::milliseconds sessionTimeout() const;
    qint64 sessionId() const;

    void getChildren(const QString& path, bool watch, ChildrenCallback done);
    void getData(const QString& path, bool watch, DataCallback done);
    void exists(const QString& path, bool watch, StatusCallback done);
    void getChildrenWithStat(const QString& path, bool watch, ChildrenStatCallback done);
    void getDataWithStat(const QString& path, bool watch, DataStatCallback done);
    void stat(const QString& path, bool watch, StatCallback done);
    void getAcl(const QString& path, AclCallback done);
    void create(const QString& path, const QByteArray& data, CreateMode mode, CreateCallback done);
    void remove(const QString& path, StatusCallback done);
    // The explorer's writes, always with the version the operator saw (ZBADVERSION otherwise).
    void setData(const QString& path, const QByteArray& data, int version, StatCallback done);
    void remove(const QString& path, int version, StatusCallback done);
    // Creates every missing persistent parent of path (like mkdir -p), then calls done.
    void ensurePath(const QString& path, StatusCallback done);

    static QString errorString(int rc);
    static QString stateName(State state);

    // Handles are closed on a background thread so the GUI never waits for the server.
    // main() calls this before returning so that every close finishes cleanly.
    static void waitForPendingCloses(std::chrono::milliseconds timeout = std::chrono::seconds(3));

signals:
    void stateChanged(ZkSession::State state);
    void childrenChanged(const QString& path);
    void dataChanged(const QString& path);
    void nodeCreated(const QString& path);
    void nodeDeleted(const QString& path);

private:
    friend struct ZkCallbacks;
    void startHandle();
    void releaseHandle();
    void onSessionEvent(int zooState, _zhandle* handle);
    void setState(State state);
    bool ready(int* rc) const;

    _zhandle* m_handle = nullptr;
    std::shared_ptr<ZkHandleContext> m_context;
    State m_state = State::Closed;
    QString m_hosts;
    std::chrono::milliseconds m_requestedTimeout{10000};
    QString m_user;
    QString m_password;
};
