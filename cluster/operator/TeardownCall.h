#pragma once

#include <QByteArray>
#include <QString>

// The operator's teardown of a framework, in the form the leading master takes: the v1 call
// TEARDOWN (Mesos 1.5+) or, for an older master, POST /master/teardown with the form body
// frameworkId=<id> (0.23+). Both run the same handler (http.cpp _teardown): 200 empty, or 400
// "No framework found with specified ID".
namespace TeardownCall {
struct Request {
    QByteArray method;
    QString path;
    QByteArray body;
    QByteArray contentType;
};

constexpr int V1Major = 1, V1Minor = 5;
// An unknown or unreadable version is taken as a current master, as nearly every cluster runs one.
bool useV1(const QString& version);
Request request(const QString& frameworkId, const QString& version);
} // namespace TeardownCall
