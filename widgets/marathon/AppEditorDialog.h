#pragma once

#include "marathon/MarathonResult.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class MarathonClient;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

// New App and Edit: a form (id, cpus, mem, disk, instances, cmd, URIs, env, labels) and a
// JSON editor kept in sync both ways (the JSON keeps every field the form does not show).
// Local schema checks and the server's 422 details land at the same field or JSON path; a
// 409 duplicate id or lock is explained. Nothing typed is lost: the dialog stays open on
// every failure, and the text is kept as a draft when the dialog is closed.
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

    // Shows the server's error at its places (used for 400/409/422 answers).
    void showServerError(const ApiError& error);

public slots:
    void submit();

protected:
    void done(int result) override;

private:
    void formToJson();
    void jsonToForm();
    void validate();
    void showErrors(const QHash<QString, QString>& errors, const QString& banner);
    void saveDraft() const;
    QLabel* errorLabelFor(const QString& path) const;

    MarathonClient* m_client;
    Mode m_mode;
    QString m_originalId;
    QJsonObject m_definition;
    bool m_jsonValid = true;
    bool m_syncing = false;
    bool m_submitted = false;
    QHash<QString, QString> m_errors;
    MarathonResult m_result;

    QTabWidget* m_tabs;
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
    QHash<QString, QLabel*> m_fieldErrors; // "/id" -> label under the field
    QPushButton* m_submit;
};
