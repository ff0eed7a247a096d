#include "MarathonLeaderDetector.h"

#include "core/Clock.h"
#include "zookeeper/ZkLeaderWatch.h"

namespace {
std::optional<qint64> parseDigits(const QString& digits) {
    if (digits.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

ZkLeaderWatch::MemberParser parserFor(std::optional<qint64> (*parse)(const QString&)) {
    return [parse](const QString& name) -> std::optional<ZkLeaderWatch::Member> {
        const std::optional<qint64> sequence = parse(name);
        if (!sequence)
            return std::nullopt;
        return ZkLeaderWatch::Member{*sequence, 0};
    };
}
} // namespace

std::optional<qint64> MarathonLeaderDetector::parseLatchMember(const QString& childName) {
    // Sort by the digits after "latch-", never by the whole name: the "_c_<uuid>-" prefix is random.
    static const QLatin1String marker("-latch-");
    const qsizetype at = childName.lastIndexOf(marker);
    if (at < 0)
        return std::nullopt;
    const QString digits = childName.mid(at + marker.size());
    for (const QChar c : digits) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    return parseDigits(digits);
}

std::optional<qint64> MarathonLeaderDetector::parseLegacyMember(const QString& childName) {
    static const QLatin1String prefix("member_");
    if (!childName.startsWith(prefix))
        return std::nullopt;
    // 1.3.x also writes the tombstone "member_-00000000" holding the leader for old readers.
    return parseDigits(childName.mid(prefix.size()));
}

MarathonLeaderDetector::MarathonLeaderDetector(ZkSession* session, const QString& basePath, QObject* parent)
    : QObject(parent) {
    m_curator = new ZkLeaderWatch(session, basePath + QStringLiteral("/leader-curator"),
                                  parserFor(&parseLatchMember), this);
    m_legacy = new ZkLeaderWatch(session, basePath + QStringLiteral("/leader"), parserFor(&parseLegacyMember), this);
    for (ZkLeaderWatch* watch : {m_curator, m_legacy}) {
        connect(watch, &ZkLeaderWatch::leaderChanged, this, &MarathonLeaderDetector::update);
        connect(watch, &ZkLeaderWatch::memberCountChanged, this,
                [this] { emit instanceCountChanged(instanceCount()); });
    }
    connect(m_curator, &ZkLeaderWatch::problem, this, &MarathonLeaderDetector::problemChanged);
}

void MarathonLeaderDetector::start() {
    m_curator->start();
    m_legacy->start();
}

int MarathonLeaderDetector::instanceCount() const {
    return m_curator->memberCount() > 0 ? m_curator->memberCount() : m_legacy->memberCount();
}

void MarathonLeaderDetector::update() {
    const ZkLeaderWatch* source = m_curator->hasLeader() ? m_curator : m_legacy;
    const QString leader = QString::fromUtf8(source->leaderData()).trimmed();
    if (leader == m_leader)
        return;
    m_leader = leader;
    m_since = leader.isEmpty() ? QDateTime() : Clock::currentDateTimeUtc();
    emit leaderChanged(leader);
}
