# Ship (#14): the application and action icons, the About dialog.
mesosdesk_add_test(NAME tst_about SOURCES gui/tst_about.cpp LIBS widgets LABELS gui)
target_compile_definitions(tst_about PRIVATE MESOSDESK_EXPECTED_VERSION="${PROJECT_VERSION}"
    MESOSDESK_EXPECTED_LICENSE="${MESOSDESK_LICENSE_SPDX}")
if(MESOSDESK_BUILD_DEVCLUSTER)
    # The demo of ./scripts/run.sh: the seed file applied to a devcluster through its real APIs.
    mesosdesk_add_test(NAME tst_demoseed SOURCES integration/tst_demoseed.cpp LIBS cluster LABELS integration
        TIMEOUT 300)
    add_dependencies(tst_demoseed mesosdesk-devcluster)
endif()
