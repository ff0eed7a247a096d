#include "MarathonAppsParser.h"

#include "OnDemandJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace OnDemandJson;

// Every reader here mirrors what MarathonParser::appFromJson makes of the same value (a null is
// an absent field, a number where a string is wanted is QString::number of it, a string where a
// number is wanted is 0, a duplicate key keeps its last value); what appFromJson would read as
// an empty object or array although the value is a scalar, or the reverse, fails with its path.
namespace {

constexpr const char* aString = QT_TRANSLATE_NOOP("MarathonPodParser", "a string");
constexpr const char* aNumber = QT_TRANSLATE_NOOP("MarathonPodParser", "a number");
constexpr const char* anObject = QT_TRANSLATE_NOOP("MarathonPodParser", "an object");
constexpr const char* aBoolean = QT_TRANSLATE_NOOP("MarathonPodParser", "true or false");

bool isContainer(od::json_type t) {
    return t == od::json_type::object || t == od::json_type::array;
}

// QJsonValue::toInt(): an integral number within int's range, else the fallback.
int toInt(double d, int fallback = 0) {
    return d == std::floor(d) && d >= -2147483648.0 && d <= 2147483647.0 ? int(d) : fallback;
}

double numberOf(od::value& v) {
    // The portable kernel of simdjson 3.0 misreads long mantissas (0.888…883, 90 digits, as
    // 1e-71, found by the fuzzer): those are read as QJsonDocument reads them.
    std::string_view token = v.raw_json_token();
    while (!token.empty() &&
           (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
        token.remove_suffix(1);
    if (token.size() > 17) {
        bool ok = false;
        const double d = QByteArray::fromRawData(token.data(), qsizetype(token.size())).toDouble(&ok);
        if (ok)
            return d + 0.0;
    }
    double d = v.get_double();
    return d + 0.0; // QJsonDocument reads -0 as 0
}

// MarathonParser's str(): a string, or a number as QString::number writes it.
QString str(od::value v, const Path& path, bool shared = false) {
    const od::json_type t = v.type();
    if (t == od::json_type::string) {
        std::string_view s = v.get_string();
        return shared ? wordOf(s) : toQString(s);
    }
    if (t == od::json_type::number)
        return QString::number(numberOf(v));
    if (isContainer(t))
        fail(path, aString);
    return {};
}

// QJsonValue::toString(): strings only.
QString text(od::value v, const Path& path, bool shared = false) {
    const od::json_type t = v.type();
    if (t == od::json_type::string) {
        std::string_view s = v.get_string();
        return shared ? wordOf(s) : toQString(s);
    }
    if (isContainer(t))
        fail(path, aString);
    return {};
}

// toInt(fallback) of a number; any other scalar gives missing.
int integral(od::value v, const Path& path, int missing = 0) {
    const od::json_type t = v.type();
    if (t == od::json_type::number)
        return toInt(numberOf(v));
    if (isContainer(t))
        fail(path, aNumber);
    return missing;
}

double real(od::value v, const Path& path) {
    const od::json_type t = v.type();
    if (t == od::json_type::number)
        return numberOf(v);
    if (isContainer(t))
        fail(path, aNumber);
    return 0;
}

bool flag(od::value v, const Path& path, bool fallback = false) {
    const od::json_type t = v.type();
    if (t == od::json_type::boolean) {
        bool b = v.get_bool();
        return b;
    }
    if (isContainer(t))
        fail(path, aBoolean);
    return fallback;
}

// Elements that appFromJson skips unless they are objects: null is skipped, a scalar fails.
template <typename F> void objects(od::value v, const Path& path, F&& f) {
    elements(v, path, [&](od::value e, const Path& p) {
        if (isNull(e))
            return;
        require(e, od::json_type::object, p, anObject);
        f(e, p);
    });
}

// Strings of a list (uris, dependencies): other scalars are skipped as appFromJson does.
QStringList stringList(od::value v, const Path& path, bool nonEmpty) {
    QStringList out;
    elements(v, path, [&](od::value e, const Path& p) {
        const od::json_type t = e.type();
        if (isContainer(t))
            fail(p, aString);
        if (t != od::json_type::string)
            return;
        std::string_view s = e.get_string();
        if (!nonEmpty || !s.empty())
            out << toQString(s);
    });
    return out;
}

// A label that is not a string shows as appFromJson shows it: the compact JSON of [value].
QString labelText(od::value v) {
    const od::json_type t = v.type();
    if (t == od::json_type::string) {
        std::string_view s = v.get_string();
        return wordOf(s);
    }
    std::string_view json;
    if (t == od::json_type::object) {
        od::object o = v.get_object();
        json = o.raw_json();
    } else if (t == od::json_type::array) {
        od::array a = v.get_array();
        json = a.raw_json();
    } else {
        json = v.raw_json_token();
    }
    const QByteArray wrapped = '[' + QByteArray(json.data(), qsizetype(json.size())) + ']';
    return QString::fromUtf8(
        QJsonDocument(QJsonDocument::fromJson(wrapped).array()).toJson(QJsonDocument::Compact));
}

MarathonHealthCheck healthCheck(od::value v, const Path& path) {
    MarathonHealthCheck c;
    fields(v, path, [&](std::string_view key, od::value value, const Path& p) {
        if (key == "protocol") {
            c.protocol = text(value, p, true);
        } else if (key == "path") {
            c.path = text(value, p);
        } else if (key == "command") {
            // {"value": "..."} since 0.7; a bare string in some early definitions.
            if (value.type() == od::json_type::object) {
                QString command;
                fields(value, p, [&](std::string_view k, od::value cv, const Path& q) {
                    if (k == "value")
                        command = text(cv, q);
                });
                c.command = command;
            } else {
                c.command = text(value, p);
            }
        } else if (key == "portIndex") {
            c.portIndex = integral(value, p, -1);
        } else if (key == "port") {
            c.port = integral(value, p, -1);
        } else if (key == "gracePeriodSeconds") {
            c.gracePeriodSeconds = integral(value, p, -1);
        } else if (key == "intervalSeconds") {
            c.intervalSeconds = integral(value, p, -1);
        } else if (key == "timeoutSeconds") {
            c.timeoutSeconds = integral(value, p, -1);
        } else if (key == "maxConsecutiveFailures") {
            c.maxConsecutiveFailures = integral(value, p, -1);
        } else if (key == "delaySeconds") {
            c.delaySeconds = integral(value, p, -1);
        }
    });
    if (c.protocol.isEmpty() && !c.command.isEmpty())
        c.protocol = QStringLiteral("COMMAND");
    return c;
}

MarathonReadinessCheck readinessCheck(od::value v, const Path& path) {
    MarathonReadinessCheck c;
    fields(v, path, [&](std::string_view key, od::value value, const Path& p) {
        if (key == "name") {
            c.name = text(value, p);
        } else if (key == "protocol") {
            c.protocol = text(value, p, true);
        } else if (key == "path") {
            c.path = text(value, p);
        } else if (key == "portName") {
            c.portName = text(value, p);
        } else if (key == "intervalSeconds") {
            c.intervalSeconds = integral(value, p, -1);
        } else if (key == "timeoutSeconds") {
            c.timeoutSeconds = integral(value, p, -1);
        } else if (key == "httpStatusCodesForReady") {
            QList<int> codes;
            elements(value, p, [&](od::value e, const Path& q) {
                const od::json_type t = e.type();
                if (isContainer(t))
                    fail(q, aNumber);
                if (t == od::json_type::number)
                    codes << toInt(numberOf(e));
            });
            c.httpStatusCodesForReady = codes;
        } else if (key == "preserveLastResponse") {
            c.preserveLastResponse = flag(value, p);
        }
    });
    return c;
}

MarathonReadinessCheck::Result readinessResult(od::value v, const Path& path) {
    MarathonReadinessCheck::Result r;
    fields(v, path, [&](std::string_view key, od::value value, const Path& p) {
        if (key == "name") {
            r.name = text(value, p);
        } else if (key == "taskId") {
            r.taskId = text(value, p);
        } else if (key == "ready") {
            r.ready = flag(value, p);
        } else if (key == "lastResponse") {
            MarathonReadinessCheck::Result last;
            last.hasResponse = value.type() == od::json_type::object;
            fields(value, p, [&](std::string_view k, od::value lv, const Path& q) {
                if (k == "status")
                    last.status = integral(lv, q);
                else if (k == "contentType")
                    last.contentType = text(lv, q);
                else if (k == "body")
                    last.body = text(lv, q);
            });
            r.hasResponse = last.hasResponse;
            r.status = last.status;
            r.contentType = last.contentType;
            r.body = last.body;
        }
    });
    return r;
}

template <typename T, typename F> QList<T> objectList(od::value v, const Path& path, F&& read) {
    QList<T> out;
    objects(v, path, [&](od::value e, const Path& p) { out << read(e, p); });
    return out;
}

// One healthCheckResults[] entry, and its failure cause as the task's healthCause reads it.
MarathonTask::HealthResult healthResult(od::value v, const Path& path, QString* cause) {
    MarathonTask::HealthResult r;
    fields(v, path, [&](std::string_view key, od::value value, const Path& p) {
        if (key == "alive") {
            r.alive = flag(value, p);
        } else if (key == "consecutiveFailures") {
            r.consecutiveFailures = qMax(0, integral(value, p));
        } else if (key == "firstSuccess") {
            r.firstSuccess = text(value, p);
        } else if (key == "lastSuccess") {
            r.lastSuccess = text(value, p);
        } else if (key == "lastFailure") {
            r.lastFailure = text(value, p);
        } else if (key == "lastFailureCause") {
            *cause = str(value, p);
            r.lastFailureCause = value.type() == od::json_type::string ? *cause : QString();
        }
    });
    return r;
}

MarathonTask task(od::value v, const Path& path) {
    MarathonTask t;
    QString slaveId, agentId;
    QList<MarathonTask::HealthResult> results;
    QStringList causes;
    bool hasResults = false;
    fields(v, path, [&](std::string_view key, od::value value, const Path& p) {
        if (key == "id") {
            t.id = str(value, p);
        } else if (key == "appId") {
            t.appId = str(value, p, true);
        } else if (key == "host") {
            t.host = str(value, p, true);
        } else if (key == "ports") {
            QList<int> ports;
            elements(value, p, [&](od::value e, const Path& q) { ports << integral(e, q); });
            t.ports = ports;
        } else if (key == "state") {
            t.state = str(value, p, true);
        } else if (key == "stagedAt") {
            t.stagedAt = str(value, p);
        } else if (key == "startedAt") {
            t.startedAt = str(value, p);
        } else if (key == "version") {
            t.version = str(value, p, true);
        } else if (key == "slaveId") {
            slaveId = str(value, p, true);
        } else if (key == "agentId") {
            agentId = str(value, p, true);
        } else if (key == "localVolumes") {
            bool any = false;
            elements(value, p, [&](od::value, const Path&) { any = true; });
            t.hasLocalVolumes = any;
        } else if (key == "healthCheckResults") {
            results.clear();
            causes.clear();
            elements(value, p, [&](od::value e, const Path& q) {
                QString cause;
                results << healthResult(e, q, &cause); // null: an empty result, as toObject() gives
                causes << cause;
            });
            hasResults = !results.isEmpty();
        }
    });
    t.slaveId = slaveId.isEmpty() ? agentId : slaveId;
    if (hasResults) {
        t.health = MarathonTask::Health::Healthy;
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (!results[i].alive) {
                t.health = MarathonTask::Health::Unhealthy;
                t.healthCause = causes[i];
            }
        }
        t.healthResults = results;
    }
    return t;
}

MarathonTaskFailure taskFailure(od::value v, const Path& path) {
    MarathonTaskFailure f;
    fields(v, path, [&](std::string_view key, od::value value, const Path& p) {
        if (key == "taskId")
            f.taskId = str(value, p);
        else if (key == "state")
            f.state = str(value, p, true);
        else if (key == "message")
            f.message = str(value, p);
        else if (key == "host")
            f.host = str(value, p, true);
        else if (key == "timestamp")
            f.timestamp = str(value, p);
        else if (key == "version")
            f.version = str(value, p);
        else if (key == "slaveId")
            f.slaveId = str(value, p, true);
    });
    return f;
}

// container.volumes[].persistent: a persistent volume makes the app resident.
bool persistentVolumes(od::value v, const Path& path) {
    bool persistent = false;
    fields(v, path, [&](std::string_view key, od::value value, const Path& p) {
        if (key != "volumes")
            return;
        bool any = false;
        objects(value, p, [&](od::value e, const Path& q) {
            bool here = false;
            fields(e, q, [&](std::string_view k, od::value pv, const Path&) {
                if (k == "persistent")
                    here = pv.type() == od::json_type::object;
            });
            any = any || here;
        });
        persistent = any;
    });
    return persistent;
}

struct Reader {
    Source& source;

    struct App {
        MarathonApp app;
        bool idIsString = false;
        bool present = false; // {"app": {...}}: read into the wrapper's inner App
    };

    // Reads the app at v into a, a fresh one (filled in place: an app is big to move). inner:
    // at the root of a single-app answer, where an "app" object is the app itself. Returns
    // whether the app's id is a string.
    bool app(od::value v, const Path& path, MarathonApp& a, App* inner = nullptr) {
        require(v, od::json_type::object, path, anObject);
        const char* start = startOf(v);
        bool idIsString = false;
        QStringList fetched;
        bool residency = false, persistent = false;
        fields(v, path, [&](std::string_view key, od::value value, const Path& p) {
            if (key == "id") {
                idIsString = value.type() == od::json_type::string;
                a.id = str(value, p);
            } else if (key == "instances") {
                a.instances = integral(value, p);
            } else if (key == "cpus") {
                a.cpus = real(value, p);
            } else if (key == "mem") {
                a.mem = real(value, p);
            } else if (key == "disk") {
                a.disk = real(value, p);
            } else if (key == "gpus") {
                a.gpus = integral(value, p);
            } else if (key == "cmd") {
                a.cmd = str(value, p);
            } else if (key == "uris") {
                a.uris = stringList(value, p, false);
            } else if (key == "fetch") {
                fetched.clear();
                objects(value, p, [&](od::value e, const Path& q) {
                    QString uri;
                    fields(e, q, [&](std::string_view k, od::value uv, const Path& r) {
                        if (k == "uri")
                            uri = text(uv, r);
                    });
                    if (!uri.isEmpty())
                        fetched << uri;
                });
            } else if (key == "labels") {
                QMap<QString, QString> labels;
                fields(value, p, [&](std::string_view k, od::value lv, const Path&) {
                    labels.insert(wordOf(k), labelText(lv));
                });
                a.labels = labels;
            } else if (key == "env") {
                QMap<QString, QString> env;
                fields(value, p, [&](std::string_view k, od::value ev, const Path& q) {
                    env.insert(toQString(k), envValue(ev, q));
                });
                a.env = env;
            } else if (key == "tasksStaged") {
                a.tasksStaged = integral(value, p);
            } else if (key == "tasksRunning") {
                a.tasksRunning = integral(value, p);
            } else if (key == "tasksHealthy") {
                a.tasksHealthy = integral(value, p);
            } else if (key == "tasksUnhealthy") {
                a.tasksUnhealthy = integral(value, p);
            } else if (key == "healthChecks") {
                qsizetype listed = 0;
                QList<MarathonHealthCheck> checks;
                elements(value, p, [&](od::value e, const Path& q) {
                    ++listed; // hasHealthChecks counts what the list holds, objects or not
                    if (isNull(e))
                        return;
                    require(e, od::json_type::object, q, anObject);
                    checks << healthCheck(e, q);
                });
                a.hasHealthChecks = listed > 0;
                a.healthChecks = checks;
            } else if (key == "readinessChecks") {
                a.readinessChecks = objectList<MarathonReadinessCheck>(value, p, readinessCheck);
            } else if (key == "readinessCheckResults") {
                a.readinessResults = objectList<MarathonReadinessCheck::Result>(value, p, readinessResult);
            } else if (key == "residency") {
                residency = value.type() == od::json_type::object;
                if (!residency && !isNull(value))
                    fail(p, anObject);
            } else if (key == "container") {
                persistent = persistentVolumes(value, p);
            } else if (key == "deployments") {
                QStringList ids;
                elements(value, p, [&](od::value e, const Path& q) {
                    QString id;
                    if (e.type() == od::json_type::string)
                        id = text(e, q);
                    else
                        fields(e, q, [&](std::string_view k, od::value dv, const Path& r) {
                            if (k == "id")
                                id = str(dv, r);
                        });
                    if (!id.isEmpty())
                        ids << id;
                });
                a.deploymentIds = ids;
            } else if (key == "version") {
                a.version = str(value, p);
            } else if (key == "versionInfo") {
                QString scaling, change;
                fields(value, p, [&](std::string_view k, od::value iv, const Path& q) {
                    if (k == "lastScalingAt")
                        scaling = str(iv, q);
                    else if (k == "lastConfigChangeAt")
                        change = str(iv, q);
                });
                a.lastScalingAt = scaling;
                a.lastConfigChangeAt = change;
            } else if (key == "lastTaskFailure") {
                a.lastTaskFailure = taskFailure(value, p);
            } else if (key == "tasks") {
                QList<MarathonTask> tasks;
                elements(value, p, [&](od::value e, const Path& q) { tasks << task(e, q); });
                a.tasks = tasks;
            } else if (key == "dependencies") {
                a.dependencies = stringList(value, p, true);
            } else if (key == "app" && inner) {
                if (value.type() == od::json_type::object) {
                    inner->app = MarathonApp();
                    inner->idIsString = app(value, p, inner->app);
                    inner->present = true;
                } else {
                    inner->present = false;
                }
            }
        });
        const char* stop = objectEnd(source.doc, start, source.end);
        a.raw = RawJson{source.bytes, qsizetype(start - source.bytes.constData()), qsizetype(stop - start)};
        if (!a.id.isEmpty() && !a.id.startsWith(u'/'))
            a.id.prepend(u'/'); // legacy definitions use relative ids
        for (const QString& uri : std::as_const(fetched))
            if (!a.uris.contains(uri))
                a.uris << uri;
        a.resident = residency || persistent;
        for (MarathonTask& t : a.tasks)
            if (t.appId.isEmpty())
                t.appId = a.id;
        return idIsString;
    }

    static QString envValue(od::value v, const Path& path) {
        const od::json_type t = v.type();
        if (t == od::json_type::object) {
            QString secret;
            fields(v, path, [&](std::string_view k, od::value sv, const Path& q) {
                if (k == "secret")
                    secret = text(sv, q);
            });
            return QStringLiteral("secret:") + secret;
        }
        if (t == od::json_type::string)
            return text(v, path);
        if (t == od::json_type::array)
            fail(path, aString);
        // QString::number(toDouble()) of appFromJson: null and booleans are "0".
        return QString::number(t == od::json_type::number ? numberOf(v) : 0.0);
    }

    QList<MarathonApp> apps(od::value v, const Path& path) {
        QList<MarathonApp> out;
        objects(v, path, [&](od::value e, const Path& p) { app(e, p, out.emplace_back()); });
        return out;
    }

    // A group's apps, then its groups' in order, depth first.
    QList<MarathonApp> group(od::value v, const Path& path, int depth) {
        if (depth > 64) // a malicious nesting must not blow the stack (nor does the old parser read it)
            return {};
        QList<MarathonApp> own, nested;
        fields(v, path, [&](std::string_view key, od::value value, const Path& p) {
            if (key == "apps") {
                own = apps(value, p);
            } else if (key == "groups") {
                nested.clear();
                elements(value, p, [&](od::value e, const Path& q) { nested += group(e, q, depth + 1); });
            }
        });
        return own + nested;
    }
};

} // namespace

std::optional<QList<MarathonApp>> MarathonAppsParser::parseApps(const QByteArray& body, QString* error) {
    return OnDemandJson::parse<QList<MarathonApp>>(body, error, [](Source& source, od::value root) {
        Reader reader{source};
        const Path path;
        const od::json_type type = root.type();
        if (type == od::json_type::array)
            return reader.apps(root, path);
        QList<MarathonApp> own, nested, star;
        bool appsArray = false, groupsArray = false, starArray = false;
        if (type == od::json_type::object) {
            // The shape goes by the last of each key, as in a QJsonObject; other keys are skipped.
            fields(root, path, [&](std::string_view key, od::value value, const Path& p) {
                const bool array = value.type() == od::json_type::array;
                if (key == "apps") {
                    appsArray = array;
                    own = array ? reader.apps(value, p) : QList<MarathonApp>();
                } else if (key == "groups") {
                    groupsArray = array;
                    nested.clear();
                    if (array)
                        elements(value, p,
                                 [&](od::value e, const Path& q) { nested += reader.group(e, q, 1); });
                } else if (key == "*") {
                    starArray = array;
                    star = array ? reader.apps(value, p) : QList<MarathonApp>();
                }
            });
        }
        if (appsArray || groupsArray)
            return own + nested;
        if (starArray)
            return star;
        throw Failure{QCoreApplication::translate("MarathonParser", "The answer holds no \"apps\" list.")};
    });
}

std::optional<MarathonApp> MarathonAppsParser::parseApp(const QByteArray& body, QString* error) {
    return OnDemandJson::parse<MarathonApp>(body, error, [](Source& source, od::value root) {
        const QString notAnApp =
            QCoreApplication::translate("MarathonParser", "The answer is not an app definition (no \"id\").");
        if (root.type() != od::json_type::object)
            throw Failure{notAnApp};
        Reader reader{source};
        Reader::App outer, inner;
        outer.idIsString = reader.app(root, Path{}, outer.app, &inner);
        const Reader::App& read = inner.present ? inner : outer;
        if (!read.idIsString)
            throw Failure{notAnApp};
        return read.app;
    });
}
