#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// THE confirmation for every destructive action (kill, destroy, suspend, force, rollback).
// Cancel is the default button, so Enter never destroys anything by accident. With a
// typed confirmation (Destroy) the action button stays disabled until the operator types
// the exact text. Tests answer through setNextAnswer() instead of a real dialog.
class ConfirmDialog : public QDialog {
    Q_OBJECT
public:
    struct Request {
        QString title;
        QString text;          // plain text, may hold server-supplied ids
        QString actionLabel;   // e.g. "Destroy"
        QString typeToConfirm; // when set, the operator must type this exactly
        bool dangerous = true;
        QStringList items = {}; // what goes (a group's apps and pods): listed, scrolling if many
    };

    explicit ConfirmDialog(const Request& request, QWidget* parent = nullptr);

    static bool ask(QWidget* parent, const Request& request);

    // Test seam: the next ask() calls return these answers without showing anything.
    static void setNextAnswer(bool confirm);
    static int pendingAnswers();
    static QString lastText(); // the text of the last request, answered or not

    QPushButton* actionButton() const { return m_action; }
    QLineEdit* confirmEdit() const { return m_typed; }
    QListWidget* itemList() const { return m_items; }
    static QStringList lastItems(); // the items of the last request

private:
    QPushButton* m_action;
    QLineEdit* m_typed = nullptr;
    QListWidget* m_items = nullptr;
};
