#include "ChartsPage.h"

#include "ChartLook.h"
#include "ClusterHistory.h"
#include "OnScreenWatcher.h"
#include "TasksModel.h"
#include "ThemeColors.h"
#include "ThemeNotifier.h"
#include "TimeSeries.h"
#include "mesos/ClusterStore.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStackedWidget>
#include <QTimer>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

ChartsPage::ChartsPage(QWidget* parent) : QWidget(parent) {
    auto* grid = new QGridLayout(this);
    auto* bar = new QHBoxLayout;
    auto* rangeLabel = new QLabel(tr("&Time range:"), this);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeBox"));
    m_range->addItem(tr("Last 15 minutes"), qint64(15) * 60 * 1000);
    m_range->addItem(tr("Last hour"), qint64(3600) * 1000);
    m_range->addItem(tr("Last 6 hours"), qint64(ClusterHistory::MaxAgeMsecs));
    rangeLabel->setBuddy(m_range);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_range);
    bar->addStretch(1);
    grid->addLayout(bar, 0, 0, 1, 2);
    m_allocation = makePanel(tr("Allocation over time (% of total)"), QStringLiteral("allocationChart"));
    m_tasks = makePanel(tr("Tasks by state over time"), QStringLiteral("tasksChart"));
    // Seven states do not fit below a half-width chart at 1024 px ("Runn…"): list them beside it.
    m_tasks.view->chart()->legend()->setAlignment(Qt::AlignRight);
    m_agents = makePanel(tr("Most allocated agents (CPU %)"), QStringLiteral("agentsChart"));
    for (Panel* panel : {&m_allocation, &m_tasks})
        connect(panel->view->chart(), &QChart::plotAreaChanged, this,
                [this, panel] { refitTimeLabels(*panel); });
    grid->addWidget(m_allocation.stack, 1, 0);
    grid->addWidget(m_tasks.stack, 1, 1);
    grid->addWidget(m_agents.stack, 2, 0, 1, 2);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ChartsPage::refresh);
    connect(ThemeNotifier::instance(), &ThemeNotifier::changed, this, [this] {
        applyTheme();
        refresh(); // the series take their colours when they are made
    });
    applyTheme();
    // Redrawn only where the operator can see it; what came meanwhile is drawn on the way back.
    m_onScreen = new OnScreenWatcher(this);
    connect(m_onScreen, &OnScreenWatcher::onScreenChanged, this, [this](bool onScreen) {
        if (onScreen && m_stale)
            refresh();
    });
    refresh();
}

int ChartsPage::timeLabelsFitting(qreal plotWidth, int labelWidth) {
    if (plotWidth <= 0 || labelWidth <= 0)
        return 5; // not laid out yet: refitted once it is
    return std::clamp(int(plotWidth) / labelWidth + 1, 2, 5);
}

void ChartsPage::refitTimeLabels(Panel& panel) {
    const int fitting = timeLabelsFitting(panel.view->chart()->plotArea().width(), panel.timeLabelWidth);
    if (panel.timeLabelWidth == 0 || fitting == panel.timeLabelsFitting || m_refitQueued)
        return;
    // Queued: the chart is in the middle of its own layout, and one redraw serves both charts.
    m_refitQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refitQueued = false;
        refresh();
    });
}

void ChartsPage::applyTheme() {
    for (Panel* p : {&m_allocation, &m_tasks, &m_agents})
        ChartLook::applyTheme(p->view->chart(), p->view);
}

void ChartsPage::onAppended() {
    if (m_onScreen->isOnScreen())
        refresh();
    else
        m_stale = true;
}

qint64 ChartsPage::rangeMsecs() const {
    return m_range->currentData().toLongLong();
}

