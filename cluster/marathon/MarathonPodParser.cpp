#include "MarathonPodParser.h"

#include "mesos/MesosJsonParser.h"

#include <QScopeGuard>
#include <cmath>
#include <simdjson.h>
#include <string_view>
#include <unordered_map>

namespace od = simdjson::ondemand;

namespace {

// Where the reader is, as a chain of stack frames: the path is only spelled out on failure.
struct Path {
    const Path* up = nullptr;
    std::string_view key;
    qsizetype index = -1;

    Path at(std::string_view k) const { return Path{this, k, -1}; }
    Path at(qsizetype i) const { return Path{this, {}, i}; }
    QString text() const {
        QString out;
        for (const Path* p = this; p && p->up; p = p->up)
            out.prepend(u'/' + (p->index >= 0 ? QString::number(p->index)
                                              : QString::fromUtf8(p->key.data(), qsizetype(p->key.size()))));
        return out.isEmpty() ? QStringLiteral("/") : out;
    }
};

struct Failure {
    QString message;
};

[[noreturn]] void fail(const Path& path, const char* expected) {
    throw Failure{MarathonPodParser::tr("%1: expected %2")
                      .arg(path.text(), QCoreApplication::translate("MarathonPodParser", expected))};
}

QString toQString(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isNull(od::value& v) {
    od::json_type t = v.type();
    return t == od::json_type::null;
}

void require(od::value& v, od::json_type type, const Path& path, const char* expected) {
    od::json_type t = v.type();
    if (t != type)
        fail(path, expected);
}

// Optional scalars: JSON null is "not sent", like an absent key.
QString string(od::value v, const Path& path) {
    if (isNull(v))
        return {};
    require(v, od::json_type::string, path, QT_TRANSLATE_NOOP("MarathonPodParser", "a string"));
    std::string_view s = v.get_string();
    return toQString(s);
}

// The few values that repeat across a document (states, names, hosts, roles) share one
// QString each: a big status answer is thousands of "TASK_RUNNING"s. Views stay valid for the
// document's parse, which is as long as this table lives (cleared per document).
thread_local std::unordered_map<std::string_view, QString> words;

QString word(od::value v, const Path& path) {
    if (isNull(v))
        return {};
    require(v, od::json_type::string, path, QT_TRANSLATE_NOOP("MarathonPodParser", "a string"));
    std::string_view s = v.get_string();
    auto it = words.find(s);
    if (it == words.end())
        it = words.emplace(s, toQString(s)).first;
    return it->second;
}

std::optional<double> number(od::value v, const Path& path) {
    if (isNull(v))
        return std::nullopt;
    require(v, od::json_type::number, path, QT_TRANSLATE_NOOP("MarathonPodParser", "a number"));
    double d = v.get_double();
    return d;
}

std::optional<int> integer(od::value v, const Path& path) {
    const std::optional<double> d = number(v, path);
    if (!d)
        return std::nullopt;
    if (*d != std::floor(*d) || std::abs(*d) > 2147483647.0)
        fail(path, QT_TRANSLATE_NOOP("MarathonPodParser", "an integer"));
    return int(*d);
}

std::optional<bool> boolean(od::value v, const Path& path) {
    if (isNull(v))
        return std::nullopt;
    require(v, od::json_type::boolean, path, QT_TRANSLATE_NOOP("MarathonPodParser", "true or false"));
    bool b = v.get_bool();
    return b;
}

// Calls f(key, value, path) for each field; a null object is an empty one.
template <typename F> void fields(od::value v, const Path& path, F&& f) {
    if (isNull(v))
        return;
    require(v, od::json_type::object, path, QT_TRANSLATE_NOOP("MarathonPodParser", "an object"));
    od::object o = v.get_object();
    for (od::field field : o) {
        std::string_view key = field.unescaped_key();
        f(key, field.value(), path.at(key));
    }
}

template <typename F> void elements(od::value v, const Path& path, F&& f) {
    if (isNull(v))
        return;
    require(v, od::json_type::array, path, QT_TRANSLATE_NOOP("MarathonPodParser", "an array"));
    od::array a = v.get_array();
    qsizetype i = 0;
    for (od::value element : a) {
        f(element, path.at(i));
        ++i;
    }
}

QStringList strings(od::value v, const Path& path) {
    QStringList out;
    elements(v, path, [&](od::value e, const Path& p) { out << string(e, p); });
    return out;
}

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

const char* startOf(od::value& v) {
    std::string_view token = v.raw_json_token();
    return token.data();
}

// The text of a value that has just been read to its end: from start to the reader's place,
// less what follows the closing bracket.
QByteArray textFrom(od::document& doc, const char* start, const char* end) {
    const char* stop = end;
    const char* location = nullptr;
    if (doc.current_location().get(location) == simdjson::SUCCESS && location > start && location <= end)
        stop = location;
    while (stop > start && stop[-1] != '}')
        --stop;
    return QByteArray(start, stop - start);
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

// On-Demand checks only what it reads; one full pass first refuses a document that is broken
// anywhere (a stray comma in a skipped field), so a bad answer never gives half a pod.
simdjson::error_code validate(const QByteArray& bytes, qsizetype size) {
    thread_local simdjson::dom::parser validator;
    return validator.parse(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(size), false).error();
}

template <typename T, typename F> std::optional<T> parse(const QByteArray& body, QString* error, F&& read) {
    auto failed = [error](const QString& why) -> std::optional<T> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QByteArray bytes = MesosJsonParser::padded(body);
    if (const auto invalid = validate(bytes, body.size()); invalid != simdjson::SUCCESS)
        return failed(MarathonPodParser::tr("malformed JSON (%1)")
                          .arg(QString::fromUtf8(simdjson::error_message(invalid))));
    thread_local od::parser parser;
    words.clear();
    const auto forget = qScopeGuard([] { words.clear(); }); // its views die with the document
    try {
        od::document doc = parser.iterate(bytes.constData(), size_t(body.size()), size_t(bytes.capacity()));
        Reader reader{&doc, bytes.constData() + body.size()};
        od::value root = doc.get_value();
        T value = read(reader, root, Path{});
        if (const char* rest = nullptr; doc.current_location().get(rest) == simdjson::SUCCESS)
            return failed(MarathonPodParser::tr("malformed JSON (trailing content)"));
        return value;
    } catch (const Failure& f) {
        return failed(f.message);
    } catch (const simdjson::simdjson_error& e) {
        return failed(MarathonPodParser::tr("malformed JSON (%1)").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace

std::optional<QList<MarathonPod>> MarathonPodParser::parseStatuses(const QByteArray& body, QString* error) {
    return parse<QList<MarathonPod>>(body, error, [](Reader& r, od::value root, const Path& path) {
        require(root, od::json_type::array, path,
                QT_TRANSLATE_NOOP("MarathonPodParser", "an array of pod statuses"));
        QList<MarathonPod> pods;
        elements(root, path, [&](od::value e, const Path& p) { pods << r.status(e, p); });
        return pods;
    });
}

std::optional<MarathonPod> MarathonPodParser::parseStatus(const QByteArray& body, QString* error) {
    return parse<MarathonPod>(
        body, error, [](Reader& r, od::value root, const Path& path) { return r.status(root, path); });
}

std::optional<QList<MarathonPod>> MarathonPodParser::parsePods(const QByteArray& body, QString* error) {
    return parse<QList<MarathonPod>>(body, error, [](Reader& r, od::value root, const Path& path) {
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
    return parse<MarathonPod>(body, error, [](Reader& r, od::value root, const Path& path) {
        MarathonPod pod;
        r.spec(root, path, &pod);
        return pod;
    });
}

std::optional<QStringList> MarathonPodParser::parseVersions(const QByteArray& body, QString* error) {
    return parse<QStringList>(body, error, [](Reader&, od::value root, const Path& path) {
        require(root, od::json_type::array, path,
                QT_TRANSLATE_NOOP("MarathonPodParser", "an array of versions"));
        return strings(root, path);
    });
}
