#include "ZkStatusCommand.h"

#include "ZkEnsembleModel.h"
#include "core/Settings.h"
#include "zookeeper/ZkEnsembleMonitor.h"

#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

ZkStatusCommand::ZkStatusCommand(const ZkUrl& url, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent), m_url(url), m_timeout(timeout) {}

int ZkStatusCommand::exec(QTextStream& out) {
    const ZkUrl& url = m_url;
    ZkEnsembleMonitor monitor;
    monitor.setAdminPort(Settings::ZkAdminPort.get());
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
