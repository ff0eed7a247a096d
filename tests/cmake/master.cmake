# The Master page (#15): the leader's flags, metrics and log level. Parsers, models, the
# devcluster's answers against the fixtures, a fuzzer, and the page through the real window.
mesosdesk_add_test(NAME tst_flagsparser SOURCES unit/tst_flagsparser.cpp LIBS cluster LABELS unit)
mesosdesk_add_test(NAME tst_mastermodels SOURCES unit/tst_mastermodels.cpp LIBS models LABELS unit)
mesosdesk_add_test(NAME tst_conformance_flags SOURCES conformance/tst_conformance_flags.cpp LIBS models
    LABELS conformance)
mesosdesk_add_fuzzer(fuzz_masterflags masterflags cluster)
if(MESOSDESK_BUILD_DEVCLUSTER)
    mesosdesk_add_test(NAME tst_conformance_masterflags SOURCES conformance/tst_conformance_masterflags.cpp
        LIBS devcluster LABELS conformance TIMEOUT 120)
endif()
mesosdesk_add_test(NAME tst_masterpage_devcluster SOURCES gui/tst_masterpage_devcluster.cpp gui/LayoutAudit.h
    gui/LayoutAudit.cpp gui/PageFitAudit.h LIBS appcore LABELS gui integration TIMEOUT 240)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_masterpage_devcluster mesosdesk-devcluster)
endif()
