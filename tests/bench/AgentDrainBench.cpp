// The Drain tab on a big cluster: a v1 GET_AGENTS answer of 5,000 agents read and applied to
// AgentDrainModel behind a visible table, while 500 of them change drain state between polls.
// agents_drain_parse_ms and agents_drain_apply_ms (a poll with 500 changed, differences only);
// agents_drain_gui_stall_max_ms: the GUI thread's longest stall over ten such polls as the page
// takes them, against the same meter idle (agents_drain_gui_stall_idle_baseline_ms).
#include "AgentDrainModel.h"
#include "BenchRegistry.h"
#include "BenchTiming.h"
#include "GuiStallMeter.h"
#include "TestEnvironment.h"
#include "AgentDrainReader.h"
#include "operator/OperatorParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace {
QJsonObject scalar(const char* name, double value) {
    return {{QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("role"), QStringLiteral("*")},
            {QStringLiteral("type"), QStringLiteral("SCALAR")},
            {QStringLiteral("scalar"), QJsonObject{{QStringLiteral("value"), value}}}};
}

// round: which 500 agents drain (a different tenth each round), as Mesos writes GET_AGENTS.
QByteArray getAgents(int count, int round) {
    const QJsonArray resources{scalar("cpus", 8), scalar("mem", 32768), scalar("disk", 500000)};
    QJsonArray agents;
    for (int i = 0; i < count; ++i) {
        QJsonObject agent{
            {QStringLiteral("active"), true},
            {QStringLiteral("deactivated"), false},
            {QStringLiteral("agent_info"),
             QJsonObject{{QStringLiteral("hostname"), QStringLiteral("agent-%1.dc1.example.com").arg(i)},
                         {QStringLiteral("id"),
                          QJsonObject{{QStringLiteral("value"),
                                       QStringLiteral("3669ea49-c3c4-4b13-adee-05b8f9cb2562-S%1").arg(i)}}},
                         {QStringLiteral("port"), 5051},
                         {QStringLiteral("resources"), resources}}},
            {QStringLiteral("pid"), QStringLiteral("slave(1)@10.0.%1.%2:5051").arg(i / 250).arg(i % 250)},
            {QStringLiteral("registered_time"), QJsonObject{{QStringLiteral("nanoseconds"), 1470820171393027072.0}}},
            {QStringLiteral("total_resources"), resources},
            {QStringLiteral("allocated_resources"), QJsonArray{scalar("cpus", i % 8)}},
            {QStringLiteral("version"), QStringLiteral("1.11.0")}};
        if (i % 10 == round % 10) {
            agent.insert(QStringLiteral("deactivated"), true);
            agent.insert(QStringLiteral("drain_info"),
                         QJsonObject{{QStringLiteral("state"), QStringLiteral("DRAINING")},
                                     {QStringLiteral("config"),
                                      QJsonObject{{QStringLiteral("mark_gone"), false},
                                                  {QStringLiteral("max_grace_period"),
                                                   QJsonObject{{QStringLiteral("nanoseconds"), 6e10}}}}}});
            agent.insert(QStringLiteral("estimated_drain_start_time"),
                         QJsonObject{{QStringLiteral("nanoseconds"), 1470820271393027072.0}});
        }
        agents.append(agent);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("GET_AGENTS")},
                                     {QStringLiteral("get_agents"), QJsonObject{{QStringLiteral("agents"), agents}}}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

MESOSDESK_BENCH(agents_drain) {
    constexpr int count = 5000;
    QList<QByteArray> polls;
    for (int round = 0; round < 10; ++round)
        polls << getAgents(count, round);
    const auto first = OperatorParser::parseAgents(polls.first());
    if (!first.ok() || first.value.size() != count) {
        *context.err << "agents_drain: the synthetic GET_AGENTS did not parse" << Qt::endl;
        return false;
    }
    context.figure(QStringLiteral("agents_drain_parse_ms"),
                   medianMs(5, [&] { (void)OperatorParser::parseAgents(polls.first()); }));
    {
        AgentDrainModel model;
        model.apply(first.value);
        const auto second = OperatorParser::parseAgents(polls.at(1));
        bool flip = false;
        context.figure(QStringLiteral("agents_drain_apply_ms"), medianMs(5, [&] {
                           model.apply(flip ? first.value : second.value);
                           flip = !flip;
                       }));
    }

    // As the Drain tab takes each poll: the reader parses (off the GUI thread) and applies the
    // differences to the model behind a shown, sorted table.
    AgentDrainModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.resize(1600, 1000);
    view.show();
    AgentDrainReader reader(&model);
    int applied = 0;
    QObject::connect(&reader, &AgentDrainReader::read, [&](const QString& error, int) {
        if (error.isEmpty())
            ++applied;
    });
    reader.take(polls.first());
    TestEnvironment::waitUntil([&] { return applied == 1; }, 30000);
    GuiStallMeter idle;
    TestEnvironment::waitUntil([] { return false; }, 500);
    const double baseline = idle.maxStallMs();
    GuiStallMeter stalls;
    for (int round = 1; round < polls.size(); ++round) {
        reader.take(polls.at(round));
        if (!TestEnvironment::waitUntil([&] { return applied == round + 1; }, 30000)) {
            *context.err << "agents_drain: poll " << round << " was not applied" << Qt::endl;
            return false;
        }
    }
    context.figure(QStringLiteral("agents_drain_gui_stall_max_ms"), stalls.maxStallMs());
    context.figure(QStringLiteral("agents_drain_gui_stall_idle_baseline_ms"), baseline);
    int draining = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        draining += model.at(row)->state() == AgentDrain::State::Draining ? 1 : 0;
    return model.rowCount() == count && draining == count / 10;
}
