#pragma once

#include "ThemeColors.h"

#include <QList>
#include <QString>

class QWidget;

// A style sheet with theme colours in it, set again whenever the theme changes: %1, %2... in
// the sheet stand for the roles' colours, in order. An empty sheet clears the widget's.
class ThemeStyle {
public:
    static void set(QWidget* widget, const QString& sheet, const QList<ThemeColors::Role>& roles);
    static void clear(QWidget* widget) { set(widget, {}, {}); }
    // "color: %1;" in the role's colour (the common case: a label that warns or refuses).
    static void setTextColor(QWidget* widget, ThemeColors::Role role);
    static QString expand(const QString& sheet, const QList<ThemeColors::Role>& roles);
};
