#include "ZkEnsembleMonitor.h"

#include "ZkFourLetterClient.h"

#include <QCoreApplication>

ZkEnsembleMonitor::ZkEnsembleMonitor(QObject* parent) : QObject(parent) {
    // Every 5 s: often enough to see a server go, rare enough to cost the ensemble nothing.
    m_timer.setInterval(std::chrono::seconds(5));
    connect(&m_timer, &QTimer::timeout, this, &ZkEnsembleMonitor::refresh);
}

QStringList ZkEnsembleMonitor::serversOf(const QString& hosts) {
    QString list = hosts;
    if (const qsizetype slash = list.indexOf(u'/'); slash >= 0)
        list.truncate(slash); // "h1:2181,h2:2181/chroot"
    QStringList servers;
    for (const QString& raw : list.split(u',', Qt::SkipEmptyParts)) {
        const QString server = raw.trimmed();
        if (server.isEmpty())
            continue;
        const bool bracketed = server.startsWith(u'[');
        const bool hasPort = bracketed ? server.contains(QLatin1String("]:")) : server.contains(u':');
        servers << (hasPort ? server : server + QLatin1String(":2181"));
    }
    return servers;
}

void ZkEnsembleMonitor::setHosts(const QString& hosts) {
    m_hosts = hosts;
    ++m_generation;
    m_pending = 0;
    m_reports.clear();
    for (const QString& server : serversOf(hosts)) {
        ZkServerReport report;
        report.server = server;
        m_reports.append(report);
    }
    emit reportsChanged();
    if (m_timer.isActive())
        refresh();
}

void ZkEnsembleMonitor::setActive(bool active) {
    if (active == m_timer.isActive())
        return;
    if (active) {
        m_timer.start();
        refresh();
    } else {
        m_timer.stop();
    }
}

void ZkEnsembleMonitor::refresh() {
    if (m_pending > 0)
        return; // the last round is still out
    for (int row = 0; row < m_reports.size(); ++row)
        askServer(row);
}

void ZkEnsembleMonitor::askServer(int row) {
    const QString server = m_reports.at(row).server;
    const qsizetype colon = server.lastIndexOf(u':');
    QString host = server.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const quint16 port = quint16(server.mid(colon + 1).toUInt());
    const quint64 generation = m_generation;
    ++m_pending;
    ZkFourLetterClient::ask(host, port, "srvr", this, [=, this](const ZkFourLetterClient::Result& srvr) {
        if (generation != m_generation)
            return;
        ZkServerReport report;
        report.server = server;
        if (!srvr.connected) {
            --m_pending;
            report.state = ZkServerReport::State::Unreachable;
            report.error = srvr.error;
            return store(row, report);
        }
        switch (ZkServerReport::classify(srvr.reply)) {
        case ZkServerReport::Reply::NotServing:
            report.state = ZkServerReport::State::NotServing;
            report.error = QString::fromUtf8(srvr.reply).trimmed();
            --m_pending;
            return store(row, report);
        case ZkServerReport::Reply::NotWhitelisted:
            report.state = ZkServerReport::State::Disabled;
            report.error = QString::fromUtf8(srvr.reply).trimmed();
            --m_pending;
            return store(row, report);
        case ZkServerReport::Reply::Empty:
            report.state = ZkServerReport::State::Unreachable;
            report.error = srvr.error.isEmpty()
                               ? QCoreApplication::translate("ZkEnsembleMonitor", "closed without an answer")
                               : srvr.error;
            --m_pending;
            return store(row, report);
        case ZkServerReport::Reply::Content:
            break;
        }
        if (!report.applySrvr(srvr.reply)) {
            report.state = ZkServerReport::State::Unreachable;
            report.error = QCoreApplication::translate("ZkEnsembleMonitor", "an answer without a mode");
            --m_pending;
            return store(row, report);
        }
        report.state = ZkServerReport::State::Serving;
        // mntr adds the watch count where it is whitelisted; where it is not, that is said, not guessed.
        ZkFourLetterClient::ask(
            host, port, "mntr", this, [=, this](const ZkFourLetterClient::Result& mntr) mutable {
                if (generation != m_generation)
                    return;
                --m_pending;
                if (ZkServerReport::classify(mntr.reply) == ZkServerReport::Reply::NotWhitelisted)
                    report.mntrDisabled = true;
                else if (mntr.complete)
                    report.applyMntr(mntr.reply);
                store(row, report);
            });
    });
}

void ZkEnsembleMonitor::store(int row, const ZkServerReport& report) {
    if (row >= m_reports.size() || m_reports.at(row) == report)
        return;
    m_reports[row] = report;
    emit reportChanged(row);
}

int ZkEnsembleMonitor::servingCount() const {
    int serving = 0;
    for (const ZkServerReport& report : m_reports)
        serving += report.state == ZkServerReport::State::Serving ? 1 : 0;
    return serving;
}

bool ZkEnsembleMonitor::hasQuorum() const {
    return !m_reports.isEmpty() && servingCount() * 2 > m_reports.size();
}

bool ZkEnsembleMonitor::isKnown() const {
    for (const ZkServerReport& report : m_reports) {
        if (report.state == ZkServerReport::State::Unknown)
            return false;
    }
    return !m_reports.isEmpty();
}
