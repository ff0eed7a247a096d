#include "ZkSession.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaObject>

#include <zookeeper/zookeeper.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcZk, "mesosdesk.zookeeper", QtWarningMsg)

// Shared between a ZkSession and the C client's threads. The C client holds a raw pointer
// to it (as watcher context), and each request holds a shared_ptr, so it outlives both.
struct ZkHandleContext {
    std::mutex mutex;
    ZkSession* owner = nullptr; // cleared (under the mutex) when the handle is released
    // Requests the C client holds. zookeeper_close does not hand back a request still waiting for
    // its answer (its completion is queued after the completion thread has stopped, and leaks),
    // so a close first waits, briefly, for these to be answered.
    int inFlight = 0;
    std::condition_variable answered;

    void waitForAnswers(std::chrono::milliseconds timeout) {
        std::unique_lock lock(mutex);
        answered.wait_for(lock, timeout, [this] { return inFlight == 0; });
    }
};

namespace {
// Counts handles still closing in the background, so main() can wait for them.
struct PendingCloses {
    std::mutex mutex;
    std::condition_variable done;
    int count = 0;
};
PendingCloses& pendingCloses() {
    static PendingCloses pending;
    return pending;
}

// Runs fn on the owner's thread if the owner is still alive. Posting happens under the
// context mutex, so the owner cannot be destroyed between the check and the post; Qt drops
// events posted to an object that is deleted before they are delivered.
template <typename Fn>
void postToOwner(const std::shared_ptr<ZkHandleContext>& context, Fn&& fn) {
    std::lock_guard lock(context->mutex);
    if (context->owner)
        QMetaObject::invokeMethod(context->owner, std::forward<Fn>(fn), Qt::QueuedConnection);
}

// The C client prefixes its lines with the level, e.g. "...:ZOO_ERROR@handle_socket_error_msg@...".
void logToQt(const char* message) {
    // Its errors repeat several times a second while a server is down; the session state
    // already tells the user, so they are info here (QT_LOGGING_RULES="mesosdesk.zookeeper.info=true").
    const QByteArray line(message);
    if (line.contains("ZOO_ERROR@") || line.contains("ZOO_WARN@"))
        qCInfo(lcZk).noquote() << line.trimmed();
    else
        qCDebug(lcZk).noquote() << line.trimmed();
}

// One request's context for the C client; counted in its handle's inFlight while it lives.
template <typename Callback>
struct Request {
    Request(std::shared_ptr<ZkHandleContext> c, Callback d) : context(std::move(c)), done(std::move(d)) {
        std::lock_guard lock(context->mutex);
        ++context->inFlight;
    }
    ~Request() {
        std::lock_guard lock(context->mutex);
        if (--context->inFlight == 0)
            context->answered.notify_all();
    }
    Request(const Request&) = delete;
    Request& operator=(const Request&) = delete;

    std::shared_ptr<ZkHandleContext> context;
    Callback done;
};

QByteArray pathBytes(const QString& path) { return path.toUtf8(); }

ZkStat toStat(const Stat* stat) {
    ZkStat out;
    if (!stat)
        return out;
    out.czxid = stat->czxid;
    out.mzxid = stat->mzxid;
    out.ctime = stat->ctime;
    out.mtime = stat->mtime;
    out.version = stat->version;
    out.cversion = stat->cversion;
    out.aversion = stat->aversion;
    out.ephemeralOwner = stat->ephemeralOwner;
    out.dataLength = stat->dataLength;
    out.numChildren = stat->numChildren;
    out.pzxid = stat->pzxid;
    out.valid = true;
    return out;
}

int modeFlags(ZkSession::CreateMode mode) {
    switch (mode) {
    case ZkSession::CreateMode::Persistent:
        return 0;
    case ZkSession::CreateMode::Ephemeral:
        return ZOO_EPHEMERAL;
    case ZkSession::CreateMode::EphemeralSequential:
        return ZOO_EPHEMERAL_SEQUENTIAL;
    case ZkSession::CreateMode::PersistentSequential:
        return ZOO_PERSISTENT_SEQUENTIAL;
    case ZkSession::CreateMode::Container:
        return ZOO_CONTAINER;
    }
    return 0;
}
} // namespace

