#include "WaitingView.h"

#include "OfferRejectsModel.h"
#include "PlainWidgets.h"
#include "UnusedOffersModel.h"
#include "core/Clock.h"
#include "marathon/MarathonClient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
using PlainWidgets::table;
using PlainWidgets::textLabel;
using PlainWidgets::title;

// A table as tall as its rows (up to maxRows, then it scrolls): the page around it scrolls.
void fitRows(QTableView* view, int maxRows) {
    const int rows = qMin(view->model()->rowCount(), maxRows);
    int height = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth();
    height += rows * view->verticalHeader()->defaultSectionSize();
    if (view->horizontalScrollBar()->isVisible() ||
        view->horizontalHeader()->length() > view->viewport()->width())
        height += view->horizontalScrollBar()->sizeHint().height();
    view->setFixedHeight(height);
}

void compact(QTableView* view) {
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setTextElideMode(Qt::ElideMiddle);
    view->horizontalHeader()->setStretchLastSection(false);
}

QString duration(qint64 seconds) {
    if (seconds < 60)
        return WaitingView::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return WaitingView::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return WaitingView::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}
} // namespace

WaitingView::WaitingView(MarathonClient* client, QWidget* parent)
    : QWidget(parent), m_client(client), m_tick(new QTimer(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = textLabel(this, QStringLiteral("queueStatus"));
    m_status->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(m_status);
    auto* delayRow = new QHBoxLayout;
    m_delay = textLabel(this, QStringLiteral("queueDelay"));
    delayRow->addWidget(m_delay, 1);
    m_resetDelay = new QPushButton(tr("Reset Delay"), this);
    m_resetDelay->setObjectName(QStringLiteral("resetDelay"));
    m_resetDelay->setToolTip(tr("Launch now instead of waiting out the backoff after failed launches"));
    delayRow->addWidget(m_resetDelay);
    layout->addLayout(delayRow);
    m_summary = textLabel(this, QStringLiteral("offerSummary"));
    layout->addWidget(m_summary);
    m_rejects = new OfferRejectsModel(this);
    m_rejectsView = table(this, QStringLiteral("offerRejects"), m_rejects);
    compact(m_rejectsView);
    m_rejectsView->setTextElideMode(Qt::ElideRight);
    m_rejectsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rejectsView->horizontalHeader()->setSectionResizeMode(OfferRejectsModel::ReasonColumn,
                                                            QHeaderView::Stretch);
    layout->addWidget(m_rejectsView);
    m_unusedTitle = title(this, tr("Each agent's last offer that did not fit"));
    layout->addWidget(m_unusedTitle);
    m_unusedNote = textLabel(this, QStringLiteral("unusedOffersNote"));
    layout->addWidget(m_unusedNote);
    m_unused = new UnusedOffersModel(this);
    m_unusedView = table(this, QStringLiteral("unusedOffers"), m_unused);
    compact(m_unusedView);
    m_unusedView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_unusedView->horizontalHeader()->setSectionResizeMode(UnusedOffersModel::AgentColumn,
                                                           QHeaderView::Interactive);
    m_unusedView->horizontalHeader()->setSectionResizeMode(UnusedOffersModel::ReasonsColumn,
                                                           QHeaderView::Stretch);
    m_unusedView->setColumnWidth(UnusedOffersModel::AgentColumn, 160);
    layout->addWidget(m_unusedView);
    layout->addStretch(1);
    connect(m_resetDelay, &QPushButton::clicked, this, &WaitingView::resetDelayRequested);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &WaitingView::showDelay);
    setEntry({}, nullptr);
}

QString WaitingView::statusText() const {
    return m_status->text();
}
QString WaitingView::delayText() const {
    return m_delay->isHidden() ? QString() : m_delay->text();
}
QString WaitingView::summaryText() const {
    return m_summary->text();
}
QString WaitingView::unusedOffersText() const {
    return m_unusedNote->text();
}

