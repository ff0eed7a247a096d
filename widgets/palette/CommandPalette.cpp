#include "CommandPalette.h"

#include "PaletteDelegate.h"
#include "PaletteModel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int VisibleRows = 12;
}

CommandPalette::CommandPalette(PaletteModel* model, QWidget* window)
    : QFrame(window, Qt::Popup | Qt::FramelessWindowHint), m_model(model), m_window(window) {
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_DeleteOnClose, false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("paletteEdit"));
    m_edit->setPlaceholderText(tr("Find apps, tasks, agents, frameworks, profiles and actions…"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Command palette"));
    layout->addWidget(m_edit);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setModel(model);
    m_list->setItemDelegate(new PaletteDelegate(m_list));
    m_list->setUniformItemSizes(true); // 200 rows of one height: no measuring of each
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_list, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("paletteStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setTabOrder(m_edit, m_list);

    m_edit->installEventFilter(this);
    m_list->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_message.clear();
        m_model->setQuery(text);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        showCount();
    });
    connect(m_list, &QAbstractItemView::activated, this, &CommandPalette::activateCurrent);
    connect(m_list, &QAbstractItemView::clicked, this, &CommandPalette::activateCurrent);
}

void CommandPalette::popup() {
    if (!isVisible())
        m_returnFocus = QApplication::focusWidget();
    {
        const QSignalBlocker block(m_edit);
        m_edit->clear();
    }
    m_model->setQuery(QString());
    m_model->reload();
    place();
    show();
    raise();
    activateWindow();
    m_edit->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::place() {
    const QRect area = m_window->isWindow() ? m_window->geometry()
                                            : QRect(m_window->mapToGlobal(QPoint()), m_window->size());
    const int rowHeight = fontMetrics().height() + 12;
    const int width = qBound(std::min(420, area.width()), area.width() * 3 / 5, 760);
    const int height = std::min(area.height() - 40, m_edit->sizeHint().height() + rowHeight * VisibleRows +
                                                        m_status->sizeHint().height() * 2 + 40);
    setFixedSize(width, std::max(height, 160));
    move(area.left() + (area.width() - width) / 2, area.top() + std::max(20, area.height() / 8));
}

void CommandPalette::showCount() {
    if (!m_message.isEmpty()) {
        m_status->setText(m_message);
        return;
    }
    const qsizetype matched = m_model->matchCount();
    if (m_model->query().trimmed().isEmpty())
        m_status->setText(
            tr("%n thing(s) to find. ↑↓ move, Enter acts, Esc leaves", nullptr, int(m_model->entryCount())));
    else if (matched == 0)
        m_status->setText(tr("Nothing matches \"%1\"").arg(m_model->query()));
    else if (matched > m_model->rowCount())
        m_status->setText(tr("The best %1 of %n match(es)", nullptr, int(matched)).arg(m_model->rowCount()));
    else
        m_status->setText(tr("%n match(es)", nullptr, int(matched)));
}

int CommandPalette::pageRows() const {
    const int row = m_list->sizeHintForRow(0);
    return row > 0 ? std::max(1, m_list->viewport()->height() / row) : VisibleRows;
}

void CommandPalette::moveCurrent(int rows) {
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0;
    const int next = std::clamp(current + rows, 0, count - 1);
    m_list->setCurrentIndex(m_model->index(next));
    m_list->scrollTo(m_model->index(next));
}

void CommandPalette::activateCurrent() {
    const QModelIndex current = m_list->currentIndex();
    const PaletteEntry* entry = current.isValid() ? m_model->entryAt(current.row()) : nullptr;
    if (!entry)
        return;
    const PaletteEntry chosen = *entry;
    hide();
    if (!m_handler)
        return;
    // After the popup is gone, so that a dialog the action opens gets the focus.
    QTimer::singleShot(0, this, [this, chosen] {
        const QString problem = m_handler(chosen);
        if (problem.isEmpty())
            return;
        const QString query = m_model->query();
        popup();
        m_edit->setText(query);
        m_message = problem;
        showCount();
    });
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    switch (key->key()) {
    case Qt::Key_Escape:
        hide();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activateCurrent();
        return true;
    default:
        break;
    }
    if (watched == m_edit) {
        switch (key->key()) {
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-pageRows());
            return true;
        case Qt::Key_PageDown:
            moveCurrent(pageRows());
            return true;
        default:
            break;
        }
    } else if (watched == m_list && !key->text().isEmpty() && key->text().at(0).isPrint() &&
               !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        // Typing in the list goes on typing the query.
        m_edit->setFocus(Qt::OtherFocusReason);
        m_edit->insert(key->text());
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void CommandPalette::hideEvent(QHideEvent* event) {
    QFrame::hideEvent(event);
    if (m_returnFocus) {
        m_returnFocus->activateWindow();
        m_returnFocus->setFocus(Qt::PopupFocusReason);
    }
}
