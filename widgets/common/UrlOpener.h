#pragma once

#include <QString>
#include <QUrl>
#include <functional>

class QWidget;

// Opens an address in the desktop's browser. When there is none (QDesktopServices::openUrl
// returns false, e.g. no browser installed or a remote session), says so and offers to copy the
// address instead of failing silently.
class UrlOpener {
public:
    // Returns whether a browser took the address; otherwise the message is open (window modal).
    static bool open(QWidget* parent, const QUrl& url, const QString& what);

    // Test seam: replaces QDesktopServices::openUrl; an empty function restores it.
    static void setOpenFunction(std::function<bool(const QUrl&)> open);
};
