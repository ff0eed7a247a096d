#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTimer>
#include <ctime>

// The GUI thread's heartbeat: a 20 ms timer whose lateness is the time the event loop did not run.
// A late tick counts as a stall only when the thread itself was busy for most of the gap (its CPU
// time says so); a gap the thread spent descheduled on a loaded machine is counted apart, as it is
// no fault of the code. The harness suspends it around the few calls that block on purpose.
class GuiHeartbeat {
public:
    static constexpr int PeriodMs = 20;

    GuiHeartbeat() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(PeriodMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_timer.start();
    }
    void suspend() { m_wall.invalidate(); }
    // The largest lateness of a busy thread, and the step it happened in.
    double worstStallMs() const { return m_worstStall; }
    QString worstStallStep() const { return m_worstStep; }
    double worstStarvedMs() const { return m_worstStarved; }
    int starvedTicks() const { return m_starved; }
    void setStep(const QString& step) { m_step = step; }

private:
    static double threadCpuMs() {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    }
    void tick() {
        const double cpu = threadCpuMs();
        if (m_wall.isValid()) {
            const double late = double(m_wall.nsecsElapsed()) / 1e6 - PeriodMs;
            const double busy = cpu - m_cpu;
            if (late > 0 && busy >= 0.5 * (late + PeriodMs)) {
                if (late > m_worstStall) {
                    m_worstStall = late;
                    m_worstStep = m_step;
                }
            } else if (late > 100) {
                ++m_starved;
                m_worstStarved = qMax(m_worstStarved, late);
            }
        }
        m_cpu = cpu;
        m_wall.start();
    }

    QTimer m_timer;
    QElapsedTimer m_wall;
    double m_cpu = 0;
    double m_worstStall = 0;
    double m_worstStarved = 0;
    int m_starved = 0;
    QString m_step;
    QString m_worstStep;
};
