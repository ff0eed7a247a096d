#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class ZkSession;
class ZkSubtreeWalk;

// Path search within a subtree, the way an operator would otherwise grep `zkCli ls -R`: the text
// is matched (case-insensitively) against every path under the node the search starts from, by a
// bounded walk (ZkSubtreeWalk: at most 10,000 nodes, a few requests at a time), never the whole
// ensemble. Matches are listed as they come; activating one asks the page to show it.
class ZkSubtreeSearch : public QWidget {
    Q_OBJECT
public:
    static constexpr int MaxNodes = 10000;
    static constexpr int MaxListed = 500;

    explicit ZkSubtreeSearch(QWidget* parent = nullptr);

    void setSession(ZkSession* session);
    // Where the next search starts (the selected node, else the tree's root).
    void setStart(const QString& path) { m_start = path; }
    void search(const QString& text);
    void stop();

    bool isSearching() const;
    QLineEdit* field() const { return m_field; }
    QListWidget* results() const { return m_results; }
    QString statusText() const;

signals:
    void pathActivated(const QString& path);

private:
    void onFinished();

    QPointer<ZkSession> m_session;
    QString m_start = QStringLiteral("/");
    QString m_searchedFrom;
    QString m_text;
    int m_matches = 0;
    ZkSubtreeWalk* m_walk;
    QLineEdit* m_field;
    QPushButton* m_stop;
    QLabel* m_status;
    QListWidget* m_results;
};
