#include "MarathonDirectory.h"

#include "MarathonClient.h"
#include "MarathonInfo.h"
#include "MarathonSource.h"

namespace {
bool namedMarathon(const QString& name) { return name.contains(QLatin1String("marathon"), Qt::CaseInsensitive); }
} // namespace

MarathonDirectory::MarathonDirectory(HttpTransport* transport, MarathonSource* source, QObject* parent)
    : QObject(parent), m_transport(transport), m_source(source) {}

QString MarathonDirectory::label(const Entry& entry) {
    return tr("%1 — %2 — %3").arg(entry.name.isEmpty() ? tr("(unnamed)") : entry.name, entry.frameworkId,
                                 entry.url.toDisplayString(QUrl::RemoveUserInfo));
}

void MarathonDirectory::setFrameworks(const QList<Framework>& frameworks) {
    m_frameworks.clear();
    for (const Framework& f : frameworks)
        if (f.active && !f.webuiUrl.isEmpty())
            m_frameworks << f;
    std::sort(m_frameworks.begin(), m_frameworks.end(), [](const Framework& a, const Framework& b) {
        return std::pair(a.name, a.id) < std::pair(b.name, b.id);
    });
    for (const Framework& f : std::as_const(m_frameworks)) {
        const auto known = m_probes.constFind(f.id);
        if (known == m_probes.cend() || known->url != f.webuiUrl) // new, or a new leader registered
            probe(f);
    }
    rebuild();
}

void MarathonDirectory::probe(const Framework& framework) {
    m_probes.insert(framework.id, {framework.webuiUrl, Probe::State::Pending, {}});
    // Any framework with a web UI may be a Marathon under another name: its /v2/info says.
    auto* client = new MarathonClient(m_transport, this);
    client->setBaseUrl(QUrl(framework.webuiUrl));
    client->info(this, [this, client, framework](const ApiError& error, const MarathonInfo& info) {
        client->deleteLater();
        auto it = m_probes.find(framework.id);
        if (it == m_probes.end() || it->url != framework.webuiUrl)
            return; // superseded by a newer webui_url
        if (error.isError())
            it->state = error.httpStatus == 0 ? Probe::State::Unreachable : Probe::State::NotMarathon;
        else
            it->state = info.frameworkId == framework.id ? Probe::State::Marathon : Probe::State::NotMarathon;
        it->leader = (!error.isError() && !info.elected) ? info.leader : QString();
        rebuild();
    });
}

void MarathonDirectory::rebuild() {
    QList<Entry> entries;
    for (const Framework& f : std::as_const(m_frameworks)) {
        const Probe probe = m_probes.value(f.id);
        // Until the probe answers (or when it cannot), the default name is evidence enough.
        const bool marathon = probe.state == Probe::State::Marathon
                           || (probe.state != Probe::State::NotMarathon && namedMarathon(f.name));
        if (!marathon)
            continue;
        QUrl url(f.webuiUrl);
        if (!probe.leader.isEmpty()) // asked a standby: go to the leader it names
            url = QUrl(url.scheme() + QStringLiteral("://") + probe.leader);
        entries << Entry{f.id, f.name, url, probe.state == Probe::State::Marathon};
    }
    if (entries != m_entries) {
        m_entries = entries;
        emit entriesChanged();
    }
    apply();
}

void MarathonDirectory::setZooKeeperLeader(const QString& hostPort) {
    m_zkLeader = hostPort;
    m_zkReported = true;
    apply();
}

void MarathonDirectory::setFixedUrl(const QUrl& url) {
    m_fixed = url;
    apply();
}

void MarathonDirectory::pick(const QString& frameworkId) {
    m_picked = frameworkId;
    apply();
}

void MarathonDirectory::apply() {
    if (!m_fixed.isEmpty())
        return m_source->setMarathonUrl(m_fixed);
    if (!m_picked.isEmpty()) {
        for (const Entry& e : std::as_const(m_entries))
            if (e.frameworkId == m_picked)
                return m_source->setMarathonUrl(e.url);
        return; // it may come back (re-registration); keep talking to the last URL
    }
    if (!m_zkLeader.isEmpty())
        return m_source->setLeaderHostPort(m_zkLeader);
    if (!m_entries.isEmpty()) {
        // Prefer the conventional name, so Marathon-on-Marathon opens on the outer one.
        auto best = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [](const Entry& e) { return e.name == QLatin1String("marathon"); });
        return m_source->setMarathonUrl((best != m_entries.cend() ? *best : m_entries.first()).url);
    }
    if (m_zkReported)
        m_source->setLeaderHostPort({}); // says that none leads; keeps the last URL
}
