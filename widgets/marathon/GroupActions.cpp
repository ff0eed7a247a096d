#include "GroupActions.h"

#include "ConfirmDialog.h"
#include "GroupEditorDialog.h"
#include "GroupScaleDialog.h"
#include "NoticeBar.h"
#include "marathon/MarathonGroupParser.h"
#include "marathon/MarathonSource.h"

#include <QAction>
#include <QJsonDocument>
#include <QWidget>

GroupActions::GroupActions(MarathonSource* source, QWidget* dialogParent, NoticeBar* notice, Runner run)
    : QObject(dialogParent), m_source(source), m_parent(dialogParent), m_notice(notice),
      m_run(std::move(run)) {
    m_new = new QAction(tr("New Group…"), this);
    m_new->setObjectName(QStringLiteral("newGroupAction"));
    connect(m_new, &QAction::triggered, this,
            [this] { create(m_current.isEmpty() ? QStringLiteral("/") : m_current); });
    m_edit = new QAction(tr("Edit Group…"), this);
    m_edit->setObjectName(QStringLiteral("editGroupAction"));
    connect(m_edit, &QAction::triggered, this, [this] { edit(m_current); });
    m_restart = new QAction(tr("Restart Group's Apps…"), this);
    m_restart->setObjectName(QStringLiteral("restartGroupAction"));
    connect(m_restart, &QAction::triggered, this, [this] { restartAll(m_current); });
    m_destroy = new QAction(tr("Destroy Group…"), this);
    m_destroy->setObjectName(QStringLiteral("destroyGroupAction"));
    connect(m_destroy, &QAction::triggered, this, [this] { destroy(m_current); });
    setCurrent({}, false, {});
    connect(this, &GroupActions::finished, this, &GroupActions::refreshTree); // new dependencies
}

GroupEditorDialog* GroupActions::editor() const {
    return m_editor;
}
GroupScaleDialog* GroupActions::scaleDialog() const {
    return m_scaleDialog;
}

void GroupActions::setCurrent(const QString& groupId, bool readOnly, const QString& readOnlyReason) {
    m_current = groupId;
    const QString noGroup = tr("Select a group first.");
    const bool noApps = !groupId.isEmpty() && appsUnder(groupId).isEmpty();
    const QList<std::pair<QAction*, QString>> why{
        {m_new, QString()},
        {m_edit, groupId.isEmpty() ? noGroup : QString()},
        {m_restart, groupId.isEmpty() ? noGroup
                    : noApps          ? tr("%1 has no apps to restart.").arg(groupId)
                                      : QString()},
        {m_destroy, groupId.isEmpty() ? noGroup : QString()},
    };
    for (const auto& [action, reason] : why) {
        action->setEnabled(!readOnly && reason.isEmpty());
        action->setToolTip(readOnly ? readOnlyReason : reason.isEmpty() ? action->text() : reason);
    }
}

void GroupActions::refreshTree() {
    m_source->client()->getGroup(QStringLiteral("/"), this,
                                 [this](const ApiError& error, const MarathonGroup& root) {
                                     if (!error.isError())
                                         emit treeLoaded(root);
                                 });
}

void GroupActions::noteListed() {
    size_t listed = 1; // order-free: the same apps in another order are the same tree
    for (const MarathonApp& app : m_source->apps())
        listed += qHash(app.id) ^ qHash(app.version);
    for (const MarathonPod& pod : m_source->pods())
        listed += qHash(pod.id) ^ qHash(pod.version);
    if (listed == m_listed)
        return;
    m_listed = listed;
    refreshTree();
}

namespace {
template <typename T> QStringList idsUnder(const QList<T>& items, const QString& groupId) {
    QStringList out;
    for (const T& item : items)
        if (MarathonGroupParser::isUnder(item.id, groupId))
            out << item.id;
    out.sort();
    return out;
}
} // namespace

QStringList GroupActions::appsUnder(const QString& groupId) const {
    return idsUnder(m_source->apps(), groupId);
}

