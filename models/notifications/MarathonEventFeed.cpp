#include "MarathonEventFeed.h"

#include "NotificationModel.h"
#include "marathon/MarathonParser.h"
#include "marathon/MarathonSource.h"

#include <QJsonArray>

namespace {
const QString DeploymentCause = QStringLiteral("deployment:");
const QString StreamCause = QStringLiteral("marathon:stream");
const QString ProblemCause = QStringLiteral("marathon:problem");
constexpr int KeptDeployments = 500; // ended ones remembered, so a late duplicate is recognised

void appendUnique(QStringList* list, const QString& value) {
    if (!value.isEmpty() && !list->contains(value))
        list->append(value);
}

// The apps and pods a deployment event's plan touches, in step order. Plans come as
// steps: [{actions: [...]}] (1.x), [[...]] (pre-1.0) or, in the event-bus docs, [{action, app}].
QStringList planTargets(const QJsonObject& plan, const QJsonObject& currentStep) {
    QStringList apps;
    for (const auto& step : MarathonParser::deploymentFromJson(plan).steps)
        for (const MarathonDeployment::Action& action : step)
            appendUnique(&apps, action.target);
    for (const QJsonValue& step : plan.value(QLatin1String("steps")).toArray())
        appendUnique(&apps, step.toObject().value(QLatin1String("app")).toString());
    for (const QJsonValue& action : currentStep.value(QLatin1String("actions")).toArray())
        appendUnique(&apps, action.toObject().value(QLatin1String("app")).toString());
    return apps;
}

QString stepsText(const QList<QList<MarathonDeployment::Action>>& plan) {
    QStringList steps;
    for (const auto& step : plan) {
        QStringList actions;
        for (const MarathonDeployment::Action& action : step)
            actions << action.action + u' ' + action.target;
        steps << actions.join(QStringLiteral(", "));
    }
    return steps.join(u'\n');
}
} // namespace

MarathonEventFeed::MarathonEventFeed(NotificationModel* model, QObject* parent)
    : QObject(parent), m_model(model) {
    m_gather.setSingleShot(true);
    m_gather.setInterval(1500);
    connect(&m_gather, &QTimer::timeout, this, &MarathonEventFeed::flush);
    m_missingTimer.setSingleShot(true);
    m_missingTimer.setInterval(3000);
    connect(&m_missingTimer, &QTimer::timeout, this, &MarathonEventFeed::tellMissing);
}

void MarathonEventFeed::reset() {
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_deployments.clear();
    m_haveDeployments = false;
    m_missing.clear();
    m_missingTimer.stop();
    m_failed.clear();
    m_failedOrder.clear();
    m_gather.stop();
    m_wasLive = m_toldInterrupted = false;
    m_problem.clear();
}

void MarathonEventFeed::attach(MarathonSource* source) {
    reset();
    m_source = source;
    if (!source)
        return;
    m_connections << connect(source, &MarathonSource::eventReceived, this, &MarathonEventFeed::onEvent);
    m_connections << connect(source, &MarathonSource::deploymentsChanged, this,
                             [this] { onDeployments(m_source->deployments(), m_source->isLive()); });
    m_connections << connect(source, &MarathonSource::liveChanged, this,
                             [this](bool live) { onLive(live, m_source->streamError()); });
    m_connections << connect(source, &MarathonSource::problemChanged, this, &MarathonEventFeed::onProblem);
    m_wasLive = source->isLive();
    if (source->deploymentsKnown()) // what runs now ran before we came
        onDeployments(source->deployments(), source->isLive());
}

QString MarathonEventFeed::subject(const QString& id) const {
    const QStringList apps = m_deployments.value(id).apps;
    return apps.isEmpty() ? tr("deployment %1").arg(id) : apps.join(QStringLiteral(", "));
}

void MarathonEventFeed::started(const QString& id, const QStringList& apps, const QString& details) {
    if (id.isEmpty() || m_deployments.contains(id))
        return; // a later step of the same deployment, or the poll and the stream both saying it
    if (m_deployments.size() >= KeptDeployments)
        for (auto it = m_deployments.begin(); it != m_deployments.end();)
            it = it->ended ? m_deployments.erase(it) : std::next(it);
    m_deployments.insert(id, {apps, false});
    Notification n = Notification::of(Notification::Severity::Info, Notification::Area::Deployments,
                                      Notification::Kind::Condition,
                                      tr("Deployment of %1 started.").arg(subject(id)), DeploymentCause + id);
    n.details = tr("Deployment %1").arg(id) + (details.isEmpty() ? QString() : u'\n' + details);
    m_model->post(n);
}

void MarathonEventFeed::ended(const QString& id, End how, const QString& reason, const QStringList& apps) {
    if (id.isEmpty())
        return;
    Followed& f = m_deployments[id];
    if (f.ended)
        return;
    f.ended = true;
    for (const QString& app : apps)
        appendUnique(&f.apps, app);
    m_missing.remove(id);
    Notification n;
    switch (how) {
    case End::Finished:
        n = Notification::of(Notification::Severity::Info, Notification::Area::Deployments,
                             Notification::Kind::Event, tr("Deployment of %1 finished.").arg(subject(id)),
                             DeploymentCause + id);
        break;
    case End::Failed:
        n = Notification::of(Notification::Severity::Error, Notification::Area::Deployments,
                             Notification::Kind::Event,
                             reason.isEmpty() ? tr("Deployment of %1 failed.").arg(subject(id))
                                              : tr("Deployment of %1 failed: %2").arg(subject(id), reason),
                             DeploymentCause + id);
        break;
    case End::Vanished: // polled without the stream: Marathon no longer lists it, but does not say how it
                        // ended
        n = Notification::of(Notification::Severity::Info, Notification::Area::Deployments,
                             Notification::Kind::Event,
                             tr("Deployment of %1 is over (Marathon no longer lists it).").arg(subject(id)),
                             DeploymentCause + id);
        break;
    }
    n.details = tr("Deployment %1").arg(id);
    m_model->post(n);
}

