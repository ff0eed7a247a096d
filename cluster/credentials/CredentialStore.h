#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where secrets live: the OS keychain in the app, memory in tests. Never QSettings, never logs.
// Every call is asynchronous (a keychain may prompt or be slow); callbacks run on the caller's
// thread. An empty error means success; EntryNotFound is reported as found == false, not an error.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    using ReadCallback = std::function<void(bool found, const QString& secret, const QString& error)>;
    using WriteCallback = std::function<void(const QString& error)>;

    using QObject::QObject;
    ~CredentialStore() override = default;

    virtual void read(const QString& key, ReadCallback done) = 0;
    virtual void write(const QString& key, const QString& secret, WriteCallback done) = 0;
    virtual void remove(const QString& key, WriteCallback done) = 0;

    // The key for a connection's secret: its display URL (user included, password never).
    static QString keyFor(const QString& displayUrl) { return QStringLiteral("connection:") + displayUrl; }
};
