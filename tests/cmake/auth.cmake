# Authentication (#13): the devcluster's --auth, the credential broker, the sign-in prompt.
mesosdesk_add_test(NAME tst_authchallenge SOURCES unit/tst_authchallenge.cpp LIBS cluster LABELS unit)
mesosdesk_add_test(NAME tst_auth_devcluster SOURCES integration/tst_auth_devcluster.cpp support/TestSecrets.h
    LIBS cluster testsupport LABELS integration TIMEOUT 120)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_auth_devcluster mesosdesk-devcluster)
endif()
mesosdesk_add_test(NAME tst_authprompt_race SOURCES gui/tst_authprompt_race.cpp LIBS appcore testsupport
    LABELS gui)
mesosdesk_add_test(NAME tst_auth_gui SOURCES gui/tst_auth_gui.cpp support/TestSecrets.h LIBS appcore testsupport
    LABELS gui integration TIMEOUT 180)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_auth_gui mesosdesk-devcluster)
endif()

# After the whole suite (and after any test run alone: ctest adds a fixture's cleanup test): no
# test secret in settings, logs, ready lines or screenshots. Every test requires the fixture; the
# list is complete only at the end of tests/, hence the deferred call.
mesosdesk_add_test(NAME tst_nosecrets SOURCES integration/tst_nosecrets.cpp support/TestSecrets.h
    LIBS cluster testsupport LABELS integration)
set_tests_properties(tst_nosecrets PROPERTIES FIXTURES_CLEANUP mesosdesk_suite)
function(mesosdesk_all_tests_before_nosecrets)
    get_property(tests DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR} PROPERTY TESTS)
    list(REMOVE_ITEM tests tst_nosecrets)
    foreach(test IN LISTS tests)
        set_property(TEST ${test} APPEND PROPERTY FIXTURES_REQUIRED mesosdesk_suite)
    endforeach()
endfunction()
cmake_language(DEFER DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR} CALL mesosdesk_all_tests_before_nosecrets)
