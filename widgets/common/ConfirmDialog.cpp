#include "ConfirmDialog.h"

#include "ThemeStyle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QList<bool>& answers() {
    static QList<bool> queue;
    return queue;
}
QString& lastAsked() {
    static QString text;
    return text;
}
QStringList& lastListed() {
    static QStringList items;
    return items;
}
} // namespace

ConfirmDialog::ConfirmDialog(const Request& request, QWidget* parent) : QDialog(parent) {
    setWindowTitle(request.title);
    setObjectName(QStringLiteral("confirmDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(request.text, this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setMinimumWidth(380);
    layout->addWidget(text);
    if (!request.items.isEmpty()) {
        // Server-supplied ids, plain text; a group of hundreds scrolls instead of growing the dialog.
        m_items = new QListWidget(this);
        m_items->setObjectName(QStringLiteral("confirmItems"));
        m_items->addItems(request.items);
        m_items->setSelectionMode(QAbstractItemView::NoSelection);
        m_items->setFocusPolicy(Qt::NoFocus);
        const int rows = int(std::min<qsizetype>(request.items.size(), 8));
        m_items->setFixedHeight(m_items->sizeHintForRow(0) * rows + 2 * m_items->frameWidth() + 4);
        layout->addWidget(m_items);
    }
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // The label is plain text: "Kill & Scale" must not read "Kill _Scale" (& marks a mnemonic).
    m_action = buttons->addButton(QString(request.actionLabel).replace(u'&', QStringLiteral("&&")),
                                  QDialogButtonBox::AcceptRole);
    m_action->setObjectName(QStringLiteral("confirmAction"));
    if (request.dangerous)
        // Red only while it can be pressed: a disabled button must look disabled.
        ThemeStyle::set(m_action, QStringLiteral("QPushButton:enabled { color: %1; font-weight: bold; }"),
                        {ThemeColors::Role::StateError});
    if (!request.typeToConfirm.isEmpty()) {
        auto* hint = new QLabel(tr("Type %1 to confirm:").arg(request.typeToConfirm), this);
        hint->setTextFormat(Qt::PlainText);
        layout->addWidget(hint);
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("confirmText"));
        layout->addWidget(m_typed);
        m_action->setEnabled(false);
        const QString expected = request.typeToConfirm;
        connect(m_typed, &QLineEdit::textChanged, this,
                [this, expected](const QString& typed) { m_action->setEnabled(typed == expected); });
    }
    layout->addWidget(buttons);
    // Cancel is the default: Enter on an untouched dialog cancels.
    m_action->setAutoDefault(false);
    cancel->setDefault(true);
    cancel->setFocus();
    if (m_typed)
        m_typed->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ConfirmDialog::setNextAnswer(bool confirm) { answers().append(confirm); }
int ConfirmDialog::pendingAnswers() { return int(answers().size()); }
QString ConfirmDialog::lastText() { return lastAsked(); }
QStringList ConfirmDialog::lastItems() {
    return lastListed();
}

bool ConfirmDialog::ask(QWidget* parent, const Request& request) {
    lastAsked() = request.text;
    lastListed() = request.items;
    if (!answers().isEmpty())
        return answers().takeFirst();
    ConfirmDialog dialog(request, parent);
    return dialog.exec() == QDialog::Accepted;
}
