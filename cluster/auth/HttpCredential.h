#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <optional>

// What the operator signs in with: HTTP Basic (user and password) or a DC/OS-style token, sent
// as "Authorization: token=<t>". The secret is held in memory only as long as its session.
struct HttpCredential {
    enum class Kind { Basic, Token };
    Kind kind = Kind::Basic;
    QString user;   // Basic only
    QString secret; // the password or the token

    bool isValid() const { return !secret.isEmpty() && (kind == Kind::Token || !user.isEmpty()); }
    QByteArray authorization() const; // the Authorization header's value
    // Who signed in, for messages: the user, or "token" (never the secret).
    QString who() const;

    // The keychain's form: a small JSON object. nullopt when text is not one.
    QString serialize() const;
    static std::optional<HttpCredential> deserialize(const QString& text);

    bool operator==(const HttpCredential&) const = default;
};

Q_DECLARE_METATYPE(HttpCredential)
