#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QTimer;
struct MarathonTask;

// Runs an app's health checks against one task every intervalSeconds, as Marathon does:
// HTTP(S) GET host:port/path (healthy on 200-399), TCP connect, COMMAND `sh -c` in the task's
// sandbox (healthy on exit 0); each probe fails after timeoutSeconds. Results go to onResult;
// grace periods and kill decisions are the scheduler's.
class HealthChecker : public QObject {
    Q_OBJECT
public:
    explicit HealthChecker(QObject* parent = nullptr);
    ~HealthChecker() override;

    void start(const MarathonTask& task, const QJsonArray& checks);
    void stop(const QString& taskId);
    bool isChecking(const QString& taskId) const { return m_tasks.contains(taskId); }

    std::function<void(const QString& taskId, int checkIndex, bool alive, const QString& cause)> onResult;

private:
    struct Probe {
        QString taskId;
        int index = 0;
        QJsonObject check;
        QString host;
        int port = 0;
        QString sandbox;
        QList<int> ports;
        QTimer* timer = nullptr;
        bool inFlight = false;
    };
    void run(Probe* probe);
    void runHttp(Probe* probe, int timeoutMs);
    void runTcp(Probe* probe, int timeoutMs);
    void runCommand(Probe* probe, int timeoutMs);
    void report(Probe* probe, bool alive, const QString& cause);

    QNetworkAccessManager* m_network;
    QHash<QString, QList<Probe*>> m_tasks;
    QSet<Probe*> m_orphans; // stopped while a probe was in flight
};
