#include "MesosAgent.h"

#include <QStringList>

QString MesosAgent::attributesText() const {
    QStringList parts;
    parts.reserve(attributes.size());
    for (const auto& [name, value] : attributes)
        parts.append(name + u':' + value);
    return parts.join(QStringLiteral("; "));
}

QString MesosAgent::port() const {
    const qsizetype colon = pid.lastIndexOf(u':');
    return colon < 0 ? QString() : pid.mid(colon + 1);
}

QString MesosAgent::hostPort() const {
    const QString p = port();
    return p.isEmpty() ? hostname : hostname + u':' + p;
}

QString MesosAgent::shortId() const {
    return id.section(u'-', -1);
}
