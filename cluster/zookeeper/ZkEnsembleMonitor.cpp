#include "ZkEnsembleMonitor.h"

#include "ZkAdminClient.h"
#include "ZkAdminParser.h"
#include "ZkFourLetterClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace {
QString hostOf(const QString& server) {
    QString host = server.left(server.lastIndexOf(u':'));
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    return host;
}
quint16 portOf(const QString& server) {
    return quint16(server.mid(server.lastIndexOf(u':') + 1).toUInt());
}
} // namespace

ZkEnsembleMonitor::ZkEnsembleMonitor(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)) {
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
    ++m_pending;
    ZkServerReport report;
    report.server = m_reports.at(row).server;
    if (m_adminPort <= 0)
        return askFourLetterWords(row, report);
    // One admin port per host: with two servers on one host, its answer could be the other's.
    const QString host = hostOf(report.server);
    for (const ZkServerReport& other : std::as_const(m_reports)) {
        if (other.server != report.server && hostOf(other.server) == host) {
            report.adminError = QCoreApplication::translate(
                "ZkEnsembleMonitor",
                "several servers on one host: one AdminServer port cannot tell them apart");
            return askFourLetterWords(row, report);
        }
    }
    const quint64 generation = m_generation;
    ZkAdminClient::get(
        m_network, host, quint16(m_adminPort), QStringLiteral("srvr"), this,
        [=, this](const ZkAdminClient::Result& srvr) mutable {
            if (generation != m_generation)
                return;
            const ZkAdminParser::Answer answer = ZkAdminParser::classify(srvr.body);
            if (answer.kind == ZkAdminParser::Kind::NotServing) {
                report.source = ZkServerReport::Source::AdminServer;
                report.state = ZkServerReport::State::NotServing;
                report.error = answer.error;
                return done(row, report);
            }
            if (answer.kind == ZkAdminParser::Kind::Content &&
                ZkAdminParser::applySrvr(report, answer.object)) {
                report.source = ZkServerReport::Source::AdminServer;
                report.state = ZkServerReport::State::Serving;
                return askMonitor(row, report);
            }
            // Not an AdminServer that answers srvr: the four-letter words, and the reason kept.
            if (!srvr.reached)
                report.adminError = srvr.error;
            else if (answer.kind == ZkAdminParser::Kind::NotJson)
                report.adminError =
                    QCoreApplication::translate("ZkEnsembleMonitor", "HTTP %1 without the AdminServer's JSON")
                        .arg(srvr.status);
            else
                report.adminError =
                    answer.error.isEmpty()
                        ? QCoreApplication::translate("ZkEnsembleMonitor", "an answer without a mode")
                        : answer.error;
            askFourLetterWords(row, report);
        });
}

void ZkEnsembleMonitor::askMonitor(int row, ZkServerReport report) {
    const quint64 generation = m_generation;
    // With quorum lost monitor answers HTTP 500 (an HTML page): then the watch count stays unknown.
    ZkAdminClient::get(m_network, hostOf(report.server), quint16(m_adminPort), QStringLiteral("monitor"),
                       this, [=, this](const ZkAdminClient::Result& monitor) mutable {
                           if (generation != m_generation)
                               return;
                           const ZkAdminParser::Answer answer = ZkAdminParser::classify(monitor.body);
                           if (answer.kind == ZkAdminParser::Kind::Content)
                               ZkAdminParser::applyMonitor(report, answer.object);
                           done(row, report);
                       });
}

void ZkEnsembleMonitor::done(int row, const ZkServerReport& report) {
    --m_pending;
    store(row, report);
}

void ZkEnsembleMonitor::askFourLetterWords(int row, ZkServerReport report) {
    const QString host = hostOf(report.server);
    const quint16 port = portOf(report.server);
    const quint64 generation = m_generation;
    report.source = ZkServerReport::Source::FourLetterWords;
    ZkFourLetterClient::ask(
        host, port, "srvr", this, [=, this](const ZkFourLetterClient::Result& srvr) mutable {
            if (generation != m_generation)
                return;
            if (!srvr.connected) {
                report.state = ZkServerReport::State::Unreachable;
                report.error = srvr.error;
                return done(row, report);
            }
            switch (ZkServerReport::classify(srvr.reply)) {
            case ZkServerReport::Reply::NotServing:
                report.state = ZkServerReport::State::NotServing;
                report.error = QString::fromUtf8(srvr.reply).trimmed();
                return done(row, report);
            case ZkServerReport::Reply::NotWhitelisted:
                report.state = ZkServerReport::State::Disabled;
                report.error = QString::fromUtf8(srvr.reply).trimmed();
                return done(row, report);
            case ZkServerReport::Reply::Empty:
                report.state = ZkServerReport::State::Unreachable;
                report.error = srvr.error.isEmpty() ? QCoreApplication::translate("ZkEnsembleMonitor",
                                                                                  "closed without an answer")
                                                    : srvr.error;
                return done(row, report);
            case ZkServerReport::Reply::Content:
                break;
            }
            if (!report.applySrvr(srvr.reply)) {
                report.state = ZkServerReport::State::Unreachable;
                report.error = QCoreApplication::translate("ZkEnsembleMonitor", "an answer without a mode");
                return done(row, report);
            }
            report.state = ZkServerReport::State::Serving;
            // mntr adds the watch count where it is whitelisted; where it is not, that is said, not guessed.
            ZkFourLetterClient::ask(
                host, port, "mntr", this, [=, this](const ZkFourLetterClient::Result& mntr) mutable {
                    if (generation != m_generation)
                        return;
                    if (ZkServerReport::classify(mntr.reply) == ZkServerReport::Reply::NotWhitelisted)
                        report.mntrDisabled = true;
                    else if (mntr.complete)
                        report.applyMntr(mntr.reply);
                    done(row, report);
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