double ChartsPage::niceMaximum(double peak) {
    if (!(peak > 0))
        return 1;
    const double wanted = peak * 1.15; // headroom: the peak is not drawn on the frame
    if (wanted >= 100)
        return 100;
    const double decade = std::pow(10.0, std::floor(std::log10(wanted)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * decade >= wanted)
            return std::min(100.0, step * decade);
    return 100;
}

ChartsPage::Panel ChartsPage::makePanel(const QString& title, const QString& name) {
    Panel p;
    p.stack = new QStackedWidget(this);
    p.stack->setObjectName(name);
    p.placeholder = new QLabel(p.stack);
    p.placeholder->setTextFormat(Qt::PlainText);
    p.placeholder->setAlignment(Qt::AlignCenter);
    p.placeholder->setWordWrap(true);
    p.placeholder->setObjectName(name + QStringLiteral("Placeholder"));
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Axis numbers in the interface's language ("2,5 %" in German), as every other number shown.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    p.view = new QChartView(chart, p.stack);
    p.view->setRenderHint(QPainter::Antialiasing);
    p.stack->addWidget(p.placeholder);
    p.stack->addWidget(p.view);
    p.stack->setMinimumHeight(170); // two rows of charts leave room for a notification bar and the dock at 700 px
    return p;
}

void ChartsPage::setSources(ClusterStore* store, ClusterHistory* history) {
    m_store = store;
    m_history = history;
    if (history) { // the same history across sessions (the same cluster's): connect once
        connect(history->allocation(), &TimeSeries::appended, this, &ChartsPage::onAppended,
                Qt::UniqueConnection);
        connect(history->tasks(), &TimeSeries::appended, this, &ChartsPage::onAppended, Qt::UniqueConnection);
    }
    refresh();
}

QString ChartsPage::placeholderText(int chart) const {
    const Panel& p = chart == 0 ? m_allocation : chart == 1 ? m_tasks : m_agents;
    return p.stack->currentWidget() == p.placeholder ? p.placeholder->text() : QString();
}

namespace {
// One colour a task state, as in the Tasks table where it can be, but never two lines alike (the
// chart theme's palette repeats after five; the table shares grey and red between states).
QColor taskSeriesColor(int series) {
    switch (series) {
    case ClusterHistory::Running:
        return TasksModel::stateColor(MesosTaskState::Running);
    case ClusterHistory::Starting:
        return TasksModel::stateColor(MesosTaskState::Starting);
    case ClusterHistory::Killing:
        return TasksModel::stateColor(MesosTaskState::Killing);
    case ClusterHistory::Finished:
        return TasksModel::stateColor(MesosTaskState::Finished);
    case ClusterHistory::Failed:
        return TasksModel::stateColor(MesosTaskState::Failed);
    case ClusterHistory::Killed:
        return ThemeColors::color(ThemeColors::Role::ChartKilled);
    case ClusterHistory::Lost:
        return ThemeColors::color(ThemeColors::Role::ChartLost);
    default:
        return {};
    }
}
// Category labels must fit: the first DNS label of a name ("agent-00017"), IPs whole. They must
// also differ, since the axis merges equal categories, bars and all: agents that share a host are
// told apart by the port of their pid ("slave(1)@10.0.0.1:5051"), then by the end of their id.
QStringList agentLabels(const QList<MesosAgentPtr>& agents) {
    QStringList labels;
    for (const MesosAgentPtr& a : agents) {
        const QString first = a->hostname.section(u'.', 0, 0);
        const bool isName = std::any_of(first.cbegin(), first.cend(), [](QChar ch) { return ch.isLetter(); });
        labels.append(isName ? first : a->hostname);
    }
    auto disambiguate = [&](auto suffix) {
        QHash<QString, int> uses;
        for (const QString& label : std::as_const(labels))
            ++uses[label];
        for (qsizetype i = 0; i < labels.size(); ++i)
            if (uses.value(labels.at(i)) > 1)
                labels[i] += suffix(*agents.at(i));
    };
    disambiguate([](const MesosAgent& a) -> QString {
        const qsizetype colon = a.pid.lastIndexOf(u':');
        return colon < 0 ? QString() : a.pid.mid(colon);
    });
    disambiguate([](const MesosAgent& a) -> QString { return QStringLiteral(" (") + a.id.section(u'-', -1) + u')'; });
    return labels;
}
} // namespace

void ChartsPage::fillLineChart(Panel& panel, const TimeSeries* series, bool percent, SeriesColor color) {
    const QString reason = m_history ? m_history->emptyReason(series) : tr("Not connected to a cluster.");
    if (!reason.isEmpty()) {
        panel.placeholder->setText(reason);
        panel.stack->setCurrentWidget(panel.placeholder);
        return;
    }
    QChart* chart = panel.view->chart();
    // The last layout's plot width decides how many time labels fit without being cut ("01:11…").
    const qreal plotWidth = chart->plotArea().width();
    ChartLook::clear(chart);
    const QList<TimeSeries::Sample>& samples = series->samples();
    const qint64 last = samples.last().msecsSinceEpoch;
    const int begin = std::min(series->firstAtOrAfter(last - rangeMsecs()), int(samples.size()) - 1);
    const qint64 first = samples.at(begin).msecsSinceEpoch;
    // At most MaxPointsPerLine points a line: each stands for a run of samples, by its highest
    // value, so a short peak still shows.
    const int stride = std::max(1, (int(samples.size()) - begin + MaxPointsPerLine - 1) / MaxPointsPerLine);
    auto* x = new QDateTimeAxis;
    x->setFormat(last - first > 30 * 60 * 1000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    auto* y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double top = 0;
    for (int s = 0; s < series->names().size(); ++s) {
        auto* line = new QLineSeries;
        line->setName(series->names().at(s));
        line->setColor(color ? color(s) : ThemeColors::chartSeries(s));
        QList<QPointF> points;
        points.reserve((int(samples.size()) - begin) / stride + 1);
        for (int i = begin; i < samples.size(); i += stride) {
            double peak = std::nan("");
            const int end = std::min(int(samples.size()), i + stride);
            for (int j = i; j < end; ++j) {
                const double v = samples.at(j).values.value(s);
                if (!std::isnan(v) && (std::isnan(peak) || v > peak))
                    peak = v;
            }
            if (std::isnan(peak))
                continue;
            points.append(QPointF(double(samples.at(end - 1).msecsSinceEpoch), peak));
            top = std::max(top, peak);
        }
        if (points.isEmpty()) {
            delete line;
            continue;
        }
        line->replace(points);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    x->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    // Labels are whole seconds: over a short history, fewer ticks than seconds, or they repeat.
    // and no more than fit side by side in the plot's width.
    panel.timeLabelWidth =
        QFontMetrics(x->labelsFont())
            .horizontalAdvance(QLocale().toString(QDateTime::fromMSecsSinceEpoch(last), x->format())) +
        24;
    panel.timeLabelsFitting = timeLabelsFitting(plotWidth, panel.timeLabelWidth);
    x->setTickCount(
        int(std::clamp<qint64>(std::min<qint64>((last - first) / 1000 + 1, panel.timeLabelsFitting), 2, 5)));
    if (percent) {
        m_allocationMax = niceMaximum(top);
        y->setRange(0, m_allocationMax);
        // Ticks on round values: 2, 20 in four steps (0.5, 5), the others in five (0.2, 0.5, 1, 2, 5, 10,
        // 20).
        const double mantissa = m_allocationMax / std::pow(10.0, std::floor(std::log10(m_allocationMax)));
        const int steps = std::abs(mantissa - 2.0) < 1e-9 ? 4 : 5;
        y->setTickCount(steps + 1);
        const double step = m_allocationMax / steps;
        const int decimals = std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 3);
        y->setLabelFormat(QStringLiteral("%.%1f%%").arg(decimals));
    } else { // counts: whole numbers on round ticks
        y->setRange(0, std::max(4.0, top * 1.1));
        y->applyNiceNumbers();
        y->setLabelFormat(QStringLiteral("%.0f"));
    }
    panel.stack->setCurrentWidget(panel.view);
}

void ChartsPage::fillAgentsChart() {
    if (!m_store || m_store->agents().isEmpty()) {
        m_agents.placeholder->setText(m_history && !m_history->emptyReason(m_history->allocation()).isEmpty() &&
                                              m_store && m_store->agents().isEmpty()
                                          ? m_history->emptyReason(m_history->allocation())
                                          : tr("No agents known yet."));
        m_agents.stack->setCurrentWidget(m_agents.placeholder);
        return;
    }
    QList<MesosAgentPtr> agents = m_store->agents().values();
    auto cpu = [](const MesosAgentPtr& a) { return a->total.cpus > 0 ? a->used.cpus / a->total.cpus : 0.0; };
    const qsizetype n = std::min<qsizetype>(12, agents.size()); // more would not leave room for a label each
    std::partial_sort(agents.begin(), agents.begin() + n, agents.end(),
                      [&](const MesosAgentPtr& a, const MesosAgentPtr& b) { return cpu(a) > cpu(b); });
    QChart* chart = m_agents.view->chart();
    ChartLook::clear(chart);
    auto* cpus = new QBarSet(tr("CPUs"));
    auto* mem = new QBarSet(tr("Memory"));
    QList<MesosAgentPtr> shown; // bottom to top, as the axis lists its categories
    for (qsizetype i = n - 1; i >= 0; --i)
        shown.append(agents.at(i));
    const QStringList hosts = agentLabels(shown);
    for (const MesosAgentPtr& a : shown) {
        *cpus << cpu(a) * 100;
        *mem << (a->total.mem > 0 ? a->used.mem / a->total.mem * 100 : 0);
    }
    for (QBarSet* set : {cpus, mem}) {
        const QColor colour = ThemeColors::chartSeries(set == cpus ? 0 : 1);
        set->setColor(colour);
        set->setBorderColor(colour);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(cpus);
    series->append(mem);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(hosts);
    // The chart lays its axes out before the page has its final size, and would cut every
    // host name down to "…": names are short already, so never truncate them.
    y->setTruncateLabels(false);
    QFont labels = y->labelsFont();
    labels.setPointSizeF(labels.pointSizeF() * 0.9);
    y->setLabelsFont(labels);
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%.0f%%"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    m_agents.stack->setCurrentWidget(m_agents.view);
}

void ChartsPage::refresh() {
    m_stale = false;
    if (m_history) {
        fillLineChart(m_allocation, m_history->allocation(), true);
        fillLineChart(m_tasks, m_history->tasks(), false, taskSeriesColor);
    } else {
        for (Panel* p : {&m_allocation, &m_tasks}) {
            p->placeholder->setText(tr("Not connected to a cluster."));
            p->stack->setCurrentWidget(p->placeholder);
        }
    }
    fillAgentsChart();
}
