// Random text in every field of every dialog: no crash, no freeze, and nothing sent while the
// input is invalid. The seed is printed; MESOSDESK_INPUT_FUZZ_SEED=N replays a run.
#include "../integration/FakeMarathon.h"
#include "AppEditorDialog.h"
#include "ConfirmDialog.h"
#include "ConnectionDialog.h"
#include "GroupScaleDialog.h"
#include "LogModel.h"
#include "LogViewerWidget.h"
#include "ScaleDialog.h"
#include "core/Settings.h"
#include "marathon/AppDefinitionValidator.h"
#include "marathon/MarathonClient.h"
#include "net/HttpTransport.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>
#include <memory>

using namespace std::chrono_literals;

namespace {
// What operators (and cats) type: numbers out of range, signs, locales' separators, ids
// Marathon refuses, JSON halves, rich text, regular expressions that backtrack forever.
const QStringList Pieces{
    QString(),
    QStringLiteral("0"),
    QStringLiteral("-1"),
    QStringLiteral("-0.5"),
    QStringLiteral("1e309"),
    QStringLiteral("99999999999999999999"),
    QStringLiteral("2147483648"),
    QStringLiteral("0,5"),
    QStringLiteral("NaN"),
    QStringLiteral("inf"),
    QStringLiteral("/"),
    QStringLiteral("//"),
    QStringLiteral("/a/../b"),
    QStringLiteral("/UPPER/case"),
    QStringLiteral("/web_app"),
    QStringLiteral("/ok-app"),
    QStringLiteral("ünïcödé"),
    QStringLiteral("\t"),
    QStringLiteral(" "),
    QStringLiteral("{\"id\":"),
    QStringLiteral("}]"),
    QStringLiteral("<b>bold</b>"),
    QStringLiteral("%1%n%s"),
    QStringLiteral("(a+)+$"),
    QStringLiteral("(.*)*x"),
    QStringLiteral("["),
    QStringLiteral("\\"),
    QStringLiteral("zk://"),
    QStringLiteral("http//m:5050"),
    QStringLiteral("zk://h:99999/mesos"),
    QStringLiteral("a=b"),
    QStringLiteral("=x"),
    QStringLiteral("\n"),
    QStringLiteral("😀"),
    QStringLiteral("\u202e"),
    QStringLiteral("sleep 600"),
    QStringLiteral("0.1"),
};

QString randomText(QRandomGenerator& random) {
    QString text;
    const int pieces = int(random.bounded(1, 5));
    for (int i = 0; i < pieces; ++i)
        text += Pieces.at(int(random.bounded(qsizetype(Pieces.size()))));
    if (random.bounded(20) == 0)
        text += QString(int(random.bounded(2000, 20000)), QChar(u'x')); // a paste of a huge value
    return text;
}

// Fields the operator can type into, as they are now (a tab switch shows others).
QList<QWidget*> editableFields(QWidget* top) {
    QList<QWidget*> fields;
    for (QWidget* w : top->findChildren<QWidget*>()) {
        if (!w->isVisible() || !w->isEnabled())
            continue;
        if (auto* line = qobject_cast<QLineEdit*>(w);
            line && !line->isReadOnly() && !qobject_cast<QAbstractSpinBox*>(line->parentWidget()) &&
            !qobject_cast<QComboBox*>(line->parentWidget()))
            fields << w;
        else if (qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QPlainTextEdit*>(w))
            fields << w;
        else if (auto* combo = qobject_cast<QComboBox*>(w); combo && combo->isEditable())
            fields << w;
    }
    return fields;
}

void typeChars(QWidget* field, const QString& text) {
    for (const QChar ch : text) {
        if ((ch == u'\n' || ch == u'\t') && !qobject_cast<QPlainTextEdit*>(field))
            continue; // Return and Tab in a one-line field submit and move on: not typing
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : field;
        if (ch.unicode() >= 0x20 && ch.unicode() < 0x7f) {
            QTest::keyClick(target, char(ch.unicode()));
        } else { // what an input method delivers: a key event that carries the text
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QApplication::sendEvent(target, &press);
            QApplication::sendEvent(target, &release);
        }
    }
}

// Types text into the field as a person would (long pastes are set, not typed key by key).
void typeInto(QWidget* field, const QString& text) {
    field->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.size() <= 200)
        return typeChars(field, text);
    if (auto* plain = qobject_cast<QPlainTextEdit*>(field))
        plain->insertPlainText(text);
    else if (auto* line = qobject_cast<QLineEdit*>(field))
        line->insert(text);
    else if (auto* combo = qobject_cast<QComboBox*>(field))
        combo->setEditText(text);
    else
        typeChars(field, text.left(200));
}
} // namespace

