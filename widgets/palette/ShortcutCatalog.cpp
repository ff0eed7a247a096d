#include "ShortcutCatalog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QWidgetAction>
#include <algorithm>

namespace {
constexpr int TabsOrder = 1000;
constexpr int OtherOrder = 1000000;

// The page of a stack (a tab widget's pages) that holds w, for each stack above it.
QList<std::pair<const QStackedWidget*, const QWidget*>> stacksOf(const QWidget* w) {
    QList<std::pair<const QStackedWidget*, const QWidget*>> stacks;
    for (const QWidget* child = w; child && child->parentWidget(); child = child->parentWidget())
        if (const auto* stack = qobject_cast<const QStackedWidget*>(child->parentWidget()))
            stacks.append({stack, child});
    return stacks;
}

bool isAncestorOrSelf(const QWidget* ancestor, const QWidget* w) {
    for (; w; w = w->parentWidget())
        if (w == ancestor)
            return true;
    return false;
}

// A menu's action fires through the menu bar (and the menu while it is open).
QWidget* hostOf(QWidget* w) {
    QMenu* menu = qobject_cast<QMenu*>(w);
    for (int depth = 0; menu && depth < 8; ++depth) {
        const QList<QObject*> hosts = menu->menuAction()->associatedObjects();
        QMenu* up = nullptr;
        for (QObject* host : hosts) {
            if (auto* bar = qobject_cast<QMenuBar*>(host))
                return bar;
            if (auto* m = qobject_cast<QMenu*>(host))
                up = m;
        }
        menu = up;
    }
    return w;
}

QString menuTitleOf(const QAction* action, int* order) {
    for (QObject* object : action->associatedObjects()) {
        QMenu* menu = qobject_cast<QMenu*>(object);
        // The top menu names the area (File, View, Help).
        for (int depth = 0; menu && depth < 8; ++depth) {
            QMenu* up = nullptr;
            for (QObject* host : menu->menuAction()->associatedObjects()) {
                if (auto* bar = qobject_cast<QMenuBar*>(host)) {
                    *order = int(bar->actions().indexOf(menu->menuAction()));
                    return ShortcutCatalog::plainText(menu->title());
                }
                if (auto* m = qobject_cast<QMenu*>(host))
                    up = m;
            }
            menu = up;
        }
    }
    return {};
}
} // namespace

QString ShortcutCatalog::plainText(const QString& text) {
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&')
                shown += u'&', ++i;
            continue;
        }
        shown += text.at(i);
    }
    return shown;
}

QString ShortcutCatalog::keysText(const QList<QKeySequence>& keys, QKeySequence::SequenceFormat format) {
    QStringList parts;
    for (const QKeySequence& key : keys)
        parts << key.toString(format);
    return parts.join(QStringLiteral(", "));
}

QString ShortcutCatalog::tabOf(const QWidget* w, int* index) {
    QString outer;
    for (const QWidget* child = w; child && child->parentWidget(); child = child->parentWidget()) {
        const auto* stack = qobject_cast<const QStackedWidget*>(child->parentWidget());
        const auto* tabs = stack ? qobject_cast<const QTabWidget*>(stack->parentWidget()) : nullptr;
        const int at = tabs ? tabs->indexOf(const_cast<QWidget*>(child)) : -1;
        if (at >= 0) {
            outer = plainText(tabs->tabText(at));
            if (index)
                *index = at;
        }
    }
    return outer;
}

