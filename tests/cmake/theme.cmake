# Light and dark palettes (#14): every colour in ThemeColors with its contrast, and View > Theme.
mesosdesk_add_test(NAME tst_themecolors SOURCES unit/tst_themecolors.cpp LIBS models LABELS unit)
mesosdesk_add_test(NAME tst_theme SOURCES gui/tst_theme.cpp LIBS appcore LABELS gui)
