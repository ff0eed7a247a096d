#pragma once

#include <QPointer>
#include <QWidget>

class ClusterSession;
class MesosFilterProxy;
class MetricHistory;
class MetricsChart;
class MetricsModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// Every key of the leading master's /metrics/snapshot, searchable, from the snapshot the
// session already polls (ClusterStore::metricsChanged: the master is not asked twice), updated
// by differences. Selected keys can be charted over the last half hour and taken off again.
class MetricsPanel : public QWidget {
    Q_OBJECT
public:
    explicit MetricsPanel(QWidget* parent = nullptr);

    void attach(ClusterSession* session);

    MetricsModel* model() const { return m_model; }
    MesosFilterProxy* proxy() const { return m_proxy; }
    MetricHistory* history() const { return m_history; }
    MetricsChart* chart() const { return m_chart; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    QPushButton* chartButton() const { return m_chartButton; }
    QPushButton* removeButton() const { return m_removeButton; }
    QLabel* statusLabel() const { return m_status; }
    bool selectKey(const QString& key, bool add = false);

private:
    void onMetrics();
    QStringList selectedKeys() const;
    void updateButtons();

    MetricsModel* m_model;
    MesosFilterProxy* m_proxy;
    MetricHistory* m_history;
    QLabel* m_status;
    QLineEdit* m_filter;
    QTableView* m_view;
    QPushButton* m_chartButton;
    QPushButton* m_removeButton;
    QPushButton* m_clearButton;
    MetricsChart* m_chart;
    QPointer<ClusterSession> m_session;
    QMetaObject::Connection m_metricsChanged;
};
