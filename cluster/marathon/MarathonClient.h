#pragma once

#include "MarathonApp.h"
#include "MarathonDeployment.h"
#include "MarathonGroup.h"
#include "MarathonInfo.h"
#include "MarathonPod.h"
#include "MarathonQueueEntry.h"
#include "MarathonResult.h"
#include "MarathonTask.h"
#include "net/HttpTransport.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

// Marathon's REST API, one request per operation through the session's HttpTransport, one
// typed answer per callback. Callbacks run on context's thread and are dropped with it.
// force=true is only ever sent when the caller passes it (after the operator confirmed a
// retry of a 409), never on the first attempt.
class MarathonClient : public QObject {
    Q_OBJECT
public:
    enum class KillMode { Kill, KillAndScale, KillAndWipe };

    template <typename T>
    using Callback = std::function<void(const ApiError& error, const T& value)>;
    using ResultCallback = std::function<void(const MarathonResult&)>;

    explicit MarathonClient(HttpTransport* transport, QObject* parent = nullptr);

    void setBaseUrl(const QUrl& url);
    QUrl baseUrl() const { return m_base; }
    HttpTransport* transport() const { return m_transport; }

    // Reads. listApps parses off the GUI thread (large clusters answer with megabytes).
    void listApps(QObject* context, Callback<QList<MarathonApp>> done);
    void getApp(const QString& appId, QObject* context, Callback<MarathonApp> done);
    void listVersions(const QString& appId, QObject* context, Callback<QStringList> done);
    void getVersion(const QString& appId, const QString& version, QObject* context, Callback<MarathonApp> done);
    void listDeployments(QObject* context, Callback<QList<MarathonDeployment>> done);
    void listQueue(QObject* context, Callback<QList<MarathonQueueEntry>> done);
    // ?embed=lastUnusedOffers: every agent's last refused offer per entry, so big; parsed off the GUI thread.
    void listQueueWithUnusedOffers(QObject* context, Callback<QList<MarathonQueueEntry>> done);
    void info(QObject* context, Callback<MarathonInfo> done);
    void leader(QObject* context, Callback<QString> done);
    // HEAD /v2/pods: true where pods are supported (1.4+), false on a 404 (an older Marathon).
    void podsSupported(QObject* context, Callback<bool> done);
    // GET /v2/pods/::status, parsed off the GUI thread.
    void listPodStatuses(QObject* context, Callback<QList<MarathonPod>> done);
    void getPodStatus(const QString& podId, QObject* context, Callback<MarathonPod> done);
    void listPodVersions(const QString& podId, QObject* context, Callback<QStringList> done);
    void getPodVersion(const QString& podId, const QString& version, QObject* context,
                       Callback<MarathonPod> done);

    // GET /v2/groups/{id} with its apps, pods and child groups (what the editor and the
    // dependencies need; no tasks or counts).
    void getGroup(const QString& groupId, QObject* context, Callback<MarathonGroup> done);

    // Changes: each answers with a deployment (id, version) or an ApiError.
    void createApp(const QJsonObject& definition, QObject* context, ResultCallback done);
    void updateApp(const QString& appId, const QJsonObject& definition, bool force, QObject* context, ResultCallback done);
    void scaleApp(const QString& appId, int instances, bool force, QObject* context, ResultCallback done);
    // PUT /v2/groups/{id} {"scaleBy": factor}: every app under the group to ceil(instances × factor).
    void scaleGroup(const QString& groupId, double factor, bool force, QObject* context, ResultCallback done);
    void suspendApp(const QString& appId, bool force, QObject* context, ResultCallback done) {
        scaleApp(appId, 0, force, context, std::move(done));
    }
    void restartApp(const QString& appId, bool force, QObject* context, ResultCallback done);
    // Marathon has no restart of a group: one POST /v2/apps/{id}/restart per app, all sent at
    // once; done gets each app's result, in appIds' order, when the last has answered.
    using AppResults = QList<QPair<QString, MarathonResult>>;
    void restartApps(const QStringList& appIds, bool force, QObject* context,
                     std::function<void(const AppResults&)> done);
    void createGroup(const QJsonObject& definition, QObject* context, ResultCallback done);
    void updateGroup(const QString& groupId, const QJsonObject& definition, bool force, QObject* context,
                     ResultCallback done);
    // DELETE /v2/groups/{id}: the group and every app and pod in it.
    void destroyGroup(const QString& groupId, bool force, QObject* context, ResultCallback done);
    void destroyApp(const QString& appId, QObject* context, ResultCallback done);
    void applyVersion(const QString& appId, const QString& version, bool force, QObject* context, ResultCallback done);
    void killTasks(const QStringList& taskIds, KillMode mode, bool force, QObject* context, ResultCallback done);
    void rollbackDeployment(const QString& deploymentId, QObject* context, ResultCallback done);
    void forceStopDeployment(const QString& deploymentId, QObject* context, ResultCallback done);
    void resetDelay(const QString& appId, QObject* context, ResultCallback done);
    // DELETE /v2/leader: the leader leaves the election and joins it again; another instance
    // (or, alone, the same one) is elected.
    void abdicate(QObject* context, ResultCallback done);
    void createPod(const QJsonObject& definition, QObject* context, ResultCallback done);
    void updatePod(const QString& podId, const QJsonObject& definition, bool force, QObject* context,
                   ResultCallback done);
    // Pods scale by a PUT of their whole definition with scaling.instances changed.
    void scalePod(const QString& podId, const QByteArray& specJson, int instances, bool force,
                  QObject* context, ResultCallback done);
    void destroyPod(const QString& podId, bool force, QObject* context, ResultCallback done);
    // One id: DELETE ::instances/{id}; several: DELETE ::instances with the ids as the body.
    void killPodInstances(const QString& podId, const QStringList& instanceIds, QObject* context,
                          ResultCallback done);

    // The SSE endpoint, filtered to the event types the console uses.
    QUrl eventsUrl() const;
    static QStringList subscribedEventTypes();

    QUrl url(const QString& path, const QList<QPair<QString, QString>>& query = {}) const;
    static QString appPath(const QString& appId); // "/a/b" -> "/v2/apps/a/b"
    static QString podPath(const QString& podId); // "/a/b" -> "/v2/pods/a/b"
    static QString groupPath(const QString& groupId); // "/a/b" -> "/v2/groups/a/b"
    // Turns a transport answer of a mutating call into a result (deployment id from the header or body).
    static MarathonResult toResult(const HttpTransport::Response& response);

private:
    void change(const QByteArray& method, const QUrl& url, const QJsonObject& body, bool hasBody, QObject* context,
                ResultCallback done);
    void sendChange(const QByteArray& method, const QUrl& url, const QByteArray& payload, QObject* context,
                    ResultCallback done);
    template <typename T, typename Parse>
    void read(const QUrl& url, QObject* context, Callback<T> done, Parse parse);
    template <typename T, typename Parse>
    void readOnPool(const QUrl& url, QObject* context, Callback<T> done, Parse parse);
    ApiError describe(ApiError error) const;

    HttpTransport* m_transport;
    QUrl m_base;
};
