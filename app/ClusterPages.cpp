#include "ClusterPages.h"

#include "ClusterPage.h"

namespace ClusterPages {
QList<ClusterPage*> create(QWidget* parent) {
    QList<ClusterPage*> pages;
    // One line per feature page, e.g. pages << new ZooKeeperPage(parent);
    Q_UNUSED(parent);
    return pages;
}
} // namespace ClusterPages
