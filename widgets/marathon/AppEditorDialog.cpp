#include "AppEditorDialog.h"

#include "ConfirmDialog.h"
#include "DialogFitter.h"
#include "JsonProblems.h"
#include "ThemeStyle.h"
#include "core/Settings.h"
#include "marathon/AppDefinitionValidator.h"
#include "marathon/MarathonClient.h"
#include "mesos/ClusterStore.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {
// Fields the server adds to an app; an edit sends the definition without them.
const char* const kServerFields[] = {"tasks", "tasksStaged", "tasksRunning", "tasksHealthy", "tasksUnhealthy",
                                     "deployments", "lastTaskFailure", "tasksStats", "taskStats",
                                     "readinessCheckResults", "version", "versionInfo", "taskCounts"};

QString linesFromMap(const QJsonObject& o) {
    QStringList lines;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().isString())
            lines << it.key() + u'=' + it.value().toString();
    return lines.join(u'\n');
}

// KEY=VALUE lines into an object; entries of base that are not strings (env secrets) are kept.
QJsonObject mapFromLines(const QString& text, const QJsonObject& base) {
    QJsonObject out;
    for (auto it = base.begin(); it != base.end(); ++it)
        if (!it.value().isString())
            out.insert(it.key(), it.value());
    for (const QString& raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(u'=');
        out.insert(eq < 0 ? line : line.left(eq).trimmed(), eq < 0 ? QString() : line.mid(eq + 1).trimmed());
    }
    return out;
}

enum class Banner { Error, Info, Warning };
void setBanner(QLabel* banner, Banner kind) {
    using Role = ThemeColors::Role;
    static const Role roles[][2] = {
        {Role::NoticeErrorText, Role::NoticeErrorBackground},
        {Role::NoticeInfoText, Role::NoticeInfoBackground},
        {Role::NoticeWarningText, Role::NoticeWarningBackground},
    };
    ThemeStyle::set(banner, QStringLiteral("color: %1; background: %2; padding: 6px; border-radius: 3px;"),
                    {roles[int(kind)][0], roles[int(kind)][1]});
}

QLabel* makeErrorLabel(QWidget* parent, const QString& name,
                       ThemeColors::Role colour = ThemeColors::Role::StateError) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    ThemeStyle::setTextColor(label, colour);
    label->setAlignment(Qt::AlignLeft |
                        Qt::AlignTop); // right under its field when the form gives the row more room
    label->hide();
    return label;
}
} // namespace

