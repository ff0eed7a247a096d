#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A private, single-node ZooKeeper server for tests that must stop and restart it.
// Same port and data directory across restarts, so sessions can survive a short outage.
class ZkServerProcess {
public:
    ZkServerProcess();
    ~ZkServerProcess();

    bool start(QString* error = nullptr); // waits until it answers "ruok"
    void stop();                          // SIGKILL, like a crash
    QString hosts() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    int port() const { return m_port; }

    static int freePort();
    static bool isServing(int port);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};
