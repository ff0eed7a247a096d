#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QObject>

#include <memory>
#include <utility>

// Lets work running on another thread hand its result back to a QObject only while that object
// is alive. The owner keeps the guard as a member; workers keep handles.
class LifetimeGuard {
    struct State {
        QMutex mutex;
        QObject* owner = nullptr;
    };

public:
    class Handle {
    public:
        // From any thread: runs fn on the owner's thread later, or never if the owner is gone.
        template <typename F>
        void post(F&& fn) const {
            QMutexLocker lock(&m_state->mutex);
            if (QObject* owner = m_state->owner)
                QMetaObject::invokeMethod(owner, std::forward<F>(fn), Qt::QueuedConnection);
        }

    private:
        friend class LifetimeGuard;
        std::shared_ptr<State> m_state;
    };

    explicit LifetimeGuard(QObject* owner) : m_state(std::make_shared<State>()) { m_state->owner = owner; }
    ~LifetimeGuard() {
        QMutexLocker lock(&m_state->mutex);
        m_state->owner = nullptr;
    }
    LifetimeGuard(const LifetimeGuard&) = delete;
    LifetimeGuard& operator=(const LifetimeGuard&) = delete;

    Handle handle() const {
        Handle h;
        h.m_state = m_state;
        return h;
    }

private:
    std::shared_ptr<State> m_state;
};
