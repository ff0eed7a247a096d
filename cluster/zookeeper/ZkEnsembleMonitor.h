#pragma once

#include "ZkServerReport.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <chrono>

// Asks every server of a connection string for srvr (then mntr) and keeps one report per
// server. Polls gently and only while active (the ZooKeeper tab is shown); each round waits
// for the last one's answers, so a slow server never piles up connections.
class QNetworkAccessManager;

// Where a server's AdminServer answers (admin.serverPort, 8080 by default), it is asked first
// (/commands/srvr, then /commands/monitor): its JSON is not limited by 4lw.commands.whitelist.
// Where it does not, the four-letter words are, and the report says why not.
class ZkEnsembleMonitor : public QObject {
    Q_OBJECT
public:
    explicit ZkEnsembleMonitor(QObject* parent = nullptr);

    // "h1:2181,h2:2181" (a chroot suffix is ignored). Clears the reports.
    void setHosts(const QString& hosts);
    QString hosts() const { return m_hosts; }
    // Starts polling now (active) or stops; reports stay as they were last told.
    void setActive(bool active);
    bool isActive() const { return m_timer.isActive() || m_pending > 0; }
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    void refresh();
    // The AdminServer's port on every server; 0 asks the four-letter words only.
    void setAdminPort(int port) { m_adminPort = port; }
    int adminPort() const { return m_adminPort; }

    const QList<ZkServerReport>& reports() const { return m_reports; }
    int servingCount() const;
    // A majority of the servers serve (a standalone server is a quorum of one).
    bool hasQuorum() const;
    // Every server answered at least once since setHosts.
    bool isKnown() const;

    // The servers of a connection string, "host:port", default port 2181.
    static QStringList serversOf(const QString& hosts);

signals:
    void reportsChanged();
    void reportChanged(int row);

private:
    void askServer(int row);
    void askFourLetterWords(int row, ZkServerReport report);
    void askMonitor(int row, ZkServerReport report);
    void done(int row, const ZkServerReport& report);
    void store(int row, const ZkServerReport& report);

    QString m_hosts;
    QList<ZkServerReport> m_reports;
    QTimer m_timer;
    int m_pending = 0;
    int m_adminPort = 8080;
    QNetworkAccessManager* m_network;
    quint64 m_generation = 0; // answers for an older host list are dropped
};