class TestInputFuzz : public QObject {
    Q_OBJECT
    std::unique_ptr<FakeMarathon> m_fake;
    std::unique_ptr<HttpTransport> m_http;
    std::unique_ptr<MarathonClient> m_client;
    quint32 m_seed = 0;
    QRandomGenerator m_random;

    int changesSent() const {
        int n = 0;
        for (const FakeMarathon::Seen& seen : m_fake->requests())
            n += seen.method != "GET" ? 1 : 0;
        return n;
    }

    // rounds of: a random field, random text; after each, the GUI answers at once.
    void fuzz(QWidget* top, int rounds, const std::function<void()>& afterEach) {
        fuzz([top] { return top; }, rounds, afterEach);
    }
    // current: the dialog to type into now (a Create that went out closes the last one).
    void fuzz(const std::function<QWidget*()>& current, int rounds, const std::function<void()>& afterEach) {
        for (int round = 0; round < rounds; ++round) {
            QWidget* top = current();
            if (QTest::currentTestFailed())
                return;
            const QList<QWidget*> fields = editableFields(top);
            QVERIFY2(!fields.isEmpty(), qPrintable(top->objectName()));
            QWidget* field = fields.at(int(m_random.bounded(qsizetype(fields.size()))));
            const QString text = randomText(m_random);
            QElapsedTimer took;
            took.start();
            typeInto(field, text);
            QCoreApplication::processEvents();
            if (qEnvironmentVariableIsSet("MESOSDESK_INPUT_FUZZ_VERBOSE"))
                qInfo("%lld ms: %d characters into %s %s", qint64(took.elapsed()), int(text.size()),
                      field->metaObject()->className(), qPrintable(field->objectName()));
            // Typing a value and seeing its check is instant; a second means something froze.
            QVERIFY2(took.elapsed() < 2000 + text.size() / 2,
                     qPrintable(QStringLiteral("%1 ms typing %2 characters into %3 (seed %4)")
                                    .arg(took.elapsed())
                                    .arg(text.size())
                                    .arg(QLatin1String(field->metaObject()->className()))
                                    .arg(m_seed)));
            afterEach();
            if (QTest::currentTestFailed())
                return;
        }
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        bool given = false;
        m_seed = qEnvironmentVariableIntValue("MESOSDESK_INPUT_FUZZ_SEED", &given);
        if (!given)
            m_seed = QRandomGenerator::system()->generate();
        m_random.seed(m_seed);
        qInfo("input fuzz seed: %u (MESOSDESK_INPUT_FUZZ_SEED=%u replays it)", m_seed, m_seed);
    }
    void init() {
        Settings::MarathonNewAppDraft.reset();
        m_fake = std::make_unique<FakeMarathon>();
        QVERIFY(m_fake->start());
        m_http = std::make_unique<HttpTransport>();
        m_http->setTimeout(3s);
        m_client = std::make_unique<MarathonClient>(m_http.get());
        m_client->setBaseUrl(QUrl(m_fake->baseUrl()));
    }
    void cleanup() {
        while (ConfirmDialog::pendingAnswers() > 0)
            ConfirmDialog::ask(nullptr, {});
        Settings::MarathonNewAppDraft.reset();
    }

