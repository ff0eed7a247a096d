#pragma once

#include <QByteArray>

// JSON as Mesos (stout) writes it, for fake and simulated agents.
class StoutJson {
public:
    // A JSON string holding bytes as they are: quotes, backslashes, '/' and control characters
    // escaped, every other byte raw. A UTF-8 character cut at the end stays cut, and invalid
    // UTF-8 stays invalid, as /files/read sends them.
    static QByteArray string(const QByteArray& bytes);
};
