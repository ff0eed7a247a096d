#include "CrashReportDialog.h"

#include "DialogFitter.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

CrashReportDialog::CrashReportDialog(const QStringList& reports, QWidget* parent)
    : QDialog(parent), m_reports(reports) {
    setObjectName(QStringLiteral("crashReportDialog"));
    setWindowTitle(tr("MesosDesk quit unexpectedly"));
    auto* layout = new QVBoxLayout(this);
    const QFileInfo newest(reports.value(0));
    auto* text = new QLabel(this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    const QDateTime when = newest.lastModified();
    QString message =
        when.isValid()
            ? tr("MesosDesk stopped unexpectedly on %1.").arg(QLocale().toString(when, QLocale::ShortFormat))
            : tr("MesosDesk stopped unexpectedly in an earlier run.");
    message += u' ' + tr("A report with the backtrace was saved; it holds the version and where the program "
                         "was, no passwords and no cluster data. Please send it to the developers with what "
                         "you were doing.");
    if (reports.size() > 1)
        message +=
            u'\n' + tr("%n earlier report(s) are in the same folder.", nullptr, int(reports.size() - 1));
    text->setText(message);
    layout->addWidget(text);
    m_path = new QLineEdit(newest.absoluteFilePath(), this);
    m_path->setObjectName(QStringLiteral("crashReportPath"));
    m_path->setReadOnly(true);
    m_path->setCursorPosition(0);
    layout->addWidget(m_path);
    auto* buttons = new QDialogButtonBox(this);
    m_copy = buttons->addButton(tr("&Copy Path"), QDialogButtonBox::ActionRole);
    m_openFolder = buttons->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    m_copy->setObjectName(QStringLiteral("crashCopyPath"));
    m_openFolder->setObjectName(QStringLiteral("crashOpenFolder"));
    close->setObjectName(QStringLiteral("crashClose"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_path->text()); });
    auto* problem = new QLabel(this);
    problem->setObjectName(QStringLiteral("crashReportProblem"));
    problem->setTextFormat(Qt::PlainText);
    problem->setWordWrap(true);
    problem->hide();
    connect(m_openFolder, &QPushButton::clicked, this, [this, problem] {
        if (QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path->text()).absolutePath())))
            return;
        problem->setText(tr("No file manager opened the folder. Copy the path above instead."));
        problem->show();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    DialogFitter::install(this);
}

QString CrashReportDialog::shownPath() const {
    return m_path->text();
}
