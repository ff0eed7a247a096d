#pragma once

#include <QString>

// One command-line flag of a master or agent, as GET_FLAGS and /flags report it: every value
// is a string ("15secs", "true", "" for one left unset), exactly as the process read it.
struct MasterFlag {
    QString name;
    QString value;

    bool operator==(const MasterFlag& other) const = default;
};
