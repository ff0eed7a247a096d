#include "PodEditorDialog.h"

#include "marathon/MarathonClient.h"
#include "marathon/PodDefinitionValidator.h"

PodEditorDialog::PodEditorDialog(MarathonClient* client, Mode mode, const QString& podId, const QString& text,
                                 QWidget* parent)
    : JsonEditorDialog(mode, podId, text, spec(client, mode, podId), parent) {}

JsonEditorDialog::Spec PodEditorDialog::spec(MarathonClient* client, Mode mode, const QString& podId) {
    Spec s;
    s.name = QStringLiteral("pod");
    s.title = mode == Mode::Create ? tr("New Pod") : tr("Edit Pod %1").arg(podId);
    s.hint = tr("The pod definition as Marathon takes it (POST /v2/pods): id, containers with "
                "their resources, volumes, networks, scaling.");
    s.submitLabel = mode == Mode::Create ? tr("Create Pod") : tr("Save");
    s.notAnObject = tr("A pod definition is a JSON object.");
    s.localProblems = tr("There was a problem with this pod definition: see the marked lines.");
    s.idTaken = tr("Marathon refused: %1"); // the id is taken (an app or a pod)
    s.locked = tr("The pod is locked by deployment %1, so the change was refused. Nothing was changed.");
    s.lockTitle = tr("Stop the deployment and apply");
    s.lockQuestion = tr("Deployment %1 holds %2. Stop it (without rollback) and apply your change?");
    s.lockAction = tr("Stop and apply");
    s.refused = tr("Marathon refused this pod definition: %1");
    s.notApplied = tr("The change was not applied: %1");
    s.validate = [](const QJsonObject& pod) { return PodDefinitionValidator::validate(pod); };
    s.send = [client, mode, podId](const QJsonObject& definition, bool force, QObject* context,
                                   MarathonClient::ResultCallback done) {
        if (mode == Mode::Create)
            client->createPod(definition, context, std::move(done));
        else
            client->updatePod(podId, definition, force, context, std::move(done));
    };
    return s;
}

QString PodEditorDialog::templateText() {
    return QStringLiteral(R"({
  "id": "/my-pod",
  "containers": [
    {
      "name": "main",
      "resources": { "cpus": 0.1, "mem": 32 },
      "exec": { "command": { "shell": "echo hello; sleep 3600" } }
    }
  ],
  "scaling": { "kind": "fixed", "instances": 1 }
}
)");
}
