#pragma once

#include "TestEnvironment.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// The shared Marathon fixtures (../shared/fixtures/marathon) as the conformance tests walk them.
namespace MarathonFixtures {

inline QString dir() {
    return TestEnvironment::fixturesDir() + QStringLiteral("/marathon/");
}

inline QByteArray read(const QString& relative) {
    QFile f(dir() + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every single app definition: the REST docs' and clients' examples, the early examples and the
// system tests' apps (relative paths).
inline QStringList appDefinitionFiles() {
    QStringList files{QStringLiteral("examples/app.json"), QStringLiteral("examples/app_patch.json"),
                      QStringLiteral("articles/app-simple.json"),
                      QStringLiteral("go-marathon/TestApplicationString-output.json"),
                      QStringLiteral("marathon-ui/minimalAppFullConfig.json")};
    for (const QString& sub : {QStringLiteral("legacy-examples"), QStringLiteral("system-tests/apps")})
        for (const QString& name : QDir(dir() + sub).entryList({QStringLiteral("*.json")}, QDir::Files))
            files << sub + u'/' + name;
    return files;
}

// go-marathon's methods.yml: "- uri:", "  method:", "  content: |" and the body indented by four.
struct CannedAnswer {
    QString uri;
    QString method;
    QByteArray body; // empty when the entry has none
};

inline QList<CannedAnswer> goMarathonAnswers() {
    const QString yml = QString::fromUtf8(read(QStringLiteral("go-marathon/methods.yml")));
    static const QRegularExpression entry(
        QStringLiteral(R"(^- uri: (\S+)\n  method: (\w+)\n(?:  content: \|\n((?:    .*\n|\s*\n)*))?)"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression indent(QStringLiteral("^    "), QRegularExpression::MultilineOption);
    QList<CannedAnswer> out;
    for (auto it = entry.globalMatch(yml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString body = m.captured(3);
        if (body.trimmed().isEmpty())
            body.clear();
        body.replace(indent, QString());
        out << CannedAnswer{m.captured(1), m.captured(2), body.toUtf8()};
    }
    return out;
}

} // namespace MarathonFixtures
