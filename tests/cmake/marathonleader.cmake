# Marathon itself (#16): its leader, configuration and abdication.
mesosdesk_add_test(NAME tst_marathonconfigmodel SOURCES unit/tst_marathonconfigmodel.cpp LIBS models LABELS unit)
mesosdesk_add_test(NAME tst_marathonleader_gui SOURCES gui/tst_marathonleader_gui.cpp LIBS appcore testsupport
    LABELS gui integration TIMEOUT 180)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_marathonleader_gui mesosdesk-devcluster)
endif()
