#include "PaletteWiring.h"

#include "AgentsModel.h"
#include "AppsModel.h"
#include "AppsView.h"
#include "CommandPalette.h"
#include "FrameworksModel.h"
#include "KeyboardMapDialog.h"
#include "MainWindow.h"
#include "MarathonPanel.h"
#include "MesosClusterPages.h"
#include "MesosTablePage.h"
#include "PaletteModel.h"
#include "ShortcutCatalog.h"
#include "TasksModel.h"
#include "connections/ProfileStore.h"

#include <QAction>
#include <QMenu>
#include <QTabWidget>

namespace {
constexpr int TabKeys = 10; // Ctrl+1 … Ctrl+9, Ctrl+0

// The apps of the Marathon tree (groups are the way there, not things to act on).
void collectApps(const AppsModel* model, const QModelIndex& parent, QList<PaletteEntry>& out) {
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, AppsModel::NameColumn, parent);
        if (index.data(AppsModel::IsGroupRole).toBool()) {
            collectApps(model, index, out);
            continue;
        }
        const QString status = model->index(r, AppsModel::StatusColumn, parent).data().toString();
        const QString instances = model->index(r, AppsModel::InstancesColumn, parent).data().toString();
        out.append({PaletteKind::App,
                    index.data(AppsModel::IdRole).toString(),
                    PaletteWiring::tr("%1, %2 instances").arg(status, instances),
                    index.data(AppsModel::IdRole).toString(),
                    {}});
    }
}
} // namespace

