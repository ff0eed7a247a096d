#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a znode is for, when Mesos, Marathon or ZooKeeper itself keeps it: a short title,
// one sentence of explanation, and (for membership nodes) the data decoded with its meaning,
// e.g. a Mesos master's MasterInfo and whether it leads. Pure; every string is plain text.
struct ZkNodeMeaning {
    QString title;        // "Mesos master (MasterInfo)"; empty for a node nobody here knows
    QString explanation;  // one or two sentences
    QString decoded;      // "key: value" lines; empty when there is nothing to decode
    bool leading = false; // a membership node that currently leads its election

    bool isKnown() const { return !title.isEmpty(); }

    struct Context {
        QString mesosPath = QStringLiteral("/mesos");
        QString marathonPath = QStringLiteral("/marathon");
    };
    // siblings: the names listed under the node's parent (for who leads); data may be empty
    // when it was not read.
    static ZkNodeMeaning of(const QString& path, const QByteArray& data, const QStringList& siblings,
                            const Context& context);

    // Translations take this class as their context (lupdate reads the macro).
    Q_DECLARE_TR_FUNCTIONS(ZkNodeMeaning)
};
