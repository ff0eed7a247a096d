#include "JsonEditorDialog.h"

#include "ConfirmDialog.h"
#include "DialogFitter.h"
#include "JsonProblems.h"
#include "ThemeStyle.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

JsonEditorDialog::JsonEditorDialog(Mode mode, const QString& id, const QString& text, Spec spec,
                                   QWidget* parent)
    : QDialog(parent), m_mode(mode), m_id(id), m_spec(std::move(spec)) {
    setObjectName(m_spec.name + QStringLiteral("Editor"));
    setWindowTitle(m_spec.title);
    auto* layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(m_spec.name + QStringLiteral("EditorBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    ThemeStyle::set(m_banner, QStringLiteral("color: %1; background: %2; padding: 6px; border-radius: 3px;"),
                    {ThemeColors::Role::NoticeErrorText, ThemeColors::Role::NoticeErrorBackground});
    m_banner->hide();
    layout->addWidget(m_banner);
    auto* hint = new QLabel(m_spec.hint, this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_json = new QPlainTextEdit(this);
    m_json->setObjectName(m_spec.name + QStringLiteral("Json"));
    m_json->setFont(QFont(QStringLiteral("monospace")));
    m_json->setPlainText(text);
    m_json->setTabChangesFocus(true); // indent with spaces; Tab leaves the editor, as in the app editor
    m_json->setMinimumSize(480, 240);
    JsonProblems::recolourOnThemeChange(m_json);
    layout->addWidget(m_json, 1);
    m_list = new QLabel(this);
    m_list->setObjectName(m_spec.name + QStringLiteral("Problems"));
    m_list->setTextFormat(Qt::PlainText);
    m_list->setWordWrap(true);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ThemeStyle::setTextColor(m_list, ThemeColors::Role::StateError);
    m_list->hide();
    layout->addWidget(m_list);
    auto* buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(m_spec.submitLabel, QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(m_spec.name + QStringLiteral("Submit"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &JsonEditorDialog::submit);
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

QString JsonEditorDialog::jsonText() const {
    return m_json->toPlainText();
}
QString JsonEditorDialog::bannerText() const {
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void JsonEditorDialog::check() {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &parseError);
    m_jsonValid = parseError.error == QJsonParseError::NoError && doc.isObject();
    if (!m_jsonValid) {
        m_submit->setEnabled(false);
        show({}, parseError.error != QJsonParseError::NoError ? tr("Not valid JSON at character %1: %2")
                                                                    .arg(parseError.offset)
                                                                    .arg(parseError.errorString())
                                                              : m_spec.notAnObject);
        return;
    }
    m_definition = doc.object();
    QHash<QString, QString> problems;
    for (const Problem& p : m_spec.validate(m_definition))
        JsonProblems::add(&problems, p.path, p.message);
    const bool local = !problems.isEmpty();
    for (auto it = m_serverProblems.cbegin(); it != m_serverProblems.cend(); ++it)
        if (!problems.contains(it.key()))
            problems.insert(it.key(), it.value());
    m_submit->setEnabled(!local);
    if (!m_touched)
        return; // a check speaks once the operator has acted
    show(problems, local ? m_spec.localProblems : QString());
}

void JsonEditorDialog::show(const QHash<QString, QString>& problems, const QString& banner) {
    m_problems = problems;
    m_json->setExtraSelections(JsonProblems::marks(m_json, problems));
    m_list->setText(JsonProblems::lines(problems).join(u'\n'));
    m_list->setVisible(!problems.isEmpty());
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());
}

void JsonEditorDialog::submit() {
    m_touched = true;
    check();
    if (!m_jsonValid || !m_problems.isEmpty())
        return;
    send(false);
}

void JsonEditorDialog::send(bool force) {
    m_submit->setEnabled(false);
    m_spec.send(m_definition, force, this, [this, force](const MarathonResult& result) {
        m_result = result;
        m_submit->setEnabled(true);
        if (result.ok()) {
            m_sent = true;
            accept();
            return;
        }
        showServerError(result.error);
        if (!force && m_mode == Mode::Edit && result.isLocked() &&
            ConfirmDialog::ask(this, {m_spec.lockTitle,
                                      m_spec.lockQuestion.arg(result.error.deploymentIds.join(u", "), m_id),
                                      m_spec.lockAction,
                                      {},
                                      true}))
            send(true);
    });
}

void JsonEditorDialog::showServerError(const ApiError& error) {
    QStringList general;
    m_serverProblems = JsonProblems::fromServer(error, &general);
    QString banner;
    if (error.httpStatus == 409 && error.deploymentIds.isEmpty())
        banner = m_spec.idTaken.arg(error.message);
    else if (error.httpStatus == 409)
        banner = m_spec.locked.arg(error.deploymentIds.join(u", "));
    else if (error.httpStatus == 422 || error.httpStatus == 400)
        banner = m_spec.refused.arg(error.message);
    else
        banner = m_spec.notApplied.arg(error.summary());
    for (const QString& text : std::as_const(general))
        banner += u'\n' + text;
    show(m_serverProblems, banner);
}
