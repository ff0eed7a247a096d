#pragma once

#include <functional>

#include <QString>

struct HttpRequest;
class HttpResponder;

// Mesos's /files/browse, /files/read and /files/download (src/files/files.cpp) over the paths an
// agent has attached. resolve maps a requested path (absolute sandbox directory, or the virtual
// /frameworks/<FID>/executors/<EID>/runs/<CID|latest>..., with a sub-path) to a real path, or
// returns an empty string when the path lies outside every attached directory.
class FilesApi {
public:
    using Resolver = std::function<QString(const QString& requested)>;

    // Answers the request when its path starts with /files/; returns false otherwise.
    static bool handle(const HttpRequest& request, HttpResponder* responder, const Resolver& resolve);

    static constexpr qint64 MaxReadLength = 16 * 4096; // 16 pages

private:
    static void browse(const HttpRequest& request, HttpResponder* responder, const Resolver& resolve);
    static void read(const HttpRequest& request, HttpResponder* responder, const Resolver& resolve);
    static void download(const HttpRequest& request, HttpResponder* responder, const Resolver& resolve);
};
