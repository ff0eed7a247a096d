// ThemeColors is the one place colours are written down: no colour literal elsewhere in app/,
// widgets/ or models/, and every role reads in both schemes (WCAG contrast, computed here).
#include "LeaderHistoryModel.h"
#include "ThemeColors.h"
#include "ThemeNotifier.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

namespace {
using Role = ThemeColors::Role;
using Scheme = ThemeColors::Scheme;

// What a colour written into the code looks like.
const QList<QRegularExpression>& literalPatterns() {
    static const QList<QRegularExpression> patterns = {
        // QColor(0xb0, 0x20, 0x20), QColor(176, ...), QColor("#b02020"), QColor(Qt::red)
        QRegularExpression(
            QStringLiteral(R"(QColor(?:\s+\w+)?\s*[({]\s*(?:0x|\d|"|u"|QStringLiteral|QLatin1String|Qt::))")),
        QRegularExpression(
            QStringLiteral(R"(QColor::from(?:Rgb|RgbF|Rgba64|Hsv|HsvF|Hsl|HslF|Cmyk|CmykF|String)\s*\()")),
        QRegularExpression(QStringLiteral(
            R"(\bQt::(?:white|black|red|darkRed|green|darkGreen|blue|darkBlue|cyan|darkCyan|magenta|darkMagenta|yellow|darkYellow|gray|darkGray|lightGray|color0|color1)\b)")),
        QRegularExpression(
            QStringLiteral(R"(#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})\b)")),  // #rgb in a sheet
        QRegularExpression(QStringLiteral(R"(\b0x[0-9a-fA-F]{6}(?:[0-9a-fA-F]{2})?\b)")), // a QRgb
        QRegularExpression(QStringLiteral(R"(\brgba?\s*\()")),
        // A colour named in a style sheet (color: red); %1 stands for a ThemeColors role. No space
        // before the colon: that is a conditional's.
        QRegularExpression(
            QStringLiteral(R"((?:color|background(?:-color)?):\s*(?!%|transparent|palette\()[A-Za-z#])")),
    };
    return patterns;
}

bool hasColourLiteral(const QString& line) {
    for (const QRegularExpression& pattern : literalPatterns())
        if (pattern.match(line).hasMatch())
            return true;
    return false;
}

QList<QColor> backgroundsFor(ThemeColors::Kind kind, const QPalette& palette) {
    QList<QColor> colours{palette.color(QPalette::Base), palette.color(QPalette::Window)};
    if (kind == ThemeColors::Kind::Text)
        colours << palette.color(QPalette::AlternateBase);
    return colours;
}
} // namespace

