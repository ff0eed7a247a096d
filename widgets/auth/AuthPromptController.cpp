#include "AuthPromptController.h"

#include "CredentialPrompt.h"
#include "credentials/CredentialStore.h"
#include "credentials/MemoryCredentialStore.h"

#include <QAction>
#include <QWidget>

AuthPromptController::AuthPromptController(QWidget* window, CredentialStore* keychain, QObject* parent)
    : QObject(parent), m_window(window), m_keychain(keychain), m_run(new MemoryCredentialStore(this)) {
    m_keychain->setParent(this);
    m_signInAgain = new QAction(tr("Sign &In Again"), this);
    m_signInAgain->setObjectName(QStringLiteral("signInAgainAction"));
    m_signInAgain->setEnabled(false);
    connect(m_signInAgain, &QAction::triggered, this, [this] {
        if (m_broker)
            m_broker->resumeAsking();
    });
}

AuthPromptController::~AuthPromptController() {
    attach(nullptr);
}

void AuthPromptController::setKeychain(CredentialStore* keychain) {
    delete m_keychain;
    m_keychain = keychain;
    m_keychain->setParent(this);
}

QList<CredentialPrompt*> AuthPromptController::openPrompts() const {
    QList<CredentialPrompt*> open;
    for (const QPointer<CredentialPrompt>& prompt : m_prompts)
        if (prompt && prompt->isVisible())
            open << prompt;
    return open;
}

bool AuthPromptController::takeUrlSecret(const ConnectionTarget& target,
                                         std::function<void(const ConnectionTarget&)> connect) {
    const QString key = CredentialStore::keyFor(target.toDisplayString());
    if (target.user().isEmpty())
        return false;
    if (!target.password().isEmpty()) {
        const QString password = target.password();
        QPointer<MemoryCredentialStore> run = m_run;
        m_keychain->write(key, password, [run, key, password](const QString& error) {
            if (!error.isEmpty() && run)
                run->write(key, password, [](const QString&) {}); // no keychain: this run only
        });
        return false;
    }
    if (std::exchange(m_lookedUp, {}) == key)
        return false; // looked up and not found: connect without, the server will ask
    m_lookedUp = key;
    auto found = [this, target, connect](const QString& password) {
        m_lookedUp.clear();
        ConnectionTarget filled = target;
        filled.setPassword(password);
        connect(filled);
    };
    m_run->read(key, [this, key, found, target, connect](bool inRun, const QString& secret, const QString&) {
        if (inRun)
            return found(secret);
        m_keychain->read(key,
                         [found, target, connect](bool inKeychain, const QString& stored, const QString&) {
                             if (inKeychain)
                                 return found(stored);
                             connect(target);
                         });
    });
    return true;
}

void AuthPromptController::attach(AuthBroker* broker) {
    if (m_broker)
        disconnect(m_broker, nullptr, this, nullptr);
    const auto prompts = std::exchange(m_prompts, {});
    for (const QPointer<CredentialPrompt>& prompt : prompts)
        delete prompt.data(); // its broker and requests are going with the session
    m_remember.clear();
    m_broker = broker;
    m_signInAgain->setEnabled(false);
    if (!broker)
        return;
    connect(broker, &AuthBroker::credentialsNeeded, this, &AuthPromptController::onNeeded);
    connect(broker, &AuthBroker::credentialAccepted, this, &AuthPromptController::onAccepted);
    connect(broker, &AuthBroker::requestWithdrawn, this, [this](const QString& scope) {
        if (const QPointer<CredentialPrompt> prompt = m_prompts.take(scope))
            prompt->deleteLater();
    });
    connect(broker, &AuthBroker::blockedChanged, this, [this](const QString&, bool blocked) {
        if (blocked)
            m_signInAgain->setEnabled(true);
    });
    connect(broker, &AuthBroker::forbidden, this, [this](const AuthBroker::Request& request) {
        const QString reason =
            request.realm.isEmpty()
                ? tr("Read-only credentials: %1 may not change anything on %2.")
                      .arg(request.user, request.host)
                : tr("Read-only credentials: %1 may not change anything on %2 (realm \"%3\").")
                      .arg(request.user, request.host, request.realm);
        emit readOnlyCredentials(request.group, reason);
    });
}

void AuthPromptController::onNeeded(const AuthBroker::Request& request) {
    if (request.error.isEmpty())
        lookUp(request); // the first ask: what was remembered, before bothering the operator
    else
        openPrompt(request, {}); // a refusal: what was tried (remembered or typed) is wrong
}

void AuthPromptController::lookUp(const AuthBroker::Request& request) {
    QPointer<AuthBroker> broker = m_broker;
    // True when the answer held a credential, now provided, or is no longer wanted: the session
    // went, or the scope stopped asking while the stores answered (its host turned out to be one
    // of the connection's, and the group asks instead). A prompt then would answer nobody, and a
    // window-modal one nobody answers blocks the prompt that is asking.
    auto provided = [this, broker, request](bool found, const QString& secret) {
        if (!broker || broker != m_broker || !broker->isAsking(request.scope))
            return true;
        const auto credential = found ? HttpCredential::deserialize(secret) : std::nullopt;
        if (credential)
            broker->provide(request.scope, *credential);
        return credential.has_value();
    };
    m_run->read(request.storeKey, [this, request, provided](bool found, const QString& secret,
                                                            const QString&) {
        if (provided(found, secret))
            return;
        m_keychain->read(request.storeKey, [this, request, provided](bool inKeychain, const QString& stored,
                                                                     const QString& error) {
            if (!provided(inKeychain, stored))
                openPrompt(request, error); // an error: the keychain cannot be used
        });
    });
}

void AuthPromptController::openPrompt(const AuthBroker::Request& request, const QString& keychainProblem) {
    // One prompt per scope: a newer request (asked again, with why) replaces what is still open.
    if (const QPointer<CredentialPrompt> open = m_prompts.take(request.scope)) {
        disconnect(open, nullptr, this, nullptr); // closing it answers nothing
        delete open.data();
    }
    auto* prompt = new CredentialPrompt(request, m_window);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setKeychainProblem(keychainProblem);
    m_prompts.insert(request.scope, prompt);
    QPointer<AuthBroker> broker = m_broker;
    connect(prompt, &QDialog::accepted, this, [this, prompt, broker] {
        if (!broker)
            return;
        m_remember.insert(prompt->request().scope, {prompt->remember(), prompt->rememberInKeychain()});
        broker->provide(prompt->request().scope, prompt->credential());
    });
    connect(prompt, &QDialog::rejected, this, [prompt, broker] {
        if (broker)
            broker->cancel(prompt->request().scope);
    });
    prompt->open(); // window-modal, not exec(): the event loop (and the other requests) go on
    emit promptOpened(prompt);
}

void AuthPromptController::onAccepted(const AuthBroker::Request& request, const HttpCredential& credential) {
    const Remember remember = m_remember.take(request.scope);
    if (!remember.remember)
        return;
    const QString serialized = credential.serialize();
    if (!remember.keychain) {
        m_run->write(request.storeKey, serialized, [](const QString&) {});
        return;
    }
    QPointer<MemoryCredentialStore> run = m_run;
    m_keychain->write(
        request.storeKey, serialized, [run, key = request.storeKey, serialized](const QString& error) {
            if (!error.isEmpty() && run)
                run->write(key, serialized,
                           [](const QString&) {}); // the keychain failed after all: this run at least
        });
}
