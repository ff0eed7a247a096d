#include "PodDefinitionValidator.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace {
using Problem = PodDefinitionValidator::Problem;

QString at(const QString& path, qsizetype index) {
    return path + u'/' + QString::number(index);
}

bool isInteger(const QJsonValue& v) {
    return v.isDouble() && v.toDouble() == std::floor(v.toDouble());
}

// Each check adds its problem and says whether the value was of the right kind.
struct Checker {
    QList<Problem>* out;

    void add(const QString& path, const QString& message) const { out->append({path, message}); }

    bool object(const QJsonValue& v, const QString& path) const {
        if (v.isObject())
            return true;
        add(path, PodDefinitionValidator::tr("must be an object"));
        return false;
    }
    bool array(const QJsonValue& v, const QString& path) const {
        if (v.isArray())
            return true;
        add(path, PodDefinitionValidator::tr("must be an array"));
        return false;
    }
    void string(const QJsonObject& o, const char* key, const QString& path) const {
        if (o.contains(QLatin1String(key)) && !o.value(QLatin1String(key)).isString())
            add(path + u'/' + QLatin1String(key), PodDefinitionValidator::tr("must be a string"));
    }
    void name(const QJsonObject& o, const QString& path, bool required) const {
        const QJsonValue v = o.value(QLatin1String("name"));
        if (v.isUndefined()) {
            if (required)
                add(path + QStringLiteral("/name"), PodDefinitionValidator::tr("is required"));
        } else if (!v.isString() || !PodDefinitionValidator::isValidName(v.toString())) {
            add(path + QStringLiteral("/name"),
                PodDefinitionValidator::tr(
                    "must be lower-case letters, digits and dashes, start and end with a letter "
                    "or digit, at most 63 characters"));
        }
    }
    void number(const QJsonObject& o, const char* key, const QString& path, double min, double max,
                bool integer = false) const {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) // null is "not set" (Marathon's own system tests send it)
            return;
        const QString where = path + u'/' + QLatin1String(key);
        if (!v.isDouble() || (integer && !isInteger(v)))
            add(where, integer ? PodDefinitionValidator::tr("must be an integer")
                               : PodDefinitionValidator::tr("must be a number"));
        else if (v.toDouble() < min || v.toDouble() > max)
            add(where, PodDefinitionValidator::tr("must be between %1 and %2").arg(min).arg(max));
    }
    void labels(const QJsonObject& o, const QString& path) const {
        const QJsonValue v = o.value(QLatin1String("labels"));
        if (v.isUndefined() || !object(v, path + QStringLiteral("/labels")))
            return;
        const QJsonObject map = v.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            if (!it.value().isString())
                add(path + QStringLiteral("/labels/") + it.key(),
                    PodDefinitionValidator::tr("must be a string"));
    }
};

void checkContainer(const Checker& c, const QJsonObject& container, const QString& path,
                    const QSet<QString>& volumes) {
    c.name(container, path, true);
    const QJsonValue resources = container.value(QLatin1String("resources"));
    if (resources.isUndefined()) {
        c.add(path + QStringLiteral("/resources"), PodDefinitionValidator::tr("is required (cpus and mem)"));
    } else if (c.object(resources, path + QStringLiteral("/resources"))) {
        const QJsonObject r = resources.toObject();
        const QString where = path + QStringLiteral("/resources");
        c.number(r, "cpus", where, 0, 1e9);
        c.number(r, "mem", where, 0, 1e12);
        c.number(r, "disk", where, 0, 1e12);
        c.number(r, "gpus", where, 0, 1e6, true);
    }
    if (const QJsonValue image = container.value(QLatin1String("image")); !image.isUndefined()) {
        const QString where = path + QStringLiteral("/image");
        if (c.object(image, where)) {
            const QJsonObject i = image.toObject();
            if (!i.value(QLatin1String("id")).isString() || i.value(QLatin1String("id")).toString().isEmpty())
                c.add(where + QStringLiteral("/id"),
                      PodDefinitionValidator::tr("is required: the image to run"));
            if (i.value(QLatin1String("kind")).toString() != QLatin1String("DOCKER"))
                c.add(where + QStringLiteral("/kind"), PodDefinitionValidator::tr("must be DOCKER"));
        }
    }
    if (const QJsonValue endpoints = container.value(QLatin1String("endpoints"));
        !endpoints.isUndefined() && c.array(endpoints, path + QStringLiteral("/endpoints"))) {
        const QJsonArray list = endpoints.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString where = at(path + QStringLiteral("/endpoints"), i);
            if (!c.object(list.at(i), where))
                continue;
            const QJsonObject e = list.at(i).toObject();
            c.name(e, where, true);
            c.number(e, "containerPort", where, 0, 65535, true);
            c.number(e, "hostPort", where, 0, 65535, true);
        }
    }
    if (const QJsonValue mounts = container.value(QLatin1String("volumeMounts"));
        !mounts.isUndefined() && c.array(mounts, path + QStringLiteral("/volumeMounts"))) {
        const QJsonArray list = mounts.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString where = at(path + QStringLiteral("/volumeMounts"), i);
            if (!c.object(list.at(i), where))
                continue;
            const QJsonObject m = list.at(i).toObject();
            c.name(m, where, true);
            if (!m.value(QLatin1String("mountPath")).isString() ||
                m.value(QLatin1String("mountPath")).toString().isEmpty())
                c.add(where + QStringLiteral("/mountPath"), PodDefinitionValidator::tr("is required"));
            const QString volume = m.value(QLatin1String("name")).toString();
            if (!volume.isEmpty() && !volumes.contains(volume))
                c.add(
                    where + QStringLiteral("/name"),
                    PodDefinitionValidator::tr("names no volume of the pod (declare it under \"volumes\")"));
        }
    }
    c.labels(container, path);
    c.string(container, "user", path);
}
} // namespace

