#include "ZkSubtreeSearch.h"

#include "zookeeper/ZkSession.h"
#include "zookeeper/ZkSubtreeWalk.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ZkSubtreeSearch::ZkSubtreeSearch(QWidget* parent) : QWidget(parent), m_walk(new ZkSubtreeWalk(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("zkSearchField"));
    m_field->setPlaceholderText(tr("Find paths under the selected node (Enter)"));
    m_field->setClearButtonEnabled(true);
    row->addWidget(m_field, 1);
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("zkSearchStop"));
    m_stop->setEnabled(false);
    row->addWidget(m_stop);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("zkSearchStatus"));
    m_status->setTextFormat(Qt::PlainText); // paths are server text
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("zkSearchResults"));
    m_results->setUniformItemSizes(true);
    m_results->setMaximumHeight(160);
    m_results->hide();
    layout->addWidget(m_results);

    connect(m_field, &QLineEdit::returnPressed, this, [this] { search(m_field->text()); });
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) { // cleared: the list goes with its query
            stop();
            m_results->clear();
            m_results->hide();
            m_status->hide();
        }
    });
    connect(m_stop, &QPushButton::clicked, this, &ZkSubtreeSearch::stop);
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit pathActivated(item->text()); });
    connect(m_walk, &ZkSubtreeWalk::nodeVisited, this, [this](const QString& path) {
        if (!path.contains(m_text, Qt::CaseInsensitive))
            return;
        ++m_matches;
        if (m_results->count() < MaxListed)
            m_results->addItem(path);
        m_results->show();
    });
    connect(m_walk, &ZkSubtreeWalk::finished, this, &ZkSubtreeSearch::onFinished);
}

void ZkSubtreeSearch::setSession(ZkSession* session) {
    stop();
    m_session = session;
    m_results->clear();
    m_results->hide();
    m_status->hide();
}

void ZkSubtreeSearch::search(const QString& text) {
    m_walk->cancel();
    m_results->clear();
    m_matches = 0;
    m_text = text.trimmed();
    m_status->show();
    if (m_text.isEmpty()) {
        m_status->setText(tr("Type part of a path to find it."));
        return;
    }
    m_searchedFrom = m_start;
    m_status->setText(tr("Searching under %1…").arg(m_searchedFrom));
    m_stop->setEnabled(true);
    m_walk->start(m_session, m_searchedFrom, {MaxNodes, 8, false});
}

void ZkSubtreeSearch::stop() {
    m_walk->cancel();
}

bool ZkSubtreeSearch::isSearching() const {
    return m_walk->isRunning();
}

QString ZkSubtreeSearch::statusText() const {
    return m_status->isHidden() ? QString() : m_status->text();
}

void ZkSubtreeSearch::onFinished() {
    m_stop->setEnabled(false);
    const ZkSubtreeWalk::Outcome& outcome = m_walk->outcome();
    QStringList parts;
    parts << tr("%n match(es) under %1", nullptr, m_matches).arg(m_searchedFrom)
          << tr("%n node(s) searched", nullptr, outcome.visited);
    if (m_matches > m_results->count())
        parts << tr("the first %n listed", nullptr, int(m_results->count()));
    if (outcome.truncated)
        parts << tr("stopped at %n nodes: select a deeper node to search the rest", nullptr, MaxNodes);
    if (outcome.cancelled)
        parts << tr("stopped");
    if (!outcome.denied.isEmpty())
        parts << tr("%n node(s) not readable with these credentials", nullptr, int(outcome.denied.size()));
    if (!outcome.error.isEmpty())
        parts << outcome.error;
    m_status->setText(parts.join(QStringLiteral("; ")) + u'.');
}
