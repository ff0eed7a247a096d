#pragma once

#include <QElapsedTimer>
#include <QTimer>

// How long the event loop of this thread went without running: a 5 ms timer's largest gap
// between two ticks, minus the 5 ms it was meant to wait. A GUI that never waits stays near 0.
class GuiStallMeter {
public:
    GuiStallMeter() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (m_last.isValid())
                m_maxGapMs = qMax(m_maxGapMs, double(m_last.nsecsElapsed()) / 1e6 - 5.0);
            m_last.start();
        });
        m_timer.start();
    }
    double maxStallMs() const { return qMax(0.0, m_maxGapMs); }
    void reset() {
        m_maxGapMs = 0;
        m_last.invalidate();
    }

private:
    QTimer m_timer;
    QElapsedTimer m_last;
    double m_maxGapMs = 0;
};
