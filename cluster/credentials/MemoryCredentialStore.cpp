#include "MemoryCredentialStore.h"

#include <QMetaObject>

// Answers are posted, like the keychain's, so callers cannot come to depend on synchronous replies.
void MemoryCredentialStore::read(const QString& key, ReadCallback done) {
    const bool found = m_secrets.contains(key);
    const QString secret = m_secrets.value(key);
    QMetaObject::invokeMethod(this, [done, found, secret] { done(found, secret, {}); }, Qt::QueuedConnection);
}

void MemoryCredentialStore::write(const QString& key, const QString& secret, WriteCallback done) {
    m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(this, [done] { done({}); }, Qt::QueuedConnection);
}

void MemoryCredentialStore::remove(const QString& key, WriteCallback done) {
    m_secrets.remove(key);
    QMetaObject::invokeMethod(this, [done] { done({}); }, Qt::QueuedConnection);
}
