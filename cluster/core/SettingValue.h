#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

// A typed settings key: one place names the key and its default, callers get a T back.
// Secrets never go through here; they belong to the credential store (the OS keychain).
template <typename T>
class SettingValue {
public:
    SettingValue(const char* key, T defaultValue) : m_key(QString::fromLatin1(key)), m_default(std::move(defaultValue)) {}

    T get() const {
        const QVariant value = QSettings().value(m_key);
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : m_default;
    }
    void set(const T& value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};
