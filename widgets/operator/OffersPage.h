#pragma once

#include "ClusterPage.h"
#include "net/HttpTransport.h"
#include "operator/OperatorClient.h"

#include <QPointer>
#include <chrono>

class ClusterSession;
class MesosFilterProxy;
class OfferHoldersModel;
class OffersModel;
class OperatorFeedback;
class OperatorPoller;
class QTableView;
class QTimer;

// Offers: the master's outstanding offers (polled: no event tells of offers), one row each
// (framework, agent host, resources, age, id), and above them each framework's count of offers
// held and resources on offer, the one sitting on most offers first. v1 GET_FRAMEWORKS, or
// /master/state for a master without the v1 API. Read-only: nothing to switch off.
class OffersPage : public ClusterPage {
    Q_OBJECT
public:
    explicit OffersPage(QWidget* parent = nullptr);
    ~OffersPage() override;

    QString title() const override;
    void attach(ClusterSession* session) override;

    void setPollInterval(std::chrono::milliseconds interval); // test seam
    // The poll that lists the outstanding offers (the framework page asks the same).
    static void requestOffers(OperatorClient* client, QObject* context, OperatorClient::Done done,
                              const QString& masterVersion);
    OffersModel* offers() const { return m_offers; }
    OfferHoldersModel* holders() const { return m_holders; }
    QTableView* offersView() const { return m_offersView; }
    QTableView* holdersView() const { return m_holdersView; }

private:
    void onAnswer(const HttpTransport::Response& response);

    OffersModel* m_offers;
    OfferHoldersModel* m_holders;
    MesosFilterProxy* m_offersProxy;
    MesosFilterProxy* m_holdersProxy;
    QTableView* m_offersView;
    QTableView* m_holdersView;
    OperatorFeedback* m_feedback;
    OperatorPoller* m_poller;
    QTimer* m_ages;
    QPointer<ClusterSession> m_session;
};
