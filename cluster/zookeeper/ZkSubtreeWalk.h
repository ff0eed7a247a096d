#pragma once

#include "ZkStat.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QString>
#include <QStringList>

class ZkSession;

// A bounded, breadth-first walk of one subtree: what path search and subtree export need, and
// never a walk of the whole ensemble. At most maxNodes nodes are visited (the outcome says when
// it stopped short), at most maxInFlight requests are outstanding at once, and no watch is set.
// Nodes that vanish while it walks are skipped; it can be cancelled at any time.
class ZkSubtreeWalk : public QObject {
    Q_OBJECT
public:
    struct Options {
        int maxNodes = 10000;
        int maxInFlight = 8;
        bool withData = false; // also read each node's value (export)
    };
    struct Outcome {
        int visited = 0;
        bool truncated = false; // maxNodes reached before the subtree ended
        bool cancelled = false;
        int vanished = 0;   // listed, then gone before it was read
        QStringList denied; // not readable with this session's credentials (ZNOAUTH): skipped
        QString error;      // why it stopped early (connection lost, not authorised...)
    };

    explicit ZkSubtreeWalk(QObject* parent = nullptr);

    void start(ZkSession* session, const QString& root, const Options& options);
    void cancel();
    bool isRunning() const { return m_running; }
    int inFlight() const { return m_inFlight; } // nodes being read now (never over maxInFlight)
    const Outcome& outcome() const { return m_outcome; }

    static QString childPath(const QString& parent, const QString& name);

signals:
    // Every node visited, root first; data only with Options::withData.
    void nodeVisited(const QString& path, const ZkStat& stat, const QByteArray& data);
    void finished(const ZkSubtreeWalk::Outcome& outcome);

private:
    void pump();
    void visit(const QString& path);
    void onChildren(const QString& path, int rc, const QStringList& children, const ZkStat& stat,
                    const QByteArray& data);
    void fail(int rc, const QString& path);
    void finish();

    QPointer<ZkSession> m_session;
    Options m_options;
    QQueue<QString> m_pending;
    int m_inFlight = 0;
    int m_queued = 0; // visited or queued: the bound counts these, so the queue never overshoots it
    bool m_running = false;
    quint64 m_generation = 0; // answers of an earlier walk are ignored
    Outcome m_outcome;
};

Q_DECLARE_METATYPE(ZkSubtreeWalk::Outcome)
