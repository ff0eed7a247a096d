#include "ResolveCommand.h"

#include "marathon/MarathonLeaderDetector.h"
#include "mesos/MesosLeaderDetector.h"
#include "zookeeper/ZkSession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

ResolveCommand::ResolveCommand(Target target, const ZkUrl& url, std::chrono::milliseconds timeout,
                               QObject* parent)
    : QObject(parent), m_target(target), m_url(url), m_timeout(timeout) {}

int ResolveCommand::exec(QTextStream& out, QTextStream& err) {
    const ZkUrl& url = m_url;
    QEventLoop loop;
    int code = NoLeader;
    QString lastProblem;
    ZkSession session;
    auto finish = [&](int exitCode) {
        code = exitCode;
        loop.quit();
    };
    if (m_target == Target::Mesos) {
        auto* detector = new MesosLeaderDetector(&session, url.path, &session);
        connect(detector, &MesosLeaderDetector::leaderChanged, &loop, [&](const MasterInfo& leader) {
            if (!leader.isNull()) {
                out << leader.hostPort() << Qt::endl;
                finish(Resolved);
            }
        });
        connect(detector, &MesosLeaderDetector::problemChanged, &loop, [&](const QString& p) { lastProblem = p; });
        connect(&session, &ZkSession::stateChanged, detector, &MesosLeaderDetector::start);
    } else {
        auto* detector = new MarathonLeaderDetector(&session, url.path, &session);
        connect(detector, &MarathonLeaderDetector::leaderChanged, &loop, [&](const QString& leader) {
            if (!leader.isEmpty()) {
                out << leader << Qt::endl;
                finish(Resolved);
            }
        });
        connect(detector, &MarathonLeaderDetector::problemChanged, &loop, [&](const QString& p) { lastProblem = p; });
        connect(&session, &ZkSession::stateChanged, detector, &MarathonLeaderDetector::start);
    }
    connect(&session, &ZkSession::stateChanged, &loop, [&](ZkSession::State state) {
        if (state == ZkSession::State::AuthFailed) {
            lastProblem = tr("ZooKeeper authentication failed");
            finish(NoLeader);
        }
    });
    QTimer::singleShot(m_timeout, &loop, [&] {
        QString why = session.state() == ZkSession::State::Connected
                          ? tr("no leader is registered under %1").arg(url.path)
                          : tr("could not connect to ZooKeeper at %1").arg(url.hosts);
        if (!lastProblem.isEmpty())
            why += QStringLiteral(" (") + lastProblem + QStringLiteral(")");
        err << tr("mesosdesk: no leader found within %1 s: %2")
                   .arg(double(m_timeout.count()) / 1000.0)
                   .arg(why)
            << Qt::endl;
        finish(NoLeader);
    });
    session.open(url.hosts, std::chrono::seconds(10), url.user, url.password);
    loop.exec();
    session.close();
    return code;
}
