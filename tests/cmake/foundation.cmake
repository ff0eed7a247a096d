# Foundation (#2): URLs, MasterInfo, leader detection, CLI, first window.
# Unit: pure logic on the project's own data.
mesosdesk_add_test(NAME tst_zkurl SOURCES unit/tst_zkurl.cpp LIBS cluster LABELS unit)
mesosdesk_add_test(NAME tst_connectiontarget SOURCES unit/tst_connectiontarget.cpp LIBS cluster LABELS unit)
mesosdesk_add_test(NAME tst_masterinfo SOURCES unit/tst_masterinfo.cpp LIBS cluster LABELS unit)
mesosdesk_add_test(NAME tst_leaderhistorymodel SOURCES unit/tst_leaderhistorymodel.cpp LIBS models LABELS unit)
# Tests wait for conditions, never for time (#11): no fixed sleep anywhere under tests/.
mesosdesk_add_test(NAME tst_nofixedsleeps SOURCES unit/tst_nofixedsleeps.cpp LABELS unit)
target_compile_definitions(tst_nofixedsleeps PRIVATE MESOSDESK_TESTS_DIR="${PROJECT_SOURCE_DIR}/tests")

# Conformance: parsers over every real response in ../shared/fixtures.
mesosdesk_add_test(NAME tst_conformance_masterinfo SOURCES conformance/tst_conformance_masterinfo.cpp LIBS cluster
    LABELS conformance)

# Integration: a real ZooKeeper server, real processes.
mesosdesk_add_test(NAME tst_zkleader SOURCES integration/tst_zkleader.cpp LIBS cluster LABELS integration TIMEOUT 180)
mesosdesk_add_test(NAME tst_resolvecli SOURCES integration/tst_resolvecli.cpp LIBS cluster LABELS integration)
add_dependencies(tst_resolvecli mesosdesk)

# GUI: real widgets on the offscreen platform.
mesosdesk_add_test(NAME tst_mainwindow SOURCES gui/tst_mainwindow.cpp LIBS appcore LABELS gui)
# Layout: the window at 1024x700 and the dialogs with their longest messages, English and German.
mesosdesk_add_test(NAME tst_layout SOURCES gui/tst_layout.cpp gui/LayoutAudit.h gui/LayoutAudit.cpp
    LIBS appcore testsupport LABELS gui integration TIMEOUT 180)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_layout mesosdesk-devcluster)
endif()

mesosdesk_add_fuzzer(fuzz_zkurl zkurl cluster)
mesosdesk_add_fuzzer(fuzz_masterinfo masterinfo cluster)

mesosdesk_add_test(NAME tst_leadertruth SOURCES gui/tst_leadertruth.cpp LIBS appcore testsupport
    LABELS gui integration TIMEOUT 240)
add_dependencies(tst_leadertruth mesosdesk)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_leadertruth mesosdesk-devcluster)
endif()