AppEditorDialog::AppEditorDialog(MarathonClient* client, Mode mode, const QJsonObject& definition, QWidget* parent)
    : QDialog(parent), m_client(client), m_mode(mode), m_definition(definition) {
    if (mode == Mode::Edit)
        for (const char* key : kServerFields)
            m_definition.remove(QLatin1String(key));
    m_originalId = m_definition.value(QLatin1String("id")).toString();
    setObjectName(QStringLiteral("appEditorDialog"));
    setWindowTitle(mode == Mode::Create ? tr("New Application") : tr("Edit %1").arg(m_originalId));
    resize(640, 620);

    auto* layout = new QVBoxLayout(this);
    m_banner = makeErrorLabel(this, QStringLiteral("editorBanner"));
    setBanner(m_banner, Banner::Error);
    layout->addWidget(m_banner);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    auto* formPage = new QWidget(m_tabs);
    auto* form = new QFormLayout(formPage);
    auto addField = [&](const QString& label, QWidget* field, const QString& path) {
        auto* box = new QWidget(formPage);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        QLabel* error = makeErrorLabel(box, QStringLiteral("error") + path.mid(1));
        v->addWidget(error);
        m_fieldErrors.insert(path, error);
        QLabel* warning =
            makeErrorLabel(box, QStringLiteral("warning") + path.mid(1), ThemeColors::Role::StateWarning);
        v->addWidget(warning);
        m_fieldWarnings.insert(path, warning);
        m_fields.append({path, field});
        form->addRow(label, box);
    };
    m_id = new QLineEdit(formPage);
    m_id->setObjectName(QStringLiteral("appId"));
    m_id->setPlaceholderText(tr("/group/my-app"));
    m_id->setReadOnly(mode == Mode::Edit);
    addField(tr("ID"), m_id, QStringLiteral("/id"));
    auto number = [&](const QString& name, double step, int decimals) {
        auto* box = new QDoubleSpinBox(formPage);
        box->setObjectName(name);
        box->setRange(-1e9, 1e9); // out-of-range values stay visible and get a message at the field
        box->setDecimals(decimals);
        box->setSingleStep(step);
        return box;
    };
    m_cpus = number(QStringLiteral("appCpus"), 0.1, 2);
    addField(tr("CPUs"), m_cpus, QStringLiteral("/cpus"));
    m_mem = number(QStringLiteral("appMem"), 32, 0);
    m_mem->setSuffix(tr(" MiB"));
    addField(tr("Memory"), m_mem, QStringLiteral("/mem"));
    m_disk = number(QStringLiteral("appDisk"), 32, 0);
    m_disk->setSuffix(tr(" MiB"));
    addField(tr("Disk"), m_disk, QStringLiteral("/disk"));
    m_instances = new QSpinBox(formPage);
    m_instances->setObjectName(QStringLiteral("appInstances"));
    m_instances->setRange(-1000000, 1000000);
    addField(tr("Instances"), m_instances, QStringLiteral("/instances"));
    m_cmd = new QLineEdit(formPage);
    m_cmd->setObjectName(QStringLiteral("appCmd"));
    m_cmd->setPlaceholderText(tr("shell command, e.g. python3 -m http.server $PORT0"));
    addField(tr("Command"), m_cmd, QStringLiteral("/cmd"));
    m_uris = new QPlainTextEdit(formPage);
    m_uris->setObjectName(QStringLiteral("appUris"));
    m_uris->setPlaceholderText(tr("one URI per line"));
    addField(tr("URIs"), m_uris, QStringLiteral("/uris"));
    m_env = new QPlainTextEdit(formPage);
    m_env->setObjectName(QStringLiteral("appEnv"));
    m_env->setPlaceholderText(tr("KEY=value, one per line"));
    addField(tr("Environment"), m_env, QStringLiteral("/env"));
    m_labels = new QPlainTextEdit(formPage);
    m_labels->setObjectName(QStringLiteral("appLabels"));
    m_labels->setPlaceholderText(tr("key=value, one per line"));
    addField(tr("Labels"), m_labels, QStringLiteral("/labels"));
    for (QPlainTextEdit* e : {m_uris, m_env, m_labels}) {
        e->setTabChangesFocus(true); // Tab moves on, as in every other field
        // A fixed height: an expanding one capped at 70 px got the form's spare room as gaps around it.
        e->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        e->setFixedHeight(70);
    }
    // Messages under the fields make the form taller than a small screen: it scrolls rather than
    // being cut off by the tab's frame.
    m_formScroll = new QScrollArea(m_tabs);
    m_formScroll->setObjectName(QStringLiteral("formScroll"));
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setWidget(formPage);
    m_tabs->addTab(m_formScroll, tr("Form"));

    auto* jsonPage = new QWidget(m_tabs);
    auto* jsonLayout = new QVBoxLayout(jsonPage);
    m_json = new QPlainTextEdit(jsonPage);
    m_json->setObjectName(QStringLiteral("appJson"));
    m_json->setFont(QFont(QStringLiteral("monospace")));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setTabChangesFocus(true); // indent with spaces; Tab leaves the editor
    JsonProblems::recolourOnThemeChange(m_json);
    jsonLayout->addWidget(m_json, 1);
    m_jsonErrors = makeErrorLabel(jsonPage, QStringLiteral("jsonErrors"));
    jsonLayout->addWidget(m_jsonErrors);
    m_tabs->addTab(jsonPage, tr("JSON"));

    auto* buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(mode == Mode::Create ? tr("Create Application") : tr("Change and deploy configuration"),
                                  QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("editorSubmit"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_submit, &QPushButton::clicked, this, &AppEditorDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_syncing = true;
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(m_definition).toJson(QJsonDocument::Indented)));
    m_syncing = false;
    jsonToForm();

    // An edited field is marked before the form is read, so its checks speak from now on and the
    // server's complaint about it goes.
    auto touch = [this](const QString& path) {
        return [this, path] {
            if (m_syncing)
                return;
            m_touched.insert(path);
            m_note.clear();
            m_serverErrors.removeIf(
                [&path](const auto& e) { return u'/' + e.key().section(u'/', 1, 1) == path; });
            m_warned = false;
        };
    };
    for (auto [e, path] : {std::pair{m_id, "/id"}, std::pair{m_cmd, "/cmd"}}) {
        connect(e, &QLineEdit::textChanged, this, touch(QLatin1String(path)));
        connect(e, &QLineEdit::textChanged, this, &AppEditorDialog::formToJson);
    }
    for (auto [b, path] :
         {std::pair{m_cpus, "/cpus"}, std::pair{m_mem, "/mem"}, std::pair{m_disk, "/disk"}}) {
        connect(b, &QDoubleSpinBox::valueChanged, this, touch(QLatin1String(path)));
        connect(b, &QDoubleSpinBox::valueChanged, this, &AppEditorDialog::formToJson);
    }
    connect(m_instances, &QSpinBox::valueChanged, this, touch(QStringLiteral("/instances")));
    connect(m_instances, &QSpinBox::valueChanged, this, &AppEditorDialog::formToJson);
    for (auto [e, path] :
         {std::pair{m_uris, "/uris"}, std::pair{m_env, "/env"}, std::pair{m_labels, "/labels"}}) {
        connect(e, &QPlainTextEdit::textChanged, this, touch(QLatin1String(path)));
        connect(e, &QPlainTextEdit::textChanged, this, &AppEditorDialog::formToJson);
    }
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (m_syncing)
            return;
        m_showAll = true; // the JSON is one piece of input: all of it was acted on
        m_serverErrors.clear();
        m_note.clear();
        m_warned = false;
        jsonToForm();
    });
    DialogFitter::install(this);
}

