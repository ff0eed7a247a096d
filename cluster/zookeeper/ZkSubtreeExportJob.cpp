#include "ZkSubtreeExportJob.h"

#include "ZkSubtreeExport.h"
#include "ZkSubtreeWalk.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

ZkSubtreeExportJob::ZkSubtreeExportJob(QObject* parent) : QObject(parent), m_walk(new ZkSubtreeWalk(this)) {
    connect(m_walk, &ZkSubtreeWalk::nodeVisited, this,
            [this](const QString& path, const ZkStat& stat, const QByteArray& data) {
                if (!m_export)
                    return;
                m_bytes += data.size();
                if (m_bytes > MaxBytes) { // the rest would not fit a file anyone opens
                    m_overBudget = true;
                    m_walk->cancel();
                    return;
                }
                m_export->add(path, stat, data);
            });
    connect(m_walk, &ZkSubtreeWalk::finished, this, &ZkSubtreeExportJob::onWalked);
}

ZkSubtreeExportJob::~ZkSubtreeExportJob() {
    delete m_export;
}

void ZkSubtreeExportJob::start(ZkSession* session, const QString& root, const QString& fileName) {
    delete m_export;
    m_export = new ZkSubtreeExport;
    m_root = root;
    m_fileName = fileName;
    m_bytes = 0;
    m_overBudget = false;
    m_running = true;
    m_walk->start(session, root, {MaxNodes, 8, true});
}

void ZkSubtreeExportJob::onWalked() {
    ZkSubtreeWalk::Outcome outcome = m_walk->outcome();
    if (m_overBudget) { // not the operator's cancel: the budget's
        outcome.cancelled = false;
        outcome.truncated = true;
    }
    if (!outcome.error.isEmpty() && outcome.visited == 0) {
        m_running = false;
        delete m_export;
        m_export = nullptr;
        emit finished(false, outcome.error);
        return;
    }
    QString summary = QCoreApplication::translate("ZkSubtreeExportJob", "Exported %n node(s) of %1 to %2",
                                                  nullptr, outcome.visited)
                          .arg(m_root, m_fileName);
    if (outcome.truncated || !outcome.error.isEmpty() || !outcome.denied.isEmpty())
        summary += QCoreApplication::translate("ZkSubtreeExportJob", " (incomplete: the file says why)");
    // Rendering and writing up to 64 MiB is no work for the GUI thread.
    ZkSubtreeExport* document = m_export;
    m_export = nullptr;
    const QString fileName = m_fileName;
    const QString root = m_root;
    const QDateTime when = Clock::currentDateTimeUtc();
    QPointer<ZkSubtreeExportJob> self(this);
    QThreadPool::globalInstance()->start([self, document, outcome, fileName, root, when, summary] {
        QSaveFile file(fileName);
        bool ok = file.open(QIODevice::WriteOnly);
        if (ok)
            ok = file.write(document->toJson(root, outcome, when)) >= 0 && file.commit();
        const QString message =
            ok ? summary
               : QCoreApplication::translate("ZkSubtreeExportJob", "Could not write %1: %2")
                     .arg(fileName, file.errorString());
        delete document;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ok, message] {
                if (!self)
                    return;
                self->m_running = false;
                emit self->finished(ok, message);
            },
            Qt::QueuedConnection);
    });
}
