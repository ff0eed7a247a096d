#include "MarathonPodParser.h"

#include "OnDemandJson.h"

using namespace OnDemandJson;

namespace {

MarathonPod::Resources resources(od::value v, const Path& path) {
    MarathonPod::Resources r;
    r.known = !isNull(v);
    fields(v, path, [&](std::string_view key, od::value value, const Path& p) {
        if (key == "cpus")
            r.cpus = number(value, p).value_or(0);
        else if (key == "mem")
            r.mem = number(value, p).value_or(0);
        else if (key == "disk")
            r.disk = number(value, p).value_or(0);
        else if (key == "gpus")
            r.gpus = number(value, p).value_or(0);
    });
    return r;
}

QList<MarathonPod::Condition> conditions(od::value v, const Path& path) {
    QList<MarathonPod::Condition> out;
    elements(v, path, [&](od::value e, const Path& p) {
        MarathonPod::Condition c;
        fields(e, p, [&](std::string_view key, od::value value, const Path& q) {
            if (key == "name")
                c.name = word(value, q);
            else if (key == "value")
                c.value = word(value, q);
            else if (key == "reason")
                c.reason = word(value, q);
            else if (key == "lastChanged")
                c.lastChanged = string(value, q);
        });
        out << c;
    });
    return out;
}

QList<MarathonPod::Endpoint> endpoints(od::value v, const Path& path) {
    QList<MarathonPod::Endpoint> out;
    elements(v, path, [&](od::value e, const Path& p) {
        MarathonPod::Endpoint ep;
        fields(e, p, [&](std::string_view key, od::value value, const Path& q) {
            if (key == "name")
                ep.name = word(value, q);
            else if (key == "containerPort")
                ep.containerPort = integer(value, q);
            else if (key == "hostPort")
                ep.hostPort = integer(value, q);
            else if (key == "allocatedHostPort")
                ep.allocatedHostPort = integer(value, q);
            else if (key == "healthy")
                ep.healthy = boolean(value, q);
            else if (key == "protocol")
                ep.protocols = strings(value, q);
        });
        out << ep;
    });
    return out;
}

MarathonPod::Termination termination(od::value v, const Path& path) {
    MarathonPod::Termination t;
    t.known = !isNull(v);
    fields(v, path, [&](std::string_view key, od::value value, const Path& p) {
        if (key == "exitCode")
            t.exitCode = integer(value, p);
        else if (key == "message")
            t.message = string(value, p);
    });
    return t;
}

MarathonPod::ContainerSpec containerSpec(od::value v, const Path& path) {
    MarathonPod::ContainerSpec c;
    fields(v, path, [&](std::string_view key, od::value value, const Path& p) {
        if (key == "name") {
            c.name = word(value, p);
        } else if (key == "resources") {
            c.resources = resources(value, p);
        } else if (key == "image") {
            QString kind, id;
            fields(value, p, [&](std::string_view k, od::value iv, const Path& q) {
                if (k == "kind")
                    kind = string(iv, q);
                else if (k == "id")
                    id = string(iv, q);
            });
            c.image = kind.isEmpty() ? id : kind + u' ' + id;
        } else if (key == "exec") {
            fields(value, p, [&](std::string_view k, od::value ev, const Path& q) {
                if (k != "command")
                    return;
                fields(ev, q, [&](std::string_view ck, od::value cv, const Path& r) {
                    if (ck == "shell")
                        c.command = string(cv, r);
                    else if (ck == "argv")
                        c.command = strings(cv, r).join(u' ');
                });
            });
        } else if (key == "endpoints") {
            c.endpoints = endpoints(value, p);
        } else if (key == "healthCheck") {
            c.hasHealthCheck = !isNull(value);
        } else if (key == "volumeMounts") {
            elements(value, p, [&](od::value e, const Path& q) {
                MarathonPod::VolumeMount m;
                fields(e, q, [&](std::string_view k, od::value mv, const Path& r) {
                    if (k == "name")
                        m.name = string(mv, r);
                    else if (k == "mountPath")
                        m.mountPath = string(mv, r);
                    else if (k == "readOnly")
                        m.readOnly = boolean(mv, r).value_or(false);
                });
                c.volumeMounts << m;
            });
        }
    });
    return c;
}

// The text of a value that has just been read to its end.
QByteArray textFrom(od::document& doc, const char* start, const char* end) {
    return QByteArray(start, objectEnd(doc, start, end) - start);
}

struct Reader {
    od::document* doc = nullptr;
    const char* end = nullptr;