bool PodDefinitionValidator::isValidName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return name.size() <= 63 && pattern.match(name).hasMatch();
}

QList<PodDefinitionValidator::Problem> PodDefinitionValidator::validate(const QJsonObject& pod) {
    QList<Problem> problems;
    const Checker c{&problems};
    static const QSet<QString> known{
        QStringLiteral("id"),      QStringLiteral("labels"),      QStringLiteral("version"),
        QStringLiteral("user"),    QStringLiteral("environment"), QStringLiteral("containers"),
        QStringLiteral("secrets"), QStringLiteral("volumes"),     QStringLiteral("networks"),
        QStringLiteral("scaling"), QStringLiteral("scheduling"),  QStringLiteral("executorResources"),
        QStringLiteral("role"),    QStringLiteral("linuxInfo"),   QStringLiteral("legacySharedCgroups")};
    for (auto it = pod.begin(); it != pod.end(); ++it)
        if (!known.contains(it.key()))
            c.add(u'/' + it.key(), tr("is not a field of a pod"));
    const QJsonValue id = pod.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty())
        c.add(QStringLiteral("/id"), tr("is required: the pod's path, e.g. /prod/web"));
    else if (!AppDefinitionValidator::isValidId(id.toString()))
        c.add(QStringLiteral("/id"), tr("must be a path of lower-case names separated by slashes"));
    c.labels(pod, {});
    c.string(pod, "user", {});
    c.string(pod, "role", {});

    QSet<QString> volumes;
    if (const QJsonValue v = pod.value(QLatin1String("volumes"));
        !v.isUndefined() && c.array(v, QStringLiteral("/volumes"))) {
        const QJsonArray list = v.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString where = at(QStringLiteral("/volumes"), i);
            if (!c.object(list.at(i), where))
                continue;
            c.name(list.at(i).toObject(), where, true);
            c.string(list.at(i).toObject(), "host", where);
            volumes.insert(list.at(i).toObject().value(QLatin1String("name")).toString());
        }
    }
    const QJsonValue containers = pod.value(QLatin1String("containers"));
    if (containers.isUndefined()) {
        c.add(QStringLiteral("/containers"), tr("is required: at least one container"));
    } else if (c.array(containers, QStringLiteral("/containers"))) {
        const QJsonArray list = containers.toArray();
        if (list.isEmpty())
            c.add(QStringLiteral("/containers"), tr("needs at least one container"));
        QSet<QString> names;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString where = at(QStringLiteral("/containers"), i);
            if (!c.object(list.at(i), where))
                continue;
            checkContainer(c, list.at(i).toObject(), where, volumes);
            const QString name = list.at(i).toObject().value(QLatin1String("name")).toString();
            if (!name.isEmpty() && std::exchange(names, names + QSet<QString>{name}).contains(name))
                c.add(where + QStringLiteral("/name"), tr("is the name of another container of this pod"));
        }
    }
    if (const QJsonValue scaling = pod.value(QLatin1String("scaling"));
        !scaling.isUndefined() && c.object(scaling, QStringLiteral("/scaling"))) {
        const QJsonObject s = scaling.toObject();
        if (s.contains(QLatin1String("kind")) &&
            s.value(QLatin1String("kind")).toString() != QLatin1String("fixed"))
            c.add(QStringLiteral("/scaling/kind"), tr("must be \"fixed\""));
        c.number(s, "instances", QStringLiteral("/scaling"), 0, 1e6, true);
        c.number(s, "maxInstances", QStringLiteral("/scaling"), 0, 1e6, true);
    }
    if (const QJsonValue networks = pod.value(QLatin1String("networks"));
        !networks.isUndefined() && c.array(networks, QStringLiteral("/networks"))) {
        const QJsonArray list = networks.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString where = at(QStringLiteral("/networks"), i);
            if (!c.object(list.at(i), where))
                continue;
            const QString mode =
                list.at(i).toObject().value(QLatin1String("mode")).toString(QStringLiteral("container"));
            if (mode != QLatin1String("host") && mode != QLatin1String("container") &&
                mode != QLatin1String("container/bridge"))
                c.add(where + QStringLiteral("/mode"), tr("must be host, container or container/bridge"));
        }
    }
    return problems;
}