// Resource by resource, the most one active agent has and has free: what one instance can get.
AppDefinitionValidator::AgentLimits AppEditorDialog::limitsOf(const ClusterStore* store) {
    AppDefinitionValidator::AgentLimits limits;
    if (!store)
        return limits;
    for (const MesosAgentPtr& agent : store->agents()) {
        if (!agent->active)
            continue;
        ++limits.agents;
        limits.totalCpus = qMax(limits.totalCpus, agent->total.cpus);
        limits.totalMem = qMax(limits.totalMem, agent->total.mem);
        limits.totalDisk = qMax(limits.totalDisk, agent->total.disk);
        limits.freeCpus = qMax(limits.freeCpus, agent->total.cpus - agent->used.cpus);
        limits.freeMem = qMax(limits.freeMem, agent->total.mem - agent->used.mem);
        limits.freeDisk = qMax(limits.freeDisk, agent->total.disk - agent->used.disk);
    }
    return limits;
}

void AppEditorDialog::setAgentLimits(const AppDefinitionValidator::AgentLimits& limits) {
    m_limits = limits;
    if (m_jsonValid)
        validate();
}

bool AppEditorDialog::shows(const QString& path) const {
    return m_showAll || m_touched.contains(u'/' + path.section(u'/', 1, 1));
}

AppEditorDialog* AppEditorDialog::createNew(MarathonClient* client, QWidget* parent) {
    const QString draft = Settings::MarathonNewAppDraft.get();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(draft.toUtf8(), &error);
    QJsonObject initial{{QStringLiteral("id"), QString()},
                        {QStringLiteral("cpus"), 0.1},
                        {QStringLiteral("mem"), 128},
                        {QStringLiteral("disk"), 0},
                        {QStringLiteral("instances"), 1}};
    if (!draft.isEmpty() && error.error == QJsonParseError::NoError && doc.isObject())
        initial = doc.object();
    auto* dialog = new AppEditorDialog(client, Mode::Create, initial, parent);
    if (!draft.isEmpty() && error.error != QJsonParseError::NoError)
        dialog->m_json->setPlainText(draft); // a broken draft is still the operator's text
    if (!draft.isEmpty()) {
        dialog->m_showAll = true; // the draft is the operator's own input
        dialog->m_note = tr("Restored the draft you did not send last time.");
        dialog->validate();
    }
    return dialog;
}

