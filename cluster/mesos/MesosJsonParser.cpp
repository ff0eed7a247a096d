#include "MesosJsonParser.h"

#include "MesosKeys.h"
#include "core/BatchPipe.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVarLengthArray>

#include <simdjson.h>

#include <atomic>
#include <cstring>
#include <string_view>
#include <unordered_map>

namespace od = simdjson::ondemand;

namespace {

od::parser& threadParser() {
    thread_local od::parser parser;
    return parser;
}

// On-Demand only checks what it visits; a full stage-2 pass rejects any malformed document
// (a stray comma in a skipped array, say) before we build from it. Runtime-dispatched (AVX2
// where available), so it costs a fraction of the build.
// Above a few megabytes the DOM pass would cost more memory than the document itself
// (its tape and indexes); there, On-Demand's own checks (truncation, bad tokens on the
// path it reads, trailing bytes) stand alone.
simdjson::error_code validate(const char* data, size_t size) {
    if (size > 4 * 1024 * 1024)
        return simdjson::SUCCESS;
    thread_local simdjson::dom::parser validator;
    return validator.parse(reinterpret_cast<const uint8_t*>(data), size, false).error();
}

// A key as written (escapes kept: every key we look for is plain ASCII), compared with literals
// in place: no scan for its end first. Comparing may read a few bytes past a short key, which
// stay inside the document or its padding.
class Key {
public:
    explicit Key(const char* raw) : m_raw(raw) {}
    template <size_t N>
    bool operator==(const char (&literal)[N]) const {
        return std::memcmp(m_raw, literal, N - 1) == 0 && m_raw[N - 1] == '"';
    }
    template <size_t N>
    bool operator!=(const char (&literal)[N]) const {
        return !(*this == literal);
    }
    std::string_view view() const {
        const char* p = m_raw;
        while (*p != '"') {
            if (*p == '\\')
                ++p;
            ++p;
        }
        return {m_raw, size_t(p - m_raw)};
    }

private:
    const char* m_raw;
};

Key keyOf(od::field& field) {
    return Key(field.key().raw());
}

od::json_type typeOf(od::value& v) {
    od::json_type t = v.type();
    return t;
}

QString toQString(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Text of a scalar, whatever its JSON type (ids are strings, but old masters and
// attributes mix in numbers). The view points into the document or into the parser's string
// buffer, both valid until the parser takes its next document.
std::string_view textView(od::value v) {
    switch (typeOf(v)) {
    case od::json_type::string: {
        std::string_view s = v.get_string();
        return s;
    }
    case od::json_type::number:
    case od::json_type::boolean: {
        std::string_view token = v.raw_json_token();
        while (!token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
            token.remove_suffix(1);
        return token;
    }
    default:
        return {};
    }
}

QString text(od::value v) {
    return toQString(textView(v));
}

double number(od::value v) {
    double d = 0;
    if (v.get_double().get(d) == simdjson::SUCCESS) // the common case, without peeking at the type first
        return d;
    switch (typeOf(v)) {
    case od::json_type::number: {
        double again = v.get_double(); // a malformed number: throws, and the document is an error
        return again;
    }
    case od::json_type::string: {
        std::string_view s = v.get_string();
        return QByteArrayView(s.data(), qsizetype(s.size())).toDouble();
    }
    case od::json_type::boolean: {
        bool b = v.get_bool();
        return b ? 1 : 0;
    }
    default:
        return 0;
    }
}

bool boolean(od::value v) {
    switch (typeOf(v)) {
    case od::json_type::boolean: {
        bool b = v.get_bool();
        return b;
    }
    case od::json_type::number:
        return number(v) != 0;
    case od::json_type::string: {
        std::string_view s = v.get_string();
        return s == "true";
    }
    default:
        return false;
    }
}

// v1 ids are {"value": "..."}; v0 ids are plain strings.
std::string_view idView(od::value v) {
    if (typeOf(v) != od::json_type::object)
        return textView(v);
    std::string_view result;
    od::object o = v.get_object();
    for (od::field field : o) {
        if (keyOf(field) == "value")
            result = textView(field.value());
    }
    return result;
}

QString idOf(od::value v) {
    return toQString(idView(v));
}

// v1 times are {"nanoseconds": N}; v0 times are seconds (float).
double timeOf(od::value v) {
    if (typeOf(v) != od::json_type::object)
        return number(v);
    double seconds = 0;
    od::object o = v.get_object();
    for (od::field field : o) {
        if (keyOf(field) == "nanoseconds")
            seconds = number(field.value()) / 1e9;
    }
    return seconds;
}

// Where one object's text lies in the document.
struct Span {
    const char* start = nullptr;
    const char* stop = nullptr;
};

struct Context {
    // Tasks repeat their framework's and agent's ids: share one QString per distinct id.
    QHash<QByteArrayView, QString> interned; // views into the document being parsed
    struct Last {
        std::string_view view;
        QString value;
    };
    // Consecutive tasks mostly belong to one framework: its id is checked before any hashing.
    Last lastFramework;
    QString intern(std::string_view s) {
        const QByteArrayView key(s.data(), qsizetype(s.size()));
        auto it = interned.constFind(key);
        if (it != interned.cend())
            return it.value();
        QString q = toQString(s);
        interned.insert(key, q);
        return q;
    }
    QString intern(std::string_view s, Last& last) {
        if (s != last.view) {
            last.value = intern(s);
            last.view = s;
        }
        return last.value;
    }

    // Tasks are allocated in blocks: one allocation per 1,024 tasks instead of one each. A
    // block lives as long as any of its tasks (shared_ptr's aliasing constructor), and a
    // document's tasks live and die together anyway.
    std::shared_ptr<std::vector<MesosTask>> taskBlock;
    std::shared_ptr<MesosTask> newTask() {
        if (!taskBlock || taskBlock->size() == taskBlock->capacity()) {
            // Small at first (an event carries one task), up to 1,024 for big documents.
            const size_t size = taskBlock ? std::min<size_t>(1024, taskBlock->capacity() * 2) : 8;
            taskBlock = std::make_shared<std::vector<MesosTask>>();
            taskBlock->reserve(size);
        }
        taskBlock->emplace_back();
        return std::shared_ptr<MesosTask>(taskBlock, &taskBlock->back());
    }

    od::document* doc = nullptr;
    QByteArray bytes;
    const char* base = nullptr;
    const char* end = nullptr;

    // Called after an object has been iterated to its end: its text is [start, here).
    Span spanFrom(const char* start) const {
        const char* stop = end;
        const char* location = nullptr;
        if (doc->current_location().get(location) == simdjson::SUCCESS && location > start && location <= end)
            stop = location;
        while (stop > start && stop[-1] != '}' && stop[-1] != ']')
            --stop;
        return {start, stop};
    }
    // The text of an object and the hash of that text, less the holes (inner lists whose objects
    // are hashed on their own). A seed lets Qt use its AES-based hash where the CPU has one.
    RawJson raw(Span span, size_t* hash, const QVarLengthArray<Span, 4>& holes = {}) const {
        size_t h = 0x6d65736f;
        const char* at = span.start;
        for (const Span& hole : holes) {
            h = qHash(QByteArrayView(at, hole.start - at), h);
            at = hole.stop;
        }
        *hash = qHash(QByteArrayView(at, span.stop - at), h);
        return RawJson{bytes, qsizetype(span.start - base), qsizetype(span.stop - span.start)};
    }
    RawJson rawFrom(const char* start, size_t* hash) const { return raw(spanFrom(start), hash); }
};

const char* startOf(od::value& v) {
    std::string_view token = v.raw_json_token();
    return token.data();
}

// Ports only where they are shown (agents): a task's port ranges stay in its raw JSON, which
// saves 50,000 strings on a big cluster.
enum class Ports { Keep, Skip };

void v0Resources(od::value v, MesosResources& r, Ports ports) {
    od::object o = v.get_object();
    for (od::field field : o) {
        const Key key = keyOf(field);
        if (key == "cpus")
            r.cpus = number(field.value());
        else if (key == "mem")
            r.mem = number(field.value());
        else if (key == "disk")
            r.disk = number(field.value());
        else if (key == "gpus")
            r.gpus = number(field.value());
        else if (key == "ports" && ports == Ports::Keep)
            r.ports = text(field.value());
    }
}

QString v1Ranges(od::value v) {
    // {"range":[{"begin":31000,"end":32000}]}
    QStringList parts;
    if (typeOf(v) != od::json_type::object)
        return {};
    od::object o = v.get_object();
    for (od::field field : o) {
        if (keyOf(field) != "range")
            continue;
        od::value list = field.value();
        if (typeOf(list) != od::json_type::array)
            continue;
        od::array a = list.get_array();
        for (od::value item : a) {
            if (typeOf(item) != od::json_type::object)
                continue;
            QString begin, stop;
            od::object range = item.get_object();
            for (od::field f : range) {
                if (keyOf(f) == "begin")
                    begin = text(f.value());
                else if (keyOf(f) == "end")
                    stop = text(f.value());
            }
            parts.append(begin + u'-' + stop);
        }
    }
    return parts.isEmpty() ? QString() : u'[' + parts.join(QStringLiteral(", ")) + u']';
}

double v1Scalar(od::value v) {
    if (typeOf(v) != od::json_type::object)
        return number(v);
    double value = 0;
    od::object o = v.get_object();
    for (od::field field : o) {
        if (keyOf(field) == "value")
            value = number(field.value());
    }
    return value;
}

void v1Resources(od::value v, MesosResources& r, Ports ports) {
    od::array a = v.get_array();
    for (od::value item : a) {
        if (typeOf(item) != od::json_type::object)
            continue;
        QString name;
        double scalar = 0;
        QString ranges;
        od::object o = item.get_object();
        for (od::field field : o) {
            const Key key = keyOf(field);
            if (key == "name")
                name = text(field.value());
            else if (key == "scalar")
                scalar = v1Scalar(field.value());
            else if (key == "ranges" && ports == Ports::Keep)
                ranges = v1Ranges(field.value());
        }
        // The same name appears once per role or reservation: add them up.
        if (name == u"cpus")
            r.cpus += scalar;
        else if (name == u"mem")
            r.mem += scalar;
        else if (name == u"disk")
            r.disk += scalar;
        else if (name == u"gpus")
            r.gpus += scalar;
        else if (name == u"ports" && !ranges.isEmpty())
            r.ports = r.ports.isEmpty() ? ranges : r.ports + u' ' + ranges;
    }
}

void resources(od::value v, MesosResources& r, Ports ports = Ports::Keep) {
    const od::json_type t = typeOf(v);
    if (t == od::json_type::object)
        v0Resources(v, r, ports);
    else if (t == od::json_type::array)
        v1Resources(v, r, ports);
}

void attributes(od::value v, QList<QPair<QString, QString>>& out) {
    const od::json_type t = typeOf(v);
    if (t == od::json_type::object) {
        od::object o = v.get_object();
        for (od::field field : o) {
            std::string_view key = field.unescaped_key();
            out.append({toQString(key), text(field.value())});
        }
    } else if (t == od::json_type::array) {
        // v1: [{"name":"rack","type":"TEXT","text":{"value":"r1"}}, {"name":"n","scalar":{"value":2}}]
        od::array a = v.get_array();
        for (od::value item : a) {
            if (typeOf(item) != od::json_type::object)
                continue;
            QString name, value;
            od::object o = item.get_object();
            for (od::field field : o) {
                const Key key = keyOf(field);
                if (key == "name")
                    name = text(field.value());
                else if (key == "text" || key == "scalar")
                    value = idOf(field.value());
                else if (key == "ranges")
                    value = v1Ranges(field.value());
            }
            out.append({name, value});
        }
    }
}

// What a task says, read while walking the document: views into it (or into the parser's string
// buffer), valid as long as the parse. readTask() fills it on the thread that walks; buildTask()
// turns it into a MesosTask, on a second thread for big documents (see Builder::pipe).
struct TaskFields {
    std::string_view id;
    std::string_view name;
    std::string_view frameworkId;
    std::string_view agentId;
    std::string_view executorId;
    std::string_view ip; // first container IP, when reported
    MesosTaskState state = MesosTaskState::Unknown;
    MesosTask::Health health = MesosTask::Health::Unknown;
    MesosResources resources;
    double startTime = 0;
    double updateTime = 0;
    Span raw;
    QString frameworkHint; // the framework whose list holds the task, for tasks that do not say
};

void statuses(od::value v, TaskFields& task) {
    if (typeOf(v) != od::json_type::array)
        return;
    od::array a = v.get_array();
    for (od::value item : a) {
        if (typeOf(item) != od::json_type::object)
            continue;
        MesosTaskState state = MesosTaskState::Unknown;
        double timestamp = 0;
        int healthy = -1;
        std::string_view ip;
        od::object o = item.get_object();
        for (od::field field : o) {
            const Key key = keyOf(field);
            if (key == "state") {
                od::value s = field.value();
                if (typeOf(s) == od::json_type::string) {
                    std::string_view name = s.get_string();
                    state = MesosTaskStates::fromName(name);
                }
            } else if (key == "timestamp") {
                timestamp = number(field.value());
            } else if (key == "healthy") {
                healthy = boolean(field.value()) ? 1 : 0;
            } else if (key == "container_status" && task.ip.empty()) {
                od::value cs = field.value();
                if (typeOf(cs) != od::json_type::object)
                    continue;
                od::object cso = cs.get_object();
                for (od::field f : cso) {
                    if (keyOf(f) != "network_infos")
                        continue;
                    od::value infos = f.value();
                    if (typeOf(infos) != od::json_type::array)
                        continue;
                    od::array ia = infos.get_array();
                    for (od::value info : ia) {
                        if (typeOf(info) != od::json_type::object)
                            continue;
                        od::object io = info.get_object();
                        for (od::field ifield : io) {
                            if (keyOf(ifield) != "ip_addresses")
                                continue;
                            od::value addrs = ifield.value();
                            if (typeOf(addrs) != od::json_type::array)
                                continue;
                            od::array aa = addrs.get_array();
                            for (od::value addr : aa) {
                                if (typeOf(addr) != od::json_type::object)
                                    continue;
                                od::object ao = addr.get_object();
                                for (od::field afield : ao) {
                                    if (keyOf(afield) == "ip_address" && ip.empty())
                                        ip = textView(afield.value());
                                }
                            }
                        }
                    }
                }
            }
        }
        if (!ip.empty() && task.ip.empty())
            task.ip = ip;
        if (state == MesosTaskState::Running && task.startTime == 0)
            task.startTime = timestamp;
        if (timestamp >= task.updateTime)
            task.updateTime = timestamp;
        if (healthy >= 0)
            task.health = healthy ? MesosTask::Health::Healthy : MesosTask::Health::Unhealthy;
    }
}

// A task of either API version (v0: "id", "slave_id"; v1: "task_id": {"value"}, "agent_id").
TaskFields readTask(const Context& ctx, od::value v) {
    TaskFields task;
    const char* start = startOf(v);
    od::object o = v.get_object();
    for (od::field field : o) {
        const Key key = keyOf(field);
        if (key == "id" || key == "task_id")
            task.id = idView(field.value());
        else if (key == "name")
            task.name = textView(field.value());
        else if (key == "framework_id")
            task.frameworkId = idView(field.value());
        else if (key == "slave_id" || key == "agent_id")
            task.agentId = idView(field.value());
        else if (key == "executor_id")
            task.executorId = idView(field.value());
        else if (key == "state") {
            od::value s = field.value();
            if (typeOf(s) == od::json_type::string) {
                std::string_view name = s.get_string();
                task.state = MesosTaskStates::fromName(name);
            }
        } else if (key == "resources")
            resources(field.value(), task.resources, Ports::Skip);
        else if (key == "statuses")
            statuses(field.value(), task);
    }
    task.raw = ctx.spanFrom(start);
    return task;
}

MesosTaskPtr buildTask(Context& ctx, const TaskFields& f) {
    std::shared_ptr<MesosTask> task = ctx.newTask();
    task->id = toQString(f.id);
    task->name = toQString(f.name);
    task->frameworkId = f.frameworkId.empty() ? f.frameworkHint : ctx.intern(f.frameworkId, ctx.lastFramework);
    if (!f.agentId.empty())
        task->agentId = ctx.intern(f.agentId);
    task->executorId = toQString(f.executorId);
    task->ip = toQString(f.ip);
    task->state = f.state;
    task->health = f.health;
    task->resources = f.resources;
    task->updateTime = f.updateTime;
    task->startTime = f.startTime == 0 ? f.updateTime : f.startTime;
    task->key = MesosKeys::task(task->frameworkId, task->id);
    task->raw = ctx.raw(f.raw, &task->rawHash);
    return task;
}

MesosTaskPtr parseTask(Context& ctx, od::value v, const QString& frameworkHint) {
    TaskFields fields = readTask(ctx, v);
    fields.frameworkHint = frameworkHint;
    return buildTask(ctx, fields);
}

struct Builder {
    Context ctx;
    std::shared_ptr<MesosSnapshot> snapshot = std::make_shared<MesosSnapshot>();
    QHash<QString, std::shared_ptr<MesosFramework>> frameworks; // mutable until counted
    bool countTasks = true; // false for summaries (they carry counters)
    // Big documents: tasks are built and filed on a second thread while this one walks on (the
    // walk is about two thirds of the work). Only that thread touches snapshot->tasks and
    // taskOrder until the pipe is finished.
    Context pipeCtx; // the building thread's own interning and task blocks (outlives the pipe)
    std::unique_ptr<BatchPipe<TaskFields>> pipe;
};

void addTask(Builder& b, MesosTaskPtr task) {
    if (task->id.isEmpty())
        return;
    // A task id is unique within its framework; the views key on both.
    const QString key = task->key;
    b.snapshot->taskOrder.append(task);
    b.snapshot->tasks.insert(key, std::move(task));
}

constexpr qsizetype DefaultPipeThreshold = 1024 * 1024; // bytes of document: a second thread pays off
std::atomic<qsizetype> pipeThreshold = DefaultPipeThreshold;

void startTaskPipe(Builder& b) {
    b.pipeCtx.bytes = b.ctx.bytes;
    b.pipeCtx.base = b.ctx.base;
    b.pipeCtx.end = b.ctx.end;
    b.pipe = std::make_unique<BatchPipe<TaskFields>>([&b](std::vector<TaskFields>& batch) {
        for (const TaskFields& f : batch)
            addTask(b, buildTask(b.pipeCtx, f));
    });
}

void taskArray(Builder& b, od::value v, const QString& frameworkHint) {
    if (typeOf(v) != od::json_type::array)
        return;
    od::array a = v.get_array();
    for (od::value item : a) {
        if (typeOf(item) != od::json_type::object)
            continue;
        TaskFields fields = readTask(b.ctx, item);
        fields.frameworkHint = frameworkHint;
        if (b.pipe)
            b.pipe->push(std::move(fields));
        else
            addTask(b, buildTask(b.ctx, fields));
    }
}

// Agent /state: frameworks[].executors[].{tasks,queued_tasks,completed_tasks}.
void executorArray(Builder& b, od::value v, const QString& frameworkId) {
    if (typeOf(v) != od::json_type::array)
        return;
    od::array a = v.get_array();
    for (od::value item : a) {
        if (typeOf(item) != od::json_type::object)
            continue;
        od::object o = item.get_object();
        for (od::field field : o) {
            const Key key = keyOf(field);
            if (key == "tasks" || key == "queued_tasks" || key == "completed_tasks")
                taskArray(b, field.value(), frameworkId);
        }
    }
}

void frameworkInfo(od::value v, MesosFramework& f) {
    od::object o = v.get_object();
    for (od::field field : o) {
        const Key key = keyOf(field);
        if (key == "id")
            f.id = idOf(field.value());
        else if (key == "name")
            f.name = text(field.value());
        else if (key == "hostname")
            f.hostname = text(field.value());
        else if (key == "webui_url")
            f.webuiUrl = text(field.value());
        else if (key == "user")
            f.user = text(field.value());
        else if (key == "role")
            f.role = text(field.value());
    }
}

int summaryStateIndex(std::string_view key) {
    if (key.size() < 6 || key.substr(0, 5) != "TASK_")
        return -1;
    const MesosTaskState s = MesosTaskStates::fromName(key);
    return s == MesosTaskState::Unknown && key != "TASK_UNKNOWN" ? -1 : int(s);
}

void parseFramework(Builder& b, od::value v, bool completed) {
    const char* start = startOf(v);
    auto f = std::make_shared<MesosFramework>();
    bool haveUsed = false;
    MesosResources legacy;
    f->active = !completed;
    f->connected = !completed;
    f->completed = completed;
    bool sawConnected = false;
    // The framework's own text is hashed without its task lists: finish() folds in the hashes of
    // its tasks instead, so a big state is not hashed twice over on the walking thread.
    QVarLengthArray<Span, 4> taskLists;
    od::object o = v.get_object();
    for (od::field field : o) {
        const Key key = keyOf(field);
        if (key == "id")
            f->id = idOf(field.value());
        else if (key == "framework_info" && typeOf(field.value()) == od::json_type::object)
            frameworkInfo(field.value(), *f);
        else if (key == "name")
            f->name = text(field.value());
        else if (key == "hostname")
            f->hostname = text(field.value());
        else if (key == "webui_url")
            f->webuiUrl = text(field.value());
        else if (key == "user")
            f->user = text(field.value());
        else if (key == "role")
            f->role = text(field.value());
        else if (key == "active")
            f->active = boolean(field.value());
        else if (key == "connected") {
            f->connected = boolean(field.value());
            sawConnected = true;
        } else if (key == "registered_time")
            f->registeredTime = timeOf(field.value());
        else if (key == "used_resources" || key == "allocated_resources") {
            resources(field.value(), f->used);
            haveUsed = true;
        } else if (key == "resources")
            resources(field.value(), legacy);
        else if (key == "tasks" || key == "completed_tasks" || key == "unreachable_tasks") {
            od::value list = field.value();
            if (typeOf(list) != od::json_type::array)
                continue;
            const char* listStart = startOf(list);
            taskArray(b, list, f->id);
            taskLists.append(b.ctx.spanFrom(listStart));
        } else if (key == "executors" || key == "completed_executors")
            executorArray(b, field.value(), f->id);
        else if (!b.countTasks) {
            const int index = summaryStateIndex(key.view());
            if (index >= 0)
                f->taskCounts[size_t(index)] = int(number(field.value()));
        }
    }
    if (!haveUsed)
        f->used = legacy;
    if (!sawConnected)
        f->connected = f->active;
    f->raw = b.ctx.raw(b.ctx.spanFrom(start), &f->rawHash, taskLists);
    if (!f->id.isEmpty())
        b.frameworks.insert(f->id, f);
}

void frameworkArray(Builder& b, od::value v, bool completed) {
    if (typeOf(v) != od::json_type::array)
        return;
    od::array a = v.get_array();
    for (od::value item : a) {
        if (typeOf(item) == od::json_type::object)
            parseFramework(b, item, completed);
    }
}

void agentInfo(od::value v, MesosAgent& a) {
    od::object o = v.get_object();
    for (od::field field : o) {
        const Key key = keyOf(field);
        if (key == "id")
            a.id = idOf(field.value());
        else if (key == "hostname")
            a.hostname = text(field.value());
        else if (key == "resources" && a.total == MesosResources{})
            resources(field.value(), a.total);
        else if (key == "attributes")
            attributes(field.value(), a.attributes);
    }
}

void parseAgent(Builder& b, od::value v) {
    const char* start = startOf(v);
    auto a = std::make_shared<MesosAgent>();
    od::object o = v.get_object();
    for (od::field field : o) {
        const Key key = keyOf(field);
        if (key == "id")
            a->id = idOf(field.value());
        else if (key == "agent_info" && typeOf(field.value()) == od::json_type::object)
            agentInfo(field.value(), *a);
        else if (key == "hostname")
            a->hostname = text(field.value());
        else if (key == "pid")
            a->pid = text(field.value());
        else if (key == "version")
            a->version = text(field.value());
        else if (key == "resources" || key == "total_resources") {
            a->total = {};
            resources(field.value(), a->total);
        } else if (key == "used_resources" || key == "allocated_resources")
            resources(field.value(), a->used);
        else if (key == "attributes")
            attributes(field.value(), a->attributes);
        else if (key == "active")
            a->active = boolean(field.value());
        else if (key == "registered_time")
            a->registeredTime = timeOf(field.value());
        else if (key == "TASK_RUNNING")
            a->runningTasks = int(number(field.value()));
    }
    if (a->hostname.isEmpty()) {
        const qsizetype at = a->pid.indexOf(u'@');
        a->hostname = at >= 0 ? a->pid.mid(at + 1).section(u':', 0, 0) : a->pid;
    }
    a->raw = b.ctx.rawFrom(start, &a->rawHash);
    if (!a->id.isEmpty())
        b.snapshot->agents.insert(a->id, a);
}

// Calls each(item) for every object of an array (anything else is skipped).
template <typename Each> void forEachObject(od::value v, Each&& each) {
    if (typeOf(v) != od::json_type::array)
        return;
    od::array a = v.get_array();
    for (od::value item : a) {
        if (typeOf(item) == od::json_type::object)
            each(item);
    }
}

void agentArray(Builder& b, od::value v) {
    forEachObject(v, [&](od::value item) { parseAgent(b, item); });
}

// recovered_slaves[] (v0) / recovered_agents[] (v1): SlaveInfos of agents a newly elected master
// knows from its registry but which have not re-registered with it yet.
void recoveredArray(Builder& b, od::value v) {
    forEachObject(v, [&](od::value item) {
        od::object o = item.get_object();
        for (od::field f : o)
            if (keyOf(f) == "id")
                b.snapshot->recoveredAgents.insert(idOf(f.value()));
    });
}

QString leaderFromPid(const QString& pid) {
    const qsizetype at = pid.indexOf(u'@');
    return at >= 0 ? pid.mid(at + 1) : QString();
}

void leaderInfo(od::value v, MesosMasterSummary& m) {
    QString host;
    QString port;
    od::object o = v.get_object();
    for (od::field field : o) {
        const Key key = keyOf(field);
        if (key == "hostname")
            host = text(field.value());
        else if (key == "port")
            port = text(field.value());
    }
    if (!host.isEmpty())
        m.leader = port.isEmpty() ? host : host + u':' + port;
}

void v1Lists(Builder& b, od::value v) {
    od::object o = v.get_object();
    for (od::field f : o) {
        const Key k = keyOf(f);
        if (k == "tasks" || k == "completed_tasks" || k == "unreachable_tasks" || k == "orphan_tasks" ||
            k == "pending_tasks")
            taskArray(b, f.value(), {});
        else if (k == "agents")
            agentArray(b, f.value());
        else if (k == "recovered_agents")
            recoveredArray(b, f.value());
        else if (k == "frameworks")
            frameworkArray(b, f.value(), false);
        else if (k == "completed_frameworks")
            frameworkArray(b, f.value(), true);
    }
}

// The v1 "get_*" payloads, wherever they sit (GET_STATE, SUBSCRIBED.get_state, GET_TASKS...).
void v1Payload(Builder& b, od::value v) {
    od::object o = v.get_object();
    for (od::field field : o) {
        const Key key = keyOf(field);
        od::value inner = field.value();
        if (typeOf(inner) != od::json_type::object)
            continue;
        if (key == "get_state")
            v1Payload(b, inner);
        else if (key == "get_tasks" || key == "get_agents" || key == "get_frameworks")
            v1Lists(b, inner);
    }
}

void finish(Builder& b) {
    MesosSnapshot& s = *b.snapshot;
    if (b.countTasks) {
        // Neighbours in the document share their framework (and its interned id), so the framework
        // is looked up once per run of them. Document order is the hash's content unless a task id
        // repeats (the hash keeps the last one): then the hash is walked instead.
        const bool inOrder = s.taskOrder.size() == s.tasks.size();
        const QString* lastId = nullptr;
        MesosFramework* framework = nullptr;
        auto count = [&](const MesosTask& t) {
            const bool sameAsLast =
                lastId && (t.frameworkId.constData() == lastId->constData() || t.frameworkId == *lastId);
            if (!sameAsLast) {
                const auto it = b.frameworks.constFind(t.frameworkId);
                framework = it == b.frameworks.cend() ? nullptr : it.value().get();
                lastId = &t.frameworkId;
            }
            if (framework) {
                framework->taskCounts[size_t(t.state)]++;
                framework->rawHash += t.rawHash * 0x9e3779b97f4a7c15ULL; // in any order (see parseFramework)
            }
        };
        if (inOrder)
            for (const MesosTaskPtr& t : std::as_const(s.taskOrder))
                count(*t);
        else
            for (const MesosTaskPtr& t : std::as_const(s.tasks))
                count(*t);
    }
    s.frameworks.reserve(b.frameworks.size());
    for (auto it = b.frameworks.begin(); it != b.frameworks.end(); ++it) {
        // Counters are not in the raw text of v1 frameworks: fold them into the identity.
        size_t h = it.value()->rawHash;
        for (int c : it.value()->taskCounts)
            h = h * 31 + size_t(c);
        it.value()->rawHash = h;
        s.frameworks.insert(it.key(), it.value());
    }
}

QString describe(simdjson::error_code code) {
    switch (code) {
    case simdjson::EMPTY:
        return QCoreApplication::translate("MesosJsonParser", "empty answer");
    case simdjson::TAPE_ERROR:
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
    case simdjson::UNCLOSED_STRING:
        return QCoreApplication::translate("MesosJsonParser", "malformed or truncated JSON (%1)")
            .arg(QString::fromUtf8(simdjson::error_message(code)));
    default:
        return QCoreApplication::translate("MesosJsonParser", "malformed JSON (%1)")
            .arg(QString::fromUtf8(simdjson::error_message(code)));
    }
}

enum class Kind { State, Summary, V1 };

MesosJsonParser::Result<std::shared_ptr<MesosSnapshot>> parseSnapshot(const QByteArray& json, Kind kind) {
    MesosJsonParser::Result<std::shared_ptr<MesosSnapshot>> result;
    Builder b;
    b.ctx.bytes = MesosJsonParser::padded(json);
    b.ctx.base = b.ctx.bytes.constData();
    b.ctx.end = b.ctx.base + json.size();
    b.countTasks = kind != Kind::Summary;
    b.snapshot->source = kind == Kind::State ? MesosSnapshot::Source::State
                        : kind == Kind::Summary ? MesosSnapshot::Source::Summary
                                                : MesosSnapshot::Source::V1State;
    b.snapshot->hasTasks = kind != Kind::Summary;
    // A cluster keeps its size from one poll to the next: room for as many tasks as last time
    // on this thread spares the growing hash its rehashes.
    thread_local qsizetype lastTaskCount = 0;
    if (b.snapshot->hasTasks && lastTaskCount > 0) {
        b.snapshot->tasks.reserve(lastTaskCount);
        b.snapshot->taskOrder.reserve(lastTaskCount);
    }
    bool sawAnything = false;
    if (const auto invalid = validate(b.ctx.base, size_t(json.size())); invalid != simdjson::SUCCESS) {
        result.error = describe(invalid);
        return result;
    }
    if (b.snapshot->hasTasks && json.size() >= pipeThreshold)
        startTaskPipe(b);
    try {
        od::document doc = threadParser().iterate(b.ctx.base, size_t(json.size()), size_t(b.ctx.bytes.capacity()));
        b.ctx.doc = &doc;
        od::json_type rootType = doc.type();
        if (rootType != od::json_type::object) {
            result.error = QCoreApplication::translate("MesosJsonParser", "not a JSON object");
            return result;
        }
        od::object root = doc.get_object();
        MesosMasterSummary& m = b.snapshot->master;
        QString leaderPid;
        for (od::field field : root) {
            const Key key = keyOf(field);
            if (kind == Kind::V1) {
                if (key == "type") {
                    sawAnything = true;
                } else if (key == "get_state" || key == "subscribed" || key == "get_tasks" || key == "get_agents" ||
                           key == "get_frameworks") {
                    od::value inner = field.value();
                    if (typeOf(inner) == od::json_type::object) {
                        sawAnything = true;
                        if (key == "get_state" || key == "subscribed")
                            v1Payload(b, inner);
                        else
                            v1Lists(b, inner);
                    }
                }
                continue;
            }
            if (key == "slaves") {
                sawAnything = true;
                agentArray(b, field.value());
            } else if (key == "frameworks") {
                sawAnything = true;
                frameworkArray(b, field.value(), false);
            } else if (key == "completed_frameworks") {
                frameworkArray(b, field.value(), true);
            } else if (key == "recovered_slaves") {
                recoveredArray(b, field.value());
            } else if (key == "orphan_tasks" && kind == Kind::State) {
                taskArray(b, field.value(), {});
            } else if (key == "version") {
                m.version = text(field.value());
            } else if (key == "hostname") {
                m.hostname = text(field.value());
            } else if (key == "cluster") {
                m.cluster = text(field.value());
            } else if (key == "id") {
                m.id = text(field.value());
            } else if (key == "start_time") {
                m.startTime = number(field.value());
            } else if (key == "elected_time") {
                m.electedTime = number(field.value());
            } else if (key == "activated_slaves") {
                m.activatedAgents = int(number(field.value()));
            } else if (key == "deactivated_slaves") {
                m.deactivatedAgents = int(number(field.value()));
            } else if (key == "unreachable_slaves") {
                m.unreachableAgents = int(number(field.value()));
            } else if (key == "leader") {
                leaderPid = text(field.value());
            } else if (key == "leader_info" && typeOf(field.value()) == od::json_type::object) {
                leaderInfo(field.value(), m);
            }
        }
        if (const char* rest = nullptr; doc.current_location().get(rest) == simdjson::SUCCESS) {
            result.error =
                QCoreApplication::translate("MesosJsonParser", "malformed JSON (trailing content)");
            return result;
        }
        if (m.leader.isEmpty() && !leaderPid.isEmpty())
            m.leader = leaderFromPid(leaderPid);
    } catch (const simdjson::simdjson_error& e) {
        result.error = describe(e.error());
        return result;
    }
    if (!sawAnything) {
        result.error =
            kind == Kind::V1
                ? QCoreApplication::translate("MesosJsonParser", "not a v1 operator API answer")
                : QCoreApplication::translate("MesosJsonParser", "no agents or frameworks in the answer");
        return result;
    }
    if (b.pipe)
        b.pipe->finish();
    if (b.snapshot->hasTasks)
        lastTaskCount = b.snapshot->tasks.size();
    finish(b);
    result.value = std::move(b.snapshot);
    return result;
}

} // namespace

QByteArray MesosJsonParser::padded(const QByteArray& json) {
    if (json.capacity() - json.size() >= qsizetype(simdjson::SIMDJSON_PADDING))
        return json;
    QByteArray copy;
    copy.reserve(json.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    copy.append(json);
    return copy;
}

void MesosJsonParser::setTaskPipeThreshold(qsizetype bytes) {
    pipeThreshold = bytes < 0 ? DefaultPipeThreshold : bytes;
}

MesosJsonParser::Result<std::shared_ptr<MesosSnapshot>> MesosJsonParser::parseState(const QByteArray& json) {
    return parseSnapshot(json, Kind::State);
}

MesosJsonParser::Result<std::shared_ptr<MesosSnapshot>> MesosJsonParser::parseStateSummary(const QByteArray& json) {
    return parseSnapshot(json, Kind::Summary);
}

MesosJsonParser::Result<std::shared_ptr<MesosSnapshot>> MesosJsonParser::parseV1Response(const QByteArray& json) {
    return parseSnapshot(json, Kind::V1);
}

MesosJsonParser::Result<MesosMetrics> MesosJsonParser::parseMetrics(const QByteArray& json) {
    Result<MesosMetrics> result;
    const QByteArray bytes = padded(json);
    if (const auto invalid = validate(bytes.constData(), size_t(json.size())); invalid != simdjson::SUCCESS) {
        result.error = describe(invalid);
        return result;
    }
    try {
        od::document doc = threadParser().iterate(bytes.constData(), size_t(json.size()), size_t(bytes.capacity()));
        od::json_type rootType = doc.type();
        if (rootType != od::json_type::object) {
            result.error = QCoreApplication::translate("MesosJsonParser", "not a JSON object");
            return result;
        }
        od::object root = doc.get_object();
        for (od::field field : root) {
            std::string_view key = field.unescaped_key();
            od::value v = field.value();
            if (typeOf(v) == od::json_type::number) {
                double d = v.get_double();
                result.value.values.insert(toQString(key), d);
            }
        }
        if (const char* rest = nullptr; doc.current_location().get(rest) == simdjson::SUCCESS) {
            result.error =
                QCoreApplication::translate("MesosJsonParser", "malformed JSON (trailing content)");
            return result;
        }
    } catch (const simdjson::simdjson_error& e) {
        result.error = describe(e.error());
        result.value = {};
    }
    return result;
}

MesosJsonParser::Result<MesosEvent> MesosJsonParser::parseEvent(const QByteArray& json) {
    Result<MesosEvent> result;
    MesosEvent& event = result.value;
    Builder b;
    b.ctx.bytes = padded(json);
    b.ctx.base = b.ctx.bytes.constData();
    b.ctx.end = b.ctx.base + json.size();
    if (const auto invalid = validate(b.ctx.base, size_t(json.size())); invalid != simdjson::SUCCESS) {
        result.error = describe(invalid);
        return result;
    }
    if (json.size() >= pipeThreshold) // SUBSCRIBED: the whole cluster's state in one record
        startTaskPipe(b);
    try {
        od::document doc = threadParser().iterate(b.ctx.base, size_t(json.size()), size_t(b.ctx.bytes.capacity()));
        b.ctx.doc = &doc;
        od::json_type rootType = doc.type();
        if (rootType != od::json_type::object) {
            result.error = QCoreApplication::translate("MesosJsonParser", "not a JSON object");
            return result;
        }
        od::object root = doc.get_object();
        bool subscribed = false;
        for (od::field field : root) {
            const Key key = keyOf(field);
            od::value v = field.value();
            if (key == "type") {
                event.typeName = text(v);
                continue;
            }
            if (typeOf(v) != od::json_type::object)
                continue;
            od::object o = v.get_object();
            for (od::field f : o) {
                const Key k = keyOf(f);
                od::value iv = f.value();
                if (key == "subscribed") {
                    subscribed = true;
                    if (k == "get_state" && typeOf(iv) == od::json_type::object) {
                        b.snapshot->source = MesosSnapshot::Source::V1State;
                        v1Payload(b, iv);
                    }
                    else if (k == "heartbeat_interval_seconds")
                        event.heartbeatIntervalSeconds = number(iv);
                } else if (key == "task_added" && k == "task" && typeOf(iv) == od::json_type::object) {
                    event.task = parseTask(b.ctx, iv, {});
                } else if (key == "task_updated") {
                    if (k == "framework_id")
                        event.frameworkId = idOf(iv);
                    else if (k == "state" && typeOf(iv) == od::json_type::string) {
                        std::string_view s = iv.get_string();
                        event.taskState = MesosTaskStates::fromName(s);
                    } else if (k == "status" && typeOf(iv) == od::json_type::object) {
                        const char* statusStart = startOf(iv);
                        od::object so = iv.get_object();
                        for (od::field sfield : so) {
                            const Key sk = keyOf(sfield);
                            if (sk == "task_id")
                                event.id = idOf(sfield.value());
                            else if (sk == "agent_id")
                                event.agentId = idOf(sfield.value());
                            else if (sk == "timestamp")
                                event.timestamp = number(sfield.value());
                            else if (sk == "healthy")
                                event.health = boolean(sfield.value()) ? MesosTask::Health::Healthy
                                                                       : MesosTask::Health::Unhealthy;
                            else if (sk == "state" && event.taskState == MesosTaskState::Unknown) {
                                od::value sv = sfield.value();
                                if (typeOf(sv) == od::json_type::string) {
                                    std::string_view s = sv.get_string();
                                    event.taskState = MesosTaskStates::fromName(s);
                                }
                            }
                        }
                        size_t statusHash = 0;
                        event.status = b.ctx.rawFrom(statusStart, &statusHash);
                    }
                } else if (key == "agent_added" && k == "agent" && typeOf(iv) == od::json_type::object) {
                    parseAgent(b, iv);
                } else if (key == "agent_removed" && k == "agent_id") {
                    event.id = idOf(iv);
                } else if ((key == "framework_added" || key == "framework_updated") && k == "framework" &&
                           typeOf(iv) == od::json_type::object) {
                    parseFramework(b, iv, false);
                } else if (key == "framework_removed" && k == "framework_info" && typeOf(iv) == od::json_type::object) {
                    MesosFramework info;
                    frameworkInfo(iv, info);
                    event.id = info.id;
                }
            }
        }
        if (const char* rest = nullptr; doc.current_location().get(rest) == simdjson::SUCCESS) {
            result.error =
                QCoreApplication::translate("MesosJsonParser", "malformed JSON (trailing content)");
            return result;
        }
        static const QHash<QString, MesosEvent::Type> types = {
            {QStringLiteral("SUBSCRIBED"), MesosEvent::Type::Subscribed},
            {QStringLiteral("HEARTBEAT"), MesosEvent::Type::Heartbeat},
            {QStringLiteral("TASK_ADDED"), MesosEvent::Type::TaskAdded},
            {QStringLiteral("TASK_UPDATED"), MesosEvent::Type::TaskUpdated},
            {QStringLiteral("AGENT_ADDED"), MesosEvent::Type::AgentAdded},
            {QStringLiteral("AGENT_REMOVED"), MesosEvent::Type::AgentRemoved},
            {QStringLiteral("FRAMEWORK_ADDED"), MesosEvent::Type::FrameworkAdded},
            {QStringLiteral("FRAMEWORK_UPDATED"), MesosEvent::Type::FrameworkUpdated},
            {QStringLiteral("FRAMEWORK_REMOVED"), MesosEvent::Type::FrameworkRemoved}};
        event.type = types.value(event.typeName, MesosEvent::Type::Unknown);
        if (event.typeName.isEmpty()) {
            result.error = QCoreApplication::translate("MesosJsonParser", "event without a type");
            return result;
        }
        if (b.pipe)
            b.pipe->finish();
        if (subscribed) {
            finish(b);
            event.state = b.snapshot;
        } else if (!b.snapshot->agents.isEmpty()) {
            event.agent = *b.snapshot->agents.cbegin();
        } else if (!b.frameworks.isEmpty()) {
            event.framework = *b.frameworks.cbegin();
        }
        if (event.task)
            event.id = event.task->id;
        if (event.agent)
            event.id = event.agent->id;
        if (event.framework)
            event.id = event.framework->id;
        const bool needsId = event.type == MesosEvent::Type::TaskUpdated || event.type == MesosEvent::Type::TaskAdded ||
                             event.type == MesosEvent::Type::AgentAdded || event.type == MesosEvent::Type::AgentRemoved ||
                             event.type == MesosEvent::Type::FrameworkAdded ||
                             event.type == MesosEvent::Type::FrameworkUpdated ||
                             event.type == MesosEvent::Type::FrameworkRemoved;
        if (needsId && event.id.isEmpty()) {
            result.error =
                QCoreApplication::translate("MesosJsonParser", "%1 event without an id").arg(event.typeName);
            return result;
        }
    } catch (const simdjson::simdjson_error& e) {
        result.error = describe(e.error());
    }
    return result;
}
