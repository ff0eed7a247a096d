#include "ProfileJson.h"

#include "core/ConnectionTarget.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
const char* const authKinds[] = {"none", "basic", "token"};

QJsonObject authToJson(const Profile::Auth& auth) {
    QJsonObject object{{QStringLiteral("kind"), QLatin1String(authKinds[int(auth.kind)])}};
    if (!auth.user.isEmpty())
        object.insert(QStringLiteral("user"), auth.user);
    return object;
}

Profile::Auth authFromJson(const QJsonValue& value) {
    Profile::Auth auth;
    const QString kind = value[QLatin1String("kind")].toString();
    for (int i = 0; i < 3; ++i) {
        if (kind == QLatin1String(authKinds[i]))
            auth.kind = Profile::Auth::Kind(i);
    }
    auth.user = value[QLatin1String("user")].toString();
    return auth;
}
} // namespace

namespace ProfileJson {
QJsonObject toJson(const Profile& p) {
    QJsonObject pinned;
    for (auto it = p.tls.pinned.cbegin(); it != p.tls.pinned.cend(); ++it)
        pinned.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("zkUrl"), p.zkUrl},
        {QStringLiteral("masterUrls"), QJsonArray::fromStringList(p.masterUrls)},
        {QStringLiteral("marathonUrl"), p.marathonUrl},
        {QStringLiteral("marathonZkPath"), p.marathonZkPath},
        {QStringLiteral("auth"), QJsonObject{{QStringLiteral("masters"), authToJson(p.masters)},
                                             {QStringLiteral("agents"), authToJson(p.agents)},
                                             {QStringLiteral("marathon"), authToJson(p.marathon)},
                                             {QStringLiteral("zookeeper"), authToJson(p.zooKeeper)}}},
        {QStringLiteral("tls"), QJsonObject{{QStringLiteral("caFile"), p.tls.caFile},
                                            {QStringLiteral("pinned"), pinned},
                                            {QStringLiteral("discoveredHttps"), p.tls.discoveredHttps}}},
        {QStringLiteral("mesosPollMs"), p.mesosPollMs},
        {QStringLiteral("marathonPollMs"), p.marathonPollMs},
        {QStringLiteral("readOnly"), p.readOnly},
    };
}

Profile fromJson(const QJsonObject& o) {
    Profile p;
    p.id = o.value(QLatin1String("id")).toString();
    p.name = o.value(QLatin1String("name")).toString();
    p.zkUrl = o.value(QLatin1String("zkUrl")).toString();
    for (const QJsonValue& url : o.value(QLatin1String("masterUrls")).toArray())
        p.masterUrls << url.toString();
    p.marathonUrl = o.value(QLatin1String("marathonUrl")).toString();
    p.marathonZkPath = o.value(QLatin1String("marathonZkPath")).toString(p.marathonZkPath);
    const QJsonObject auth = o.value(QLatin1String("auth")).toObject();
    p.masters = authFromJson(auth.value(QLatin1String("masters")));
    p.agents = authFromJson(auth.value(QLatin1String("agents")));
    p.marathon = authFromJson(auth.value(QLatin1String("marathon")));
    p.zooKeeper = authFromJson(auth.value(QLatin1String("zookeeper")));
    const QJsonObject tls = o.value(QLatin1String("tls")).toObject();
    p.tls.caFile = tls.value(QLatin1String("caFile")).toString();
    p.tls.discoveredHttps =
        tls.value(QLatin1String("discoveredHttps")).toBool(false); // absent in older profiles
    const QJsonObject pinned = tls.value(QLatin1String("pinned")).toObject();
    for (auto it = pinned.constBegin(); it != pinned.constEnd(); ++it)
        p.tls.pinned.insert(it.key(), it.value().toString());
    p.mesosPollMs = o.value(QLatin1String("mesosPollMs")).toInt(p.mesosPollMs);
    p.marathonPollMs = o.value(QLatin1String("marathonPollMs")).toInt(p.marathonPollMs);
    p.readOnly = o.value(QLatin1String("readOnly")).toBool(false);
    return p;
}

ConnectionTarget target(const Profile& profile, QString* error) {
    if (!profile.zkUrl.trimmed().isEmpty()) {
        ConnectionTarget zk = ConnectionTarget::parse(profile.zkUrl, error);
        zk.discoveredHttps = profile.tls.discoveredHttps;
        return zk;
    }
    if (!profile.masterUrls.isEmpty())
        return ConnectionTarget::parse(profile.masterUrls.first(), error);
    if (error)
        *error = QCoreApplication::translate("ProfileJson",
                                             "the profile names neither a ZooKeeper URL nor a master URL");
    return {};
}
} // namespace ProfileJson
