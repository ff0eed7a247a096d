#include "KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {
QString timeoutMessage() {
    return QCoreApplication::translate("KeychainCredentialStore",
                                       "the keychain did not answer in time (is it locked or waiting for a password?)");
}

// Runs a job with a deadline; finish is called exactly once with the job (nullptr on timeout).
void runWithTimeout(QKeychain::Job* job, std::chrono::milliseconds timeout, std::function<void(QKeychain::Job*)> finish) {
    auto called = std::make_shared<bool>(false);
    auto* timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [job, called, finish] {
        if (*called)
            return;
        *called = true;
        finish(nullptr);
        job->disconnect();
        job->deleteLater();
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [called, finish](QKeychain::Job* finished) {
        if (*called)
            return;
        *called = true;
        finish(finished);
    });
    job->setAutoDelete(true);
    timer->start(timeout);
    job->start();
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString& service, QObject* parent)
    : CredentialStore(parent), m_service(service) {}

void KeychainCredentialStore::read(const QString& key, ReadCallback done) {
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<KeychainCredentialStore> self(this);
    runWithTimeout(job, m_timeout, [self, done](QKeychain::Job* finished) {
        if (!self)
            return;
        if (!finished)
            return done(false, {}, timeoutMessage());
        if (finished->error() == QKeychain::EntryNotFound)
            return done(false, {}, {});
        if (finished->error() != QKeychain::NoError)
            return done(false, {}, finished->errorString());
        done(true, static_cast<QKeychain::ReadPasswordJob*>(finished)->textData(), {});
    });
}

void KeychainCredentialStore::write(const QString& key, const QString& secret, WriteCallback done) {
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    QPointer<KeychainCredentialStore> self(this);
    runWithTimeout(job, m_timeout, [self, done](QKeychain::Job* finished) {
        if (!self)
            return;
        if (!finished)
            return done(timeoutMessage());
        done(finished->error() == QKeychain::NoError ? QString() : finished->errorString());
    });
}

void KeychainCredentialStore::remove(const QString& key, WriteCallback done) {
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<KeychainCredentialStore> self(this);
    runWithTimeout(job, m_timeout, [self, done](QKeychain::Job* finished) {
        if (!self)
            return;
        if (!finished)
            return done(timeoutMessage());
        const bool ok = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(ok ? QString() : finished->errorString());
    });
}
