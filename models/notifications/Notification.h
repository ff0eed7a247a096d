#pragma once

#include <QDateTime>
#include <QString>

// One thing the window tells the operator about the cluster. Text is plain (it carries
// server-supplied names). `cause` ties notifications about the same thing together: a later
// one with the same cause ends the earlier ones ("deployment started" → "finished"), so a
// bar never keeps saying what is no longer true.
struct Notification {
    enum class Severity { Info, Warning, Error };
    enum class Area { Mesos, Agents, Tasks, Marathon, Deployments };
    enum class Kind {
        Event,     // happened once; shown until something newer is told or the operator dismisses it
        Condition, // lasts until a notification with the same cause ends it (or the operator dismisses it)
        Recovery,  // ends its cause's condition; only logged: the bar just goes away
    };
    enum class State { Open, Ended, Superseded, Dismissed };

    QDateTime time; // UTC
    Severity severity = Severity::Info;
    Area area = Area::Mesos;
    Kind kind = Kind::Event;
    QString message;       // one sentence
    QString details;       // the whole story (every task id, the server's text), on request
    QString cause;         // e.g. "agent:host:5051", "deployment:<id>", "marathon:stream"; may be empty
    bool showInBar = true; // false when another window-level indicator already tells it
    State state = State::Open;
    QDateTime endedAt; // when a later notification with the same cause ended it

    static Notification of(Severity severity, Area area, Kind kind, const QString& message,
                           const QString& cause = {}) {
        Notification n;
        n.severity = severity;
        n.area = area;
        n.kind = kind;
        n.message = message;
        n.cause = cause;
        return n;
    }
};
