// The command palette's matcher and model (#14): which texts match, in which order they rank,
// which letters are marked, and the model under QAbstractItemModelTester while the query is
// typed, extended, shortened and the entries reloaded.
#include "FuzzyMatcher.h"
#include "PaletteModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QtTest>

namespace {
// The texts in the order the matcher ranks them for query (non-matching ones left out).
QStringList ranked(const QString& query, const QStringList& texts) {
    PaletteModel model;
    QList<PaletteEntry> entries;
    for (const QString& t : texts)
        entries.append({PaletteKind::Task, t, {}, t, {}});
    model.setEntries(entries);
    model.setQuery(query);
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r).data().toString();
    return out;
}
} // namespace

class TestPaletteModel : public QObject {
    Q_OBJECT
private slots:
    void subsequenceCaseInsensitive() {
        const FuzzyMatcher m(QStringLiteral("WeB"));
        QVERIFY(m.score(u"/prod/web") >= 0);
        QVERIFY(m.score(u"wide-eyed-bird") >= 0);
        QCOMPARE(m.score(u"bew"), FuzzyMatcher::NoMatch);
        QCOMPARE(m.score(u"we"), FuzzyMatcher::NoMatch);
        QCOMPARE(FuzzyMatcher(QStringLiteral("ä")).score(u"BÄR") >= 0, true);
        QCOMPARE(FuzzyMatcher().score(u"anything"), 0); // no query: everything, alike
        QCOMPARE(FuzzyMatcher(QStringLiteral("s q")).query(), QStringLiteral("sq")); // spaces ignored
    }

    void positionsMarkTheBestAlignment() {
        QList<int> positions;
        // The 'a' of "app" comes first, but "api" is a whole word after '-'.
        QVERIFY(FuzzyMatcher(QStringLiteral("api")).score(u"/prod/app-api", &positions) >= 0);
        QCOMPARE(positions, (QList<int>{10, 11, 12}));
        // Word starts over earlier plain letters: "m" "d" of "mesos-desk", not "mesos" 's' 'd'.
        QVERIFY(FuzzyMatcher(QStringLiteral("md")).score(u"mesos-desk", &positions) >= 0);
        QCOMPARE(positions, (QList<int>{0, 6}));
        QVERIFY(FuzzyMatcher(QStringLiteral("tst")).score(u"the-same-test", &positions) >= 0);
        QCOMPARE(positions, (QList<int>{0, 4, 9})); // the initials, not "t" "s" "t" inside "test"
        QVERIFY(FuzzyMatcher(QStringLiteral("ac")).score(u"appConfig", &positions) >= 0);
        QCOMPARE(positions, (QList<int>{0, 3})); // camelCase start
    }

