#pragma once

#include <QModelIndex>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QPlainTextEdit;
class QTableWidget;

// The selected object: every column of its row as "field: value", and its raw JSON as plain
// text (server text is never rendered as rich text).
class MesosDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit MesosDetailPane(QWidget* parent = nullptr);

    void showIndex(const QModelIndex& index); // any column of the row; invalid clears
    QString rawJson() const;
    QTableWidget* fields() const { return m_fields; }
    // A button above the fields for an action on the shown object (its owner enables it).
    void addButton(QAction* action);

private:
    static QString readable(QByteArray raw); // indented JSON, or the first 512 KiB of a huge one
    QTableWidget* m_fields;
    QPlainTextEdit* m_raw;
    QHBoxLayout* m_buttons;
};
