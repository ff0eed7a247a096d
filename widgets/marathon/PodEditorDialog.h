#pragma once

#include "JsonEditorDialog.h"

class MarathonClient;

// New Pod and Edit Pod: the definition as JSON, checked against the pod RAML types as it is
// typed (PodDefinitionValidator); the rest is JsonEditorDialog's.
class PodEditorDialog : public JsonEditorDialog {
    Q_OBJECT
public:
    PodEditorDialog(MarathonClient* client, Mode mode, const QString& podId, const QString& text,
                    QWidget* parent = nullptr);
    static QString templateText();

private:
    static Spec spec(MarathonClient* client, Mode mode, const QString& podId);
};
