# Keyboard first (#14): the command palette's matcher and model, the palette and the keyboard
# map against the real MainWindow and the devcluster.
mesosdesk_add_test(NAME tst_palettemodel SOURCES unit/tst_palettemodel.cpp LIBS models LABELS unit)
