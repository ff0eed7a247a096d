#pragma once

#include "TestEnvironment.h"
#include "credentials/KeychainCredentialStore.h"

// The real keychain (the private session's gnome-keyring) as the tests fill and empty it.
namespace TestKeychain {
// Waits for the keychain to take the entry, or to drop it when secret is empty.
inline bool keep(const QString& key, const QString& secret) {
    KeychainCredentialStore keychain;
    bool done = false;
    QString problem;
    auto finished = [&](const QString& error) {
        problem = error;
        done = true;
    };
    if (secret.isEmpty())
        keychain.remove(key, finished);
    else
        keychain.write(key, secret, finished);
    return TestEnvironment::waitUntil([&] { return done; }, 15000) && problem.isEmpty();
}
} // namespace TestKeychain
