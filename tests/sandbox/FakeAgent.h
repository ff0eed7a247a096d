#pragma once

#include "HttpServer.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>

// A fake Mesos agent for sandbox tests, with the Files API's exact semantics (src/files/files.cpp):
//  /files/read?path&offset[&length]: offset=-1 answers the size; length is capped at 64 KiB;
//    an offset at or past the end answers data "" and echoes the requested offset (not the size);
//    negative offset/length other than -1 -> 400; missing path -> 400; unknown path -> 404;
//    a directory -> 400. `data` is written the way stout writes JSON strings: bytes >= 0x80 raw.
//  /files/browse?path: the direct children as {path,nlink,size,mtime,mode,uid,gid}; 404 unknown.
//  /files/download?path: the raw bytes; 400 for a directory.
//  /slave(1)/state and /state: the JSON set with setState().
// Files live in memory; directories are implied by file paths.
class FakeAgent : public QObject {
    Q_OBJECT
public:
    explicit FakeAgent(QObject* parent = nullptr);
    ~FakeAgent() override;

    bool listen(quint16 port = 0);
    void stop();   // the agent dies: connections dropped, port closed
    bool restart(); // on the same port
    QString baseUrl() const;
    quint16 port() const { return m_port; }

    void setFile(const QString& path, const QByteArray& contents) { m_files[path] = contents; }
    void appendFile(const QString& path, const QByteArray& bytes) { m_files[path].append(bytes); }
    QByteArray file(const QString& path) const { return m_files.value(path); }
    void removeFile(const QString& path) { m_files.remove(path); }
    void setState(const QByteArray& json) { m_state = json; }
    void setServeSlaveState(bool serve) { m_serveSlaveState = serve; } // false: only /state (old agents)
    void setAuthStatus(int status) { m_authStatus = status; }          // 401/403 for every request, 0 off

    int readRequests() const { return m_readRequests; }
    // How often one file was read: another file's polls are a clock for "a paused tail asked nothing".
    int readRequestsOf(const QString& path) const { return m_readRequestsByPath.value(path); }
    int stateRequests() const { return m_stateRequests; } // answered /state and /slave(1)/state
    qint64 largestReadLength() const { return m_largestReadLength; }
    QList<qint64> readOffsets() const { return m_readOffsets; }

    static QByteArray jsonString(const QByteArray& bytes); // stout's escaping

private:
    void handle(const HttpRequest& request, HttpResponder* responder);

    // Owned, but deleted later: HttpServer must outlive its sockets' destroyed() handlers
    // (destroying it while a connection is open crashes in its member teardown).
    HttpServer* m_server;
    quint16 m_port = 0;
    QMap<QString, QByteArray> m_files;
    QByteArray m_state;
    bool m_serveSlaveState = true;
    int m_authStatus = 0;
    int m_readRequests = 0;
    QMap<QString, int> m_readRequestsByPath;
    int m_stateRequests = 0;
    qint64 m_largestReadLength = 0;
    QList<qint64> m_readOffsets;
};
