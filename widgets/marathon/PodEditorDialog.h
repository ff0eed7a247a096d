#pragma once

#include "marathon/MarathonResult.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class MarathonClient;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// New Pod and Edit Pod: the definition as JSON, checked against the pod RAML types as it is
// typed (PodDefinitionValidator) and marked at its lines with the problems listed by JSON path;
// the server's 400/422 details land the same way, a 409 lock offers force after a question.
// Nothing typed is lost: the dialog stays open on every failure, and draftText() is what the
// panel keeps when it closes unsent.
class PodEditorDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Create, Edit };

    PodEditorDialog(MarathonClient* client, Mode mode, const QString& podId, const QString& text,
                    QWidget* parent = nullptr);
    static QString templateText();

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

    MarathonClient* m_client;
    Mode m_mode;
    QString m_podId;
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
