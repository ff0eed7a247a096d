#pragma once

#include "mesos/MesosAgent.h"

#include <QHash>
#include <QString>

// How agents are named on screen: "host:port", and their short id too where a host has several
// agents (three on 127.0.0.1, or one restarted under a new id on the same port), so rows and
// task placements tell them apart.
class AgentLabels {
public:
    // From every agent listed (registered and gone); true when a label changed.
    bool rebuild(const QHash<QString, MesosAgentPtr>& agents);
    QString label(const QString& agentId) const { return m_labels.value(agentId); } // empty when unknown
    QString label(const MesosAgent& agent) const;
    int size() const { return int(m_labels.size()); }

    static QString make(const MesosAgent& agent, bool hostRepeats);

private:
    QHash<QString, QString> m_labels;
};
