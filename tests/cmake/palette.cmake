# Keyboard first (#14): the command palette's matcher and model, the palette and the keyboard
# map against the real MainWindow and the devcluster.
mesosdesk_add_test(NAME tst_palettemodel SOURCES unit/tst_palettemodel.cpp LIBS models LABELS unit)
mesosdesk_add_test(NAME tst_shortcuts SOURCES gui/tst_shortcuts.cpp LIBS appcore testsupport LABELS gui)
mesosdesk_add_test(NAME tst_palette SOURCES gui/tst_palette.cpp LIBS appcore testsupport LABELS gui integration
    TIMEOUT 180)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_palette mesosdesk-devcluster)
endif()
