# The Agent page (#15): one agent's details read from its raw JSON, its tasks model, its flags
# from the agent (the devcluster's /flags against the real agent's), a fuzzer, and the page
# through the real window against the devcluster.
mesosdesk_add_test(NAME tst_agentpage SOURCES unit/tst_agentpage.cpp LIBS models LABELS unit)
mesosdesk_add_test(NAME tst_conformance_agentdetails SOURCES conformance/tst_conformance_agentdetails.cpp
    LIBS cluster LABELS conformance)
mesosdesk_add_fuzzer(fuzz_agentdetails agentdetails cluster)
mesosdesk_add_test(NAME tst_agentflagsview SOURCES gui/tst_agentflagsview.cpp LIBS widgets LABELS gui)
if(MESOSDESK_BUILD_DEVCLUSTER)
    mesosdesk_add_test(NAME tst_conformance_agentflags SOURCES conformance/tst_conformance_agentflags.cpp
        LIBS devcluster LABELS conformance TIMEOUT 120)
endif()
mesosdesk_add_test(NAME tst_agentpage_devcluster SOURCES gui/tst_agentpage_devcluster.cpp gui/LayoutAudit.h
    gui/LayoutAudit.cpp LIBS appcore LABELS gui integration TIMEOUT 240)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_agentpage_devcluster mesosdesk-devcluster)
endif()
