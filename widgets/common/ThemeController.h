#pragma once

#include <QObject>
#include <QPalette>
#include <QString>
#include <optional>

// The application's light or dark look: the platform's (System), or a complete Fusion palette
// of ThemeColors (Light, Dark). One per application; every window's View > Theme menu shows and
// sets it, and the choice is kept (Settings::Theme) and applied at start.
class ThemeController : public QObject {
    Q_OBJECT
public:
    enum class Choice { System, Light, Dark };
    Q_ENUM(Choice)

    // Created on first use, which applies the kept choice.
    static ThemeController* instance();

    Choice choice() const { return m_choice; }
    // persist false: for this run only (--theme), the kept choice stays.
    void setChoice(Choice choice, bool persist = true);

    static QString key(Choice choice); // "system", "light", "dark"
    static std::optional<Choice> parse(const QString& key);

signals:
    void choiceChanged(ThemeController::Choice choice);

private:
    explicit ThemeController(QObject* parent);
    void apply();

    Choice m_choice = Choice::System;
    // What the platform gave before any override, to go back to.
    QString m_systemStyle;
    QPalette m_systemPalette;
};
