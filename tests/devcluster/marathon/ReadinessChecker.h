#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Marathon's readiness checks for the tasks a deployment starts: HTTP(S) GET on the task's port
// named portName, at once and then every intervalSeconds until a status in
// httpStatusCodesForReady answers; a failed or timed-out request is a 504 whose body says why.
// Each result goes to onResult as Marathon renders it (name, taskId, ready, lastResponse only
// with preserveLastResponse); checking ends with the first ready result.
class ReadinessChecker : public QObject {
    Q_OBJECT
public:
    explicit ReadinessChecker(QObject* parent = nullptr);
    ~ReadinessChecker() override;

    void start(const QString& taskId, const QString& host, int port, const QJsonObject& check);
    void stop(const QString& taskId);
    bool isChecking(const QString& taskId) const { return m_probes.contains(taskId); }

    std::function<void(const QString& taskId, const QJsonObject& result)> onResult;

private:
    struct Probe {
        QString taskId;
        QString url;
        QJsonObject check;
        QTimer* timer = nullptr;
        QNetworkReply* reply = nullptr;
    };
    void run(Probe* probe);
    void finish(Probe* probe, int status, const QString& contentType, const QString& body);

    QNetworkAccessManager* m_network;
    QHash<QString, Probe*> m_probes;
};
