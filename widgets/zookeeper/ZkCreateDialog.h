#pragma once

#include "zookeeper/ZkSession.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Asks for a new child of one node: its name, its mode and its value as text. Create stays
// disabled while the name or the size would be refused, and the reason is shown, so nothing
// the server would reject is sent.
class ZkCreateDialog : public QDialog {
    Q_OBJECT
public:
    explicit ZkCreateDialog(const QString& parentPath, QWidget* parent = nullptr);

    QString name() const;
    QByteArray data() const;
    ZkSession::CreateMode mode() const;
    QString problem() const; // why Create is disabled, empty when it is not

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* modeBox() const { return m_mode; }
    QPlainTextEdit* dataEdit() const { return m_data; }
    QPushButton* createButton() const { return m_create; }

    static QString modeName(ZkSession::CreateMode mode);

private:
    void validate();

    QString m_parentPath;
    QLineEdit* m_name;
    QComboBox* m_mode;
    QLabel* m_modeHint;
    QPlainTextEdit* m_data;
    QLabel* m_problem;
    QPushButton* m_create;
};
