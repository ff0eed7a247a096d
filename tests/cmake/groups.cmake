# Marathon groups (#16): the group parser, checks and dependencies; New Group, Edit, Restart
# all, Destroy through the MainWindow against the devcluster.
mesosdesk_add_test(NAME tst_groupparser SOURCES unit/tst_groupparser.cpp LIBS cluster testsupport LABELS unit)
mesosdesk_add_fuzzer(fuzz_groupparser groupparser cluster)
mesosdesk_add_test(NAME tst_groups_gui SOURCES gui/tst_groups_gui.cpp LIBS appcore testsupport
    LABELS gui integration TIMEOUT 180)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_groups_gui mesosdesk-devcluster)
endif()
