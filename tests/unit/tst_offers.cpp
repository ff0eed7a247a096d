// Outstanding offers: the parser over both shapes the master writes (v1 GET_FRAMEWORKS' Offer
// messages, v0 state's flat offers) and what it refuses; the offers model and the per-framework
// holders model by differences (QAbstractItemModelTester), ages from the injectable clock, and
// the holder with most offers sorted first.
#include "ManualClock.h"
#include "MesosFilterProxy.h"
#include "MesosRoles.h"
#include "OfferHoldersModel.h"
#include "OffersModel.h"
#include "operator/OperatorParser.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {
const QByteArray V1 = R"json({"type":"GET_FRAMEWORKS","get_frameworks":{"frameworks":[
 {"framework_info":{"id":{"value":"F-1"},"name":"devcluster","user":"root"},"active":true,
  "offers":[
   {"id":{"value":"O-1"},"framework_id":{"value":"F-1"},"agent_id":{"value":"S-0"},"hostname":"a0.example",
    "url":{"scheme":"http","address":{"hostname":"a0.example","ip":"10.0.0.1","port":5051},"path":"/slave(1)"},
    "allocation_info":{"role":"*"},
    "resources":[{"name":"cpus","type":"SCALAR","scalar":{"value":3.5},"allocation_info":{"role":"*"}},
                 {"name":"mem","type":"SCALAR","scalar":{"value":7936}},
                 {"name":"disk","type":"SCALAR","scalar":{"value":20480}},
                 {"name":"ports","type":"RANGES","ranges":{"range":[{"begin":31000,"end":31004},{"begin":31010,"end":32000}]}}]},
   {"id":{"value":"O-2"},"framework_id":{"value":"F-1"},"agent_id":{"value":"S-1"},"hostname":"a1.example",
    "resources":[{"name":"cpus","type":"SCALAR","scalar":{"value":1}},{"name":"mem","type":"SCALAR","scalar":{"value":512}}]}]},
 {"framework_info":{"id":{"value":"F-2"},"name":"marathon"},
  "offers":[{"id":{"value":"O-3"},"framework_id":{"value":"F-2"},"agent_id":{"value":"S-1"},"hostname":"a1.example",
             "resources":[{"name":"gpus","type":"SCALAR","scalar":{"value":1}}]}]},
 {"framework_info":{"id":{"value":"F-3"},"name":"idle"}}]}})json";

const QByteArray V0 = R"json({"version":"1.2.0","frameworks":[
 {"id":"F-1","name":"chronos","active":true,"offers":[
   {"id":"O-9","framework_id":"F-1","slave_id":"S-4","allocation_info":{"role":"*"},
    "resources":{"cpus":2.0,"disk":100.0,"gpus":0.0,"mem":1024.0,"ports":"[31000-31099, 31200-31200]"}}]},
 {"id":"F-2","name":"empty","offers":[]}],"completed_frameworks":[]})json";
} // namespace

