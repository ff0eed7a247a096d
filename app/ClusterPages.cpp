#include "ClusterPages.h"

#include "ClusterPage.h"
#include "ZooKeeperPage.h"

namespace ClusterPages {
QList<ClusterPage*> create(QWidget* parent) {
    QList<ClusterPage*> pages;
    // One line per feature page, e.g. pages << new ZooKeeperPage(parent);
    pages << new ZooKeeperPage(parent);
    return pages;
}
} // namespace ClusterPages
