#pragma once

#include "MarathonHealthCheck.h"
#include "MarathonReadinessCheck.h"
#include "MarathonTask.h"
#include "MarathonTaskFailure.h"
#include "mesos/RawJson.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// An app as GET /v2/apps (with embeds) or GET /v2/apps/{id} returns it. Fields missing in
// older servers keep their defaults; the whole definition stays in raw for the JSON views: the
// app's text in the answer it came from, which all apps of one answer share (5,000 apps keep
// one document, not 5,000 copies or QJsonObjects), made into JSON only when shown.
struct MarathonApp {
    QString id;
    int instances = 0;
    double cpus = 0;
    double mem = 0;
    double disk = 0;
    int gpus = 0;
    QString cmd;
    QStringList uris;
    QMap<QString, QString> labels;
    QMap<QString, QString> env; // secret references shown as "secret:<name>"
    int tasksStaged = 0;
    int tasksRunning = 0;
    int tasksHealthy = 0;
    int tasksUnhealthy = 0;
    bool hasHealthChecks = false;
    QList<MarathonHealthCheck> healthChecks;
    QList<MarathonReadinessCheck> readinessChecks;
    QList<MarathonReadinessCheck::Result> readinessResults; // embed=app.readiness, during deployments
    bool resident = false; // persistent volumes: Kill & Wipe applies
    QStringList deploymentIds;
    QString version;
    QString lastScalingAt;
    QString lastConfigChangeAt;
    MarathonTaskFailure lastTaskFailure;
    QList<MarathonTask> tasks; // only when embedded
    QStringList dependencies;  // as sent (relative ids too), for the tree's Dependencies column
    RawJson raw;

    // The definition as JSON, parsed from raw each call: for views and editors, not per poll.
    QJsonObject definition() const;
    // raw for an app that was not read from an answer (tests, edited copies).
    static RawJson rawJsonOf(const QJsonObject& definition);

    // Structural comparison for diff updates: raw covers every field the server sent. The same
    // text is the common case (a poll that changed nothing); different text may still be the same
    // definition (another key order, a copy rewritten by rawJsonOf), so then the JSON decides.
    bool operator==(const MarathonApp& other) const;
};
