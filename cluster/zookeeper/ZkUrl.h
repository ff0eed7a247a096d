#pragma once

#include <QCoreApplication>
#include <QString>

// A ZooKeeper URL as Mesos and Marathon take it:
//   zk://[user[:password]@]host1:port1,host2:port2/path
// (a user without a password: the password is kept in the keychain, under the display URL)
// The path is the znode under which the masters (or Marathon's latch) live.
struct ZkUrl {
    QString hosts;    // "host1:2181,host2:2181", as the C client wants it
    QString path;     // "/mesos"; always absolute, never with a trailing slash
    QString user;     // digest credentials, empty when none were given
    QString password;

    bool isValid() const { return !hosts.isEmpty() && !path.isEmpty(); }
    bool hasCredentials() const { return !user.isEmpty(); }

    // The URL again, without the password (safe for logs, titles and settings).
    QString toDisplayString() const;

    // On failure returns an invalid ZkUrl and, when error is given, says what is wrong.
    // ZooKeeper over TLS (zks://, zk+tls://, ?tls, ?ssl, ?secure) and SASL/Kerberos (?sasl,
    // ?kerberos, ?auth=sasl) are refused as "not supported by this build": Debian's C client
    // (3.8) exports neither zookeeper_init_ssl nor zookeeper_init_sasl, and connecting anyway
    // would only hang on a TLS-only or Kerberos ensemble.
    static ZkUrl parse(const QString& text, QString* error = nullptr);
    // "zks", "zk+tls", "zk+ssl": schemes asking for ZooKeeper over TLS.
    static bool isSecureScheme(const QString& scheme);

    static constexpr int DefaultPort = 2181;

    // Translations take this class as their context (lupdate reads the macro).
    Q_DECLARE_TR_FUNCTIONS(ZkUrl)
};
