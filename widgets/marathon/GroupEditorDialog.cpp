#include "GroupEditorDialog.h"

#include "marathon/GroupDefinitionValidator.h"
#include "marathon/MarathonClient.h"

GroupEditorDialog::GroupEditorDialog(MarathonClient* client, Mode mode, const QString& groupId,
                                     const QString& text, QWidget* parent)
    : JsonEditorDialog(mode, groupId, text, spec(client, mode, groupId), parent) {}

JsonEditorDialog::Spec GroupEditorDialog::spec(MarathonClient* client, Mode mode, const QString& groupId) {
    Spec s;
    s.name = QStringLiteral("group");
    s.title = mode == Mode::Create ? tr("New Group") : tr("Edit Group %1").arg(groupId);
    s.hint =
        mode == Mode::Create
            ? tr("The group as Marathon takes it (POST /v2/groups): an absolute id, its apps and child "
                 "groups (ids relative to the group), and the ids it depends on.")
            : tr("The group as Marathon takes it (PUT /v2/groups): apps left out are destroyed, new ones "
                 "are started, changed ones restarted. Pods are edited on their own.");
    s.submitLabel = mode == Mode::Create ? tr("Create Group") : tr("Save");
    s.notAnObject = tr("A group definition is a JSON object.");
    s.localProblems = tr("There was a problem with this group definition: see the marked lines.");
    s.idTaken = tr("Marathon refused: %1");
    s.locked = tr("An app of the group is locked by deployment %1, so the change was refused. Nothing was "
                  "changed.");
    s.lockTitle = tr("Stop the deployment and apply");
    s.lockQuestion = tr("Deployment %1 holds apps of %2. Stop it (without rollback) and apply your change?");
    s.lockAction = tr("Stop and apply");
    s.refused = tr("Marathon refused this group definition: %1");
    s.notApplied = tr("The change was not applied: %1");
    s.validate = [](const QJsonObject& group) { return GroupDefinitionValidator::validate(group); };
    s.send = [client, mode, groupId](const QJsonObject& definition, bool force, QObject* context,
                                     MarathonClient::ResultCallback done) {
        if (mode == Mode::Create)
            client->createGroup(definition, context, std::move(done));
        else
            client->updateGroup(groupId, definition, force, context, std::move(done));
    };
    return s;
}

QString GroupEditorDialog::templateText(const QString& parent) {
    const QString base = parent.endsWith(u'/') ? parent : parent + u'/';
    return QStringLiteral(R"({
  "id": "%1my-group",
  "apps": [
    { "id": "db", "cmd": "sleep 3600", "cpus": 0.1, "mem": 32, "instances": 1 },
    { "id": "web", "cmd": "sleep 3600", "cpus": 0.1, "mem": 32, "instances": 1,
      "dependencies": ["db"] }
  ],
  "dependencies": []
}
)")
        .arg(base);
}
