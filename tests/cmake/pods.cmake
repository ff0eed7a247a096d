# Marathon pods (#16): the devcluster's pods on real processes; the parser, client, list, page.
if(MESOSDESK_BUILD_DEVCLUSTER)
    mesosdesk_add_test(NAME tst_devcluster_pods SOURCES integration/tst_devcluster_pods.cpp LIBS devcluster
        LABELS integration TIMEOUT 120)
endif()