// C entry points, named so ZkSession can befriend them.
struct ZkCallbacks {
    static void watcher(zhandle_t* zh, int type, int state, const char* path, void* raw) {
        auto* weak = static_cast<std::weak_ptr<ZkHandleContext>*>(raw);
        const std::shared_ptr<ZkHandleContext> context = weak->lock();
        if (!context)
            return;
        const QString nodePath = path ? QString::fromUtf8(path) : QString();
        if (type == ZOO_SESSION_EVENT) {
            postToOwner(context, [context, zh, state] {
                if (context->owner)
                    context->owner->onSessionEvent(state, zh);
            });
            return;
        }
        postToOwner(context, [context, type, nodePath] {
            ZkSession* owner = context->owner;
            if (!owner)
                return;
            if (type == ZOO_CHILD_EVENT)
                emit owner->childrenChanged(nodePath);
            else if (type == ZOO_CHANGED_EVENT)
                emit owner->dataChanged(nodePath);
            else if (type == ZOO_CREATED_EVENT)
                emit owner->nodeCreated(nodePath);
            else if (type == ZOO_DELETED_EVENT)
                emit owner->nodeDeleted(nodePath);
        });
    }

    static void children(int rc, const String_vector* strings, const void* raw) {
        std::unique_ptr<Request<ZkSession::ChildrenCallback>> request(
            static_cast<Request<ZkSession::ChildrenCallback>*>(const_cast<void*>(raw)));
        postToOwner(request->context,
                    [done = std::move(request->done), rc, list = names(rc, strings)] { done(rc, list); });
    }

    static void data(int rc, const char* value, int length, const Stat*, const void* raw) {
        std::unique_ptr<Request<ZkSession::DataCallback>> request(
            static_cast<Request<ZkSession::DataCallback>*>(const_cast<void*>(raw)));
        const QByteArray bytes =
            (rc == ZOK && value && length > 0) ? QByteArray(value, length) : QByteArray();
        postToOwner(request->context, [done = std::move(request->done), rc, bytes] { done(rc, bytes); });
    }

    static QStringList names(int rc, const String_vector* strings) {
        QStringList names;
        if (rc == ZOK && strings) {
            names.reserve(strings->count);
            for (int i = 0; i < strings->count; ++i)
                names << QString::fromUtf8(strings->data[i]);
        }
        return names;
    }

    static void childrenStat(int rc, const String_vector* strings, const Stat* stat, const void* raw) {
        std::unique_ptr<Request<ZkSession::ChildrenStatCallback>> request(
            static_cast<Request<ZkSession::ChildrenStatCallback>*>(const_cast<void*>(raw)));
        postToOwner(request->context, [done = std::move(request->done), rc, list = names(rc, strings),
                                       s = toStat(rc == ZOK ? stat : nullptr)] { done(rc, list, s); });
    }

    static void dataStat(int rc, const char* value, int length, const Stat* stat, const void* raw) {
        std::unique_ptr<Request<ZkSession::DataStatCallback>> request(
            static_cast<Request<ZkSession::DataStatCallback>*>(const_cast<void*>(raw)));
        // The library owns value only during this call: copied here, on the completion thread.
        const QByteArray bytes =
            (rc == ZOK && value && length > 0) ? QByteArray(value, length) : QByteArray();
        postToOwner(request->context, [done = std::move(request->done), rc, bytes,
                                       s = toStat(rc == ZOK ? stat : nullptr)] { done(rc, bytes, s); });
    }

    static void statOnly(int rc, const Stat* stat, const void* raw) {
        std::unique_ptr<Request<ZkSession::StatCallback>> request(
            static_cast<Request<ZkSession::StatCallback>*>(const_cast<void*>(raw)));
        postToOwner(request->context, [done = std::move(request->done), rc,
                                       s = toStat(rc == ZOK ? stat : nullptr)] { done(rc, s); });
    }

    static void acl(int rc, ACL_vector* acls, Stat* stat, const void* raw) {
        std::unique_ptr<Request<ZkSession::AclCallback>> request(
            static_cast<Request<ZkSession::AclCallback>*>(const_cast<void*>(raw)));
        QList<ZkAcl> entries;
        if (rc == ZOK && acls) {
            for (int i = 0; i < acls->count; ++i) {
                const ACL& a = acls->data[i];
                entries.append({QString::fromUtf8(a.id.scheme), QString::fromUtf8(a.id.id), int(a.perms)});
            }
        }
        postToOwner(request->context, [done = std::move(request->done), rc, entries,
                                       s = toStat(rc == ZOK ? stat : nullptr)] { done(rc, entries, s); });
    }

