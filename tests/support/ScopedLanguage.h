#pragma once

#include <QCoreApplication>
#include <QTranslator>

// A language's catalogue installed for as long as this lives; an empty name is English (none).
class ScopedLanguage {
public:
    explicit ScopedLanguage(const QString& lang) {
        if (lang.isEmpty())
            return;
        m_loaded = m_translator.load(QStringLiteral(":/i18n/mesosdesk_%1.qm").arg(lang));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~ScopedLanguage() {
        if (m_loaded)
            QCoreApplication::removeTranslator(&m_translator);
    }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;
    // False for a language whose catalogue is missing (English is always "loaded").
    bool isLoaded(const QString& lang) const { return lang.isEmpty() || m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};
