#pragma once

#include "ClusterPage.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QProgressBar;
class QPushButton;
class ZkNodeEditor;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class ZkEnsembleView;
class ZkNodePane;
class ZkSession;
class ZkSubtreeExportJob;
class ZkSubtreeSearch;
class ZkTreeModel;

// The ZooKeeper tab: a lazy, watched tree of the cluster's ZooKeeper (the connection's path by
// default, "/" on request) with the selected node's Stat, ACL, data and meaning beside it, and
// the ensemble's servers on a second tab. Changes (set, delete) are off until the operator
// allows them, and never while read-only. A master-URL connection has no ZooKeeper:
// the page says so instead.
class ZooKeeperPage : public ClusterPage {
    Q_OBJECT
public:
    explicit ZooKeeperPage(QWidget* parent = nullptr);
    ~ZooKeeperPage() override;

    QString title() const override;
    void attach(ClusterSession* session) override;
    void setReadOnly(bool readOnly) override;

    ZkTreeModel* treeModel() const { return m_model; }
    QTreeView* treeView() const { return m_tree; }
    ZkNodePane* nodePane() const { return m_pane; }
    ZkEnsembleView* ensembleView() const { return m_ensemble; }
    ZkNodeEditor* editor() const { return m_editor; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* stopButton() const { return m_stop; }
    QString writeMessage() const; // the last write's outcome
    QString messageText() const;  // why nothing is shown, empty when the explorer shows
    // Shows path's node, expanding its ancestors as they are listed (tests, "go to").
    void selectPath(const QString& path);
    ZkSubtreeSearch* search() const { return m_search; }
    // The subtree under path, values and Stat, as a JSON file (the tree's context menu asks
    // where); the outcome shows as the write message.
    void exportSubtree(const QString& path, const QString& fileName);

private:
    void setRoot(const QString& path);
    void onSelection();
    void expandPending();
    void updateWriteControls();
    void editValue();
    void createChild();

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
    ZkNodeEditor* m_editor;
    ZkSubtreeSearch* m_search;
    ZkSubtreeExportJob* m_export;
    QCheckBox* m_allow;
    QPushButton* m_edit;
    QPushButton* m_create;
    QPushButton* m_delete;
    QLabel* m_writeState;
    QLabel* m_writeMessage;
    QProgressBar* m_progress;
    QPushButton* m_stop;
};
