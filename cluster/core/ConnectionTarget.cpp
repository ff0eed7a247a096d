#include "ConnectionTarget.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace {
ConnectionTarget refuse(QString* error, const QString& reason) {
    if (error)
        *error = reason;
    return {};
}

// A host name (RFC 1123 labels; underscores too, as some internal DNS has them), a dotted
// quad, or a bracketed IPv6 address.
bool isHost(const QString& host) {
    static const QRegularExpression name(
        QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?"
                       "(\\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)*\\.?$"));
    static const QRegularExpression ipv6(QStringLiteral("^\\[[0-9A-Fa-f:.]+\\]$"));
    // "[:80]" has the shape of a bracketed address but is none: only a real IPv6 address passes.
    if (ipv6.match(host).hasMatch())
        return QHostAddress(host.mid(1, host.size() - 2)).protocol() == QAbstractSocket::IPv6Protocol;
    // DNS limits: a label of at most 63 characters, a name of at most 253. QUrl takes a longer one
    // here and loses it on the way to text, so the shown URL would not open the same master.
    if (!name.match(host).hasMatch() || host.size() > 253)
        return false;
    const QStringList labels = host.split(u'.');
    return std::all_of(labels.cbegin(), labels.cend(), [](const QString& label) { return label.size() <= 63; });
}
} // namespace

QString ConnectionTarget::toDisplayString() const {
    switch (kind) {
    case Kind::ZooKeeper:
        return zk.toDisplayString();
    case Kind::Master: {
        if (masterUser.isEmpty())
            return master.toString(QUrl::RemoveUserInfo);
        QUrl shown = master;
        shown.setUserName(masterUser);
        return shown.toString(QUrl::RemovePassword);
    }
    case Kind::Invalid:
        break;
    }
    return {};
}

void ConnectionTarget::setPassword(const QString& password) {
    if (kind == Kind::ZooKeeper)
        zk.password = password;
    else
        masterPassword = password;
}

bool ConnectionTarget::sameCluster(const ConnectionTarget& other) const {
    return isValid() && kind == other.kind && toDisplayString() == other.toDisplayString() &&
           discoveredHttps == other.discoveredHttps;
}

ConnectionTarget ConnectionTarget::parse(const QString& input, QString* error) {
    const QString text = input.trimmed();
    if (text.isEmpty())
        return refuse(error,
                      ConnectionTarget::tr(
                          "enter a ZooKeeper URL (zk://host:2181/mesos) or a master URL (http://host:5050)"));
    if (text.contains(QRegularExpression(QStringLiteral("\\s"))))
        return refuse(error, ConnectionTarget::tr("a URL has no spaces"));
    ConnectionTarget target;
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    QString scheme = QStringLiteral("http");
    QString rest = text;
    if (schemeEnd >= 0) {
        scheme = text.left(schemeEnd).toLower();
        rest = text.mid(schemeEnd + 3);
        if (scheme == QLatin1String("zk") || ZkUrl::isSecureScheme(scheme)) {
            target.zk = ZkUrl::parse(text, error);
            if (target.zk.isValid())
                target.kind = Kind::ZooKeeper;
            return target;
        }
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            return refuse(error,
                          ConnectionTarget::tr(
                              "\"%1://\" is not a scheme MesosDesk speaks: use zk://, http:// or https://")
                              .arg(text.left(schemeEnd)));
    } else {
        // "http//m:5050", "http:/m:5050", "zk:/h:2181/mesos": a scheme with its "://" mistyped.
        static const QRegularExpression mistyped(QStringLiteral("^(https?|zk)(:/?|//?)(?!/)(.+)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = mistyped.match(text);
        if (m.hasMatch() && (m.captured(2) != u":" || !m.captured(3).front().isDigit()))
            return refuse(error, ConnectionTarget::tr("\"%1\" is not a URL; did you mean \"%2://%3\"?")
                                     .arg(text, m.captured(1).toLower(), m.captured(3)));
    }
    // Only "/" or a web UI route ("/#/agents") may follow the authority: anything else is a
    // page, not a master, and dropping it silently would connect to something not asked for.
    const qsizetype authorityEnd = rest.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
    const QString authority = authorityEnd < 0 ? rest : rest.left(authorityEnd);
    const QString tail = authorityEnd < 0 ? QString() : rest.mid(authorityEnd);
    if (!tail.isEmpty() && tail != u"/" && !tail.startsWith(u'#') && !tail.startsWith(QLatin1String("/#")))
        return refuse(error,
                      ConnectionTarget::tr("a master URL is only http://host:port; remove \"%1\"").arg(tail));
    // user[:password]@ is taken for the masters' HTTP Basic; the password is then moved to the keychain.
    const qsizetype at = authority.lastIndexOf(u'@');
    const QString credentials = at < 0 ? QString() : authority.left(at);
    if (at >= 0 && (credentials.isEmpty() || credentials.startsWith(u':')))
        return refuse(error,
                      ConnectionTarget::tr("a user name goes before \"@\": http://user:password@host:port"));
    if (at >= 0) {
        const qsizetype colon = credentials.indexOf(u':');
        target.masterUser =
            QUrl::fromPercentEncoding((colon < 0 ? credentials : credentials.left(colon)).toUtf8());
        target.masterPassword =
            colon < 0 ? QString() : QUrl::fromPercentEncoding(credentials.mid(colon + 1).toUtf8());
    }
    const QString hostPort = at < 0 ? authority : authority.mid(at + 1);
    QString host = hostPort;
    QString portText;
    const qsizetype closeBracket = hostPort.lastIndexOf(u']');
    const qsizetype colon = hostPort.lastIndexOf(u':');
    if (colon > closeBracket) {
        host = hostPort.left(colon);
        portText = hostPort.mid(colon + 1);
        if (portText.isEmpty())
            return refuse(error, ConnectionTarget::tr("the port after \"%1:\" is missing").arg(host));
    }
    if (host.isEmpty())
        return refuse(error, ConnectionTarget::tr("the master URL names no host"));
    if (!isHost(host))
        return refuse(error, ConnectionTarget::tr("\"%1\" is not a host name or address").arg(host));
    int port = 5050;
    if (!portText.isEmpty()) {
        bool ok = false;
        port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535 || !portText.front().isDigit())
            return refuse(error,
                          ConnectionTarget::tr("port \"%1\" is not a number from 1 to 65535").arg(portText));
    }
    target.master.setScheme(scheme);
    target.master.setHost(host.startsWith(u'[') ? host.mid(1, host.size() - 2) : host);
    target.master.setPort(port);
    if (!target.master.isValid())
        return refuse(error, ConnectionTarget::tr("\"%1\" is not a host name or address").arg(host));
    target.kind = Kind::Master;
    return target;
}
