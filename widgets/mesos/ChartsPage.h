#pragma once

#include <QColor>
#include <QWidget>

class ClusterHistory;
class ClusterStore;
class QLabel;
class QStackedWidget;
class TimeSeries;
class QChart;
class QChartView;

// Qt Charts over the bounded history: allocation over time, tasks by state over time, and
// the most utilised agents now. An empty chart says why (collecting, or what failed).
class ChartsPage : public QWidget {
    Q_OBJECT
public:
    explicit ChartsPage(QWidget* parent = nullptr);
    void setSources(ClusterStore* store, ClusterHistory* history);
    void refresh();

    QString placeholderText(int chart) const; // 0 allocation, 1 tasks, 2 agents; empty when shown

private:
    struct Panel {
        QStackedWidget* stack = nullptr;
        QLabel* placeholder = nullptr;
        QChartView* view = nullptr;
    };
    Panel makePanel(const QString& title, const QString& name);
    using SeriesColor = QColor (*)(int series); // null: the chart theme's colours
    void fillLineChart(Panel& panel, const TimeSeries* series, double maxY, SeriesColor color = nullptr);
    void fillAgentsChart();

    ClusterStore* m_store = nullptr;
    ClusterHistory* m_history = nullptr;
    Panel m_allocation;
    Panel m_tasks;
    Panel m_agents;
};
