#include "LayoutAudit.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLayout>
#include <QSet>
#include <QTest>
#include <QWidget>
#include <algorithm>

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
    QList<QWidget*> order; // one round, as the operator tabs through it
    QWidget* previous = nullptr;
    int sectionPresses = 0;
    for (int press = 0; press < expected.size() * 8 + 2; ++press) {
        QWidget* focused = QApplication::focusWidget();
        if (!focused)
            return {QStringLiteral("nothing has focus after %1 Tab presses").arg(press)};
        // A date-time field takes Tab from one section to the next (day, month, ... minute) before it
        // lets go, as Qt's does everywhere; a lone control has nowhere else to go.
        const auto* dateTime = qobject_cast<const QDateTimeEdit*>(focused);
        const bool inSections =
            dateTime && focused == previous && ++sectionPresses < dateTime->sectionCount();
        if (focused == previous && !inSections && expected.size() > 1) {
            found << QStringLiteral("Tab does not leave %1").arg(describe(focused));
            break;
        }
        if (focused != previous)
            sectionPresses = 0;
        if (!reached.contains(focused))
            order << focused;
        reached.insert(focused);
        previous = focused;
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    // The round is a circle: read it from the control nearest the top left, where the operator starts.
    auto origin = [top](const QWidget* widget) { return widget->mapTo(top, QPoint(0, 0)); };
    const auto first = std::min_element(order.begin(), order.end(), [&](const QWidget* a, const QWidget* b) {
        return std::pair(origin(a).y(), origin(a).x()) < std::pair(origin(b).y(), origin(b).x());
    });
    std::rotate(order.begin(), first, order.end());
    // Reading order: Tab never jumps back up within a column (to a control wholly above the one it
    // leaves and overlapping it sideways). Moving on to the top of a column further right is fine.
    for (qsizetype i = 1; i < order.size(); ++i) {
        const QRect from(order.at(i - 1)->mapTo(top, QPoint(0, 0)), order.at(i - 1)->size());
        const QRect to(order.at(i)->mapTo(top, QPoint(0, 0)), order.at(i)->size());
        const bool above = to.bottom() < from.top();
        const bool sameColumn = to.left() < from.right() && from.left() < to.right();
        if (above && sameColumn)
            found << QStringLiteral("Tab goes back up from %1 to %2")
                         .arg(describe(order.at(i - 1)), describe(order.at(i)));
    }
    for (QWidget* widget : std::as_const(expected)) {
        if (!reached.contains(widget))
            found << QStringLiteral("Tab never reaches %1").arg(describe(widget));
    }
    return found;
}
} // namespace LayoutAudit