    static void stat(int rc, const Stat*, const void* raw) {
        std::unique_ptr<Request<ZkSession::StatusCallback>> request(
            static_cast<Request<ZkSession::StatusCallback>*>(const_cast<void*>(raw)));
        postToOwner(request->context, [done = std::move(request->done), rc] { done(rc); });
    }

    static void status(int rc, const void* raw) { stat(rc, nullptr, raw); }

    static void created(int rc, const char* value, const void* raw) {
        std::unique_ptr<Request<ZkSession::CreateCallback>> request(
            static_cast<Request<ZkSession::CreateCallback>*>(const_cast<void*>(raw)));
        const QString path = (rc == ZOK && value) ? QString::fromUtf8(value) : QString();
        postToOwner(request->context, [done = std::move(request->done), rc, path] { done(rc, path); });
    }

    static void created2(int rc, const char* value, const Stat*, const void* raw) { created(rc, value, raw); }
};

ZkSession::ZkSession(QObject* parent) : QObject(parent) {}

ZkSession::~ZkSession() { releaseHandle(); }

void ZkSession::open(const QString& hosts, std::chrono::milliseconds sessionTimeout, const QString& digestUser,
                     const QString& digestPassword) {
    releaseHandle();
    m_hosts = hosts;
    m_requestedTimeout = sessionTimeout;
    m_user = digestUser;
    m_password = digestPassword;
    startHandle();
}

void ZkSession::close() {
    releaseHandle();
    setState(State::Closed);
}

void ZkSession::restartSession() {
    if (m_hosts.isEmpty())
        return;
    releaseHandle();
    startHandle();
}

void ZkSession::startHandle() {
    m_context = std::make_shared<ZkHandleContext>();
    m_context->owner = this;
    // The watcher context must stay valid until zookeeper_close returns; it is freed then.
    auto* watcherContext = new std::weak_ptr<ZkHandleContext>(m_context);
    const QByteArray hostBytes = m_hosts.toUtf8();
    zoo_set_debug_level(ZOO_LOG_LEVEL_WARN);
    m_handle = zookeeper_init2(hostBytes.constData(), &ZkCallbacks::watcher, int(m_requestedTimeout.count()),
                               nullptr, watcherContext, 0, &logToQt);
    if (!m_handle) {
        delete watcherContext;
        qCWarning(lcZk) << "zookeeper_init failed for" << m_hosts << errno;
        setState(State::Closed);
        return;
    }
    if (!m_user.isEmpty()) {
        const QByteArray credential = (m_user + u':' + m_password).toUtf8();
        zoo_add_auth(m_handle, "digest", credential.constData(), int(credential.size()), nullptr, nullptr);
    }
    setState(State::Connecting);
}

void ZkSession::releaseHandle() {
    if (!m_handle)
        return;
    {
        std::lock_guard lock(m_context->mutex);
        m_context->owner = nullptr;
    }
    zhandle_t* handle = m_handle;
    m_handle = nullptr;
    std::shared_ptr<ZkHandleContext> context = std::move(m_context);
    {
        std::lock_guard lock(pendingCloses().mutex);
        ++pendingCloses().count;
    }
    // zookeeper_close talks to the server and joins the client's threads: never on the GUI thread.
    std::thread([handle, context = std::move(context)] {
        // An answer normally comes within a round trip; a server that is gone fails the requests
        // with ZCONNECTIONLOSS once the client notices, which can take longer: do not wait for that.
        context->waitForAnswers(std::chrono::milliseconds(1500));
        auto* watcherContext = static_cast<std::weak_ptr<ZkHandleContext>*>(const_cast<void*>(zoo_get_context(handle)));
        zookeeper_close(handle);
        delete watcherContext;
        std::lock_guard lock(pendingCloses().mutex);
        --pendingCloses().count;
        pendingCloses().done.notify_all();
    }).detach();
}

void ZkSession::waitForPendingCloses(std::chrono::milliseconds timeout) {
    std::unique_lock lock(pendingCloses().mutex);
    pendingCloses().done.wait_for(lock, timeout, [] { return pendingCloses().count == 0; });
}

void ZkSession::onSessionEvent(int zooState, _zhandle* handle) {
    if (handle != m_handle)
        return; // a late event of a handle already released
    if (zooState == ZOO_CONNECTED_STATE || zooState == ZOO_READONLY_STATE) {
        setState(State::Connected);
    } else if (zooState == ZOO_EXPIRED_SESSION_STATE) {
        setState(State::Expired);
        restartSession();
    } else if (zooState == ZOO_AUTH_FAILED_STATE) {
        setState(State::AuthFailed);
    } else {
        setState(State::Connecting);
    }
}

