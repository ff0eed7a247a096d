#include "MesosDetailPane.h"

#include "MesosRoles.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

MesosDetailPane::MesosDetailPane(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_buttons = new QHBoxLayout;
    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
    auto* tabs = new QTabWidget(this);
    m_fields = new QTableWidget(0, 2, tabs);
    m_fields->setObjectName(QStringLiteral("detailFields"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_raw = new QPlainTextEdit(tabs);
    m_raw->setObjectName(QStringLiteral("detailRawJson"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFont(QStringLiteral("monospace")));
    tabs->addTab(m_fields, tr("Fields"));
    tabs->addTab(m_raw, tr("Raw JSON"));
    layout->addWidget(tabs);
}

void MesosDetailPane::addButton(QAction* action) {
    auto* button = new QToolButton(this);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

void MesosDetailPane::showIndex(const QModelIndex& index) {
    m_fields->setRowCount(0);
    m_raw->clear();
    if (!index.isValid())
        return;
    const QAbstractItemModel* model = index.model();
    const int columns = model->columnCount(index.parent());
    m_fields->setRowCount(columns);
    for (int c = 0; c < columns; ++c) {
        const QModelIndex cell = model->index(index.row(), c, index.parent());
        auto* name = new QTableWidgetItem(model->headerData(c, Qt::Horizontal).toString());
        auto* value = new QTableWidgetItem(cell.data().toString());
        value->setFlags(value->flags() | Qt::ItemIsSelectable); // selectable, so ids can be copied
        m_fields->setItem(c, 0, name);
        m_fields->setItem(c, 1, value);
    }
    QString text = readable(index.data(MesosRoles::RawJsonRole).toByteArray());
    // The object is kept as first received; the event stream's updates since then come after it.
    const QByteArray status = index.data(MesosRoles::LatestStatusRole).toByteArray();
    if (!status.isEmpty())
        text += u"\n\n" + tr("Latest status update from the event stream:") + u'\n' + readable(status);
    m_raw->setPlainText(text);
}

QString MesosDetailPane::readable(QByteArray raw) {
    // A framework's JSON holds all its tasks; indenting megabytes is not worth a stall.
    const qsizetype limit = 512 * 1024;
    if (raw.size() > limit)
        return QString::fromUtf8(raw.left(limit)) + u'\n' + tr("… (%1 more bytes not shown)").arg(raw.size() - limit);
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    if (!doc.isNull())
        raw = doc.toJson(QJsonDocument::Indented);
    return QString::fromUtf8(raw);
}

QString MesosDetailPane::rawJson() const {
    return m_raw->toPlainText();
}
