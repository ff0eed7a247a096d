#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

// For looking at translated screens: MESOSDESK_SCREENSHOT_LANG=de installs that catalogue (the
// checks read the English texts, so such a run is for the pictures). Without it, nothing.
inline void installScreenshotLanguage(QObject* owner) {
    const QString lang = qEnvironmentVariable("MESOSDESK_SCREENSHOT_LANG");
    if (lang.isEmpty())
        return;
    auto* own = new QTranslator(owner);
    if (own->load(QLocale(lang), QStringLiteral("mesosdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}
