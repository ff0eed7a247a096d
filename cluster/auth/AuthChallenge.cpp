#include "AuthChallenge.h"

bool AuthChallenge::wantsToken() const {
    return scheme == QLatin1String("acsjwt") || scheme == QLatin1String("token") ||
           scheme == QLatin1String("bearer");
}

AuthChallenge AuthChallenge::parse(const QByteArray& header) {
    AuthChallenge challenge;
    const QString text = QString::fromUtf8(header).trimmed();
    if (text.isEmpty())
        return challenge;
    const qsizetype space = text.indexOf(u' ');
    challenge.scheme = (space < 0 ? text : text.left(space)).toLower();
    if (challenge.scheme.endsWith(u','))
        challenge.scheme.chop(1);
    // realm="..." (quoted, backslash escapes) or realm=token, case-insensitive name.
    const qsizetype at = text.indexOf(QLatin1String("realm="), 0, Qt::CaseInsensitive);
    if (at < 0)
        return challenge;
    qsizetype i = at + 6;
    if (i < text.size() && text.at(i) == u'"') {
        for (++i; i < text.size() && text.at(i) != u'"'; ++i) {
            if (text.at(i) == u'\\' && i + 1 < text.size())
                ++i;
            challenge.realm += text.at(i);
        }
    } else {
        for (; i < text.size() && text.at(i) != u',' && !text.at(i).isSpace(); ++i)
            challenge.realm += text.at(i);
    }
    return challenge;
}
