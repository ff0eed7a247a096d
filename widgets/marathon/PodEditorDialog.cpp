#include "PodEditorDialog.h"

#include "ConfirmDialog.h"
#include "DialogFitter.h"
#include "JsonProblems.h"
#include "ThemeStyle.h"
#include "marathon/MarathonClient.h"
#include "marathon/PodDefinitionValidator.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

PodEditorDialog::PodEditorDialog(MarathonClient* client, Mode mode, const QString& podId, const QString& text,
                                 QWidget* parent)
    : QDialog(parent), m_client(client), m_mode(mode), m_podId(podId) {
    setObjectName(QStringLiteral("podEditor"));
    setWindowTitle(mode == Mode::Create ? tr("New Pod") : tr("Edit Pod %1").arg(podId));
    auto* layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("podEditorBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    ThemeStyle::set(m_banner, QStringLiteral("color: %1; background: %2; padding: 6px; border-radius: 3px;"),
                    {ThemeColors::Role::NoticeErrorText, ThemeColors::Role::NoticeErrorBackground});
    m_banner->hide();
    layout->addWidget(m_banner);
    auto* hint = new QLabel(tr("The pod definition as Marathon takes it (POST /v2/pods): id, containers with "
                               "their resources, volumes, networks, scaling."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_json = new QPlainTextEdit(this);
    m_json->setObjectName(QStringLiteral("podJson"));
    m_json->setFont(QFont(QStringLiteral("monospace")));
    m_json->setPlainText(text);
    m_json->setMinimumSize(480, 240);
    JsonProblems::recolourOnThemeChange(m_json);
    layout->addWidget(m_json, 1);
    m_list = new QLabel(this);
    m_list->setObjectName(QStringLiteral("podProblems"));
    m_list->setTextFormat(Qt::PlainText);
    m_list->setWordWrap(true);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ThemeStyle::setTextColor(m_list, ThemeColors::Role::StateError);
    m_list->hide();
    layout->addWidget(m_list);
    auto* buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(mode == Mode::Create ? tr("Create Pod") : tr("Save"),
                                  QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("podSubmit"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PodEditorDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        m_touched = true;
        m_serverProblems.clear();
        check();
    });
    check();
    resize(640, 520);
    DialogFitter::install(this);
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

QString PodEditorDialog::jsonText() const {
    return m_json->toPlainText();
}
QString PodEditorDialog::bannerText() const {
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void PodEditorDialog::check() {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &parseError);
    m_jsonValid = parseError.error == QJsonParseError::NoError && doc.isObject();
    if (!m_jsonValid) {
        m_submit->setEnabled(false);
        show({}, parseError.error != QJsonParseError::NoError ? tr("Not valid JSON at character %1: %2")
                                                                    .arg(parseError.offset)
                                                                    .arg(parseError.errorString())
                                                              : tr("A pod definition is a JSON object."));
        return;
    }
    m_definition = doc.object();
    QHash<QString, QString> problems;
    for (const PodDefinitionValidator::Problem& p : PodDefinitionValidator::validate(m_definition))
        JsonProblems::add(&problems, p.path, p.message);
    const bool local = !problems.isEmpty();
    for (auto it = m_serverProblems.cbegin(); it != m_serverProblems.cend(); ++it)
        if (!problems.contains(it.key()))
            problems.insert(it.key(), it.value());
    m_submit->setEnabled(!local);
    if (!m_touched)
        return; // a check speaks once the operator has acted
    show(problems,
         local ? tr("There was a problem with this pod definition: see the marked lines.") : QString());
}

void PodEditorDialog::show(const QHash<QString, QString>& problems, const QString& banner) {
    m_problems = problems;
    m_json->setExtraSelections(JsonProblems::marks(m_json, problems));
    m_list->setText(JsonProblems::lines(problems).join(u'\n'));
    m_list->setVisible(!problems.isEmpty());
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());
}

void PodEditorDialog::submit() {
    m_touched = true;
    check();
    if (!m_jsonValid || !m_problems.isEmpty())
        return;
    send(false);
}

void PodEditorDialog::send(bool force) {
    m_submit->setEnabled(false);
    auto finished = [this, force](const MarathonResult& result) {
        m_result = result;
        m_submit->setEnabled(true);
        if (result.ok()) {
            m_sent = true;
            accept();
            return;
        }
        showServerError(result.error);
        if (!force && m_mode == Mode::Edit && result.isLocked() &&
            ConfirmDialog::ask(
                this, {tr("Stop the deployment and apply"),
                       tr("Deployment %1 holds %2. Stop it (without rollback) and apply your change?")
                           .arg(result.error.deploymentIds.join(u", "), m_podId),
                       tr("Stop and apply"),
                       {},
                       true}))
            send(true);
    };
    if (m_mode == Mode::Create)
        m_client->createPod(m_definition, this, finished);
    else
        m_client->updatePod(m_podId, m_definition, force, this, finished);
}

void PodEditorDialog::showServerError(const ApiError& error) {
    QStringList general;
    m_serverProblems = JsonProblems::fromServer(error, &general);
    QString banner;
    if (error.httpStatus == 409 && error.deploymentIds.isEmpty())
        banner = tr("Marathon refused: %1").arg(error.message); // the id is taken (an app or a pod)
    else if (error.httpStatus == 409)
        banner = tr("The pod is locked by deployment %1, so the change was refused. Nothing was changed.")
                     .arg(error.deploymentIds.join(u", "));
    else if (error.httpStatus == 422 || error.httpStatus == 400)
        banner = tr("Marathon refused this pod definition: %1").arg(error.message);
    else
        banner = tr("The change was not applied: %1").arg(error.summary());
    for (const QString& text : std::as_const(general))
        banner += u'\n' + text;
    show(m_serverProblems, banner);
}
