#include "core/BatchPipe.h"

#include <QtTest>
#include <atomic>
#include <chrono>
#include <future>
#include <latch>
#include <thread>

class TestBatchPipe : public QObject {
    Q_OBJECT
private slots:
    void deliversEveryItemInOrderOnAnotherThread_data() {
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("batchSize");
        QTest::newRow("none") << 0 << 4;
        QTest::newRow("less than a batch") << 3 << 4;
        QTest::newRow("exactly one batch") << 4 << 4;
        QTest::newRow("many batches and a rest") << 10'001 << 256;
        QTest::newRow("batches of one") << 500 << 1;
    }
    void deliversEveryItemInOrderOnAnotherThread() {
        QFETCH(int, items);
        QFETCH(int, batchSize);
        std::vector<int> seen;
        std::thread::id consumerThread;
        size_t largestBatch = 0;
        BatchPipe<int> pipe(
            [&](std::vector<int>& batch) {
                consumerThread = std::this_thread::get_id();
                largestBatch = std::max(largestBatch, batch.size());
                seen.insert(seen.end(), batch.begin(), batch.end());
            },
            size_t(batchSize));
        for (int i = 0; i < items; ++i)
            pipe.push(i);
        pipe.finish();
        QCOMPARE(int(seen.size()), items);
        for (int i = 0; i < items; ++i)
            QCOMPARE(seen[size_t(i)], i);
        QVERIFY(largestBatch <= size_t(batchSize));
        if (items > 0)
            QVERIFY(consumerThread != std::this_thread::get_id());
        pipe.finish(); // a second finish is harmless
    }

    void destructorDrainsWhatWasPushed() {
        std::atomic<int> sum = 0;
        {
            BatchPipe<int> pipe(
                [&](std::vector<int>& batch) {
                    for (int v : batch)
                        sum += v;
                },
                7);
            for (int i = 1; i <= 100; ++i)
                pipe.push(i);
        } // no finish(): as when the producer's side throws
        QCOMPARE(sum.load(), 5050);
    }

    void producerWaitsWhenTheQueueIsFull() {
        std::latch release(1);
        std::atomic<int> consumed = 0;
        BatchPipe<int> pipe(
            [&](std::vector<int>& batch) {
                release.wait(); // a consumer far slower than its producer
                consumed += int(batch.size());
            },
            1, 2);
        // One batch in the consumer's hands and two queued: the fourth push must wait for room.
        std::atomic<int> pushed = 0;
        auto producer = std::async(std::launch::async, [&] {
            for (int i = 0; i < 10; ++i) {
                pipe.push(i);
                ++pushed;
            }
        });
        QTRY_COMPARE_WITH_TIMEOUT(pushed.load(), 3, 2000);
        QVERIFY(producer.wait_for(std::chrono::milliseconds(200)) == std::future_status::timeout);
        QCOMPARE(pushed.load(), 3);
        release.count_down();
        producer.get();
        pipe.finish();
        QCOMPARE(consumed.load(), 10);
    }
};

QTEST_GUILESS_MAIN(TestBatchPipe)
#include "tst_batchpipe.moc"
