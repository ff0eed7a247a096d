// The catalogues are current and complete: lupdate, run over today's sources into a copy of each
// .ts file, must leave no message unfinished (German and French whole, English its plural forms),
// every translation keeps its source's placeholders, and the catalogues built into the app load.
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or the numerus forms
};

QList<Message> readCatalogue(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!current.numerus)
                current.translations = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

QString sourceDir(const QString& part) {
    return QStringLiteral(MESOSDESK_SOURCE_DIR "/") + part;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void cataloguesAreCurrentAndComplete_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("pluralOnly");
        QTest::newRow("de") << QStringLiteral("de") << false;
        QTest::newRow("fr") << QStringLiteral("fr") << false;
        QTest::newRow("en") << QStringLiteral("en") << true;
    }

    void cataloguesAreCurrentAndComplete() {
        QFETCH(QString, language);
        QFETCH(bool, pluralOnly);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString name = QStringLiteral("mesosdesk_%1.ts").arg(language);
        const QString copy = dir.filePath(name);
        QVERIFY(QFile::copy(sourceDir(QStringLiteral("translations/")) + name, copy));

        // The same scan as the update_translations target: every library's sources.
        QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};
        if (pluralOnly)
            arguments << QStringLiteral("-pluralonly");
        for (const char* part : {"cluster", "models", "widgets", "app"})
            arguments << sourceDir(QLatin1String(part));
        arguments << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(MESOSDESK_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish within 2 minutes");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());

        QString error;
        const QList<Message> messages = readCatalogue(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());

        QStringList problems;
        for (const Message& m : std::as_const(messages)) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            if (m.unfinished || m.translations.isEmpty()
                || std::any_of(m.translations.cbegin(), m.translations.cend(),
                               [](const QString& t) { return t.isEmpty(); })) {
                problems << QStringLiteral("unfinished ") + where;
                continue;
            }
            if (m.numerus && m.translations.size() != 2)
                problems << QStringLiteral("%1 plural forms, 2 expected: ").arg(m.translations.size()) + where;
            // Every form keeps %n too: French uses its first form for 0 as well as 1.
            for (const QString& t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ in \"%1\": ").arg(t) + where;
            }
        }
        if (!problems.isEmpty()) {
            const int shown = std::min<int>(int(problems.size()), 40);
            QFAIL(qPrintable(QStringLiteral("%1 in %2 (run the update_translations target, then translate):\n")
                                 .arg(problems.size())
                                 .arg(name)
                             + problems.mid(0, shown).join(QLatin1Char('\n'))));
        }
    }

    // The catalogues built into the app load, and so do Qt's own for its dialogs' buttons.
    void builtCataloguesLoad_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void builtCataloguesLoad() {
        QFETCH(QString, language);
        QTranslator own;
        QVERIFY2(own.load(QLocale(language), QStringLiteral("mesosdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")),
                 qPrintable(language));
        QString error;
        const QList<Message> messages =
            readCatalogue(sourceDir(QStringLiteral("translations/mesosdesk_%1.ts").arg(language)), &error);
        int checked = 0;
        for (const Message& m : messages) {
            if (m.unfinished || m.translations.value(0).isEmpty() || m.translations.value(0) == m.source)
                continue;
            QCOMPARE(own.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData()),
                     m.translations.first());
            if (++checked == 20)
                break;
        }
        QVERIFY2(checked > 0, "no translated message to look up");
        QTranslator qt;
        QVERIFY2(qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 "Qt's own catalogue (qt6-translations-l10n) is missing");
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
