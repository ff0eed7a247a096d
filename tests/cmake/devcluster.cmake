# devcluster (#3): the simulated Mesos + Marathon cluster and its fidelity.
if(MESOSDESK_BUILD_DEVCLUSTER)
    # Conformance: every devcluster endpoint against the real responses in ../shared/fixtures.
    mesosdesk_add_test(NAME tst_conformance_devcluster SOURCES conformance/tst_conformance_devcluster.cpp LIBS devcluster
        LABELS conformance TIMEOUT 120)

    # Integration: the devcluster in-process (and its binary) against a real ZooKeeper.
    mesosdesk_add_test(NAME tst_devcluster SOURCES integration/tst_devcluster.cpp LIBS devcluster LABELS integration TIMEOUT 240)
    add_dependencies(tst_devcluster mesosdesk-devcluster)
    # Task life cycle under storms of launches, kills, agent losses and stops.
    mesosdesk_add_test(NAME tst_devcluster_tasks SOURCES integration/tst_devcluster_tasks.cpp LIBS devcluster
        LABELS integration TIMEOUT 240)
    # Marathon itself: abdication hands leadership on; /v2/info names the real ZooKeeper and master.
    mesosdesk_add_test(NAME tst_marathon_leadership SOURCES integration/tst_marathon_leadership.cpp LIBS devcluster
        LABELS integration TIMEOUT 120)
endif()
