#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

// What a long run watches for growth and spinning, read from the process itself: resident
// memory, the heap malloc holds in use, open file descriptors, threads, and the CPU used since
// the previous sample. Linux only (/proc and glibc's mallinfo2), like the soak it serves.
class SoakProbe {
public:
    struct Sample {
        double elapsedMinutes = 0;
        double rssMiB = 0;
        double heapMiB = 0; // -1: not known (a sanitizer's allocator)
        int fds = 0;
        int threads = 0;
        double cpuPercent = 0; // of one core, since the previous sample
        double cpuSeconds = 0; // used since the process started
    };

    SoakProbe();
    Sample sample();
    const QList<Sample>& samples() const { return m_samples; }

    // The figures of scripts/soak.sh: growth from the first sample at or after warmUpMinutes
    // (the caches and the first fill are in place by then) to the last one.
    double rssGrowthPercent(double warmUpMinutes) const;
    double heapGrowthPercent(double warmUpMinutes) const;
    int fdGrowth(double warmUpMinutes) const;
    // CPU used from that sample to the last one, as a share of one core over that time.
    double meanCpuPercent(double warmUpMinutes) const;

    static QString format(const Sample& sample);

private:
    const Sample* baseline(double warmUpMinutes) const;

    QElapsedTimer m_clock;
    double m_lastCpuSeconds = 0;
    qint64 m_lastWallMs = 0;
    QList<Sample> m_samples;
};
