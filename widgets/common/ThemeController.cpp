#include "ThemeController.h"

#include "ThemeColors.h"
#include "core/Settings.h"

#include <QApplication>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>

ThemeController::ThemeController(QObject* parent)
    : QObject(parent), m_systemStyle(QApplication::style()->name()),
      m_systemPalette(QApplication::palette()) {
    m_choice = parse(Settings::Theme.get()).value_or(Choice::System);
    if (m_choice != Choice::System)
        apply();
}

ThemeController* ThemeController::instance() {
    static QPointer<ThemeController> controller;
    if (!controller)
        controller = new ThemeController(QCoreApplication::instance());
    return controller;
}

void ThemeController::setChoice(Choice choice, bool persist) {
    if (persist)
        Settings::Theme.set(key(choice));
    if (choice == m_choice)
        return;
    m_choice = choice;
    apply();
    emit choiceChanged(choice);
}

void ThemeController::apply() {
    if (m_choice == Choice::System) {
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
        return;
    }
    // Fusion draws every palette role itself, so a forced palette is complete on every platform
    // (a native style may keep its own colours for some controls).
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(ThemeColors::palette(m_choice == Choice::Dark ? ThemeColors::Scheme::Dark
                                                                           : ThemeColors::Scheme::Light));
}

QString ThemeController::key(Choice choice) {
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<ThemeController::Choice> ThemeController::parse(const QString& key) {
    for (Choice choice : {Choice::System, Choice::Light, Choice::Dark})
        if (key.compare(ThemeController::key(choice), Qt::CaseInsensitive) == 0)
            return choice;
    return std::nullopt;
}