    void spec(od::value v, const Path& path, MarathonPod* pod) {
        require(v, od::json_type::object, path, QT_TRANSLATE_NOOP("MarathonPodParser", "an object"));
        const char* start = startOf(v);
        bool hasId = false;
        fields(v, path, [&](std::string_view key, od::value value, const Path& p) {
            if (key == "id") {
                require(value, od::json_type::string, p, QT_TRANSLATE_NOOP("MarathonPodParser", "a string"));
                pod->id = string(value, p);
                hasId = true;
            } else if (key == "version") {
                pod->version = string(value, p);
            } else if (key == "user") {
                pod->user = word(value, p);
            } else if (key == "role") {
                pod->role = word(value, p);
            } else if (key == "labels") {
                fields(value, p, [&](std::string_view k, od::value lv, const Path& q) {
                    pod->labels.insert(toQString(k), string(lv, q));
                });
            } else if (key == "containers") {
                elements(value, p,
                         [&](od::value e, const Path& q) { pod->containers << containerSpec(e, q); });
            } else if (key == "volumes") {
                elements(value, p, [&](od::value e, const Path& q) {
                    MarathonPod::Volume vol;
                    fields(e, q, [&](std::string_view k, od::value vv, const Path& r) {
                        if (k == "name")
                            vol.name = string(vv, r);
                        else if (k == "host")
                            vol.host = string(vv, r);
                        else if (k == "persistent")
                            vol.persistent = !isNull(vv); // its size and type stay in specJson
                    });
                    pod->volumes << vol;
                });
            } else if (key == "networks") {
                elements(value, p, [&](od::value e, const Path& q) {
                    QString mode, name;
                    fields(e, q, [&](std::string_view k, od::value nv, const Path& r) {
                        if (k == "mode")
                            mode = string(nv, r);
                        else if (k == "name")
                            name = string(nv, r);
                    });
                    pod->networks << (name.isEmpty() ? mode : mode + u'/' + name);
                });
            } else if (key == "scaling") {
                fields(value, p, [&](std::string_view k, od::value sv, const Path& q) {
                    if (k == "instances")
                        pod->instances = integer(sv, q);
                    else if (k == "maxInstances")
                        pod->maxInstances = integer(sv, q);
                });
            }
        });
        if (!hasId)
            fail(path.at("id"), QT_TRANSLATE_NOOP("MarathonPodParser", "the pod's id"));
        pod->specJson = textFrom(*doc, start, end);
    }

    MarathonPod::ContainerStatus containerStatus(od::value v, const Path& path) {
        MarathonPod::ContainerStatus c;
        bool hasName = false, hasStatus = false;
        fields(v, path, [&](std::string_view key, od::value value, const Path& p) {
            if (key == "name") {
                c.name = word(value, p);
                hasName = true;
            } else if (key == "status") {
                c.status = word(value, p);
                hasStatus = true;
            } else if (key == "statusSince") {
                c.statusSince = string(value, p);
            } else if (key == "message") {
                c.message = string(value, p);
            } else if (key == "containerId") {
                c.containerId = string(value, p);
            } else if (key == "conditions") {
                c.conditions = conditions(value, p);
            } else if (key == "endpoints") {
                c.endpoints = endpoints(value, p);
            } else if (key == "resources") {
                c.resources = resources(value, p);
            } else if (key == "termination") {
                c.termination = termination(value, p);
            } else if (key == "lastChanged") {
                c.lastChanged = string(value, p);
            }
        });
        if (!hasName)
            fail(path.at("name"), QT_TRANSLATE_NOOP("MarathonPodParser", "the container's name"));
        if (!hasStatus)
            fail(path.at("status"), QT_TRANSLATE_NOOP("MarathonPodParser", "the container's status"));
        return c;
    }

    MarathonPod::Instance instance(od::value v, const Path& path) {
        MarathonPod::Instance i;
        bool hasId = false, hasStatus = false;
        fields(v, path, [&](std::string_view key, od::value value, const Path& p) {
            if (key == "id") {
                i.id = string(value, p);
                hasId = !i.id.isEmpty();
            } else if (key == "status") {
                i.status = word(value, p);
                hasStatus = true;
            } else if (key == "statusSince") {
                i.statusSince = string(value, p);
            } else if (key == "message") {
                i.message = string(value, p);
            } else if (key == "conditions") {
                i.conditions = conditions(value, p);
            } else if (key == "agentHostname") {
                i.agentHostname = word(value, p);
            } else if (key == "agentId") {
                i.agentId = word(value, p);
            } else if (key == "agentRegion") {
                i.agentRegion = string(value, p);
            } else if (key == "agentZone") {
                i.agentZone = string(value, p);
            } else if (key == "resources") {
                i.resources = resources(value, p);
            } else if (key == "containers") {
                elements(value, p,
                         [&](od::value e, const Path& q) { i.containers << containerStatus(e, q); });
            } else if (key == "specReference") {
                i.specReference = string(value, p);
            } else if (key == "lastChanged") {
                i.lastChanged = string(value, p);
            } else if (key == "role") {
                i.role = word(value, p);
            }
        });
        if (!hasId)
            fail(path.at("id"), QT_TRANSLATE_NOOP("MarathonPodParser", "the instance's id"));
        if (!hasStatus)
            fail(path.at("status"), QT_TRANSLATE_NOOP("MarathonPodParser", "the instance's status"));
        return i;
    }