void ZkSession::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

std::chrono::milliseconds ZkSession::sessionTimeout() const {
    if (m_handle && m_state == State::Connected)
        return std::chrono::milliseconds(zoo_recv_timeout(m_handle));
    return m_requestedTimeout;
}

qint64 ZkSession::sessionId() const {
    if (!m_handle)
        return 0;
    const clientid_t* id = zoo_client_id(m_handle);
    return id ? qint64(id->client_id) : 0;
}

bool ZkSession::ready(int* rc) const {
    *rc = m_handle ? ZOK : ZINVALIDSTATE;
    return m_handle != nullptr;
}

namespace {
// Calls the C function with a heap request; on an immediate failure, reports it
// asynchronously too, so callers see one code path.
template <typename Callback, typename Start>
void submit(ZkSession* session, const std::shared_ptr<ZkHandleContext>& context, Callback done, Start start,
            std::function<void(Callback&, int)> failNow) {
    if (!context) {
        QMetaObject::invokeMethod(session, [done, failNow]() mutable { failNow(done, ZINVALIDSTATE); },
                                  Qt::QueuedConnection);
        return;
    }
    auto* request = new Request<Callback>(context, std::move(done));
    const int rc = start(request);
    if (rc != ZOK) {
        std::unique_ptr<Request<Callback>> owned(request);
        QMetaObject::invokeMethod(
            session, [cb = std::move(owned->done), failNow, rc]() mutable { failNow(cb, rc); },
            Qt::QueuedConnection);
    }
}
} // namespace

void ZkSession::getChildren(const QString& path, bool watch, ChildrenCallback done) {
    const QByteArray p = pathBytes(path);
    zhandle_t* handle = m_handle;
    submit<ChildrenCallback>(
        this, m_context, std::move(done),
        [&](Request<ChildrenCallback>* r) {
            return zoo_aget_children(handle, p.constData(), watch ? 1 : 0, &ZkCallbacks::children, r);
        },
        [](ChildrenCallback& cb, int rc) { cb(rc, {}); });
}

void ZkSession::getData(const QString& path, bool watch, DataCallback done) {
    const QByteArray p = pathBytes(path);
    zhandle_t* handle = m_handle;
    submit<DataCallback>(
        this, m_context, std::move(done),
        [&](Request<DataCallback>* r) { return zoo_aget(handle, p.constData(), watch ? 1 : 0, &ZkCallbacks::data, r); },
        [](DataCallback& cb, int rc) { cb(rc, {}); });
}

void ZkSession::exists(const QString& path, bool watch, StatusCallback done) {
    const QByteArray p = pathBytes(path);
    zhandle_t* handle = m_handle;
    submit<StatusCallback>(
        this, m_context, std::move(done),
        [&](Request<StatusCallback>* r) {
            return zoo_aexists(handle, p.constData(), watch ? 1 : 0, &ZkCallbacks::stat, r);
        },
        [](StatusCallback& cb, int rc) { cb(rc); });
}

void ZkSession::getChildrenWithStat(const QString& path, bool watch, ChildrenStatCallback done) {
    const QByteArray p = pathBytes(path);
    zhandle_t* handle = m_handle;
    submit<ChildrenStatCallback>(
        this, m_context, std::move(done),
        [&](Request<ChildrenStatCallback>* r) {
            return zoo_aget_children2(handle, p.constData(), watch ? 1 : 0, &ZkCallbacks::childrenStat, r);
        },
        [](ChildrenStatCallback& cb, int rc) { cb(rc, {}, {}); });
}

void ZkSession::getDataWithStat(const QString& path, bool watch, DataStatCallback done) {
    const QByteArray p = pathBytes(path);
    zhandle_t* handle = m_handle;
    submit<DataStatCallback>(
        this, m_context, std::move(done),
        [&](Request<DataStatCallback>* r) {
            return zoo_aget(handle, p.constData(), watch ? 1 : 0, &ZkCallbacks::dataStat, r);
        },
        [](DataStatCallback& cb, int rc) { cb(rc, {}, {}); });
}

void ZkSession::stat(const QString& path, bool watch, StatCallback done) {
    const QByteArray p = pathBytes(path);
    zhandle_t* handle = m_handle;
    submit<StatCallback>(
        this, m_context, std::move(done),
        [&](Request<StatCallback>* r) {
            return zoo_aexists(handle, p.constData(), watch ? 1 : 0, &ZkCallbacks::statOnly, r);
        },
        [](StatCallback& cb, int rc) { cb(rc, {}); });
}

