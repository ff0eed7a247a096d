#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

// One answer of the agent's /files/read: {"data": "...", "offset": N}.
// `data` is a JSON string holding the file's bytes. Mesos writes bytes >= 0x80 through unescaped,
// so the string may hold invalid UTF-8 or half a character at a chunk edge: it is decoded here to
// the exact bytes (escapes resolved, everything else kept), never through a UTF-8 validating parser.
struct FilesReadChunk {
    QByteArray data;
    qint64 offset = -1;

    static std::optional<FilesReadChunk> parse(const QByteArray& json, QString* error = nullptr);

    // Translations take this class as their context (lupdate reads the macro).
    Q_DECLARE_TR_FUNCTIONS(FilesReadChunk)
};
