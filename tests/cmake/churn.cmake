# Long runs (#11): the devcluster's scale mode with churn, and the soak's own measurements.
mesosdesk_add_test(NAME tst_soakprobe SOURCES unit/tst_soakprobe.cpp tools/SoakProbe.h tools/SoakProbe.cpp
    LIBS Qt6::Core LABELS unit)
target_include_directories(tst_soakprobe PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/tools)
if(MESOSDESK_BUILD_DEVCLUSTER)
    mesosdesk_add_test(NAME tst_devcluster_churn SOURCES integration/tst_devcluster_churn.cpp LIBS cluster testsupport
        LABELS integration TIMEOUT 180)
    add_dependencies(tst_devcluster_churn mesosdesk-devcluster)
endif()
