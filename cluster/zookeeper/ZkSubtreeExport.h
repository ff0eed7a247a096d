#pragma once

#include "ZkStat.h"
#include "ZkSubtreeWalk.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// A subtree as a JSON document an operator can keep, diff or attach to a ticket:
//   {"root":"/mesos","exported":"2026-12-06T22:00:00Z","complete":true,
//    "nodes":[{"path":"/mesos/json.info_0000000001","text":"{...}","version":0,
//              "dataLength":210,"numChildren":0,"ephemeralOwner":"0x100..."}, ...]}
// A value that is text is kept as "text", any other as "base64"; "truncated" marks a value the
// client read only in part (shorter than its dataLength). "complete" is false when the walk
// stopped short, with the reason under "incomplete".
class ZkSubtreeExport {
public:
    void add(const QString& path, const ZkStat& stat, const QByteArray& data);
    QByteArray toJson(const QString& root, const ZkSubtreeWalk::Outcome& outcome,
                      const QDateTime& when) const;
    int size() const { return int(m_nodes.size()); }

private:
    struct Node {
        QString path;
        ZkStat stat;
        QByteArray data;
    };
    QList<Node> m_nodes;
};
