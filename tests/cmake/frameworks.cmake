# Framework teardown and outstanding offers (#15): the devcluster's answers, the client's calls, the Frameworks tab.
mesosdesk_add_test(NAME tst_teardowncall SOURCES unit/tst_teardowncall.cpp LIBS cluster LABELS unit)
mesosdesk_add_test(NAME tst_offers SOURCES unit/tst_offers.cpp LIBS models LABELS unit)
if(MESOSDESK_BUILD_DEVCLUSTER)
    mesosdesk_add_test(NAME tst_teardown_devcluster SOURCES integration/tst_teardown_devcluster.cpp LIBS devcluster
        LABELS integration TIMEOUT 240)
endif()
mesosdesk_add_test(NAME tst_teardown_gui SOURCES gui/tst_teardown_gui.cpp LIBS appcore LABELS gui integration TIMEOUT 240)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_teardown_gui mesosdesk-devcluster)
endif()

# The framework page (#15): framework details, its tasks and resources models; its fuzzer.
mesosdesk_add_test(NAME tst_frameworkpage SOURCES unit/tst_frameworkpage.cpp LIBS models testsupport LABELS unit)
mesosdesk_add_fuzzer(fuzz_frameworkdetails frameworkdetails cluster)
mesosdesk_add_test(NAME tst_frameworkpage_gui SOURCES gui/tst_frameworkpage_gui.cpp gui/LayoutAudit.h gui/LayoutAudit.cpp
    LIBS appcore LABELS gui integration
    TIMEOUT 240)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_frameworkpage_gui mesosdesk-devcluster)
endif()
