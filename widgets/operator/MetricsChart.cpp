#include "MetricsChart.h"

#include "ChartLook.h"
#include "MetricHistory.h"
#include "OnScreenWatcher.h"
#include "ThemeColors.h"
#include "ThemeNotifier.h"
#include "TimeSeries.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

MetricsChart::MetricsChart(MetricHistory* history, QWidget* parent)
    : QWidget(parent), m_history(history), m_stack(new QStackedWidget(this)),
      m_placeholder(new QLabel(m_stack)) {
    setObjectName(QStringLiteral("metricsChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setObjectName(QStringLiteral("metricsChartPlaceholder"));
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true); // "1.234,5" in German, as the table shows it
    chart->setLocale(QLocale());
    m_view = new QChartView(chart, m_stack);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);
    m_stack->setMinimumHeight(150);
    layout->addWidget(m_stack);
    ChartLook::applyTheme(chart, m_view);
    connect(ThemeNotifier::instance(), &ThemeNotifier::changed, this, [this] {
        ChartLook::applyTheme(m_view->chart(), m_view);
        redraw(); // the lines take their colours when they are made
    });
    connect(history, &MetricHistory::keysChanged, this, &MetricsChart::redraw);
    connect(history, &MetricHistory::recorded, this, &MetricsChart::onChanged);
    m_onScreen = new OnScreenWatcher(this);
    connect(m_onScreen, &OnScreenWatcher::onScreenChanged, this, [this](bool onScreen) {
        if (onScreen && m_stale)
            redraw();
    });
    redraw();
}

void MetricsChart::onChanged() {
    if (m_onScreen->isOnScreen())
        redraw();
    else
        m_stale = true;
}

void MetricsChart::redraw() {
    m_stale = false;
    QChart* chart = m_view->chart();
    ChartLook::clear(chart);
    const QStringList keys = m_history->keys();
    if (keys.isEmpty()) {
        m_placeholder->setText(
            tr("Select one or more metrics above and press Chart to follow them over time."));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    qint64 first = 0, last = 0;
    double low = INFINITY, high = -INFINITY;
    QList<QLineSeries*> lines;
    for (int k = 0; k < keys.size(); ++k) {
        auto* line = new QLineSeries;
        line->setName(keys.at(k));
        line->setColor(ThemeColors::chartSeries(k));
        QList<QPointF> points;
        for (const TimeSeries::Sample& sample : m_history->series(keys.at(k))->samples()) {
            const double value = sample.values.value(0);
            if (std::isnan(value))
                continue; // a gap: the key was missing from that snapshot
            points.append(QPointF(double(sample.msecsSinceEpoch), value));
            first = first == 0 ? sample.msecsSinceEpoch : std::min(first, sample.msecsSinceEpoch);
            last = std::max(last, sample.msecsSinceEpoch);
            low = std::min(low, value);
            high = std::max(high, value);
        }
        line->replace(points);
        lines.append(line);
    }
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("HH:mm:ss"));
    x->setTickCount(4);
    auto* y = new QValueAxis;
    // Laid out before the splitter gives the chart its height, the labels would stay cut to "…".
    x->setTruncateLabels(false);
    y->setTruncateLabels(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* line : std::as_const(lines)) {
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    if (first == 0) { // charted, but no snapshot since: a minute's empty frame
        last = QDateTime::currentMSecsSinceEpoch();
        first = last - 60 * 1000;
        low = 0;
        high = 1;
    }
    // A single sample or a flat line still gets a frame around it.
    if (last - first < 1000)
        first = last - 1000;
    if (!(high > low)) {
        const double pad = std::max(1.0, std::abs(high) * 0.1);
        low -= pad;
        high += pad;
    }
    // Local time: QDateTime from milliseconds since the epoch is the system's time zone.
    x->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    y->setRange(low, high);
    y->applyNiceNumbers();
    m_stack->setCurrentWidget(m_view);
}

int MetricsChart::lineCount() const {
    return int(m_view->chart()->series().size());
}

int MetricsChart::pointCount(const QString& key) const {
    for (QAbstractSeries* series : m_view->chart()->series())
        if (series->name() == key)
            return int(static_cast<QLineSeries*>(series)->count());
    return -1;
}

QString MetricsChart::placeholderText() const {
    return m_stack->currentWidget() == m_placeholder ? m_placeholder->text() : QString();
}
