#pragma once

#include "HttpAuthGate.h"
#include "HttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>

// Faults on demand, applied in one place: every devcluster server's handler is wrapped by wrap().
// A rule matches a server kind ("master", "agent", "marathon" or "any") and a path regex, and then
//   slow:      answers after delay_ms
//   status:    answers with status (and an error body) instead of the real answer
//   truncate:  sends the real answer cut after half its bytes (Content-Length stays whole)
//   malformed: sends the real answer with broken JSON
//   drop:      closes the connection instead of answering, or delay_ms into a stream
// "count" limits how many requests a rule hits (default: every one until removed).
class FaultInjector : public QObject {
    Q_OBJECT
public:
    explicit FaultInjector(QObject* parent = nullptr);

    HttpServer::Handler wrap(const QString& kind, HttpServer::Handler inner);
    // Authentication comes before any fault, as the real servers check it before answering.
    void setAuthGate(const HttpAuthGate& gate) { m_auth = gate; }

    // Returns the new rule's id, or -1 with error set.
    int addRule(const QJsonObject& spec, QString* error);
    bool removeRule(int id);
    void clear();
    QJsonArray rules() const;
    // Drops every open streaming connection (SUBSCRIBE, /v2/events) of kind ("any" for all).
    int dropStreams(const QString& kind);

private:
    struct Rule {
        int id = 0;
        QString kind;
        QRegularExpression path;
        QString mode;
        int delayMs = 0;
        int status = 500;
        int remaining = -1;
        QJsonObject spec;
    };
    struct Tracked {
        QString kind;
        QPointer<HttpResponder> responder;
    };
    Rule* match(const QString& kind, const QString& path);

    HttpAuthGate m_auth;
    QList<Rule> m_rules;
    QList<Tracked> m_open;
    int m_nextId = 1;
};