void WaitingView::setEntry(const QString& id, const MarathonQueueEntry* entry) {
    const bool sameId = id == m_id;
    m_id = id;
    m_queued = entry != nullptr;
    if (!entry) {
        m_entry = MarathonQueueEntry{};
        m_delayEnds = QDateTime();
        m_status->setText(id.isEmpty()
                              ? QString()
                              : tr("%1 is not in the launch queue: nothing waits to be launched.").arg(id));
        for (QWidget* w : {static_cast<QWidget*>(m_delay), static_cast<QWidget*>(m_resetDelay),
                           static_cast<QWidget*>(m_summary), static_cast<QWidget*>(m_rejectsView),
                           static_cast<QWidget*>(m_unusedTitle), static_cast<QWidget*>(m_unusedNote),
                           static_cast<QWidget*>(m_unusedView)})
            w->hide();
        m_rejects->setEntry(nullptr);
        m_unused->setOffers({});
        m_tick->stop();
        return;
    }
    const bool wasDelayed = sameId && m_entry.delayed();
    const QList<MarathonQueueEntry::UnusedOffer> keptOffers =
        sameId ? m_entry.lastUnusedOffers : QList<MarathonQueueEntry::UnusedOffer>{};
    m_entry = *entry;
    if (!sameId)
        m_unused->setOffers({});
    const QString kind = entry->isPod ? tr("Pod") : tr("App");
    if (entry->delayed())
        m_status->setText(
            tr("%1 %2 is delayed after failed launches: %n instance(s) wait for the backoff to end.", nullptr,
               entry->count)
                .arg(kind, id));
    else
        m_status->setText(
            tr("%1 %2 waits for offers: %n instance(s) left to launch.", nullptr, entry->count)
                .arg(kind, id) +
            (entry->since.isEmpty() ? QString() : u' ' + tr("Queued since %1.").arg(entry->since)) +
            (entry->role.isEmpty() ? QString() : u' ' + tr("Role: %1.").arg(entry->role)));

    if (entry->delayed()) {
        const QDateTime ends = Clock::currentDateTimeUtc().addSecs(entry->timeLeftSeconds);
        // Marathon truncates to whole seconds: a poll a moment later must not make the count jump up.
        if (!wasDelayed || !m_delayEnds.isValid() || ends < m_delayEnds || m_delayEnds.msecsTo(ends) > 1500)
            m_delayEnds = ends;
        m_tick->start();
    } else {
        m_delayEnds = QDateTime();
        m_tick->stop();
    }
    m_delay->setVisible(entry->delayed());
    m_resetDelay->setVisible(entry->delayed());
    showDelay();

    m_summary->setVisible(true);
    if (!entry->hasSummary) {
        m_summary->setText(
            tr("This Marathon reports no offer statistics (processedOffersSummary came with Marathon 1.4)."));
    } else {
        QStringList parts{tr("%n offer(s) processed in this launch attempt", nullptr, entry->processedOffers),
                          tr("%n unused", nullptr, entry->unusedOffers)};
        if (!entry->lastUnusedOfferAt.isEmpty())
            parts << tr("last unused offer at %1").arg(entry->lastUnusedOfferAt);
        parts << (entry->lastUsedOfferAt.isEmpty() ? tr("no offer used yet")
                                                   : tr("last used offer at %1").arg(entry->lastUsedOfferAt));
        m_summary->setText(parts.join(QStringLiteral("; ")) + u'.');
    }
    m_rejects->setEntry(entry);
    // Before the first offer every step reads 0 of 0: the line above says so once.
    m_rejectsView->setVisible(entry->hasSummary && entry->processedOffers > 0 && m_rejects->rowCount() > 0);
    fitRows(m_rejectsView, 12);
    const bool offersMatter = !entry->delayed();
    m_unusedTitle->setVisible(offersMatter);
    m_unusedNote->setVisible(offersMatter);
    m_unusedView->setVisible(offersMatter && m_unused->rowCount() > 0);
    if (entry->hasUnusedOffers)
        showUnusedOffers(entry, {});
    else
        m_entry.lastUnusedOffers = keptOffers;
    if (offersMatter && !entry->hasUnusedOffers && isVisible())
        fetchUnusedOffers();
}

void WaitingView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_queued && !m_entry.delayed() && !m_entry.hasUnusedOffers)
        fetchUnusedOffers();
}

void WaitingView::showDelay() {
    if (!m_queued || !m_entry.delayed() || !m_delayEnds.isValid()) {
        m_delay->clear();
        return;
    }
    const qint64 left = qMax<qint64>(0, (Clock::currentDateTimeUtc().msecsTo(m_delayEnds) + 999) / 1000);
    m_delay->setText(
        left > 0 ? tr("Next launch attempt in %1 (launch delay after failures).").arg(duration(left))
                 : tr("The launch delay has run out; waiting for Marathon to start the next attempt."));
}

void WaitingView::fetchUnusedOffers() {
    if (!m_client)
        return;
    if (m_fetching) {
        m_fetchAgain = true;
        return;
    }
    m_fetching = true;
    const QString id = m_id;
    m_client->listQueueWithUnusedOffers(
        this, [this, id](const ApiError& error, const QList<MarathonQueueEntry>& queue) {
            m_fetching = false;
            if (id == m_id && m_queued) {
                const MarathonQueueEntry* found = nullptr;
                for (const MarathonQueueEntry& e : queue)
                    if (e.appId == id)
                        found = &e;
                if (error.isError())
                    showUnusedOffers(nullptr, error.summary());
                else if (found)
                    showUnusedOffers(found, {});
            }
            if (std::exchange(m_fetchAgain, false) && m_queued && !m_entry.delayed())
                fetchUnusedOffers();
        });
}

void WaitingView::showUnusedOffers(const MarathonQueueEntry* entry, const QString& error) {
    if (!error.isEmpty()) {
        m_unusedNote->setText(tr("Could not load the agents' last offers: %1").arg(error));
        m_unused->setOffers({});
    } else if (!entry->hasUnusedOffers) {
        m_unusedNote->setText(tr("This Marathon does not report single offers (embed=lastUnusedOffers)."));
        m_unused->setOffers({});
    } else {
        m_entry.lastUnusedOffers = entry->lastUnusedOffers;
        m_unused->setOffers(entry->lastUnusedOffers);
        m_unusedNote->setText(entry->lastUnusedOffers.isEmpty()
                                  ? tr("No agent's offer was refused.")
                                  : tr("The last offer of %n agent(s) did not fit:", nullptr,
                                       int(entry->lastUnusedOffers.size())));
    }
    m_unusedView->setVisible(!m_entry.delayed() && m_unused->rowCount() > 0);
    fitRows(m_unusedView, 8);
}