void MarathonEventFeed::onEvent(const MarathonEvent& event) {
    const QJsonObject plan = event.raw.value(QLatin1String("plan")).toObject();
    const QJsonObject step = event.raw.value(QLatin1String("currentStep")).toObject();
    if (event.type == QLatin1String("deployment_info")) {
        started(event.deploymentId, planTargets(plan, step),
                stepsText(MarathonParser::deploymentFromJson(plan).steps));
    } else if (event.type == QLatin1String("deployment_success")) {
        ended(event.deploymentId, End::Finished, {}, planTargets(plan, step));
    } else if (event.type == QLatin1String("deployment_failed")) {
        ended(event.deploymentId, End::Failed, event.message, planTargets(plan, step));
    } else if (event.isTaskFailure() && event.type != QLatin1String("instance_changed_event")) {
        // instance_changed_event repeats the status update; lost and unreachable tasks are the Mesos side's
        // news
        static const QStringList lost{QStringLiteral("TASK_LOST"), QStringLiteral("TASK_UNREACHABLE"),
                                      QStringLiteral("TASK_GONE"), QStringLiteral("TASK_GONE_BY_OPERATOR")};
        if (lost.contains(event.taskStatus))
            return;
        if (!m_failed.contains(event.appId))
            m_failedOrder << event.appId;
        const QString what = event.taskStatus.isEmpty() ? event.type : event.taskStatus;
        m_failed[event.appId] << (event.message.isEmpty()
                                      ? tr("%1 (%2)").arg(event.taskId, what)
                                      : tr("%1 (%2: %3)").arg(event.taskId, what, event.message));
        if (!m_gather.isActive())
            m_gather.start();
    }
}

void MarathonEventFeed::flush() {
    m_gather.stop();
    const QStringList order = std::exchange(m_failedOrder, {});
    const QHash<QString, QStringList> failed = std::exchange(m_failed, {});
    for (const QString& app : order) {
        const QStringList tasks = failed.value(app);
        QString listed = QStringList(tasks.mid(0, 3)).join(QStringLiteral(", "));
        if (tasks.size() > 3)
            listed = tr("%1 and %2 more").arg(listed).arg(tasks.size() - 3);
        Notification n = Notification::of(
            Notification::Severity::Warning, Notification::Area::Tasks, Notification::Kind::Event,
            tasks.size() == 1 ? tr("A task of %1 failed: %2").arg(app, listed)
                              : tr("%n tasks of %1 failed: %2", nullptr, int(tasks.size())).arg(app, listed));
        n.details = tasks.join(u'\n');
        m_model->post(n);
    }
}

void MarathonEventFeed::onDeployments(const QList<MarathonDeployment>& deployments, bool live) {
    const bool first = !std::exchange(m_haveDeployments, true);
    QSet<QString> listed;
    for (const MarathonDeployment& d : deployments) {
        listed.insert(d.id);
        if (m_deployments.contains(d.id))
            continue;
        if (first) { // it ran before we came: follow it quietly, tell its end
            m_deployments.insert(d.id, {d.affectedApps + d.affectedPods, false});
            continue;
        }
        started(d.id, d.affectedApps + d.affectedPods, stepsText(d.steps));
    }
    for (auto it = m_deployments.cbegin(); it != m_deployments.cend(); ++it) {
        if (it->ended || listed.contains(it.key()))
            continue;
        m_missing.insert(it.key());
        if (live && !m_missingTimer.isActive())
            m_missingTimer
                .start(); // deployment_success or _failed says how it ended: give it a moment to arrive
    }
    if (!live)
        tellMissing();
}

void MarathonEventFeed::tellMissing() {
    m_missingTimer.stop();
    const QSet<QString> missing = std::exchange(m_missing, {});
    for (const QString& id : missing)
        ended(id, End::Vanished);
}

void MarathonEventFeed::onLive(bool live, const QString& why) {
    if (live) {
        m_wasLive = true;
        if (std::exchange(m_toldInterrupted, false))
            m_model->post(Notification::of(Notification::Severity::Info, Notification::Area::Marathon,
                                           Notification::Kind::Recovery, tr("Marathon live updates resumed."),
                                           StreamCause));
        return;
    }
    if (!m_wasLive || m_toldInterrupted || (m_source && m_source->marathonUrl().isEmpty()))
        return;
    m_toldInterrupted = true;
    QString reason = why;
    while (reason.endsWith(u'.'))
        reason.chop(1); // it goes in parentheses
    Notification n = Notification::of(
        Notification::Severity::Warning, Notification::Area::Marathon, Notification::Kind::Condition,
        reason.isEmpty()
            ? tr("Marathon live updates interrupted; polling until the event stream is back.")
            : tr("Marathon live updates interrupted (%1); polling until the event stream is back.")
                  .arg(reason),
        StreamCause);
    m_model->post(n);
}

void MarathonEventFeed::onProblem(const QString& problem) {
    if (problem == m_problem)
        return;
    const QString before = std::exchange(m_problem, problem);
    if (problem.isEmpty()) {
        if (!before.isEmpty())
            m_model->post(Notification::of(Notification::Severity::Info, Notification::Area::Marathon,
                                           Notification::Kind::Recovery, tr("Marathon answers again."),
                                           ProblemCause));
        return;
    }
    Notification n =
        Notification::of(Notification::Severity::Warning, Notification::Area::Marathon,
                         Notification::Kind::Condition, tr("Marathon: %1").arg(problem), ProblemCause);
    m_model->post(n);
}
