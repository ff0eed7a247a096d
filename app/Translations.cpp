#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {
void install(QCoreApplication& app, const QString& lang) {
    const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    // Without this a German window shows "4 Dec 2026".
    if (!lang.isEmpty())
        QLocale::setDefault(locale);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    // English is the fallback, not the bare source text: its catalogue holds the plural forms
    // ("1 server", "3 servers" where the source says "server(s)").
    if (own->load(locale, QStringLiteral("mesosdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/mesosdesk_en.qm")))
        QCoreApplication::installTranslator(own);
}
} // namespace Translations
