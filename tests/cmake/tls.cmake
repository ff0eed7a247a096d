# TLS (#13): HTTPS to masters, agents and Marathon, certificate trust and pinning, and the
# ZooKeeper TLS/SASL that this build cannot do.
mesosdesk_add_test(NAME tst_zksecurity SOURCES unit/tst_zksecurity.cpp LIBS cluster LABELS unit)
mesosdesk_add_test(NAME tst_tls_devcluster SOURCES integration/tst_tls_devcluster.cpp LIBS testsupport
    LABELS integration TIMEOUT 180)
mesosdesk_add_test(NAME tst_tls_gui SOURCES gui/tst_tls_gui.cpp LIBS appcore testsupport LABELS gui TIMEOUT 180)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_tls_devcluster mesosdesk-devcluster)
    add_dependencies(tst_tls_gui mesosdesk-devcluster)
endif()
