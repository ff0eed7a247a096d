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

    // Before start(): the AdminServer on 127.0.0.1:port (with the servlet API Debian's jar lacks),
    // the four-letter words it allows, lines added to zoo.cfg (server.N= lines: a lone member of
    // an ensemble that never has its quorum).
    void enableAdminServer(int port) { m_adminPort = port; }
    void setFourLetterWords(const QString& whitelist) { m_whitelist = whitelist; }
    void addConfig(const QString& lines) { m_extraConfig += lines; }
    void setMyId(int id) { m_myId = id; } // an ensemble member's data/myid
    // Waits until it answers "ruok" (or, with the AdminServer, until that accepts connections).
    bool start(QString* error = nullptr);
    void stop();                          // SIGKILL, like a crash
    QString hosts() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    int port() const { return m_port; }

    static int freePort();
    static bool isServing(int port);
    static bool accepts(int port);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    int m_adminPort = 0;
    int m_myId = 0;
    QString m_whitelist = QStringLiteral("ruok,srvr");
    QString m_extraConfig;
};
