#pragma once

#include "mesos/MesosJsonParser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QScopeGuard>
#include <QString>
#include <QStringList>
#include <cmath>
#include <optional>
#include <simdjson.h>
#include <string_view>
#include <unordered_map>

// What the Marathon On-Demand parsers (pods, apps) share: the JSON path of a failure, typed
// reads that fail with that path, and the document pass (validate, iterate, no trailing bytes).
// The messages keep the translation context of the pod parser, where they were first written,
// so their translations serve both parsers.
namespace OnDemandJson {

namespace od = simdjson::ondemand;

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

[[noreturn]] inline void fail(const Path& path, const char* expected) {
    throw Failure{QCoreApplication::translate("MarathonPodParser", "%1: expected %2")
                      .arg(path.text(), QCoreApplication::translate("MarathonPodParser", expected))};
}

inline QString toQString(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

inline bool isNull(od::value& v) {
    od::json_type t = v.type();
    return t == od::json_type::null;
}

inline void require(od::value& v, od::json_type type, const Path& path, const char* expected) {
    od::json_type t = v.type();
    if (t != type)
        fail(path, expected);
}

// Optional scalars: JSON null is "not sent", like an absent key.
inline std::optional<std::string_view> stringView(od::value& v, const Path& path) {
    if (isNull(v))
        return std::nullopt;
    require(v, od::json_type::string, path, QT_TRANSLATE_NOOP("MarathonPodParser", "a string"));
    std::string_view s = v.get_string();
    return s;
}

inline QString string(od::value v, const Path& path) {
    const auto s = stringView(v, path);
    return s ? toQString(*s) : QString();
}

// The few values that repeat across a document (states, names, hosts, roles) share one
// QString each: a big status answer is thousands of "TASK_RUNNING"s. Views stay valid for the
// document's parse, which is as long as this table lives (cleared per document).
inline thread_local std::unordered_map<std::string_view, QString> words;

// In front of the table, the last word seen in each of a few slots: repeats come in runs (the
// same label keys app after app), and comparing a few bytes is cheaper than hashing them.
struct RecentWord {
    std::string_view view;
    QString value;
};
inline thread_local RecentWord recentWords[16];

inline void forgetWords() {
    words.clear();
    for (RecentWord& r : recentWords)
        r = RecentWord{};
}

inline QString wordOf(std::string_view s) {
    RecentWord& recent =
        recentWords[s.empty() ? 0
                              : (s.size() * 7 + size_t(uchar(s.front())) * 3 + size_t(uchar(s.back()))) & 15];
    if (recent.view.size() == s.size() && recent.view == s && !s.empty())
        return recent.value;
    auto it = words.find(s);
    if (it == words.end())
        it = words.emplace(s, toQString(s)).first;
    recent = RecentWord{it->first, it->second};
    return it->second;
}

inline QString word(od::value v, const Path& path) {
    const auto s = stringView(v, path);
    return s ? wordOf(*s) : QString();
}

inline std::optional<double> number(od::value v, const Path& path) {
    if (isNull(v))
        return std::nullopt;
    require(v, od::json_type::number, path, QT_TRANSLATE_NOOP("MarathonPodParser", "a number"));
    double d = v.get_double();
    return d;
}

inline std::optional<int> integer(od::value v, const Path& path) {
    const std::optional<double> d = number(v, path);
    if (!d)
        return std::nullopt;
    if (*d != std::floor(*d) || std::abs(*d) > 2147483647.0)
        fail(path, QT_TRANSLATE_NOOP("MarathonPodParser", "an integer"));
    return int(*d);
}

inline std::optional<bool> boolean(od::value v, const Path& path) {
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

inline QStringList strings(od::value v, const Path& path) {
    QStringList out;
    elements(v, path, [&](od::value e, const Path& p) { out << string(e, p); });
    return out;
}

inline const char* startOf(od::value& v) {
    std::string_view token = v.raw_json_token();
    return token.data();
}

// Where the text of an object that has just been read to its end stops: the reader's place,
// less what follows the closing bracket.
inline const char* objectEnd(od::document& doc, const char* start, const char* end) {
    const char* stop = end;
    const char* location = nullptr;
    if (doc.current_location().get(location) == simdjson::SUCCESS && location > start && location <= end)
        stop = location;
    while (stop > start && stop[-1] != '}')
        --stop;
    return stop;
}

// The document being read: the padded bytes (which views into it share), where they end.
struct Source {
    const QByteArray& bytes;
    od::document& doc;
    const char* end;
};

// On-Demand checks only what it reads; one full pass first refuses a document that is broken
// anywhere (a stray comma in a skipped field), so a bad answer never gives half a result.
inline simdjson::error_code validate(const QByteArray& bytes, qsizetype size) {
    thread_local simdjson::dom::parser validator;
    return validator.parse(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(size), false).error();
}

// read(Source&, od::value root) gives the T or throws Failure; any other refusal of simdjson
// is malformed JSON.
template <typename T, typename F> std::optional<T> parse(const QByteArray& body, QString* error, F&& read) {
    auto failed = [error](const QString& why) -> std::optional<T> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QByteArray bytes = MesosJsonParser::padded(body);
    if (const auto invalid = validate(bytes, body.size()); invalid != simdjson::SUCCESS)
        return failed(QCoreApplication::translate("MarathonPodParser", "malformed JSON (%1)")
                          .arg(QString::fromUtf8(simdjson::error_message(invalid))));
    thread_local od::parser parser;
    forgetWords();
    const auto forget = qScopeGuard([] { forgetWords(); }); // its views die with the document
    try {
        od::document doc = parser.iterate(bytes.constData(), size_t(body.size()), size_t(bytes.capacity()));
        Source source{bytes, doc, bytes.constData() + body.size()};
        od::value root = doc.get_value();
        T value = read(source, root);
        if (const char* rest = nullptr; doc.current_location().get(rest) == simdjson::SUCCESS)
            return failed(
                QCoreApplication::translate("MarathonPodParser", "malformed JSON (trailing content)"));
        return value;
    } catch (const Failure& f) {
        return failed(f.message);
    } catch (const simdjson::simdjson_error& e) {
        return failed(QCoreApplication::translate("MarathonPodParser", "malformed JSON (%1)")
                          .arg(QString::fromUtf8(e.what())));
    }
}

} // namespace OnDemandJson
