#include "ThemeStyle.h"

#include "ThemeNotifier.h"

#include <QVariant>
#include <QWidget>

namespace {
const char* const SheetProperty = "mesosdesk_themeSheet";
const char* const RolesProperty = "mesosdesk_themeRoles";

QList<ThemeColors::Role> rolesOf(const QWidget* widget) {
    QList<ThemeColors::Role> roles;
    for (const QVariant& role : widget->property(RolesProperty).toList())
        roles.append(ThemeColors::Role(role.toInt()));
    return roles;
}

void apply(QWidget* widget) {
    widget->setStyleSheet(ThemeStyle::expand(widget->property(SheetProperty).toString(), rolesOf(widget)));
}
} // namespace

void ThemeStyle::set(QWidget* widget, const QString& sheet, const QList<ThemeColors::Role>& roles) {
    // One connection a widget however often its sheet changes: the sheet lives in properties.
    if (!widget->property(SheetProperty).isValid())
        QObject::connect(ThemeNotifier::instance(), &ThemeNotifier::changed, widget,
                         [widget] { apply(widget); });
    QVariantList list;
    for (ThemeColors::Role role : roles)
        list.append(int(role));
    widget->setProperty(SheetProperty, sheet);
    widget->setProperty(RolesProperty, list);
    apply(widget);
}

void ThemeStyle::setTextColor(QWidget* widget, ThemeColors::Role role) {
    set(widget, QStringLiteral("color: %1;"), {role});
}

QString ThemeStyle::expand(const QString& sheet, const QList<ThemeColors::Role>& roles) {
    QString expanded = sheet;
    for (ThemeColors::Role role : roles)
        expanded = expanded.arg(ThemeColors::color(role).name());
    return expanded;
}
