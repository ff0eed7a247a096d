#pragma once

class QChart;
class QChartView;

// What every chart of the window shares: the light or dark chart theme of the current scheme,
// on the palette's base colour like the tables (so the series colours keep their contrast),
// and the way a chart is emptied before it is drawn again.
namespace ChartLook {
void applyTheme(QChart* chart, QChartView* view);
// Every series and axis removed and deleted (removeAxis gives an axis back undeleted).
void clear(QChart* chart);
} // namespace ChartLook
