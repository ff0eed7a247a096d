#pragma once

#include "JsonEditorDialog.h"

class MarathonClient;

// New Group and Edit Group: the group as PUT/POST /v2/groups take it (id, apps, groups,
// dependencies), checked by GroupDefinitionValidator as it is typed, Marathon's 422 details
// marked at their paths ("/apps(1)/instances" as "/apps/1/instances"); the rest is
// JsonEditorDialog's.
class GroupEditorDialog : public JsonEditorDialog {
    Q_OBJECT
public:
    GroupEditorDialog(MarathonClient* client, Mode mode, const QString& groupId, const QString& text,
                      QWidget* parent = nullptr);
    // A group of two apps, the second waiting for the first, under parent ("/" for none).
    static QString templateText(const QString& parent = QStringLiteral("/"));

private:
    static Spec spec(MarathonClient* client, Mode mode, const QString& groupId);
};