    // New App: whatever is typed, Create sends only a definition that passes the local checks.
    void newAppSendsOnlyValidDefinitions() {
        std::unique_ptr<AppEditorDialog> editor(AppEditorDialog::createNew(m_client.get(), nullptr));
        editor->resize(1024, 700);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        auto current = [&]() -> QWidget* {
            if (!editor->isVisible()) { // a valid Create went out and its answer closed the dialog
                editor.reset(AppEditorDialog::createNew(m_client.get(), nullptr));
                editor->show();
                if (!QTest::qWaitForWindowExposed(editor.get()))
                    qFatal("the New App dialog did not show");
            }
            return editor.get();
        };
        fuzz(current, 150, [&] {
            if (m_random.bounded(4) == 0) // the JSON tab and back now and then
                editor->tabs()->setCurrentIndex(int(m_random.bounded(editor->tabs()->count())));
            if (m_random.bounded(5) != 0 || !editor->submitButton()->isEnabled())
                return;
            const QJsonObject definition = editor->definition();
            const bool valid = editor->jsonValid() && AppDefinitionValidator::validate(definition).isEmpty();
            const int before = changesSent();
            ConfirmDialog::setNextAnswer(false);
            QTest::mouseClick(editor->submitButton(), Qt::LeftButton);
            QCoreApplication::processEvents();
            if (!valid) {
                QVERIFY2(changesSent() == before,
                         qPrintable(QStringLiteral("sent an invalid definition (seed %1): %2")
                                        .arg(m_seed)
                                        .arg(QString::fromUtf8(QJsonDocument(definition).toJson()))));
                QVERIFY2(!editor->shownErrors().isEmpty() || !editor->bannerText().isEmpty(),
                         "refused without saying why");
            }
            while (ConfirmDialog::pendingAnswers() > 0)
                ConfirmDialog::ask(nullptr, {});
        });
    }

    void scaleDialogsNeverSendWhatTheyRefuse() {
        m_fake->addApp(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("/web")}, {QStringLiteral("instances"), 2}});
        ScaleDialog scale(m_client.get(), QStringLiteral("/web"), 2, {});
        scale.show();
        QVERIFY(QTest::qWaitForWindowExposed(&scale));
        fuzz(&scale, 60, [&] {
            const int before = changesSent();
            if (!scale.scaleButton()->isEnabled()) {
                QTest::mouseClick(scale.scaleButton(), Qt::LeftButton);
                QTest::keyClick(static_cast<QWidget*>(scale.targetBox()), Qt::Key_Return);
                QCoreApplication::processEvents();
                QCOMPARE(changesSent(), before);
            }
        });
        GroupScaleDialog::AppInstances apps;
        apps.append({QStringLiteral("/g/a"), 2});
        apps.append({QStringLiteral("/g/b"), 3});
        GroupScaleDialog group(QStringLiteral("/g"), apps);
        group.show();
        QVERIFY(QTest::qWaitForWindowExposed(&group));
        fuzz(&group, 60, [&] {
            // Marathon takes scaleBy >= 0 (its RAML: minimum 0; 0 scales every app to zero).
            const double factor = group.factor();
            QVERIFY2(factor >= 0 && factor <= 100, qPrintable(QString::number(factor)));
        });
    }

    void connectionDialogAcceptsOnlyWhatParses() {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fuzz(&dialog, 80, [&] {
            const QString typed = dialog.text();
            QString error;
            const ConnectionTarget target = ConnectionTarget::parse(typed, &error);
            auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(ok);
            QCOMPARE(ok->isEnabled(), target.isValid());
            QCOMPARE(dialog.text(), typed); // nothing the operator typed is changed or lost
        });
    }

    // Search: a regular expression that backtracks forever must not freeze the window.
    void logSearchNeverFreezes() {
        HttpTransport transport;
        LogViewerWidget viewer(&transport);
        viewer.resize(1024, 700);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QByteArray lines;
        for (int i = 0; i < 20000; ++i)
            lines += QByteArray("line ") + QByteArray::number(i) +
                     " aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n";
        viewer.model()->appendBytes(0, lines);
        fuzz(&viewer, 40, [] {});
    }
};

QTEST_MAIN(TestInputFuzz)
#include "tst_inputfuzz.moc"
