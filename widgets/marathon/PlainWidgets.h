#pragma once

#include <QString>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QWidget;

// The labels and read-only tables the Marathon detail views share: server text is plain text.
namespace PlainWidgets {
QLabel* textLabel(QWidget* parent, const QString& objectName);
QLabel* title(QWidget* parent, const QString& text);
QTableView* table(QWidget* parent, const QString& objectName, QAbstractItemModel* model);
} // namespace PlainWidgets
