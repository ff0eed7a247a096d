#include "MesosAgent.h"

#include <QStringList>

QString MesosAgent::attributesText() const {
    QStringList parts;
    parts.reserve(attributes.size());
    for (const auto& [name, value] : attributes)
        parts.append(name + u':' + value);
    return parts.join(QStringLiteral("; "));
}
