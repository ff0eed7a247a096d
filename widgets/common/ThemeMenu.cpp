#include "ThemeMenu.h"

#include "ThemeController.h"

#include <QActionGroup>

ThemeMenu::ThemeMenu(QWidget* parent) : QMenu(tr("&Theme"), parent) {
    setObjectName(QStringLiteral("themeMenu"));
    auto* group = new QActionGroup(this);
    group->setExclusive(true);
    auto add = [&](const QString& text, const char* name, ThemeController::Choice choice) {
        QAction* action = addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [choice] { ThemeController::instance()->setChoice(choice); });
        return action;
    };
    m_system = add(tr("&System"), "themeSystemAction", ThemeController::Choice::System);
    m_light = add(tr("&Light"), "themeLightAction", ThemeController::Choice::Light);
    m_dark = add(tr("&Dark"), "themeDarkAction", ThemeController::Choice::Dark);
    connect(ThemeController::instance(), &ThemeController::choiceChanged, this, &ThemeMenu::showChoice);
    showChoice();
}

void ThemeMenu::showChoice() {
    const ThemeController::Choice choice = ThemeController::instance()->choice();
    m_system->setChecked(choice == ThemeController::Choice::System);
    m_light->setChecked(choice == ThemeController::Choice::Light);
    m_dark->setChecked(choice == ThemeController::Choice::Dark);
}
