#pragma once

class QCoreApplication;
class QString;

// The interface language: Qt's own catalogue (qtbase) and MesosDesk's, for the system's locale or
// the one asked for with --lang, which then also decides how dates and numbers read. The
// executable and the screenshot tour share it, so a screenshot shows what the operator sees.
namespace Translations {
void install(QCoreApplication& app, const QString& lang);
}
