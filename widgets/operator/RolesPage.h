#pragma once

#include "ClusterPage.h"
#include "net/HttpTransport.h"

#include <QPointer>
#include <chrono>

class ClusterSession;
class MesosFilterProxy;
class OperatorFeedback;
class OperatorPoller;
class QLabel;
class QLineEdit;
class QTreeView;
class RoleEditor;
class RolesModel;

// Roles: every role the leading master knows (GET /master/roles, polled: no event tells of
// quota or weight changes), as a tree with weight, frameworks, allocations and quota bars;
// and the operator's quota and weight changes (UPDATE_QUOTA from Mesos 1.9, UPDATE_WEIGHTS),
// each confirmed first, refused in read-only mode, and answered with the master's own words.
class RolesPage : public ClusterPage {
    Q_OBJECT
public:
    explicit RolesPage(QWidget* parent = nullptr);
    ~RolesPage() override;

    QString title() const override;
    void attach(ClusterSession* session) override;
    void setReadOnly(bool readOnly) override;

    void setPollInterval(std::chrono::milliseconds interval); // test seam
    void refresh();                                           // poll now

    RolesModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    RoleEditor* editor() const { return m_editor; }
    QLabel* statusLabel() const;
    // The last action's outcome (an error in the master's words).
    QLabel* actionLabel() const;
    QLineEdit* filterEdit() const { return m_filter; }
    bool selectRole(const QString& name);

private:
    void onRolesAnswer(const HttpTransport::Response& response);
    void onSelection();
    void updateBlocks();
    void setQuota();
    void setWeight();

    RolesModel* m_model;
    MesosFilterProxy* m_proxy;
    QTreeView* m_view;
    QLineEdit* m_filter;
    OperatorFeedback* m_feedback;
    RoleEditor* m_editor;
    OperatorPoller* m_poller;
    QPointer<ClusterSession> m_session;
    QMetaObject::Connection m_masterChanged;
    bool m_readOnly = false;
    bool m_columnsFitted = false; // the amounts' columns, once, to the first roles read
};
