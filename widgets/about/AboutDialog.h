#pragma once

#include <QDialog>

class QLabel;

// Help > About: what an operator quotes in a bug report. The version and licence come from the
// top-level CMakeLists.txt, the revision from git at build time, and the Qt version both as
// built against and as loaded (a distribution upgrade can change the second alone).
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    QString versionText() const;
    QString revisionText() const;
    QString qtText() const;
    QString licenceText() const;

private:
    QLabel* m_version;
    QLabel* m_revision;
    QLabel* m_qt;
    QLabel* m_licence;
};
