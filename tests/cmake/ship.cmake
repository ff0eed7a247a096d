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
# The catalogues current and complete against today's sources (lupdate into a temporary copy),
# and the built ones loading from :/i18n with Qt's own beside them.
mesosdesk_add_test(NAME tst_translations SOURCES unit/tst_translations.cpp LIBS appcore LABELS unit)
target_compile_definitions(tst_translations PRIVATE MESOSDESK_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
