#include "KeyboardMapDialog.h"

#include "ShortcutCatalog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

KeyboardMapDialog::KeyboardMapDialog(QWidget* window) : QDialog(window) {
    setObjectName(QStringLiteral("keyboardMap"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("keyboardMapTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_tree, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Areas in the order they first appear (menus, then the tabs as the window built them).
    QStringList areas;
    QHash<QString, QList<std::pair<QString, QString>>> byArea;
    for (const ShortcutCatalog::Binding& b : ShortcutCatalog::collect(window)) {
        const QString keys = ShortcutCatalog::keysText(b.keys, QKeySequence::NativeText);
        if (keys.isEmpty() || b.text.isEmpty())
            continue;
        if (!areas.contains(b.area))
            areas.append(b.area);
        auto& list = byArea[b.area];
        if (!list.contains(std::pair{b.text, keys})) // the same action on two widgets is one line
            list.append({b.text, keys});
    }
    QFont bold = font();
    bold.setBold(true);
    for (const QString& area : std::as_const(areas)) {
        auto* group = new QTreeWidgetItem(m_tree, {area});
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(true);
        for (const auto& [text, keys] : std::as_const(byArea[area]))
            new QTreeWidgetItem(group, {text, keys});
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    m_tree->setFocus();
    resize(560, 560);
}

QStringList KeyboardMapDialog::rows() const {
    QStringList rows;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            rows << group->text(0) + u'\t' + group->child(i)->text(0) + u'\t' + group->child(i)->text(1);
    }
    return rows;
}
