// Sandbox log viewer figures (#6):
//  log_ingest_mb_per_s   200 MB of /files/read answers through the viewer's pipeline: JSON decode,
//                        UTF-8/ANSI decode, split into lines, append to the model, trim at the cap.
//                        Baseline: QString::fromUtf8 over the same bytes.
//  log_search_ms         a case-insensitive search over the 200,000 lines the viewer holds.
//                        Baseline: a case-sensitive byte search over the same lines.
//  log_peak_mb           peak memory growth while ingesting and searching, against the text held.
//  log_gui_stall_max_ms  the longest wait of a 1 ms probe timer on the GUI thread while a
//                        LogViewerWidget follows a file growing by 10 MB/s (served from another
//                        thread). Baseline: the same probe with the viewer absent.
#include "BenchRegistry.h"

#include "HttpServer.h"
#include "StoutJson.h"
#include "LogFilterModel.h"
#include "LogModel.h"
#include "LogViewerWidget.h"
#include "net/HttpTransport.h"
#include "sandbox/FilesReadChunk.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMutex>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace {
QByteArray jsonString(const QByteArray& bytes) { return StoutJson::string(bytes); }

// About 100 bytes per line, like service logs: timestamps, levels, some colour, some UTF-8.
QByteArray sampleText(qsizetype bytes, int seed = 0) {
    QByteArray out;
    out.reserve(bytes + 200);
    int i = seed;
    while (out.size() < bytes) {
        out += "2026-11-24T21:00:" + QByteArray::number(10 + i % 50) + ".123Z ";
        switch (i % 10) {
        case 0: out += "\x1b[31mERROR\x1b[0m upstream connection refused to 10.0.3." + QByteArray::number(i % 250) + ":8080"; break;
        case 1: out += "\x1b[33mWARN\x1b[0m  slow request /api/v2/items took " + QByteArray::number(i % 900) + " ms"; break;
        case 2: out += "INFO  utilisateur r\xc3\xa9sum\xc3\xa9 mis \xc3\xa0 jour \xe2\x9c\x93 id=" + QByteArray::number(i); break;
        default: out += "INFO  GET /api/v2/items/" + QByteArray::number(i) + " 200 " + QByteArray::number(i % 97) + " ms bytes=" + QByteArray::number(i * 7 % 100000); break;
        }
        out += '\n';
        ++i;
    }
    return out;
}

qint64 procStatusKb(const char* key) {
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : file.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toLongLong();
    return -1;
}

void resetPeakRss() {
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

// A file that grows at a fixed rate, served by /files/read on its own thread.
class GrowingFileServer : public QObject {
public:
    void start(qint64 bytesPerSecond) {
        m_server.setHandler([this](const HttpRequest& request, HttpResponder* responder) {
            const qint64 offset = request.query.queryItemValue(QStringLiteral("offset")).toLongLong();
            const qint64 length = qMin<qint64>(65536, request.query.hasQueryItem(QStringLiteral("length"))
                                                          ? request.query.queryItemValue(QStringLiteral("length")).toLongLong()
                                                          : 65536);
            const qint64 size = m_file.size();
            if (offset == -1 || offset >= size) {
                responder->respond(200, "{\"data\":\"\",\"offset\":" + QByteArray::number(offset == -1 ? size : offset) + '}');
                return;
            }
            responder->respond(200, "{\"data\":" + jsonString(m_file.mid(offset, qMin(length, size - offset))) +
                                        ",\"offset\":" + QByteArray::number(offset) + '}');
        });
        m_server.listen();
        m_port = m_server.port();
        const qint64 perTick = bytesPerSecond / 100;
        connect(&m_timer, &QTimer::timeout, this, [this, perTick] {
            m_file += sampleText(perTick, int(m_file.size() / 100));
        });
        m_timer.start(10);
    }
    quint16 port() const { return m_port; }

private:
    HttpServer m_server;
    QTimer m_timer;
    QByteArray m_file;
    quint16 m_port = 0;
};

double probeMaxStallMs(int durationMs) {
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    double worst = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = qMax(worst, double(now - last) / 1e6 - 1.0);
        last = now;
    });
    probe.start(1);
    QEventLoop loop;
    QTimer::singleShot(durationMs, &loop, &QEventLoop::quit);
    loop.exec();
    return worst;
}
} // namespace

