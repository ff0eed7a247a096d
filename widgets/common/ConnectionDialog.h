#pragma once

#include "core/ConnectionTarget.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QDialogButtonBox;

// Asks for a ZooKeeper URL or a master URL. Recent entries are offered (without passwords);
// a malformed entry is explained inline and the text is kept as typed.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    ConnectionTarget target() const { return m_target; }

    // Remembers text (password removed) at the top of the recent list.
    static void remember(const ConnectionTarget& target);

private:
    void validate();

    QComboBox* m_input;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    ConnectionTarget m_target;
};