class TestOffers : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { Clock::resetInstance(); }

    void parsesV1() {
        const auto parsed = OperatorParser::parseOffers(V1);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), 3);
        const MesosOffer& first = parsed.value.first();
        QCOMPARE(first.id, QStringLiteral("O-1"));
        QCOMPARE(first.frameworkId, QStringLiteral("F-1"));
        QCOMPARE(first.frameworkName, QStringLiteral("devcluster"));
        QCOMPARE(first.agentId, QStringLiteral("S-0"));
        QCOMPARE(first.hostname, QStringLiteral("a0.example"));
        QCOMPARE(first.role, QStringLiteral("*"));
        QCOMPARE(first.amount(QStringLiteral("cpus")), 3.5);
        QCOMPARE(first.amount(QStringLiteral("mem")), 7936.0);
        QCOMPARE(first.ports, QStringLiteral("[31000-31004, 31010-32000]"));
        QCOMPARE(first.portCount, qint64(5 + 991));
        QVERIFY(!first.scalars.contains(QStringLiteral("ports")));
        QCOMPARE(parsed.value.at(2).amount(QStringLiteral("gpus")), 1.0);
    }
    void parsesV0() {
        const auto parsed = OperatorParser::parseOffers(V0);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), 1);
        const MesosOffer& offer = parsed.value.first();
        QCOMPARE(offer.agentId, QStringLiteral("S-4"));
        QVERIFY(offer.hostname.isEmpty()); // v0 does not say
        QCOMPARE(offer.frameworkName, QStringLiteral("chronos"));
        QCOMPARE(offer.amount(QStringLiteral("disk")), 100.0);
        QCOMPARE(offer.ports, QStringLiteral("[31000-31099, 31200-31200]"));
        QCOMPARE(offer.portCount, qint64(101));
    }
    void emptyAndRefused() {
        const auto none = OperatorParser::parseOffers(R"({"type":"GET_FRAMEWORKS","get_frameworks":{}})");
        QVERIFY(none.ok());
        QVERIFY(none.value.isEmpty());
        QVERIFY(!OperatorParser::parseOffers(R"({"roles":[]})").ok());
        QVERIFY(!OperatorParser::parseOffers(V1.left(V1.size() / 2)).ok());
        QVERIFY(OperatorParser::parseOffers(V1.left(V1.size() / 2)).value.isEmpty());
    }

    void modelsByDifferences() {
        auto* clock = new ManualClock;
        Clock::setInstance(clock);
        OffersModel offers;
        OfferHoldersModel holders;
        QAbstractItemModelTester offersTester(&offers,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester holdersTester(&holders,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<MesosOffer> list = OperatorParser::parseOffers(V1).value;
        offers.apply(list);
        holders.apply(list);
        QCOMPARE(offers.rowCount(), 3);
        QCOMPARE(holders.rowCount(), 2); // F-3 holds none
        QCOMPARE(offers.index(0, OffersModel::Age).data().toString(), QStringLiteral("0 s"));
        QCOMPARE(offers.index(0, OffersModel::Host).data().toString(), QStringLiteral("a0.example"));
        QVERIFY(offers.index(0, OffersModel::Ports).data().toString().contains(QStringLiteral("996")));

        // The holder with most offers first, by the Offers column.
        MesosFilterProxy sorted;
        sorted.setSourceModel(&holders);
        sorted.sort(OfferHoldersModel::Offers, Qt::DescendingOrder);
        QCOMPARE(sorted.index(0, OfferHoldersModel::Framework).data().toString(),
                 QStringLiteral("devcluster"));
        QCOMPARE(sorted.index(0, OfferHoldersModel::Offers).data().toInt(), 2);
        QCOMPARE(sorted.index(0, OfferHoldersModel::Cpus).data(MesosRoles::SortRole).toDouble(), 4.5);
        QCOMPARE(sorted.index(1, OfferHoldersModel::Framework).data().toString(), QStringLiteral("marathon"));

        // Time passes: only ages change. Then O-2 is used and O-4 made: one removal, one insertion.
        clock->advance(90 * 1000);
        QSignalSpy reset(&offers, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&offers, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&offers, &QAbstractItemModel::rowsRemoved);
        offers.refreshAges();
        QCOMPARE(offers.index(offers.rowOf(QStringLiteral("O-1")), OffersModel::Age).data().toString(),
                 QStringLiteral("1 min"));
        MesosOffer fresh = list.at(1);
        fresh.id = QStringLiteral("O-4");
        list.removeAt(1);
        list.append(fresh);
        offers.apply(list);
        holders.apply(list);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(offers.index(offers.rowOf(QStringLiteral("O-4")), OffersModel::Age).data().toString(),
                 QStringLiteral("0 s"));
        QCOMPARE(offers.index(offers.rowOf(QStringLiteral("O-1")), OffersModel::Age).data().toString(),
                 QStringLiteral("1 min"));
        QCOMPARE(holders.rowCount(), 2);

        // Filtered like the other pages.
        MesosFilterProxy filter;
        filter.setSourceModel(&offers);
        filter.setFilterText(QStringLiteral("marathon"));
        QCOMPARE(filter.rowCount(), 1);
        offers.apply({});
        holders.apply({});
        QCOMPARE(offers.rowCount(), 0);
        QCOMPARE(holders.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOffers)
#include "tst_offers.moc"
