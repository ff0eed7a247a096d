# Marathon pods (#16): the devcluster's pods on real processes; the parser, client, list, page.
if(MESOSDESK_BUILD_DEVCLUSTER)
    mesosdesk_add_test(NAME tst_devcluster_pods SOURCES integration/tst_devcluster_pods.cpp LIBS devcluster
        LABELS integration TIMEOUT 120)
endif()
mesosdesk_add_test(NAME tst_podparser SOURCES unit/tst_podparser.cpp LIBS cluster testsupport LABELS unit)
mesosdesk_add_test(NAME tst_conformance_pods SOURCES conformance/tst_conformance_pods.cpp LIBS cluster testsupport
    LABELS conformance)
mesosdesk_add_fuzzer(fuzz_podparser podparser cluster)
mesosdesk_add_test(NAME tst_podmodels SOURCES unit/tst_podmodels.cpp LIBS models testsupport LABELS unit)
# New Pod, both containers' logs, scale, kill and relaunch, destroy: through the MainWindow.
mesosdesk_add_test(NAME tst_pods_scenario SOURCES gui/tst_pods_scenario.cpp LIBS appcore testsupport
    LABELS gui integration TIMEOUT 180)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_pods_scenario mesosdesk-devcluster)
endif()
