#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class HttpTransport;
class MarathonClient;
class MarathonSource;

// Which Marathon the source talks to. Marathon is found, in this order of precedence: a URL
// the operator configured; the one the operator picked from the list; the leader ZooKeeper
// names; else the Marathon frameworks in the Mesos framework list (the framework whose id
// is what that server's /v2/info calls frameworkId, at its webui_url). Several Marathons
// (Marathon-on-Marathon) are listed by name, id and URL; the list follows leader changes
// because Marathon re-registers with its new leader's webui_url.
class MarathonDirectory : public QObject {
    Q_OBJECT
public:
    // A Mesos framework as the framework list shows it.
    struct Framework {
        QString id;
        QString name;
        QString webuiUrl;
        bool active = true;
    };
    struct Entry {
        QString frameworkId;
        QString name;
        QUrl url;
        bool confirmed = false; // its /v2/info named this framework id
        bool operator==(const Entry&) const = default;
    };

    MarathonDirectory(HttpTransport* transport, MarathonSource* source, QObject* parent = nullptr);

    void setFrameworks(const QList<Framework>& frameworks);
    void setZooKeeperLeader(const QString& hostPort); // "" when none leads (or none registers there)
    void setFixedUrl(const QUrl& url);                // the connection's Marathon URL, if any
    // The operator's choice by framework id; empty goes back to automatic.
    void pick(const QString& frameworkId);

    const QList<Entry>& entries() const { return m_entries; }
    QString pickedFrameworkId() const { return m_picked; }
    // "name — id — url" to tell several Marathons apart.
    static QString label(const Entry& entry);

signals:
    void entriesChanged();

private:
    struct Probe {
        QString url;
        enum class State { Pending, Marathon, NotMarathon, Unreachable } state = State::Pending;
        QString leader; // /v2/info's leader when it is not the instance asked
    };
    void probe(const Framework& framework);
    void rebuild();
    void apply();

    HttpTransport* m_transport;
    MarathonSource* m_source;
    QList<Framework> m_frameworks;
    QHash<QString, Probe> m_probes; // by framework id
    QList<Entry> m_entries;
    QString m_zkLeader;
    bool m_zkReported = false;
    QUrl m_fixed;
    QString m_picked;
};