QList<ShortcutCatalog::Binding> ShortcutCatalog::collect(QWidget* window) {
    QList<Binding> bindings;
    QList<QAction*> actions = window->findChildren<QAction*>();
    for (QAction* a : window->actions())
        if (!actions.contains(a))
            actions.append(a);
    for (QAction* action : std::as_const(actions)) {
        // Separators, submenus, embedded widgets and Qt's own (a line edit's clear button) are no commands.
        if (action->isSeparator() || action->menu() || qobject_cast<QWidgetAction*>(action) ||
            action->text().isEmpty() || action->objectName().startsWith(QLatin1String("_q_")))
            continue;
        Binding b;
        b.action = action;
        b.text = plainText(action->text());
        b.keys = action->shortcuts();
        b.context = action->shortcutContext();
        for (QObject* object : action->associatedObjects())
            if (auto* w = qobject_cast<QWidget*>(object); w && !b.widgets.contains(hostOf(w)))
                b.widgets.append(hostOf(w));
        b.area = menuTitleOf(action, &b.areaOrder);
        for (qsizetype i = 0; b.area.isEmpty() && i < b.widgets.size(); ++i) {
            b.area = tabOf(b.widgets.at(i), &b.areaOrder);
            b.areaOrder += TabsOrder;
        }
        if (b.area.isEmpty()) {
            b.area = tr("Window");
            b.areaOrder = OtherOrder;
        }
        bindings.append(b);
    }
    for (QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        Binding b;
        b.shortcut = shortcut;
        b.text = shortcut->whatsThis();
        b.keys = shortcut->keys();
        b.context = shortcut->context();
        if (auto* w = qobject_cast<QWidget*>(shortcut->parent()))
            b.widgets.append(w);
        b.area = b.widgets.isEmpty() ? QString() : tabOf(b.widgets.first(), &b.areaOrder);
        b.areaOrder += TabsOrder;
        if (b.area.isEmpty()) {
            b.area = tr("Window");
            b.areaOrder = OtherOrder;
        }
        bindings.append(b);
    }
    std::stable_sort(bindings.begin(), bindings.end(),
                     [](const Binding& a, const Binding& b) { return a.areaOrder < b.areaOrder; });
    return bindings;
}

bool ShortcutCatalog::canBeActiveTogether(const Binding& a, QWidget* wa, const Binding& b, QWidget* wb) {
    // Different pages of one stack never show together.
    const auto stacksA = stacksOf(wa);
    for (const auto& [stackB, pageB] : stacksOf(wb))
        for (const auto& [stackA, pageA] : stacksA)
            if (stackA == stackB && pageA != pageB)
                return false;
    if (wa->window() != wb->window() && a.context != Qt::ApplicationShortcut &&
        b.context != Qt::ApplicationShortcut)
        return false;
    // Where the focus must be for each: anywhere (window, application), inside w, or on w.
    auto needsFocus = [](Qt::ShortcutContext c) {
        return c == Qt::WidgetShortcut || c == Qt::WidgetWithChildrenShortcut;
    };
    if (!needsFocus(a.context) || !needsFocus(b.context))
        return true;
    // The focus widget f must satisfy both: f == w (WidgetShortcut) or f inside w (with children).
    auto holds = [](Qt::ShortcutContext c, const QWidget* w, const QWidget* focus) {
        return c == Qt::WidgetShortcut ? focus == w : isAncestorOrSelf(w, focus);
    };
    // The deeper widget is the only candidate that can satisfy both.
    const QWidget* focus = isAncestorOrSelf(wa, wb) ? wb : wa;
    return holds(a.context, wa, focus) && holds(b.context, wb, focus);
}

QList<ShortcutCatalog::Conflict> ShortcutCatalog::conflicts(const QList<Binding>& bindings) {
    QList<Conflict> found;
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        for (qsizetype j = i + 1; j < bindings.size(); ++j) {
            const Binding& a = bindings.at(i);
            const Binding& b = bindings.at(j);
            for (const QKeySequence& key : a.keys) {
                if (key.isEmpty() || !b.keys.contains(key))
                    continue;
                bool together = false;
                for (QWidget* wa : a.widgets)
                    for (QWidget* wb : b.widgets)
                        together = together || canBeActiveTogether(a, wa, b, wb);
                if (together)
                    found.append({a, b, key});
            }
        }
    }
    return found;
}
