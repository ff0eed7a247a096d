#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableView;
class ZkEnsembleModel;
class ZkEnsembleMonitor;

// The ensemble's servers as their four-letter words tell them, with a one-line summary
// (quorum or not, who leads) and a note when words are not whitelisted, so "disabled" is
// never read as "down". Polls only while it is shown. The AdminServer's port (admin.serverPort is
// set per ensemble, 8080 by default, often moved because 8080 is taken) is chosen here.
class ZkEnsembleView : public QWidget {
    Q_OBJECT
public:
    explicit ZkEnsembleView(QWidget* parent = nullptr);

    // "h1:2181,h2:2181"; empty: nothing to ask (a master-URL connection).
    void setHosts(const QString& hosts);
    ZkEnsembleMonitor* monitor() const { return m_monitor; }
    ZkEnsembleModel* model() const { return m_model; }
    QString summaryText() const;
    QString noteText() const;
    QSpinBox* adminPortBox() const { return m_adminPort; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void update();
    void setAdminPort(int port);

    ZkEnsembleMonitor* m_monitor;
    ZkEnsembleModel* m_model;
    QLabel* m_summary;
    QLabel* m_note;
    QTableView* m_table;
    QSpinBox* m_adminPort;
};
