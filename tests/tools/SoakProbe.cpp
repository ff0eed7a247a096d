#include "SoakProbe.h"

#include <QDir>
#include <QFile>
#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define MESOSDESK_OWN_MALLOC 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MESOSDESK_OWN_MALLOC 1
#endif
#endif

namespace {
double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// "Threads:\t12" and "VmRSS:\t 123456 kB" from /proc/self/status.
qint64 statusField(const QByteArray& status, const QByteArray& name) {
    const qsizetype at = status.indexOf(QByteArray("\n" + name + ":"));
    if (at < 0)
        return -1;
    const qsizetype end = status.indexOf('\n', at + 1);
    QByteArray value = status.mid(at + name.size() + 2, end - at - name.size() - 2).trimmed();
    if (value.endsWith(" kB"))
        value.chop(3);
    return value.trimmed().toLongLong();
}
} // namespace

SoakProbe::SoakProbe() {
    m_clock.start();
    m_lastCpuSeconds = cpuSeconds();
}

SoakProbe::Sample SoakProbe::sample() {
    Sample s;
    const qint64 now = m_clock.elapsed();
    s.elapsedMinutes = double(now) / 60000.0;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QByteArray text = QByteArray("\n" + status.readAll());
        s.rssMiB = double(statusField(text, "VmRSS")) / 1024.0;
        s.threads = int(statusField(text, "Threads"));
    }
#ifdef MESOSDESK_OWN_MALLOC
    s.heapMiB = -1; // the sanitizer's allocator replaces glibc's: mallinfo2 knows nothing
#else
    s.heapMiB = double(mallinfo2().uordblks) / (1024.0 * 1024.0);
#endif
    // Minus one: listing the folder opens a descriptor of its own.
    s.fds =
        int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size()) -
        1;
    const double cpu = cpuSeconds();
    const qint64 wallMs = now - m_lastWallMs;
    s.cpuPercent = wallMs > 0 ? (cpu - m_lastCpuSeconds) * 100000.0 / double(wallMs) : 0;
    s.cpuSeconds = cpu;
    m_lastCpuSeconds = cpu;
    m_lastWallMs = now;
    m_samples.append(s);
    return s;
}

const SoakProbe::Sample* SoakProbe::baseline(double warmUpMinutes) const {
    for (const Sample& s : m_samples)
        if (s.elapsedMinutes >= warmUpMinutes)
            return &s;
    return nullptr;
}

double SoakProbe::rssGrowthPercent(double warmUpMinutes) const {
    const Sample* from = baseline(warmUpMinutes);
    if (!from || from->rssMiB <= 0)
        return 0;
    return (m_samples.constLast().rssMiB - from->rssMiB) * 100.0 / from->rssMiB;
}

double SoakProbe::heapGrowthPercent(double warmUpMinutes) const {
    const Sample* from = baseline(warmUpMinutes);
    if (!from || from->heapMiB <= 0)
        return 0;
    return (m_samples.constLast().heapMiB - from->heapMiB) * 100.0 / from->heapMiB;
}

int SoakProbe::fdGrowth(double warmUpMinutes) const {
    const Sample* from = baseline(warmUpMinutes);
    return from ? m_samples.constLast().fds - from->fds : 0;
}

double SoakProbe::meanCpuPercent(double warmUpMinutes) const {
    const Sample* from = baseline(warmUpMinutes);
    const Sample& to = m_samples.constLast();
    if (!from || to.elapsedMinutes <= from->elapsedMinutes)
        return 0;
    return (to.cpuSeconds - from->cpuSeconds) * 100.0 / ((to.elapsedMinutes - from->elapsedMinutes) * 60.0);
}

QString SoakProbe::format(const Sample& s) {
    return QStringLiteral("soak: minute %1 rss_mib=%2 heap_mib=%3 fds=%4 threads=%5 cpu_pct=%6")
        .arg(s.elapsedMinutes, 0, 'f', 1)
        .arg(s.rssMiB, 0, 'f', 1)
        .arg(s.heapMiB < 0 ? QStringLiteral("n/a") : QString::number(s.heapMiB, 'f', 1))
        .arg(s.fds)
        .arg(s.threads)
        .arg(s.cpuPercent, 0, 'f', 1);
}
