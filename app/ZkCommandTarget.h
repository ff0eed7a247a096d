#pragma once

#include "zookeeper/ZkUrl.h"

#include <QCoreApplication>
#include <QString>
#include <chrono>

class CredentialStore;
class QTextStream;

// What --resolve, --resolve-marathon and --zk-status talk to: the ZooKeeper URL given, or the one
// of --profile NAME, with the digest password read from the keychain, never from the command line
// (where every user of the machine sees it in ps). The password's entry is the profile's (the
// named one, or the profile whose ZooKeeper URL and digest user the URL names), else the one the
// window filed a typed URL's password under.
class ZkCommandTarget {
    Q_DECLARE_TR_FUNCTIONS(ZkCommandTarget)
public:
    enum ExitCode { Found = 0, BadInput = 2, NoSecret = 3 };

    ZkUrl url;          // valid when exitCode is Found
    QString displayUrl; // for messages, no password
    int exitCode = BadInput;

    // url: as given (may be empty with profileName). wantDigest: look the password up (--zk-status
    // asks the servers' four-letter words, which take no authentication). Runs the event loop
    // until the keychain answers or timeout passes; the reason of a failure goes to err.
    static ZkCommandTarget find(const QString& given, const QString& profileName, bool pathOptional,
                                bool wantDigest, CredentialStore* keychain, std::chrono::milliseconds timeout,
                                QTextStream& err);
};
