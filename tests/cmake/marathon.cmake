# Marathon operations (#5): client, parsers, models, panel.
mesosdesk_add_test(NAME tst_marathonparser SOURCES unit/tst_marathonparser.cpp LIBS models testsupport LABELS unit)
mesosdesk_add_test(NAME tst_marathonmodels SOURCES unit/tst_marathonmodels.cpp LIBS models testsupport LABELS unit)
mesosdesk_add_test(NAME tst_conformance_marathon SOURCES conformance/tst_conformance_marathon.cpp LIBS models testsupport
    LABELS conformance)
mesosdesk_add_test(NAME tst_marathonclient SOURCES integration/tst_marathonclient.cpp integration/FakeMarathon.h
    integration/FakeMarathon.cpp LIBS cluster testsupport LABELS integration TIMEOUT 120)
mesosdesk_add_test(NAME tst_marathongui SOURCES gui/tst_marathongui.cpp integration/FakeMarathon.h
    integration/FakeMarathon.cpp LIBS appcore testsupport LABELS gui TIMEOUT 120)

mesosdesk_add_fuzzer(fuzz_marathonparser marathon cluster)
mesosdesk_add_fuzzer(fuzz_sse sse cluster)
# Scenario steps 3, 5, 6, 8 through the MainWindow against the devcluster.
mesosdesk_add_test(NAME tst_marathon_scenario SOURCES gui/tst_marathon_scenario.cpp LIBS appcore testsupport
    LABELS gui integration TIMEOUT 180)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_marathon_scenario mesosdesk-devcluster)
endif()
mesosdesk_add_test(NAME tst_marathondirectory SOURCES integration/tst_marathondirectory.cpp LIBS appcore testsupport
    LABELS integration gui TIMEOUT 60)
# The simdjson app parser (#16), held to the QJsonDocument reference on our data, every fixture
# and fuzzed input.
mesosdesk_add_test(NAME tst_appsparser SOURCES unit/tst_appsparser.cpp LIBS models testsupport LABELS unit)
mesosdesk_add_test(NAME tst_conformance_apps SOURCES conformance/tst_conformance_apps.cpp LIBS cluster testsupport
    LABELS conformance)
mesosdesk_add_fuzzer(fuzz_appsparser appsparser cluster)
