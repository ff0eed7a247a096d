// A minimised window on a quiet cluster costs (almost) nothing: polling slows, charts and
// log views stop redrawing. The CPU this process used over a window of a few poll intervals is
// the figure (idle_cpu_pct in the bench measures it longer).
#include "DevClusterProcess.h"
#include "MainWindow.h"
#include "core/ClusterSession.h"
#include "core/Settings.h"
#include "marathon/MarathonSource.h"
#include "mesos/ClusterStore.h"

#include <QStandardPaths>
#include <QtTest>
#include <sys/resource.h>

namespace {
double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
// CPU used while the event loop runs for ms, as a percentage of one core.
double cpuPercentOver(int ms) {
    const double before = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(ms); // fixed-sleep-ok: the measurement window itself, not a wait for something to happen
    return 100.0 * (cpuSeconds() - before) / (double(wall.elapsed()) / 1000.0);
}
} // namespace

class TestIdleCpu : public QObject {
    Q_OBJECT
    DevClusterProcess m_devcluster;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        MESOSDESK_REQUIRE_DEVCLUSTER();
        QVERIFY(m_devcluster.start(1, 2));
    }
    void cleanupTestCase() { m_devcluster.stop(); }

    void minimisedCostsAlmostNothing() {
        Settings::MarathonZkPath.set(m_devcluster.marathonZkPath());
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectTo(ConnectionTarget::parse(m_devcluster.zkUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->mesosStore()->agents().size() == 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->marathonSource()->isLive(), 20000);
        const double visible = cpuPercentOver(4000);
        window.showMinimized();
        QTRY_VERIFY_WITH_TIMEOUT(window.isMinimized(), 5000);
        const double minimised = cpuPercentOver(6000);
        qInfo("idle_cpu_pct: %.2f (visible: %.2f)", minimised, visible);
        // The target is 1%; the bound leaves room for a CI machine busy with other tests. Before the
        // window paused its charts and clock and slowed its polls it was 1.4-1.5% here.
        QVERIFY2(minimised <= 2.0,
                 qPrintable(QStringLiteral("%1% of a core while minimised").arg(minimised)));

        // Back in front: the clock ticks again and the data is current.
        window.showNormal();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isMinimized(), 5000);
        QVERIFY(window.session()->mesosStore()->agents().size() == 2);
    }
};

QTEST_MAIN(TestIdleCpu)
#include "tst_idlecpu.moc"
