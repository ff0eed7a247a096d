#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// One entry of the agent's /files/browse answer: {path, nlink, size, mtime, mode, uid, gid}.
struct SandboxFileEntry {
    QString path;   // absolute path on the agent
    qint64 size = 0;
    QDateTime mtime; // UTC
    QString mode;   // "drwxr-xr-x"
    QString uid;
    QString gid;
    qint64 nlink = 0;

    QString name() const;
    bool isDirectory() const { return mode.startsWith(u'd'); }

    // The JSON array of a browse answer. Entries without a path are an error (the answer is unusable).
    static std::optional<QList<SandboxFileEntry>> parseList(const QByteArray& json, QString* error = nullptr);

    // Translations take this class as their context (lupdate reads the macro).
    Q_DECLARE_TR_FUNCTIONS(SandboxFileEntry)
};
