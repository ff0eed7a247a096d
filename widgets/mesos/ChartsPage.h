#pragma once

#include <QColor>
#include <QWidget>

class ClusterHistory;
class ClusterStore;
class QComboBox;
class QLabel;
class QStackedWidget;
class TimeSeries;
class QChart;
class QChartView;

// Qt Charts over the bounded history: allocation over time, tasks by state over time, and
// the most utilised agents now, over a range the operator picks (15 min, 1 h, 6 h). The
// allocation axis fits the data (2.5% is not a line on the floor). An empty chart says why.
class OnScreenWatcher;

class ChartsPage : public QWidget {
    Q_OBJECT
public:
    explicit ChartsPage(QWidget* parent = nullptr);
    void setSources(ClusterStore* store, ClusterHistory* history);
    void refresh();

    QString placeholderText(int chart) const; // 0 allocation, 1 tasks, 2 agents; empty when shown
    QComboBox* rangeBox() const { return m_range; }
    qint64 rangeMsecs() const;
    double allocationAxisMax() const { return m_allocationMax; } // the percent axis' top, as drawn
    // The top of a percent axis for data peaking at `peak`: a round number above it, at most 100.
    static double niceMaximum(double peak);
    static constexpr int MaxPointsPerLine = 600; // more would not show on any screen, and cost

private:
    struct Panel {
        QStackedWidget* stack = nullptr;
        QLabel* placeholder = nullptr;
        QChartView* view = nullptr;
        int timeLabelWidth = 0;    // of one time label with its spacing, as last drawn
        int timeLabelsFitting = 0; // how many fitted the plot's width then
    };
    static int timeLabelsFitting(qreal plotWidth, int labelWidth);
    void refitTimeLabels(Panel& panel); // after a resize: redrawn if a different count fits
    Panel makePanel(const QString& title, const QString& name);
    using SeriesColor = QColor (*)(int series); // null: the theme's chart series in turn
    // percent: a percent axis fitted to the data; otherwise counts on round ticks.
    void fillLineChart(Panel& panel, const TimeSeries* series, bool percent, SeriesColor color = nullptr);
    void fillAgentsChart();
    void applyTheme(); // the charts' light or dark look
    void onAppended();

    ClusterStore* m_store = nullptr;
    ClusterHistory* m_history = nullptr;
    Panel m_allocation;
    Panel m_tasks;
    Panel m_agents;
    QComboBox* m_range;
    double m_allocationMax = 0;
    OnScreenWatcher* m_onScreen = nullptr;
    bool m_stale = false; // data came while off screen
    bool m_refitQueued = false;
};
