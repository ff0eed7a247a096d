#include "ZkUrl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

namespace {
bool fail(QString* error, const QString& message) {
    if (error)
        *error = message;
    return false;
}

// One "host[:port]" or "[v6]:port" entry; normalises it into out.
bool parseHost(const QString& entry, QString* out, QString* error) {
    if (entry.isEmpty())
        return fail(error, ZkUrl::tr("empty host in the host list"));
    QString host;
    QString portText;
    if (entry.startsWith(u'[')) {
        const qsizetype close = entry.indexOf(u']');
        if (close < 0)
            return fail(error, ZkUrl::tr("unclosed '[' in host \"%1\"").arg(entry));
        host = entry.mid(1, close - 1);
        const QString rest = entry.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return fail(error, ZkUrl::tr("unexpected text after ']' in host \"%1\"").arg(entry));
            portText = rest.mid(1);
        }
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(error, ZkUrl::tr("\"%1\" in brackets is not an IPv6 address").arg(host));
    } else {
        const qsizetype colon = entry.indexOf(u':');
        if (colon >= 0) {
            if (entry.indexOf(u':', colon + 1) >= 0)
                return fail(error, ZkUrl::tr("IPv6 address \"%1\" must be written in brackets").arg(entry));
            host = entry.left(colon);
            portText = entry.mid(colon + 1);
        } else {
            host = entry;
        }
        if (host.isEmpty())
            return fail(error, ZkUrl::tr("missing host name before ':%1'").arg(portText));
        for (const QChar c : std::as_const(host)) {
            if (!(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_'))
                return fail(error, ZkUrl::tr("invalid character '%1' in host \"%2\"").arg(c).arg(host));
        }
    }
    int port = ZkUrl::DefaultPort;
    if (entry.contains(u':') && !entry.startsWith(u'[') && portText.isEmpty())
        return fail(error, ZkUrl::tr("missing port after ':' in \"%1\"").arg(entry));
    if (!portText.isEmpty()) {
        bool ok = false;
        port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(error, ZkUrl::tr("invalid port \"%1\" (expected 1-65535)").arg(portText));
    }
    const QString hostPart = entry.startsWith(u'[') ? u'[' + host + u']' : host;
    *out = hostPart + u':' + QString::number(port);
    return true;
}
} // namespace

QString ZkUrl::toDisplayString() const {
    if (!isValid())
        return {};
    QString text = QStringLiteral("zk://");
    if (hasCredentials())
        text += user + QStringLiteral("@");
    return text + hosts + path;
}

bool ZkUrl::isSecureScheme(const QString& scheme) {
    const QString lower = scheme.toLower();
    return lower == QLatin1String("zks") || lower == QLatin1String("zk+tls") ||
           lower == QLatin1String("zk+ssl");
}

namespace {
QString tlsUnsupported() {
    return ZkUrl::tr(
        "ZooKeeper over TLS is not supported by this build: its ZooKeeper C client (Debian's 3.8) has no "
        "TLS. "
        "Use the ensemble's plain client port, with digest credentials (zk://user:password@host:2181/path) "
        "if it needs them.");
}

QString saslUnsupported() {
    return ZkUrl::tr(
        "ZooKeeper SASL (Kerberos) authentication is not supported by this build: its ZooKeeper C client "
        "(Debian's 3.8) has no SASL. Digest credentials (zk://user:password@host:2181/path) work.");
}

// A query after the path: only TLS and SASL are asked for that way, and neither is available.
bool checkQuery(const QString& query, QString* error) {
    for (const QString& item : query.split(u'&', Qt::SkipEmptyParts)) {
        const QString key = item.section(u'=', 0, 0).toLower();
        const QString value = item.section(u'=', 1).toLower();
        if (key == QLatin1String("tls") || key == QLatin1String("ssl") || key == QLatin1String("secure"))
            return fail(error, tlsUnsupported());
        if (key == QLatin1String("sasl") || key == QLatin1String("kerberos") ||
            (key == QLatin1String("auth") &&
             (value == QLatin1String("sasl") || value == QLatin1String("kerberos"))))
            return fail(error, saslUnsupported());
        return fail(error, ZkUrl::tr("unknown ZooKeeper URL option \"%1\"").arg(item));
    }
    return true;
}
} // namespace

ZkUrl ZkUrl::parse(const QString& input, QString* error) {
    QString text = input.trimmed();
    static const QString scheme = QStringLiteral("zk://");
    if (text.isEmpty()) {
        fail(error, ZkUrl::tr("the ZooKeeper URL is empty"));
        return {};
    }
    if (const qsizetype end = text.indexOf(QLatin1String("://")); end > 0 && isSecureScheme(text.left(end))) {
        fail(error, tlsUnsupported());
        return {};
    }
    if (const qsizetype question = text.indexOf(u'?'); question >= 0) {
        if (!checkQuery(text.mid(question + 1), error))
            return {};
        text.truncate(question); // an empty "?"
    }
    if (!text.startsWith(scheme, Qt::CaseInsensitive)) {
        fail(error, ZkUrl::tr("a ZooKeeper URL starts with zk://, e.g. zk://host1:2181,host2:2181/mesos"));
        return {};
    }
    QString rest = text.mid(scheme.size());
    const qsizetype slash = rest.indexOf(u'/');
    QString authority = slash < 0 ? rest : rest.left(slash);
    const QString path = slash < 0 ? QString() : rest.mid(slash);

    ZkUrl url;
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const QString credentials = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = credentials.indexOf(u':');
        if (colon == 0 || credentials.isEmpty()) {
            fail(error, ZkUrl::tr("credentials must be written as user:password@"));
            return {};
        }
        // "user@" alone is what the recent list keeps: the password is in the keychain.
        url.user = colon < 0 ? credentials : credentials.left(colon);
        url.password = colon < 0 ? QString() : credentials.mid(colon + 1);
        if (colon > 0 && url.password.isEmpty()) {
            fail(error, ZkUrl::tr("the password after \"%1:\" is empty").arg(url.user));
            return {};
        }
    }
    if (authority.isEmpty()) {
        fail(error, ZkUrl::tr("no ZooKeeper host is given"));
        return {};
    }
    QStringList hosts;
    for (const QString& entry : authority.split(u',')) {
        QString normalised;
        if (!parseHost(entry.trimmed(), &normalised, error))
            return {};
        hosts << normalised;
    }
    if (path.isEmpty() || path == QStringLiteral("/")) {
        fail(error, ZkUrl::tr("the URL has no znode path, e.g. zk://%1/mesos").arg(authority));
        return {};
    }
    QString cleanPath = path;
    if (cleanPath.endsWith(u'/'))
        cleanPath.chop(1);
    for (const QString& segment : cleanPath.mid(1).split(u'/')) {
        if (segment.isEmpty() || segment == QStringLiteral(".") || segment == QStringLiteral("..")) {
            fail(error, ZkUrl::tr("invalid znode path \"%1\"").arg(path));
            return {};
        }
        for (const QChar c : segment) {
            if (c.unicode() < 0x20 || c == u'?' || c == u'#') {
                fail(error, ZkUrl::tr("invalid character in znode path \"%1\"").arg(path));
                return {};
            }
        }
        // Spaces at the ends of a name are invisible in a URL and lost to trimming: almost surely a typo.
        if (segment.front().isSpace() || segment.back().isSpace()) {
            fail(error, ZkUrl::tr("a znode name in \"%1\" begins or ends with a space").arg(path));
            return {};
        }
    }
    url.hosts = hosts.join(u',');
    url.path = cleanPath;
    return url;
}