    MarathonPod::TerminatedInstance terminated(od::value v, const Path& path) {
        MarathonPod::TerminatedInstance t;
        fields(v, path, [&](std::string_view key, od::value value, const Path& p) {
            if (key == "instanceID")
                t.instanceId = string(value, p);
            else if (key == "startedAt")
                t.startedAt = string(value, p);
            else if (key == "terminatedAt")
                t.terminatedAt = string(value, p);
            else if (key == "message")
                t.message = string(value, p);
            else if (key == "containers")
                elements(value, p, [&](od::value e, const Path& q) {
                    MarathonPod::ContainerTermination c;
                    fields(e, q, [&](std::string_view k, od::value cv, const Path& r) {
                        if (k == "containerId")
                            c.containerId = string(cv, r);
                        else if (k == "lastKnownState")
                            c.lastKnownState = word(cv, r);
                        else if (k == "termination")
                            c.termination = termination(cv, r);
                    });
                    t.containers << c;
                });
        });
        return t;
    }

    MarathonPod status(od::value v, const Path& path) {
        MarathonPod pod;
        pod.statusKnown = true;
        require(v, od::json_type::object, path, QT_TRANSLATE_NOOP("MarathonPodParser", "an object"));
        QString id;
        bool hasSpec = false, hasStatus = false;
        fields(v, path, [&](std::string_view key, od::value value, const Path& p) {
            if (key == "id") {
                id = string(value, p);
            } else if (key == "spec") {
                // A repeated key would mix two definitions (the containers of both, the text of one).
                if (hasSpec)
                    fail(p, QT_TRANSLATE_NOOP("MarathonPodParser", "a single spec"));
                spec(value, p, &pod);
                hasSpec = true;
            } else if (key == "status") {
                pod.status = word(value, p);
                hasStatus = true;
            } else if (key == "statusSince") {
                pod.statusSince = string(value, p);
            } else if (key == "message") {
                pod.message = string(value, p);
            } else if (key == "instances") {
                elements(value, p, [&](od::value e, const Path& q) { pod.instanceStatus << instance(e, q); });
            } else if (key == "terminationHistory") {
                elements(value, p,
                         [&](od::value e, const Path& q) { pod.terminationHistory << terminated(e, q); });
            } else if (key == "lastChanged") {
                pod.lastChanged = string(value, p);
            }
        });
        if (!hasSpec)
            fail(path.at("spec"), QT_TRANSLATE_NOOP("MarathonPodParser", "the pod's spec"));
        if (!hasStatus)
            fail(path.at("status"), QT_TRANSLATE_NOOP("MarathonPodParser", "the pod's status"));
        if (!id.isEmpty())
            pod.id = id;
        return pod;
    }
};

template <typename T, typename F>
std::optional<T> parseDocument(const QByteArray& body, QString* error, F&& read) {
    return OnDemandJson::parse<T>(body, error, [&](Source& source, od::value root) {
        Reader reader{&source.doc, source.end};
        return read(reader, root, Path{});
    });
}

} // namespace

std::optional<QList<MarathonPod>> MarathonPodParser::parseStatuses(const QByteArray& body, QString* error) {
    return parseDocument<QList<MarathonPod>>(body, error, [](Reader& r, od::value root, const Path& path) {
        require(root, od::json_type::array, path,
                QT_TRANSLATE_NOOP("MarathonPodParser", "an array of pod statuses"));
        QList<MarathonPod> pods;
        elements(root, path, [&](od::value e, const Path& p) { pods << r.status(e, p); });
        return pods;
    });
}

std::optional<MarathonPod> MarathonPodParser::parseStatus(const QByteArray& body, QString* error) {
    return parseDocument<MarathonPod>(
        body, error, [](Reader& r, od::value root, const Path& path) { return r.status(root, path); });
}

std::optional<QList<MarathonPod>> MarathonPodParser::parsePods(const QByteArray& body, QString* error) {
    return parseDocument<QList<MarathonPod>>(body, error, [](Reader& r, od::value root, const Path& path) {
        require(root, od::json_type::array, path, QT_TRANSLATE_NOOP("MarathonPodParser", "an array of pods"));
        QList<MarathonPod> pods;
        elements(root, path, [&](od::value e, const Path& p) {
            MarathonPod pod;
            r.spec(e, p, &pod);
            pods << pod;
        });
        return pods;
    });
}

std::optional<MarathonPod> MarathonPodParser::parsePod(const QByteArray& body, QString* error) {
    return parseDocument<MarathonPod>(body, error, [](Reader& r, od::value root, const Path& path) {
        MarathonPod pod;
        r.spec(root, path, &pod);
        return pod;
    });
}

std::optional<QStringList> MarathonPodParser::parseVersions(const QByteArray& body, QString* error) {
    return parseDocument<QStringList>(body, error, [](Reader&, od::value root, const Path& path) {
        require(root, od::json_type::array, path,
                QT_TRANSLATE_NOOP("MarathonPodParser", "an array of versions"));
        return strings(root, path);
    });
}
