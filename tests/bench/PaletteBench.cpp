#include "BenchRegistry.h"
#include "BenchTiming.h"
#include "FuzzyMatcher.h"
#include "PaletteModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUuid>
#include <algorithm>
#include <vector>

namespace {

// Marathon-style task ids ("team7_web-api.<uuid>") over 500 apps, and agent host names.
QList<PaletteEntry> clusterEntries(int tasks, int agents) {
    static const char* words[] = {"web",    "api",  "worker", "cache",  "billing",
                                  "search", "auth", "queue",  "report", "media"};
    QList<PaletteEntry> entries;
    entries.reserve(tasks + agents);
    for (int i = 0; i < tasks; ++i) {
        const int app = i % 500;
        const QString name =
            QStringLiteral("team%1_%2-%3").arg(app % 40).arg(QLatin1String(words[app % 10])).arg(app);
        entries.append({PaletteKind::Task,
                        name + u'.' + QUuid::createUuid().toString(QUuid::WithoutBraces),
                        name,
                        {},
                        {}});
    }
    for (int i = 0; i < agents; ++i)
        entries.append({PaletteKind::Agent,
                        QStringLiteral("agent-%1.rack%2.dc1.example.com").arg(i).arg(i % 40),
                        QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("-S%1").arg(i),
                        {},
                        {}});
    return entries;
}
} // namespace

// The command palette's first keystrokes over 50,000 tasks and 5,000 agents: a whole match pass
// for a 4-letter query (scoring every match, the best 200 ordered, their letters marked), and the
// next letter refining it. Baseline in the same run: a plain QString::contains pass over the same
// titles (what the simplest filter would cost; the ratio says what fuzzy ranking adds).
MESOSDESK_BENCH(palette_match) {
    const QList<PaletteEntry> entries = clusterEntries(50000, 5000);
    const QString query = QStringLiteral("wrk3");
    PaletteModel model;
    // The palette opening: the entries taken in and shown unfiltered; then the titles' character
    // masks, computed in slices on the next event-loop turns (the most one turn took).
    const double loadMs = medianMs(5, [&] { model.setEntries(entries); });
    double sliceMs = 0;
    for (QElapsedTimer turn; !model.masksComplete();) {
        turn.start();
        QCoreApplication::processEvents();
        sliceMs = std::max(sliceMs, double(turn.nsecsElapsed()) / 1e6);
    }
    qsizetype matched = 0;
    std::vector<double> passes;
    for (int i = 0; i < 7; ++i) {
        model.setQuery(QString());
        QElapsedTimer t;
        t.start();
        model.setQuery(query); // not an extension of the empty query: a whole pass
        passes.push_back(double(t.nsecsElapsed()) / 1e6);
        matched = model.matchCount();
    }
    std::sort(passes.begin(), passes.end());
    const double matchMs = passes[passes.size() / 2];
    std::vector<double> empties;
    for (int i = 0; i < 7; ++i) {
        model.setQuery(query);
        QElapsedTimer t;
        t.start();
        model.setQuery(QString()); // the palette as it opens: everything, actions first
        empties.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(empties.begin(), empties.end());
    const double emptyMs = empties[empties.size() / 2];
    std::vector<double> refines;
    for (int i = 0; i < 7; ++i) {
        model.setQuery(QString());
        model.setQuery(query);
        QElapsedTimer t;
        t.start();
        model.setQuery(query + u'1'); // extends the query: refines the previous matches
        refines.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(refines.begin(), refines.end());
    const double refineMs = refines[refines.size() / 2];
    qsizetype contained = 0;
    const double containsMs = medianMs(7, [&] {
        contained = 0;
        for (const PaletteEntry& e : entries)
            contained += e.title.contains(query, Qt::CaseInsensitive) ? 1 : 0;
    });
    context.figure(QStringLiteral("palette_match_ms"), matchMs);
    context.figure(QStringLiteral("palette_refine_ms"), refineMs);
    context.figure(QStringLiteral("palette_empty_query_ms"), emptyMs);
    context.figure(QStringLiteral("palette_load_ms"), loadMs);
    context.figure(QStringLiteral("palette_mask_slice_max_ms"), sliceMs);
    context.figure(QStringLiteral("palette_contains_baseline_ms"), containsMs);
    context.figure(QStringLiteral("palette_match_ratio"), matchMs / std::max(0.001, containsMs), 3);
    context.figure(QStringLiteral("palette_matches"), double(matched), 0);
    return matched > 0 && contained >= 0;
}
