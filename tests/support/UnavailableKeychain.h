#pragma once

#include "credentials/CredentialStore.h"

#include <QMetaObject>

// A keychain that is not there (no Secret Service), as QtKeychain reports it: every call fails,
// asynchronously like the real one.
class UnavailableKeychain : public CredentialStore {
public:
    using CredentialStore::CredentialStore;
    void read(const QString&, ReadCallback done) override {
        QMetaObject::invokeMethod(
            this, [done] { done(false, {}, QStringLiteral("No Secret Service")); }, Qt::QueuedConnection);
    }
    void write(const QString&, const QString&, WriteCallback done) override {
        QMetaObject::invokeMethod(
            this, [done] { done(QStringLiteral("No Secret Service")); }, Qt::QueuedConnection);
    }
    void remove(const QString&, WriteCallback done) override { write({}, {}, done); }
};
