#pragma once

#include <QByteArray>

// Where an object's JSON text sits inside the document it came from. Sharing the document
// (implicitly) instead of copying each object keeps a 50 MB state at one copy in memory.
struct RawJson {
    QByteArray document;
    qsizetype offset = 0;
    qsizetype length = 0;

    QByteArray bytes() const { return document.mid(offset, length); }
    bool isEmpty() const { return length == 0; }
};