PaletteWiring::PaletteWiring(MainWindow* window, QMenu* view, QMenu* help)
    : QObject(window), m_window(window), m_model(new PaletteModel(this)) {
    m_palette = new CommandPalette(m_model, window);
    m_palette->setHandler([this](const PaletteEntry& entry) { return act(entry); });

    m_paletteAction = new QAction(tr("Command &Palette…"), window);
    m_paletteAction->setObjectName(QStringLiteral("paletteAction"));
    m_paletteAction->setShortcut(QKeySequence(tr("Ctrl+K")));
    m_paletteAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_paletteAction, &QAction::triggered, this, [this] {
        updateTabActions();
        m_palette->popup();
    });
    window->addAction(m_paletteAction);
    view->addSeparator();
    view->addAction(m_paletteAction);

    // Ctrl+digit: the tabs in order (their names follow the tabs, which change with the session).
    QMenu* tabsMenu = view->addMenu(tr("&Go to Tab"));
    for (int i = 0; i < TabKeys; ++i) {
        QAction* action = tabsMenu->addAction(QString());
        action->setObjectName(QStringLiteral("tabAction%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + (i + 1) % 10)));
        connect(action, &QAction::triggered, this, [this, i] { m_window->tabs()->setCurrentIndex(i); });
        m_tabActions.append(action);
    }
    connect(tabsMenu, &QMenu::aboutToShow, this, &PaletteWiring::updateTabActions);
    connect(window->tabs(), &QTabWidget::currentChanged, this, &PaletteWiring::updateTabActions);
    updateTabActions();

    // '?' does not fire while a text field has the focus: the field takes the character.
    m_mapAction = help->addAction(tr("&Keyboard Shortcuts"), this, &PaletteWiring::showKeyboardMap);
    m_mapAction->setObjectName(QStringLiteral("keyboardMapAction"));
    m_mapAction->setShortcuts({QKeySequence(QKeySequence::HelpContents), QKeySequence(tr("?"))});
    addSources();
}

void PaletteWiring::showKeyboardMap() {
    updateTabActions();
    KeyboardMapDialog dialog(m_window);
    dialog.exec();
}

void PaletteWiring::updateTabActions() {
    const QTabWidget* tabs = m_window->tabs();
    for (int i = 0; i < m_tabActions.size(); ++i) {
        QAction* action = m_tabActions.at(i);
        const bool exists = i < tabs->count();
        action->setVisible(exists);
        action->setEnabled(exists);
        // The tab's own text, mnemonics and counts included, would be read as one: the plain name.
        action->setText(
            exists ? tr("Go to %1")
                         .arg(ShortcutCatalog::plainText(tabs->tabText(i)).replace(u'&', QLatin1String("&&")))
                   : tr("Go to tab %1").arg(i + 1));
    }
}

void PaletteWiring::addSources() {
    m_model->addSource([this](QList<PaletteEntry>& out) {
        const MarathonPanel* panel = m_window->marathonPanel();
        if (panel)
            collectApps(panel->appsModel(), {}, out);
    });
    m_model->addSource([this](QList<PaletteEntry>& out) {
        const MesosClusterPages* pages = m_window->clusterPages();
        if (const FrameworksModel* frameworks = pages->frameworksModel())
            for (int r = 0; r < frameworks->rowCount(); ++r)
                if (const auto f = frameworks->at(r))
                    out.append(
                        {PaletteKind::Framework, f->name.isEmpty() ? f->id : f->name, f->id, f->id, {}});
        if (const AgentsModel* agents = pages->agentsModel())
            for (int r = 0; r < agents->rowCount(); ++r)
                if (const auto a = agents->at(r))
                    out.append({PaletteKind::Agent,
                                agents->index(r, AgentsModel::Hostname).data().toString(),
                                a->id,
                                a->id,
                                {}});
        // 50,000 of these: only shared strings, nothing built per task.
        if (const TasksModel* tasks = pages->tasksModel()) {
            out.reserve(out.size() + tasks->rowCount());
            for (int r = 0; r < tasks->rowCount(); ++r)
                if (const auto t = tasks->at(r))
                    out.append({PaletteKind::Task, t->id, t->name, MesosKeys::of(*t), {}});
        }
    });
    m_model->addSource([this](QList<PaletteEntry>& out) {
        if (const ProfileStore* store = m_window->profileStore())
            for (const Profile& p : store->profiles())
                if (p.id != m_window->profileId())
                    out.append({PaletteKind::Profile,
                                p.name,
                                tr("Switch this window to %1")
                                    .arg(p.zkUrl.isEmpty() ? p.masterUrls.join(u' ') : p.zkUrl),
                                p.id,
                                {}});
    });
    m_model->addSource([this](QList<PaletteEntry>& out) {
        QSet<QString> seen;
        for (const ShortcutCatalog::Binding& b : ShortcutCatalog::collect(m_window)) {
            if (!b.action || b.action == m_paletteAction || !b.action->isEnabled() ||
                !b.action->isVisible() || b.text.isEmpty())
                continue;
            const QString keys = ShortcutCatalog::keysText(b.keys, QKeySequence::NativeText);
            const QString subtitle = keys.isEmpty() ? b.area : tr("%1 · %2").arg(b.area, keys);
            if (seen.contains(b.text + subtitle))
                continue; // one action on two widgets
            seen.insert(b.text + subtitle);
            out.append({PaletteKind::Action, b.text, subtitle, b.action->objectName(), b.action});
        }
    });
}

QString PaletteWiring::showRow(MesosTablePage* page, int row, const QString& gone) {
    if (row < 0)
        return gone;
    m_window->tabs()->setCurrentWidget(page->parentWidget()); // the page sits in a box with its notice bar
    return page->selectSourceRow(row) ? QString() : gone;
}

QString PaletteWiring::act(const PaletteEntry& entry) {
    MesosClusterPages* pages = m_window->clusterPages();
    switch (entry.kind) {
    case PaletteKind::App:
    case PaletteKind::Pod: {
        MarathonPanel* panel = m_window->marathonPanel();
        if (!panel)
            return tr("Not connected to Marathon");
        m_window->tabs()->setCurrentWidget(panel);
        panel->tabs()->setCurrentIndex(0);
        return panel->appsView()->showApp(entry.key) ? QString()
                                                     : tr("%1 is no longer in Marathon").arg(entry.title);
    }
    case PaletteKind::Task:
        return showRow(pages->tasksPage(), pages->tasksModel() ? pages->tasksModel()->rowOf(entry.key) : -1,
                       tr("The task %1 is no longer listed").arg(entry.title));
    case PaletteKind::Agent:
        return showRow(pages->agentsPage(),
                       pages->agentsModel() ? pages->agentsModel()->rowOf(entry.key) : -1,
                       tr("The agent %1 is no longer listed").arg(entry.title));
    case PaletteKind::Framework:
        return showRow(pages->frameworksPage(),
                       pages->frameworksModel() ? pages->frameworksModel()->rowOf(entry.key) : -1,
                       tr("The framework %1 is no longer listed").arg(entry.title));
    case PaletteKind::Profile:
        if (!m_window->profileStore() || !m_window->profileStore()->byId(entry.key))
            return tr("The profile %1 was removed").arg(entry.title);
        emit m_window->profileRequested(entry.key);
        return {};
    case PaletteKind::Action:
        if (!entry.action)
            return tr("%1 is no longer available").arg(entry.title);
        if (!entry.action->isEnabled())
            return tr("%1 is not available now").arg(entry.title);
        entry.action->trigger();
        return {};
    }
    return {};
}
