# Long runs (#11): the devcluster's scale mode with churn.
if(MESOSDESK_BUILD_DEVCLUSTER)
    mesosdesk_add_test(NAME tst_devcluster_churn SOURCES integration/tst_devcluster_churn.cpp LIBS cluster testsupport
        LABELS integration TIMEOUT 180)
    add_dependencies(tst_devcluster_churn mesosdesk-devcluster)
endif()