QString AppEditorDialog::jsonText() const { return m_json->toPlainText(); }
QString AppEditorDialog::bannerText() const { return m_banner->isVisible() ? m_banner->text() : QString(); }

void AppEditorDialog::formToJson() {
    if (m_syncing)
        return;
    if (!m_jsonValid) {
        showErrors(m_errors, tr("The JSON has a syntax error; fix it on the JSON tab before the form can update it."));
        return;
    }
    QJsonObject d = m_definition;
    d.insert(QStringLiteral("id"), m_id->text().trimmed());
    d.insert(QStringLiteral("cpus"), m_cpus->value());
    d.insert(QStringLiteral("mem"), m_mem->value());
    d.insert(QStringLiteral("disk"), m_disk->value());
    d.insert(QStringLiteral("instances"), m_instances->value());
    if (m_cmd->text().isEmpty() && !d.contains(QLatin1String("args")))
        d.remove(QStringLiteral("cmd"));
    else if (!m_cmd->text().isEmpty())
        d.insert(QStringLiteral("cmd"), m_cmd->text());
    QJsonArray uris;
    for (const QString& line : m_uris->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            uris.append(line.trimmed());
    if (uris.isEmpty())
        d.remove(QStringLiteral("uris"));
    else
        d.insert(QStringLiteral("uris"), uris);
    const QJsonObject env = mapFromLines(m_env->toPlainText(), m_definition.value(QLatin1String("env")).toObject());
    if (env.isEmpty())
        d.remove(QStringLiteral("env"));
    else
        d.insert(QStringLiteral("env"), env);
    const QJsonObject labels = mapFromLines(m_labels->toPlainText(), m_definition.value(QLatin1String("labels")).toObject());
    if (labels.isEmpty())
        d.remove(QStringLiteral("labels"));
    else
        d.insert(QStringLiteral("labels"), labels);
    m_definition = d;
    m_syncing = true;
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Indented)));
    m_syncing = false;
    validate();
}

void AppEditorDialog::jsonToForm() {
    if (m_syncing)
        return;
    QJsonParseError error{};
    const QByteArray text = m_json->toPlainText().toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        m_jsonValid = false;
        const int line = int(text.left(error.offset).count('\n')) + 1;
        const QString why = error.error != QJsonParseError::NoError
                                ? tr("JSON syntax error at line %1: %2").arg(line).arg(error.errorString())
                                : tr("The definition must be a JSON object { ... }.");
        m_errors.clear();
        showErrors({}, why);
        m_jsonErrors->setText(why);
        m_jsonErrors->show();
        m_submit->setEnabled(false);
        return;
    }
    m_jsonValid = true;
    m_definition = doc.object();
    const QJsonObject& d = m_definition;
    m_syncing = true;
    m_id->setText(d.value(QLatin1String("id")).toString());
    m_cpus->setValue(d.value(QLatin1String("cpus")).toDouble());
    m_mem->setValue(d.value(QLatin1String("mem")).toDouble());
    m_disk->setValue(d.value(QLatin1String("disk")).toDouble());
    m_instances->setValue(d.value(QLatin1String("instances")).toInt());
    m_cmd->setText(d.value(QLatin1String("cmd")).toString());
    QStringList uris;
    for (const QJsonValue& u : d.value(QLatin1String("uris")).toArray())
        uris << u.toString();
    if (m_uris->toPlainText() != uris.join(u'\n'))
        m_uris->setPlainText(uris.join(u'\n'));
    const QString env = linesFromMap(d.value(QLatin1String("env")).toObject());
    if (m_env->toPlainText() != env)
        m_env->setPlainText(env);
    const QString labels = linesFromMap(d.value(QLatin1String("labels")).toObject());
    if (m_labels->toPlainText() != labels)
        m_labels->setPlainText(labels);
    m_syncing = false;
    validate();
}

