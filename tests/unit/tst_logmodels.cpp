// LogModel (cap, trimming by rows, continuation, plain text), LogFilterModel (search, filter)
// and SandboxFilesModel (diffs), each under QAbstractItemModelTester.
#include "LogFilterModel.h"
#include "LogModel.h"
#include "SandboxFilesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class TestLogModels : public QObject {
    Q_OBJECT
private slots:
    void appendsLinesAndContinuesOpenLine() {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.appendBytes(0, "first\nsec");
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("sec"));
        model.appendBytes(0, "ond\nthird\n");
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("second"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(2).data().toString(), QStringLiteral("third"));
    }
    void trimsOldRowsByRemovalNeverReset() {
        LogModel model;
        model.setLineCap(100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int chunk = 0; chunk < 10; ++chunk) {
            QByteArray bytes;
            for (int i = 0; i < 37; ++i)
                bytes += "line " + QByteArray::number(chunk * 37 + i) + '\n';
            model.appendBytes(0, bytes);
            QVERIFY(model.rowCount() <= 100);
        }
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(reset.size(), 0);
        QVERIFY(removed.size() > 0);
        QCOMPARE(model.index(99).data().toString(), QStringLiteral("line 369"));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("line 270"));
        // Lowering the cap trims at once.
        model.setLineCap(10);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("line 360"));
        // A chunk larger than the cap keeps its newest lines.
        QByteArray big;
        for (int i = 0; i < 25; ++i)
            big += "big " + QByteArray::number(i) + '\n';
        model.appendBytes(0, big);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(9).data().toString(), QStringLiteral("big 24"));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("big 15"));
        QCOMPARE(reset.size(), 0);
        qint64 held = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            held += model.lineBytes(row).size();
        QCOMPARE(model.buffer().textBytes(), held);
    }
    void blocksAreFreedAsLinesAreTrimmed() {
        LogModel model;
        model.setLineCap(1000);
        const QByteArray line(199, 'z');
        for (int i = 0; i < 20000; ++i) // 4 MB through a 200 KB window
            model.appendBytes(0, line + '\n');
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.buffer().textBytes(), 1000 * 199);
        QCOMPARE(model.lineBytes(999), line);
        QCOMPARE(model.lineBytes(0), line);
    }
    void openLineSurvivesTrimming() {
        LogModel model;
        model.setLineCap(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendBytes(0, "a\nb\nc\npart");
        model.appendBytes(0, "ial\n");
        QCOMPARE(model.index(2).data().toString(), QStringLiteral("partial"));
    }
    void htmlIsPlainText() {
        LogModel model;
        model.appendBytes(0, "<b>not bold</b> &amp; <script>x</script>\n");
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("<b>not bold</b> &amp; <script>x</script>"));
    }
    void ansiFormatsOrStripped() {
        LogModel model;
        model.appendBytes(0, "ok \x1b[31mred\x1b[0m \xc3\xa9\x1b[32mg\x1b[0m\n");
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("ok red \u00e9g"));
        auto formats = model.index(0).data(LogModel::FormatsRole).value<QList<QTextLayout::FormatRange>>();
        QCOMPARE(formats.size(), 2);
        QCOMPARE(formats[0].start, 3);
        QCOMPARE(formats[0].length, 3);
        QCOMPARE(formats[0].format.foreground().color(), LogModel::ansiColor(1));
        QCOMPARE(formats[1].start, 8); // after "é" (one UTF-16 unit, two bytes)
        model.setRenderAnsi(false);
        formats = model.index(0).data(LogModel::FormatsRole).value<QList<QTextLayout::FormatRange>>();
        QVERIFY(formats.isEmpty());
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("ok red \u00e9g"));
    }
    void mergedSourcesArePrefixed() {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int a = model.addSource(QStringLiteral("task-a"), Qt::red);
        const int b = model.addSource(QStringLiteral("task-b"), Qt::blue);
        model.setShowSourcePrefix(true);
        model.appendBytes(a, "from a, no newline yet");
        model.appendBytes(b, "from b\n");
        model.appendBytes(a, " and more\n");
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("[task-a] from a, no newline yet and more"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("[task-b] from b"));
        QCOMPARE(model.index(1).data(LogModel::SourceRole).toInt(), b);
    }
    void prependAndMarkers() {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendBytes(0, "c\nd\n");
        model.prependBytes(0, "a\nb\n");
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("a"));
        model.appendMarker(0, QStringLiteral("rotated"));
        QVERIFY(model.index(4).data(LogModel::IsMarkerRole).toBool());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
    void searchNextPreviousAndFilter() {
        LogModel model;
        LogFilterModel filter;
        filter.setLogModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendBytes(0, "INFO start\nERROR disk full\nINFO ok\nerror again\nWARN \xc3\x89T\xc3\x89\n");
        QVERIFY(filter.setSearch(QStringLiteral("error"), false, false));
        QCOMPARE(filter.countMatches(), 2);
        QCOMPARE(filter.findNext(-1, true), 1);
        QCOMPARE(filter.findNext(1, true), 3);
        QCOMPARE(filter.findNext(3, true), 1); // wraps
        QCOMPARE(filter.findNext(1, false), 3);
        QVERIFY(filter.setSearch(QStringLiteral("error"), true, false));
        QCOMPARE(filter.countMatches(), 1);
        QVERIFY(filter.setSearch(QStringLiteral("^(INFO|WARN)"), true, true));
        QCOMPARE(filter.countMatches(), 3);
        QVERIFY(!filter.setSearch(QStringLiteral("(unclosed"), false, true));
        QVERIFY(!filter.errorString().isEmpty());
        QVERIFY(filter.setSearch(QStringLiteral("\u00e9t\u00e9"), false, false)); // non-ASCII, no case
        QCOMPARE(filter.countMatches(), 1);
        // Only matching lines, and new lines pass the filter as they arrive.
        QVERIFY(filter.setSearch(QStringLiteral("error"), false, false));
        filter.setOnlyMatching(true);
        QCOMPARE(filter.rowCount(), 2);
        model.appendBytes(0, "more ERROR\nnothing\n");
        QCOMPARE(filter.rowCount(), 3);
        const auto ranges = filter.index(2, 0).data(LogFilterModel::MatchRangesRole).value<QList<QPair<int, int>>>();
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges[0], qMakePair(5, 5));
        filter.setOnlyMatching(false);
        QCOMPARE(filter.rowCount(), model.rowCount());
    }
    void filterFollowsTrimming() {
        LogModel model;
        model.setLineCap(50);
        LogFilterModel filter;
        filter.setLogModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSearch(QStringLiteral("7"), true, false);
        filter.setOnlyMatching(true);
        for (int i = 0; i < 200; ++i)
            model.appendBytes(0, QByteArray::number(i) + '\n');
        // Rows 150..199 held; those containing a 7.
        QCOMPARE(filter.rowCount(), 14);
        auto shown = [&] {
            QStringList rows;
            for (int r = 0; r < filter.rowCount(); ++r)
                rows << filter.index(r, 0).data().toString();
            return rows;
        };
        QCOMPARE(shown().first(), QStringLiteral("157"));
        QCOMPARE(shown().last(), QStringLiteral("197"));
        QCOMPARE(filter.mapToSource(filter.index(0, 0)).row(), 7); // 157 is source row 7 of 150..199
        QCOMPARE(filter.mapFromSource(model.index(7)).row(), 0);
        QVERIFY(!filter.mapFromSource(model.index(0)).isValid()); // 150 is filtered out

        // A line arriving in two chunks joins the filter once its matching part arrives.
        model.appendBytes(0, "x");
        QCOMPARE(filter.rowCount(), 14);
        model.appendBytes(0, "7x\n");
        QCOMPARE(filter.rowCount(), 15);
        QCOMPARE(shown().last(), QStringLiteral("x7x"));
        // Markers stay visible; back-paged lines are filtered as they arrive (room: lower the cap first).
        model.appendMarker(0, QStringLiteral("rotated"));
        QCOMPARE(shown().last(), QStringLiteral("rotated"));
        model.setLineCap(10);
        QCOMPARE(model.rowCount(), 10);
        model.setLineCap(20);
        model.prependBytes(0, "a7\nb\nc7\n");
        QCOMPARE(model.rowCount(), 13);
        QCOMPARE(shown().mid(0, 2), QStringList({QStringLiteral("a7"), QStringLiteral("c7")}));
        QCOMPARE(filter.mapToSource(filter.index(1, 0)).row(), 2);
        // Without the filter the proxy is the identity.
        filter.setOnlyMatching(false);
        QCOMPARE(filter.rowCount(), model.rowCount());
        QCOMPARE(filter.mapToSource(filter.index(5, 0)).row(), 5);
    }

    void sandboxFilesModelDiffs() {
        SandboxFilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto entry = [](const QString& name, qint64 size, bool dir = false) {
            SandboxFileEntry e;
            e.path = QStringLiteral("/s/") + name;
            e.size = size;
            e.mode = dir ? QStringLiteral("drwxr-xr-x") : QStringLiteral("-rw-r--r--");
            return e;
        };
        model.setEntries(QStringLiteral("/s"), {entry(QStringLiteral("stdout"), 10), entry(QStringLiteral("stderr"), 0),
                                                entry(QStringLiteral("logs"), 4096, true)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, SandboxFilesModel::NameColumn).data().toString(), QStringLiteral("logs/"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setEntries(QStringLiteral("/s"), {entry(QStringLiteral("stdout"), 20), entry(QStringLiteral("logs"), 4096, true),
                                                entry(QStringLiteral("new.log"), 5)});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(model.rowOfPath(QStringLiteral("/s/stdout")), 0).data(SandboxFilesModel::SizeBytesRole).toLongLong(), 20);
        model.setEntries(QStringLiteral("/s/logs"), {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestLogModels)
#include "tst_logmodels.moc"
