#pragma once

#include <QStringList>

// The secrets the authentication tests use. They are distinctive on purpose: tst_nosecrets, which
// runs after every other test, fails when one of them shows up in a settings file, a test log,
// a devcluster ready line or a screenshot.
namespace TestSecrets {
inline const QString User = QStringLiteral("alice");
inline const QString Password = QStringLiteral("pw-Qx7-authtest-secret");
inline const QString WrongPassword = QStringLiteral("pw-Wr0ng-authtest-secret");
inline const QString ReadOnlyUser = QStringLiteral("reader");
inline const QString ReadOnlyPassword = QStringLiteral("pw-R3ad-authtest-secret");
inline const QString Token = QStringLiteral("tok-Z9-authtest-secret");
inline const QString ZkPassword = QStringLiteral("pw-Zk4-authtest-secret");

inline QStringList all() {
    return {Password, WrongPassword, ReadOnlyPassword, Token, ZkPassword};
}
// The devcluster's arguments for all of the above.
inline QStringList devclusterArguments() {
    return {QStringLiteral("--auth"),           User + u':' + Password,
            QStringLiteral("--read-only-user"), ReadOnlyUser + u':' + ReadOnlyPassword,
            QStringLiteral("--auth-token"),     Token};
}
} // namespace TestSecrets
