# Why an app waits, health and readiness (#16): parsers, models, the views, and the walk
# through the MainWindow against the devcluster.
mesosdesk_add_test(NAME tst_waiting SOURCES unit/tst_waiting.cpp LIBS appcore testsupport LABELS unit gui)
mesosdesk_add_test(NAME tst_waiting_gui SOURCES gui/tst_waiting_gui.cpp LIBS appcore testsupport
    LABELS gui integration TIMEOUT 180)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_waiting_gui mesosdesk-devcluster)
endif()
