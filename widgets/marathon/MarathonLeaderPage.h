#pragma once

#include <QDateTime>
#include <QPointer>
#include <QWidget>
#include <chrono>

class MarathonClient;
class MarathonConfigModel;
class MarathonLeaderDetector;
class OnScreenWatcher;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
struct MarathonInfo;

// Marathon itself: who leads (ZooKeeper's latch and /v2/leader, side by side, so a
// disagreement shows), how many instances are in the election, the leader's version and the
// configuration it runs with (/v2/info), and Abdicate (DELETE /v2/leader, confirmed), after
// which the page follows the election until a leader is elected again. Polled only while shown.
// A tab of the Marathon panel, made with it for each session.
class MarathonLeaderPage : public QWidget {
    Q_OBJECT
public:
    explicit MarathonLeaderPage(QWidget* parent = nullptr);

    // The session's Marathon client (it follows the Marathon the panel shows) and its ZooKeeper
    // election, null for a connection without ZooKeeper.
    void setSources(MarathonClient* client, MarathonLeaderDetector* detector);
    void setReadOnly(bool readOnly, const QString& reason);

    void setPollInterval(std::chrono::milliseconds interval); // test seam
    void refresh();                                           // ask now

    QLabel* leaderLabel() const { return m_leader; }
    QLabel* apiLeaderLabel() const { return m_apiLeader; }
    QLabel* versionLabel() const { return m_version; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* abdicateButton() const { return m_abdicate; }
    MarathonConfigModel* configModel() const { return m_model; }

private:
    void abdicate();
    void onInfo(const MarathonInfo& info);
    void updateLeader();
    void updateButton();
    void setStatus(const QString& text, bool error);

    MarathonConfigModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QLabel* m_leader;
    QLabel* m_apiLeader;
    QLabel* m_version;
    QLabel* m_status;
    QPushButton* m_abdicate;
    QTimer* m_poll;
    OnScreenWatcher* m_onScreen;
    QPointer<MarathonClient> m_client;
    QPointer<MarathonLeaderDetector> m_detector;
    QMetaObject::Connection m_leaderChanged;
    QMetaObject::Connection m_countChanged;
    QString m_apiLeaderHost; // what /v2/leader said last, empty when unknown
    QString m_apiProblem;    // why it is unknown
    bool m_readOnly = false;
    QString m_readOnlyReason;
    // An abdication in progress: the leader that stepped down and when, until one is elected.
    QString m_abdicatedFrom;
    QDateTime m_abdicatedAt;
    QDateTime m_leaderSince;
    bool m_waitingForElection = false;
};
