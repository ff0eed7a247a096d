// Tests wait for conditions and signals, never for a span of time (#11): every .cpp and .h under
// tests/ is read, and a call of QTest::qWait, sleep, usleep, msleep, nanosleep, qSleep,
// sleep_for or sleep_until in code (not in a comment or a string) fails, named file:line. A use
// that is right (a measurement window) carries "// fixed-sleep-ok: <reason>" on its line; there
// may be at most MaxAllowed of them, so the exception stays one.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

namespace {
constexpr int MaxAllowed = 2;
const QLatin1String Marker("fixed-sleep-ok:");

// The line with comments and string and character literals blanked; inBlock carries a /* */
// comment over lines. Raw strings are not used in tests/ and not handled.
QString codeOf(const QString& line, bool* inBlock) {
    QString code;
    code.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
        if (*inBlock) {
            if (c == u'*' && next == u'/') {
                *inBlock = false;
                ++i;
            }
            code += u' ';
            continue;
        }
        if (c == u'/' && next == u'/')
            break;
        if (c == u'/' && next == u'*') {
            *inBlock = true;
            ++i;
            code += u' ';
            continue;
        }
        if (c == u'"' || c == u'\'') {
            code += c;
            for (++i; i < line.size() && line.at(i) != c; ++i) {
                if (line.at(i) == u'\\')
                    ++i;
                code += u' ';
            }
            code += c;
            continue;
        }
        code += c;
    }
    return code;
}

bool callsSleep(const QString& code) {
    static const QRegularExpression call(
        QStringLiteral(R"((\bqWait|sleep|\bqSleep|\bsleep_for|\bsleep_until)\s*\()"));
    return call.match(code).hasMatch();
}

// A marker with a reason after it.
bool allowed(const QString& line) {
    const qsizetype at = line.indexOf(Marker);
    return at >= 0 && !line.mid(at + Marker.size()).trimmed().isEmpty();
}

struct Finding {
    QStringList sleeps;  // file:line: text
    QStringList allowed; // file:line: text
};

Finding scan(const QString& root, const QStringList& skip) {
    Finding found;
    QDirIterator it(root, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString& path : std::as_const(files)) {
        const QString relative = QDir(root).relativeFilePath(path);
        if (skip.contains(relative))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            found.sleeps << relative + QStringLiteral(": cannot be read (") + file.errorString() + u')';
            continue;
        }
        bool inBlock = false;
        int number = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            ++number;
            if (!callsSleep(codeOf(line, &inBlock)))
                continue;
            const QString where = QStringLiteral("%1:%2: %3").arg(relative).arg(number).arg(line);
            (allowed(line) ? found.allowed : found.sleeps) << where;
        }
    }
    return found;
}
} // namespace

class TestNoFixedSleeps : public QObject {
    Q_OBJECT
private slots:
    // The reader itself: what counts as a call, and what does not.
    void recognisesCalls_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("sleeps");
        QTest::addColumn<bool>("isAllowed");
        QTest::newRow("qWait") << QStringLiteral("QTest::qWait(50);") << true << false;
        QTest::newRow("bare qWait") << QStringLiteral("qWait (50);") << true << false;
        QTest::newRow("msleep") << QStringLiteral("QThread::msleep(2);") << true << false;
        QTest::newRow("usleep") << QStringLiteral("::usleep(1000);") << true << false;
        QTest::newRow("sleep") << QStringLiteral("sleep(1);") << true << false;
        QTest::newRow("nanosleep") << QStringLiteral("nanosleep(&ts, nullptr);") << true << false;
        QTest::newRow("qSleep") << QStringLiteral("QTest::qSleep(10);") << true << false;
        QTest::newRow("sleep_for") << QStringLiteral("std::this_thread::sleep_for(10ms);") << true << false;
        QTest::newRow("sleep_until") << QStringLiteral("std::this_thread::sleep_until(t);") << true << false;
        QTest::newRow("window exposed")
            << QStringLiteral("QVERIFY(QTest::qWaitForWindowExposed(&w));") << false << false;
        QTest::newRow("comment") << QStringLiteral("x(); // no QTest::qWait(50) here") << false << false;
        QTest::newRow("block comment") << QStringLiteral("x(); /* sleep(1) */ y();") << false << false;
        QTest::newRow("string") << QStringLiteral("run(\"sleep(1); echo\");") << false << false;
        QTest::newRow("shell sleep") << QStringLiteral("{\"cmd\", \"sleep 600\"}") << false << false;
        QTest::newRow("marked") << QStringLiteral(
                                       "QTest::qWait(ms); // fixed-sleep-ok: the measurement window")
                                << true << true;
        QTest::newRow("marked without a reason")
            << QStringLiteral("QTest::qWait(ms); // fixed-sleep-ok:") << true << false;
    }
    void recognisesCalls() {
        QFETCH(QString, line);
        QFETCH(bool, sleeps);
        QFETCH(bool, isAllowed);
        bool inBlock = false;
        QCOMPARE(callsSleep(codeOf(line, &inBlock)), sleeps);
        QVERIFY(!inBlock);
        QCOMPARE(allowed(line), isAllowed);
    }
    void blockCommentsSpanLines() {
        bool inBlock = false;
        QVERIFY(!callsSleep(codeOf(QStringLiteral("/* once we did"), &inBlock)));
        QVERIFY(inBlock);
        QVERIFY(!callsSleep(codeOf(QStringLiteral("   QTest::qWait(100); */"), &inBlock)));
        QVERIFY(!inBlock);
        QVERIFY(callsSleep(codeOf(QStringLiteral("QTest::qWait(100);"), &inBlock)));
    }

    void noTestSleeps() {
        const QString root = QStringLiteral(MESOSDESK_TESTS_DIR);
        QVERIFY2(QFile::exists(root + QStringLiteral("/unit/tst_nofixedsleeps.cpp")), qPrintable(root));
        const Finding found = scan(root, {QStringLiteral("unit/tst_nofixedsleeps.cpp")});
        for (const QString& use : found.allowed)
            qInfo("allowed: %s", qPrintable(use));
        QVERIFY2(
            found.sleeps.isEmpty(),
            qPrintable(QStringLiteral("fixed sleeps in tests/ (wait for the condition or signal instead, "
                                      "or mark a right one \"// fixed-sleep-ok: <reason>\"):\n") +
                       found.sleeps.join(u'\n')));
        QVERIFY2(found.allowed.size() <= MaxAllowed,
                 qPrintable(QStringLiteral("more than %1 fixed sleeps marked allowed:\n").arg(MaxAllowed) +
                            found.allowed.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestNoFixedSleeps)
#include "tst_nofixedsleeps.moc"
