# Profiles and the fleet home (#13): the profile store and its migration, the fleet model, the
# profiles dialog offscreen, and ten profiles (three dead) against the devcluster.
mesosdesk_add_test(NAME tst_profilestore SOURCES unit/tst_profilestore.cpp LIBS cluster LABELS unit)
mesosdesk_add_test(NAME tst_fleetmodel SOURCES unit/tst_fleetmodel.cpp LIBS models LABELS unit)
mesosdesk_add_test(NAME tst_fleet_devcluster SOURCES integration/tst_fleet_devcluster.cpp LIBS models testsupport
    LABELS integration TIMEOUT 240)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_fleet_devcluster mesosdesk-devcluster)
endif()
mesosdesk_add_test(NAME tst_profiles_gui SOURCES gui/tst_profiles_gui.cpp gui/LayoutAudit.h gui/LayoutAudit.cpp
    LIBS appcore testsupport LABELS gui integration TIMEOUT 240)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_profiles_gui mesosdesk-devcluster)
endif()
mesosdesk_add_test(NAME tst_profile_cli SOURCES integration/tst_profile_cli.cpp LIBS cluster testsupport
    LABELS integration TIMEOUT 120)
add_dependencies(tst_profile_cli mesosdesk)
# A profile's credentials, CA file and ZooKeeper digest in the real window (#13).
mesosdesk_add_test(NAME tst_profile_auth_gui SOURCES gui/tst_profile_auth_gui.cpp support/TestSecrets.h
    LIBS appcore testsupport LABELS gui integration TIMEOUT 240)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_profile_auth_gui mesosdesk-devcluster)
endif()
# The fleet prober and the connection test sign in as the profile would: --auth, --auth-token and
# --tls devclusters, the real keychain (#13).
mesosdesk_add_test(NAME tst_fleet_auth_devcluster SOURCES integration/tst_fleet_auth_devcluster.cpp
    support/TestSecrets.h LIBS cluster testsupport LABELS integration TIMEOUT 240)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_fleet_auth_devcluster mesosdesk-devcluster)
endif()
