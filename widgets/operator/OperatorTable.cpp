#include "OperatorTable.h"

#include <QHeaderView>
#include <QTableView>

namespace OperatorTable {
QTableView* make(QAbstractItemModel* model, const QString& objectName, QWidget* parent, bool multiSelection) {
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(multiSelection ? QAbstractItemView::ExtendedSelection
                                          : QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setTextElideMode(Qt::ElideMiddle); // ids differ at their ends
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(22);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace OperatorTable
