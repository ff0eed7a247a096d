# Long runs (#11): a minimised window on a quiet cluster costs (almost) no CPU.
mesosdesk_add_test(NAME tst_idlecpu SOURCES gui/tst_idlecpu.cpp LIBS appcore testsupport LABELS gui integration
    TIMEOUT 180)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_idlecpu mesosdesk-devcluster)
endif()
