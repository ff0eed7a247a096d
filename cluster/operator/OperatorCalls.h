#pragma once

#include "MesosRole.h"

#include <QByteArray>
#include <QString>

// The bodies of the v1 operator calls (POST /api/v1, JSON), in the shapes the Mesos handlers
// parse (src/master/http.cpp), and which master version has which call.
namespace OperatorCalls {
// UPDATE_QUOTA (1.9+): guarantees and limits as maps of {"value"}; empty maps reset the role.
QByteArray updateQuota(const QString& role, const ResourceQuantities& guarantees,
                       const ResourceQuantities& limits, bool force);
// UPDATE_WEIGHTS (1.0+).
QByteArray updateWeight(const QString& role, double weight);

// DRAIN_AGENT (1.9+): max_grace_period as a Duration {"seconds":N} (the docs' "10mins" is a 400);
// negative graceSeconds leaves it out (each task's kill policy applies).
QByteArray drainAgent(const QString& agentId, qint64 graceSeconds, bool markGone);
// DEACTIVATE_AGENT, REACTIVATE_AGENT (1.9+): {"<type>":{"agent_id":{"value"}}}.
QByteArray agentCall(const QString& type, const QString& agentId);

// GET /logging/toggle?level=N&duration=<N>secs (libprocess, on every master and agent; not
// redirected: it is the process asked that logs more). The duration is a stout Duration text
// ("30secs", "10mins"); after it the level goes back to the one the process started with.
// Levels below that one are refused (400 "'<n>' < original level.").
QString loggingToggle(int level, qint64 seconds);
// SET_LOGGING_LEVEL (1.0+): both fields required, the duration in nanoseconds.
QByteArray setLoggingLevel(int level, qint64 seconds);

// "1.9.0" >= (1, 9); false when the version is not known (empty or unreadable).
bool versionAtLeast(const QString& version, int major, int minor);
// The same, but an unknown or unreadable version counts as a current master (nearly every
// cluster runs one), for calls that have an older form to fall back on.
bool versionAtLeastOrUnknown(const QString& version, int major, int minor);
// Mesos 1.8 already parses UPDATE_QUOTA but answers 501; it works from 1.9 (MESOS-8968).
constexpr int UpdateQuotaMajor = 1, UpdateQuotaMinor = 9;
// DRAIN_AGENT, DEACTIVATE_AGENT and REACTIVATE_AGENT came with 1.9 too.
constexpr int DrainMajor = 1, DrainMinor = 9;
} // namespace OperatorCalls
