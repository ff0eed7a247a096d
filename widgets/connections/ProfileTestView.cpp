#include "ProfileTestView.h"

#include "FleetModel.h"
#include "ThemeStyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {
QString stepName(ClusterProbe::Step step) {
    switch (step) {
    case ClusterProbe::Step::Keychain:
        return ProfileTestView::tr("Credentials");
    case ClusterProbe::Step::ZooKeeper:
        return ProfileTestView::tr("ZooKeeper");
    case ClusterProbe::Step::Leader:
        return ProfileTestView::tr("Leader");
    case ClusterProbe::Step::Mesos:
        return ProfileTestView::tr("Mesos");
    case ClusterProbe::Step::Marathon:
        break;
    }
    return ProfileTestView::tr("Marathon");
}
constexpr ClusterProbe::Step steps[] = {ClusterProbe::Step::Keychain, ClusterProbe::Step::ZooKeeper,
                                        ClusterProbe::Step::Leader, ClusterProbe::Step::Mesos,
                                        ClusterProbe::Step::Marathon};
} // namespace

ProfileTestView::ProfileTestView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (ClusterProbe::Step step : steps) {
        auto* line = new QLabel(this);
        line->setObjectName(QStringLiteral("testStep%1").arg(int(step)));
        line->setTextFormat(Qt::PlainText); // outcomes carry server text
        line->setWordWrap(true);
        line->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(line);
        m_lines.append(line);
    }
    clear();
}

QString ProfileTestView::stepText(ClusterProbe::Step step) const {
    return m_lines.at(int(step))->text();
}

void ProfileTestView::clear() {
    delete m_probe;
    for (ClusterProbe::Step step : steps)
        setLine(step, QStringLiteral("·"), tr("not tested"));
}

void ProfileTestView::run(const Profile& profile, CredentialStore* keychain,
                          const QHash<Profile::Endpoint, QString>& typed) {
    clear();
    for (ClusterProbe::Step step : steps)
        setLine(step, QStringLiteral("…"), tr("waiting"));
    m_probe = new ClusterProbe(profile, std::chrono::seconds(5), this);
    m_probe->setTypedSecrets(typed);
    if (keychain)
        m_probe->setCredentialStore(keychain);
    else
        m_probe->setSecrets({}); // a profile not saved yet has nothing in the keychain
    connect(m_probe, &ClusterProbe::stepDone, this,
            [this](ClusterProbe::Step step, ClusterProbe::Outcome outcome, const QString& detail) {
                const QString mark = outcome == ClusterProbe::Outcome::Ok       ? QStringLiteral("✔")
                                     : outcome == ClusterProbe::Outcome::Failed ? QStringLiteral("✘")
                                                                                : QStringLiteral("–");
                // The step that ends the look says how it counts (authentication failed or needed...).
                const FleetStatus& status = m_probe->status();
                const bool decisive = outcome == ClusterProbe::Outcome::Failed &&
                                      status.state < FleetStatus::State::Checking && detail == status.reason;
                setLine(step, mark,
                        decisive ? tr("%1: %2").arg(FleetModel::stateText(status.state), detail) : detail);
            });
    connect(m_probe, &ClusterProbe::finished, this, [this] {
        // Steps after a failure were never tried; say so rather than leave them waiting.
        for (QLabel* line : std::as_const(m_lines)) {
            if (line->property("pending").toBool())
                setLine(ClusterProbe::Step(m_lines.indexOf(line)), QStringLiteral("–"), tr("not tried"));
        }
        m_probe->deleteLater();
        emit finished();
    });
    m_probe->start();
}

void ProfileTestView::setLine(ClusterProbe::Step step, const QString& mark, const QString& text) {
    QLabel* line = m_lines.at(int(step));
    line->setText(tr("%1 %2: %3").arg(mark, stepName(step), text));
    line->setProperty("pending", mark == QStringLiteral("…"));
    if (mark == QStringLiteral("✘"))
        ThemeStyle::setTextColor(line, ThemeColors::Role::StateError);
    else
        ThemeStyle::clear(line);
}