QStringList GroupActions::podsUnder(const QString& groupId) const {
    return idsUnder(m_source->pods(), groupId);
}

void GroupActions::create(const QString& parentGroupId) {
    const QString draft = m_drafts.value(QString());
    open(new GroupEditorDialog(m_source->client(), GroupEditorDialog::Mode::Create, {},
                               draft.isEmpty() ? GroupEditorDialog::templateText(parentGroupId) : draft,
                               m_parent),
         QString());
}

void GroupActions::edit(const QString& groupId) {
    if (groupId.isEmpty())
        return;
    if (const QString draft = m_drafts.value(groupId); !draft.isEmpty())
        return open(new GroupEditorDialog(m_source->client(), GroupEditorDialog::Mode::Edit, groupId, draft,
                                          m_parent),
                    groupId);
    m_source->client()->getGroup(
        groupId, this, [this, groupId](const ApiError& error, const MarathonGroup& group) {
            if (error.isError()) {
                m_notice->showNotice(NoticeBar::Level::Error,
                                     tr("Cannot edit %1: %2").arg(groupId, error.summary()));
                return;
            }
            const QString text = QString::fromUtf8(
                QJsonDocument(MarathonGroupParser::editable(group.raw)).toJson(QJsonDocument::Indented));
            open(new GroupEditorDialog(m_source->client(), GroupEditorDialog::Mode::Edit, groupId, text,
                                       m_parent),
                 groupId);
        });
}

void GroupActions::open(GroupEditorDialog* dialog, const QString& draftKey) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, draftKey] {
        if (dialog->sent())
            m_drafts.remove(draftKey);
        else
            m_drafts.insert(draftKey, dialog->jsonText()); // nothing typed is lost
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_notice->hide(); // the window's notifications follow the deployment
        m_source->refresh();
        emit finished(dialog->result());
    });
    dialog->open();
}

void GroupActions::scale(const QString& group) {
    if (group.isEmpty())
        return;
    GroupScaleDialog::AppInstances apps;
    for (const MarathonApp& app : m_source->apps())
        if (MarathonGroupParser::isUnder(app.id, group))
            apps.append({app.id, app.instances});
    std::sort(apps.begin(), apps.end());
    auto* dialog = new GroupScaleDialog(group, apps, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_scaleDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, group, apps, dialog] {
        const double by = dialog->factor();
        const int losing = int(std::count_if(apps.cbegin(), apps.cend(), [by](const auto& a) {
            return GroupScaleDialog::scaled(a.second, by) < a.second;
        }));
        if (by < 1 &&
            !ConfirmDialog::ask(m_parent, {tr("Scale down group %1").arg(group),
                                           tr("Every app under %1 is scaled by %2; %n app(s) lose instances, "
                                              "their tasks are killed.",
                                              nullptr, losing)
                                               .arg(group)
                                               .arg(by),
                                           tr("Scale down"),
                                           {},
                                           true}))
            return;
        m_run(
            tr("Scale of group %1 by %2").arg(group).arg(by),
            [this, group, by](bool force, MarathonClient::ResultCallback done) {
                m_source->client()->scaleGroup(group, by, force, this, std::move(done));
            },
            true);
    });
    dialog->open();
}

void GroupActions::restartAll(const QString& groupId) {
    if (groupId.isEmpty())
        return;
    QStringList running, suspended;
    for (const MarathonApp& app : m_source->apps())
        if (MarathonGroupParser::isUnder(app.id, groupId))
            (app.instances > 0 ? running : suspended) << app.id;
    running.sort();
    if (running.isEmpty()) {
        m_notice->showNotice(NoticeBar::Level::Info, tr("%1 has no running apps to restart.").arg(groupId));
        return;
    }
    QString text =
        tr("%n app(s) of %1 will be restarted, each replacing its tasks following its upgrade strategy "
           "(one deployment per app: Marathon has no restart of a whole group).",
           nullptr, int(running.size()))
            .arg(groupId);
    if (!suspended.isEmpty())
        text += u'\n' + tr("%n suspended app(s) are left alone.", nullptr, int(suspended.size()));
    if (!ConfirmDialog::ask(m_parent, {tr("Restart the apps of %1").arg(groupId),
                                       text,
                                       tr("Restart %n app(s)", nullptr, int(running.size())),
                                       {},
                                       true,
                                       running}))
        return;
    sendRestarts(groupId, running, false);
}

