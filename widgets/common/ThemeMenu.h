#pragma once

#include <QMenu>

class QAction;

// View > Theme: System, Light, Dark, one checked: the application's real choice, also when
// another window changed it.
class ThemeMenu : public QMenu {
    Q_OBJECT
public:
    explicit ThemeMenu(QWidget* parent = nullptr);

private:
    void showChoice();

    QAction* m_system;
    QAction* m_light;
    QAction* m_dark;
};
