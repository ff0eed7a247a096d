// The operator parsers on every real body in ../shared/fixtures/mesos-operator: each file is
// read by the parser of its kind (roles, quota, weights) with the values asserted for the ones
// whose content matters; every other file (requests, events, flags, texts, the two bodies
// published as invalid JSON) must be refused or read without a crash by each parser.
#include "TestEnvironment.h"
#include "operator/MaintenanceCalls.h"
#include "operator/MaintenanceParser.h"
#include "operator/OperatorParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class ConformanceOperator : public QObject {
    Q_OBJECT
    static QString dir() { return TestEnvironment::fixturesDir() + QStringLiteral("/mesos-operator"); }
    static QByteArray read(const QString& name) {
        QFile file(dir() + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return file.readAll();
    }
    static MesosRole role(const QList<MesosRole>& roles, const QString& name) {
        for (const MesosRole& r : roles)
            if (r.name == name)
                return r;
        return {};
    }

private slots:
    void initTestCase() { MESOSDESK_REQUIRE_FIXTURES(); }

    void everyFile() {
        const QStringList files =
            QDir(dir()).entryList({QStringLiteral("*.json"), QStringLiteral("*.txt")}, QDir::Files);
        QVERIFY(files.size() >= 40);
        int roles = 0, quotas = 0, weights = 0;
        for (const QString& name : files) {
            const QByteArray body = read(name);
            const auto r = OperatorParser::parseRoles(body);
            const auto q = OperatorParser::parseQuota(body);
            const auto w = OperatorParser::parseWeights(body);
            const bool invalidJson = name.contains(QLatin1String("get-agents-response")) ||
                                     name.contains(QLatin1String("event-agent-added")) || name.endsWith(u't');
            if (invalidJson) { // published broken, or not JSON at all: refused, never half read
                QVERIFY2(!r.ok() && !q.ok() && !w.ok(), qPrintable(name));
                continue;
            }
            const bool isRoles =
                (name.contains(QLatin1String("roles")) && !name.contains(QLatin1String("fragment"))) ||
                name.contains(QLatin1String("get-roles"));
            const bool isQuota = name.contains(QLatin1String("get-quota"));
            const bool isWeights = name.contains(QLatin1String("get-weights")) ||
                                   name.contains(QLatin1String("weights-md-get")) ||
                                   name.contains(QLatin1String("weights-md-put"));
            if (isRoles) {
                QVERIFY2(r.ok(), qPrintable(name + u' ' + r.error));
                ++roles;
            }
            if (isQuota) {
                QVERIFY2(q.ok() && !q.value.isEmpty(), qPrintable(name + u' ' + q.error));
                ++quotas;
            }
            if (isWeights) {
                QVERIFY2(w.ok() && !w.value.isEmpty(), qPrintable(name + u' ' + w.error));
                ++weights;
            }
        }
        QVERIFY(roles >= 6);
        QVERIFY(quotas >= 3);
        QVERIFY(weights >= 3);
    }

    // Every Mesos master answer of ../fixtures/mesos that lists frameworks (v0 state, state-summary
    // has none of offers; v1 GET_STATE, SUBSCRIBED): the offers parser reads it, and finds what is
    // there: each framework's offers[] (all empty in these clusters' snapshots), never an error.
    void offersInEveryStateFile() {
        const QDir mesos(TestEnvironment::fixturesDir() + QStringLiteral("/mesos"));
        int read = 0;
        for (const QString& name : mesos.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile file(mesos.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray body = file.readAll();
            const QJsonDocument document = QJsonDocument::fromJson(body);
            const QJsonObject root = document.object();
            const bool v0State =
                root.value(QLatin1String("frameworks")).isArray() &&
                !name.contains(QLatin1String("summary")) && !name.contains(QLatin1String("agent")) &&
                !name.contains(QLatin1String("slave")) && root.contains(QLatin1String("slaves"));
            const bool v1State =
                root.contains(QLatin1String("subscribed")) || root.contains(QLatin1String("get_state"));
            if (!v0State && !v1State)
                continue;
            int expected = 0;
            const QJsonArray frameworks = v0State ? root.value(QLatin1String("frameworks")).toArray()
                                                  : (v1State && root.contains(QLatin1String("subscribed"))
                                                         ? root.value(QLatin1String("subscribed")).toObject()
                                                         : root)
                                                        .value(QLatin1String("get_state"))
                                                        .toObject()
                                                        .value(QLatin1String("get_frameworks"))
                                                        .toObject()
                                                        .value(QLatin1String("frameworks"))
                                                        .toArray();
            for (const QJsonValue& framework : frameworks)
                expected += int(framework.toObject().value(QLatin1String("offers")).toArray().size());
            const auto offers = OperatorParser::parseOffers(body);
            QVERIFY2(offers.ok(), qPrintable(name + u' ' + offers.error));
            QCOMPARE(int(offers.value.size()), expected);
            ++read;
        }
        QVERIFY2(read >= 6, "the master state fixtures were found");
    }

    void rolesWithQuotaAndConsumption() {
        const auto parsed =
            OperatorParser::parseRoles(read(QStringLiteral("apache-mesos__quota-md-roles-response.json")));
        QVERIFY(parsed.ok());
        const MesosRole dev = role(parsed.value, QStringLiteral("dev"));
        QVERIFY(dev.hasBreakdown && dev.hasQuota && dev.hasConsumed);
        QCOMPARE(dev.limit.value(QStringLiteral("cpus")), 10.0);
        QCOMPARE(dev.consumed.value(QStringLiteral("cpus")), 2.0);
        QCOMPARE(dev.reserved.value(QStringLiteral("mem")), 1024.0);
        QVERIFY(dev.offered.isEmpty());
        QVERIFY(dev.guarantee.isEmpty());
    }

    void rolesWhitelistWeights() {
        const auto parsed = OperatorParser::parseRoles(
            read(QStringLiteral("apache-mesos__role-tests-roles-whitelist-weights.json")));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.size(), 3);
        QCOMPARE(role(parsed.value, QStringLiteral("role1")).weight, 5.0);
        QCOMPARE(role(parsed.value, QStringLiteral("role2")).weight, 1.0);
        QVERIFY(role(parsed.value, QStringLiteral("role2")).hasQuota);
        QVERIFY(role(parsed.value, QStringLiteral("role2")).limit.isEmpty());
        QVERIFY(OperatorParser::parseRoles(read(QStringLiteral("apache-mesos__role-tests-roles-empty.json")))
                    .value.isEmpty());
    }

    void rolesAfterUpdateQuota() {
        const auto parsed = OperatorParser::parseRoles(
            read(QStringLiteral("apache-mesos__quota-tests-roles-after-update-quota.json")));
        QVERIFY(parsed.ok());
        const MesosRole role1 = role(parsed.value, QStringLiteral("role1"));
        QCOMPARE(role1.guarantee.value(QStringLiteral("mem")), 1024.0);
        QCOMPARE(role1.limit.value(QStringLiteral("mem")), 2048.0);
    }

    void rolesV1() {
        const auto parsed =
            OperatorParser::parseRoles(read(QStringLiteral("apache-mesos__doc-get-roles-response.json")));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.size(), 2);
        const MesosRole role1 = role(parsed.value, QStringLiteral("role1"));
        QCOMPARE(role1.weight, 2.5);
        QCOMPARE(role1.frameworkIds.size(), 1);
        QCOMPARE(role1.resources.value(QStringLiteral("disk")), 1024.0);
        QVERIFY(!role1.hasQuota); // GET_ROLES has no quota fields
    }

    void rolesHandWritten() {
        // dcos-ui's fixture: quota.role differs from the name, zeros present, no frameworks list.
        const auto parsed =
            OperatorParser::parseRoles(read(QStringLiteral("dcos-ui__quota-management__roles.json")));
        QVERIFY(parsed.ok());
        const MesosRole apps = role(parsed.value, QStringLiteral("10_apps"));
        QVERIFY(!apps.limit.contains(QStringLiteral("cpus")));
        QCOMPARE(apps.limit.value(QStringLiteral("disk")), 10.0);
        QVERIFY(!role(parsed.value, QStringLiteral("*")).hasQuota);
    }

    void quotaRealAndDocumented() {
        const auto real = OperatorParser::parseQuota(
            read(QStringLiteral("apache-mesos__quota-tests-get-quota-response.json")));
        QVERIFY(real.ok());
        QCOMPARE(real.value.size(), 1);
        QCOMPARE(real.value.first().guarantees.value(QStringLiteral("cpus")), 1.0);
        QCOMPARE(real.value.first().limits.value(QStringLiteral("mem")), 2048.0);
        // The docs' nesting (configs inside infos) is read too.
        const auto doc = OperatorParser::parseQuota(
            read(QStringLiteral("apache-mesos__quota-md-get-quota-response.json")));
        QVERIFY(doc.ok());
        QCOMPARE(doc.value.size(), 2);
        QCOMPARE(doc.value.at(1).role, QStringLiteral("test"));
        QCOMPARE(doc.value.at(1).limits.value(QStringLiteral("mem")), 256.0);
    }

    void weightsBothShapes() {
        const auto v1 =
            OperatorParser::parseWeights(read(QStringLiteral("apache-mesos__doc-get-weights-response.json")));
        QCOMPARE(v1.value.value(QStringLiteral("role")), 2.0);
        const auto v0 =
            OperatorParser::parseWeights(read(QStringLiteral("apache-mesos__weights-md-get-response.json")));
        QCOMPARE(v0.value.value(QStringLiteral("role2")), 3.5);
    }

    void maintenanceEveryFile() {
        // Every file through both maintenance parsers: the broken ones refused, none half read.
        for (const QString& name :
             QDir(dir()).entryList({QStringLiteral("*.json"), QStringLiteral("*.txt")}, QDir::Files)) {
            const QByteArray body = read(name);
            const auto schedule = MaintenanceParser::parseSchedule(body);
            const auto status = MaintenanceParser::parseStatus(body);
            if (QJsonDocument::fromJson(body).isNull()) {
                QVERIFY2(!schedule.ok() && !status.ok(), qPrintable(name));
                QVERIFY(schedule.value.windows.isEmpty());
            }
            if ((name.contains(QLatin1String("maintenance-schedule")) &&
                 !name.contains(QLatin1String("request"))) ||
                name.endsWith(QLatin1String("md-schedule.json")))
                QVERIFY2(schedule.ok() && !schedule.value.windows.isEmpty(),
                         qPrintable(name + u' ' + schedule.error));
            if (name.contains(QLatin1String("maintenance-status")))
                QVERIFY2(status.ok() && !status.value.draining.isEmpty(),
                         qPrintable(name + u' ' + status.error));
        }
    }

    void maintenanceScheduleResponse() {
        // The documented answer: one window without a duration, one machine named by hostname
        // only and one by IP only (what the master keeps is what it was sent).
        const auto parsed = MaintenanceParser::parseSchedule(
            read(QStringLiteral("apache-mesos__doc-get-maintenance-schedule-response.json")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.windows.size(), 1);
        const MaintenanceWindow& window = parsed.value.windows.first();
        QCOMPARE(window.machines,
                 (QList<MachineId>{{QStringLiteral("myhost"), {}}, {{}, QStringLiteral("0.0.0.2")}}));
        QCOMPARE(window.startNanos, Q_INT64_C(1470849373150643200));
        QVERIFY(!window.hasDuration);
        // Such a window is refused before sending: neither machine could match an agent.
        QVERIFY(!MaintenanceCalls::scheduleProblem(parsed.value).isEmpty());
    }

    void maintenanceStatusResponse() {
        const auto parsed = MaintenanceParser::parseStatus(
            read(QStringLiteral("apache-mesos__doc-get-maintenance-status-response.json")));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.draining.size(), 2);
        QCOMPARE(parsed.value.draining.at(0).machine.ip, QStringLiteral("0.0.0.2"));
        QCOMPARE(parsed.value.draining.at(1).machine.hostname, QStringLiteral("myhost"));
        QVERIFY(parsed.value.draining.at(0).answers.isEmpty());
        QVERIFY(parsed.value.down.isEmpty());
    }

    void maintenanceRequestsAsDocumented() {
        // Our requests, key by key, against the documented bodies of the same calls.
        auto json = [&](const QString& name) { return QJsonDocument::fromJson(read(name)); };
        const QList<MachineId> myhost{{QStringLiteral("myhost"), QStringLiteral("0.0.0.3")}};
        QCOMPARE(
            QJsonDocument::fromJson(MaintenanceCalls::machinesDown(myhost, QStringLiteral("1.9.0")).body),
            json(QStringLiteral("apache-mesos__doc-start-maintenance-request.json")));
        QCOMPARE(QJsonDocument::fromJson(MaintenanceCalls::machinesUp(myhost, QStringLiteral("1.9.0")).body),
                 json(QStringLiteral("apache-mesos__doc-stop-maintenance-request.json")));
        const QList<MachineId> two{{QStringLiteral("machine1"), QStringLiteral("10.0.0.1")},
                                   {QStringLiteral("machine2"), QStringLiteral("10.0.0.2")}};
        QCOMPARE(QJsonDocument::fromJson(MaintenanceCalls::machinesDown(two, QStringLiteral("0.28.0")).body),
                 json(QStringLiteral("apache-mesos__maintenance-md-machines.json")));
        // maintenance.md's schedule read and written back is the same document (v0 body) ...
        const QJsonDocument md = json(QStringLiteral("apache-mesos__maintenance-md-schedule.json"));
        const auto schedule = MaintenanceParser::parseSchedule(md.toJson());
        QVERIFY(schedule.ok());
        QCOMPARE(schedule.value.windows.size(), 2);
        QVERIFY(MaintenanceCalls::scheduleProblem(schedule.value).isEmpty());
        QCOMPARE(QJsonDocument::fromJson(
                     MaintenanceCalls::updateSchedule(schedule.value, QStringLiteral("0.28.0")).body),
                 md);
        // ... and the documented v1 call, rebuilt from its schedule, is that call.
        const QJsonDocument update =
            json(QStringLiteral("apache-mesos__doc-update-maintenance-schedule-request.json"));
        const QJsonObject inner =
            update.object().value(QLatin1String("update_maintenance_schedule")).toObject();
        const auto documented = MaintenanceParser::parseSchedule(
            QJsonDocument(inner.value(QLatin1String("schedule")).toObject()).toJson());
        QVERIFY(documented.ok());
        QCOMPARE(QJsonDocument::fromJson(
                     MaintenanceCalls::updateSchedule(documented.value, QStringLiteral("1.9.0")).body),
                 update);
    }
};

QTEST_GUILESS_MAIN(ConformanceOperator)
#include "tst_conformance_operator.moc"
