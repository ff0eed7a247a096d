#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

// Hands items from one thread to a consumer that runs on a thread of its own, in batches and in
// order, so that producing (walking a document, say) and consuming (building objects from it)
// use two cores at once. The producer waits only when maxQueued batches are pending (what is in
// flight stays bounded when the consumer is the slower side). finish() waits until
// the consumer has seen every item; destroying the pipe finishes it too (an exception on the
// producer's side still joins the thread before anything it uses goes away).
template <typename T> class BatchPipe {
public:
    using Consumer = std::function<void(std::vector<T>& batch)>;

    explicit BatchPipe(Consumer consumer, size_t batchSize = 256, size_t maxQueued = 64)
        : m_consumer(std::move(consumer)), m_batchSize(batchSize ? batchSize : 1),
          m_maxQueued(maxQueued ? maxQueued : 1) {
        m_filling.reserve(m_batchSize);
        m_thread = std::thread([this] { run(); });
    }
    ~BatchPipe() { finish(); }
    BatchPipe(const BatchPipe&) = delete;
    BatchPipe& operator=(const BatchPipe&) = delete;

    void push(T item) {
        m_filling.push_back(std::move(item));
        if (m_filling.size() >= m_batchSize)
            flush();
    }

    void finish() {
        if (!m_thread.joinable())
            return;
        flush();
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }

private:
    void flush() {
        if (m_filling.empty())
            return;
        std::vector<T> next;
        {
            std::unique_lock lock(m_mutex);
            m_room.wait(lock, [this] { return m_queue.size() < m_maxQueued; });
            m_queue.push_back(std::move(m_filling));
            if (!m_spare.empty()) { // a batch the consumer is done with: its storage is warm
                next = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        m_wake.notify_one();
        next.clear();
        next.reserve(m_batchSize);
        m_filling = std::move(next);
    }

    void run() {
        std::unique_lock lock(m_mutex);
        while (true) {
            m_wake.wait(lock, [this] { return m_closed || !m_queue.empty(); });
            if (m_queue.empty())
                return; // closed and drained
            std::vector<T> batch = std::move(m_queue.front());
            m_queue.pop_front();
            lock.unlock();
            m_room.notify_one();
            m_consumer(batch);
            batch.clear();
            lock.lock();
            m_spare.push_back(std::move(batch));
        }
    }

    Consumer m_consumer;
    const size_t m_batchSize;
    const size_t m_maxQueued;
    std::vector<T> m_filling; // producer's side only
    std::mutex m_mutex;
    std::condition_variable m_wake; // a batch, or the end, for the consumer
    std::condition_variable m_room; // room in the queue, for the producer
    std::deque<std::vector<T>> m_queue;
    std::vector<std::vector<T>> m_spare;
    bool m_closed = false;
    std::thread m_thread; // last: started once everything above exists
};
