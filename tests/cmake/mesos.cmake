# Cluster view (#4): Mesos sources, parsers, store, models, views.
mesosdesk_add_test(NAME tst_syntheticcluster SOURCES unit/tst_syntheticcluster.cpp LIBS testsupport LABELS unit)
mesosdesk_add_test(NAME tst_batchpipe SOURCES unit/tst_batchpipe.cpp LIBS cluster LABELS unit)
mesosdesk_add_test(NAME tst_mesosparser SOURCES unit/tst_mesosparser.cpp LIBS testsupport LABELS unit)
mesosdesk_add_test(NAME tst_conformance_mesos SOURCES conformance/tst_conformance_mesos.cpp LIBS testsupport
    LABELS conformance)
mesosdesk_add_test(NAME tst_mesosmodels SOURCES unit/tst_mesosmodels.cpp LIBS models testsupport LABELS unit)
mesosdesk_add_test(NAME tst_mesossource SOURCES integration/tst_mesossource.cpp LIBS testsupport LABELS integration
    TIMEOUT 120)
mesosdesk_add_test(NAME tst_clusterview SOURCES gui/tst_clusterview.cpp LIBS widgets testsupport LABELS gui)

# Fuzzers: every parser, corpora from tests/data/mesos.
mesosdesk_add_fuzzer(fuzz_mesosstate mesosstate cluster)
mesosdesk_add_fuzzer(fuzz_mesosmetrics mesosmetrics cluster)
mesosdesk_add_fuzzer(fuzz_mesosevents mesosevents cluster)
foreach(fuzzer fuzz_mesosstate fuzz_mesosevents) # both paths compared with SnapshotDifference.h
    target_include_directories(${fuzzer} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/support)
endforeach()

# Integration with the devcluster (real ZooKeeper, simulated masters and agents).
mesosdesk_add_test(NAME tst_clusterview_devcluster SOURCES integration/tst_clusterview_devcluster.cpp
    LIBS widgets testsupport LABELS integration TIMEOUT 300)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_clusterview_devcluster mesosdesk-devcluster)
endif()
