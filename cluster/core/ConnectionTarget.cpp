#include "ConnectionTarget.h"

#include <QCoreApplication>

QString ConnectionTarget::toDisplayString() const {
    switch (kind) {
    case Kind::ZooKeeper:
        return zk.toDisplayString();
    case Kind::Master:
        return master.toString(QUrl::RemoveUserInfo);
    case Kind::Invalid:
        break;
    }
    return {};
}

ConnectionTarget ConnectionTarget::parse(const QString& input, QString* error) {
    const QString text = input.trimmed();
    ConnectionTarget target;
    if (text.startsWith(QLatin1String("zk://"), Qt::CaseInsensitive)) {
        target.zk = ZkUrl::parse(text, error);
        if (target.zk.isValid())
            target.kind = Kind::ZooKeeper;
        return target;
    }
    const QUrl url = QUrl::fromUserInput(text);
    const QString scheme = url.scheme().toLower();
    if (text.isEmpty() || !url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        if (error)
            *error = QCoreApplication::translate("ConnectionTarget",
                                                 "enter a ZooKeeper URL (zk://host:2181/mesos) or a master URL "
                                                 "(http://host:5050)");
        return target;
    }
    target.master.setScheme(scheme);
    target.master.setHost(url.host());
    target.master.setPort(url.port(5050));
    target.kind = Kind::Master;
    return target;
}
