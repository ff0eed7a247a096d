#include "ClusterPages.h"

#include "ClusterPage.h"
#include "MaintenancePage.h"
#include "MaintenanceSchedulePage.h"
#include "MasterPage.h"
#include "OffersPage.h"
#include "RolesPage.h"
#include "ZooKeeperPage.h"

namespace ClusterPages {
QList<ClusterPage*> create(QWidget* parent) {
    QList<ClusterPage*> pages;
    // One line per feature page.
    pages << new RolesPage(parent) << new MaintenancePage(parent);
    pages << new MaintenanceSchedulePage(parent);
    pages << new OffersPage(parent);
    pages << new MasterPage(parent);
    pages << new ZooKeeperPage(parent);
    return pages;
}
} // namespace ClusterPages