    void rankingOrder_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("whole app id before a task named after it")
            << QStringLiteral("sleepy")
            << QStringList{QStringLiteral("sleepy.8f1c2e7a-0b1d-11ef-9a3c-0242ac120002"),
                           QStringLiteral("/sleepy"), QStringLiteral("/sleepy-worker")}
            << QStringList{QStringLiteral("/sleepy"), QStringLiteral("/sleepy-worker"),
                           QStringLiteral("sleepy.8f1c2e7a-0b1d-11ef-9a3c-0242ac120002")};
        QTest::newRow("prefix before segment start before middle")
            << QStringLiteral("web")
            << QStringList{QStringLiteral("cobweb"), QStringLiteral("/prod/web"), QStringLiteral("webhooks")}
            << QStringList{QStringLiteral("/prod/web"), QStringLiteral("webhooks"), QStringLiteral("cobweb")};
        QTest::newRow("consecutive before scattered")
            << QStringLiteral("log") << QStringList{QStringLiteral("lambdaoxygen"), QStringLiteral("catalog")}
            << QStringList{QStringLiteral("catalog"), QStringLiteral("lambdaoxygen")};
        QTest::newRow("initials before a run inside a word")
            << QStringLiteral("log")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("large-object-graph")}
            << QStringList{QStringLiteral("large-object-graph"), QStringLiteral("catalog")};
        QTest::newRow("word starts before scattered letters")
            << QStringLiteral("osl")
            << QStringList{QStringLiteral("cosmological"), QStringLiteral("Open stdout logs")}
            << QStringList{QStringLiteral("Open stdout logs"), QStringLiteral("cosmological")};
        QTest::newRow("path segments: the segment start wins")
            << QStringLiteral("pa")
            << QStringList{QStringLiteral("/shop/cart-app"), QStringLiteral("/prod/api")}
            << QStringList{QStringLiteral("/prod/api"), QStringLiteral("/shop/cart-app")};
        QTest::newRow("dots and underscores are word starts")
            << QStringLiteral("wa")
            << QStringList{QStringLiteral("rawdata"), QStringLiteral("web_api"), QStringLiteral("web.api")}
            << QStringList{QStringLiteral("web.api"), QStringLiteral("web_api"), QStringLiteral("rawdata")};
        QTest::newRow("equal scores: the shorter first")
            << QStringLiteral("agent")
            << QStringList{QStringLiteral("agent-12.example.com"), QStringLiteral("agent-1.example.com")}
            << QStringList{QStringLiteral("agent-1.example.com"), QStringLiteral("agent-12.example.com")};
        QTest::newRow("no match is left out")
            << QStringLiteral("zz")
            << QStringList{QStringLiteral("zookeeper"), QStringLiteral("fizz"), QStringLiteral("z"),
                           QStringLiteral("zigzag")}
            << QStringList{QStringLiteral("zigzag"), QStringLiteral("fizz")};
    }
    void rankingOrder() {
        QFETCH(QString, query);
        QFETCH(QStringList, texts);
        QFETCH(QStringList, expected);
        QCOMPARE(ranked(query, texts), expected);
    }

    void modelRolesAndTester() {
        PaletteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<PaletteEntry> apps{{PaletteKind::App,
                                  QStringLiteral("/prod/web"),
                                  QStringLiteral("3 of 3 running"),
                                  QStringLiteral("/prod/web"),
                                  {}},
                                 {PaletteKind::Agent,
                                  QStringLiteral("agent-1.example.com"),
                                  QStringLiteral("S1"),
                                  QStringLiteral("S1"),
                                  {}}};
        model.addSource([&apps](QList<PaletteEntry>& out) { out += apps; });
        QAction quit(QStringLiteral("&Quit"));
        model.addSource([&quit](QList<PaletteEntry>& out) {
            out.append({PaletteKind::Action, QStringLiteral("Quit"), QStringLiteral("File"), {}, &quit});
        });
        model.reload();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(PaletteModel::KindRole).toInt(),
                 int(PaletteKind::Action)); // no query: actions first
        model.setQuery(QStringLiteral("w"));
        QCOMPARE(model.rowCount(), 1);
        model.setQuery(QStringLiteral("web"));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex web = model.index(0);
        QCOMPARE(web.data(PaletteModel::TitleRole).toString(), QStringLiteral("/prod/web"));
        QCOMPARE(web.data(PaletteModel::SubtitleRole).toString(), QStringLiteral("3 of 3 running"));
        QCOMPARE(web.data(PaletteModel::KeyRole).toString(), QStringLiteral("/prod/web"));
        QCOMPARE(web.data(PaletteModel::KindTextRole).toString(), QStringLiteral("App"));
        QCOMPARE(web.data(PaletteModel::PositionsRole).value<QList<int>>(), (QList<int>{6, 7, 8}));
        QVERIFY(web.data(PaletteModel::ScoreRole).toInt() > 0);
        model.setQuery(QStringLiteral("e")); // shorter: a full pass again ("Quit" has no 'e')
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.entryAt(0)->action, nullptr);
        model.setQuery(QStringLiteral("qu"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entryAt(0)->action, &quit);
        QCOMPARE(model.entryAt(1), nullptr);
    }

    void refiningEqualsAFullPass() {
        QList<PaletteEntry> entries;
        for (int i = 0; i < 3000; ++i)
            entries.append(
                {PaletteKind::Task, QStringLiteral("app-%1.task-%2").arg(i % 37).arg(i), {}, {}, {}});
        PaletteModel typed;
        typed.setEntries(entries);
        QStringList steps{QStringLiteral("a"), QStringLiteral("ap"), QStringLiteral("app1"),
                          QStringLiteral("app1t2")};
        for (const QString& q : steps) {
            typed.setQuery(q); // each extends the last: refined
            PaletteModel fresh;
            fresh.setEntries(entries);
            fresh.setQuery(q);
            QCOMPARE(typed.matchCount(), fresh.matchCount());
            QCOMPARE(typed.rowCount(), fresh.rowCount());
            for (int r = 0; r < typed.rowCount(); ++r)
                QCOMPARE(typed.index(r).data().toString(), fresh.index(r).data().toString());
        }
        QVERIFY(typed.rowCount() <= PaletteModel::MaxResults);
    }

    // The titles' masks come in slices after the entries; a query before they are all known
    // matches the same as one after.
    void masksArriveInSlices() {
        QList<PaletteEntry> entries;
        for (int i = 0; i < 20000; ++i)
            entries.append(
                {PaletteKind::Task, QStringLiteral("team%1_web-%2.task").arg(i % 7).arg(i), {}, {}, {}});
        PaletteModel early;
        early.setEntries(entries);
        QVERIFY(!early.masksComplete());
        early.setQuery(QStringLiteral("t3w"));
        PaletteModel late;
        late.setEntries(entries);
        QTRY_VERIFY2_WITH_TIMEOUT(late.masksComplete(), "every title's mask, slice by slice", 10000);
        late.setQuery(QStringLiteral("t3w"));
        QCOMPARE(early.matchCount(), late.matchCount());
        QVERIFY(late.matchCount() > 0);
        for (int r = 0; r < late.rowCount(); ++r)
            QCOMPARE(early.index(r).data().toString(), late.index(r).data().toString());
    }

    void manyEntriesShowAtMostTheCap() {
        QList<PaletteEntry> entries;
        for (int i = 0; i < 5000; ++i)
            entries.append({PaletteKind::Task, QStringLiteral("web.%1").arg(i), {}, {}, {}});
        PaletteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(entries);
        model.setQuery(QStringLiteral("web"));
        QCOMPARE(model.matchCount(), 5000);
        QCOMPARE(model.rowCount(), PaletteModel::MaxResults);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("web.0")); // the shortest, then by name
    }
};

QTEST_MAIN(TestPaletteModel)
#include "tst_palettemodel.moc"
