#pragma once

#include <QDialog>

class QTreeWidget;

// Help > Keyboard Shortcuts (and '?'): every key binding the window has, grouped by area (menu
// or tab), read from the live actions when it opens, so it always says what the keys do now.
class KeyboardMapDialog : public QDialog {
    Q_OBJECT
public:
    explicit KeyboardMapDialog(QWidget* window);

    QTreeWidget* tree() const { return m_tree; }
    // "Area\tAction\tKeys" per binding, in the order shown (tests, docs/keyboard.md).
    QStringList rows() const;

private:
    QTreeWidget* m_tree;
};
