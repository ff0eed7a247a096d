#pragma once

#include <QDialog>
#include <QStringList>

class QLineEdit;
class QPushButton;

// Told on the start after a crash: where the report is, so the operator can send it. The
// paths are shown as plain, selectable text; the folder opens in the file manager.
class CrashReportDialog : public QDialog {
    Q_OBJECT
public:
    // reports: newest first (CrashHandler::pendingReports).
    CrashReportDialog(const QStringList& reports, QWidget* parent = nullptr);

    QString shownPath() const;
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* openFolderButton() const { return m_openFolder; }

private:
    QStringList m_reports;
    QLineEdit* m_path;
    QPushButton* m_copy;
    QPushButton* m_openFolder;
};
