#pragma once

#include "CredentialStore.h"

#include <chrono>

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux). Jobs are
// asynchronous; each gets a timeout, because a Secret Service without an unlocked collection
// can wait forever on a password prompt nobody sees. No insecure plaintext fallback.
class KeychainCredentialStore : public CredentialStore {
    Q_OBJECT
public:
    explicit KeychainCredentialStore(const QString& service = QStringLiteral("mesosdesk"), QObject* parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QString& secret, WriteCallback done) override;
    void remove(const QString& key, WriteCallback done) override;

private:
    QString m_service;
    std::chrono::milliseconds m_timeout{10000};
};
