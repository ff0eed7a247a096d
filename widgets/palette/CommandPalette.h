#pragma once

#include "PaletteEntry.h"

#include <QFrame>
#include <QPointer>
#include <functional>

class PaletteModel;
class QLabel;
class QLineEdit;
class QListView;

// Ctrl+K: a frameless popup over the window's centre that finds apps, tasks, agents,
// frameworks, profiles and actions by name as the operator types. Up/Down/PageUp/PageDown move,
// Enter acts, Esc leaves; focus returns where it was.
class CommandPalette : public QFrame {
    Q_OBJECT
public:
    // Acts on an entry once the palette has closed; returns why it could not (the palette then
    // opens again with the reason), or an empty string.
    using Handler = std::function<QString(const PaletteEntry& entry)>;

    CommandPalette(PaletteModel* model, QWidget* window);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Gathers the entries again and shows the palette with an empty query.
    void popup();

    PaletteModel* model() const { return m_model; }
    QLineEdit* lineEdit() const { return m_edit; }
    QListView* listView() const { return m_list; }
    QLabel* statusLabel() const { return m_status; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void place();
    void moveCurrent(int rows);
    void activateCurrent();
    void showCount();
    int pageRows() const;

    PaletteModel* m_model;
    QWidget* m_window;
    QLineEdit* m_edit;
    QListView* m_list;
    QLabel* m_status;
    Handler m_handler;
    QPointer<QWidget> m_returnFocus;
    QString m_message; // shown instead of the count until the query changes
};
