#include "ClusterPages.h"

#include "ClusterPage.h"
#include "MaintenancePage.h"
#include "RolesPage.h"

namespace ClusterPages {
QList<ClusterPage*> create(QWidget* parent) {
    QList<ClusterPage*> pages;
    // One line per feature page, e.g. pages << new ZooKeeperPage(parent);
    pages << new RolesPage(parent) << new MaintenancePage(parent);
    return pages;
}
} // namespace ClusterPages
