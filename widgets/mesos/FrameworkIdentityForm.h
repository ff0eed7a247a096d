#pragma once

#include "mesos/MesosFrameworkDetails.h"

#include <QHash>
#include <QUrl>
#include <QWidget>

struct MesosFramework;
class QFormLayout;
class QLabel;
class QToolButton;

// Who a framework is, for its page: name, id, principal, user, role(s), capabilities in words,
// failover timeout as a duration, checkpointing, hostname, pid, web UI (plain text and an Open
// button through UrlOpener), and its registration times as local time with how long ago.
// Everything the master did not report reads "not reported". Server text is plain text.
class FrameworkIdentityForm : public QWidget {
    Q_OBJECT
public:
    explicit FrameworkIdentityForm(QWidget* parent = nullptr);

    void display(const MesosFramework& framework, const MesosFrameworkDetails& details, qint64 nowMsecs);
    // The value shown for a field ("principal", "roles", "capabilities", "failoverTimeout"...).
    QLabel* field(const QString& name) const { return m_fields.value(name); }
    QToolButton* openWebUiButton() const { return m_openWebUi; }
    QUrl webUi() const { return m_webUi; }

    // "2026-12-07 23:10 (5 min ago)"; "not reported" for 0.
    static QString timeText(double epochSeconds, qint64 nowMsecs);
    static QString durationText(double seconds);

private:
    QLabel* addField(const QString& name, const QString& label, QWidget* value = nullptr);
    void set(const QString& name, const QString& text, const QString& toolTip = {});

    QFormLayout* m_form;
    QHash<QString, QLabel*> m_fields;
    QToolButton* m_openWebUi;
    QUrl m_webUi;
};
