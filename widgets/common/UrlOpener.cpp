#include "UrlOpener.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

namespace {
std::function<bool(const QUrl&)>& opener() {
    static std::function<bool(const QUrl&)> open;
    return open;
}
} // namespace

void UrlOpener::setOpenFunction(std::function<bool(const QUrl&)> open) {
    opener() = std::move(open);
}

bool UrlOpener::open(QWidget* parent, const QUrl& url, const QString& what) {
    const bool opened = opener() ? opener()(url) : QDesktopServices::openUrl(url);
    if (opened)
        return true;
    auto* box = new QMessageBox(QMessageBox::Warning, QApplication::translate("UrlOpener", "No browser"),
                                QApplication::translate("UrlOpener",
                                                        "%1 could not be opened: no web browser took the "
                                                        "address. Copy it and open it where a browser runs:")
                                        .arg(what) +
                                    QStringLiteral("\n\n") + url.toString(),
                                QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("noBrowserMessage"));
    box->setTextFormat(Qt::PlainText); // the address comes from the server
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton* copy =
        box->addButton(QApplication::translate("UrlOpener", "Copy address"), QMessageBox::AcceptRole);
    copy->setObjectName(QStringLiteral("copyAddressButton"));
    box->setDefaultButton(copy);
    QObject::connect(copy, &QPushButton::clicked, box,
                     [url] { QApplication::clipboard()->setText(url.toString()); });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}