bool AppEditorDialog::validate() {
    auto collect = [this](const QList<AppDefinitionValidator::Problem>& problems,
                          QHash<QString, QString>* into) {
        for (const auto& problem : problems)
            if (shows(problem.path))
                into->insert(problem.path,
                             into->contains(problem.path)
                                 ? into->value(problem.path) + QStringLiteral("; ") + problem.message
                                 : problem.message);
    };
    QHash<QString, QString> errors;
    collect(AppDefinitionValidator::validate(m_definition), &errors);
    const bool localErrors = !errors.isEmpty();
    for (auto it = m_serverErrors.cbegin(); it != m_serverErrors.cend(); ++it)
        if (!errors.contains(it.key()))
            errors.insert(it.key(), it.value());
    QHash<QString, QString> warnings;
    collect(AppDefinitionValidator::warnings(m_definition, m_limits), &warnings);
    m_shownWarnings = warnings;
    QStringList banner{m_note};
    if (localErrors)
        banner << tr("There was a problem with your configuration: see the marked fields.");
    banner.removeAll(QString());
    showErrors(errors, banner.join(u'\n'));
    if (!localErrors && !m_note.isEmpty())
        setBanner(m_banner, Banner::Info); // news, not a problem
    m_submit->setEnabled(m_jsonValid && !localErrors);
    return localErrors;
}

void AppEditorDialog::focusFirstProblem() {
    QStringList paths = m_errors.keys();
    if (paths.isEmpty())
        paths = m_shownWarnings.keys();
    if (paths.isEmpty())
        return;
    for (const auto& [path, field] : std::as_const(m_fields)) {
        for (const QString& p : std::as_const(paths)) {
            if (u'/' + p.section(u'/', 1, 1) == path) {
                m_tabs->setCurrentIndex(0);
                field->setFocus(Qt::OtherFocusReason);
                m_formScroll->ensureWidgetVisible(field);
                return;
            }
        }
    }
    // No form field: the JSON tab, at the first marked line.
    m_tabs->setCurrentIndex(1);
    const QList<QTextEdit::ExtraSelection> marks = m_json->extraSelections();
    if (!marks.isEmpty())
        m_json->setTextCursor(marks.first().cursor);
    m_json->setFocus(Qt::OtherFocusReason);
}

QLabel* AppEditorDialog::errorLabelFor(const QString& path) const {
    // "/labels/tier" belongs to the labels field, "/uris/2" to URIs.
    const QString top = u'/' + path.section(u'/', 1, 1);
    return m_fieldErrors.value(top);
}

void AppEditorDialog::showErrors(const QHash<QString, QString>& errors, const QString& banner) {
    m_errors = errors;
    for (QLabel* label : std::as_const(m_fieldErrors)) {
        label->clear();
        label->hide();
    }
    for (auto it = m_fieldWarnings.cbegin(); it != m_fieldWarnings.cend(); ++it) {
        QStringList text;
        for (auto w = m_shownWarnings.cbegin(); w != m_shownWarnings.cend(); ++w)
            if (u'/' + w.key().section(u'/', 1, 1) == it.key())
                text << w.value();
        it.value()->setText(text.join(u'\n'));
        it.value()->setVisible(!text.isEmpty());
    }
    QStringList paths = errors.keys();
    paths.sort();
    for (const QString& path : paths) {
        const QString message = errors.value(path);
        if (QLabel* label = errorLabelFor(path)) {
            label->setText(label->text().isEmpty() ? message : label->text() + u'\n' + message);
            if (path.count(u'/') > 1)
                label->setText(label->text().replace(message, path.section(u'/', 2) + QStringLiteral(": ") + message));
            label->show();
        }
    }
    const QStringList all = JsonProblems::lines(errors);
    m_json->setExtraSelections(JsonProblems::marks(m_json, errors));
    if (m_jsonValid) {
        m_jsonErrors->setText(all.join(u'\n'));
        m_jsonErrors->setVisible(!all.isEmpty());
    }
    setBanner(m_banner, Banner::Error);
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());
}