class TestThemeColors : public QObject {
    Q_OBJECT
private slots:
    void scannerKnowsALiteral_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("literal");
        QTest::newRow("QColor rgb") << QStringLiteral("return QColor(0xb0, 0x20, 0x20);") << true;
        QTest::newRow("QColor decimal") << QStringLiteral("QColor c(176, 32, 32);") << true;
        QTest::newRow("QColor braces") << QStringLiteral("QColor{176, 32, 32}") << true;
        QTest::newRow("QColor name") << QStringLiteral("QColor(QStringLiteral(\"#b02020\"))") << true;
        QTest::newRow("global colour") << QStringLiteral("f.setForeground(Qt::black);") << true;
        QTest::newRow("sheet hex") << QStringLiteral("setStyleSheet(QStringLiteral(\"color: #555;\"));")
                                   << true;
        QTest::newRow("sheet name") << QStringLiteral("\"QLabel { background: yellow; }\"") << true;
        QTest::newRow("QRgb") << QStringLiteral("static const QRgb base[] = {0x1f77b4};") << true;
        QTest::newRow("rgb()") << QStringLiteral("\"color: rgb(10, 20, 30)\"") << true;
        QTest::newRow("fromRgb") << QStringLiteral("QColor::fromRgb(1, 2, 3)") << true;
        QTest::newRow("role") << QStringLiteral("ThemeStyle::set(w, QStringLiteral(\"color: %1;\"), {r});")
                              << false;
        QTest::newRow("computed") << QStringLiteral("return QColor(level(c / 36), level(c % 6), 0);")
                                  << false;
        QTest::newRow("include") << QStringLiteral("#include \"ThemeColors.h\"") << false;
        QTest::newRow("define") << QStringLiteral("#define FOO 1") << false;
        QTest::newRow("conditional") << QStringLiteral("return color.isValid() ? color : sourceColor(i);")
                                     << false;
        QTest::newRow("transparent") << QStringLiteral("pixmap.fill(Qt::transparent);") << false;
        QTest::newRow("mask") << QStringLiteral("(colour >> 16) & 0xFF") << false;
    }
    void scannerKnowsALiteral() {
        QFETCH(QString, line);
        QFETCH(bool, literal);
        QCOMPARE(hasColourLiteral(line), literal);
    }

    void noColourOutsideThemeColors() {
        const QDir root(QStringLiteral(MESOSDESK_SOURCE_DIR));
        QStringList hits;
        int files = 0;
        for (const char* folder : {"app", "widgets", "models"}) {
            QDirIterator it(root.filePath(QLatin1String(folder)),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = root.relativeFilePath(path);
                if (relative == QLatin1String("models/theme/ThemeColors.cpp") ||
                    relative == QLatin1String("models/theme/ThemeColors.h"))
                    continue;
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                ++files;
                int number = 0;
                for (const QByteArray& bytes : file.readAll().split('\n')) {
                    ++number;
                    const QString line = QString::fromUtf8(bytes);
                    if (hasColourLiteral(line))
                        hits << QStringLiteral("%1:%2: %3").arg(relative).arg(number).arg(line.trimmed());
                }
            }
        }
        QVERIFY2(files > 100,
                 qPrintable(QStringLiteral("only %1 files found under %2").arg(files).arg(root.path())));
        QVERIFY2(hits.isEmpty(),
                 qPrintable(QStringLiteral("colour literals outside ThemeColors (use a role):\n") +
                            hits.join(u'\n')));
    }

    void everyRoleHasEnoughContrast_data() {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("scheme");
        for (int r = 0; r < int(Role::Count); ++r)
            for (Scheme s : {Scheme::Light, Scheme::Dark})
                QTest::addRow("%s %s", ThemeColors::name(Role(r)), s == Scheme::Dark ? "dark" : "light")
                    << r << int(s);
    }
    void everyRoleHasEnoughContrast() {
        QFETCH(int, role);
        QFETCH(int, scheme);
        const Role r = Role(role);
        const Scheme s = Scheme(scheme);
        const QPalette palette = ThemeColors::palette(s);
        const QColor colour = ThemeColors::color(r, s);
        QVERIFY(colour.isValid());
        QList<std::pair<QColor, QString>> against; // what it must stand out from, and its name
        double needed = 4.5;
        switch (ThemeColors::kind(r)) {
        case ThemeColors::Kind::Graphic:
            needed = 3.0;
            [[fallthrough]];
        case ThemeColors::Kind::Text:
            for (const QColor& c : backgroundsFor(ThemeColors::kind(r), palette))
                against.append({c, QStringLiteral("palette ") + c.name()});
            break;
        case ThemeColors::Kind::Surface: {
            const QList<Role> paired = ThemeColors::pairedWith(r);
            if (paired.isEmpty()) {
                against.append({palette.color(QPalette::Text), QStringLiteral("palette Text")});
                against.append({palette.color(QPalette::WindowText), QStringLiteral("palette WindowText")});
            }
            for (Role p : paired)
                against.append({ThemeColors::color(p, s), QString::fromLatin1(ThemeColors::name(p))});
            break;
        }
        case ThemeColors::Kind::TextOnSurface:
            QVERIFY2(!ThemeColors::pairedWith(r).isEmpty(), "text on a surface names its surfaces");
            for (Role p : ThemeColors::pairedWith(r))
                against.append({ThemeColors::color(p, s), QString::fromLatin1(ThemeColors::name(p))});
            break;
        }
        for (const auto& [other, what] : std::as_const(against)) {
            const double ratio = ThemeColors::contrast(colour, other);
            QVERIFY2(ratio >= needed,
                     qPrintable(QStringLiteral("%1 %2 against %3: %4:1, needs %5:1")
                                    .arg(QString::fromLatin1(ThemeColors::name(r)), colour.name(), what)
                                    .arg(ratio, 0, 'f', 2)
                                    .arg(needed)));
        }
    }

    void contrastIsWcags() {
        QCOMPARE(
            ThemeColors::contrast(QColor(Qt::GlobalColor(Qt::black)), QColor(Qt::GlobalColor(Qt::white))),
            21.0);
        QCOMPARE(
            ThemeColors::contrast(QColor(Qt::GlobalColor(Qt::white)), QColor(Qt::GlobalColor(Qt::white))),
            1.0);
        // #767676 on white is the well-known 4.54:1.
        QCOMPARE(
            qRound(ThemeColors::contrast(QColor::fromRgb(118, 118, 118), QColor::fromRgb(255, 255, 255)) *
                   100),
            454);
    }

    void palettesAreReadableAndTellTheirScheme() {
        for (Scheme s : {Scheme::Light, Scheme::Dark}) {
            const QPalette p = ThemeColors::palette(s);
            QCOMPARE(ThemeColors::schemeOf(p), s);
            const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
                {QPalette::Text, QPalette::Base},
                {QPalette::Text, QPalette::AlternateBase},
                {QPalette::WindowText, QPalette::Window},
                {QPalette::ButtonText, QPalette::Button},
                {QPalette::HighlightedText, QPalette::Highlight},
                {QPalette::ToolTipText, QPalette::ToolTipBase},
                {QPalette::PlaceholderText, QPalette::Base},
                {QPalette::Link, QPalette::Base},
            };
            for (const auto& [fg, bg] : pairs) {
                const double ratio = ThemeColors::contrast(p.color(fg), p.color(bg));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 palette role %2 on %3: %4:1")
                                                      .arg(s == Scheme::Dark ? u"dark" : u"light")
                                                      .arg(int(fg))
                                                      .arg(int(bg))
                                                      .arg(ratio, 0, 'f', 2)));
            }
        }
    }

    // A model's colours follow the application palette: dataChanged for the colour role, no reset.
    void modelsRepaintOnPaletteChange() {
        const QPalette original = QGuiApplication::palette();
        LeaderHistoryModel model(10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.record({QDateTime::currentDateTimeUtc(), QStringLiteral("Mesos"), QString(),
                      QString()}); // no leader: told in red
        const QModelIndex leader = model.index(0, LeaderHistoryModel::LeaderColumn);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        for (Scheme s : {Scheme::Dark, Scheme::Light}) {
            changed.clear();
            QGuiApplication::setPalette(ThemeColors::palette(s));
            QCOMPARE(ThemeColors::scheme(), s);
            QVERIFY2(!changed.isEmpty(), "dataChanged after the palette changed");
            QVERIFY(changed.last().at(2).value<QList<int>>().contains(Qt::ForegroundRole));
            QCOMPARE(leader.data(Qt::ForegroundRole).value<QBrush>().color(),
                     ThemeColors::color(Role::StateError, s));
        }
        QCOMPARE(reset.size(), 0);
        QGuiApplication::setPalette(original);
    }
};

QTEST_MAIN(TestThemeColors)
#include "tst_themecolors.moc"
