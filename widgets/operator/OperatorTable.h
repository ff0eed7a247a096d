#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

// The table the operator pages list their rows in: sortable, whole rows selected, alternating
// rows, ids elided in the middle (they differ at their ends), no row numbers.
namespace OperatorTable {
QTableView* make(QAbstractItemModel* model, const QString& objectName, QWidget* parent,
                 bool multiSelection = false);
}
