#pragma once

#include <QByteArray>
#include <QString>

// The first challenge of a WWW-Authenticate header: Mesos's `Basic realm="mesos-master-readonly"`,
// Jetty's (Marathon's) lower-case `basic realm="Mesosphere"`, DC/OS Admin Router's bare `acsjwt`.
struct AuthChallenge {
    QString scheme; // lower-case: "basic", "acsjwt", "bearer"...; empty when the header is missing
    QString realm;  // may be empty (acsjwt has none)

    // A token rather than a user and password is wanted (DC/OS).
    bool wantsToken() const;

    static AuthChallenge parse(const QByteArray& header);
};
