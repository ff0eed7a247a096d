#include "ZkServerProcess.h"

#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>

ZkServerProcess::ZkServerProcess() : m_port(freePort()) {}

ZkServerProcess::~ZkServerProcess() { stop(); }

int ZkServerProcess::freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool ZkServerProcess::isServing(int port) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    if (!socket.waitForConnected(200))
        return false;
    socket.write("ruok");
    QByteArray answer;
    QDeadlineTimer deadline(500);
    while (!deadline.hasExpired() && socket.waitForReadyRead(int(deadline.remainingTime())))
        answer += socket.readAll();
    answer += socket.readAll();
    return answer.contains("imok");
}

bool ZkServerProcess::accepts(int port) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    return socket.waitForConnected(200);
}

bool ZkServerProcess::start(QString* error) {
    const QString jar = TestEnvironment::javaZooKeeperJar();
    if (jar.isEmpty()) {
        if (error)
            *error = QStringLiteral("zookeeper.jar not found");
        return false;
    }
    QDir().mkpath(m_dir.path() + QStringLiteral("/data"));
    if (m_myId > 0) {
        QFile myid(m_dir.path() + QStringLiteral("/data/myid"));
        myid.open(QIODevice::WriteOnly);
        myid.write(QByteArray::number(m_myId));
    }
    QFile config(m_dir.path() + QStringLiteral("/zoo.cfg"));
    config.open(QIODevice::WriteOnly);
    const QString admin = m_adminPort > 0 ? QStringLiteral("admin.enableServer=true\nadmin.serverAddress=127.0.0.1\n"
                                                           "admin.serverPort=%1")
                                                .arg(m_adminPort)
                                          : QStringLiteral("admin.enableServer=false");
    config.write(QStringLiteral("tickTime=500\ndataDir=%1/data\nclientPort=%2\nclientPortAddress=127.0.0.1\n"
                                "%3\n4lw.commands.whitelist=%4\n%5")
                     .arg(m_dir.path())
                     .arg(m_port)
                     .arg(admin, m_whitelist, m_extraConfig)
                     .toUtf8());
    config.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.path() + QStringLiteral("/zk.log"), QIODevice::Append);
    // Debian's zookeeper.jar leaves the servlet API off its Class-Path: without it the AdminServer
    // silently does not start.
    const QString classPath = m_adminPort > 0 ? jar + QStringLiteral(":/usr/share/java/servlet-api.jar") : jar;
    m_process.start(QStringLiteral("java"), {QStringLiteral("-Xmx128m"), QStringLiteral("-cp"), classPath,
                                             QStringLiteral("org.apache.zookeeper.server.quorum.QuorumPeerMain"),
                                             config.fileName()});
    if (!m_process.waitForStarted(5000)) {
        if (error)
            *error = m_process.errorString();
        return false;
    }
    // Between probes it waits on the JVM itself: one that exits (a taken port, no memory) is
    // reported at once, not after the whole deadline.
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_adminPort > 0 ? accepts(m_adminPort) : isServing(m_port))
            return true;
        if (m_process.waitForFinished(100)) {
            if (error)
                *error = QStringLiteral("ZooKeeper exited with code %1 before it answered (see %2/zk.log)")
                             .arg(m_process.exitCode())
                             .arg(m_dir.path());
            return false;
        }
    }
    if (error)
        *error = QStringLiteral("ZooKeeper did not answer on port %1").arg(m_port);
    return false;
}

void ZkServerProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}
