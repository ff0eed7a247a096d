#pragma once

#include <QString>

// One ACL entry of a znode: "digest", "admin:x1nq8J5GOJVPY6zgzhtTtA9izLc=", read|write|...
struct ZkAcl {
    enum Permission { Read = 1, Write = 2, Create = 4, Delete = 8, Admin = 16 };
    QString scheme;
    QString id;
    int permissions = 0;

    // "cdrwa" letters as zkCli's getAcl prints them.
    QString permissionLetters() const {
        QString letters;
        if (permissions & Create)
            letters += u'c';
        if (permissions & Delete)
            letters += u'd';
        if (permissions & Read)
            letters += u'r';
        if (permissions & Write)
            letters += u'w';
        if (permissions & Admin)
            letters += u'a';
        return letters;
    }
    bool operator==(const ZkAcl&) const = default;
};
