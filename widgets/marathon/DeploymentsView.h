#pragma once

#include <QWidget>

class DeploymentsModel;
class QLabel;
class QPushButton;
class QTableView;

// Running deployments with progress, Rollback and (behind a strong warning) Force stop.
class DeploymentsView : public QWidget {
    Q_OBJECT
public:
    explicit DeploymentsView(DeploymentsModel* model, QWidget* parent = nullptr);

    QString currentDeploymentId() const;
    QTableView* table() const { return m_table; }
    QPushButton* rollbackButton() const { return m_rollback; }
    QPushButton* forceStopButton() const { return m_forceStop; }
    void setActionsEnabled(bool enabled, const QString& why);

signals:
    void rollbackRequested(const QString& deploymentId);
    void forceStopRequested(const QString& deploymentId);

private:
    void updateButtons();

    DeploymentsModel* m_model;
    QTableView* m_table;
    QPushButton* m_rollback;
    QPushButton* m_forceStop;
    QLabel* m_empty;
    bool m_enabled = true;
};
