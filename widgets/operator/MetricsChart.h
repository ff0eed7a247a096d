#pragma once

#include <QWidget>

class MetricHistory;
class OnScreenWatcher;
class QChartView;
class QLabel;
class QStackedWidget;

// The charted metrics over time: one line each from MetricHistory (the last half hour at
// most), time in local time, values on round ticks in the interface's locale. Redrawn only
// while on screen; an empty chart says how to fill it.
class MetricsChart : public QWidget {
    Q_OBJECT
public:
    explicit MetricsChart(MetricHistory* history, QWidget* parent = nullptr);

    void redraw();
    int lineCount() const;                    // lines drawn
    int pointCount(const QString& key) const; // of one drawn line, -1 when not drawn
    QString placeholderText() const;          // empty while the chart is shown

private:
    void onChanged();

    MetricHistory* m_history;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QChartView* m_view;
    OnScreenWatcher* m_onScreen;
    bool m_stale = false; // data came while off screen
};
