# ZooKeeper explorer (#17): tree, node pane, ensemble health.
mesosdesk_add_test(NAME tst_zkexplorerparts SOURCES unit/tst_zkexplorerparts.cpp LIBS models LABELS unit)
mesosdesk_add_test(NAME tst_zkexplorer SOURCES integration/tst_zkexplorer.cpp LIBS widgets LABELS integration
    TIMEOUT 240)
mesosdesk_add_test(NAME tst_zkexplorer_gui SOURCES gui/tst_zkexplorer_gui.cpp LIBS appcore testsupport
    LABELS gui integration TIMEOUT 180)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_zkexplorer_gui mesosdesk-devcluster)
endif()
mesosdesk_add_fuzzer(fuzz_zkfourletter zkfourletter cluster)
mesosdesk_add_fuzzer(fuzz_zkadmin zkadmin cluster)
# A three-server ensemble on loopback: leader and followers, one and two servers killed.
mesosdesk_add_test(NAME tst_zkensemble SOURCES integration/tst_zkensemble.cpp LIBS cluster LABELS integration
    TIMEOUT 240)
add_dependencies(tst_zkensemble mesosdesk)
# The explorer's writes (#17): create in every mode, recursive delete, their refusals.
mesosdesk_add_test(NAME tst_zkwrites SOURCES integration/tst_zkwrites.cpp LIBS widgets LABELS integration
    TIMEOUT 180)
