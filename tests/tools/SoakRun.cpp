// mesosdesk-soak: the real MainWindow, shown (offscreen), against a cluster for a number of
// minutes, visiting every tab in turn and following one task's stdout, while it samples its own
// memory, heap, descriptors, threads and CPU (SoakProbe). scripts/soak.sh starts the cluster
// (5,000 agents, 50,000 tasks, churn) and runs this; it is not part of CI.
#include "MainWindow.h"
#include "SandboxTab.h"
#include "SoakProbe.h"
#include "ToolApplication.h"
#include "core/ClusterSession.h"
#include "core/ConnectionTarget.h"
#include "mesos/ClusterStore.h"
#include "sandbox/SandboxTaskRefs.h"
#include "zookeeper/ZkSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

namespace {
QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

// Every tab, and the tabs nested in the current one (Marathon's views, the detail panes), in turn.
void visitNextTab(QTabWidget* tabs) {
    if (!tabs || tabs->count() == 0)
        return;
    tabs->setCurrentIndex((tabs->currentIndex() + 1) % tabs->count());
    const auto nested = tabs->currentWidget()->findChildren<QTabWidget*>();
    for (QTabWidget* inner : nested)
        if (inner->count() > 1)
            inner->setCurrentIndex((inner->currentIndex() + 1) % inner->count());
}

// The task's stdout followed in the Sandbox tab, once its task runs; true once opened.
bool followLog(MainWindow& window, const QString& taskName) {
    ClusterSession* session = window.session();
    if (!session)
        return false;
    const ClusterStore& store = *session->mesosStore();
    for (const MesosTaskPtr& task : store.tasks()) {
        if (task->name != taskName || task->state != MesosTaskState::Running)
            continue;
        const auto ref = SandboxTaskRefs::forMesosTask(store, *task);
        if (!ref)
            return false;
        window.sandboxTab()->openTaskSandbox(ref->agentUrl, ref->frameworkId, ref->executorId, ref->taskId,
                                             QStringLiteral("stdout"));
        out() << "soak: following the stdout of " << task->id << Qt::endl;
        return true;
    }
    return false;
}

int run(const QCommandLineParser& parser) {
    QString error;
    const ConnectionTarget target = ConnectionTarget::parse(parser.value(QStringLiteral("zk")), &error);
    if (!target.isValid()) {
        QTextStream(stderr) << "mesosdesk-soak: " << error << Qt::endl;
        return 2;
    }
    const double minutes = parser.value(QStringLiteral("minutes")).toDouble();
    const int sampleMs = int(parser.value(QStringLiteral("sample-seconds")).toDouble() * 1000);
    const double warmUp = parser.value(QStringLiteral("warm-up-minutes")).toDouble();
    const QString follow = parser.value(QStringLiteral("follow"));
    if (minutes <= 0 || sampleMs <= 0 || warmUp < 0 || warmUp >= minutes) {
        QTextStream(stderr) << "mesosdesk-soak: --minutes and --sample-seconds must be positive, "
                               "--warm-up-minutes below --minutes"
                            << Qt::endl;
        return 2;
    }

    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.connectTo(target);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));

    SoakProbe probe;
    QTimer visit;
    QObject::connect(&visit, &QTimer::timeout, &window, [tabs] { visitNextTab(tabs); });
    visit.start(5000);
    QTimer findLog;
    bool following = follow.isEmpty();
    QObject::connect(&findLog, &QTimer::timeout, &window, [&] {
        if (!following && followLog(window, follow)) {
            following = true;
            findLog.stop();
        }
    });
    findLog.start(2000);
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &window,
                     [&probe] { out() << SoakProbe::format(probe.sample()) << Qt::endl; });
    sampler.start(sampleMs);
    QTimer::singleShot(int(minutes * 60000), &window, [&] {
        // The end, unless a sample was just taken (a second's CPU share would be noise).
        if (probe.samples().isEmpty() || minutes - probe.samples().constLast().elapsedMinutes > 1.0 / 60)
            out() << SoakProbe::format(probe.sample()) << Qt::endl;
        QApplication::quit();
    });
    QApplication::exec();

    if (!following)
        out() << "soak: no log was followed (no running task named " << follow << ")" << Qt::endl;
    out() << "soak_rss_growth_pct: " << QString::number(probe.rssGrowthPercent(warmUp), 'f', 2) << Qt::endl;
    out() << "soak_heap_growth_pct: " << QString::number(probe.heapGrowthPercent(warmUp), 'f', 2) << Qt::endl;
    out() << "soak_fd_growth: " << probe.fdGrowth(warmUp) << Qt::endl;
    out() << "soak_cpu_pct: " << QString::number(probe.meanCpuPercent(warmUp), 'f', 1) << Qt::endl;
    return 0;
}
} // namespace

int main(int argc, char** argv) {
    ToolApplication::prepare("mesosdesk-soak");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    ToolApplication::addClusterOptions(parser);
    parser.addOption({QStringLiteral("minutes"), QStringLiteral("How long to run"), QStringLiteral("minutes"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("sample-seconds"), QStringLiteral("Seconds between samples"),
                      QStringLiteral("seconds"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("warm-up-minutes"),
                      QStringLiteral("Growth is measured from the first sample after this"),
                      QStringLiteral("minutes"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("follow"),
                      QStringLiteral("Follow the stdout of the running task of this name"),
                      QStringLiteral("name"), QStringLiteral("soak-logger")});
    parser.process(app);
    const int code = run(parser);
    ZkSession::waitForPendingCloses();
    return code;
}
