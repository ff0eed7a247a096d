#pragma once

#include "marathon/MarathonResult.h"

#include <QDialog>
#include <QStringList>
#include <functional>

class MarathonClient;
class QLabel;
class QPushButton;
class QSpinBox;

// Scale one app: current → target with arrows and +/- keys. Warns when a deployment holds
// the app; on a 409 it explains the lock and offers "Stop the deployment and scale" (force)
// after a confirmation. The dialog stays open with the typed target on any failure.
class ScaleDialog : public QDialog {
    Q_OBJECT
public:
    ScaleDialog(MarathonClient* client, const QString& appId, int current, const QStringList& deployments,
                QWidget* parent = nullptr);

    QSpinBox* targetBox() const { return m_target; }
    QPushButton* scaleButton() const { return m_scale; }
    QPushButton* forceButton() const { return m_force; }
    QString errorText() const;
    // What Scale sends; scaleApp unless set (a pod scales by a PUT of its definition).
    using ScaleCall = std::function<void(int target, bool force, QObject* context,
                                         std::function<void(const MarathonResult&)> done)>;
    void setScaleCall(ScaleCall call) { m_call = std::move(call); }
    MarathonResult result() const { return m_result; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void submit(bool force);
    void updateSummary();

    MarathonClient* m_client;
    QString m_appId;
    int m_current;
    QSpinBox* m_target;
    QLabel* m_summary;
    QLabel* m_warning;
    QLabel* m_error;
    QPushButton* m_scale;
    QPushButton* m_force;
    MarathonResult m_result;
    ScaleCall m_call;
    bool m_busy = false;
};
