#include "SoakProbe.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <condition_variable>
#include <cstring>
#include <ctime>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

// The soak's figures are only as good as what the probe reads: each one is moved on purpose here
// and must be seen to move.
class TestSoakProbe : public QObject {
    Q_OBJECT
private slots:
    void readsTheProcess() {
        SoakProbe probe;
        const SoakProbe::Sample s = probe.sample();
        QVERIFY2(s.rssMiB > 1, qPrintable(SoakProbe::format(s)));
        QVERIFY(s.threads >= 1);
        QVERIFY(s.fds >= 3); // stdin, stdout, stderr at least
        QVERIFY(SoakProbe::format(s).startsWith(QStringLiteral("soak: minute 0.0 rss_mib=")));
    }

    void seesDescriptorsThreadsAndHeapGrow() {
        SoakProbe probe;
        const SoakProbe::Sample before = probe.sample();
        QTemporaryDir dir;
        std::vector<std::unique_ptr<QFile>> files;
        for (int i = 0; i < 5; ++i) {
            files.push_back(std::make_unique<QFile>(dir.filePath(QString::number(i))));
            QVERIFY(files.back()->open(QIODevice::WriteOnly));
        }
        // 64 MiB held in small blocks: malloc's in-use count, not an mmap'd chunk outside it.
        std::vector<std::unique_ptr<char[]>> blocks;
        for (int i = 0; i < 64 * 16; ++i) {
            blocks.push_back(std::make_unique<char[]>(64 * 1024));
            std::memset(blocks.back().get(), i, 64 * 1024); // touched: resident too
        }
        bool stop = false;
        std::mutex lock;
        std::condition_variable wake;
        std::thread waiter([&] {
            std::unique_lock<std::mutex> guard(lock);
            wake.wait(guard, [&] { return stop; });
        });
        const SoakProbe::Sample after = probe.sample();
        {
            std::lock_guard<std::mutex> guard(lock);
            stop = true;
        }
        wake.notify_one();
        waiter.join();
        QCOMPARE(after.fds - before.fds, 5);
        QCOMPARE(after.threads - before.threads, 1);
        if (before.heapMiB < 0) // ASan's allocator: the heap is said to be unknown, not 0
            QCOMPARE(after.heapMiB, -1.0);
        else
            QVERIFY2(after.heapMiB - before.heapMiB >= 60, qPrintable(SoakProbe::format(after)));
        QVERIFY2(after.rssMiB - before.rssMiB >= 60, qPrintable(SoakProbe::format(after)));
        QCOMPARE(probe.fdGrowth(0), 5);
        QVERIFY(probe.rssGrowthPercent(0) > 0);
        QVERIFY(before.heapMiB < 0 || probe.heapGrowthPercent(0) > 0);
    }

    // Busy between two samples: the share is the CPU time this process used over the wall time,
    // as the test itself measures them (under load the share is lower, and must still match).
    void cpuIsTheShareOfOneCore() {
        auto processCpu = [] {
            timespec t{};
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
            return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
        };
        SoakProbe probe;
        probe.sample();
        QElapsedTimer wall;
        wall.start();
        const double cpuBefore = processCpu();
        volatile double sink = 0;
        while (processCpu() - cpuBefore < 0.2) // 200 ms of CPU, however long that takes
            sink = sink + 1;
        const SoakProbe::Sample s = probe.sample();
        const double expected = (processCpu() - cpuBefore) * 100.0 / (double(wall.elapsed()) / 1000.0);
        QVERIFY2(
            qAbs(s.cpuPercent - expected) < expected * 0.25 + 2,
            qPrintable(QStringLiteral("%1 (expected about %2)").arg(SoakProbe::format(s)).arg(expected)));
        QVERIFY2(qAbs(probe.meanCpuPercent(0) - expected) < expected * 0.25 + 2,
                 qPrintable(SoakProbe::format(s)));
    }

    void growthStartsAfterTheWarmUp() {
        SoakProbe probe;
        probe.sample();
        // No sample is at or after minute 5 yet: nothing to compare, so no growth is claimed.
        QCOMPARE(probe.rssGrowthPercent(5), 0.0);
        QCOMPARE(probe.fdGrowth(5), 0);
        QCOMPARE(probe.meanCpuPercent(5), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestSoakProbe)
#include "tst_soakprobe.moc"
