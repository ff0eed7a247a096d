# Window-level notifications (#12): the stream model, the feeds, the bar, against the devcluster.
mesosdesk_add_test(NAME tst_notifications SOURCES unit/tst_notifications.cpp LIBS models LABELS unit)
mesosdesk_add_test(NAME tst_notifications_devcluster SOURCES gui/tst_notifications_devcluster.cpp LIBS appcore testsupport
    LABELS gui integration TIMEOUT 240)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_notifications_devcluster mesosdesk-devcluster)
endif()
