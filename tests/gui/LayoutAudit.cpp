#include "LayoutAudit.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QSet>
#include <QTest>
#include <QWidget>

namespace {
QString describe(const QWidget* widget) {
    const QString name = widget->objectName().isEmpty() ? QStringLiteral("(unnamed)") : widget->objectName();
    QString text;
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        text = QStringLiteral(" \"%1\"").arg(label->text().left(60));
    return QStringLiteral("%1 %2%3").arg(QString::fromLatin1(widget->metaObject()->className()), name, text);
}

// Inside a scroll area's viewport content may be any size: it scrolls.
bool insideScrollArea(const QWidget* widget) {
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(parent)) {
            if (area->viewport()->isAncestorOf(widget))
                return true;
        }
    }
    return false;
}

// Only widgets a layout places can be squeezed by it; a header view, a spin box's line edit and
// the like are sized by the widget they belong to.
bool laidOut(const QWidget* widget) {
    const QWidget* parent = widget->parentWidget();
    return parent && parent->layout() && parent->layout()->indexOf(const_cast<QWidget*>(widget)) >= 0;
}

bool takesTab(const QWidget* widget) {
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
           !widget->focusProxy();
}
} // namespace

namespace LayoutAudit {
QStringList problems(QWidget* top) {
    QStringList found;
    const auto widgets = top->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible() || widget->isWindow() || insideScrollArea(widget) || !laidOut(widget))
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget);
            label && !label->text().isEmpty() && label->pixmap().isNull()) {
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (label->height() + 1 < needed)
                    found << QStringLiteral("%1 is %2 px high, its text needs %3 at %4 px wide")
                                 .arg(describe(label))
                                 .arg(label->height())
                                 .arg(needed)
                                 .arg(label->width());
            } else if (label->width() + 1 < label->minimumSizeHint().width()) {
                found << QStringLiteral("%1 is %2 px wide, its text needs %3")
                             .arg(describe(label))
                             .arg(label->width())
                             .arg(label->minimumSizeHint().width());
            }
            continue;
        }
        const QSize minimum = widget->minimumSizeHint();
        const QSizePolicy policy = widget->sizePolicy();
        const bool squeezedWide = minimum.width() > 0 && policy.horizontalPolicy() != QSizePolicy::Ignored &&
                                  widget->width() + 1 < minimum.width();
        const bool squeezedHigh = minimum.height() > 0 && policy.verticalPolicy() != QSizePolicy::Ignored &&
                                  widget->height() + 1 < minimum.height();
        if (squeezedWide || squeezedHigh)
            found << QStringLiteral("%1 is %2x%3, below its minimum %4x%5")
                         .arg(describe(widget))
                         .arg(widget->width())
                         .arg(widget->height())
                         .arg(minimum.width())
                         .arg(minimum.height());
    }
    return found;
}

QStringList tabOrderProblems(QWidget* top) {
    QStringList found;
    QList<QWidget*> expected;
    for (QWidget* widget : top->findChildren<QWidget*>()) {
        if (takesTab(widget) && !insideScrollArea(widget))
            expected << widget;
    }
    if (expected.isEmpty())
        return found;
    top->activateWindow();
    expected.first()->setFocus(Qt::TabFocusReason);
    QSet<QWidget*> reached;
    QWidget* previous = nullptr;
    for (int press = 0; press < expected.size() * 2 + 2; ++press) {
        QWidget* focused = QApplication::focusWidget();
        if (!focused)
            return {QStringLiteral("nothing has focus after %1 Tab presses").arg(press)};
        if (focused == previous) {
            found << QStringLiteral("Tab does not leave %1").arg(describe(focused));
            break;
        }
        reached.insert(focused);
        previous = focused;
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    for (QWidget* widget : std::as_const(expected)) {
        if (!reached.contains(widget))
            found << QStringLiteral("Tab never reaches %1").arg(describe(widget));
    }
    return found;
}
} // namespace LayoutAudit
