#include "ZkServerReport.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace {
std::optional<qint64> integer(const QByteArray& text) {
    bool ok = false;
    const QByteArray t = text.trimmed();
    const qint64 value = t.startsWith("0x") ? t.mid(2).toLongLong(&ok, 16) : t.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<double> real(const QByteArray& text) {
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// "3.8.0-${mvngit.commit.id}, built on ..." -> "3.8.0"
QString versionOf(const QByteArray& text) {
    static const QRegularExpression number(QStringLiteral("^\\s*(\\d+\\.\\d+\\.\\d+)"));
    const QRegularExpressionMatch match = number.match(QString::fromUtf8(text));
    return match.hasMatch() ? match.captured(1) : QString();
}
} // namespace

ZkServerReport::Reply ZkServerReport::classify(const QByteArray& reply) {
    if (reply.trimmed().isEmpty())
        return Reply::Empty;
    if (reply.contains("is not executed because it is not in the whitelist"))
        return Reply::NotWhitelisted;
    if (reply.contains("not currently serving requests"))
        return Reply::NotServing;
    return Reply::Content;
}

bool ZkServerReport::applySrvr(const QByteArray& reply) {
    bool sawMode = false;
    for (const QByteArray& raw : reply.split('\n')) {
        const qsizetype colon = raw.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = raw.left(colon).trimmed();
        const QByteArray value = raw.mid(colon + 1).trimmed();
        if (key == "Zookeeper version") {
            version = versionOf(value);
        } else if (key == "Latency min/avg/max") {
            const QList<QByteArray> parts = value.split('/');
            // All three or none: a half-read line must not show an average without its range.
            if (parts.size() == 3) {
                const auto low = real(parts.at(0));
                const auto average = real(parts.at(1));
                const auto high = real(parts.at(2));
                if (low && average && high) {
                    latencyMin = low;
                    latencyAvg = average;
                    latencyMax = high;
                }
            }
        } else if (key == "Connections") {
            connections = integer(value);
        } else if (key == "Outstanding") {
            outstanding = integer(value);
        } else if (key == "Zxid") {
            zxid = integer(value);
        } else if (key == "Mode") {
            mode = QString::fromUtf8(value);
            sawMode = !mode.isEmpty();
        } else if (key == "Node count") {
            nodeCount = integer(value);
        }
    }
    return sawMode;
}

bool ZkServerReport::applyMntr(const QByteArray& reply) {
    bool any = false;
    for (const QByteArray& raw : reply.split('\n')) {
        const qsizetype tab = raw.indexOf('\t');
        if (tab < 0)
            continue;
        const QByteArray key = raw.left(tab).trimmed();
        const QByteArray value = raw.mid(tab + 1).trimmed();
        any = true;
        if (key == "zk_watch_count")
            watchCount = integer(value);
        else if (key == "zk_znode_count" && !nodeCount)
            nodeCount = integer(value);
        else if (key == "zk_outstanding_requests" && !outstanding)
            outstanding = integer(value);
        else if (key == "zk_num_alive_connections" && !connections)
            connections = integer(value);
        else if (key == "zk_server_state" && mode.isEmpty())
            mode = QString::fromUtf8(value);
        else if (key == "zk_version" && version.isEmpty())
            version = versionOf(value);
    }
    return any;
}

QString ZkServerReport::stateName(State state) {
    switch (state) {
    case State::Unknown:
        return QCoreApplication::translate("ZkServerReport", "asking…");
    case State::Serving:
        return QCoreApplication::translate("ZkServerReport", "serving");
    case State::NotServing:
        return QCoreApplication::translate("ZkServerReport", "not serving (no quorum)");
    case State::Disabled:
        return QCoreApplication::translate("ZkServerReport", "four-letter words disabled");
    case State::Unreachable:
        return QCoreApplication::translate("ZkServerReport", "unreachable");
    }
    return {};
}
