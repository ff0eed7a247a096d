# Authentication (#13): the devcluster's --auth, the credential broker, the sign-in prompt.
mesosdesk_add_test(NAME tst_authchallenge SOURCES unit/tst_authchallenge.cpp LIBS cluster LABELS unit)
mesosdesk_add_test(NAME tst_auth_devcluster SOURCES integration/tst_auth_devcluster.cpp support/TestSecrets.h
    LIBS cluster testsupport LABELS integration TIMEOUT 120)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_auth_devcluster mesosdesk-devcluster)
endif()
mesosdesk_add_test(NAME tst_auth_gui SOURCES gui/tst_auth_gui.cpp support/TestSecrets.h LIBS appcore testsupport
    LABELS gui integration TIMEOUT 180)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_auth_gui mesosdesk-devcluster)
endif()