void ZkSession::getAcl(const QString& path, AclCallback done) {
    const QByteArray p = pathBytes(path);
    zhandle_t* handle = m_handle;
    submit<AclCallback>(
        this, m_context, std::move(done),
        [&](Request<AclCallback>* r) { return zoo_aget_acl(handle, p.constData(), &ZkCallbacks::acl, r); },
        [](AclCallback& cb, int rc) { cb(rc, {}, {}); });
}

void ZkSession::create(const QString& path, const QByteArray& data, CreateMode mode, CreateCallback done) {
    const QByteArray p = pathBytes(path);
    zhandle_t* handle = m_handle;
    submit<CreateCallback>(
        this, m_context, std::move(done),
        [&](Request<CreateCallback>* r) {
            // A container is only made by the create2 family (its own opcode on the wire).
            if (mode == CreateMode::Container)
                return zoo_acreate2(handle, p.constData(), data.constData(), int(data.size()),
                                    &ZOO_OPEN_ACL_UNSAFE, modeFlags(mode), &ZkCallbacks::created2, r);
            return zoo_acreate(handle, p.constData(), data.constData(), int(data.size()), &ZOO_OPEN_ACL_UNSAFE,
                               modeFlags(mode), &ZkCallbacks::created, r);
        },
        [](CreateCallback& cb, int rc) { cb(rc, {}); });
}

void ZkSession::remove(const QString& path, StatusCallback done) {
    const QByteArray p = pathBytes(path);
    zhandle_t* handle = m_handle;
    submit<StatusCallback>(
        this, m_context, std::move(done),
        [&](Request<StatusCallback>* r) { return zoo_adelete(handle, p.constData(), -1, &ZkCallbacks::status, r); },
        [](StatusCallback& cb, int rc) { cb(rc); });
}

void ZkSession::setData(const QString& path, const QByteArray& data, int version, StatCallback done) {
    const QByteArray p = pathBytes(path);
    zhandle_t* handle = m_handle;
    submit<StatCallback>(
        this, m_context, std::move(done),
        [&](Request<StatCallback>* r) {
            return zoo_aset(handle, p.constData(), data.constData(), int(data.size()), version,
                            &ZkCallbacks::statOnly, r);
        },
        [](StatCallback& cb, int rc) { cb(rc, {}); });
}

void ZkSession::remove(const QString& path, int version, StatusCallback done) {
    const QByteArray p = pathBytes(path);
    zhandle_t* handle = m_handle;
    submit<StatusCallback>(
        this, m_context, std::move(done),
        [&](Request<StatusCallback>* r) {
            return zoo_adelete(handle, p.constData(), version, &ZkCallbacks::status, r);
        },
        [](StatusCallback& cb, int rc) { cb(rc); });
}

void ZkSession::ensurePath(const QString& path, StatusCallback done) {
    QStringList prefixes;
    QString current;
    for (const QString& segment : path.split(u'/', Qt::SkipEmptyParts)) {
        current += u'/' + segment;
        prefixes << current;
    }
    // Create each prefix in turn; ZNODEEXISTS is success here.
    auto step = std::make_shared<std::function<void(int)>>();
    *step = [this, prefixes, done, step](int index) {
        if (index >= prefixes.size()) {
            done(ZOK);
            *step = nullptr; // break the self-reference
            return;
        }
        create(prefixes.at(index), {}, CreateMode::Persistent, [done, step, index](int rc, const QString&) {
            if (rc != ZOK && rc != ZNODEEXISTS) {
                done(rc);
                *step = nullptr;
                return;
            }
            (*step)(index + 1);
        });
    };
    (*step)(0);
}

QString ZkSession::errorString(int rc) { return QString::fromUtf8(zerror(rc)); }

QString ZkSession::stateName(State state) {
    switch (state) {
    case State::Closed:
        return QCoreApplication::translate("ZkSession", "closed");
    case State::Connecting:
        return QCoreApplication::translate("ZkSession", "connecting");
    case State::Connected:
        return QCoreApplication::translate("ZkSession", "connected");
    case State::Expired:
        return QCoreApplication::translate("ZkSession", "session expired");
    case State::AuthFailed:
        return QCoreApplication::translate("ZkSession", "authentication failed");
    }
    return {};
}