MESOSDESK_BENCH(log_viewer) {
    constexpr qint64 TotalBytes = 200LL * 1024 * 1024;
    constexpr qint64 Chunk = 65536;
    // Pre-built /files/read answers, as the agent sends them (16 MB of text, cycled).
    const QByteArray text = sampleText(16 * 1024 * 1024);
    std::vector<QByteArray> answers;
    for (qint64 at = 0; at < text.size(); at += Chunk)
        answers.push_back("{\"data\":" + jsonString(text.mid(at, Chunk)) + ",\"offset\":" + QByteArray::number(at) + '}');

    const qint64 rssBefore = procStatusKb("VmRSS:");
    resetPeakRss();
    LogModel model;
    model.setLineCap(200000);
    LogFilterModel filter;
    filter.setLogModel(&model);
    QElapsedTimer timer;
    timer.start();
    qint64 fed = 0;
    size_t next = 0;
    while (fed < TotalBytes) {
        const auto chunk = FilesReadChunk::parse(answers[next]);
        next = (next + 1) % answers.size();
        if (!chunk)
            return false;
        model.appendBytes(0, chunk->data);
        fed += chunk->data.size();
    }
    const double ingestSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double ingestMbPerS = double(fed) / (1024.0 * 1024.0) / ingestSeconds;

    if (model.rowCount() != 200000) {
        *context.err << "log_viewer: expected 200000 lines, got " << model.rowCount() << Qt::endl;
        return false;
    }

    std::vector<double> searches, regexes, baselines;
    int matches = 0;
    for (int round = 0; round < 5; ++round) {
        filter.setSearch(QStringLiteral("Connection Refused"), false, false);
        timer.restart();
        matches = filter.countMatches();
        searches.push_back(double(timer.nsecsElapsed()) / 1e6);
        filter.setSearch(QStringLiteral("took [5-8]\\d\\d ms"), false, true);
        timer.restart();
        filter.countMatches();
        regexes.push_back(double(timer.nsecsElapsed()) / 1e6);
        const QByteArray needle("connection refused");
        timer.restart();
        int baseline = 0;
        const LogBuffer& buffer = model.buffer();
        for (qsizetype row = 0; row < buffer.size(); ++row)
            baseline += buffer.text(row).indexOf(QByteArrayView(needle)) >= 0 ? 1 : 0;
        baselines.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (baseline != matches) {
            *context.err << "log_viewer: search found " << matches << ", baseline " << baseline << Qt::endl;
            return false;
        }
    }
    const qint64 peakKb = procStatusKb("VmHWM:");
    const double heldMb = double(model.buffer().textBytes()) / (1024.0 * 1024.0);
    const double peakMb = double(peakKb - rssBefore) / 1024.0;
    context.figure(QStringLiteral("log_peak_mb"), peakMb, 1);
    context.figure(QStringLiteral("log_text_held_mb"), heldMb, 1);
    context.figure(QStringLiteral("log_peak_vs_text_held"), peakMb / qMax(0.001, heldMb), 3);

    // Baselines after the peak was read, so their buffers do not count.
    timer.restart();
    qint64 decoded = 0;
    for (qint64 done = 0; done < TotalBytes; done += text.size())
        decoded += QString::fromUtf8(text).size();
    const double baselineMbPerS = double(TotalBytes) / (1024.0 * 1024.0) / (double(timer.nsecsElapsed()) / 1e9);
    context.figure(QStringLiteral("log_ingest_mb_per_s"), ingestMbPerS, 1);
    context.figure(QStringLiteral("log_ingest_baseline_fromutf8_mb_per_s"), baselineMbPerS, 1);
    context.figure(QStringLiteral("log_ingest_vs_baseline"), ingestMbPerS / baselineMbPerS, 3);
    if (decoded == 0)
        return false;
    context.figure(QStringLiteral("log_search_ms"), median(searches));
    context.figure(QStringLiteral("log_search_regex_ms"), median(regexes));
    context.figure(QStringLiteral("log_search_baseline_bytes_ms"), median(baselines));
    context.figure(QStringLiteral("log_search_vs_baseline"), median(searches) / qMax(0.001, median(baselines)), 3);

    return true;
}

MESOSDESK_BENCH(log_viewer_gui_stall) {
    const double idle = probeMaxStallMs(1500);

    QThread serverThread;
    serverThread.start();
    // Built on its thread, so its sockets and timer live there.
    GrowingFileServer* server = nullptr;
    QObject threadContext;
    threadContext.moveToThread(&serverThread);
    QMetaObject::invokeMethod(
        &threadContext,
        [&server] {
            server = new GrowingFileServer;
            server->start(10 * 1024 * 1024);
        },
        Qt::BlockingQueuedConnection);

    HttpTransport transport;
    auto* viewer = new LogViewerWidget(&transport);
    viewer->resize(1200, 800);
    viewer->show();
    viewer->addFile(QStringLiteral("bench"), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->port())),
                    QStringLiteral("/stdout"));
    probeMaxStallMs(500); // warm up: the first page and the model's first 64 KiB reads
    const double following = probeMaxStallMs(4000);
    const int rows = viewer->model()->rowCount();
    delete viewer;
    QMetaObject::invokeMethod(&threadContext, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    if (rows < 1000) {
        *context.err << "log_viewer_gui_stall: the viewer only received " << rows << " lines" << Qt::endl;
        return false;
    }
    context.figure(QStringLiteral("log_gui_stall_max_ms"), following);
    context.figure(QStringLiteral("log_gui_stall_idle_baseline_ms"), idle);
    context.figure(QStringLiteral("log_gui_stall_vs_idle"), following / qMax(0.01, idle), 3);
    return true;
}
