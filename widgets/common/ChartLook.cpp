#include "ChartLook.h"

#include "ThemeColors.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QGuiApplication>
#include <QLegend>
#include <QPalette>

namespace ChartLook {
void applyTheme(QChart* chart, QChartView* view) {
    const bool dark = ThemeColors::scheme() == ThemeColors::Scheme::Dark;
    const QPalette palette = QGuiApplication::palette(); // the widgets' may not have it yet
    // A theme resets what was set on the chart: its legend's place is set again after it.
    const Qt::Alignment legend = chart->legend()->alignment();
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->legend()->setAlignment(legend);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    view->setBackgroundBrush(palette.color(QPalette::Base));
}

void clear(QChart* chart) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}
} // namespace ChartLook
