#include "ReadinessChecker.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

ReadinessChecker::ReadinessChecker(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)) {}

ReadinessChecker::~ReadinessChecker() {
    const QStringList ids = m_probes.keys();
    for (const QString& id : ids)
        stop(id);
}

void ReadinessChecker::start(const QString& taskId, const QString& host, int port, const QJsonObject& check) {
    stop(taskId);
    auto* probe = new Probe;
    probe->taskId = taskId;
    probe->check = check;
    const QString scheme = check.value(QLatin1String("protocol")).toString() == QLatin1String("HTTPS")
                               ? QStringLiteral("https")
                               : QStringLiteral("http");
    probe->url = QStringLiteral("%1://%2:%3%4")
                     .arg(scheme, host)
                     .arg(port)
                     .arg(check.value(QLatin1String("path")).toString(QStringLiteral("/")));
    probe->timer = new QTimer(this);
    probe->timer->setSingleShot(true);
    probe->timer->setInterval(qMax(100, check.value(QLatin1String("intervalSeconds")).toInt(30) * 1000));
    connect(probe->timer, &QTimer::timeout, this, [this, probe] { run(probe); });
    m_probes.insert(taskId, probe);
    run(probe); // the first check is eager
}

void ReadinessChecker::stop(const QString& taskId) {
    Probe* probe = m_probes.take(taskId);
    if (!probe)
        return;
    probe->timer->stop();
    probe->timer->deleteLater();
    if (probe->reply) {
        probe->reply->disconnect(this);
        probe->reply->abort();
        probe->reply->deleteLater();
    }
    delete probe;
}

void ReadinessChecker::run(Probe* probe) {
    QNetworkRequest request{QUrl(probe->url)};
    request.setTransferTimeout(
        qMax(100, probe->check.value(QLatin1String("timeoutSeconds")).toInt(10) * 1000));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    probe->reply = m_network->get(request);
    connect(probe->reply, &QNetworkReply::finished, this, [this, probe] {
        QNetworkReply* reply = std::exchange(probe->reply, nullptr);
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status > 0) {
            finish(probe, status,
                   reply->header(QNetworkRequest::ContentTypeHeader).toString().section(u';', 0, 0).trimmed(),
                   QString::fromUtf8(reply->readAll()));
        } else {
            finish(probe, 504, QStringLiteral("text/plain"),
                   QStringLiteral("Marathon could not query %1: %2").arg(probe->url, reply->errorString()));
        }
    });
}

void ReadinessChecker::finish(Probe* probe, int status, const QString& contentType, const QString& body) {
    QJsonArray codes = probe->check.value(QLatin1String("httpStatusCodesForReady")).toArray();
    if (codes.isEmpty())
        codes.append(200);
    const bool ready = codes.contains(status);
    QJsonObject result{{QStringLiteral("name"),
                        probe->check.value(QLatin1String("name")).toString(QStringLiteral("readinessCheck"))},
                       {QStringLiteral("taskId"), probe->taskId},
                       {QStringLiteral("ready"), ready}};
    if (probe->check.value(QLatin1String("preserveLastResponse")).toBool())
        result.insert(QStringLiteral("lastResponse"),
                      QJsonObject{{QStringLiteral("status"), status},
                                  {QStringLiteral("contentType"), contentType},
                                  {QStringLiteral("body"), body}});
    const QString taskId = probe->taskId;
    if (ready)
        stop(taskId);
    else
        probe->timer->start();
    if (onResult)
        onResult(taskId, result);
}
