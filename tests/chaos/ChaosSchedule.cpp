#include "ChaosSchedule.h"

#include <algorithm>

ChaosSchedule::ChaosSchedule(quint32 seed, int agents) : m_seed(seed), m_agents(agents), m_random(seed) {
    for (int kind = 0; kind < KindCount; ++kind)
        m_firstRound.append(Kind(kind));
    std::shuffle(m_firstRound.begin(), m_firstRound.end(), m_random);
}

int ChaosSchedule::draw(int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(m_random);
}

ChaosSchedule::Step ChaosSchedule::next() {
    Step step;
    step.number = ++m_number;
    step.kind = m_firstRound.isEmpty() ? Kind(draw(0, KindCount - 1)) : m_firstRound.takeFirst();
    static const QString Servers[] = {QStringLiteral("master"), QStringLiteral("agent"),
                                      QStringLiteral("marathon")};
    step.server = Servers[draw(0, 2)];
    step.index = m_agents > 1 ? draw(1, m_agents - 1) : 0;
    const bool firstRound = step.number <= KindCount;
    step.holdMs = step.kind == Kind::KillZooKeeper && !firstRound ? draw(1000, 15000)
                                                                  : draw(1000, firstRound ? 4000 : 8000);
    step.delayMs = step.kind == Kind::Drop ? draw(200, 1500) : draw(500, 3000);
    step.instances = draw(0, 3);
    if (step.kind == Kind::ScaleApp)
        step.index = draw(0, 7);
    if (!firstRound && draw(0, 2) == 0) {
        step.companion = Kind(draw(int(Kind::Slow), int(Kind::Drop)));
        step.companionServer = Servers[draw(0, 2)];
    }
    return step;
}

QString ChaosSchedule::kindName(Kind kind) {
    static const char* const Names[] = {"kill-leading-master",
                                        "kill-agent",
                                        "kill-zookeeper",
                                        "kill-marathon-leader",
                                        "slow",
                                        "status-500",
                                        "truncate",
                                        "malformed",
                                        "drop",
                                        "drop-streams",
                                        "deploy-app",
                                        "scale-app"};
    return QString::fromLatin1(Names[int(kind)]);
}

QString ChaosSchedule::Step::describe() const {
    QString text = QStringLiteral("step %1: %2").arg(number).arg(kindName(kind));
    switch (kind) {
    case Kind::KillAgent:
        text += QStringLiteral(" agent %1").arg(index);
        break;
    case Kind::Slow:
    case Kind::Drop:
        text += QStringLiteral(" on %1, %2 ms").arg(server).arg(delayMs);
        break;
    case Kind::Status500:
    case Kind::Truncate:
    case Kind::Malformed:
        text += QStringLiteral(" on %1").arg(server);
        break;
    case Kind::DropStreams:
        text += QStringLiteral(" of %1").arg(server);
        break;
    case Kind::ScaleApp:
    case Kind::DeployApp:
        text += QStringLiteral(" to %1 instances").arg(instances);
        break;
    default:
        break;
    }
    if (companion)
        text += QStringLiteral(", with %1 on %2").arg(kindName(*companion), companionServer);
    return text + QStringLiteral(", held %1 ms").arg(holdMs);
}
