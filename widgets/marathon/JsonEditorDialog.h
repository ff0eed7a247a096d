#pragma once

#include "marathon/AppDefinitionValidator.h"
#include "marathon/MarathonClient.h"
#include "marathon/MarathonResult.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// What the pod and group editors share: a definition as JSON, checked as it is typed and
// marked at the lines of its problems, listed by JSON path; the server's 400/422 details land
// the same way, a 409 lock offers force after a question. Nothing typed is lost: the dialog
// stays open on every failure, and jsonText() is what the caller keeps when it closes unsent.
// The texts come from the concrete dialog, so each keeps its own translation context.
class JsonEditorDialog : public QDialog {
    Q_OBJECT
public:
    using Problem = AppDefinitionValidator::Problem;
    enum class Mode { Create, Edit };
    struct Spec {
        QString name; // object name prefix: "pod" gives podJson, podSubmit...
        QString title, hint, submitLabel;
        QString notAnObject; // "A pod definition is a JSON object."
        QString localProblems;
        QString idTaken;                             // %1: Marathon's message (a 409 without deployments)
        QString locked;                              // %1: the deployments
        QString lockTitle, lockQuestion, lockAction; // lockQuestion: %1 deployments, %2 the id
        QString refused;                             // %1: Marathon's message (400, 422)
        QString notApplied;                          // %1: the error
        std::function<QList<Problem>(const QJsonObject&)> validate;
        // Sends the definition: create, or update with force after a confirmed 409.
        std::function<void(const QJsonObject& definition, bool force, QObject* context,
                           MarathonClient::ResultCallback done)>
            send;
    };

    JsonEditorDialog(Mode mode, const QString& id, const QString& text, Spec spec, QWidget* parent = nullptr);

    QJsonObject definition() const { return m_definition; }
    QString jsonText() const;
    bool sent() const { return m_sent; }
    QHash<QString, QString> shownProblems() const { return m_problems; }
    QString bannerText() const;
    MarathonResult result() const { return m_result; }
    QPlainTextEdit* jsonEdit() const { return m_json; }
    QPushButton* submitButton() const { return m_submit; }
    QLabel* problemsLabel() const { return m_list; }

public slots:
    void submit();

private:
    void check();
    void show(const QHash<QString, QString>& problems, const QString& banner);
    void showServerError(const ApiError& error);
    void send(bool force);

    Mode m_mode;
    QString m_id;
    Spec m_spec;
    QJsonObject m_definition;
    bool m_jsonValid = false;
    bool m_sent = false;
    bool m_touched = false; // edited or submitted: the checks speak
    QHash<QString, QString> m_problems;
    QHash<QString, QString> m_serverProblems; // the last answer's, until the text changes
    MarathonResult m_result;

    QPlainTextEdit* m_json;
    QLabel* m_banner;
    QLabel* m_list;
    QPushButton* m_submit;
};
