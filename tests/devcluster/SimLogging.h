#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QUrlQuery>

// One simulated process's verbose logging level (glog's --v), as libprocess keeps it
// (3rdparty/libprocess/src/logging.cpp): GET /logging/toggle, served by every master and
// agent, leading or not, and the master's v1 SET_LOGGING_LEVEL / GET_LOGGING_LEVEL. A raised
// level goes back to the original one when its duration is over (checked on each read, by
// the simulation's clock).
class SimLogging {
public:
    struct Answer {
        int status = 200;
        QByteArray body;
        QByteArray contentType;
    };

    explicit SimLogging(int originalLevel = 0) : m_original(originalLevel), m_level(originalLevel) {}

    int level() const;
    // GET /logging/toggle[?level=N&duration=D]: no parameters answer the level ("0\n").
    Answer toggle(const QUrlQuery& query);
    // v1 {"type":"SET_LOGGING_LEVEL","set_logging_level":{"level":N,"duration":{"nanoseconds":D}}}.
    Answer setLevel(const QJsonObject& call);
    // v1 GET_LOGGING_LEVEL's answer.
    QJsonObject getLevel() const;

    // stout's Duration::parse: a number and one of ns, us, ms, secs, mins, hrs, days, weeks.
    static bool parseDuration(const QString& text, double* seconds);

private:
    void set(int level, double seconds);

    int m_original;
    mutable int m_level;
    mutable double m_until = 0; // SimCluster::now() when a raised level goes back
};
