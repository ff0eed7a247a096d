#pragma once

#include "CredentialStore.h"

#include <QHash>

// A CredentialStore in memory, for tests and for sessions where the user refused the keychain.
class MemoryCredentialStore : public CredentialStore {
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QString& secret, WriteCallback done) override;
    void remove(const QString& key, WriteCallback done) override;

private:
    QHash<QString, QString> m_secrets;
};
