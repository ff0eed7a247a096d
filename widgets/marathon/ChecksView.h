#pragma once

#include "marathon/MarathonApp.h"

#include <QWidget>

class HealthResultsModel;
class QLabel;
class QTableView;
class ReadinessResultsModel;

// An app's health and readiness: each health check's definition and every task's last
// results (alive, consecutive failures, first/last success, last failure and its cause), each
// readiness check's definition and, while a deployment waits on it, its results per task.
class ChecksView : public QWidget {
    Q_OBJECT
public:
    explicit ChecksView(QWidget* parent = nullptr);

    void setApp(const MarathonApp& app);
    QString healthDefinitionsText() const;
    QString readinessDefinitionsText() const;
    QString readinessNoteText() const;
    HealthResultsModel* healthModel() const { return m_health; }
    ReadinessResultsModel* readinessModel() const { return m_readiness; }
    QTableView* healthView() const { return m_healthView; }
    QTableView* readinessView() const { return m_readinessView; }

    static QString describe(const MarathonHealthCheck& check);
    static QString describe(const MarathonReadinessCheck& check);

private:
    QLabel* m_healthDefinitions;
    HealthResultsModel* m_health;
    QTableView* m_healthView;
    QLabel* m_readinessTitle;
    QLabel* m_readinessDefinitions;
    QLabel* m_readinessNote;
    ReadinessResultsModel* m_readiness;
    QTableView* m_readinessView;
};
