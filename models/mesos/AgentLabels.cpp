#include "AgentLabels.h"

bool AgentLabels::rebuild(const QHash<QString, MesosAgentPtr>& agents) {
    QHash<QString, int> uses;
    uses.reserve(agents.size());
    for (const MesosAgentPtr& a : agents)
        ++uses[a->hostname];
    QHash<QString, QString> labels;
    labels.reserve(agents.size());
    for (auto it = agents.cbegin(); it != agents.cend(); ++it)
        labels.insert(it.key(), make(*it.value(), uses.value(it.value()->hostname) > 1));
    if (labels == m_labels)
        return false;
    m_labels = std::move(labels);
    return true;
}

QString AgentLabels::label(const MesosAgent& agent) const {
    const auto it = m_labels.constFind(agent.id);
    return it != m_labels.cend() ? it.value() : agent.hostPort();
}

QString AgentLabels::make(const MesosAgent& agent, bool hostRepeats) {
    const QString hostPort = agent.hostPort();
    return hostRepeats && !agent.id.isEmpty() ? hostPort + QStringLiteral(" (") + agent.shortId() + u')'
                                              : hostPort;
}
