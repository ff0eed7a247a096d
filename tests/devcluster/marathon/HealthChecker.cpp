#include "HealthChecker.h"

#include "MarathonTask.h"

#include <QDir>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

HealthChecker::HealthChecker(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

HealthChecker::~HealthChecker()
{
    const QStringList ids = m_tasks.keys();
    for (const QString& id : ids)
        stop(id);
    qDeleteAll(m_orphans);
}

void HealthChecker::start(const MarathonTask& task, const QJsonArray& checks)
{
    stop(task.id);
    QList<Probe*> probes;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        auto* probe = new Probe;
        probe->taskId = task.id;
        probe->index = int(i);
        probe->check = checks.at(i).toObject();
        probe->host = task.host;
        probe->sandbox = task.sandboxDirectory;
        probe->ports = task.ports;
        if (probe->check.contains(QLatin1String("port")))
            probe->port = probe->check.value(QLatin1String("port")).toInt();
        else
            probe->port = task.ports.value(probe->check.value(QLatin1String("portIndex")).toInt(0));
        probe->timer = new QTimer(this);
        const int intervalMs = qMax(100, probe->check.value(QLatin1String("intervalSeconds")).toInt(60) * 1000);
        probe->timer->setInterval(intervalMs);
        connect(probe->timer, &QTimer::timeout, this, [this, probe] { run(probe); });
        probe->timer->start();
        probes.append(probe);
    }
    m_tasks.insert(task.id, probes);
}

void HealthChecker::stop(const QString& taskId)
{
    const QList<Probe*> probes = m_tasks.take(taskId);
    for (Probe* probe : probes) {
        probe->timer->stop();
        probe->timer->deleteLater();
        // A probe in flight still holds the pointer; it checks m_tasks before reporting.
        if (!probe->inFlight)
            delete probe;
        else {
            probe->taskId.clear();
            m_orphans.insert(probe);
        }
    }
}

void HealthChecker::run(Probe* probe)
{
    if (probe->inFlight)
        return;
    probe->inFlight = true;
    const int timeoutMs = qMax(100, probe->check.value(QLatin1String("timeoutSeconds")).toInt(20) * 1000);
    const QString protocol = probe->check.value(QLatin1String("protocol")).toString(QStringLiteral("HTTP"));
    if (protocol == QLatin1String("COMMAND"))
        runCommand(probe, timeoutMs);
    else if (protocol.endsWith(QLatin1String("TCP")))
        runTcp(probe, timeoutMs);
    else
        runHttp(probe, timeoutMs);
}

void HealthChecker::report(Probe* probe, bool alive, const QString& cause)
{
    probe->inFlight = false;
    if (probe->taskId.isEmpty()) { // stopped meanwhile
        m_orphans.remove(probe);
        delete probe;
        return;
    }
    if (onResult)
        onResult(probe->taskId, probe->index, alive, cause);
}

void HealthChecker::runHttp(Probe* probe, int timeoutMs)
{
    const bool https = probe->check.value(QLatin1String("protocol")).toString().contains(QLatin1String("HTTPS"));
    QUrl url;
    url.setScheme(https ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(probe->host);
    url.setPort(probe->port);
    url.setPath(probe->check.value(QLatin1String("path")).toString(QStringLiteral("/")));
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, probe, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 400)
            report(probe, true, {});
        else if (status > 0)
            report(probe, false, QStringLiteral("%1 %2").arg(status).arg(
                                     reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        else
            report(probe, false, reply->errorString());
    });
}

void HealthChecker::runTcp(Probe* probe, int timeoutMs)
{
    auto* socket = new QTcpSocket(this);
    auto* timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto done = std::make_shared<bool>(false);
    const auto finish = [this, probe, socket, done](bool alive, const QString& cause) {
        if (*done)
            return;
        *done = true;
        socket->abort();
        socket->deleteLater();
        report(probe, alive, cause);
    };
    connect(socket, &QTcpSocket::connected, this, [finish] { finish(true, {}); });
    connect(socket, &QTcpSocket::errorOccurred, this, [finish, socket] { finish(false, socket->errorString()); });
    connect(timer, &QTimer::timeout, this, [finish] { finish(false, QStringLiteral("Connection timed out")); });
    timer->start(timeoutMs);
    socket->connectToHost(probe->host, quint16(probe->port));
}

void HealthChecker::runCommand(Probe* probe, int timeoutMs)
{
    auto* process = new QProcess(this);
    if (!probe->sandbox.isEmpty() && QDir(probe->sandbox).exists())
        process->setWorkingDirectory(probe->sandbox);
    // Mesos runs command checks with the task's environment.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOST"), probe->host);
    if (!probe->sandbox.isEmpty())
        env.insert(QStringLiteral("MESOS_SANDBOX"), probe->sandbox);
    for (qsizetype i = 0; i < probe->ports.size(); ++i)
        env.insert(QStringLiteral("PORT%1").arg(i), QString::number(probe->ports.at(i)));
    if (!probe->ports.isEmpty())
        env.insert(QStringLiteral("PORT"), QString::number(probe->ports.first()));
    process->setProcessEnvironment(env);
    auto* timer = new QTimer(process);
    timer->setSingleShot(true);
    auto done = std::make_shared<bool>(false);
    const auto finish = [this, probe, process, done](bool alive, const QString& cause) {
        if (*done)
            return;
        *done = true;
        if (process->state() != QProcess::NotRunning)
            process->kill();
        process->deleteLater();
        report(probe, alive, cause);
    };
    connect(process, &QProcess::finished, this, [finish](int exitCode, QProcess::ExitStatus status) {
        if (status == QProcess::NormalExit && exitCode == 0)
            finish(true, {});
        else
            finish(false, QStringLiteral("Command exited with status %1").arg(exitCode));
    });
    connect(process, &QProcess::errorOccurred, this, [finish](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(false, QStringLiteral("Command failed to start"));
    });
    connect(timer, &QTimer::timeout, this, [finish] { finish(false, QStringLiteral("Command timed out")); });
    timer->start(timeoutMs);
    process->start(QStringLiteral("sh"),
                   {QStringLiteral("-c"), probe->check.value(QLatin1String("command")).toObject().value(QLatin1String("value")).toString()});
}
