# Sandbox logs (#6): agent state, Files API, FileTail, log models and viewer.
add_library(fakeagent STATIC sandbox/FakeAgent.h sandbox/FakeAgent.cpp)
target_include_directories(fakeagent PUBLIC sandbox)
target_link_libraries(fakeagent PUBLIC testsupport)
mesosdesk_warnings(fakeagent)

mesosdesk_add_test(NAME tst_sandboxparsers SOURCES unit/tst_sandboxparsers.cpp LIBS cluster LABELS unit)
mesosdesk_add_test(NAME tst_logmodels SOURCES unit/tst_logmodels.cpp LIBS models LABELS unit)
mesosdesk_add_test(NAME tst_conformance_sandbox SOURCES conformance/tst_conformance_sandbox.cpp LIBS cluster
    LABELS conformance)
mesosdesk_add_test(NAME tst_filetail SOURCES integration/tst_filetail.cpp LIBS models fakeagent LABELS integration
    TIMEOUT 180)
mesosdesk_add_test(NAME tst_logviewer SOURCES gui/tst_logviewer.cpp LIBS appcore fakeagent LABELS gui TIMEOUT 180)

mesosdesk_add_fuzzer(fuzz_sandbox_parsers sandbox_parsers cluster)
mesosdesk_add_fuzzer(fuzz_logdecoder logdecoder cluster)

# Against the devcluster: real tasks writing real sandbox files, and the Logs action in the main window.
mesosdesk_add_test(NAME tst_sandbox_devcluster SOURCES integration/tst_sandbox_devcluster.cpp LIBS appcore
    LABELS integration TIMEOUT 180)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_sandbox_devcluster mesosdesk-devcluster)
endif()
