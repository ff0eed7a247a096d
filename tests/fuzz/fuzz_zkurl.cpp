// Fuzz target: ZooKeeper URLs and connection targets.
#include "core/ConnectionTarget.h"
#include "zookeeper/ZkUrl.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const ZkUrl url = ZkUrl::parse(text, &error);
    if (url.isValid()) {
        // A valid URL re-parses to itself (without the password, the display form must be valid too).
        const ZkUrl again = ZkUrl::parse(url.toDisplayString(), &error);
        if (!url.hasCredentials() && (again.hosts != url.hosts || again.path != url.path))
            std::abort();
        if (!url.path.startsWith(u'/') || url.hosts.isEmpty())
            std::abort();
    } else if (error.isEmpty()) {
        std::abort(); // every rejection says why
    }
    error.clear();
    const ConnectionTarget target = ConnectionTarget::parse(text, &error);
    if (target.isValid()) {
        // What is shown (and stored in the recent list) opens the same cluster again, and never
        // carries the password.
        QString again;
        const ConnectionTarget shown = ConnectionTarget::parse(target.toDisplayString(), &again);
        // (With credentials the shown form is "zk://user@..." and needs the password from elsewhere.)
        if (!target.zk.hasCredentials() && (!shown.isValid() || !shown.sameCluster(target)))
            std::abort();
        // (The password may equal the user, a host name or part of the path, so look for it where
        // a password sits: in the authority, before the path.)
        const QString display = target.toDisplayString();
        const qsizetype authorityStart = display.indexOf(QLatin1String("://"));
        const qsizetype pathStart = display.indexOf(u'/', authorityStart < 0 ? 0 : authorityStart + 3);
        const QString authority = display.mid(0, pathStart < 0 ? display.size() : pathStart);
        if (!target.zk.password.isEmpty()
            && (!shown.zk.password.isEmpty() || authority.contains(u':' + target.zk.password + u'@')))
            std::abort();
    } else if (error.isEmpty()) {
        std::abort(); // every rejection says why
    }
    return 0;
}
