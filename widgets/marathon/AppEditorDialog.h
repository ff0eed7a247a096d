#pragma once

#include "marathon/AppDefinitionValidator.h"
#include "marathon/MarathonResult.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QSet>

class ClusterStore;
class MarathonClient;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTabWidget;

// New App and Edit: a form (id, cpus, mem, disk, instances, cmd, URIs, env, labels) and a
// JSON editor kept in sync both ways (the JSON keeps every field the form does not show).
// Local schema checks and the server's 422 details land at the same field or JSON path; a
// 409 duplicate id or lock is explained. A check speaks once the operator has acted: at a field
// once it was edited, everywhere once the JSON was edited or Create pressed; focus then goes to
// the first field in error. Warnings (a request larger than any agent, no memory) are shown at
// their field and stop the first Create; the second sends anyway. Nothing typed is lost: the dialog stays
// open on every failure, and the text is kept as a draft when the dialog is closed.
class AppEditorDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Create, Edit };

    AppEditorDialog(MarathonClient* client, Mode mode, const QJsonObject& definition, QWidget* parent = nullptr);

    // A New App dialog restored from the saved draft (or a template when there is none).
    static AppEditorDialog* createNew(MarathonClient* client, QWidget* parent);

    QJsonObject definition() const { return m_definition; }
    QString jsonText() const;
    bool jsonValid() const { return m_jsonValid; }
    // Errors currently shown, by JSON path ("/id", "/upgradeStrategy/minimumHealthCapacity").
    QHash<QString, QString> shownErrors() const { return m_errors; }
    QHash<QString, QString> shownWarnings() const { return m_shownWarnings; }
    // The largest agent's resources, to warn about requests no agent can satisfy.
    void setAgentLimits(const AppDefinitionValidator::AgentLimits& limits);
    static AppDefinitionValidator::AgentLimits limitsOf(const ClusterStore* store); // none without a store
    QString bannerText() const;
    MarathonResult result() const { return m_result; }

    QLineEdit* idEdit() const { return m_id; }
    QDoubleSpinBox* cpusBox() const { return m_cpus; }
    QDoubleSpinBox* memBox() const { return m_mem; }
    QDoubleSpinBox* diskBox() const { return m_disk; }
    QSpinBox* instancesBox() const { return m_instances; }
    QLineEdit* cmdEdit() const { return m_cmd; }
    QPlainTextEdit* urisEdit() const { return m_uris; }
    QPlainTextEdit* envEdit() const { return m_env; }
    QPlainTextEdit* labelsEdit() const { return m_labels; }
    QPlainTextEdit* jsonEdit() const { return m_json; }
    QPushButton* submitButton() const { return m_submit; }
    QTabWidget* tabs() const { return m_tabs; }
    QScrollArea* formScroll() const { return m_formScroll; }

    // Shows the server's error at its places (used for 400/409/422 answers).
    void showServerError(const ApiError& error);

public slots:
    void submit();

protected:
    void done(int result) override;

private:
    void formToJson();
    void jsonToForm();
    bool validate(); // true when a local check fails (the server's complaints do not count)
    void showErrors(const QHash<QString, QString>& errors, const QString& banner);
    void saveDraft() const;
    QLabel* errorLabelFor(const QString& path) const;
    bool shows(const QString& path) const; // the operator acted on it: its checks may speak
    void focusFirstProblem();

    MarathonClient* m_client;
    Mode m_mode;
    QString m_originalId;
    QJsonObject m_definition;
    bool m_jsonValid = true;
    bool m_syncing = false;
    bool m_submitted = false;
    QHash<QString, QString> m_errors;       // shown: local checks of touched fields and the server's
    QHash<QString, QString> m_serverErrors; // the last answer's, until their field is edited
    QHash<QString, QString> m_shownWarnings;
    QSet<QString> m_touched; // top-level paths the operator edited in the form
    bool m_showAll = false;  // JSON edited or Create pressed: every check speaks
    bool m_warned = false;
    QString m_note; // an information banner (a restored draft) until the operator edits   // the shown
                    // warnings were seen at a Create: the next one sends
    AppDefinitionValidator::AgentLimits m_limits;
    MarathonResult m_result;

    QTabWidget* m_tabs;
    QScrollArea* m_formScroll;
    QLineEdit* m_id;
    QDoubleSpinBox* m_cpus;
    QDoubleSpinBox* m_mem;
    QDoubleSpinBox* m_disk;
    QSpinBox* m_instances;
    QLineEdit* m_cmd;
    QPlainTextEdit* m_uris;
    QPlainTextEdit* m_env;
    QPlainTextEdit* m_labels;
    QPlainTextEdit* m_json;
    QLabel* m_jsonErrors;
    QLabel* m_banner;
    QHash<QString, QLabel*> m_fieldErrors;        // "/id" -> label under the field
    QHash<QString, QLabel*> m_fieldWarnings;      // "/cpus" -> warning under the field
    QList<std::pair<QString, QWidget*>> m_fields; // form order, for focus
    QPushButton* m_submit;
};
