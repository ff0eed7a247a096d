// roles_ingest_ms: a /master/roles answer of 1,000 roles (nested ones, quota on a third) read
// into MesosRole values, against a QJsonDocument baseline that reads the same fields
// (roles_ingest_ratio, at most 0.5 wanted). roles_apply_ms: the first fill of RolesModel and
// a poll that changes 100 roles (differences only).
#include "BenchRegistry.h"
#include "RolesModel.h"
#include "operator/OperatorParser.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace {
QByteArray rolesDocument(int count, int changed) {
    QJsonArray roles;
    for (int i = 0; i < count; ++i) {
        const QString name = i % 4 == 0 ? QStringLiteral("team%1").arg(i / 4)
                                        : QStringLiteral("team%1/svc%2").arg(i / 4).arg(i % 4);
        const double cpus = (i % 7) + (i < changed ? 0.5 : 0.0);
        const QJsonObject amounts{{QStringLiteral("cpus"), cpus}, {QStringLiteral("mem"), 128.0 * (i % 5)}};
        QJsonObject quota{{QStringLiteral("role"), name}, {QStringLiteral("consumed"), amounts}};
        if (i % 3 == 0) {
            quota.insert(QStringLiteral("guarantee"), QJsonObject{{QStringLiteral("cpus"), 1.0}});
            quota.insert(QStringLiteral("limit"),
                         QJsonObject{{QStringLiteral("cpus"), 8.0}, {QStringLiteral("mem"), 4096.0}});
        } else {
            quota.insert(QStringLiteral("guarantee"), QJsonObject());
            quota.insert(QStringLiteral("limit"), QJsonObject());
        }
        roles.append(
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("weight"), 1.0 + i % 3},
                        {QStringLiteral("frameworks"), QJsonArray{QStringLiteral("fw-%1-0000").arg(i)}},
                        {QStringLiteral("resources"), amounts},
                        {QStringLiteral("allocated"), amounts},
                        {QStringLiteral("offered"), QJsonObject()},
                        {QStringLiteral("reserved"), QJsonObject()},
                        {QStringLiteral("quota"), quota}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("roles"), roles}}).toJson(QJsonDocument::Compact);
}

ResourceQuantities amounts(const QJsonValue& value) {
    ResourceQuantities out;
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        out.insert(it.key(), it.value().toDouble());
    return out;
}

// The same fields the parser reads, through QJsonDocument.
QList<MesosRole> baseline(const QByteArray& json) {
    QList<MesosRole> out;
    const QJsonArray roles = QJsonDocument::fromJson(json).object().value(QLatin1String("roles")).toArray();
    for (const QJsonValue& value : roles) {
        const QJsonObject o = value.toObject();
        MesosRole role;
        role.name = o.value(QLatin1String("name")).toString();
        role.weight = o.value(QLatin1String("weight")).toDouble(1);
        for (const QJsonValue& id : o.value(QLatin1String("frameworks")).toArray())
            role.frameworkIds << id.toString();
        role.resources = amounts(o.value(QLatin1String("resources")));
        role.hasBreakdown = o.contains(QLatin1String("allocated"));
        role.allocated = amounts(o.value(QLatin1String("allocated")));
        role.offered = amounts(o.value(QLatin1String("offered")));
        role.reserved = amounts(o.value(QLatin1String("reserved")));
        const QJsonObject quota = o.value(QLatin1String("quota")).toObject();
        role.hasQuota = o.contains(QLatin1String("quota"));
        role.guarantee = amounts(quota.value(QLatin1String("guarantee")));
        role.limit = amounts(quota.value(QLatin1String("limit")));
        role.hasConsumed = quota.contains(QLatin1String("consumed"));
        role.consumed = amounts(quota.value(QLatin1String("consumed")));
        out.append(role);
    }
    return out;
}

template <typename F> double medianMs(int runs, F&& work) {
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}
} // namespace

MESOSDESK_BENCH(roles_ingest) {
    const QByteArray json = rolesDocument(1000, 0);
    const auto check = OperatorParser::parseRoles(json);
    if (!check.ok() || check.value.size() != 1000 || baseline(json) != check.value) {
        *context.err << "roles_ingest: the parser and the baseline disagree" << Qt::endl;
        return false;
    }
    const double ours = medianMs(21, [&] { (void)OperatorParser::parseRoles(json); });
    const double theirs = medianMs(21, [&] { (void)baseline(json); });
    context.figure(QStringLiteral("roles_ingest_ms"), ours, 3);
    context.figure(QStringLiteral("roles_ingest_qjsondocument_ms"), theirs, 3);
    context.figure(QStringLiteral("roles_ingest_ratio"), ours / theirs, 3);

    RolesModel model;
    QElapsedTimer timer;
    timer.start();
    model.apply(check.value);
    context.figure(QStringLiteral("roles_apply_first_ms"), double(timer.nsecsElapsed()) / 1e6, 3);
    const auto changed = OperatorParser::parseRoles(rolesDocument(1000, 100));
    timer.restart();
    model.apply(changed.value);
    context.figure(QStringLiteral("roles_apply_100_changed_ms"), double(timer.nsecsElapsed()) / 1e6, 3);
    return true;
}