void GroupActions::sendRestarts(const QString& groupId, const QStringList& appIds, bool force) {
    m_source->client()->restartApps(
        appIds, force, this, [this, groupId, force](const MarathonClient::AppResults& results) {
            QStringList failed, locked, lockingDeployments;
            int started = 0;
            for (const auto& [id, r] : results) {
                if (r.ok())
                    ++started;
                else if (r.isLocked() && !force) {
                    locked << id;
                    lockingDeployments << r.error.deploymentIds;
                } else
                    failed << tr("%1: %2").arg(id, r.error.fullText());
            }
            m_source->refresh();
            lockingDeployments.removeDuplicates();
            if (!locked.isEmpty() &&
                ConfirmDialog::ask(m_parent,
                                   {tr("Locked by a deployment"),
                                    tr("%n app(s) of %1 are locked by deployment %2. Stop those deployments "
                                       "(without rollback) and restart them anyway?",
                                       nullptr, int(locked.size()))
                                        .arg(groupId, lockingDeployments.join(u", ")),
                                    tr("Stop deployment and continue"),
                                    {},
                                    true,
                                    locked})) {
                sendRestarts(groupId, locked, true);
                locked.clear();
            }
            for (const QString& id : std::as_const(locked))
                failed << tr("%1: locked by a deployment, not restarted").arg(id);
            if (failed.isEmpty()) {
                if (started > 0)
                    m_notice->hide(); // the window's notifications follow each deployment
            } else {
                m_notice->showNotice(NoticeBar::Level::Error,
                                     tr("Restart of %1: %2 of %3 app(s) restarted; failed:\n%4")
                                         .arg(groupId)
                                         .arg(started)
                                         .arg(results.size())
                                         .arg(failed.join(u'\n')));
            }
            MarathonResult summary;
            if (!failed.isEmpty())
                summary.error = ApiError::make(ApiError::Kind::Http, failed.join(u'\n'));
            emit finished(summary);
        });
}

void GroupActions::destroy(const QString& groupId) {
    if (groupId.isEmpty())
        return;
    const QStringList apps = appsUnder(groupId);
    const QStringList pods = podsUnder(groupId);
    QStringList items;
    for (const QString& id : apps)
        items << tr("app %1").arg(id);
    for (const QString& id : pods)
        items << tr("pod %1").arg(id);
    const QString what = apps.isEmpty() && pods.isEmpty()
                             ? tr("Group %1 holds no apps or pods.").arg(groupId)
                             : tr("%1 and %2 will be destroyed with all their tasks:")
                                   .arg(tr("%n app(s)", nullptr, int(apps.size())),
                                        tr("%n pod(s)", nullptr, int(pods.size())));
    if (!ConfirmDialog::ask(m_parent,
                            {tr("Destroy group %1").arg(groupId),
                             tr("Group %1, its child groups and everything in them are removed. This "
                                "cannot be undone.")
                                     .arg(groupId) +
                                 u'\n' + what,
                             tr("Destroy"), groupId, true, items}))
        return;
    m_run(
        tr("Destroy of group %1").arg(groupId),
        [this, groupId](bool force, MarathonClient::ResultCallback done) {
            m_source->client()->destroyGroup(
                groupId, force, this, [this, groupId, done = std::move(done)](const MarathonResult& r) {
                    if (r.ok())
                        emit groupDestroyed(groupId);
                    done(r);
                });
        },
        true);
}
