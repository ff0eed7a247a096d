#pragma once

#include "ClusterPage.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class ZkEnsembleView;
class ZkNodePane;
class ZkSession;
class ZkTreeModel;

// The ZooKeeper tab: a lazy, watched tree of the cluster's ZooKeeper (the connection's path by
// default, "/" on request) with the selected node's Stat, ACL, data and meaning beside it, and
// the ensemble's servers on a second tab. Read-only. A master-URL connection has no ZooKeeper:
// the page says so instead.
class ZooKeeperPage : public ClusterPage {
    Q_OBJECT
public:
    explicit ZooKeeperPage(QWidget* parent = nullptr);
    ~ZooKeeperPage() override;

    QString title() const override;
    void attach(ClusterSession* session) override;

    ZkTreeModel* treeModel() const { return m_model; }
    QTreeView* treeView() const { return m_tree; }
    ZkNodePane* nodePane() const { return m_pane; }
    ZkEnsembleView* ensembleView() const { return m_ensemble; }
    QString messageText() const; // why nothing is shown, empty when the explorer shows
    // Shows path's node, expanding its ancestors as they are listed (tests, "go to").
    void selectPath(const QString& path);

private:
    void setRoot(const QString& path);
    void onSelection();
    void expandPending();

    QPointer<ZkSession> m_session;
    QString m_connectionPath;
    QString m_pendingSelection;
    QStackedWidget* m_stack;
    QLabel* m_message;
    QComboBox* m_root;
    QLabel* m_state;
    QTabWidget* m_tabs;
    QTreeView* m_tree;
    ZkTreeModel* m_model;
    ZkNodePane* m_pane;
    ZkEnsembleView* m_ensemble;
};
