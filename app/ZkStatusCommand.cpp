#include "ZkStatusCommand.h"

#include "ZkEnsembleModel.h"
#include "zookeeper/ZkEnsembleMonitor.h"
#include "zookeeper/ZkUrl.h"

#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

ZkStatusCommand::ZkStatusCommand(const QString& url, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent), m_url(url), m_timeout(timeout) {}

int ZkStatusCommand::exec(QTextStream& out, QTextStream& err) {
    // The path is optional here (only the servers are asked); ZkUrl wants one, so a URL
    // without it is checked as if it named ZooKeeper's own node.
    QString text = m_url;
    const qsizetype authority = text.startsWith(QLatin1String("zk://")) ? 5 : 0;
    if (text.indexOf(u'/', authority) < 0)
        text += QLatin1String("/zookeeper");
    QString error;
    const ZkUrl url = ZkUrl::parse(text, &error);
    if (!url.isValid()) {
        err << tr("mesosdesk: invalid ZooKeeper URL \"%1\": %2").arg(m_url, error) << Qt::endl;
        return BadUrl;
    }
    ZkEnsembleMonitor monitor;
    monitor.setHosts(url.hosts);
    QEventLoop loop;
    connect(&monitor, &ZkEnsembleMonitor::reportChanged, &loop, [&] {
        if (monitor.isKnown() && !monitor.isActive())
            loop.quit();
    });
    // Every server has its own answer timeout (3 s); this only bounds the whole.
    QTimer::singleShot(m_timeout, &loop, &QEventLoop::quit);
    monitor.refresh();
    if (!monitor.isKnown() || monitor.isActive())
        loop.exec();
    for (const ZkServerReport& report : monitor.reports()) {
        if (report.state == ZkServerReport::State::Serving) {
            const QString zxid =
                report.zxid ? QStringLiteral("0x%1").arg(*report.zxid, 0, 16) : tr("unknown");
            QString latency = ZkEnsembleModel::latencyText(report);
            latency.remove(u' ');
            out << report.server << u' ' << report.mode << u' ' << zxid << u' '
                << (latency.isEmpty() ? tr("unknown") : latency) << Qt::endl;
        } else {
            QString line = report.server + u' ' + ZkServerReport::stateName(report.state);
            if (!report.error.isEmpty() && report.state == ZkServerReport::State::Unreachable)
                line += QStringLiteral(" (%1)").arg(report.error);
            out << line << Qt::endl;
        }
    }
    return monitor.hasQuorum() ? QuorumServes : NoQuorum;
}
