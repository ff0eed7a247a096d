#pragma once

#include <QWidget>

class AppsFilterProxy;
class AppsModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

// The apps tree with the Marathon UI's filters (status, health, label, text) and a health bar.
class AppsView : public QWidget {
    Q_OBJECT
public:
    explicit AppsView(AppsModel* model, QWidget* parent = nullptr);

    QTreeView* tree() const { return m_tree; }
    AppsFilterProxy* proxy() const { return m_proxy; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* healthFilter() const { return m_health; }
    QLineEdit* labelFilter() const { return m_label; }
    // Full ids of the selected apps (groups excluded).
    QString currentAppId() const;
    QString currentGroupId() const; // when a group row is current
    bool selectApp(const QString& id);
    // selectApp, clearing the filters when they hide the app, with the focus on the tree.
    bool showApp(const QString& id);
    QAction* filterAction() const { return m_filterAction; }
    void clearSelection(); // nothing current, nothing selected
    // A line above the tree (why pods are not listed, say); empty hides it.
    void setNote(const QString& text);
    QLabel* noteLabel() const { return m_note; }

signals:
    void currentAppChanged(const QString& appId);

private:
    void updateEmptyState();

    AppsModel* m_model;
    AppsFilterProxy* m_proxy;
    QTreeView* m_tree;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_health;
    QLineEdit* m_label;
    QLabel* m_empty;
    QLabel* m_note;
    QAction* m_filterAction;
};
