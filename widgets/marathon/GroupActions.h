#pragma once

#include "marathon/MarathonClient.h"
#include "marathon/MarathonResult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class GroupEditorDialog;
class GroupScaleDialog;
class MarathonSource;
class NoticeBar;
class QAction;
class QWidget;

// The group operations of the Marathon tab: New Group and Edit (JSON, GroupEditorDialog, the
// unsent draft kept per group), Scale by a factor, Restart every app of the group (Marathon
// has no group restart: one restart per app, each app's outcome told), Destroy (the typed id,
// the apps and pods that go listed). Each asks through ConfirmDialog where it changes running
// tasks; single changes run through the panel's runner (409 lock → force after a question).
class GroupActions : public QObject {
    Q_OBJECT
public:
    using Call = std::function<void(bool force, MarathonClient::ResultCallback done)>;
    using Runner = std::function<void(const QString& what, Call call, bool offerForce)>;

    GroupActions(MarathonSource* source, QWidget* dialogParent, NoticeBar* notice, Runner run);

    QAction* newGroupAction() const { return m_new; }
    QAction* editGroupAction() const { return m_edit; }
    QAction* restartGroupAction() const { return m_restart; }
    QAction* destroyGroupAction() const { return m_destroy; }
    QList<QAction*> actions() const { return {m_new, m_edit, m_restart, m_destroy}; }
    // Enables the actions for the current group ("" when no group row is current); read-only
    // disables all of them and tells why in their tooltips.
    void setCurrent(const QString& groupId, bool readOnly, const QString& readOnlyReason);

    void create(const QString& parentGroupId = QStringLiteral("/"));
    void edit(const QString& groupId);
    void scale(const QString& groupId);
    void restartAll(const QString& groupId);
    void destroy(const QString& groupId);

    // The apps and pods at or below groupId, as the last poll listed them.
    QStringList appsUnder(const QString& groupId) const;
    QStringList podsUnder(const QString& groupId) const;

    // GET /v2/groups/ with every group's dependencies, then treeLoaded (errors are not news:
    // the tree just keeps what it showed).
    void refreshTree();
    // After each poll: the tree is fetched again only when the apps and pods listed changed (one
    // was added, removed or redeployed). It holds every app's definition, megabytes on a big
    // Marathon, so neither a selection nor a quiet poll asks for it.
    void noteListed();

    GroupEditorDialog* editor() const;
    GroupScaleDialog* scaleDialog() const;

signals:
    void finished(const MarathonResult& result); // a dialog's change was accepted, or a restart sent
    void groupDestroyed(const QString& groupId);
    void treeLoaded(const MarathonGroup& root);

private:
    void open(GroupEditorDialog* dialog, const QString& draftKey);
    void sendRestarts(const QString& groupId, const QStringList& appIds, bool force);

    MarathonSource* m_source;
    size_t m_listed = 0; // of the ids and versions noteListed last saw; 0: never fetched
    QWidget* m_parent;
    NoticeBar* m_notice;
    Runner m_run;
    QString m_current;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_restart;
    QAction* m_destroy;
    QPointer<GroupEditorDialog> m_editor;
    QPointer<GroupScaleDialog> m_scaleDialog;
    QHash<QString, QString> m_drafts; // group id ("" for New Group) -> text
};
