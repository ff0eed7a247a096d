# Ship (#14): the application and action icons, the About dialog.
mesosdesk_add_test(NAME tst_about SOURCES gui/tst_about.cpp LIBS widgets LABELS gui)
target_compile_definitions(tst_about PRIVATE MESOSDESK_EXPECTED_VERSION="${PROJECT_VERSION}"
    MESOSDESK_EXPECTED_LICENSE="${MESOSDESK_LICENSE_SPDX}")
