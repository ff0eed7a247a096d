#include "FilesApi.h"

#include "HttpServer.h"
#include "StoutJson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>

#include <sys/stat.h>

namespace {
QByteArray compact(const QJsonValue& value) {
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

void badRequest(HttpResponder* responder, const QString& message) {
    responder->respond(400, message.toUtf8(), "text/plain; charset=utf-8");
}


void notFound(HttpResponder* responder) { responder->respond(404, {}, {}); }

// `ls -l`-style mode, as Mesos's browse writes it.
QString modeString(const QString& path) {
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("----------");
    QString mode;
    mode += S_ISDIR(info.st_mode) ? u'd' : S_ISLNK(info.st_mode) ? u'l' : u'-';
    const char* letters = "rwxrwxrwx";
    for (int bit = 0; bit < 9; ++bit)
        mode += (info.st_mode & (1 << (8 - bit))) ? QChar::fromLatin1(letters[bit]) : u'-';
    return mode;
}

qint64 linkCount(const QString& path) {
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? qint64(info.st_nlink) : 1;
}
} // namespace

bool FilesApi::handle(const HttpRequest& request, HttpResponder* responder, const Resolver& resolve) {
    const QString& path = request.path;
    if (path == QLatin1String("/files/browse") || path == QLatin1String("/files/browse.json"))
        browse(request, responder, resolve);
    else if (path == QLatin1String("/files/read") || path == QLatin1String("/files/read.json"))
        read(request, responder, resolve);
    else if (path == QLatin1String("/files/download") || path == QLatin1String("/files/download.json"))
        download(request, responder, resolve);
    else
        return false;
    return true;
}

void FilesApi::browse(const HttpRequest& request, HttpResponder* responder, const Resolver& resolve) {
    if (!request.query.hasQueryItem(QStringLiteral("path"))) {
        badRequest(responder, QStringLiteral("Expecting 'path' to be specified."));
        return;
    }
    QString requested = request.query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    while (requested.size() > 1 && requested.endsWith(u'/'))
        requested.chop(1);
    const QString real = resolve(requested);
    if (real.isEmpty() || !QFileInfo::exists(real)) {
        notFound(responder);
        return;
    }
    // A plain file lists nothing: Mesos lists the entries of a directory only.
    QJsonArray listing;
    const QFileInfoList entries = QDir(real).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                                           QDir::Name);
    for (const QFileInfo& entry : entries) {
        listing.append(QJsonObject{{QStringLiteral("path"), QString(requested + u'/' + entry.fileName())},
                                   {QStringLiteral("nlink"), linkCount(entry.filePath())},
                                   {QStringLiteral("size"), entry.isDir() ? qint64(4096) : entry.size()},
                                   {QStringLiteral("mtime"), entry.lastModified().toSecsSinceEpoch()},
                                   {QStringLiteral("mode"), modeString(entry.filePath())},
                                   {QStringLiteral("uid"), entry.owner()},
                                   {QStringLiteral("gid"), entry.group()}});
    }
    responder->respond(200, compact(listing));
}

void FilesApi::read(const HttpRequest& request, HttpResponder* responder, const Resolver& resolve) {
    if (!request.query.hasQueryItem(QStringLiteral("path"))) {
        badRequest(responder, QStringLiteral("Expecting 'path' to be specified."));
        return;
    }
    qint64 offset = -1;
    if (request.query.hasQueryItem(QStringLiteral("offset"))) {
        bool ok = false;
        offset = request.query.queryItemValue(QStringLiteral("offset")).toLongLong(&ok);
        if (!ok) {
            badRequest(responder, QStringLiteral("Failed to parse offset: ") + request.query.queryItemValue(QStringLiteral("offset")));
            return;
        }
    }
    qint64 length = -1;
    if (request.query.hasQueryItem(QStringLiteral("length"))) {
        bool ok = false;
        length = request.query.queryItemValue(QStringLiteral("length")).toLongLong(&ok);
        if (!ok) {
            badRequest(responder, QStringLiteral("Failed to parse length: ") + request.query.queryItemValue(QStringLiteral("length")));
            return;
        }
        if (length < -1) {
            badRequest(responder, QStringLiteral("Negative length provided: %1").arg(length));
            return;
        }
    }
    if (offset < -1) {
        badRequest(responder, QStringLiteral("Negative offset provided: %1").arg(offset));
        return;
    }
    const QString requested = request.query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    const QString real = resolve(requested);
    const QFileInfo info(real);
    if (real.isEmpty() || !info.exists()) {
        notFound(responder);
        return;
    }
    if (info.isDir()) {
        badRequest(responder, QStringLiteral("Cannot read a directory.\n"));
        return;
    }
    QFile file(real);
    if (!file.open(QIODevice::ReadOnly)) {
        responder->respond(500, QByteArrayLiteral("Failed to open file"), "text/plain; charset=utf-8");
        return;
    }
    const qint64 size = file.size();
    // Mesos writes the bytes into the JSON string as they are: a multi-byte character cut by the
    // 64 KiB cap arrives cut (the client carries it); decoding to QString would replace it with U+FFFD.
    auto answer = [responder](const QByteArray& data, qint64 at) {
        responder->respond(200, "{\"data\":" + StoutJson::string(data) + ",\"offset\":" + QByteArray::number(at) + '}');
    };
    if (offset == -1) {
        answer({}, size); // the size of the file
        return;
    }
    if (offset >= size) {
        answer({}, offset); // the requested offset comes back, not the size
        return;
    }
    if (length == -1)
        length = size - offset;
    length = std::min(length, MaxReadLength);
    file.seek(offset);
    answer(file.read(length), offset);
}

void FilesApi::download(const HttpRequest& request, HttpResponder* responder, const Resolver& resolve) {
    if (!request.query.hasQueryItem(QStringLiteral("path"))) {
        badRequest(responder, QStringLiteral("Expecting 'path' to be specified."));
        return;
    }
    const QString requested = request.query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    const QString real = resolve(requested);
    const QFileInfo info(real);
    if (real.isEmpty() || !info.exists()) {
        notFound(responder);
        return;
    }
    if (info.isDir()) {
        badRequest(responder, QStringLiteral("Cannot download a directory.\n"));
        return;
    }
    QFile file(real);
    if (!file.open(QIODevice::ReadOnly)) {
        notFound(responder);
        return;
    }
    const QByteArray type = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension).name().toLatin1();
    responder->respond(200, file.readAll(), type,
                       {{"Content-Disposition", "attachment; filename=" + info.fileName().toUtf8()}});
}
