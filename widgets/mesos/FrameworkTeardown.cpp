#include "FrameworkTeardown.h"

#include "MesosTablePage.h"
#include "ThemeStyle.h"
#include "core/ClusterSession.h"
#include "marathon/MarathonSource.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosSource.h"
#include "operator/OperatorClient.h"
#include "operator/TeardownCall.h"

#include <QAction>
#include <QLabel>

FrameworkTeardown::FrameworkTeardown(MesosTablePage* page, QLabel* feedback, QObject* parent)
    : FrameworkTeardown(
          page, [page] { return page->selectedKey(); }, feedback, parent) {
    m_page = page;
    page->addDetailAction(m_action);
    connect(page, &MesosTablePage::currentChanged, this, &FrameworkTeardown::update);
    update();
}

FrameworkTeardown::FrameworkTeardown(QWidget* dialogParent, std::function<QString()> frameworkId,
                                     QLabel* feedback, QObject* parent)
    : QObject(parent), m_dialogParent(dialogParent), m_frameworkId(std::move(frameworkId)),
      m_feedback(feedback), m_action(new QAction(tr("Tear down framework…"), this)) {
    m_action->setObjectName(QStringLiteral("teardownFrameworkAction"));
    m_feedback->setObjectName(QStringLiteral("teardownFeedback"));
    m_feedback->setTextFormat(Qt::PlainText); // the master's words
    m_feedback->setWordWrap(true);
    m_feedback->hide();
    connect(m_action, &QAction::triggered, this, &FrameworkTeardown::trigger);
    update();
}

void FrameworkTeardown::attach(ClusterSession* session) {
    delete m_context; // answers still on their way belong to the old session
    m_context = nullptr;
    m_client = nullptr;
    m_session = session;
    show({}, false);
    if (session) {
        m_context = new QObject(this);
        QPointer<ClusterSession> guard(session);
        m_client = new OperatorClient(
            session->http(), [guard] { return guard ? guard->mesosSource()->master() : QUrl(); }, m_context);
        connect(session->mesosSource(), &MesosSource::masterChanged, m_context, [this] { update(); });
    }
    update();
}

void FrameworkTeardown::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    update();
}

MesosFrameworkPtr FrameworkTeardown::selected() const {
    if (!m_session)
        return {};
    return m_session->mesosStore()->frameworks().value(m_frameworkId());
}

void FrameworkTeardown::update() {
    const MesosFrameworkPtr framework = selected();
    QString why;
    if (m_readOnly)
        why = tr("Read-only: the framework cannot be torn down.");
    else if (!framework)
        why = m_page ? tr("Select a framework to tear it down.")
                     : tr("The master does not list this framework.");
    else if (framework->completed)
        why = tr("This framework has already been removed.");
    else if (!m_session->mesosSource()->master().isValid())
        why = tr("No leading master is known.");
    m_action->setEnabled(why.isEmpty());
    m_action->setToolTip(why.isEmpty() ? tr("Kill every task of the framework and remove it from the cluster")
                                       : why);
}

bool FrameworkTeardown::isMarathon(const MesosFramework& framework) const {
    if (framework.name.compare(QLatin1String("marathon"), Qt::CaseInsensitive) == 0)
        return true;
    const QString registeredAs = m_session ? m_session->marathonSource()->info().frameworkId : QString();
    return !registeredAs.isEmpty() && registeredAs == framework.id;
}

ConfirmDialog::Request FrameworkTeardown::confirmation(const MesosFramework& framework, bool tasksKnown,
                                                       bool isMarathon) {
    const QString label = framework.name.isEmpty() ? framework.id : framework.name;
    QString text = tr("Tear down the framework %1 (%2)?").arg(label, framework.id) + u"\n\n";
    text += tasksKnown ? tr("The master kills its %n running task(s) and removes the framework.", nullptr,
                            framework.activeTasks())
                       : tr("The master kills every task it runs and removes the framework.");
    text +=
        u' ' + tr("It cannot register again with this id: its scheduler has to register as a new framework.");
    if (isMarathon)
        text += u"\n\n" + tr("Warning: this is Marathon. Every app it runs stops, and Marathon loses its "
                             "framework id: it exits, and once restarted it registers as a new framework "
                             "and launches all its apps again.");
    return {tr("Tear down framework"), text, tr("Tear down"), label, true};
}

void FrameworkTeardown::trigger() {
    const MesosFrameworkPtr framework = selected();
    if (!framework || !m_action->isEnabled() || !m_client)
        return;
    ClusterStore* store = m_session->mesosStore();
    // The counts come from the task lists: known once the store has read them, or when they list some.
    const bool tasksKnown = store->hasTasks() || framework->activeTasks() + framework->terminalTasks() > 0;
    if (!ConfirmDialog::ask(m_dialogParent, confirmation(*framework, tasksKnown, isMarathon(*framework))))
        return;
    const QString name = framework->name.isEmpty() ? framework->id : framework->name;
    const TeardownCall::Request request = TeardownCall::request(framework->id, store->master().version);
    show(tr("Tearing down %1…").arg(name), false);
    m_client->send(
        request.method, request.path, request.body, request.contentType, m_context,
        [this, name](const HttpTransport::Response& response) {
            if (!response.ok()) {
                show(tr("The master refused to tear down %1: %2").arg(name, response.error.summary()), true);
                emit finished(false);
                return;
            }
            show(tr("%1 was torn down: the master kills its tasks.").arg(name), false);
            emit finished(true);
        });
}

void FrameworkTeardown::show(const QString& text, bool error) {
    m_feedback->setText(text);
    m_feedback->setVisible(!text.isEmpty());
    m_feedback->setProperty("error", error);
    if (error)
        ThemeStyle::setTextColor(m_feedback, ThemeColors::Role::StateError);
    else
        ThemeStyle::clear(m_feedback);
}