void AppEditorDialog::showServerError(const ApiError& error) {
    QHash<QString, QString> errors;
    QString banner;
    const bool duplicate = error.httpStatus == 409 && error.deploymentIds.isEmpty();
    if (duplicate) {
        errors.insert(QStringLiteral("/id"), tr("An app with this id already exists. Choose another id, or edit the "
                                                "existing app instead."));
        banner = tr("Marathon refused: %1").arg(error.message);
    } else if (error.httpStatus == 409) {
        banner = tr("The app is locked by deployment %1, so the change was refused. Nothing was changed.")
                     .arg(error.deploymentIds.join(u", "));
    } else {
        banner = error.httpStatus == 422 || error.httpStatus == 400
                     ? tr("There was a problem with your configuration: %1").arg(error.message)
                     : tr("The change was not applied: %1").arg(error.summary());
        QStringList general;
        errors = JsonProblems::fromServer(error, &general);
        for (const QString& text : std::as_const(general)) {
            // Marathon says "must either contain one of 'cmd' or 'args', and/or a 'container'"
            // about the whole definition: it belongs at the command field.
            if (text.contains(QLatin1String("'cmd'")))
                JsonProblems::add(&errors, QStringLiteral("/cmd"), text);
            else
                banner += u'\n' + text;
        }
    }
    QStringList elsewhere; // problems with no form field: say where they are
    for (auto it = errors.begin(); it != errors.end(); ++it)
        if (!errorLabelFor(it.key()))
            elsewhere << it.key();
    if (!elsewhere.isEmpty()) {
        elsewhere.sort();
        banner += u'\n' + tr("On the JSON tab: %1").arg(elsewhere.join(QStringLiteral(", ")));
    }
    m_serverErrors = errors;
    showErrors(errors, banner);
    m_submit->setEnabled(m_jsonValid);
    // Take the operator to where the problem is, not to a button.
    focusFirstProblem();
}

void AppEditorDialog::submit() {
    if (!m_jsonValid) {
        m_tabs->setCurrentIndex(1);
        return;
    }
    m_showAll = true; // pressing Create is acting on every field
    if (validate()) {
        focusFirstProblem();
        return;
    }
    if (!m_shownWarnings.isEmpty() && !m_warned) {
        m_warned = true;
        setBanner(m_banner, Banner::Warning);
        m_banner->setText(tr("Marathon would accept this, but see the warnings at the fields. Press %1 again "
                             "to send it anyway.")
                              .arg(m_submit->text()));
        m_banner->show();
        focusFirstProblem();
        return;
    }
    m_submit->setEnabled(false);
    m_banner->hide();
    auto finished = [this](const MarathonResult& result) {
        m_result = result;
        m_submit->setEnabled(true);
        if (result.ok()) {
            m_submitted = true;
            accept();
            return;
        }
        showServerError(result.error);
        if (m_mode == Mode::Edit && result.isLocked()
            && ConfirmDialog::ask(this, {tr("Stop the deployment and apply"),
                                         tr("Deployment %1 holds %2. Stop it (without rollback) and apply your change?")
                                             .arg(result.error.deploymentIds.join(u", "), m_originalId),
                                         tr("Stop and apply"), {}, true})) {
            m_submit->setEnabled(false);
            m_client->updateApp(m_originalId, m_definition, true, this, [this](const MarathonResult& forced) {
                m_result = forced;
                m_submit->setEnabled(true);
                if (forced.ok()) {
                    m_submitted = true;
                    accept();
                } else {
                    showServerError(forced.error);
                }
            });
        }
    };
    if (m_mode == Mode::Create)
        m_client->createApp(m_definition, this, finished);
    else
        m_client->updateApp(m_originalId, m_definition, false, this, finished);
}

void AppEditorDialog::saveDraft() const {
    if (m_mode == Mode::Create) {
        Settings::MarathonNewAppDraft.set(m_submitted ? QString() : m_json->toPlainText());
        return;
    }
    if (m_submitted)
        Settings::MarathonEditDraft.reset();
    else
        Settings::MarathonEditDraft.set(QString::fromUtf8(QJsonDocument(QJsonObject{
            {QStringLiteral("appId"), m_originalId}, {QStringLiteral("text"), m_json->toPlainText()}}).toJson(QJsonDocument::Compact)));
}

void AppEditorDialog::done(int result) {
    saveDraft();
    QDialog::done(result);
}
